"""The exam_grading flow end to end on the offline engine: every question type, partial credit,
unanswered questions, input errors, the report and its progress events."""

from __future__ import annotations

from typing import Any

import pytest
from langgraph.checkpoint.memory import InMemorySaver

from graphs.context import FlowContext
from graphs.errors import InvalidInput
from graphs.exam_grading.answers import normalise_answer
from graphs.exam_grading.blank_frame import bound_beside_blank
from graphs.exam_grading.build import FLOW
from graphs.exam_grading.figures import figures_of
from graphs.exam_grading.judges import ModelVerdict, checked, judge_blanks, judge_short_answer
from graphs.exam_grading.keyword_lists import is_keyword_list
from graphs.exam_grading.matching import match_blank
from graphs.exam_grading.objective import review_note
from graphs.exam_grading.scoring_points import judge_point
from graphs.exam_grading.vocabulary import parse_vocabulary
from graphs.exams import Exam, Language, Option, Question


def exam() -> Exam:
    """A small exam with every question type, as exam_generation would assemble it."""
    options = [
        Option(key="A", text="3980 元"),
        Option(key="B", text="2980 元"),
        Option(key="C", text="60 天"),
        Option(key="D", text="每天营业到 11 点"),
    ]
    questions = [
        Question(
            number=1,
            type="single_choice",
            stem="年卡多少钱？",
            options=options,
            answer=["A"],
            knowledge_point="价格",
            score=2,
        ),
        Question(
            number=2,
            type="multiple_choice",
            stem="年卡包含哪些权益？",
            options=options,
            answer=["C", "D"],
            knowledge_point="会籍权益",
            score=4,
        ),
        Question(
            number=3,
            type="true_false",
            stem="年卡不能冻结。",
            answer=["false"],
            knowledge_point="冻结",
            score=1,
        ),
        Question(
            number=4,
            type="fill_blank",
            stem="年卡每年可冻结____天，可分____期免息。",
            answer=["60", "12"],
            knowledge_point="冻结",
            source_quote="年卡每年可冻结60天，可分12期免息。",
            score=2,
        ),
        Question(
            number=5,
            type="fill_blank",
            stem="The club is open until ____.",
            answer=["eleven pm"],
            knowledge_point="opening hours",
            score=2,
        ),
        Question(
            number=6,
            type="short_answer",
            stem="客户嫌年卡太贵，应该怎么回应？",
            answer=["先认同客户的顾虑，再把价格拆分到每天，最后提供分期免息或先体验的方案。"],
            scoring_points=["认同客户的价格顾虑", "把价格拆分到每天", "提供分期免息方案"],
            knowledge_point="价格异议",
            score=6,
        ),
    ]
    return Exam(
        title="会籍顾问测验",
        language="zh",
        questions=questions,
        total_score=17,
        answer_key={str(q.number): q.answer for q in questions},
    )


async def grade(context: FlowContext, answers: Any, *, thread: str = "t") -> dict[str, Any]:
    """Run the compiled flow as the runtime does and return its report."""
    graph = FLOW.build().compile(checkpointer=InMemorySaver())
    state = await graph.ainvoke(
        {"exam": exam().model_dump(mode="json"), "answers": answers},
        {"configurable": {"thread_id": thread}},
        context=context,
    )
    return state["report"]


def by_number(report: dict[str, Any]) -> dict[int, dict[str, Any]]:
    return {r["number"]: r for r in report["questions"]}


async def test_a_perfect_paper_scores_full_marks(offline_context: FlowContext) -> None:
    answers = {
        "1": "a",
        "2": "D, C",
        "3": "错",
        "4": ["６０", "12"],  # full-width digits
        "5": "Eleven PM.",
        "6": "我理解您对价格的顾虑。其实算下来每天只要十块钱，而且可以分期免息。",
    }
    report = await grade(offline_context, answers)
    assert report["total"] == report["max_total"] == 17
    assert report["percentage"] == 100.0
    assert all(r["verdict"] == "correct" for r in report["questions"])
    assert report["retest"] == [] and report["review_knowledge_points"] == []


