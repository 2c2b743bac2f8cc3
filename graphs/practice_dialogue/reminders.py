"""Her open question after her answer to a new offer, as a reminder, not a demand first.

When her last line asked something the learner's turn left open (退多少？多久能到账？) she asks it
again (her_questions.pressed_question, "你先回答我：…"). If the turn also put something new on
the table (a voucher, a later slot), a demand first and then her answer to the offer reads as two
customers in one breath (「你先回答我：退多少？多久能到账？抵用券？…不过你们有这个心意，我收下。」):
she answers the offer and then asks what is still open (「…我收下。可是退多少？多久能到账？」).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from graphs.exams import Language
from graphs.practice_dialogue.her_questions import PRESS
from graphs.practice_dialogue.reply_order import is_offer
from graphs.practice_dialogue.script_lines import LineChoice
from graphs.scenarios import Scenario

REMIND: dict[Language, str] = {"zh": "可是", "en": "But "}
"""Before her open question, after her answer to the offer."""


def new_offer_made(scenario: Scenario, evaluation: dict[str, Any] | None) -> bool:
    """Whether the turn made an offer for the first time (reply_order.is_offer)."""
    if evaluation is None:
        return False
    points = scenario.point_tags()
    return any(t in points and is_offer(scenario, t) for t in evaluation.get("new_tags", []))


def with_reminder(choice: LineChoice, pressed: LineChoice, language: Language) -> LineChoice:
    """Her answer, then her pressed question without its demand (`PRESS`)."""
    asking = pressed.text.removeprefix(PRESS[language])
    if not choice.text.strip():
        return pressed
    joiner = " " if language == "en" else ""
    if language == "en" and not asking.startswith(
        "I "
    ):  # "But what's different…", not "But What's"
        asking = asking[:1].lower() + asking[1:]
    return replace(choice, text=choice.text.rstrip() + joiner + REMIND[language] + asking)
