"""Session 10, teacher T's fault 2: a point the learner turns round is contradicted, and the note
says what they said against the rule (not 未答到). Own examples: a dry cleaner's counter and a
shop receiving parcels (not the teacher's wording)."""

from __future__ import annotations

from graphs.exams import Question
from tests.support.grading import judged


def _item(stem: str, point: str) -> Question:
    return Question(
        number=1,
        type="short_answer",
        stem=stem,
        answer=[point],
        scoring_points=[point],
        source_quote=point,
        score=4,
    )


LAUNDRY = _item("收衣时，店员应怎么做？", "收衣前须当面检查衣物有无破损和污渍")
PARCEL = _item(
    "What should staff do when a parcel arrives?",
    "Staff must inspect the parcel in front of the courier before signing for it",
)


def test_a_check_put_after_the_act_it_must_precede_is_told_as_said() -> None:
    judgement, note = judged(LAUNDRY, "先收下衣服，回店里再检查。")
    assert judgement.ratio == 0
    assert "有误（答成：先收下衣服，回店里再检查）：收衣前须当面检查" in note, note
    assert "未答到" not in note
    assert "only after 当面检查衣物有无破损和污渍" in judgement.reason  # the point as worded
    judgement, note = judged(LAUNDRY, "收衣前当面检查衣物有无破损和污渍。")
    assert judgement.ratio == 1, note


def test_an_english_act_done_first_is_contradicted_not_credited() -> None:
    judgement, note = judged(
        PARCEL, "Sign for the parcel first and inspect it later in the back room."
    )
    assert judgement.ratio == 0, judgement.reason
    assert "contradicted (you gave: Sign for the parcel first" in note, note
    judgement, _ = judged(PARCEL, "Inspect the parcel with the courier there, then sign for it.")
    assert judgement.ratio == 1