async def test_partial_credit_and_unanswered(offline_context: FlowContext) -> None:
    answers = {
        "1": "B",  # wrong
        "2": ["C"],  # a correct subset: half
        "3": True,  # wrong
        "4": "60；15",  # one blank of two
        # 5 missing: unanswered
        "6": "先认同客户的价格顾虑，然后介绍我们的教练。",  # one scoring point of three
    }
    results = by_number(await grade(offline_context, answers))
    assert (results[1]["verdict"], results[1]["score"]) == ("wrong", 0)
    assert (results[2]["verdict"], results[2]["score"]) == ("partial", 2.0)
    assert "missed D" in results[2]["reason"]
    assert (results[3]["verdict"], results[3]["score"]) == ("wrong", 0)
    assert (results[4]["verdict"], results[4]["score"]) == ("partial", 1.0)
    assert results[5]["verdict"] == "unanswered"
    assert results[5]["reason"] == "unanswered" and results[5]["score"] == 0
    assert results[5]["correct_answer"] == ["eleven pm"]
    assert results[6]["verdict"] == "partial"
    assert results[6]["score"] == pytest.approx(2.0)
    assert "把价格拆分到每天" in results[6]["reason"]


async def test_any_wrong_option_voids_a_multiple_choice(offline_context: FlowContext) -> None:
    results = by_number(await grade(offline_context, {"2": "ACD"}))
    assert (results[2]["verdict"], results[2]["score"]) == ("wrong", 0)
    assert "A is not correct" in results[2]["reason"]


async def test_report_lists_what_to_review_and_retest(offline_context: FlowContext) -> None:
    report = await grade(offline_context, ["A", "CD", "F", ["60", "12"]])  # a list, in order
    assert report["retest"] == [5, 6]  # unanswered ones are retested too
    assert report["review_knowledge_points"] == ["opening hours", "价格异议"]
    assert report["counts"] == {"correct": 4, "partial": 0, "wrong": 0, "unanswered": 2}
    assert report["total"] == 9 and report["percentage"] == round(100 * 9 / 17, 1)


async def test_fill_in_tolerates_a_typo_but_not_a_different_answer(
    offline_context: FlowContext,
) -> None:
    near = by_number(await grade(offline_context, {"5": "elevn pm"}))
    far = by_number(await grade(offline_context, {"5": "ten am"}))
    assert near[5]["verdict"] == "correct"
    assert far[5]["verdict"] == "wrong"


async def test_a_short_answer_that_misses_every_point_scores_zero(
    offline_context: FlowContext,
) -> None:
    results = by_number(await grade(offline_context, {"6": "请客户下次再来。"}))
    assert (results[6]["verdict"], results[6]["score"]) == ("wrong", 0)


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ({"7": "A"}, "no question numbered 7"),
        ({"1": {"key": "A"}}, "expected text or a list of text"),
        ({"4": ["60", "12", "3"]}, "got 3 answers for 2 blank(s)"),
        (["A", "B", "T", "1", "2", "3", "4"], "got 7 answers for an exam of 6"),
        ("A", "must be a mapping"),
    ],
)
async def test_bad_answers_are_rejected_with_the_question_named(
    offline_context: FlowContext, answers: Any, message: str
) -> None:
    with pytest.raises(InvalidInput, match=message.replace("(", r"\(").replace(")", r"\)")):
        await grade(offline_context, answers)


async def test_a_malformed_exam_is_rejected(offline_context: FlowContext) -> None:
    graph = FLOW.build().compile()
    with pytest.raises(InvalidInput, match="exam: questions"):
        await graph.ainvoke(
            {"exam": {"title": "x", "language": "zh"}, "answers": {}}, context=offline_context
        )


async def test_progress_is_reported_and_judging_fans_out(offline_context: FlowContext) -> None:
    graph = FLOW.build().compile()
    progress: list[tuple[str, int]] = []
    judged = 0
    mode: str
    data: Any
    async for mode, data in graph.astream(
        {"exam": exam().model_dump(mode="json"), "answers": {"4": "60;12", "5": "x", "6": "分期"}},
        context=offline_context,
        stream_mode=["custom", "updates"],
    ):
        if mode == "custom" and data["kind"] == "progress":
            progress.append((data["node"], data["progress"]))
        elif mode == "updates" and "judge_answer" in data:
            judged += 1
    assert judged == 3  # one branch per answered fill-in or short answer
    assert progress[0] == ("check_input", 10) and progress[-1] == ("write_report", 100)


