"""Session 26: an English ban answered "No X" is the ban (no_bans.py).

Session 25 (teacher T18, e3 average Q9, and the lead's probe): "No cash." was missing for "Never
accept cash payments", and "No food in the lab" read as contradicting a passive ban ("Food must
not be taken into the lab"): the learner's "No" denies the very thing the point bans, which the
grader took for a denial of the point. A ban said on part of the thing, its qualifier left out,
is part of the point. Own trade: a blacksmith's smithy.
"""

from __future__ import annotations

import pytest

from graphs.exams import Question
from tests.support.grading import judged, short_answer

STEM = "What are the smithy's house rules? Give both."
DRINKS = "Drinks must not be brought into the smithy"
HEADPHONES = "Headphones are not to be worn"
RULES = short_answer(STEM, DRINKS, HEADPHONES)
CREDIT = "Store credit is not given for commissioned pieces"
CHEQUES = "Never accept cheques from walk-in buyers"
PAYMENTS = short_answer("What are the smithy's payment rules? Give both.", CREDIT, CHEQUES)


@pytest.mark.parametrize(
    ("answer", "label"),
    [
        ("No drinks in the smithy.", "(1) credited"),
        ("No headphones.", "(2) credited"),
        ("No cheques.", "(2) credited"),
    ],
)
def test_no_x_states_the_ban(answer: str, label: str) -> None:
    question = PAYMENTS if "cheques" in answer else RULES
    _judgement, note = judged(question, answer)
    assert label in note, note
    assert "contradicted" not in note, note


def test_both_bans_said_no_x_earn_full_marks() -> None:
    judgement, note = judged(RULES, "No drinks in the smithy. No headphones.")
    assert judgement.ratio == 1.0, note


def test_a_ban_without_its_qualifier_is_partial() -> None:
    _judgement, note = judged(PAYMENTS, "No credit.")
    assert "(1) partial" in note, note
    assert "commissioned" in note.split("(2)")[0], note  # what narrows the ban is named


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (short_answer(STEM, "Drinks may be brought into the smithy", HEADPHONES), "No drinks."),
        (RULES, "No smoking."),
    ],
)
def test_no_x_states_no_permission_nor_another_ban(question: Question, answer: str) -> None:
    _judgement, note = judged(question, answer)
    assert "(1) credited" not in note and "(1) partial" not in note, note


def test_the_ban_turned_round_is_still_contradicted() -> None:
    _judgement, note = judged(RULES, "Drinks can be brought into the smithy.")
    assert "(1) contradicted" in note, note
