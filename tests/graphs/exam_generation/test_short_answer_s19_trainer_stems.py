"""Short-answer stems a trainer would set (session 18 end reviewers D11 and T11), on own material:
a left-luggage counter's FAQ and an inflatable hire's terms (en), a student dormitory's rules, a
fruit wholesaler's receiving steps (zh).

D11/T11 found "What is the rule on the padlocks of other?" (a subject cut inside "of other
types"), "What is the rule on the missing base?" (a listed subject cut at its first comma), "What
is the rule on the trolleys … leaving the premises?" (the ask names the barred act, so the answer
is the verdict), 「关于禁止，课程材料有哪些规定？请写出全部两条。」 (a verdict word as a subject, whose
count no material keeps: 不得 and 严禁 bar too), 「开门卸货前收货员和收货员分别有什么要求？」 (a
case read as a subject paired with itself) and a rubric splitting one clause 「禁止进行电钻、切割等
…的作业」 into two points of 1 and 2 marks.
"""

from __future__ import annotations

import re

import pytest

from graphs.context import FlowContext
from graphs.exam_generation.difficulty_reasons import difficulty_reason
from graphs.exam_generation.point_parts import point_parts
from graphs.exam_generation.rule_opening import ANY_MODAL
from graphs.exam_generation.rule_points import rule_point as _point
from graphs.exam_generation.short_answer_asks import ask
from graphs.exam_generation.subject_groups import subject_groups
from graphs.exam_generation.vague_asks import vague, vague_topic
from graphs.text import analyse
from graphs.text.facts import facts_for
from tests.support.exam_flow import delivered_exam

LUGGAGE = """# CityStow Left Luggage — Counter FAQ (staff reference)

Q: Do I need to show ID?
A: Every customer must show photo ID when leaving a bag. Copies of other kinds are not accepted.

Q: Can I leave a bicycle?
A: Folding bikes are accepted as large cases. Bicycles of other types are not accepted.

Q: Can I use the luggage carts?
A: Luggage carts and a hand truck are free to use inside the station, but they cannot leave the concourse.

Q: Are bags screened?
A: Staff must X-ray every bag before it goes on the shelf. A bag that fails the scan must be refused and the duty manager called within 5 minutes.
"""

INFLATABLES = """# JumpJoy Inflatable Hire — Terms of Hire (counter staff guide)

1. A booking is confirmed only when the 25% deposit is paid.
2. If the repair cost exceeds the deposit, the customer is invoiced for the difference within 14 days.
3. Missing blowers, ground sheets or stakes are charged at list price and are never waived by counter staff.
4. Generators and a leaf blower are free to use at the venue, but they cannot leave the site.
"""

DORMITORY = """# 启明学院学生公寓管理规定（2026年修订）

第一条 学生入住前须到公寓服务中心办理入住登记，提交学生证和缴费凭证。
第二条 学生须缴纳住宿押金500元，押金在退宿验收合格后15日内退还。
第三条 公寓熄灯时间为周日至周四23:00、周五和周六24:00；考试周禁止进行聚餐、唱歌等影响他人休息的活动。
第四条 禁止在寝室内饲养宠物和留宿外来人员，禁止将公共桌椅搬入寝室。
第五条 寝室门锁须由后勤维修工更换，学生不得自行改装门锁。
第六条 垃圾须在每天22:00前投放到楼下指定垃圾桶，严禁堆放在走廊或楼梯间。
第七条 访客须在一楼值班室登记，访客停留时间不得超过22:00。
第八条 寒暑假留校的学生须提前7天提交留校申请，由辅导员审批。
"""

FRUIT = """# 鲜果批发市场 进货验收规程

1. 进货车辆到达后，验收员须先核对送货单号与车牌号。
2. 开箱验货前，验收员须先读取冷藏箱温度记录仪，热带水果箱内温度不得低于 10℃，浆果类箱内温度须在 0℃ 至 2℃ 之间。
3. 开门卸货前，理货员须先读取车厢温度记录仪，冷冻果品车厢温度不得高于 -18℃，冷藏果品车厢温度须在 0℃ 至 4℃ 之间。
4. 坏果率超过5%的整批退货。
"""


