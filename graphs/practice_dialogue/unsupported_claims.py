"""A boast about the business's own things that the brief does not support: 「器械都是新的」 in a
gym whose brief says nothing of its equipment (session 21 P14 obj-average: 合规表达 100), "All our
hire gear is brand new" at a dive shop whose brief never says so. The customer may believe it and
hold the business to it; the learner was briefed with no such fact.

Narrow on purpose: only a thing the business has (`THING`: equipment, gear, boats, fabric,
instructors) said to be new, imported, top of the range (`QUALITY`), in one clause, and only where
no sentence of the brief (its background, what the learner may offer, its facts) names that thing
with that quality. Other praise (「器械种类很多」, "the instructors are friendly") is no checkable
fact and is left alone, as are a negation and a question.
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.practice_dialogue.signals import TurnText
from graphs.scenarios import Scenario

THING: dict[Language, str] = {
    "zh": r"器械|设备|器材|机器|仪器|装备|装修|场地|泳池|面料|布料|料子|丝绸|绣线|盘扣|气瓶|潜水服|船",
    "en": r"equipment|gear|kit|machines?|boats?|tanks?|regulators?|wetsuits?|fabrics?|silks?"
    r"|facilities|premises|pool|instructors?|coaches|trainers",
}
"""The business's own things, whose state a customer can be told and can check."""
QUALITY: dict[Language, str] = {
    "zh": r"全新|新的|新买的|新换的|最新|崭新|进口|顶级|一流|最先进|最好的|高端|名牌",
    "en": r"brand[- ]new|new|newest|latest|top[- ]of[- ]the[- ](?:range|line)|top[- ]end"
    r"|state[- ]of[- ]the[- ]art|imported|the best|finest",
}
"""What the thing is said to be: a fact about it, not a taste."""
BOAST: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        rf"(?P<thing>{THING['zh']})[^，,。；;！!？?]{{0,6}}?(?P<quality>{QUALITY['zh']})"
        rf"|(?P<quality2>{QUALITY['zh']})的?(?P<thing2>{THING['zh']})"
    ),
    "en": re.compile(
        rf"\b(?P<thing>{THING['en']})\b[^.,;!?]{{0,12}}?\b(?:is|are|'s|'re|were|was)"
        rf"(?: all| completely| totally| always)? (?P<quality>{QUALITY['en']})\b"
        rf"|\b(?P<quality2>{QUALITY['en']})(?: \w+)? (?P<thing2>{THING['en']})\b",
        re.IGNORECASE,
    ),
}
AMENITY = re.compile(
    r"咖啡|饮水|茶水|零食|自动售货|coffee|espresso|\btea\b|vending|snack|\bice\b|\bwater\b|drinks?"
    r"|kettle|microwave|fridge",
    re.IGNORECASE,
)
"""A pleasantry of the premises, no thing a customer is sold or served: "Our office just got a
new coffee machine" is chit-chat at most, not a made-up claim (session 23, trainer P16)."""
DENIED = re.compile(r"不|没|并非|\bnot\b|n't\b|\bnever\b", re.IGNORECASE)
"""A negation inside the boast's own words (「器械不是新的」: the scope of 不是 may not reach 新)."""
_BRIEF_SENTENCE = re.compile(r"[^。；;.!?！？]+")
LABEL: dict[Language, str] = {
    "zh": "编造资料里没有的门店情况",
    "en": "A made-up claim about the business (not in the brief)",
}


def _in_brief(scenario: Scenario, thing: str, quality: str) -> bool:
    """Some sentence of the brief names the thing with the quality."""
    told = [scenario.background, *scenario.learner.may_offer, *(f.claim for f in scenario.facts)]
    thing, quality = thing.lower().rstrip("s"), quality.lower()
    return any(
        thing in part.lower() and quality in part.lower()
        for text in told
        for part in _BRIEF_SENTENCE.findall(text)
    )


def unsupported_claim(scenario: Scenario, sentence: TurnText, asking: bool) -> str | None:
    """The label of a boast about the business's things the brief does not support, if any."""
    language = scenario.language
    if asking:
        return None
    for found in BOAST[language].finditer(sentence.raw):
        thing = found["thing"] or found["thing2"]
        quality = found["quality"] or found["quality2"]
        denied = DENIED.search(found.group(0)) or sentence.negated(*found.span())
        if denied or AMENITY.search(found.group(0)) or _in_brief(scenario, thing, quality):
            continue
        return LABEL[language]
    return None
