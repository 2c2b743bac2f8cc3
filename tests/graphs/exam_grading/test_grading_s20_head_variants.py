"""A fill-in key of a modifier and a head, by one rule (session 19 end teacher T12, designer D12:
「防盗」0 用词不对 while 「升级」1/2 缺少限定词, 「医疗效果」0, 「消毒水」0; head_variants.py).

Another word of the head's family after the key's own modifier is the key; where the head is
light (效果, 升级, "effect") the modifier alone is half, its note naming the head left out, and
the head alone nothing. Another thing of the same kind, a modifier alone before a head that names
the thing, an opposite or another figure stay 0. And the JSON reason of a short answer is the
note the learner reads, marks and all, in both languages."""

from __future__ import annotations

from typing import Any

import pytest

from graphs.context import FlowContext
from graphs.exams import Question
from tests.support.grading import fill_blank, graded_report, judged, short_answer

# own trades: pest control (zh), a tattoo studio (en)
WIPE = fill_blank("消杀完成后，技术员须用____擦拭餐具接触面。", "清洁液")
CLAIM = fill_blank("技术员不得向客户夸大____。", "灭杀效果")
BAIT = fill_blank("不得向客户推荐高毒鼠药作为____。", "防鼠升级")
DOSE = fill_blank("每平方米喷洒____稀释液。", "20毫升")
CHAIR = fill_blank(
    "Tattoo artists must wipe the chair with ____ after every client.", "disinfectant solution"
)
CREAM = fill_blank("Staff must not promise any ____ from the aftercare cream.", "healing effect")
# the held-out quotes: locksmith and mattress (T12), housekeeping (D12)
LOCK = fill_blank("更换锁芯时，只能使用C级锁芯，不得向客户推荐B级或A级锁芯作为____。", "防盗升级")
MATTRESS = fill_blank('导购不得承诺床垫可"治疗腰椎病"等____。', "医疗功效")
CLEANER = fill_blank("84____与洁厕灵严禁混合使用。", "消毒液")


@pytest.mark.parametrize(
    ("question", "answer", "credit", "label"),
    [
        # another word of the head's family after the key's modifier: the key
        (WIPE, "清洁水", 1.0, ""),
        (WIPE, "清洁剂", 1.0, ""),
        (CLAIM, "灭杀功效", 1.0, ""),
        (CHAIR, "disinfectant liquid", 1.0, ""),
        (CREAM, "healing benefit", 1.0, ""),
        (CREAM, "healing benefits", 1.0, ""),
        (MATTRESS, "医疗效果", 1.0, ""),
        (CLEANER, "消毒水", 1.0, ""),
        # a light head: the modifier alone is half, the head alone nothing
        (CLAIM, "灭杀", 0.5, "缺少“效果”"),
        (BAIT, "防鼠", 0.5, "缺少“升级”"),
        (CREAM, "healing", 0.5, "lacks 'effect'"),
        (LOCK, "防盗", 0.5, "缺少“升级”"),
        (CLAIM, "效果", 0.0, "缺少限定词"),
        (BAIT, "升级", 0.0, "缺少限定词"),
        (CREAM, "effect", 0.0, "lacks the word that says which"),
        (LOCK, "升级", 0.0, "缺少限定词"),
    ],
)
def test_a_head_variant_or_a_part_of_the_key_earns_by_one_rule(
    question: Question, answer: str, credit: float, label: str
) -> None:
    judgement, note = judged(question, answer)
    assert judgement.ratio == credit, judgement.reason
    assert "用词不对" not in note and "not the key's word" not in note, note
    if label:
        assert label in note, note


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (WIPE, "洗手液"),  # another thing of the family's kind
        (WIPE, "清洁"),  # the act, not the liquid: 液 names the thing
        (WIPE, "清洁棉"),  # a head of another family
        (CLAIM, "驱赶效果"),  # another effect
        (BAIT, "防虫升级"),  # another upgrade
        (CHAIR, "cleaning solution"),
        (CHAIR, "disinfectant"),
        (CREAM, "cooling effect"),
        (DOSE, "20毫米"),  # the wrong unit
        (DOSE, "30毫升"),  # another figure
    ],
)
def test_another_thing_a_bare_act_or_another_figure_stays_wrong(
    question: Question, answer: str
) -> None:
    judgement, _ = judged(question, answer)
    assert judgement.ratio == 0.0, judgement.reason


def test_the_closer_answer_never_earns_less_than_the_head_alone() -> None:
    """T12: the shorter, closer answer (防盗) got less than 升级, with a misleading label."""
    kept, _ = judged(LOCK, "防盗")
    head, _ = judged(LOCK, "升级")
    assert kept.ratio > head.ratio


TATTOO = [
    short_answer(
        "What must an artist do before starting a tattoo?",
        "Artists must check the client's photo ID before starting",
        "Artists must not tattoo clients under 18",
    ).model_copy(update={"number": 1}),
    fill_blank(
        "Tattoo artists must wipe the chair with ____ after every client.",
        "disinfectant solution",
    ).model_copy(update={"number": 2}),
]
PEST = [
    short_answer(
        "施药前技术员须做什么？",
        "技术员须在施药前张贴警示标识",
        "施药后2小时内不得让儿童进入",
    )
]


@pytest.mark.parametrize(
    ("questions", "answers", "language", "internal"),
    [
        (
            TATTOO,
            {"1": "Check the ID first. Never tattoo anyone who is 16.", "2": "liquid"},
            "en",
            ("states ", "paraphrases", "(denies", "(not "),
        ),
        (PEST, {"1": "先贴警示标志；施药后4小时内不让小孩进"}, "zh", ("states ", "paraphrases")),
    ],
)
async def test_a_short_answers_json_reason_is_the_note_the_learner_reads(
    offline_context: FlowContext,
    questions: list[Question],
    answers: dict[str, Any],
    language: Any,
    internal: tuple[str, ...],
) -> None:
    """T12: the --json reasons of English short answers had no marks per point and the judge's
    working ('(not measure)', '(denies move)') a learner misreads as verdicts."""
    report = await graded_report(
        questions, answers, offline_context, title=f"s20-{language}", language=language
    )
    result = report["questions"][0]
    marks = "分）" if language == "zh" else " marks)"
    assert marks in result["reason"], result["reason"]
    assert result["reason"] in result["review"], (result["reason"], result["review"])
    assert not any(word in result["reason"] for word in internal), result["reason"]
