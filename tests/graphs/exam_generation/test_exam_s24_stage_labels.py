"""A label before a colon is a stage a rule's every clause must carry (「预热阶段：」) only when it
names one: a step's number (「第3步：」, 「步骤2：」), a rule leading in its list (「以下工具不得
带出车间：」) or an article's title (「第四条 会员权益：」) frames nothing; demanding it refused sound
items (issue 11, regressions of 25061f8b). New examples: a car wash, a woodwork shop, a gym's terms."""

from __future__ import annotations

from graphs.exam_generation.source_context import lost_stage_label


def test_a_stage_is_still_demanded() -> None:
    rule = "1. 预热阶段：喷枪水压不超过5兆帕，喷头距车身保持30厘米以上。"
    assert lost_stage_label(rule, "", "喷头距车身保持（    ）以上。") == "预热阶段"


def test_a_step_number_is_no_stage() -> None:
    rule = "第3步：车辆驶入洗车位后，洗车员要在2分钟内完成泡沫喷洒。"
    assert (
        lost_stage_label(rule, "", "车辆驶入洗车位后，洗车员要在（    ）内完成泡沫喷洒。") is None
    )
    rule = "步骤2：洗车员要检查车窗是否关闭，并收起后视镜。"
    assert lost_stage_label(rule, "", "洗车员要收起后视镜。") is None


def test_a_list_lead_in_rule_is_no_stage() -> None:
    rule = "以下工具不得带出车间：电刨、台锯、角磨机。"
    assert lost_stage_label(rule, "", "台锯，不得带出车间。") is None


def test_an_article_title_is_no_stage() -> None:
    rule = "第四条 会员权益：会员每月可免费预约私教课2次，超出部分按每次80元收费。"
    assert lost_stage_label(rule, "", "会员每月可免费预约私教课（    ）次。") is None