def _asks(material: str, zh: bool) -> dict[str, str | None]:
    return {f.text: ask(f, _point(f), zh) for f in facts_for(analyse(material))}


def _ask_of(material: str, opening: str, zh: bool = False) -> str | None:
    asks = _asks(material, zh)
    return next(asked for text, asked in asks.items() if text.startswith(opening))


_DANGLING_END = re.compile(
    r"\b(?:of|other|and|or|the|a|an|to|with|for|on|in|by)\s*\??(?:\s*\(give [^)]*\))?$"
)


@pytest.mark.parametrize(
    ("material", "opening"),
    [
        (LUGGAGE, "Bicycles of other types"),
        (LUGGAGE, "Copies of other kinds"),
        (LUGGAGE, "A bag that fails the scan"),
        (INFLATABLES, "Missing blowers"),
    ],
)
def test_an_english_ask_ends_on_a_whole_phrase(material: str, opening: str) -> None:
    """ "What is the rule on the bicycles of other?", "… be refused and?": a cut phrase."""
    asked = _ask_of(material, opening)
    assert asked is None or _DANGLING_END.search(asked) is None, asked


def test_a_listed_subject_is_not_asked_by_its_first_item() -> None:
    """ "What is the rule on missing blowers?" of "Missing blowers, ground sheets or stakes are
    charged …": the ask names a third of what the rule covers."""
    asked = _ask_of(INFLATABLES, "Missing blowers")
    assert asked is None or "stakes" in asked, asked


@pytest.mark.parametrize(
    ("material", "opening"),
    [(LUGGAGE, "Luggage carts and a hand truck"), (INFLATABLES, "Generators and a leaf blower")],
)
def test_an_ask_does_not_name_the_act_the_rule_bars(material: str, opening: str) -> None:
    """ "What is the rule on the generators … leaving the site?": the answer is "they cannot"."""
    asked = _ask_of(material, opening)
    assert asked is None or not re.search(r"\bleaving\b", asked), asked


def test_a_verdict_word_is_no_subject_group() -> None:
    """「关于禁止，…请写出全部两条」: 不得 and 严禁 bar too, so the count is false."""
    subjects = [g.subject for g in subject_groups(analyse(DORMITORY))]
    assert not any(ANY_MODAL[True].search(s) or "禁" in s for s in subjects), subjects


def test_a_case_is_no_subject_of_a_pair() -> None:
    """「开门卸货前收货员和收货员分别有什么要求？」, 「开箱和浆果类箱分别有什么要求？」."""
    for opening in ("开箱验货前", "开门卸货前"):
        asked = _ask_of(FRUIT, opening, zh=True)
        assert asked is None or asked.startswith(f"{opening}，"), asked  # the case, then who


@pytest.mark.parametrize(
    "rule",
    [
        "夜间禁止进行电焊、打磨等产生火花的作业",
        "营业时间内禁止进行钻孔、切割等产生粉尘的作业",
    ],
)
def test_examples_of_one_kind_are_one_point(rule: str) -> None:
    """「…禁止进行电钻、切割等产生噪音的作业」 was split 1 + 2 marks: a 、 list closed by 等 names
    examples of one kind of work, which one clause bars."""
    assert point_parts(rule, True) == [rule]


async def test_delivered_short_answers_keep_a_true_count(offline_context: FlowContext) -> None:
    exam = await delivered_exam(offline_context, {"material": DORMITORY, "short_answer": 2})
    stems = [q.stem for q in exam.questions if q.type == "short_answer"]
    assert stems, "no short answer delivered"
    assert not any("关于禁止" in s for s in stems), stems


