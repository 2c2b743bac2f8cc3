"""An amenity of the premises said to be free: no offer, but a claim checked against the brief.

"Parking is free of charge for hotel guests", 「我们楼下停车场两小时内免费」, "the Wi-Fi is free":

- it is no offer (promises.py reads no gift in it, so never "an offer beyond what you may offer"
  or a free upgrade): no price of the deal is given up (session 23, trainer P16);
- but it bears on what she gets or pays: she may park on the strength of it and be charged. So a
  facility she may be charged for (`CHARGED`: parking, a mooring, the Wi-Fi, a locker) said free
  is checked against the brief and named as a claim the brief does not support, unless some
  sentence of the brief names it as free or included;
- a courtesy of the waiting room (the coffee machine, the toilets) or a remark that does not bear
  on her at all ("Our office just got a new coffee machine") is left alone, as are a negation
  ("parking isn't free") and a question.
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.practice_dialogue.signals import TurnText
from graphs.practice_dialogue.unsupported_claims import LABEL
from graphs.scenarios import Scenario

_CHARGED_ZH = r"停车场|停车|泊车|车位|泊位|无线网|wi-?fi|充电桩|储物柜"
_CHARGED_EN = r"parking|car park|garage|valet|moorings?|berths?|wi-?fi|internet|lockers?|charging"
CHARGED: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(_CHARGED_ZH, re.IGNORECASE),
    "en": re.compile(rf"\b(?:{_CHARGED_EN})\b", re.IGNORECASE),
}
"""A facility she uses while there that a business may charge for: where to leave the car or the
boat, the Wi-Fi, a locker."""
AMENITY_AFTER = re.compile(
    rf"^[的了]?(?:{_CHARGED_ZH}|洗手间|厕所|休息区)"
    r"|^\s*(?:parking|moorings?|wi-?fi|internet in the lobby|charging|lockers?|use of the "
    r"(?:lobby|lounge))\b",
    re.IGNORECASE,
)
AMENITY_BEFORE = re.compile(
    rf"(?:{_CHARGED_ZH}|咖啡机|饮水机|茶水间|充电宝|洗手间|休息区)[^，,。；;！!？?]{{0,10}}$"
    rf"|\b(?:{_CHARGED_EN}|coffee machine|coffee)\b[^,.;!?]{{0,20}}$",
    re.IGNORECASE,
)
"""An amenity right after a free word ("free parking") or before it in its clause ("the Wi-Fi is
free", 「停车场两小时内免费」)."""
FREE: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"免费|不收费|不要钱|不收钱|含|包含"),
    "en": re.compile(
        r"\bfree\b|\bcomplimentary\b|\bat no (?:extra |additional )?(?:cost|charge)\b"
        r"|\bon the house\b|\bincluded\b",
        re.IGNORECASE,
    ),
}
"""Said to cost her nothing."""
_BRIEF_SENTENCE = re.compile(r"[^。；;.!?！？]+")


def amenity_of(text: str, start: int, end: int) -> str | None:
    """The words naming the amenity the free word at text[start:end] is said of, if any."""
    found = AMENITY_AFTER.match(text[end:]) or AMENITY_BEFORE.search(text[:start])
    return found.group(0) if found else None


def of_amenity(text: str, start: int, end: int) -> bool:
    """The free word at text[start:end] is said of an amenity of the premises."""
    return amenity_of(text, start, end) is not None


def _given_in_brief(scenario: Scenario, amenity: str) -> bool:
    """Some sentence of the brief names the amenity as free or included."""
    told = [scenario.background, *scenario.learner.may_offer]
    return any(
        amenity.lower() in part.lower() and FREE[scenario.language].search(part)
        for text in told
        for part in _BRIEF_SENTENCE.findall(text)
    )


def free_amenity(scenario: Scenario, sentence: TurnText, asking: bool) -> str | None:
    """The label of a facility she may be charged for said free where the brief does not give it
    free."""
    language = scenario.language
    if asking:
        return None
    text = sentence.raw
    for free in FREE[language].finditer(text):
        said = amenity_of(text, free.start(), free.end())
        amenity = CHARGED[language].search(said) if said else None
        if amenity is None or sentence.negated(free.start(), free.end()):
            continue  # the coffee machine of the waiting room; "parking isn't free"
        if not _given_in_brief(scenario, amenity.group(0)):
            return LABEL[language]
    return None
