"""Session 11, held-out teacher T2's faults (issue 11, grading): equivalent figures said another
way, wrong figures named as wrong, whole-word fill-ins. Own examples, other trades than hers (a
tattoo studio, a pool, a car rental): an internet café, lift maintenance, a fuel tank, a bar, a
parcel locker, a bakery, a gym, a print shop, a climbing wall."""

from __future__ import annotations

from graphs.exam_grading.matching import match_blank
from graphs.exam_grading.scoring_points import judge_point
from graphs.text.quantities import Quantity, parse_quantities
from tests.support.grading import judged
from tests.support.grading import short_answer as _item


def test_zhousui_is_an_age_in_years_not_weeks() -> None:
    # 18周岁 was 18 weeks, so 不满十八岁 never gave it ("缺少：18周")
    assert parse_quantities("未满18周岁")[0][0] == Quantity(18, "year", "calendar")
    assert parse_quantities("不满十八岁")[0][0] == Quantity(18, "year", "calendar")
    assert parse_quantities("每2周")[0][0] == Quantity(2, "week", "duration")
    cafe = _item("网吧对顾客年龄有什么规定？", "收银员须核验证件，未满18周岁者一律不得进入上网区")
    judgement, note = judged(cafe, "收银员要查证件，不满十八岁的一律不让进上网区。")
    assert judgement.ratio == 1, judgement.reason
    assert "缺少" not in note, note
    judgement, note = judged(cafe, "收银员要查证件，不满十六岁的一律不让进上网区。")
    assert judgement.ratio == 0 and "答成：十六岁" in note, note


def test_weiChengnian_is_under_18() -> None:
    # 未成年 is under 18 in Chinese law (未成年人保护法 art. 2): "未成年不能纹" states the rule
    bar = _item("酒吧售酒对年龄有什么规定？", "吧台员工不得向未满18周岁的顾客出售酒精饮品")
    judgement, _ = judged(bar, "吧台员工不能卖酒精饮品给未成年人。")
    assert judgement.ratio == 1, judgement.reason
    judgement, note = judged(bar, "吧台员工不能卖酒精饮品给16岁以下的人。")
    assert judgement.ratio == 0 and "答成：16岁，要点为18周岁" in note, note


def test_a_period_word_gives_the_points_period() -> None:
    # 每年 for 每12个月 was "缺少：12个月"; the 一次 that closes the period is no count of its own
    lift = _item("电梯年检有什么规定？", "物业须安排电梯每12个月年检一次，年检报告贴在轿厢内")
    for answer in (
        "物业每年安排电梯年检，报告贴在轿厢里。",
        "电梯一年年检一次，年检报告贴轿厢内。",
    ):
        judgement, note = judged(lift, answer)
        assert judgement.ratio == 1, (answer, judgement.reason)
    judgement, note = judged(lift, "物业每个月安排电梯年检，报告贴在轿厢里。")
    assert judgement.ratio == 0 and "答成：每个月，要点为12个月" in note, note
    # a period word is no deadline: 每天 does not give "1天内"
    point = "快递柜超时包裹须在1天内联系收件人"
    assert judge_point(point, "快递柜超时包裹每天联系收件人").verdict == "partial"


def test_daily_for_every_two_hours_is_the_interval_told_wrong() -> None:
    gym = _item("泳池水质检测有什么规定？", "健身房泳池每2小时检测一次余氯，结果记入台账")
    judgement, note = judged(gym, "泳池余氯每天检测一次，结果记入台账。")
    assert judgement.ratio == 0 and "有误（答成：每天，要点为2小时）" in note, note
    judgement, _ = judged(gym, "Pool chlorine is tested daily and logged.")
    assert judgement.ratio < 1


