"""Session 12, held-out teacher T3's grading faults (issue 11; bench/held_out/session11/end_T3):
an opposite posture or switch credited, an under-age said with 不满 not read. Own examples, other
trades than hers (lift maintenance, a nursery, a forklift): a physiotherapy clinic, a swimming
pool, an MRI suite, a workshop, a kindergarten pool."""

from __future__ import annotations

from graphs.exam_grading.matching import match_blank
from graphs.exam_grading.scoring_points import judge_point
from graphs.exams import Question
from tests.support.grading import judged
from tests.support.grading import short_answer as _item


def test_an_opposite_posture_is_the_rule_told_wrong() -> None:
    # 「1岁以下婴儿要趴着睡」 was full marks for 仰卧: 趴/俯卧 and 仰卧 are listed opposites now
    clinic = _item("颈椎牵引有什么规定？", "颈椎牵引时患者必须仰卧，牵引重量不超过10公斤")
    judgement, note = judged(clinic, "牵引的时候病人要趴着，重量不超过10公斤。")
    assert judgement.ratio == 0 and "有误（说法与要点相反）" in note, note
    judgement, _ = judged(clinic, "牵引时病人仰面躺着，重量最多10公斤。")
    assert judgement.ratio == 1, judgement.reason
    scan = _item("How must patients lie?", "Patients must lie on their back for the whole scan")
    judgement, _ = judged(scan, "Patients lie on their front for the whole scan.")
    assert judgement.ratio == 0, judgement.reason
    judgement, _ = judged(scan, "Patients lie face up for the whole scan.")
    assert judgement.ratio == 1, judgement.reason


def test_an_opposite_named_by_one_word_of_the_point_is_no_omission() -> None:
    # 「婴儿可以趴睡」 was 未答到 for 仰卧: one word of the point and its opposite turn it round
    point = "检修水泵前必须断电，并在电闸上挂警示牌"
    assert judge_point(point, "水泵要通电检修。").verdict == "contradicted"
    assert judge_point(point, "检修水泵前先断电，电闸挂上警示牌。").verdict == "credited"


def test_under_a_figure_said_with_bu_man_is_the_points_bound() -> None:
    # 「不满一岁的宝宝要仰面睡」 was 缺少：1岁, and 不满 denied the rule after it
    pool = _item("幼儿泳池有什么规定？", "6个月以下的婴儿不得进入泳池，3岁以下幼儿须由家长陪同")
    judgement, note = judged(pool, "不满六个月的婴儿不能进入泳池，不到三岁的幼儿要家长陪同。")
    assert judgement.ratio == 1, (judgement.reason, note)
    judgement, note = judged(pool, "不满一岁的婴儿不能进入泳池，不到三岁的幼儿要家长陪同。")
    assert judgement.ratio < 1 and "答成：一岁" in note, note
    # the bound keeps its way: 不满 is under, 满 is at least
    judgement, _ = judged(pool, "满六个月的婴儿不能进入泳池，不到三岁的幼儿要家长陪同。")
    assert judgement.ratio < 1, judgement.reason


def test_class_hours_said_in_chinese_numerals() -> None:
    # 「四十学时」 was not read ("缺少：40"): 学时/课时 is a unit, so numerals read before it
    salon = _item("美发店员工培训有什么规定？", "美发师每年须参加不少于16学时的技能复训")
    judgement, note = judged(salon, "美发师每年要参加至少十六个学时的技能复训。")
    assert judgement.ratio == 1, (judgement.reason, note)
    judgement, note = judged(salon, "美发师每年要参加至少十二课时的技能复训。")
    assert judgement.ratio == 0 and "答成：十二课时，要点为16学时" in note, note


EXTINGUISHERS = (
    "灭火器每30日至少进行一次日常检查，两次检查间隔不得超过30日",
    "检查结果须在48小时内登记到消防台账",
)


def test_a_figure_belongs_to_the_point_whose_subject_it_shares() -> None:
    # 「每15日至少维保一次；记录要及时录入系统」 gave p1 有误（答成：一次，要点为两次） and p2 有误
    # （答成：15日，要点为24小时）: 两次…间隔 is no count, 一次日常 holds no 次日, and a figure of
    # another point is no wrong figure for this one
    fire = _item("灭火器检查有什么规定？", *EXTINGUISHERS)
    judgement, note = judged(fire, "灭火器每30日至少检查一次；检查结果要登记到消防台账。")
    assert judgement.ratio == 0.75, (judgement.reason, note)
    assert "(1) 已答到" in note and "(2) 部分答到（缺少：48小时）" in note, note
    assert "答成" not in note, note


def test_a_period_rivals_a_period_and_a_deadline_a_deadline() -> None:
    # 「每个月维保一次，维保记录可以一周后再补录」 gave p1 "答成：一周" (p2's figure) and p2 未答到
    fire = _item("灭火器检查有什么规定？", *EXTINGUISHERS)
    judgement, note = judged(fire, "每周检查灭火器一次，灭火器检查结果可以五天后再登记到消防台账。")
    assert judgement.ratio == 0, judgement.reason
    assert "(1) 有误（答成：每周，要点为30日）" in note, note
    assert "(2) 有误（答成：五天，要点为48小时）" in note, note


