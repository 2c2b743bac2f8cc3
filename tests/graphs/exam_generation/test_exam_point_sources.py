"""Each short-answer scoring point carries its own source sentence (`Question.point_sources`):
the engine writes them, the validators hold them to the material on both paths, and a review
note quotes the sentences of the points missed, not the first point's."""

from __future__ import annotations

from graphs.exam_generation.material import Material
from graphs.exam_generation.short_answers import short_answer
from graphs.exam_generation.validation import check_grounding
from graphs.exam_grading.objective import review_note
from graphs.exams import Question
from graphs.text import analyse

MATERIAL = """# Cold room

The cold room must stay between 1 and 4 degrees Celsius.
The shift lead reads the cold room thermometer every 4 hours and writes the reading on the log sheet.
Raw meat is stored on the bottom shelf, below ready-to-eat food.
Any reading above 5 degrees must be reported to the kitchen manager within 15 minutes.
"""


def _short_answer() -> Question:
    material = Material.of(analyse(MATERIAL), "en")
    for fact in material.facts:
        for level in ("easy", "medium", "hard"):
            built = short_answer(material, fact, level, "Cold room", set())
            if built is not None:
                return built[0]
    raise AssertionError("no short answer on the cold-room material")


def test_the_engine_gives_every_point_its_own_sentence() -> None:
    question = _short_answer()
    assert len(question.point_sources) == len(question.scoring_points) >= 2
    for point, source in zip(question.scoring_points, question.point_sources, strict=True):
        assert source.strip() in MATERIAL
        assert point.split()[1] in source  # the point is stated from that sentence
    assert len(set(question.point_sources)) == len(question.point_sources)
    assert check_grounding(question, MATERIAL) == []


def _item(sources: list[str]) -> Question:
    return Question(
        number=1,
        type="short_answer",
        stem="What are the cold room rules?",
        answer=[
            "The cold room must stay between 1 and 4 degrees Celsius; readings above 5 degrees "
            "must be reported to the kitchen manager within 15 minutes."
        ],
        scoring_points=[
            "The cold room must stay between 1 and 4 degrees Celsius",
            "Any reading above 5 degrees must be reported to the kitchen manager within 15 minutes",
        ],
        source_quote="The cold room must stay between 1 and 4 degrees Celsius.",
        point_sources=sources,
        score=6,
    )


def test_a_review_note_quotes_the_missed_points_own_sentence() -> None:
    question = _item(
        [
            "The cold room must stay between 1 and 4 degrees Celsius.",
            "Any reading above 5 degrees must be reported to the kitchen manager within 15 minutes.",
        ]
    )
    note = review_note(question, [question.scoring_points[1]])
    assert note.startswith(
        "Source: Any reading above 5 degrees must be reported to the kitchen manager within 15 "
        "minutes. — Points missed:"
    )
    assert "between 1 and 4" not in note.split(" — ")[0]
    # Without point sources the item's one quote stands for every point, as before.
    assert review_note(_item([]), [question.scoring_points[1]]).startswith(
        "Source: The cold room must stay between 1 and 4 degrees Celsius. — "
    )


def test_point_sources_are_held_to_the_material_and_to_the_points() -> None:
    invented = _item(
        ["The cold room must stay between 1 and 4 degrees Celsius.", "Managers taste every sauce."]
    )
    assert any("scoring point 2 does not occur" in p for p in check_grounding(invented, MATERIAL))
    short = _item(["The cold room must stay between 1 and 4 degrees Celsius."])
    assert any(
        "1 point sources for 2 scoring points" in p for p in check_grounding(short, MATERIAL)
    )
