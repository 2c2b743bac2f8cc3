"""A scoring point that bundles two claims is judged claim by claim (session 18 end teacher T11:
"Credited … names a rule the learner never wrote"; point_claims.py): its words found elsewhere in
the answer (another point's sentence) make no claim written; a claim the question asks and the
answer leaves out is a part mark naming it; an unasked claim costs nothing and is not named as
stated."""

from __future__ import annotations

from tests.support.grading import judged, short_answer

KARAOKE_RULES = (
    "If a booking overruns, the extra time is billed in 15-minute blocks at the hourly rate. "
    "Guests who damage a microphone pay for its replacement"
)
KARAOKE_SNACKS = "Snacks ordered to the room are paid at the bar before the guests leave"
TEA_RULES = "包间超时按每半小时50元加收费用。损坏茶具的顾客须照价赔偿"
TEA_DEPOSIT = "预订包间须先付100元押金，顾客离店时退还"


def test_an_asked_claim_left_out_is_a_part_mark_that_names_it() -> None:
    question = short_answer(
        "Using the course material, answer: (1) what happens if a karaoke room booking "
        "overruns, and what do guests pay for damage? (2) how are snacks paid?",
        KARAOKE_RULES,
        KARAOKE_SNACKS,
    )
    judgement, note = judged(
        question,
        "(1) Extra time is billed in 15-minute blocks at the hourly rate. "
        "(2) Guests pay for snacks at the bar before they leave.",
    )
    assert judgement.ratio == 0.75, judgement.reason
    assert "missing: Guests who damage a microphone pay for its replacement" in note, note


def test_both_claims_written_is_full_credit() -> None:
    question = short_answer(
        "Using the course material, answer: (1) what happens if a karaoke room booking "
        "overruns, and what do guests pay for damage? (2) how are snacks paid?",
        KARAOKE_RULES,
        KARAOKE_SNACKS,
    )
    judgement, _ = judged(
        question,
        "(1) Extra time is billed in 15-minute blocks at the hourly rate; a guest who damages "
        "a microphone pays for a new one. (2) Snacks are paid at the bar before the guests leave.",
    )
    assert judgement.ratio == 1.0, judgement.reason


def test_an_unasked_claim_is_not_named_as_stated() -> None:
    question = short_answer(
        "Using the course material, answer: what happens if a karaoke room booking overruns?",
        KARAOKE_RULES,
    )
    judgement, note = judged(
        question, "Extra time is billed in 15-minute blocks at the hourly rate, guests pay it."
    )
    assert judgement.ratio == 1.0, judgement.reason
    assert "microphone" not in note, note
    assert "15-minute blocks" in note, note


def test_chinese_asked_claim_left_out_is_named() -> None:
    question = short_answer(
        "根据培训材料回答：（1）茶馆包间超时如何收费，损坏茶具怎么办？（2）预订包间要付什么？",
        TEA_RULES,
        TEA_DEPOSIT,
    )
    judgement, note = judged(
        question,
        "（1）超时每半小时加收50元。（2）预订包间先付100元押金，顾客离店时退还，照价结账。",
    )
    assert judgement.ratio == 0.75, judgement.reason
    assert "损坏茶具的顾客须照价赔偿" in note, note
