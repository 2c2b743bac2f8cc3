"""A multiple choice's statement on the rule a true/false item flips gives that item's answer
away, however short the rule (session 25, H1: on a 第X条 policy, 「队员饮酒后不得下水」 as an
option beside the true/false 「队员饮酒后可以下水」 passed: two of nine characters differ, a
ratio under the clause match, so the flipped statement was read as stating no clause at all).
Own material: a racing-pigeon club's rules."""

from __future__ import annotations

from graphs.exam_generation.substance import check_same_fact
from graphs.exams import Option, Question

PIGEONS = """# 云岭信鸽协会集鸽规定

第一条 鸽主不得在放飞现场喂食。

第二条 每个运输笼最多装鸽15羽，笼内须放置饮水槽。

第三条 鸽主须在赛鸽归巢后2小时内用电子踏板报到。

第四条 集鸽时，检查员须铅封笼门并记录封号。

第五条 押运员每4小时检查一次饮水。
"""


def _item(
    kind: str, stem: str, answer: list[str], quote: str, options: tuple[str, ...] = ()
) -> Question:
    return Question(
        type=kind,  # type: ignore[arg-type]
        stem=stem,
        options=[Option(key="ABCD"[i], text=t) for i, t in enumerate(options)],
        answer=answer,
        explanation=quote,
        knowledge_point="集鸽规定",
        difficulty="easy",
        difficulty_reason="",
        source_quote=quote,
    )


_OTHERS = (
    "每个运输笼最多装鸽15羽，笼内须放置饮水槽。",
    "鸽主须在赛鸽归巢后3小时内用电子踏板报到。",
    "集鸽时，检查员须铅封笼门并记录封号。",
)


def _choice(first: str) -> Question:
    return _item(
        "multiple_choice",
        "下列关于本规定的说法，哪些正确？（多选）",
        ["A", "B", "D"],
        first,
        (first, *_OTHERS),
    )


def test_a_statement_on_the_rule_a_true_false_item_flips_is_refused() -> None:
    flipped = _item(
        "true_false", "判断正误：鸽主可以在放飞现场喂食。", ["false"], "鸽主不得在放飞现场喂食。"
    )
    choice = _choice("鸽主不得在放飞现场喂食。")
    assert check_same_fact(choice, [flipped], PIGEONS)
    assert check_same_fact(flipped, [choice], PIGEONS)


def test_a_statement_on_another_rule_stands_beside_the_flipped_one() -> None:
    flipped = _item(
        "true_false", "判断正误：鸽主可以在放飞现场喂食。", ["false"], "鸽主不得在放飞现场喂食。"
    )
    choice = _choice("押运员每4小时检查一次饮水。")
    assert check_same_fact(choice, [flipped], PIGEONS) == []