async def test_delivered_english_short_answers_read(offline_context: FlowContext) -> None:
    for material in (LUGGAGE, INFLATABLES):
        exam = await delivered_exam(offline_context, {"material": material, "short_answer": 1})
        for q in exam.questions:
            if q.type == "short_answer":
                for asked in re.split(r"\(\d\)", q.stem)[1:]:
                    assert _DANGLING_END.search(asked.strip()) is None, q.stem
                    assert not re.search(r"\bleaving the (?:site|concourse)\b", asked), q.stem


SEALS = """# 速达快递分拨中心 到车卸货作业规程

1. 干线车辆到达后，卸车员须先核对车辆封签编号与交接单是否一致。
2. 封签编号不符或封签破损时，卸车员须立即拍照留存，并在10分钟内通知当班质控员，由质控员决定拒收或让步接收快件。
3. 开车门前须读取车厢温湿度记录仪数据，生鲜件车厢温度不得高于8℃。
4. 每车卸货时间不得超过40分钟，超过时须报告班组长。
"""


def test_a_closing_decision_stays_in_the_point() -> None:
    """「…通知当班质检员，由质检员决定拒收或让步接收」: the rubric dropped who decides (D11 m1 Q12)."""
    fact = next(f for f in facts_for(analyse(SEALS)) if f.text.startswith("封签编号不符"))
    assert _point(fact).endswith("由质控员决定拒收或让步接收快件"), _point(fact)


@pytest.mark.parametrize(
    ("material", "opening", "named"),
    [
        (SEALS, "开车门前", ("生鲜件车厢温度",)),
        (FRUIT, "开箱验货前", ("热带水果箱内温度", "浆果类箱内温度")),
    ],
)
def test_a_case_ask_names_the_limits_its_rule_sets(
    material: str, opening: str, named: tuple[str, ...]
) -> None:
    """「开门前应如何处理？（写明温度）」 was vague: the answer read "read the recorder" (D11 m1 Q12)."""
    asked = _ask_of(material, opening, zh=True)
    assert asked is None or all(n in asked for n in named), asked


@pytest.mark.parametrize("asked", ["寝室内有什么规定？", "冷库内有什么规定？"])
def test_a_place_alone_is_a_vague_ask(asked: str) -> None:
    assert vague(asked, "zh") is not None


def test_a_verdict_word_is_a_vague_topic() -> None:
    assert vague_topic("关于禁止，课程材料有哪些规定？请写出全部两条。") == "禁止"


def test_the_count_of_things_to_write_is_said_across_the_points() -> None:
    """「要点共含5项内容」 beside two 2.5-mark points read as five points (D11 m1 Q12), and so
    did 「各要点合计须写出5项内容」 (session 21 end D14, m1 Q17): the note names no count but
    the scoring points' own."""
    reason = difficulty_reason(
        "medium",
        {"combined": (0.5, 0.0), "elements": (0.5, 0.75)},
        "zh",
        count=2,
        elements=5,
    )
    assert "多项内容" in reason and "5" not in reason, reason


def test_a_listed_subject_with_no_act_is_a_vague_ask() -> None:
    """A list of subjects asked whole must still name an act: "What must food, drink and
    glasses do?" (a bowling centre's desk policy) names only what the rule binds."""
    rule = "# Lane Desk Policy\n\n7. Food, drink and glasses must stay in the seating area and never on the approach.\n"
    assert vague("What must food, drink and glasses do?", "en") is not None
    assert _ask_of(rule, "Food, drink") != "What must food, drink and glasses do?"


def test_a_listed_subject_keeps_its_last_item() -> None:
    """ "What is the rule on missing base plates, toe boards?" dropped "or locking pins": the last
    item's noun read as the verb. Own inflatable hire: blowers, ground sheets or locking pins."""
    rule = (
        "# Terms\n\n3. Missing blowers, ground sheets or locking pins are charged at list price "
        "and are never waived by counter staff.\n"
    )
    asked = _ask_of(rule, "Missing blowers")
    assert asked is None or "ground sheets or locking pins" in asked, asked