def test_a_slash_fraction_is_the_same_share_as_fenzhi() -> None:
    # 3/4满 for 四分之三 was "缺少：四分之三"
    assert parse_quantities("3/4满")[0][0] == Quantity(75, "percent", "percent")
    assert parse_quantities("1/2小时")[0][0] == Quantity(0.5, "hour", "duration")
    assert [q.value for q, _, _ in parse_quantities("24/7")] == [24, 7]
    tank = _item("加油有什么规定？", "叉车油箱加至四分之三时必须停止加油，不得加满")
    judgement, _ = judged(tank, "叉车油箱加到3/4就停，不能加满。")
    assert judgement.ratio == 1, judgement.reason
    judgement, note = judged(tank, "叉车油箱加到1/2就停，不能加满。")
    assert judgement.ratio < 1 and "答成：1/2" in note, note


def test_last_one_is_no_count_the_point_asks_for() -> None:
    # 最后一次雷声 was read as a figure "1 times" the answer had to give
    wall = _item("攀岩墙何时重新开放？", "最后一次余震后等待2小时，确认无落石方可重新开放")
    judgement, _ = judged(wall, "余震过后再等两小时，确认没有落石才能重新开放。")
    assert judgement.ratio == 1, judgement.reason


def test_shared_words_together_name_the_point_so_its_wrong_figure_is_named() -> None:
    # 封口后24小时内回收 was 未答到: 封口 and 回收 each belong to another point too
    waste_oil = _item(
        "废油桶有什么规定？",
        "废油桶装至八成满时必须封盖",
        "封盖后的废油桶须在3天内交由有资质的回收公司运走",
        "店长每周检查一次废油桶运走记录",
    )
    _, note = judged(waste_oil, "废油桶满了就封盖，封盖后一周内运走。")
    assert "有误（答成：一周，要点为3天）" in note, note
    assert "未答到：封盖后的废油桶" not in note
    _, note = judged(waste_oil, "废油桶满了就封盖，封盖后3天内运走。")
    assert "已答到：封盖后的废油桶" in note, note


def test_a_partial_point_names_the_rule_left_out() -> None:
    # 部分答到 named nothing where one rule of two was stated
    frozen = _item(
        "冻品入库有什么规定？", "冻品卸货后须在30分钟内入冷库，入库后每4小时记录一次库温"
    )
    judgement, note = judged(frozen, "入库后每4小时记录一次库温。")
    assert judgement.ratio == 0.5, judgement.reason
    assert "部分答到（缺少：冻品卸货后须在30分钟内入冷库）" in note, note


def test_fill_in_demonstrative_and_abbreviation_and_unit_label() -> None:
    # 那层保护膜 for 保护膜, 同一岗位的救生员 for 同岗救生员 got 0
    assert match_blank("那张登记表", "登记表").credit == 1
    assert match_blank("这份押金单", "押金单").credit == 1
    assert match_blank("相邻岗位的教练", "同岗教练").credit == 0
    assert match_blank("同一班组的教练", "同组教练").credit == 1
    assert match_blank("不同班组的教练", "同组教练").credit == 0
    # 5 mm for 5 cm is the wrong unit, not a different figure; 50 mm is 5 cm
    assert match_blank("5 mm", "5 cm").reason.endswith("the wrong unit")
    assert match_blank("50 mm", "5 cm").credit == 1
    assert match_blank("6 mm", "5 cm").reason.endswith("a different figure")
    # the key's word after its figure missing is named, not "says more"; 课时 is a unit of its
    # own (a class hour, units.py), so 20小时 for 20课时 names it as the wrong unit
    assert "'20课时': the wrong unit" in match_blank("20小时", "20课时").reason


def test_a_figure_after_a_denied_relative_clause_is_stated() -> None:
    # "超过7天不取的每天收10元保管费" was "缺少：10元": 不取的 was read as denying what follows it
    parcels = _item(
        "快递驿站有什么规定？",
        "快递到店后须在2小时内短信通知收件人",
        "超过7天不取的包裹每天收取1元保管费",
    )
    judgement, note = judged(
        parcels, "快递到了2小时内短信通知收件人；超过7天不取的每天收1元保管费。"
    )
    assert judgement.ratio == 1, note
    judgement, note = judged(
        parcels, "快递到店24小时内短信通知收件人；超过7天不取的每天收1元保管费。"
    )
    assert "有误（答成：24小时，要点为2小时）" in note and "缺少" not in note, note
