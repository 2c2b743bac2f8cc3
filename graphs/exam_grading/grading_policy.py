"""How a multiple choice is marked, said the same way in the score, the note and the report header.

Trainers mark a multiple choice one of two ways (session 21 end designer D14: "I mark MC
all-or-nothing. Nothing in the exam tells the learner/trainer this policy in advance"):
- "partial" (the default): the exact keys earn full marks, some of them and nothing wrong half,
  any wrong option 0;
- "all_or_nothing": only the exact keys earn marks.
The grading flow takes it as its input `multiple_choice`; the report states it above the
questions (`scoring_rules`), and a missed or wrong option's note says what it cost.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from graphs.exams import Language

MultipleChoicePolicy = Literal["partial", "all_or_nothing"]
"""How a multiple choice's correct but incomplete answer is marked: half, or nothing."""
DEFAULT_MULTIPLE_CHOICE: MultipleChoicePolicy = "partial"
MULTIPLE_CHOICE_PARTIAL = 0.5
"""Share of the score for a correct, incomplete subset of a multiple choice's keys ("partial")."""


def subset_share(policy: MultipleChoicePolicy) -> float:
    """What a correct subset of a multiple choice's keys, nothing wrong, earns of its score."""
    return MULTIPLE_CHOICE_PARTIAL if policy == "partial" else 0.0


def policy_statement(policy: MultipleChoicePolicy, language: Language) -> str:
    """The rule as the report's header states it to learner and trainer."""
    if language == "en":
        if policy == "partial":
            return (
                "Multiple choice: all the correct options and no other earn full marks; some of "
                "them and no wrong one earn half; any wrong option earns 0."
            )
        return "Multiple choice: only all the correct options and no other earn marks."
    if policy == "partial":
        return "多选题：全部选对得满分；少选且无错选得一半分；有错选不得分。"
    return "多选题：须全部选对、且不选错，才得分；少选或错选均不得分。"


def policy_words(
    wrong: Sequence[str], missed: Sequence[str], policy: MultipleChoicePolicy, language: Language
) -> str:
    """A multiple choice's options wrongly chosen or missed, and what that cost under `policy`:
    "错选：D，有错选不得分", "漏选：C，少选得一半分", "missed: C; only all the correct options earn
    marks"; empty when neither."""
    english = language == "en"
    join = ", " if english else "、"
    if wrong:
        keys = join.join(wrong)
        return (
            f"wrongly chosen: {keys}; any wrong option earns 0"
            if english
            else f"错选：{keys}，有错选不得分"
        )
    if not missed:
        return ""
    keys = join.join(missed)
    if english:
        cost = (
            "half marks for a correct subset"
            if policy == "partial"
            else ("only all the correct options earn marks")
        )
        return f"missed: {keys}; {cost}"
    cost = "少选得一半分" if policy == "partial" else "须全部选对才得分"
    return f"漏选：{keys}，{cost}"
