"""Denying her a right the scenario's facts give her: "You can't just cancel like that" to a
customer whose contract ended in March, 「您现在不能退单」 to one whose order the contract lets her
cancel once delivery is late (session 21 P14 bb-weak: named only as pressure, its falsehood not).

Heard only where the brief frees her (`FREEDOM`: a contract ended or expired, free to go, 可以无条件
退单, 随时可以取消), and named with that clause of the brief beside it (in fact: her contract ended
in March). A limit with a remedy after it ("you can't cancel online, but I can do it for you now"),
a negated denial and a question deny nothing. Said of the learner ("I can't cancel it for you") it
is denied_authority.py's.
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.practice_dialogue.denied_authority import OFFER_AFTER
from graphs.practice_dialogue.signals import TurnText
from graphs.scenarios import Scenario

DENIAL: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"(?:您|你)(?:现在|这会儿|这样)?(?:可)?(?:不能|不可以|没法|不许|没办法)(?:就这么|随便|直接|说)?"
        r"(?:退单|退款|退|取消|解约|走|离开|转走|退卡|退会)"
        r"|(?:退单|取消|解约)不了|不能说(?:退|走|取消)就(?:退|走|取消)"
    ),
    "en": re.compile(
        r"\byou (?:can't|cannot|can not|aren't allowed to|are not allowed to|won't be able to|"
        r"are not able to|aren't able to)(?: just| simply| really)? (?:cancel|leave|walk away|go|"
        r"quit|switch|end (?:it|the \w+)|get out)\b",
        re.IGNORECASE,
    ),
}
"""Telling her she may not cancel or leave."""
MANNER = re.compile(
    r"^\s*(?:for free|free|without|whenever|any ?time|online|over the phone|by phone|until|before|"
    r"after|within|only|in the first)\b",
    re.IGNORECASE,
)
"""A limit on how or when she may leave, not on her leaving ("You can't cancel for free whenever
you like, only in 30 days": the brief's true 30-day window)."""
FREEDOM: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"(?:已经?|已于[^，,。；;]{0,6})?(?:到期|期满)|无条件(?:退单|退款|取消)|随时(?:可以)?(?:退|取消)"
        r"|可以(?:无条件|随时)?(?:退单|取消|解约)|不收违约金|无需违约金"
    ),
    "en": re.compile(
        r"\b(?:contract|membership|plan|subscription|term) (?:has |had )?(?:ended|expired|run out)\b"
        r"|\bfree to (?:go|leave|cancel)\b|\bcan cancel (?:at )?any ?time\b",
        re.IGNORECASE,
    ),
}
"""What in the brief frees her."""
_BRIEF_CLAUSE: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"[^。；;：:]+"),
    "en": re.compile(r"[^.;:]+"),
}
LABEL: dict[Language, str] = {
    "zh": "谎称客户不能退或走（实际：{fact}）",
    "en": "A false claim that she cannot leave (in fact: {fact})",
}


def freeing_fact(scenario: Scenario) -> str | None:
    """The clause of the background that frees her, if any."""
    language = scenario.language
    for clause in _BRIEF_CLAUSE[language].finditer(scenario.background):
        if FREEDOM[language].search(clause.group(0)):
            return clause.group(0).strip()
    return None


def denied_right(scenario: Scenario, sentence: TurnText, asking: bool) -> str | None:
    """The label of a right the brief gives her, denied in the sentence, if any."""
    language = scenario.language
    if asking:
        return None
    for found in DENIAL[language].finditer(sentence.raw):
        after = sentence.raw[found.end() :]
        if sentence.negated(*found.span()) or OFFER_AFTER[language].search(after):
            continue
        if MANNER.match(after):
            continue
        fact = freeing_fact(scenario)
        return LABEL[language].format(fact=fact) if fact else None
    return None
