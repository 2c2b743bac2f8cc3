"""A charge the learner invents: a deposit, a fee or a surcharge the scenario does not have.

"You need to pay a 50 deposit first", "押金200元要先交", "there's a 20 pound setup fee for the
engineer": said to a customer, an invented charge is a false claim, as a wrong price is. A charge
is invented when

- it names a figure that is none of the scenario's (its background, what the learner may offer,
  its facts): the 120元 抛光费 of the complaint is real, a 50元手续费 is not, and a fee of 55
  dollars for the upgrade is only its price named a fee;
- it names no figure and its word is nowhere in the scenario ("a deposit", 押金 in a gym whose
  brief has none).

No charge is put on her in a question, a negation ("there's no deposit", 不收押金), a charge
taken away (waived, refunded: 免, 退, "without a fee"), a deposit given back ("for incidentals,
refunded when you check out": a hold) or the rival's charges ("their setup fee").
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.practice_dialogue.figures import figures
from graphs.practice_dialogue.signals import TurnText
from graphs.scenarios import Scenario

INVENTED_CHARGE: dict[Language, str] = {"zh": "虚构的收费项目", "en": "An invented charge"}
"""The claim of a charge the scenario does not have."""
CHARGE: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"押金|定金|订金|保证金|违约金|[\u4e00-\u9fff]{0,2}[^\W\d浪消花免收经话耗破学自白缴交付]费"
        r"(?![用劲心力时])"
    ),
    "en": re.compile(
        r"\b(?:deposit|fee|surcharge|service charge|admin charge|booking charge|setup charge|"
        r"cleaning charge|penalty)s?\b"
        # a charge named for leaving: "an early exit charge", "a termination charge"
        r"|\b(?:(?:early[- ])?exit|(?:early[- ])?termination|cancellation|disconnection|leaving)"
        r" charges?\b",
        re.IGNORECASE,
    ),
}
"""Words of a charge: a deposit, a fee of some kind (手续费, 服务费), a surcharge; not 浪费,
免费, 收费, 消费 or 费用 (a price), which name no charge."""
TAKEN_AWAY: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"免|退|不收|不用交|不用付|不需要|无需|没有"),
    "en": re.compile(r"\b(?:no|without|free|waive[sd]?|refund(?:ed)?|back)\b", re.IGNORECASE),
}
"""A charge taken away in its clause: no charge put on her."""
RIVAL: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"别家|隔壁|那家|对面|其他家|其他健身房"),
    "en": re.compile(
        r"\b(?:rival|competitor|other (?:company|provider|lot|hotel|gym)|they|their|them)\b",
        re.IGNORECASE,
    ),
}
"""The rival, anywhere in the sentence: its charges are not put on her."""
RETURNED: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"退还|退回|返还|原路退|退给您|可退"),
    "en": re.compile(
        r"\b(?:refund(?:ed|able)?|returned|released|give it back|get it back)\b", re.IGNORECASE
    ),
}
"""A deposit given back, anywhere in the sentence ("a deposit for incidentals, refunded when you
check out"): a hold as hotels take at check-in, no charge."""
_CLAUSE = re.compile(r"[，,;；。.!！?？]|\bbut\b|不过|但是?")


def _scenario_text(scenario: Scenario) -> str:
    texts = [scenario.background, *scenario.learner.may_offer]
    texts += [value for fact in scenario.facts for value in fact.values]
    texts += [fact.claim for fact in scenario.facts]
    return " ".join(texts).lower()


def invented_charge(scenario: Scenario, sentence: TurnText, asking: bool) -> bool:
    """Whether the sentence puts on her a charge the scenario does not have."""
    language = scenario.language
    if asking or RIVAL[language].search(sentence.raw) or RETURNED[language].search(sentence.raw):
        return False
    known = _scenario_text(scenario)
    allowed = {f.number for f in figures(known, language)}
    for clause in _CLAUSE.split(sentence.raw):
        part = TurnText.of(clause, language)
        if TAKEN_AWAY[language].search(clause):
            continue
        for match in CHARGE[language].finditer(clause):
            if part.negated(match.start(), match.end()):
                continue
            said = figures(clause, language)
            if said and any(f.number not in allowed for f in said):
                return True
            if not said and not _named_in(match.group().lower(), known):
                return True
    return False


def _named_in(word: str, known: str) -> bool:
    """Whether the charge word, or its tail of three characters or more, is in the scenario: the
    pattern may take a word or two before the charge (这个抛光费 for the scenario's 抛光费)."""
    return any(word[start:] in known for start in range(max(1, len(word) - 2)))


LEAVING: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"退卡|退会|退费|解约|取消|不续|要走|走的话|离开|转网|换一家"),
    "en": re.compile(
        r"\b(?:leav(?:e|es|ing)|cancel(?:s|led|ling|lation)?|go elsewhere|switch(?:ing)? "
        r"(?:away|provider)|terminat\w*|quit(?:ting)?|exit|walk(?:s|ing)? away|end(?:s|ing)? "
        r"(?:the|your|her) (?:account|contract|service))\b",
        re.IGNORECASE,
    ),
}
"""Her leaving, in the words of a forbidden claim and of a learner's sentence."""


