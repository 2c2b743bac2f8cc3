"""Every objective answer that loses marks says why, and the report states how a multiple choice
is marked (session 21 end teacher T14: "20" for D 20升 got 0 and "D. 20℃" for D 15℃ got 0, each with
only the key beside it; designer D14: "half credit for a missing option; I mark MC all-or-nothing.
Nothing in the exam tells the learner/trainer this policy in advance").

A choice answered with its option's figure alone is that option where no other option has the
figure, and the note says it was marked so; a letter with another option's text, or none, says
the two disagree; a figure of several options, a key that is no option, a wrong option, two keys
on a single choice and a multiple choice's missed or wrong keys each say so (choice_notes.py). The
grading flow takes `multiple_choice` ("partial", the default, or "all_or_nothing") and its report
states it above the questions (grading_policy.py). Own trades: a planetarium (天文馆, zh), a
glassblowing studio (en)."""

from __future__ import annotations

from typing import Any

import pytest
from langgraph.checkpoint.memory import InMemorySaver

from graphs.context import FlowContext
from graphs.exam_grading.build import FLOW
from graphs.exams import Exam, Language, Option, Question


def _choice(number: int, stem: str, options: list[str], key: list[str], **kind: Any) -> Question:
    return Question(
        number=number,
        type=kind.get("type", "single_choice"),
        stem=stem,
        options=[Option(key=k, text=t) for k, t in zip("ABCD", options, strict=False)],
        answer=key,
        source_quote=kind.get("quote", stem),
        score=2,
    )


SHOW = _choice(1, "天象厅每场演出时长为（    ）。", ["30分钟", "40分钟", "45分钟", "50分钟"], ["C"])
TWO_UNITS = _choice(2, "望远镜观测前须预冷（    ）。", ["45分钟", "45秒", "10分钟", "2小时"], ["A"])
OPEN_DAYS = _choice(
    3,
    "以下哪些是天文馆的开放日（多选）？",
    ["周二", "周三", "周四", "周一"],
    ["A", "B", "C"],
    type="multiple_choice",
    quote="天文馆周二至周四开放，周一闭馆。",
)
DOME = Question(
    number=4,
    type="true_false",
    stem="判断：观众可以在球幕厅内使用闪光灯。",
    answer=["false"],
    score=1,
)
COMMISSION = _choice(
    1,
    "The studio manager approves all commissions over (    ).",
    ["300 pounds", "500 pounds", "400 pounds", "600 pounds"],
    ["B"],
)
RACKED = Question(
    number=2,
    type="true_false",
    stem="True or false: the pipes may be left on the bench overnight.",
    answer=["false"],
    score=1,
)


async def _report(
    questions: list[Question],
    answers: dict[str, Any],
    context: FlowContext,
    language: Language,
    **policy: str,
) -> dict[str, Any]:
    exam = Exam(
        title="天文馆测验" if language == "zh" else "Studio quiz",
        language=language,
        questions=questions,
        total_score=sum(q.score for q in questions),
        answer_key={str(q.number): q.answer for q in questions},
    )
    graph = FLOW.build().compile(checkpointer=InMemorySaver())
    state = await graph.ainvoke(
        {"exam": exam.model_dump(mode="json"), "answers": answers, **policy},
        {"configurable": {"thread_id": "s22-choices"}},
        context=context,
    )
    report: dict[str, Any] = state["report"]
    return report


def _notes(report: dict[str, Any]) -> dict[int, tuple[float, str]]:
    return {r["number"]: (r["score"], r["review"]) for r in report["questions"]}


@pytest.mark.parametrize(
    ("question", "said", "score", "reason"),
    [
        # the right option's figure alone, no other option has it: that option, and said so
        (SHOW, "45", 2, "只写了数字，按选项C计分"),
        (SHOW, "45分钟", 2, "回答正确"),  # its whole text: no word about it needed
        # a letter and a text that disagree: which option each is
        (SHOW, "A. 45分钟", 0, "字母A是“30分钟”，写的“45分钟”是选项C的内容"),
        (SHOW, "C. 60分钟", 0, "写的“60分钟”不是任何选项的内容"),
        (TWO_UNITS, "45", 0, "“45”是选项A、B共有的数字"),
        (SHOW, "E", 0, "不是本题的选项，本题选项为A、B、C、D"),
        (SHOW, "B", 0, "B 40分钟（错选）"),
        (SHOW, "BC", 0, "单选题只能选一项"),
        (OPEN_DAYS, "AB", 1, "（漏选：C，少选得一半分）"),
        (OPEN_DAYS, "ABD", 0, "（错选：D，有错选不得分）"),
        (DOME, "也许吧", 0, "没有写对或错"),
    ],
)
async def test_a_choice_that_loses_marks_says_why_in_chinese(
    offline_context: FlowContext, question: Question, said: str, score: float, reason: str
) -> None:
    report = await _report([question], {str(question.number): said}, offline_context, "zh")
    got, note = _notes(report)[question.number]
    assert got == score, note
    assert reason in note, note


@pytest.mark.parametrize(
    ("question", "said", "score", "reason"),
    [
        (COMMISSION, "500", 2, "option B's figure alone, marked as B"),
        (COMMISSION, "A. 500 pounds", 0, "letter A is '300 pounds', but '500 pounds' is option B"),
        (COMMISSION, "D", 0, "D 600 pounds (a wrong option)"),
        (RACKED, "maybe", 0, "says neither true nor false"),
    ],
)
async def test_a_choice_that_loses_marks_says_why_in_english(
    offline_context: FlowContext, question: Question, said: str, score: float, reason: str
) -> None:
    report = await _report([question], {str(question.number): said}, offline_context, "en")
    got, note = _notes(report)[question.number]
    assert got == score, note
    assert reason in note, note


async def test_the_report_states_the_multiple_choice_policy_and_follows_it(
    offline_context: FlowContext,
) -> None:
    paper = {"1": "C", "3": "AB"}
    default = await _report([SHOW, OPEN_DAYS], paper, offline_context, "zh")
    assert default["scoring_rules"] == [
        "多选题：全部选对得满分；少选且无错选得一半分；有错选不得分。"
    ]
    assert _notes(default)[3][0] == 1  # half of its 2
    strict = await _report(
        [SHOW, OPEN_DAYS], paper, offline_context, "zh", multiple_choice="all_or_nothing"
    )
    assert strict["scoring_rules"] == ["多选题：须全部选对、且不选错，才得分；少选或错选均不得分。"]
    score, note = _notes(strict)[3]
    assert score == 0 and "漏选：C，须全部选对才得分" in note, note
    assert _notes(strict)[1][0] == 2  # a single choice is marked as before
    no_multiple = await _report([SHOW, DOME], {"1": "C"}, offline_context, "zh")
    assert no_multiple["scoring_rules"] == []  # a rule for no question of the paper is noise