def test_a_model_verdict_is_clamped_and_made_consistent() -> None:
    assert checked(ModelVerdict(correct=True, score_ratio=1.7, reason="ok")).ratio == 1.0
    assert checked(ModelVerdict(correct=False, score_ratio=-2, reason="no")).ratio == 0.0
    assert checked(ModelVerdict(correct=True, score_ratio=0, reason="")).ratio == 1.0
    assert checked(ModelVerdict(correct=False, score_ratio=1, reason="x")).ratio == 0.5
    assert checked(ModelVerdict(correct=False, score_ratio=0.3, reason=" ")).reason == (
        "the model gave no reason"
    )


def test_flow_spec() -> None:
    assert FLOW.name == "exam_grading"
    schema = FLOW.input_model.model_json_schema() if FLOW.input_model else {}
    assert set(schema["required"]) == {"exam", "answers"}


async def test_a_second_run_on_the_same_thread_starts_over(offline_context: FlowContext) -> None:
    graph = FLOW.build().compile(checkpointer=InMemorySaver())
    config: Any = {"configurable": {"thread_id": "same"}}
    payload = {"exam": exam().model_dump(mode="json"), "answers": {"1": "A", "6": "分期免息"}}
    first = await graph.ainvoke(payload, config, context=offline_context)
    second = await graph.ainvoke(
        {**payload, "answers": {"1": "B"}}, config, context=offline_context
    )
    assert len(first["report"]["questions"]) == len(second["report"]["questions"]) == 6
    assert first["report"]["total"] > 0 and second["report"]["total"] == 0


async def test_missed_items_quote_their_source_and_answer(offline_context: FlowContext) -> None:
    report = await grade(offline_context, {"1": "B", "4": "60、120", "5": "eleven pm"})
    results = by_number(report)
    assert results[4]["review"] == (
        "原文：年卡每年可冻结60天，可分12期免息；你的答案：60；120（第2空：数字不对）；正确答案：60；12"
    )
    assert results[1]["review"].endswith("正确答案：A 3980 元")  # no source quote: no 原文
    assert not results[1]["review"].startswith("原文")
    assert results[5]["review"] == "Correct: eleven pm"  # right: said briefly, in its language
    noted = {entry["number"]: entry["note"] for entry in report["review"]}
    assert noted[4] == results[4]["review"] and 5 not in noted  # only what to review


async def test_every_note_is_in_the_exams_language(offline_context: FlowContext) -> None:
    report = await grade(offline_context, {"1": "A", "3": "对", "6": "认同客户的价格顾虑"})
    results = by_number(report)
    assert results[1]["review"] == "回答正确：A 3980 元"
    assert results[3]["review"] == "你的答案：对；正确答案：错"  # not true/false in a Chinese exam
    assert "未答到：把价格拆分到每天" in results[6]["review"]
    assert results[2]["review"] == "正确答案：C 60 天；D 每天营业到 11 点"  # unanswered


async def test_a_true_false_key_written_in_words_is_read(offline_context: FlowContext) -> None:
    written = exam().model_copy(deep=True)
    written.questions[2].answer = ["错"]
    graph = FLOW.build().compile(checkpointer=InMemorySaver())
    state = await graph.ainvoke(
        {"exam": written.model_dump(mode="json"), "answers": {"3": "F"}},
        {"configurable": {"thread_id": "tf-words"}},
        context=offline_context,
    )
    assert by_number(state["report"])[3]["score"] == 1


def test_a_wrong_figure_is_shown_as_written() -> None:
    question = Question(
        type="fill_blank",
        stem="每位顾客可领取____眼镜布，上限____。",
        answer=["3副", "200元"],
        score=2,
    )
    reason = judge_blanks(question, ["200元", "3副"]).reason
    assert "'3副' is not '200元'" in reason  # the learner's unit kept, not '3'


async def test_a_figure_close_to_the_key_is_wrong(offline_context: FlowContext) -> None:
    results = by_number(await grade(offline_context, {"4": "600, 12", "5": "ten pm"}))
    assert (results[4]["score"], results[5]["score"]) == (1.0, 0)
    assert "a different figure" in results[4]["reason"]


