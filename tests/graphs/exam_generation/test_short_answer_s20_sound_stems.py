"""Short-answer stems a trainer signs off (session 19 end reviewers D12 and T12), on own material:
a watch-repair counter and a VR arcade (zh), balloon flights (en), beside the reviewers' lines.

D12/T12 quoted 「镜片订单有什么规定？」 and 「单件价值有什么规定？」 (a measure or a record alone:
vague), 「因店员核对失误导致配错镜片的，由当班验光员承担重做费用有什么规定？」 and 「标准日常保洁服务
时长为一定时间有什么规定」 (the rule copied out as its topic), 「取镜时应如何处理？（写明时限）」 over a
0.25D tolerance (a dioptre read as days), "What is the rule on the key copies of
restricted-profile?" (a noun phrase cut in half) and 「（1）床垫凹陷深度有什么规定？（2）凹陷深度有
什么规定？」 (one topic asked twice). Offline asks are worded so; a model's are refused.
"""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.exam_generation.ask_hints import figure_words
from graphs.exam_generation.garbled_asks import garbled
from graphs.exam_generation.short_answer_asks import ask
from graphs.exam_generation.sound_asks import holds_key, repeated, unsupported_hints
from graphs.exam_generation.vague_asks import vague, vague_topic
from graphs.exam_generation.validation import validate_question
from graphs.text import analyse
from graphs.text.facts import facts_for
from graphs.text.quantities import parse_quantities
from tests.support.exam_flow import delivered_exam

WATCH = """# 钟表维修店服务规范

## 收表登记
1. 维修订单须在收表当天录入系统，录入时须核对机芯编号。
2. 因前台登记失误导致配错表带的，由当班前台承担更换费用的30%。
3. 收表时须当着顾客的面拍照留存表壳原貌。

## 保养服务
4. 标准清洗保养服务时长为5个工作日，加急部分按每天60元计费，须经顾客签字确认。
5. 物品损坏赔偿：单件价值1000元以下的由维修师承担20%，其余由门店承担。
"""

VR = """# VR体验馆运营手册

## 设备
1. 头显镜片屈光调节范围为0至6.0D，超过6.0D的顾客须佩戴自带眼镜体验。
2. 取头显时须用验光仪复核镜片度数，复核结果与设定差异超过0.5D的，不得交给顾客。
"""

BALLOON = """# SkyDrift Balloon Flights – Crew Handbook

## Booking
1. Our target launch time is 30 minutes after sunrise.
2. Refunds of weather-cancelled flights may only be issued on presentation of the original voucher.
3. Crew must check the burner pressure before every inflation.
"""

# the reviewers' own lines (session 19 end D12 m1, m2, m3)
OPTICIAN = """# 眼镜店验配流程

1. 取镜时须用焦度计复核镜片度数，复核结果与处方差异超过0.25D的，不得交付顾客。
2. 因店员核对失误导致配错镜片的，由当班验光员承担重做费用的20%。
"""
HOUSEKEEPING = """# 家政保洁服务规范

第八条 物品损坏赔偿：单件价值500元以下的由保洁员承担30%，其余由公司承担。
第九条 标准日常保洁服务时长为4小时，超时部分按每小时45元计费，须经客户签字确认。
"""
LOCKSMITH = """# KeySafe Locksmiths – Service Terms

1. Key copies of restricted-profile keys may only be cut on presentation of the original security card.
"""


def _ask_of(material: str, opening: str) -> str | None:
    zh = not material.isascii()
    fact = next(f for f in facts_for(analyse(material)) if f.text.startswith(opening))
    return ask(fact, fact.text.rstrip("。."), zh)  # each rule here is one whole point


@pytest.mark.parametrize(
    ("material", "opening", "wanted"),
    [
        (
            WATCH,
            "因前台登记失误",
            "因前台登记失误导致配错表带时，更换费用由谁承担？（写明比例和负责人）",
        ),
        (WATCH, "物品损坏赔偿", "物品损坏赔偿由谁承担？（写明金额、比例和负责人）"),
        (
            OPTICIAN,
            "因店员核对失误",
            "因店员核对失误导致配错镜片时，重做费用由谁承担？（写明比例和负责人）",
        ),
        (HOUSEKEEPING, "物品损坏赔偿", "物品损坏赔偿由谁承担？（写明金额、比例和负责人）"),
    ],
)
def test_who_bears_a_cost_is_asked_by_the_cost(material: str, opening: str, wanted: str) -> None:
    """Not 「…由当班验光员承担重做费用有什么规定？」 (the answer in the ask), nor 「单件价值有什么
    规定？」 (a measure alone)."""
    assert _ask_of(material, opening) == wanted


@pytest.mark.parametrize(
    ("material", "opening"), [(WATCH, "标准清洗保养服务"), (HOUSEKEEPING, "标准日常保洁服务")]
)
def test_a_rule_is_not_asked_by_itself_with_its_figure_masked(material: str, opening: str) -> None:
    """「标准日常保洁服务时长为一定时间有什么规定？」: 4小时 ends on 时 but is no case."""
    asked = _ask_of(material, opening)
    assert asked is None or ("一定" not in asked and "为" not in asked), asked
    assert holds_key(
        "标准日常保洁服务时长为一定时间有什么规定？", "标准日常保洁服务时长为4小时", True
    )


