"""Session 10, teacher T's fault 8 (report cosmetics): a quote carries no list markers or line
breaks of the material's layout, and a blank left empty is said so by its number. Own examples
(not the teacher's): a swimming pool's rules (zh), a print shop's (en)."""

from __future__ import annotations

from graphs.exam_grading.answers import normalise_answer
from graphs.exam_grading.objective import review_note
from graphs.exams import Question
from tests.support.grading import judged

POOL = Question(
    number=1,
    type="fill_blank",
    stem="泳池水温应保持在____以上，余氯每____检测一次。",
    answer=["26℃", "2小时"],
    source_quote="救生员必须全程在岗。2. 泳池水温应保持在26℃以上，余氯每2小时检测一次",
    score=2,
)
PRINTS = Question(
    number=1,
    type="short_answer",
    stem="What must staff do before a large print job?",
    answer=["Staff must confirm the proof with the customer. Large jobs need a 50% deposit."],
    scoring_points=[
        "Staff must confirm the proof with the customer",
        "Large jobs need a 50% deposit",
    ],
    source_quote="Staff must confirm the proof with the customer.\n- Large jobs need a 50% deposit.",
    score=4,
)


def test_a_quote_drops_the_materials_list_markers() -> None:
    _, note = judged(POOL, "26℃，3小时")
    assert "在岗。泳池水温" in note, note
    assert "2. " not in note
    _, note = judged(PRINTS, "Confirm the proof with the customer.")
    assert "customer. Large jobs need a 50% deposit" in note, note
    assert "\n" not in note and "- Large" not in note


def test_a_blank_left_empty_is_named_by_its_number() -> None:
    # the learner's blanks as the grader reads a JSON list answer (answers.normalise_answer)
    response = normalise_answer(POOL, ["26℃", ""])
    note = review_note(POOL, response=response, why="blank 2: empty")
    assert "你的答案：26℃；（第2空未作答）；正确答案" in note, note
    assert "；；" not in note
    note = review_note(POOL, response=normalise_answer(POOL, ["", "2小时"]))
    assert "你的答案：（第1空未作答）；2小时" in note, note


def _point(stem: str, point: str) -> Question:
    return Question(
        number=1,
        type="short_answer",
        stem=stem,
        answer=[point],
        scoring_points=[point],
        source_quote=point,
        score=2,
    )


def test_a_bound_told_the_other_way_shows_both_bounds() -> None:
    # was 答成：60℃，要点为60℃ (the same figure twice) for the opposite bound
    hot = _point("热柜的保温温度有什么规定？", "热柜内熟食的保温温度不得低于60℃")
    judgement, note = judged(hot, "热柜熟食保温温度要低于60℃。")
    assert judgement.ratio == 0
    assert "答成：最多60℃，要点为至少60℃" in note, note
    cold = _point(
        "How cold must the fish counter be?", "The fish counter must be kept at no more than 4 °C"
    )
    judgement, note = judged(cold, "The fish counter must be kept at least 4 °C.")
    assert judgement.ratio == 0
    assert "you gave: at least 4 °C, the point says at most 4 °C" in note, note