def test_a_malformed_vocabulary_names_the_file_and_entry() -> None:
    with pytest.raises(InvalidInput, match=r"extra.yaml: synonyms\[1\] must be a list of two"):
        parse_vocabulary({"synonyms": [["退款", "退钱"], ["顾客"]]}, "extra.yaml")
    with pytest.raises(InvalidInput, match=r"extra.yaml: antonyms\[0\] must be a pair"):
        parse_vocabulary({"antonyms": [["线上"]]}, "extra.yaml")


@pytest.mark.parametrize(
    ("given", "expected", "credit"),
    [
        ("3-5个工作日", "3至5个工作日", 1.0),  # a range joined by another word
        ("5个工作日", "3至5个工作日", 0.0),  # half a range
        ("一天两次", "每天2次", 1.0),  # 一天 is context, not a second count
        ("一天三次", "每天2次", 0.0),
        ("2小时以下", "2小时以上", 0.0),  # the figure is right, the bound is the opposite
        ("2小时或12小时", "2小时", 0.0),  # a guess between two figures
        ("elevn pm", "eleven pm", 1.0),  # a misspelt number word is still the number
        ("eleven", "11", 1.0),
        ("A型", "B型", 0.0),  # too short for a near miss
        ("不是2小时", "2小时", 0.0),  # a negated figure is not stated
        ("不超过2小时", "2小时", 1.0),  # a limit is
        ("authorised", "approved", 1.0),  # lemmas read through the synonym groups
        ("unapproved", "approved", 0.0),  # a negative prefix, however close the strings
        ("31 Jan", "31 January", 1.0),  # a month's abbreviation
        ("31 December", "31 January", 0.0),
    ],
)
def test_blank_matching_rules(given: str, expected: str, credit: float) -> None:
    assert match_blank(given, expected).credit == credit


@pytest.mark.parametrize(
    ("answer", "verdict"),
    [
        ("2小时内上报值班经理，样品保留14天。", "contradicted"),  # 14 days stands by the point
        ("样品保留一周。", "credited"),  # a week is 7 days
        ("样品要保留好。然后上报值班经理。最后，2小时内完成整改。", "partial"),  # 2h is elsewhere
        ("样品不用保留。", "contradicted"),
        ("上报值班经理。", "missing"),
        ("样品保留的不是7天，是14天。", "contradicted"),  # the 7 days are denied
    ],
)
def test_a_points_figure_is_read_where_its_terms_stand(answer: str, verdict: str) -> None:
    judgement = judge_point("样品保留7天", answer)
    assert judgement.verdict == verdict, judgement


@pytest.mark.parametrize(
    ("answer", "listed"),
    [
        ("封存 留样 上报 经理", True),
        ("伤情、安抚、120、事故报告", True),
        ("封存留样，上报经理", False),  # terse, but two statements
        ("apologise receipt refund manager", True),
        ("apologise, receipt, refund, manager", True),
        ("Apologise, check receipt, refund", False),  # short imperatives
        ("I would apologise and check the receipt.", False),
    ],
)
def test_a_bare_keyword_list_is_told_from_terse_statements(answer: str, listed: bool) -> None:
    assert is_keyword_list(answer) is listed


@pytest.mark.parametrize(
    ("answer", "points", "listed"),
    [
        (
            "key log, 08:00, site office",
            ["Sign the key log before 08:00", "Return keys to the site office"],
            True,
        ),
        ("key log, 08:00, site office", [], False),  # "key log" could be an imperative
        ("check receipt, refund", ["Check the receipt before a refund"], False),
        ("漏油 停机 警示标志 主管", ["发现设备漏油，须立即停机并设置警示标志"], True),
        ("封存留样，上报经理", ["立即下架并封存留样"], False),
        ("身份证件 代办人 财务室", [], True),  # 代办人: a verb with a noun suffix is a noun
    ],
)
def test_the_question_tells_a_listed_name_from_a_terse_statement(
    answer: str, points: list[str], listed: bool
) -> None:
    assert is_keyword_list(answer, None, points) is listed


