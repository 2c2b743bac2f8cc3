"""English short answers read in the learner's own words (session 21 end teacher T14).

Own-trade examples: a livery yard's farrier rules and a brewery taproom. Each fault's case is
checked through the real `judge_point`, beside look-alikes that must keep their verdicts.
"""

from __future__ import annotations

import pytest

from graphs.exam_grading.scoring_points import judge_point

FARRIER_STEM = (
    'Under "Farrier visits" in the course material, answer: (1) What is the rule on the farrier'
    " shoeing a horse? (2) What must hot shoes be fitted with? (3) What is the rule on grooms"
    " holding a hot shoe?"
)
FARRIER = [
    "The farrier must not shoe a horse before the owner agrees to the written estimate",
    "Hot shoes must be fitted with fire-proof tongs",
    "Grooms must never hold a hot shoe by hand",
]


def _judge(points: list[str], index: int, answer: str, stem: str) -> str:
    others = [p for i, p in enumerate(points) if i != index]
    return judge_point(points[index], answer, language="en", stem=stem, others=others).verdict


@pytest.mark.parametrize(
    "answer",
    [
        "Owner must agree before shoeing.",
        "The owner has to agree to the estimate before the horse is shod.",
        "Shoe the horse only after the owner agrees to the estimate.",
        "Don't shoe the horse until the owner has agreed to the written estimate.",
    ],
)
def test_a_waiting_prohibition_restated_condition_first_is_the_rule(answer: str) -> None:
    assert _judge(FARRIER, 0, answer, FARRIER_STEM) == "credited"


@pytest.mark.parametrize(
    "answer",
    [
        "Shoe the horse before the owner agrees.",
        "The farrier can shoe before the owner agrees to the estimate.",
        "The owner need not agree before shoeing.",
    ],
)
def test_the_waiting_prohibition_turned_round_stays_contradicted(answer: str) -> None:
    assert _judge(FARRIER, 0, answer, FARRIER_STEM) == "contradicted"


def test_the_condition_alone_without_the_act_is_not_the_rule() -> None:
    assert _judge(FARRIER, 0, "The owner must see the estimate first.", FARRIER_STEM) != "credited"


TAPROOM_STEM = (
    'Under "Taproom" in the course material, answer: (1) What must kegs be cleaned with?'
    " (2) What is the rule on staff using a plain cleaner on the taps?"
)
TAPROOM = [
    "Kegs must be cleaned with a caustic cleaner",
    "Staff must never use a plain cleaner on the taps",
]


@pytest.mark.parametrize("answer", ["A caustic cleaner.", "Caustic cleaner"])
def test_an_answer_giving_what_the_stem_asks_states_the_point(answer: str) -> None:
    assert _judge(TAPROOM, 0, answer, TAPROOM_STEM) == "credited"


@pytest.mark.parametrize(
    "answer", ["Kegs must be cleaned.", "Kegs.", "A plain cleaner.", "Kegs must be cleaned well."]
)
def test_an_answer_echoing_the_stem_or_another_part_earns_nothing(answer: str) -> None:
    assert _judge(TAPROOM, 0, answer, TAPROOM_STEM) == "missing"


DELIVERY_STEM = (
    'Under "Deliveries" in the course material, answer: (1) What is the rule on kegs at'
    " delivery? (2) Who signs the delivery note?"
)
DELIVERY = [
    "Every keg must be photographed on both sides at delivery",
    "The cellar manager signs the delivery note",
]


def test_taking_photos_is_photographing() -> None:
    answer = "Take photos of both sides of each keg when it arrives."
    assert _judge(DELIVERY, 0, answer, DELIVERY_STEM) == "credited"


def test_photos_of_the_wrong_thing_or_none_are_not_the_rule() -> None:
    assert _judge(DELIVERY, 0, "Take a photo of each keg.", DELIVERY_STEM) == "missing"
    assert _judge(DELIVERY, 0, "Kegs don't need photos.", DELIVERY_STEM) == "contradicted"


def test_a_noun_made_from_the_condition_verb_is_that_verb() -> None:
    # "agreement" is "agree": the owner's agreement put before shoeing restates the rule
    answer = "Owner's agreement to the written estimate comes before shoeing."
    assert _judge(FARRIER, 0, answer, FARRIER_STEM) == "credited"


LESSON_STEM = (
    'A rider asks: "How many riders can join one group lesson?" How does the course material'
    " answer? Give both rules (give the number of riders and the age)."
)
LESSONS = [
    "Each group lesson takes 3 to 8 riders",
    "Riders under 14 must wear a body protector",
]


@pytest.mark.parametrize(
    "answer", ["Three to eight people.", "3 to 8 persons per lesson", "3 to 8 riders"]
)
def test_people_counted_for_riders_with_the_same_figures_state_the_point(answer: str) -> None:
    assert _judge(LESSONS, 0, answer, LESSON_STEM) == "credited"


@pytest.mark.parametrize("answer", ["Three to nine people.", "3 to 8 horses", "3 to 8 minutes"])
def test_another_count_or_another_noun_is_not_the_point(answer: str) -> None:
    assert _judge(LESSONS, 0, answer, LESSON_STEM) != "credited"


def test_an_echo_beside_other_parts_of_the_answer_still_earns_nothing() -> None:
    # the next part's "plain cleaner" does not give the echoed sentence the point's matter
    answer = "Kegs must be cleaned. Never use a plain cleaner on the taps."
    assert _judge(TAPROOM, 0, answer, TAPROOM_STEM) == "missing"
    answer = "Clean kegs with a caustic cleaner. Never use a plain cleaner on the taps."
    assert _judge(TAPROOM, 0, answer, TAPROOM_STEM) == "credited"


LOG_STEM = (
    'Under "Tap lines" in the course material, answer: (1) What must the cellar technician do?'
    " (2) When are the lines cleaned?"
)
LOGS = [
    "The cellar technician must write a line log for every tap, with the cleaning date and the"
    " batch number of the cleaner",
    "Tap lines are cleaned every Monday morning",
]


def test_part_of_the_points_facts_in_other_words_is_partial_naming_the_rest() -> None:
    judged = judge_point(
        LOGS[0], "Make a line log for each tap with the batch number.", language="en",
        stem=LOG_STEM,
        others=LOGS[1:],
    )  # fmt: skip
    assert judged.verdict == "partial"
    assert "date" in judged.reason


@pytest.mark.parametrize(
    ("answer", "verdict"),
    [
        ("Write a line log for every tap with the cleaning date and the cleaner's batch number.",
         "credited"),
        ("Keep the taps clean.", "missing"),
        ("A log.", "missing"),
    ],
)  # fmt: skip
def test_the_whole_point_or_a_keyword_keeps_its_verdict(answer: str, verdict: str) -> None:
    assert _judge(LOGS, 0, answer, LOG_STEM) == verdict
