"""From a routing decision to a run: which graph, on which thread, with what input or resume.

The router decides; this module turns the decision into a `RunPlan` with what the thread already
holds (a paused practice, the exam generated earlier in the conversation). A decision that cannot
run yet (grading with no exam, a practice with no scenario) raises `InvalidRunInput` whose message
tells the learner what to send.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from langgraph.types import StateSnapshot

from routers.decision import INTENT_GRAPHS, PRACTICE_GRAPH, Decision, Intent, RouteContext
from runtime.errors import InvalidRunInput

END_PRACTICE: dict[str, Any] = {"action": "end"}
"""The resume value that ends a paused practice (whatever the scenario's quit words are)."""

EXAM_PARAMS = (
    "material",
    "course",
    "single_choice",
    "multiple_choice",
    "true_false",
    "fill_blank",
    "short_answer",
    "difficulty",
)

COURSE_REPLY_CHARS = 60
"""A reply to the material question up to this long that names a course means the course."""

ANSWER = re.compile(
    r"(?P<number>\d{1,3})\s*[.、:：)）-]?\s*(?P<answer>[A-Ha-h]{1,8}|对|错|√|×|true|false|T|F)(?![A-Za-z])"
)


@dataclass(frozen=True, kw_only=True)
class ThreadView:
    """What the chat endpoint knows of the thread before routing."""

    graph: str | None = None
    """The graph the thread ran last."""
    paused: bool = False
    """True when the thread waits in an interrupt."""
    values: dict[str, Any] = field(default_factory=dict)
    """The thread's current state values."""


@dataclass(frozen=True, kw_only=True)
class RunPlan:
    """A run to start: fresh `input`, or `resume` for the paused thread."""

    graph: str
    input: dict[str, Any] | None = None
    resume: str | dict[str, Any] | None = None
    new_thread: bool = False
    """Start on a new thread: the thread holds another flow's state, which must not be mixed in."""


CLARIFY_LABELS: dict[str, str] = {
    "exam_generate": "出题考试 (generate an exam)",
    "exam_grade": "批改答案 (grade answers)",
    "practice_start": "开始对练 (start a practice)",
    "practice_reply": "继续对练 (reply in the practice)",
    "practice_end": "结束对练 (end the practice)",
    "help": "了解功能 (what can you do)",
}


def pin_graph(decision: Decision, graph: str) -> Decision:
    """The decision when the client named the graph: the router only supplies parameters."""
    intent: Intent = decision.intent
    if INTENT_GRAPHS.get(intent) != graph:
        starts = [
            i
            for i, g in INTENT_GRAPHS.items()
            if g == graph and i not in ("practice_reply", "practice_end")
        ]
        intent = starts[0] if starts else intent
    return replace(
        decision,
        intent=intent,
        graph=graph,
        source="explicit",
        confidence=1.0,
        reasoning=f"the client asked for {graph}",
    )


def clarify_answer(decision: Decision) -> dict[str, Any]:
    """What the learner is asked when the router is not sure: a question and the likely options."""
    options = [o for o in decision.options if o != "clarify"] or [
        "exam_generate",
        "practice_start",
        "help",
    ]
    labels = [CLARIFY_LABELS.get(o, o) for o in options]
    return {
        "clarify": {
            "question": "你想做哪一件事？Which did you mean? " + " / ".join(labels),
            "options": [
                {"intent": o, "label": label} for o, label in zip(options, labels, strict=True)
            ],
        }
    }


def thread_view(graph: str | None, snapshot: StateSnapshot | None) -> ThreadView:
    """What routing needs to know of a thread, from its graph and its state as the executor
    reads them (`GraphExecutor.thread_state`): whether it is paused, and its values."""
    if snapshot is None:
        return ThreadView(graph=graph)
    values = snapshot.values if isinstance(snapshot.values, dict) else {}
    return ThreadView(graph=graph, paused=bool(snapshot.interrupts), values=values)


def route_context(view: ThreadView) -> RouteContext:
    """The router's view of the thread."""
    return RouteContext(paused_in=view.graph if view.paused else None, last_graph=view.graph)


def parse_answers(message: str) -> dict[str, str]:
    """`1A 2BC 3对` (or `1. A, 2: bc`) as question number → answer."""
    return {m["number"]: m["answer"] for m in ANSWER.finditer(message)}


def plan_run(decision: Decision, message: str, thread: ThreadView) -> RunPlan:
    """The run the decision asks for; `InvalidRunInput` saying what is missing otherwise."""
    intent = decision.intent
    if intent in ("practice_reply", "practice_end"):
        if not (thread.paused and thread.graph == PRACTICE_GRAPH):
            raise InvalidRunInput(
                "there is no practice session waiting on this thread; start one, e.g. 开始异议处理练习"
            )
        return RunPlan(
            graph=PRACTICE_GRAPH, resume=message if intent == "practice_reply" else END_PRACTICE
        )
    if decision.graph is None:
        raise InvalidRunInput(decision.reasoning or "the router could not tell what to run")
    if thread.paused and thread.graph == decision.graph:
        # The answer to what the flow asked; a course named in reply to the material question
        # is that course ("用前台接待课程"), a longer text is the material itself.
        course = decision.params.get("course")
        if decision.graph == "exam_generation" and course and len(message) <= COURSE_REPLY_CHARS:
            return RunPlan(graph=decision.graph, resume={"course": course})
        return RunPlan(graph=decision.graph, resume=message)
    switching = thread.graph is not None and thread.graph != decision.graph
    if intent == "exam_generate":
        data = {k: decision.params[k] for k in EXAM_PARAMS if decision.params.get(k) is not None}
        if decision.source == "explicit" and not (data.get("material") or data.get("course")):
            data["material"] = message  # the client chose the flow: the message is the material
        return RunPlan(graph=decision.graph, input=data, new_thread=switching)
    if intent == "exam_grade":
        return RunPlan(
            graph=decision.graph, input=_grading_input(message, thread), new_thread=switching
        )
    if intent == "practice_start":
        scenario = decision.params.get("scenario")
        if not scenario:
            raise InvalidRunInput(
                "which scenario would you like to practise? name one, e.g. 开始异议处理练习"
            )
        return RunPlan(graph=decision.graph, input={"scenario": scenario}, new_thread=switching)
    if intent == "help":
        return RunPlan(
            graph=decision.graph, input={"question": message[:2000]}, new_thread=switching
        )
    return RunPlan(graph=decision.graph, input={}, new_thread=switching)


def _grading_input(message: str, thread: ThreadView) -> dict[str, Any]:
    exam = thread.values.get("exam") if thread.graph == "exam_generation" else None
    if not exam:
        raise InvalidRunInput(
            "to grade, first generate an exam in this conversation, then send your answers "
            "like 1A 2BC 3对"
        )
    answers = parse_answers(message)
    if not answers:
        raise InvalidRunInput("send your answers like 1A 2BC 3对 (question number, then answer)")
    return {"exam": exam, "answers": answers}
