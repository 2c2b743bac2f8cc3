"""Session 26 (F3): a scoring point never turns what is done instead into a ban, and a figure
choice's difficulty reason says "near values" only when its wrong values are near.

- A rule 「…不得上切断机，改用手动断线钳」 was split into points, each under the rule's ban:
  「…不得改用手动断线钳」, the opposite of the material, and the grader then marked a learner who
  wrote the rule right "contradicted". The part that says what is done instead keeps the rule's
  subject, not its ban (point_parts).
- A hard figure single choice was 「难：干扰项为非常接近的数值」 with one wrong value near the key
  and two at half as far again or more (difficulty.NEAR_FIGURE_RATIO). The level stays (it is what
  the options' likeness rated, and choosing other sets cost items elsewhere, 74d71a0d reverted);
  the reason now says what is true: "some of the wrong options are near values".

Own materials: a rebar workshop's procedure (zh, 钢筋加工) and a tannery's beamhouse rules (en).
"""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.exam_generation.difficulty import NEAR_FIGURE_RATIO
from graphs.exam_generation.near_values import figure_value
from graphs.exams import Question
from tests.support.exam_flow import delivered_exam
from tests.support.grading import graded_paper

REBAR_CUTTING = (
    "# 钢筋加工车间操作规程\n\n"
    "## 一、开机前\n"
    "操作工须戴好安全帽、防护眼镜和帆布手套。\n"
    "开机前须检查切断机刀片，刀片缺口超过0.5毫米的必须更换。\n\n"
    "## 二、切断与弯曲\n"
    "钢筋须用压料板压紧，每次切断不得超过3根；直径小于6毫米的盘条不得上切断机，改用手动断线钳。\n"
    "弯曲机运转时，操作工须站在弯曲方向的反侧，距离转盘不少于1米。\n"
)

REBAR_FIGURES = (
    "# 钢筋加工车间操作规程\n\n"
    "## 一、切断\n"
    "切断机刀片每使用40小时须刃磨一次。\n"
    "每次切断的钢筋总截面积不得超过300平方毫米。\n"
    "切断长度小于40厘米的短料时，须用套管夹持。\n"
    "钢筋堆放高度不得超过1.2米。\n"
    "弯曲机转盘转速不得超过每分钟8转。\n"
)

TANNERY = (
    "# Millbrook Tannery — Beamhouse Rules\n\n"
    "## 1. Soaking and liming\n"
    "Hides must soak for at least 12 hours before liming.\n"
    "Lime pits are kept below 28°C.\n"
    "Each pit holds no more than 90 hides.\n"
    "Pit water is changed every 6 days.\n\n"
    "## 2. Fleshing\n"
    "The fleshing machine blade is sharpened every 40 hours of use.\n"
    "Operators must wear rubber gauntlets and a face visor at the fleshing machine.\n"
    "Fleshings are taken to the rendering bay within 2 hours.\n"
)


async def test_what_is_done_instead_of_a_ban_is_no_ban(offline_context: FlowContext) -> None:
    exam = await delivered_exam(offline_context, {"material": REBAR_CUTTING, "short_answer": 2})
    items = [q for q in exam.questions if any("断线钳" in p for p in q.scoring_points)]
    assert items, [q.scoring_points for q in exam.questions]
    item = items[0]
    assert not [p for p in item.scoring_points if "不得改用" in p], item.scoring_points
    assert "直径小于6毫米的盘条改用手动断线钳" in item.scoring_points, item.scoring_points
    # the rule as the material has it earns every mark of its points, none "contradicted"
    answer = "。".join(p for p in item.scoring_points) + "。"
    results = await graded_paper(
        [item.model_copy(update={"number": 1})],
        {"1": answer},
        offline_context,
        title="rebar",
        language="zh",
    )
    assert results[1]["score"] == item.score, results[1]["review"]
    assert "相反" not in results[1]["review"], results[1]["review"]


def _near(key: str, wrong: str) -> bool:
    value, other = figure_value(key), figure_value(wrong)
    return bool(value and other and max(value / other, other / value) < NEAR_FIGURE_RATIO)


def _figure_choices(questions: list[Question]) -> list[tuple[Question, str, list[str]]]:
    made = []
    for question in questions:
        if question.type != "single_choice":
            continue
        key = next(o.text for o in question.options if o.key in question.answer)
        if figure_value(key) is not None:
            wrong = [o.text for o in question.options if o.key not in question.answer]
            made.append((question, key, wrong))
    return made


ALL_NEAR = {
    "the wrong options are near values",
    "the wrong options are very near values",
    "干扰项为相近数值",
    "干扰项为非常接近的数值",
}
"""Reasons that say every wrong option is a near value."""


@pytest.mark.parametrize(
    ("material", "some"),
    [
        (TANNERY, "some of the wrong options are near values"),
        (REBAR_FIGURES, "部分干扰项为相近数值"),
    ],
)
async def test_near_values_are_said_only_of_near_values(
    offline_context: FlowContext, material: str, some: str
) -> None:
    exam = await delivered_exam(
        offline_context, {"material": material, "single_choice": 5, "difficulty": "hard"}
    )
    choices = _figure_choices(exam.questions)
    assert choices, exam.shortfall
    for question, key, wrong in choices:
        if question.difficulty_reason in ALL_NEAR:
            assert all(_near(key, w) for w in wrong), (key, wrong, question.difficulty_reason)
    # and a set with a far value is still delivered, with what is true of it
    assert [q for q, key, wrong in choices if not all(_near(key, w) for w in wrong)]
    # at hard its strong form adds that the exact figure counts (one reason, one level)
    assert [q for q, _, _ in choices if q.difficulty_reason.startswith(some)]
