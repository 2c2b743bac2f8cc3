"""Session 10, teacher T's fault pattern 4: the note names what the learner did (a wrong figure,
the rule reversed, left out), and a party swapped for the other side is the point told wrong.
Own examples (not the teacher's wording): a café's sugar-free drinks, a dog groomer, bike and
room deposits, a cancellation fee, a sauna's time limit, a car rental's fuel charge."""

from __future__ import annotations

from graphs.exam_grading.scoring_points import judge_point
from tests.support.grading import judged
from tests.support.grading import short_answer as _item

CAFE = _item(
    "做无糖饮品有什么规定？",
    "制作无糖饮品前，咖啡师必须将搅拌杯冲洗三遍",
    "无糖饮品必须安排在下午2点至4点之间制作，这段时间内禁止使用糖浆",
)


def test_a_name_that_opens_on_a_cue_denies_nothing_so_a_wrong_count_is_a_wrong_figure() -> None:
    # 无糖 names the drinks: "无糖饮品前要把搅拌杯冲洗一遍" was read as denying 冲洗
    judgement, note = judged(
        CAFE, "无糖饮品前要把搅拌杯冲洗一遍。无糖饮品下午2点到5点制作，这时不用糖浆。"
    )
    assert "有误（答成：一遍，要点为三遍）" in note, note
    assert "有误（答成：5点" in note, note
    assert "说法与要点相反" not in note and "denies" not in judgement.reason
    judgement, note = judged(
        CAFE, "无糖饮品前要把搅拌杯冲洗三遍；无糖饮品只在下午2点到4点制作，这时不用糖浆。"
    )
    assert judgement.ratio == 1, judgement.reason


def test_a_rule_waived_is_reversed_not_missing() -> None:
    groomer = "The groomer must check the dog's vaccination card before every bath"
    judgement = judge_point(groomer, "The vaccination card check can be skipped for regular dogs")
    assert judgement.verdict == "contradicted", judgement.reason
    assert "not required" in judgement.reason
    zh = judge_point("美容师每次洗澡前必须查看狗狗的疫苗证", "美容师给狗狗洗澡前可以跳过疫苗证查看")
    assert zh.verdict == "contradicted", zh.reason
    kept = judge_point("美容师每次洗澡前必须查看狗狗的疫苗证", "美容师给狗狗洗澡前必须查看疫苗证")
    assert kept.verdict == "credited", kept.reason


def test_a_limit_said_not_to_exist_is_reversed_not_missing() -> None:
    deposit = _item("押金怎么收？", "押金最低收取200元，不足200元的按200元收取")
    judgement, note = judged(deposit, "押金没有最低标准。")
    assert judgement.ratio == 0
    assert "有误（说法与要点相反）" in note and "未答到" not in note, note
    assert "no limit" in judgement.reason
    english = judge_point(
        "The deposit for a bike is at least 50 dollars", "There is no minimum deposit for a bike"
    )
    assert english.verdict == "contradicted", english.reason


def test_a_fee_said_not_to_be_charged_is_reversed_not_partial() -> None:
    fee = "提前24小时取消预约，收取订单金额10%的手续费"
    judgement = judge_point(fee, "提前24小时取消预约不收手续费")
    assert judgement.verdict == "contradicted", judgement.reason
    assert judge_point(fee, "提前24小时取消预约要收订单金额10%的手续费").verdict == "credited"


def test_a_permission_up_to_the_ceiling_is_the_rule_not_its_flip() -> None:
    sauna = "Children must not stay in the sauna for more than 10 minutes"
    kept = judge_point(sauna, "Children can stay in the sauna for 10 minutes at most")
    assert kept.verdict == "credited", kept.reason
    flipped = judge_point(sauna, "Children can stay in the sauna for more than 10 minutes")
    assert flipped.verdict == "contradicted", flipped.reason
    zh = "儿童在桑拿房内停留不得超过10分钟"
    assert judge_point(zh, "儿童在桑拿房内可以停留10分钟以内").verdict == "credited"
    assert judge_point(zh, "儿童在桑拿房内可以停留超过10分钟").verdict == "contradicted"


