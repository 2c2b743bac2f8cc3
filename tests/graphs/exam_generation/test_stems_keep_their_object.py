"""A Chinese rule whose act takes its object from the sentence before (「只有持有电工证的员工才能
重新开启」: opens what?) is never a statement to judge alone, a cloze on it prints the sentence
before, and 只有 that sets a case (「只有…检验合格后才能…」) is not lifted into 「除…合格后以外，其他
人员也能…」. Own materials: a pool's lighting rule and a lift rescue procedure, through the real
flow and the real functions."""

from __future__ import annotations

from graphs.context import FlowContext
from graphs.exam_generation.lost_context import lost_context
from graphs.exam_generation.only_flips import lift_only
from graphs.text.elided_objects import zh_object_elided
from tests.support.exam_flow import delivered_exam

LIGHTS = (
    "泳池照明管理规定\n\n"
    "第一条 救生员每30分钟至少巡视一次泳池，发现水下照明故障，应立即关闭该区域，并上报值班经理。"
    "只有持有电工证的员工才能重新开启。\n\n"
    "第二条 池水每两小时检测一次余氯。\n"
)

LIFT = (
    "电梯困人救援流程\n\n"
    "1. 值班员须立即通知维保单位，维保人员须在30分钟内到达现场。夜间22:00以后由值班主管负责联系。\n"
    "2. 救援结束后，电梯须停止运行，挂上暂停使用牌。只有维保单位检验合格后才能恢复运行。\n"
    "3. 值班员须在24小时内提交救援报告。\n"
)


def test_an_act_without_its_object_is_read_as_leaning_on_the_sentence_before() -> None:
    assert zh_object_elided("只有持有电工证的员工才能重新开启。")
    assert zh_object_elided("夜间22:00以后由值班主管负责联系。")
    assert zh_object_elided("除持有电工证的员工以外，其他人员也能恢复使用。")
    # its topic said first, or an object after the act: the sentence says what it is about
    assert not zh_object_elided("水下照明只有持有电工证的员工才能重新开启。")
    assert not zh_object_elided("只有值班经理才能开启保险柜。")
    assert not zh_object_elided("只有持证教练才能上岗。")
    assert lost_context("只有持有电工证的员工才能重新开启。", "zh") is not None
    assert lost_context("只有值班经理才能开启保险柜。", "zh") is None


def test_only_that_sets_a_case_is_not_lifted_into_who_else() -> None:
    assert lift_only("电梯只有经维保单位检验合格后才能恢复运行。", True) is None
    lifted = lift_only("只有值班经理才能开启保险柜。", True)
    assert lifted is not None and lifted[0].startswith("除值班经理以外")


async def test_no_item_asks_an_act_on_nothing(offline_context: FlowContext) -> None:
    for material in (LIGHTS, LIFT):
        payload = {"material": material, "true_false": 4, "fill_blank": 2, "single_choice": 2}
        exam = await delivered_exam(offline_context, payload)
        for question in exam.questions:
            stem = question.stem
            assert "合格后以外" not in stem, stem
            for sentence in ("才能重新开启", "由值班主管负责联系", "由（    ）负责联系"):
                if sentence in stem or sentence in stem.replace("____", "（    ）"):
                    # printed only after the sentence that names what is opened or contacted
                    assert "照明" in stem or "维保" in stem, stem
