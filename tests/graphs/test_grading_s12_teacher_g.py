"""Session 12, held-out teacher T3's grading faults (issue 11; bench/held_out/session11/end_T3):
an opposite posture or switch credited, an under-age said with 不满 not read. Own examples, other
trades than hers (lift maintenance, a nursery, a forklift): a physiotherapy clinic, a swimming
pool, an MRI suite, a workshop, a kindergarten pool."""

from __future__ import annotations

from graphs.exam_grading.scoring_points import judge_point
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