def test_the_business_paying_what_the_customer_pays_is_the_point_told_wrong() -> None:
    fuel = "If the car is returned with less fuel, the customer pays the refuelling charge"
    swapped = judge_point(
        fuel, "If the car comes back with less fuel, the rental company pays the refuelling charge"
    )
    assert swapped.verdict == "contradicted", swapped.reason
    assert "says company where the point says customer" in swapped.reason
    named = judge_point(fuel, "If the car comes back with less fuel, Roadstar pays the charge")
    assert named.verdict == "contradicted", named.reason
    kept = judge_point(
        fuel, "If the car comes back with less fuel, the customer pays the refuelling charge"
    )
    assert kept.verdict == "credited", kept.reason
    zh = "车辆归还时油量不足的，加油费由顾客承担"
    rental = _item("还车时油量不足怎么办？", zh)
    judgement, note = judged(rental, "还车时油量不够的，加油费由公司承担。")
    assert judgement.ratio == 0 and "有误（答成：公司，要点为顾客）" in note, note
    assert judge_point(zh, "还车时油量不够的，加油费由顾客承担").verdict == "credited"


def test_an_act_said_object_first_with_ba_is_the_act() -> None:
    # 发卡 said as 把房卡发给客人 (object before the verb) was read as missing
    hotel = _item("给客人发房卡前要做什么？", "前台须核对证件后再发卡")
    judgement, note = judged(hotel, "前台核对证件后，把房卡发给客人。")
    assert judgement.ratio == 1, judgement.reason
    assert "发卡" in judgement.reason
    judgement, note = judged(hotel, "先把房卡发给客人，再核对证件。")
    assert judgement.ratio == 0
    assert "有误（答成：先把房卡发给客人，再核对证件）" in note, note


def test_a_terse_answer_with_another_figure_is_a_wrong_figure_not_missing() -> None:
    # "Patch test 24 hours before" for "… a skin patch test at least 48 hours before …" was missing
    pool = (
        "The lifeguard must test the pool chlorine at least every 2 hours and write the reading"
        " in the pool log. A reading below 1 ppm closes the pool"
    )
    judgement = judge_point(
        pool, "Chlorine test every 4 hours.", stem="What must the lifeguard do?"
    )
    assert judgement.verdict == "contradicted" and judgement.wrong_figure, judgement.reason
    minibar = (
        "前台必须在客人退房前至少2小时确认迷你吧消费，并在账单上注明。客人有异议的，由值班经理处理"
    )
    judgement = judge_point(minibar, "迷你吧消费退房前30分钟确认。", stem="前台在退房时要做什么？")
    assert judgement.verdict == "contradicted" and judgement.wrong_figure, judgement.reason
    assert "30 minutes" in judgement.reason


def test_the_customer_paying_what_the_point_refunds_is_the_point_told_wrong() -> None:
    gym = [
        "A membership cancelled within 7 days is free",
        "If the member cancels after 7 days, the member pays a 20 dollar fee",
        "If the club closes for a month, the fee for that month is refunded",
    ]
    stem = "What happens to the fees when a membership is cancelled or the club closes?"

    def verdicts(answer: str) -> list[str]:
        return [
            judge_point(p, answer, others=[o for o in gym if o != p], stem=stem).verdict
            for p in gym
        ]

    swapped = "Cancelling within 7 days is free; after 7 days, Pulse Fitness pays a 20 dollar fee; if the club closes for a month, the member pays the fee for that month."
    assert verdicts(swapped) == ["credited", "contradicted", "contradicted"]
    right = "Cancelling within 7 days is free; after 7 days, the member pays a 20 dollar fee; if the club closes for a month, that month's fee is refunded."
    assert verdicts(right) == ["credited", "credited", "credited"]
