"""The help flow's one node: answer from the content library, or let a model answer freely.

Offline, the answer is composed from what is really there: the flows, every course and scenario
by title and id, and example messages that would start each flow, in the learner's language. With
a model configured, the same catalogue is the model's context and it answers the question freely.
"""

from __future__ import annotations

import re
from typing import Any

from langchain_core.messages import HumanMessage, SystemMessage
from langgraph.runtime import Runtime

from graphs.context import FlowContext
from graphs.courses import Course
from graphs.help.state import HelpState
from graphs.library import ContentLibrary
from graphs.llm import stream_text
from graphs.scenarios import Scenario
from graphs.streaming import report_progress, stream_token

_CJK = re.compile(r"[\u4e00-\u9fff]")

CAPABILITIES = {
    "zh": [
        "出题：根据课程或你贴的材料生成试卷（单选、多选、判断、填空、简答，可指定数量和难度）",
        "批改：给你的答案打分并说明对错和原因",
        "对练：我扮演客户和你进行情景对话，逐轮点评，结束时给出评分报告",
    ],
    "en": [
        "Exams: generate questions from a course or material you paste (single choice, multiple "
        "choice, true/false, fill in the blank, short answer; say how many and how hard)",
        "Grading: score your answers and explain what was right or wrong",
        "Practice: I play a customer in a role-play, comment on each turn, and end with a scored report",
    ],
}


def detect_language(text: str) -> str:
    """zh when the question holds Chinese (or is empty: Chinese is the product's first language)."""
    return "zh" if not text.strip() or _CJK.search(text) else "en"


def catalogue(library: ContentLibrary, language: str) -> list[str]:
    """The help text's lines: capabilities, courses, scenarios and example messages."""
    courses = sorted(library.all(Course), key=lambda c: c.id)
    scenarios = sorted(library.all(Scenario), key=lambda s: s.id)
    zh = language == "zh"
    lines = ["我可以帮你：" if zh else "Here is what I can do:"]
    lines += [f"- {item}" for item in CAPABILITIES[language]]
    lines.append("")
    lines.append("课程：" if zh else "Courses:")
    lines += [f"- {c.title}（{c.id}）" if zh else f"- {c.title} ({c.id})" for c in courses] or [
        "- （暂无课程）" if zh else "- (no courses yet)"
    ]
    lines.append("练习场景：" if zh else "Practice scenarios:")
    lines += [f"- {s.title}（{s.id}）" if zh else f"- {s.title} ({s.id})" for s in scenarios] or [
        "- （暂无场景）" if zh else "- (no scenarios yet)"
    ]
    lines.append("")
    lines.append("可以这样说：" if zh else "Try saying:")
    course = (
        courses[0].aliases[0]
        if courses and courses[0].aliases
        else (courses[0].title if courses else "")
    )
    scenario = (
        scenarios[0].aliases[0]
        if scenarios and scenarios[0].aliases
        else (scenarios[0].title if scenarios else "")
    )
    if zh:
        lines.append(
            f"- 「根据{course}出10道单选题，难度中等」"
            if course
            else "- 「出10道单选题：<贴上材料>」"
        )
        lines.append(f"- 「开始{scenario}练习」" if scenario else "- 「开始练习」")
        lines.append("- 「帮我批改：1.A 2.C 3.对」")
        lines.append("- 练习中随时说「结束练习」查看报告")
    else:
        lines.append(
            f'- "10 single choice questions on {course}, medium difficulty"'
            if course
            else '- "10 single choice questions: <paste material>"'
        )
        lines.append(f'- "start a {scenario} practice"' if scenario else '- "start a practice"')
        lines.append('- "grade my answers: 1.A 2.C 3.true"')
        lines.append('- say "end practice" at any time during a practice to get your report')
    return lines


async def answer(state: HelpState, runtime: Runtime[FlowContext]) -> dict[str, Any]:
    """Answer the learner's question about the system, streamed."""
    context = runtime.context
    question = state.get("question", "")
    language = detect_language(question)
    lines = catalogue(context.library, language)
    report_progress(10, "composing the answer")
    if context.offline:
        for line in lines:
            stream_token(line + "\n")
        text = "\n".join(lines)
    else:
        system = (
            "You are the assistant of a staff-training app. Answer the learner's question about "
            "what the app can do, briefly, in the learner's language, using only these facts:\n"
            + "\n".join(lines)
        )
        text = await stream_text(
            context.models, [SystemMessage(system), HumanMessage(question or "What can you do?")]
        )
    report_progress(100, "answered")
    return {"answer": text, "language": language}