CHARGE_VERB: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"(?:收|扣|罚)(?:您|你)(?:一笔|钱|费)?|(?:要|得)(?:您|你)(?:赔|付|交)"),
    "en": re.compile(
        r"\b(?:charge|bill|invoice) you\b|\bmake you pay\b|\b(?:will|'ll|it'll|would) cost you\b",
        re.IGNORECASE,
    ),
}
"""A charge put on her by its verb ("we'll charge you for the router", 要收您一笔钱)."""


def charged_by_verb(sentence: TurnText, asking: bool) -> bool:
    """The sentence charges her by a verb of charging, not negated, outside a question, with no
    word taking the charge away ("we won't charge you", "you can leave without a fee")."""
    language = sentence.language
    if asking or TAKEN_AWAY[language].search(sentence.raw):
        return False
    return any(
        not sentence.negated(m.start(), m.end())
        for m in CHARGE_VERB[language].finditer(sentence.raw)
    )


def puts_a_charge(scenario: Scenario, sentence: TurnText, asking: bool) -> bool:
    """The sentence puts a charge on her, whatever its figure: a charge word in a clause that
    neither takes it away nor negates it, outside a question, not the rival's."""
    language = scenario.language
    if asking or RIVAL[language].search(sentence.raw) or RETURNED[language].search(sentence.raw):
        return False
    for clause in _CLAUSE.split(sentence.raw):
        part = TurnText.of(clause, language)
        if TAKEN_AWAY[language].search(clause):
            continue
        if any(not part.negated(m.start(), m.end()) for m in CHARGE[language].finditer(clause)):
            return True
    return False


def charge_for_leaving(scenario: Scenario, sentence: TurnText, asking: bool) -> str | None:
    """The forbidden claim of a charge for leaving ("Leaving will cost her a fee"), made in any
    words: a charge put on her in a sentence that speaks of her leaving ("If you leave now
    there'll be a fee", "现在解约要交一笔费"), not only in the author's phrasings. "There's no
    fee if you cancel within 30 days" takes it away."""
    language = scenario.language
    for stage in scenario.stages:
        for claim in stage.forbidden_claims:
            names_charge = CHARGE[language].search(claim.claim) or re.search(
                r"\bcost\b|收费|要钱", claim.claim, re.IGNORECASE
            )
            if not (names_charge and LEAVING[language].search(claim.claim)):
                continue
            if LEAVING[language].search(sentence.raw) and (
                puts_a_charge(scenario, sentence, asking) or charged_by_verb(sentence, asking)
            ):
                return claim.claim
    return None
