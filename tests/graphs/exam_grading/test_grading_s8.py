"""Session 8 grading faults, each on examples nobody tuned on (a gym's membership rules, a kayak
hire, a café's refunds): a keyword list holding one verb, a contradicted point's note on both
judges' paths, an order rule done the other way round, 一半/half as 50% and 一成不变 as no share,
a wrong unit said as such, "at least 17" told of a person.
"""

from __future__ import annotations

from graphs.exam_grading.judges import ModelPointVerdict, from_points
from graphs.exam_grading.keyword_lists import is_keyword_list
from graphs.exam_grading.objective import result
from graphs.exams import Question
from graphs.text.quantities import Quantity, quantities_of
from tests.support.grading import judged

GYM_POINTS = [
    "会员冻结须提前3天向前台提交书面申请",
    "每张会员卡每年最多冻结2次",
    "退卡须经店长签字同意后才能办理",
]
GYM = Question(
    number=1,
    type="short_answer",
    score=6,
    stem="会员想冻结或退掉会员卡时，有哪些规定？",
    answer=["；".join(GYM_POINTS) + "。"],
    source_quote="；".join(GYM_POINTS) + "。",
    scoring_points=GYM_POINTS,
)
KAYAK = Question(
    number=2,
    type="short_answer",
    score=6,
    stem="Who may hire a kayak, and what must they do first?",
    answer=["Renters must be at least 16 years old and sign the safety waiver."],
    source_quote="Renters must be at least 16 years old and sign the safety waiver.",
    scoring_points=["Renters must be at least 16 years old and sign the safety waiver"],
)


def _fill(stem: str, key: str) -> Question:
    return Question(
        number=3, type="fill_blank", score=2, stem=stem, answer=[key], source_quote=stem
    )


def test_a_list_of_terms_with_one_verb_among_them_is_a_keyword_list() -> None:
    judgement, note = judged(GYM, "前台提交申请 3天 2次 店长")
    assert judgement.ratio <= 0.2
    assert "只列出关键词" in note and "要点全部答到" not in note
    # every entry a verb with its object, or a term with its figure: terse statements
    assert not is_keyword_list("提交书面申请，每年冻结2次，店长签字后退卡", "zh")
    assert not is_keyword_list("镜片6个月，镜架12个月", "zh")
    assert is_keyword_list("call customer, 50 dollars, written quote", "en")


def test_an_order_rule_done_the_other_way_round_is_contradicted_not_missing() -> None:
    for answer in ("退卡可以先办理，之后再补店长签字", "可以先办理退卡再找店长签字"):
        _, note = judged(GYM, answer)
        assert f"有误（答成：{answer}）：退卡须经店长签字同意后才能办理" in note, note
        assert "未答到：退卡须经店长签字同意后才能办理" not in note
    _, note = judged(GYM, "店长签字同意后才能退卡，不能先退卡")
    assert "已答到：退卡须经店长签字同意后才能办理" in note


def test_a_wrong_figure_where_the_points_action_stands_is_noted_as_given() -> None:
    _, note = judged(GYM, "冻结要提前5天申请")
    assert "有误（答成：5天，要点为3天）" in note


def test_a_wrong_unit_is_called_a_wrong_unit() -> None:
    answer = "冻结须提前3小时向前台提交书面申请，每年最多冻结2次，店长签字同意后才能退卡"
    judgement, note = judged(GYM, answer)
    assert "单位错误" in note and "wrong unit" in judgement.reason
    blank = _fill("积分须在____内兑换。", "30天")
    wrong_unit, _ = judged(blank, "30周")
    other_figure, _ = judged(blank, "20天")
    assert wrong_unit.ratio == other_figure.ratio == 0
    assert "the wrong unit" in wrong_unit.reason and "a different figure" in other_figure.reason


def test_a_model_judges_contradicted_point_is_noted_as_contradicted() -> None:
    answer = "冻结须提前3天向前台提交书面申请；每年最多冻结2次；退卡时店长签不签字都可以。"
    verdicts = [
        ModelPointVerdict(point=GYM_POINTS[0], verdict="credited", reason="stated"),
        ModelPointVerdict(point=GYM_POINTS[1], verdict="missing", reason="not stated"),
        ModelPointVerdict(point=GYM_POINTS[2], verdict="contradicted", reason="签不签都可以"),
    ]
    judgement = from_points(GYM, verdicts, answer)
    note = result(
        GYM,
        [answer],
        6,
        judgement.ratio,
        judgement.reason,
        missed=judgement.missed,
        notes=judgement.notes,
    )["review"]
    assert "(3) 有误" in note and "(2) 未答到" in note and "(1) 已答到" in note
    figure = [ModelPointVerdict(point=p, verdict="contradicted", reason="x") for p in GYM_POINTS]
    judgement = from_points(GYM, figure, "冻结须提前5天向前台提交书面申请")
    assert judgement.notes[0].rival is not None  # the figure the learner gave, for the note


def test_a_half_is_fifty_percent_and_an_idiom_is_no_share() -> None:
    fifty = [Quantity(50.0, "percent", "percent")]
    assert quantities_of("按规定退一半押金") == fifty
    assert quantities_of("we refund half the deposit") == fifty
    assert quantities_of("退五成押金") == fifty
    assert quantities_of("价格一成不变") == [] and quantities_of("控制成本") == []
    assert quantities_of("half an hour") == [Quantity(0.5, "hour", "duration")]
    blank = _fill("取消预订可退还押金的____。", "50%")
    for answer in ("一半", "half", "五成"):
        assert judged(blank, answer)[0].ratio == 1, answer
    assert judged(_fill("会员折扣为____。", "10%"), "一成不变")[0].ratio == 0


def test_at_least_a_number_told_of_a_person_is_their_age() -> None:
    right, _ = judged(KAYAK, "Renters must be at least 16 and sign the safety waiver.")
    wrong, note = judged(KAYAK, "Renters must be at least 18 and sign the safety waiver.")
    assert right.ratio == 1
    assert wrong.ratio == 0 and "you gave: 18 years" in note


def test_a_bare_word_a_point_forbids_is_listed_not_contradicted() -> None:
    points = ["会员储值余额不得提现", "储值卡有效期为2年", "挂失须本人持身份证到前台办理"]
    card = Question(
        number=4,
        type="short_answer",
        score=6,
        stem="储值卡有哪些规定？",
        answer=["；".join(points) + "。"],
        source_quote="；".join(points) + "。",
        scoring_points=points,
    )
    judgement, note = judged(card, "余额 提现 2年 身份证")
    assert judgement.ratio <= 0.2
    assert "有误" not in note and "只列出关键词，未写成完整说法：会员储值余额不得提现" in note
    _, note = judged(card, "余额可以提现，有效期2年，挂失本人带身份证去前台办理")
    assert "有误（答成：余额可以提现）：会员储值余额不得提现" in note