def test_fill_in_names_the_same_role_or_party_in_other_words() -> None:
    # "the supervisor on duty for the shift" (shift supervisor), 保育老师 (保育员), 调度中心
    # (公司调度中心) and "8 kilometres per hour" (8 km/h) were refused
    assert match_blank("the lead on duty for the night shift", "night shift lead").credit == 1
    assert match_blank("a lifeguard stationed at the pool", "pool lifeguard").credit == 1
    assert match_blank("收银老师", "收银员").credit == 1
    assert match_blank("维修师", "维修工").credit == 1
    assert match_blank("安保部", "集团安保部").credit == 1
    assert match_blank("help desk", "company help desk").credit == 1
    assert match_blank("25 kilometers an hour", "25 km/h").credit == 1
    assert match_blank("15 miles per hour", "15 mph").credit == 1
    # never another party, another shift or another rank
    assert match_blank("manager", "night shift lead").credit == 0
    assert match_blank("the lead of another shift", "night shift lead").credit == 0
    assert match_blank("the assistant lead on the night shift", "night shift lead").credit == 0
    assert match_blank("店长", "收银员").credit == 0
    assert match_blank("财务部", "集团安保部").credit == 0
    assert match_blank("25 kilometres", "25 km/h").credit == 0


def test_the_note_names_a_wording_blank_that_failed() -> None:
    # 「24小时；调度中心」 said only 第1空：数字不对; 园长 for 保育员 and "driver" said nothing
    shuttle = Question(
        number=1,
        type="fill_blank",
        stem="接驳车故障须在____内报告____。",
        answer=["30分钟", "车队队长"],
        source_quote="接驳车故障须在30分钟内报告车队队长。",
        score=2,
    )
    judgement, note = judged(shuttle, "1小时；前台")
    # 前台 is another post than 车队队长 (session 21 end T14: another post says so, not 用词不对)
    assert judgement.ratio == 0 and "（第1空：数字不对；第2空：另一个岗位）" in note, note
    judgement, note = judged(shuttle, "30分钟；前台")
    assert judgement.ratio == 0.5 and "（第2空：另一个岗位）" in note, note
    gate = Question(
        number=1,
        type="fill_blank",
        stem="Visitors sign in with the ____.",
        answer=["gate officer"],
        source_quote="Visitors sign in with the gate officer.",
        score=2,
    )
    judgement, note = judged(gate, "cleaner")
    assert judgement.ratio == 0 and "Your answer: cleaner (not the key's word)" in note, note


def test_another_count_of_the_same_thing_is_the_point_told_wrong() -> None:
    # "training only after five collisions" for "two collisions within 12 months …" was missing
    pool = _item(
        "What happens after missed drills?",
        "A lifeguard who misses three drills in a season must redo the rescue course",
    )
    judgement, note = judged(pool, "Only after five drills are missed.")
    assert judgement.ratio == 0 and "contradicted (you gave: five" in note, note
    shop = _item("店员投诉有什么规定？", "一个月内收到三次投诉的店员须参加服务培训")
    judgement, note = judged(shop, "收到五次投诉才去培训。")
    assert judgement.ratio == 0 and "有误（答成：五次，要点为三次）" in note, note
    judgement, _ = judged(shop, "一个月内被投诉三次的店员要参加服务培训。")
    assert judgement.ratio == 1, judgement.reason


def test_a_rule_stated_without_its_label_figure_is_part_of_the_point() -> None:
    # 「乳儿班每班不超过10人，师幼比1:3」 was 未答到 for 乳儿班（6至12个月）每班不超过10人，…1:3
    swim = _item(
        "亲子泳池有什么规定？",
        "亲子泳池（水深0.8至1.2米）每池不超过8人，救生员与儿童之比不低于1:4",
        "泳池每2小时检测一次余氯",
    )
    judgement, note = judged(swim, "亲子泳池每池不超过8人，看护比例1:4；泳池每两小时测余氯。")
    assert "(1) 部分答到（缺少：0.8米、1.2米）" in note, (
        note
    )  # every one left out (session 19, D11)
    assert judgement.ratio == 0.75, judgement.reason


def test_a_role_left_out_where_the_stem_asks_who() -> None:
    # "Collisions must be reported within 1 hour" was credited although the stem asks who
    point = "Any chemical spill must be reported to the lab manager within 15 minutes"
    asks = _item("When must a chemical spill be reported, and to whom?", point)
    judgement, note = judged(asks, "Spills must be reported within 15 minutes.")
    assert judgement.ratio == 0.5 and "partial (missing: lab manager)" in note, note
    judgement, _ = judged(asks, "Report any spill to the lab manager within 15 minutes.")
    assert judgement.ratio == 1, judgement.reason
    when = _item("When must a chemical spill be reported?", point)
    judgement, _ = judged(when, "Spills must be reported within 15 minutes.")
    assert judgement.ratio == 1, judgement.reason
    cold = _item("冷库门故障时应在多久内报告，向谁报告？", "冷库门故障须在30分钟内报告值班经理")
    judgement, note = judged(cold, "冷库门坏了要30分钟内报告。")
    assert judgement.ratio == 0.5 and "部分答到（缺少：经理）" in note, note
