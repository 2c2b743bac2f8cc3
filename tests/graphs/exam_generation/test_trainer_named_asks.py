"""A short answer's asks name what their points are about, as a trainer would write them: not one
loose noun ("What is the rule on the gate?", 「常规有什么规定？」) or a role alone ("What must
members do?", 「教练员有什么规定？」), which every rule on that word or role answers (issue 11).
And a shortfall note on a one-part material says nothing false of an FAQ (「材料不分部分」 / "the
material has no sections": an FAQ's units are its entries). Own materials, through the real flow
and the real validator."""

from __future__ import annotations

import re

import pytest

from graphs.context import FlowContext
from graphs.exam_generation.material import Material
from graphs.exam_generation.short_answer_asks import ask
from graphs.exam_generation.vague_asks import check_asks_name_their_topic
from graphs.exams import Question
from graphs.text.document import analysed
from tests.support.exam_flow import delivered_exam

BIKE_SHED = (
    "# Campus Bike Shed Rules\n\n"
    "## Parking\n"
    "Riders must lock the frame to a rail before leaving the shed. A rider may park 1 bike at a "
    "time. Riders must fold the pedals when parking a cargo bike.\n\n"
    "## Closing\n"
    "The gate opens at 7 am and shuts at 11 pm. Wardens must check the lights after closing the "
    "gate. Wardens must log every bike left overnight within 1 hour of closing.\n\n"
    "## Lost keys\n"
    "If a rider loses the lock key, the warden must cut the lock only after checking the rider's "
    "student card, and the rider pays a 10 dollar fee. If a bike is stolen, the warden must "
    "report it to campus security within 2 hours.\n"
)

ROPE_CENTRE = (
    "# 攀岩馆员工守则\n\n"
    "## 保护员\n"
    "保护员上岗前须检查安全带和绳索，发现磨损须立即停用并报告值班经理。保护员不得同时保护两名顾客。\n\n"
    "## 常规\n"
    "员工每季度须参加1次救援演练。休息区每3小时清洁一次。员工不得在岩壁下方饮食。\n\n"
    "## 儿童\n"
    "12岁以下儿童须由家长陪同。儿童每次攀爬不得超过30分钟。\n"
)

_ASK = re.compile(r"[（(]\d+[)）]\s*([^（()）]+)")


def _short_answers(stems: list[str]) -> list[str]:
    return [a.strip() for stem in stems for a in (_ASK.findall(stem) or [stem])]


@pytest.mark.parametrize("material", [BIKE_SHED, ROPE_CENTRE], ids=["en-bike", "zh-climbing"])
async def test_no_ask_names_one_loose_word_or_a_role_alone(
    offline_context: FlowContext, material: str
) -> None:
    exam = await delivered_exam(
        offline_context, {"material": material, "short_answer": 3, "difficulty": "mixed"}
    )
    stems = [q.stem for q in exam.questions if q.type == "short_answer"]
    assert stems
    for asked in _short_answers(stems):
        assert not re.match(r"What (?:is the rule on (?:the )?\w+|must \w+ do)\?", asked), asked
        assert not re.match(r"(?:常规|保护员|员工|儿童)有什么规定", asked), asked
        assert "“常规”部分" not in asked, asked


def test_an_ask_by_the_act_a_duty_comes_before() -> None:
    """'Riders must lock the frame to a rail before leaving the shed' is asked by its case."""
    material = Material.of(analysed(BIKE_SHED), "en")
    fact = next(f for f in material.facts if f.text.startswith("Riders must lock"))
    assert ask(fact, fact.text.rstrip("."), False) == "What must riders do before leaving the shed?"
    logged = next(f for f in material.facts if f.text.startswith("Wardens must log"))
    # was "What must wardens do? (give the time limit)": the role alone
    assert ask(logged, logged.text.rstrip("."), False) == (
        "When must wardens log every bike left overnight? (give the time limit)"
    )


@pytest.mark.parametrize(
    ("stem", "language"),
    [
        (
            "Using the course material, answer: (1) What is the rule on the gate? (2) What must "
            "wardens do after closing the gate?",
            "en",
        ),
        (
            "Using the course material, answer: (1) What must riders do? (2) What must the warden "
            "do if a rider loses the lock key? (give the amount)",
            "en",
        ),
        ("根据课程材料，回答下列问题：（1）保护员有什么规定？（2）发现磨损时应如何处理？", "zh"),
        ("课程材料“常规”部分有哪些规定？请写出全部三条（写明次数）。", "zh"),
    ],
)
def test_the_validator_refuses_a_vague_ask_on_either_path(stem: str, language: str) -> None:
    question = Question(
        type="short_answer",
        stem=stem,
        answer=["a"],
        scoring_points=["a", "b"],
        explanation="",
        knowledge_point="x",
        difficulty="medium",
        source_quote="a",
    )
    assert check_asks_name_their_topic(question, language)  # type: ignore[arg-type]


def test_no_ask_reads_the_another() -> None:
    """'Another person may collect goods only with …' was asked 'What is the rule on the another
    person?': the offline ask leaves it out, the validator refuses it."""
    faq = "# Depot FAQ\n\nQ: Can a friend collect?\nA: Another person may collect a parcel only with a signed note.\n"
    material = Material.of(analysed(faq), "en")
    fact = next(f for f in material.facts if f.text.startswith("Another person"))
    assert ask(fact, fact.text.rstrip("."), False) in (None, "Who may collect a parcel?")


def test_an_ask_by_the_situation_passes() -> None:
    question = Question(
        type="short_answer",
        stem="根据课程材料，回答下列问题：（1）顾客的安全带有磨损时，保护员应如何处理？"
        "（2）关于岩壁下方，员工有什么规定？",
        answer=["a"],
        scoring_points=["a", "b"],
        explanation="",
        knowledge_point="x",
        difficulty="medium",
        source_quote="a",
    )
    assert check_asks_name_their_topic(question, "zh") == []


async def test_a_faq_note_speaks_of_no_missing_sections(offline_context: FlowContext) -> None:
    faq = (
        "# Lakeside Campsite FAQ\n\n"
        "Q: When must we be quiet?\n"
        "A: Quiet hours run from 10 pm to 7 am.\n\n"
        "Q: Can we light a fire?\n"
        "A: Fires are allowed only in the steel rings, and campers must put them out by midnight.\n\n"
        "Q: How many cars can we bring?\n"
        "A: Each pitch may park 2 cars.\n"
    )
    exam = await delivered_exam(offline_context, {"material": faq, "multiple_choice": 3})
    assert exam.shortfall
    for gap in exam.shortfall:
        assert "no sections" not in gap.reason and "材料不分部分" not in gap.reason, gap.reason