@pytest.mark.parametrize(
    ("answer", "verdict"),
    [
        (
            "A day runs until 9:00 the next working day; weekend hire ends Monday at 10:00.",
            "contradicted",
        ),
        (
            "A day runs until 10:00 the next working day; weekend hire ends Monday at 10:00.",
            "credited",
        ),
        ("Weekend hire ends Monday at 10:00; a day runs until the next working day.", "partial"),
    ],
)
def test_a_figure_is_not_borrowed_from_another_points_clause(answer: str, verdict: str) -> None:
    judgement = judge_point(
        "A day runs from collection until 10:00 the next working day",
        answer,
        others=["Weekend hire starts Friday after 12:00 and ends Monday at 10:00"],
    )
    assert judgement.verdict == verdict, judgement


@pytest.mark.parametrize(
    ("stem", "key", "given", "credit"),
    [
        ("The annual fee is USD ____.", "99 dollars", "99", 1.0),
        ("入会费为人民币____。", "99元", "99", 1.0),
        ("入会费为人民币____。", "99元", "99美元", 0.0),
        ("押金为￥____。", "200元", "200", 1.0),
        ("The deposit is ____ in cash.", "£20", "20", 1.0),  # "deposit is" asks a sum
        ("The deposit covers ____ in cash.", "£20", "20", 0.5),  # no unit, no sum asked
    ],
)
def test_a_bare_number_takes_the_currency_printed_before_the_blank(
    stem: str, key: str, given: str, credit: float
) -> None:
    question = Question(
        number=1, type="fill_blank", stem=stem, answer=[key], source_quote=stem, score=2
    )
    assert judge_blanks(question, [given]).ratio == credit


def test_a_negation_does_not_run_into_the_next_sentence() -> None:
    point = "report a lost device to the IT desk within 1 hour"
    answer = "Never open customer data on public Wi-Fi. If a device is lost, tell the IT desk."
    assert judge_point(point, answer).verdict != "contradicted"


@pytest.mark.parametrize(
    ("given", "credit"), [("21", 1.0), ("9点", 1.0), ("晚上9点", 1.0), ("21:00", 1.0), ("10", 0.0)]
)
def test_an_hour_takes_the_half_day_printed_before_the_blank(given: str, credit: float) -> None:
    stem = "门店营业时间为每天上午9点至晚上____点。"
    question = Question(
        number=1, type="fill_blank", stem=stem, answer=["9"], source_quote=stem, score=2
    )
    assert judge_blanks(question, [given]).ratio == credit


@pytest.mark.parametrize("given", ["1-4", "1 to 4", "one and four", "1至4"])
def test_two_blanks_answered_as_a_range(given: str) -> None:
    stem = "The fridge must read between ____ and ____ degrees Celsius."
    question = Question(
        number=1, type="fill_blank", stem=stem, answer=["1", "4"], source_quote=stem, score=2
    )
    assert judge_blanks(question, normalise_answer(question, given)).ratio == 1.0


def test_a_copied_stem_or_a_question_back_states_nothing() -> None:
    stem = "员工患有腹泻或发热时应如何处理？"
    question = Question(
        number=1,
        type="short_answer",
        stem=stem,
        answer=["患有腹泻或发热的员工当天不得进入后厨。"],
        scoring_points=["患有腹泻或发热的员工当天不得进入后厨"],
        source_quote="患有腹泻或发热的员工当天不得进入后厨。",
        score=6,
    )
    assert judge_short_answer(question, stem).ratio == 0
    assert judge_short_answer(question, "员工患有腹泻或发热该怎么办？").ratio == 0
    assert judge_short_answer(question, stem + "当天不得进入后厨。").ratio == 1
    assert judge_short_answer(question, "患腹泻发热的员工当天不得进入后厨，对吗？").ratio == 1


def test_the_words_the_stem_prints_need_not_be_repeated() -> None:
    point = "Employees may not investigate an incident on their own"
    stem = "What may employees not do about a suspected incident?"
    answer = "Don't investigate it yourself."
    assert judge_point(point, answer).verdict == "missing"
    assert judge_point(point, answer, stem=stem).verdict == "credited"


