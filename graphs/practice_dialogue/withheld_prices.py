"""A price the learner knows, withheld: "I don't know the exact price, check the website", "no idea
what the suite costs", 「具体多少钱我也不清楚，您上网查吧」.

The brief tells the learner the price (a fact of the scenario whose claim is a price: the suite's
USD 55 a night, the annual card's 3980元). Saying one does not know it, or sending her to look it
up, is untrue and leaves her without the answer she asked for. Named with the price beside it. A
scenario that states no price, a question ("do you know the price?") and a price the learner
then gives in the same sentence ("I'm not sure of the breakfast price, but the suite is 55")
claim nothing.
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.practice_dialogue.figures import figures
from graphs.practice_dialogue.signals import TurnText
from graphs.scenarios import Fact, Scenario

UNKNOWN_PRICE: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"(?:不清楚|不知道|不太清楚|说不准|不确定|记不清|没数)[^。！!？?]{0,6}(?:价格|多少钱|价钱|费用|收费|价位)"
        r"|(?:价格|多少钱|价钱|费用|收费|价位)[^。！!？?]{0,8}(?:不清楚|不知道|不太清楚|说不准|不确定|记不清|没数)"
        r"|(?:您|你)(?:自己)?(?:去)?(?:上网|官网|网上|APP|app|小程序|公众号)(?:上)?(?:查|看)"
    ),
    "en": re.compile(
        r"\b(?:don't|do not|dunno|no idea|not sure|unsure|can't remember|couldn't tell you)\b"
        r"[^.!?]{0,25}\b(?:price|prices|rate|rates|cost|costs|how much|charge)\b"
        r"|\b(?:check|look (?:it |that )?up|see|find (?:it|that) )(?:on |at )?(?:the |our )?"
        r"(?:website|web ?site|app|online|price list)\b",
        re.IGNORECASE,
    ),
}
"""Not knowing the price, or sending her off to look it up."""
PRICE_FACT = re.compile(r"price|rate|价格|价|费", re.IGNORECASE)
_NOTE = re.compile(r"[（(](?P<note>[^（()）]*)[)）]\s*$")
LABEL: dict[Language, str] = {
    "zh": "不说明自己知道的价格",
    "en": "Not giving the price you know",
}


def price_fact(scenario: Scenario) -> Fact | None:
    """The scenario's fact that is a price, if any."""
    return next((f for f in scenario.facts if PRICE_FACT.search(f.claim)), None)


def withheld_price(scenario: Scenario, sentence: TurnText, asking: bool) -> str | None:
    """The label (with the price) of a known price withheld in the sentence, if any."""
    language = scenario.language
    fact = price_fact(scenario)
    if asking or fact is None:
        return None
    raw = sentence.raw
    if UNKNOWN_PRICE[language].search(raw) and not figures(raw, language):
        return price_note(scenario, LABEL[language])  # no price given all the same
    return None


def price_note(scenario: Scenario, label: str) -> str:
    """`label` with the true price (the bracket of the scenario's price fact) beside it."""
    fact = price_fact(scenario)
    note = _NOTE.search(fact.claim) if fact else None
    if note is None:
        return label
    if scenario.language == "zh":
        return f"{label}（实际：{note['note']}）"
    return f"{label} (right: {note['note']})"
