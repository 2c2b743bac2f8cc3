"""Short answers on a procedure with no figures (session 24 lead, issue 11), on own material: a
commercial bakery's night shift.

The lead's mushroom-farm procedure made 0 of 2 short answers: its Picking rules are concrete acts
on a thing ("Twist each cluster gently; never cut into the growing block", "Pick oyster
mushrooms when the cap edge is still curled under"), which a marker checks by the act and its
object, but the order "never cut into the growing block" was asked "What must staff do about the
into the growing block?" (refused as a broken sentence), and an order for a moment stated as a
state ("when the cap edge is still curled under") was read as no order at all, so no rule of it.
"""

from __future__ import annotations

import re

import pytest

from graphs.context import FlowContext
from graphs.exam_generation.order_asks import order_ask
from graphs.exam_generation.point_parts import point_parts
from graphs.exam_generation.vague_asks import vague
from tests.support.exam_flow import delivered_exam

BAKERY = """# Crumb & Crust Bakery: Night Shift Baking Procedure

## Before the shift
1. Bakers wash their hands for at least 20 seconds and tie back long hair under a cap.
2. The shift lead checks the proofer temperature. Proofing starts only when the proofer is between 26°C and 30°C.

## Shaping
3. Shape the rolls when the dough has doubled in size. Lift each tray by its handles; never press down on the risen dough.

## Baking and cooling
4. Loaves must leave the oven within 2 minutes of the timer. The cooling rack stands at least 1 m from the oven door.
5. Only the shift lead may reprint a crate label.
"""


@pytest.mark.parametrize(
    ("order", "asked"),
    [
        ("Never press down on the risen dough", "How must staff handle the risen dough?"),
        ("Never cut into the growing block", "How must staff handle the growing block?"),
        ("Knock back the dough after the first rise", "What must staff do after the first rise?"),
    ],
)
def test_a_verbs_particle_is_no_object(order: str, asked: str) -> None:
    assert order_ask(order) == asked


def test_an_order_for_a_moment_stated_as_a_state_is_asked_by_its_moment() -> None:
    """The moment is what a marker checks: asked "What must staff do when the dough has doubled
    in size?", the key was the act the ask all but names (shape them), and a vague answer ("pick
    them carefully") took its marks."""
    assert order_ask("Shape the rolls when the dough has doubled in size") == (
        "When must staff shape the rolls?"
    )
    assert order_ask("Never open the oven when the light is on") == (
        "What must staff do when the light is on?"
    )


async def test_the_flow_asks_the_concrete_acts_of_a_procedure(
    offline_context: FlowContext,
) -> None:
    exam = await delivered_exam(offline_context, {"material": BAKERY, "short_answer": 1})
    [question] = [q for q in exam.questions if q.type == "short_answer"]
    points = " ".join(question.scoring_points)
    assert "press down on the risen dough" in points
    assert "Lift each tray by its handles" in points
    assert "When must staff shape the rolls?" in question.stem
    assert not re.search(r"about the (?:down|into|on)\b", question.stem)


BAKERY_ZH = """# 麦香面包工坊夜班烘焙流程

## 上岗前
1. 面包师上岗前须洗手至少20秒，并戴好发帽。
2. 值班组长检查醒发箱温度，温度在26℃至30℃之间方可开始醒发。

## 整形
3. 面团体积涨到两倍时再整形。搬运烤盘时要托住两端，不得按压已发酵的面团。
4. 烤焦或变形的面包放进红色废料桶，不得放进成品筐。

## 烘烤与冷却
5. 面包出炉后须在2分钟内移到晾架上，晾架距离烤箱门至少1米。
6. 只有值班组长可以补打面包筐标签。
"""


def test_a_clause_on_the_thing_the_part_before_named_is_no_part_of_its_own() -> None:
    assert point_parts("面包出炉后须在2分钟内移到晾架上，晾架距离烤箱门至少1米", True) == [
        "面包出炉后须在2分钟内移到晾架上，晾架距离烤箱门至少1米"
    ]
    assert point_parts("客户须年满18周岁，且驾龄不少于1年", True) == [
        "客户须年满18周岁",
        "客户须驾龄不少于1年",
    ]


def test_who_alone_may_is_no_topic() -> None:
    assert vague("只有值班有什么规定？", "zh") == "只有值班"


async def test_the_flow_keys_whole_clauses_and_asks_by_a_topic(
    offline_context: FlowContext,
) -> None:
    exam = await delivered_exam(
        offline_context,
        {"material": BAKERY_ZH, "single_choice": 2, "true_false": 2, "short_answer": 2},
    )
    for question in exam.questions:
        if question.type == "short_answer":
            assert not any("须晾架" in p for p in question.scoring_points)
            assert "只有值班有什么规定" not in question.stem
