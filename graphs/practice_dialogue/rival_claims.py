"""A made-up fact about the rival: its price, its terms or a catch the scenario never states.

"That other provider's 28-pound deal goes up to 40 after the first year", 「隔壁那家两千多的卡，
第二年就涨到三千」, "their contract has hidden fees": the learner knows of the rival only what the
brief says (a rival offers GBP 30 a month), so any other figure or catch put on it is invented to
win the sale. It is no honest comparison, and the report names it as a claim the business cannot
stand behind (session 22 trainer: a fabricated rival price rise was credited as "Compare honestly
with the rival offer"). A figure the scenario states, or one made from its figures (the gap
between two prices, a year of a monthly price), is a true comparison; a catch the scenario itself
names is true too; a negated or asked one claims nothing. Running the rival down with no fact
(「那家器材都是二手的」) is conduct.py's.
"""

from __future__ import annotations

import re
from itertools import combinations

from graphs.exams import Language
from graphs.practice_dialogue.figures import figures
from graphs.practice_dialogue.signals import TurnText
from graphs.scenarios import Scenario

RIVAL: dict[Language, re.Pattern[str]] = {
    "en": re.compile(
        r"\b(?:rivals?|competitors?|other (?:company|companies|providers?|firms?|shops?|gyms?|"
        r"hotels?|clinics?|places?|lot|networks?|studios?|salons?|clubs?|cent(?:re|er)s?|schools?)"
        r"|(?:that|their|the other|the cheaper) (?:offer|deal|"
        r"contract|plan|package|price))\b",
        re.IGNORECASE,
    ),
    "zh": re.compile(
        r"隔壁|别家|那家|对面那?家?|竞争对手|对手|其他(?:家|店|健身房|诊所|酒店|公司|运营商)|他们家|他家"
    ),
}
"""The rival, named or pointed at ("that other provider", "their deal", 隔壁那家)."""
CATCH: dict[Language, re.Pattern[str]] = {
    "en": re.compile(
        r"\b(?:(?:goes|go|jumps?|shoots?|rises?|climbs?|creeps?) (?:up|to)|doubles?|hidden "
        r"(?:fees?|charges?|costs?|extras?)|small print|a catch|locks? you in|(?:an? )?(?:exit|"
        r"cancellation|setup|set-up|installation|joining) fees?|introductory|teaser)\b",
        re.IGNORECASE,
    ),
    "zh": re.compile(
        r"涨价|涨到|涨成|翻倍|隐形(?:消费|收费|费用)|乱收费|有坑|套路|违约金|手续费|开卡费|"
        r"绑定|合约期|只是首月|首月价|第二年"
    ),
}
"""A catch put on the rival's offer: a rise, a hidden fee, a lock-in."""
LABEL: dict[Language, str] = {
    "zh": "编造竞争对手的情况",
    "en": "A made-up claim about the rival",
}
OURS: dict[Language, re.Pattern[str]] = {
    "en": re.compile(r"\b(?:we|we're|we'll|our|ours|us|i|i'm|i'll|i can)\b", re.IGNORECASE),
    "zh": re.compile(r"我们|咱们|我这|本店|我家|我给您|我帮您"),
}
"""The learner's own side: a clause about it leaves the rival."""
_ARTICLE = re.compile(r"^an?\s+")
"""The article a catch is caught with ("a setup fee"): the scenario names the fee without it."""
_CLAUSE = re.compile(r"[，,;；。.!！?？]|\bbut\b|但是?|不过|而")


def _known_numbers(scenario: Scenario) -> set[float]:
    """The figures the brief and the customer give, and those made from them: a gap, a year of
    a month (its rubric's weights and moods are no figures of anything)."""
    language = scenario.language
    lines = [line.text for stage in scenario.stages for line in stage.persona_lines]
    told = [
        scenario.background,
        scenario.persona.profile,
        scenario.opening_line,
        *scenario.learner.may_offer,
        *(value for fact in scenario.facts for value in fact.values),
        *lines,
    ]
    known = {f.number for text in told for f in figures(text, language)}
    gaps = {abs(a - b) for a, b in combinations(known, 2)}
    return known | gaps | {a * 12 for a in known}


def rival_claim(scenario: Scenario, sentence: TurnText, asking: bool) -> str | None:
    """The label of a made-up claim about the rival the sentence makes, if any: in the clause
    naming the rival and those after it until the learner speaks of her own side again
    (「隔壁那家两千多，第二年就涨到三千」)."""
    language = scenario.language
    if asking:
        return None
    told = scenario.model_dump_json().lower()
    known = _known_numbers(scenario)
    on_rival = False
    for clause in _CLAUSE.split(sentence.raw):
        if RIVAL[language].search(clause):
            on_rival = True
        elif OURS[language].search(clause):
            on_rival = False
        if not on_rival:
            continue  # a figure of ours ("我们年卡三千九百八") is no claim of theirs
        part = TurnText.of(clause, language)
        if any(f.number not in known for f in figures(clause, language)):
            return LABEL[language]
        catch = CATCH[language].search(part.raw)
        named = _ARTICLE.sub("", catch.group(0).lower()) if catch else ""
        if catch and named not in told and not part.negated(*catch.span()):
            return LABEL[language]
    return None