def test_a_short_answers_note_names_the_points_missed() -> None:
    question = Question(
        number=1,
        type="short_answer",
        stem="热菜怎样保存？",
        answer=["热菜出锅后在常温下存放不得超过2小时；需要热保存的，保温温度须在60℃以上。"],
        scoring_points=["热菜出锅后在常温下存放不得超过2小时", "需要热保存的，保温温度须在60℃以上"],
        source_quote="热菜出锅后在常温下存放不得超过2小时；",
        score=6,
    )
    note = review_note(question, ["需要热保存的，保温温度须在60℃以上"])
    assert note == (
        "原文：热菜出锅后在常温下存放不得超过2小时；未答到的要点：需要热保存的，保温温度须在60℃以上；"
        "正确答案：热菜出锅后在常温下存放不得超过2小时；需要热保存的，保温温度须在60℃以上。"
    )


@pytest.mark.parametrize(
    ("answer", "verdict"),
    [
        (
            "if the fryer is over 190 °C for more than 5 min, switch it off and call the technician within 1 hour",
            "credited",
        ),
        (
            "if the fryer is over 190 °C for more than 5 min, switch it off and call the technician within 5 minutes",
            "contradicted",
        ),
    ],
)
def test_a_figure_of_the_point_is_no_wrong_value_for_its_other_figure(
    answer: str, verdict: str
) -> None:
    point = (
        "If the fryer reads above 190 °C for more than 5 minutes, it must be switched off and"
        " the technician called within 1 hour"
    )
    assert judge_point(point, answer).verdict == verdict


def test_a_range_states_its_point_though_another_point_shares_one_end() -> None:
    points = [
        "Dough must be proofed between 24 °C and 28 °C for the whole rise",
        "If the proofer reads above 28 °C for more than 20 minutes, the batch must be discarded",
    ]
    answer = "Between 24 and 28 °C; above 28 °C for 20 minutes: throw the batch away"
    assert judge_point(points[0], answer, others=points[1:]).verdict == "credited"


def test_a_missing_point_with_all_its_terms_says_what_it_lacks() -> None:
    points = ["收银台每天营业结束后清点现金，约需15分钟", "收银台现金差异超过50元时，须报告店长"]
    stem = "根据材料，把规定补充完整：（1）收银台每天营业结束后清点现金……（2）现金差异超过50元时……"
    judged = judge_point(points[0], "收银台差异超过50元，报告店长。", others=points[1:], stem=stem)
    assert judged.verdict == "missing"
    assert "only words the question or another point shares" in judged.reason


@pytest.mark.parametrize(
    ("stem", "given", "expected", "credit"),
    [
        ("Keep the signed delivery notes for ____.", "at least 7 years", "7 years", 1.0),
        ("Keep the signed delivery notes for ____.", "at most 7 years", "7 years", 0.0),
        ("监控录像至少保存____。", "30天以上", "30天", 1.0),
        ("Faulty items can be swapped for ____ after purchase.", "at least 7 days", "7 days", 0.5),
    ],
)
def test_a_retention_period_is_a_minimum(
    stem: str, given: str, expected: str, credit: float
) -> None:
    frame = bound_beside_blank(stem, 0)
    assert match_blank(given, expected, frame=frame).credit == credit


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("16:00", "16:00"),
        ("下午4点半", "16:30"),
        ("60 分钟", "60 minutes"),
        ("1 hour", "1 hour"),
        ("300 km", "300 km"),
        ("3 working days", "3 working days"),
        ("15%", "15%"),
        ("零下5℃", "-5 °C"),
        ("2000元", "2000 yuan"),
    ],
)
def test_a_reason_shows_a_figure_as_a_reader_writes_it(text: str, shown: str) -> None:
    language: Language = "en" if text.isascii() else "zh"
    assert [f.describe() for f in figures_of(text, language)] == [shown]


def test_a_reason_names_the_points_words_as_the_point_writes_them() -> None:
    judged = judge_point(
        "预约前一天 16:00 前，前台必须通过短信通知患者",
        "就诊前一天下午4点前发短信通知患者",
        language="zh",
    )
    assert judged.verdict == "credited"
    assert "前一天" in judged.reason and "通知" in judged.reason
    assert "前每天" not in judged.reason and "告知" not in judged.reason