@pytest.mark.parametrize(
    ("material", "opening"), [(OPTICIAN, "取镜时"), (VR, "取头显时"), (VR, "头显镜片")]
)
def test_a_dioptre_is_no_time_limit(material: str, opening: str) -> None:
    """「取镜时应如何处理？（写明时限）」 over 0.25D: a capital D is a lens power, not days."""
    asked = _ask_of(material, opening)
    assert asked is not None and "时限" not in asked and "度数" in asked, asked
    assert [q.dimension for q, _, _ in parse_quantities("差异超过0.25D的")] == ["lens_power"]
    assert [q.dimension for q, _, _ in parse_quantities("within 3 d")] == ["duration"]


@pytest.mark.parametrize(
    "loose",
    [
        "镜片订单有什么规定？",
        "单件价值有什么规定？",
        "单场时长有什么规定？",
    ],
)
def test_a_measure_or_a_record_alone_is_vague(loose: str) -> None:
    assert vague(loose, "zh") is not None


@pytest.mark.parametrize(
    "sound",
    ["主觉验光有什么规定？", "旧床垫回收服务每张收费有什么规定？", "冷藏柜温度有什么规定？"],
)
def test_an_act_or_a_service_is_a_topic(sound: str) -> None:
    assert vague(sound, "zh") is None


def test_a_verb_is_no_subject_of_a_whole_answer() -> None:
    """「关于属于，课程材料有哪些规定？」 (T12, C): the mattress rules grouped by their verb."""
    assert vague_topic("关于属于，课程材料有哪些规定？请写出全部两条。") == "属于"
    assert vague_topic("关于押金退还，课程材料有哪些规定？请写出全部两条。") is None


def test_one_topic_is_not_asked_twice() -> None:
    asks = ["床垫凹陷深度有什么规定？（写明距离或尺寸）", "凹陷深度有什么规定？（写明距离或尺寸）"]
    assert repeated(asks, True) is not None
    assert repeated(["取镜时应如何处理？", "验光前应如何处理？"], True) is None


@pytest.mark.parametrize(
    ("material", "opening"), [(LOCKSMITH, "Key copies"), (BALLOON, "Our target launch")]
)
def test_an_english_ask_keeps_its_noun_phrase_whole(material: str, opening: str) -> None:
    """ "What is the rule on the key copies of restricted-profile?", "… on the our target …"."""
    asked = _ask_of(material, opening)
    assert asked is None or not asked.rstrip("?").endswith("restricted-profile"), asked
    assert asked is None or "the our" not in asked, asked


@pytest.mark.parametrize(
    "broken",
    [
        "What is the rule on the our target arrival time?",
        "What is the rule on the staff keeping a copy of any?",
        "What do passengers cost?",
        "What happens if the customer?",
    ],
)
def test_broken_english_asks_are_found(broken: str) -> None:
    assert garbled(broken) is not None


def test_a_hint_names_only_figures_the_key_states() -> None:
    """B Q9 "(give the amount and the period)" where no period is stated; 「写明时限」 over 0.25D;
    「写明年龄」 over 「未满30晚」 (T12, C: nights of a trial, no age)."""
    assert "年龄" not in figure_words("试睡期内退货须未满30晚不受理退货", True)
    assert figure_words("未满12岁的儿童须由监护人陪同", True) == ["年龄"]
    key = "A private basket flight costs 390 dollars"
    assert unsupported_hints(
        "(1) What does it cost? (give the amount and the period)", key, False
    ) == ["the period"]
    assert unsupported_hints(
        "（1）取镜时应如何处理？（写明时限）", "差异超过0.25D的不得交付", True
    ) == ["时限"]
    assert unsupported_hints("（1）多久？（写明时间）", "须保存2年", True) == []


async def test_a_stem_asking_one_topic_twice_or_holding_its_key_is_refused(
    offline_context: FlowContext,
) -> None:
    """On both paths: the validator reads the stem whoever wrote it."""
    exam = await delivered_exam(offline_context, {"material": WATCH, "short_answer": 1})
    assert [q.type for q in exam.questions] == ["short_answer"], exam.shortfall
    question = exam.questions[0].model_dump()
    sound, problems = validate_question(question, WATCH, [])
    assert sound is not None, problems
    head = question["stem"].split("（1）")[0]
    twice = f"{head}（1）维修订单有什么规定？（2）订单有什么规定？"
    refused, problems = validate_question({**question, "stem": twice}, WATCH, [])
    assert refused is None and any("ask one topic" in p for p in problems), problems
    copied = f"{head}（1）因前台登记失误导致配错表带的，由当班前台承担更换费用有什么规定？（2）收表时应如何处理？"
    key = {
        "answer": ["因前台登记失误导致配错表带的，由当班前台承担更换费用的30%。"],
        "scoring_points": ["因前台登记失误导致配错表带的，由当班前台承担更换费用的30%"],
    }
    refused, problems = validate_question({**question, **key, "stem": copied}, WATCH, [])
    assert refused is None and any("states its key" in p for p in problems), problems
