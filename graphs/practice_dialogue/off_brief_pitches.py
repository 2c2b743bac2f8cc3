"""Selling her something the scenario does not have: 微笑口腔's 牙齿美白套餐 or 会员卡充值 pitched
to a patient who came to complain, a TV bundle to a customer who rang to cancel.

A break of its own: the product is no word of the scenario, so it is nothing she came for and
nothing the learner was briefed to sell (the pitch heard by its words as she hears it,
affronts.py). The same pitch, made to her with no point past the opening's courtesies, is what
she reacts to as being sold to (`pitched`, her_line.py).
"""

from __future__ import annotations

import re
from typing import Any

from graphs.exams import Language
from graphs.practice_dialogue.affronts import sales_pitch
from graphs.practice_dialogue.promises import BEYOND_OFFER
from graphs.practice_dialogue.signals import TurnText, sentences
from graphs.scenarios import Scenario

PRODUCT: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"套餐|会员卡|会员|充值卡?|美白|月卡|季卡|次卡|年卡|疗程|课程|保险|产品"),
    "en": re.compile(
        r"\b(?:package|bundle|membership|subscription|add-on|insurance|tv|channels?|spa|"
        r"treatment|massage|gift card|loyalty card)\b",
        re.IGNORECASE,
    ),
}
"""The kind of thing a pitch sells."""
OFF_BRIEF_LABEL = {
    "zh": "推销与客户来意无关、场景中没有的产品",
    "en": "Selling the customer something the scenario does not offer",
}


def off_brief_pitch(scenario: Scenario, reply: str) -> str | None:
    """The break of a pitch (affronts.sales_pitch, as she hears it) of a product (PRODUCT) no
    word of the scenario names, if the turn makes one. Kept out of the turn's forbidden claims:
    her answer to it is her own (her_line.py); the report counts it (report.py)."""
    language = scenario.language
    known = scenario.model_dump_json().lower()
    for line in sentences(reply):
        sentence = TurnText.of(line, language)
        if sales_pitch(line, language) and any(
            m.group(0).lower() not in known and not sentence.negated(m.start(), m.end())
            for m in PRODUCT[language].finditer(line)
        ):
            return OFF_BRIEF_LABEL[language]
    return None


def pitched(scenario: Scenario, evaluation: dict[str, Any], reply: str) -> bool:
    """The turn pitches something (affronts.sales_pitch) and makes no point past the opening's
    courtesies, nor a claim she corrects (its own discount beyond the learner's power is none):
    something else sold to her ("By the way, have you seen our new TV bundle?", 办张储值卡打折)."""
    claims = set(evaluation.get("forbidden") or ()) - set(BEYOND_OFFER.values())
    if claims or not sales_pitch(reply, scenario.language):
        return False
    opening = scenario.stages[0].id if scenario.stages else ""
    points = scenario.point_tags()
    return all(
        points.get(c.get("tag", ""), (opening, 0))[0] == opening
        for c in evaluation.get("covered", [])
    )
