"""The built-in flows with a model configured: real graphs, real HTTP, the local OpenAI stub.

Each flow runs as the runtime runs it (`FLOW.build().compile(checkpointer=InMemorySaver())`, a
`FlowContext` with `build_models(settings)`), against a stub whose responders do the model's job
from what the request says. The point is that the flows' validators really check model output,
that the practice persona's tokens reach LangGraph's `messages` stream, and that a dead provider
fails the run with an error `graphs.model_errors.is_provider_error` recognises.
"""

from __future__ import annotations

import importlib
import json
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from langchain_core.messages import AIMessageChunk
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.types import Command
from pydantic import SecretStr

from api.settings import Settings
from graphs.context import FlowContext
from graphs.exam_generation.near_values import near_values
from graphs.exams import BLANK
from graphs.library import ContentLibrary
from graphs.model_errors import is_provider_error
from graphs.scenarios import Scenario
from graphs.text.terms import NUMBER_PATTERN
from runtime.models import build_models
from tests.support.openai_stub import (
    API_KEY,
    ChatRequest,
    Drop,
    HTTPError,
    OpenAIStub,
    StubFactory,
    Text,
    ToolCall,
)


def model_context(library: ContentLibrary, *stubs: OpenAIStub, **values: Any) -> FlowContext:
    """A run context whose models are the stubs (primary first), as the runtime would build it."""
    primary, *fallbacks = stubs
    settings = Settings.model_validate(
        {
            "model": "openai-compatible:primary-model",
            "model_base_url": primary.base_url,
            "model_api_key": SecretStr(API_KEY),
            "model_fallbacks": [s.model_spec(f"fallback-{i}") for i, s in enumerate(fallbacks)],
            "model_timeout_s": 2.0,
            "model_max_retries": 0,
            **values,
        }
    )
    return FlowContext(library=library, models=build_models(settings))


@dataclass
class Run:
    """What one `astream` call produced: the last state, streamed tokens, interrupts."""

    values: dict[str, Any] = field(default_factory=dict)
    tokens: list[tuple[str, str]] = field(default_factory=list)
    """(node, text) of every non-empty chunk of the `messages` stream."""
    interrupts: list[Any] = field(default_factory=list)


async def run_graph(graph: Any, payload: Any, thread: str, context: FlowContext) -> Run:
    """Stream one run the way the runtime does and collect what each mode carried."""
    run = Run()
    config = {"configurable": {"thread_id": thread}}
    async for mode, data in graph.astream(
        payload, config, context=context, stream_mode=["values", "messages", "updates"]
    ):
        if mode == "values":
            run.values = data
        elif mode == "messages":
            chunk, meta = data
            if isinstance(chunk, AIMessageChunk) and chunk.content:
                run.tokens.append((meta.get("langgraph_node", ""), str(chunk.content)))
        elif "__interrupt__" in data:
            run.interrupts.extend(i.value for i in data["__interrupt__"])
    return run


def compiled(flow_module: str) -> Any:
    """The flow's graph, compiled as the runtime compiles it."""
    flow = importlib.import_module(flow_module).FLOW
    return flow.build().compile(checkpointer=InMemorySaver())


# --- exam generation -----------------------------------------------------------------------

COURSE = "eyewear-frontdesk-zh"
EXAM_COUNTS = {"single_choice": 2, "true_false": 1, "fill_blank": 1, "short_answer": 1}
EXAM_REQUEST = {"course": COURSE, **EXAM_COUNTS}
NUMBER = re.compile(r"\d+(?:\.\d+)?\s*(?:小时|分钟|天|个月|元|分|秒|岁|%)")
CLOCK = re.compile(r"(?:上午|下午|早上|晚上|凌晨|中午)\s*\d|\d+\s*点|\d{1,2}[:：]\d{2}")


def _between(text: str, start: str, end: str) -> str:
    _, found, rest = text.partition(start)
    assert found, f"the writer prompt has no {start!r}"
    return rest.partition(end)[0]


class ExamWriter:
    """A question writer that works from the prompt: each question rests on a fresh sentence of the
    material that holds a number, so quotes are real and stems never repeat.

    `defect(question) -> question` spoils what it writes for `slot`: on the first attempt only,
    or on every attempt when `persistent`.
    """

    def __init__(
        self,
        defect: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
        slot: str | None = None,
        persistent: bool = False,
    ) -> None:
        self.defect, self.slot, self.persistent = defect, slot, persistent
        self.attempts: dict[str, int] = {}
        self.used: set[str] = set()
        # The flow writes each question type in a parallel branch: requests arrive concurrently.
        self._lock = threading.Lock()

    def __call__(self, request: ChatRequest) -> dict[str, Any]:
        with self._lock:
            return self._batch(request)

    def _batch(self, request: ChatRequest) -> dict[str, Any]:
        prompt = request.messages[-1]["content"]
        slots = json.loads(_between(prompt, "Slots:\n", "\nMaterial:"))
        material = _between(prompt, "Material:\n<<<\n", "\n>>>")
        sentences = [
            s.strip()
            for s in re.split(r"[。\n]", material)
            if NUMBER.search(s)
            and 12 <= len(s.strip()) <= 80
            and not s.strip().startswith("#")
            # a clock time (上午9点) is no figure this writer can blank whole: "上午（  ）" is refused
            # as a split figure, and which sentence a slot gets depends on the branches' order
            and not CLOCK.search(s)
        ]
        questions = []
        for slot in slots:
            sentence = next(s for s in sentences if s not in self.used)
            self.used.add(sentence)
            attempt = self.attempts[slot["id"]] = self.attempts.get(slot["id"], 0) + 1
            question = self.write(slot, sentence, len(self.used))
            if self.defect and slot["id"] == self.slot and (self.persistent or attempt == 1):
                question = self.defect(question)
            questions.append(question)
        return {"questions": questions}

    @staticmethod
    def write(slot: dict[str, Any], sentence: str, serial: int) -> dict[str, Any]:
        """One sound question of the slot's type from one sentence: the figure with its unit is
        the gap, distractors are round near values of the same unit, points are whole facts."""
        figure = next(m.group().strip() for m in NUMBER_PATTERN.finditer(sentence))
        wrong = near_values(figure, 3)
        question: dict[str, Any] = {
            "slot_id": slot["id"],
            "explanation": f"材料原文：{sentence}",
            "knowledge_point": slot["knowledge_point"] or "课程要点",
            "difficulty": slot["difficulty"],
            "source_quote": sentence,
        }
        kind = slot["type"]
        if kind == "single_choice":
            position = serial % 4
            options = [*wrong[:position], figure, *wrong[position:]]
            stem = "根据课程材料，选择最恰当的一项填入括号：" + sentence.replace(
                figure, "（  ）", 1
            )
            question.update(stem=stem, options=options, answer=["ABCD"[position]])
        elif kind == "true_false":
            stem = sentence.replace(figure, wrong[0], 1) if serial % 2 else sentence
            question.update(stem=f"判断正误：{stem}。", answer=["false" if serial % 2 else "true"])
        elif kind == "fill_blank":
            question.update(stem=sentence.replace(figure, BLANK, 1), answer=[figure])
        else:
            question.update(
                stem=f"关于“{question['knowledge_point']}”，请写出材料中这条规定及其中的数字：{sentence[:10]}……",
                answer=[sentence],
                scoring_points=[sentence],
            )
        return question


async def test_generation_accepts_a_good_model_batch(
    openai_stub: OpenAIStub, library: ContentLibrary
) -> None:
    writer = ExamWriter()
    openai_stub.responder = writer
    graph = compiled("graphs.exam_generation.build")
    run = await run_graph(graph, EXAM_REQUEST, "gen-1", model_context(library, openai_stub))
    exam = run.values["exam"]
    counts = {t: sum(1 for q in exam["questions"] if q["type"] == t) for t in EXAM_COUNTS}
    assert counts == EXAM_COUNTS
    assert exam["shortfall"] == []
    assert all(q["source_quote"] in writer.used for q in exam["questions"])
    assert {r.tools[0]["function"]["name"] for r in openai_stub.requests} == {"QuestionBatch"}
    assert len(openai_stub.requests) == 4  # one batch per question type, nothing regenerated
    assert not run.tokens  # structured calls never stream to the learner


def _answer_not_an_option(question: dict[str, Any]) -> dict[str, Any]:
    return {**question, "answer": ["E"]}


def _invented_quote(question: dict[str, Any]) -> dict[str, Any]:
    return {**question, "source_quote": "本店所有镜片终身免费更换，顾客无需出示任何凭证即可办理。"}


def _blanks_and_answers_disagree(question: dict[str, Any]) -> dict[str, Any]:
    return {**question, "stem": question["stem"].replace(BLANK, question["answer"][0])}


def _wrong_difficulty(question: dict[str, Any]) -> dict[str, Any]:
    harder = {"easy": "medium", "medium": "hard", "hard": "easy"}
    return {**question, "difficulty": harder[question["difficulty"]]}


DEFECTS = [
    # The course is Chinese: the shortfall note names the model's fault in the trainer's words.
    pytest.param("single_choice-2", _answer_not_an_option, "答案不在选项之中", id="key"),
    pytest.param("true_false-1", _invented_quote, "所引原文在材料中找不到", id="quote"),
    pytest.param("fill_blank-1", _blanks_and_answers_disagree, "空格数与答案数不一致", id="blanks"),
    pytest.param("short_answer-1", _wrong_difficulty, "question for a", id="difficulty"),
]


def _requests_for(stub: OpenAIStub, slot_id: str) -> list[ChatRequest]:
    return [r for r in stub.requests if f'"id": "{slot_id}"' in r.text]


@pytest.mark.parametrize(("slot", "defect", "reason"), DEFECTS)
async def test_generation_regenerates_only_the_slot_the_model_got_wrong(
    openai_stub: OpenAIStub,
    library: ContentLibrary,
    slot: str,
    defect: Callable[[dict[str, Any]], dict[str, Any]],
    reason: str,
) -> None:
    openai_stub.responder = ExamWriter(defect, slot)
    graph = compiled("graphs.exam_generation.build")
    run = await run_graph(graph, EXAM_REQUEST, f"gen-{slot}", model_context(library, openai_stub))
    exam = run.values["exam"]
    assert exam["shortfall"] == []
    assert len(exam["questions"]) == 5
    _, retry = _requests_for(openai_stub, slot)
    slots = json.loads(_between(retry.messages[-1]["content"], "Slots:\n", "\nMaterial:"))
    assert [s["id"] for s in slots] == [slot]  # only the missing slot is asked for again
    assert len(openai_stub.requests) == 5


@pytest.mark.parametrize(("slot", "defect", "reason"), DEFECTS)
async def test_generation_reports_a_slot_the_model_never_gets_right(
    openai_stub: OpenAIStub,
    library: ContentLibrary,
    slot: str,
    defect: Callable[[dict[str, Any]], dict[str, Any]],
    reason: str,
) -> None:
    from graphs.exam_generation.nodes import MAX_REGENERATIONS

    openai_stub.responder = ExamWriter(defect, slot, persistent=True)
    graph = compiled("graphs.exam_generation.build")
    # One level asked for: a "mixed" exam takes another level in the last round instead.
    request = {**EXAM_REQUEST, "difficulty": "medium"}
    run = await run_graph(graph, request, f"gen-{slot}", model_context(library, openai_stub))
    exam = run.values["exam"]
    (missing,) = exam["shortfall"]
    assert (missing["type"], missing["missing"]) == (slot.rsplit("-", 1)[0], 1)
    assert reason in missing["reason"]
    assert len(exam["questions"]) == 4
    assert len(_requests_for(openai_stub, slot)) == 1 + MAX_REGENERATIONS


async def test_generation_hands_a_malformed_batch_to_the_offline_engine(
    openai_stub: OpenAIStub, library: ContentLibrary, caplog: pytest.LogCaptureFixture
) -> None:
    openai_stub.responder = lambda request: ToolCall({"questions": [{"slot_id": 1}]})
    graph = compiled("graphs.exam_generation.build")
    with caplog.at_level("WARNING"):
        run = await run_graph(graph, EXAM_REQUEST, "gen-bad", model_context(library, openai_stub))
    exam = run.values["exam"]
    assert len(exam["questions"]) + sum(m["missing"] for m in exam["shortfall"]) == 5
    assert exam["questions"], "the offline engine should have written questions"
    assert "offline engine takes over" in caplog.text


@pytest.mark.parametrize("failure", [HTTPError(500), Drop()], ids=["500", "drop"])
async def test_generation_fails_as_unavailable_when_every_provider_is_dead(
    openai_stubs: StubFactory, library: ContentLibrary, failure: HTTPError | Drop
) -> None:
    primary, backup = openai_stubs(), openai_stubs()
    primary.fail_with(failure)
    backup.fail_with(HTTPError(502))
    graph = compiled("graphs.exam_generation.build")
    with pytest.raises(Exception) as caught:  # the type is what we examine
        await run_graph(graph, EXAM_REQUEST, "gen-dead", model_context(library, primary, backup))
    assert is_provider_error(caught.value), repr(caught.value)
    assert primary.requests and backup.requests


# --- exam grading -------------------------------------------------------------------------

SHORT_REFERENCE = "Acknowledge it, show the value and offer the occasion rate."
GRADING_EXAM = {
    "title": "Front desk basics",
    "language": "en",
    "total_score": 12,
    "answer_key": {"1": ["B"], "2": ["late check-out", "breakfast"], "3": [SHORT_REFERENCE]},
    "questions": [
        {
            "number": 1,
            "type": "single_choice",
            "stem": "What does the suite cost extra per night?",
            "options": [
                {"key": "A", "text": "USD 35"},
                {"key": "B", "text": "USD 55"},
                {"key": "C", "text": "USD 75"},
            ],
            "answer": ["B"],
            "knowledge_point": "price",
            "score": 2,
        },
        {
            "number": 2,
            "type": "fill_blank",
            "stem": "The suite includes ____ until 2 pm and ____ for two.",
            "answer": ["late check-out", "breakfast"],
            "knowledge_point": "suite",
            "score": 4,
        },
        {
            "number": 3,
            "type": "short_answer",
            "stem": "How do you handle a guest's price concern?",
            "answer": [SHORT_REFERENCE],
            "scoring_points": ["acknowledge", "value", "occasion rate"],
            "knowledge_point": "objections",
            "score": 6,
        },
    ],
}


def _field(text: str, name: str) -> str:
    match = re.search(rf"^{re.escape(name)}: (.*)$", text, re.MULTILINE)
    assert match, f"the prompt has no {name!r} line: {text}"
    return match.group(1)


def judge(request: ChatRequest) -> dict[str, Any]:
    """A judge that grades for real: blanks by equality, short answers by scoring points."""
    text = request.text
    learner = [part.strip().lower() for part in _field(text, "Learner's answer").split(" | ")]
    if "(fill_blank)" in text:
        expected = [a.strip().lower() for a in _field(text, "Reference answer").split(" | ")]
        right = sum(1 for a, b in zip(expected, learner, strict=False) if a == b)
        total = len(expected)
    else:
        points = [p.strip().lower() for p in _field(text, "Scoring points").split(";")]
        right = sum(1 for p in points if p in " ".join(learner))
        total = len(points)
    return {
        "correct": right == total,
        "score_ratio": right / total,
        "reason": f"stub judge: {right} of {total} matched",
    }


def by_number(report: dict[str, Any]) -> dict[int, dict[str, Any]]:
    """The report's results keyed by question number."""
    return {r["number"]: r for r in report["questions"]}


GRADING_ANSWERS = {
    "1": "B",
    "2": ["late check-out", "parking"],
    "3": "I acknowledge the concern and explain the value.",
}


async def test_grading_uses_the_model_judge_for_fill_ins_and_short_answers(
    openai_stub: OpenAIStub, library: ContentLibrary
) -> None:
    openai_stub.responder = judge
    graph = compiled("graphs.exam_grading.build")
    context = model_context(library, openai_stub)
    run = await run_graph(
        graph, {"exam": GRADING_EXAM, "answers": GRADING_ANSWERS}, "grade-1", context
    )
    results = by_number(run.values["report"])
    assert results[1]["verdict"] == "correct"  # by key, never sent to the model
    assert (results[2]["score"], results[2]["reason"]) == (2.0, "stub judge: 1 of 2 matched")
    assert results[3]["score"] == 4.0 and results[3]["reason"] == "stub judge: 2 of 3 matched"
    assert len(openai_stub.requests) == 2
    assert all(r.tools[0]["function"]["name"] == "ModelVerdict" for r in openai_stub.requests)
    assert not run.tokens  # verdicts are structured calls: nothing streams to the learner


async def test_grading_clamps_a_sloppy_verdict(
    openai_stub: OpenAIStub, library: ContentLibrary
) -> None:
    def sloppy(request: ChatRequest) -> dict[str, Any]:
        verdict = judge(request)
        return {**verdict, "score_ratio": verdict["score_ratio"] * 10}  # a percent-ish scale

    openai_stub.responder = sloppy
    graph = compiled("graphs.exam_grading.build")
    run = await run_graph(
        graph,
        {"exam": GRADING_EXAM, "answers": GRADING_ANSWERS},
        "grade-2",
        model_context(library, openai_stub),
    )
    results = by_number(run.values["report"])
    # 5.0 and 6.7 are clamped to 1; "not correct" with full marks is cut to half.
    assert results[2]["score"] == 2.0 and results[2]["verdict"] == "partial"
    assert results[3]["score"] == 3.0 and results[3]["verdict"] == "partial"


async def test_grading_falls_back_to_the_offline_judge_on_a_malformed_verdict(
    openai_stub: OpenAIStub, library: ContentLibrary
) -> None:
    openai_stub.responder = lambda request: ToolCall({"correct": "perhaps", "reason": 3})
    graph = compiled("graphs.exam_grading.build")
    run = await run_graph(
        graph,
        {"exam": GRADING_EXAM, "answers": GRADING_ANSWERS},
        "grade-3",
        model_context(library, openai_stub),
    )
    results = by_number(run.values["report"])
    assert "offline judge" in results[2]["reason"] and results[2]["score"] == 2.0
    assert "offline judge" in results[3]["reason"]


async def test_grading_fails_as_unavailable_when_the_provider_is_dead(
    openai_stubs: StubFactory, library: ContentLibrary
) -> None:
    primary, backup = openai_stubs(), openai_stubs()
    primary.fail_with(HTTPError(503))
    backup.fail_with(Drop())
    graph = compiled("graphs.exam_grading.build")
    with pytest.raises(Exception) as caught:  # the type is what we examine
        await run_graph(
            graph,
            {"exam": GRADING_EXAM, "answers": GRADING_ANSWERS},
            "grade-4",
            model_context(library, primary, backup),
        )
    assert is_provider_error(caught.value), repr(caught.value)
    assert primary.requests and backup.requests


# --- practice dialogue ---------------------------------------------------------------------

SCENARIO = "english-upsell"


def persona(request: ChatRequest) -> Text:
    """A customer that answers in character from what the system prompt says about the stage."""
    system = request.messages[0]["content"]
    stage = _field(system, "Conversation stage").split(".")[0]
    heard = request.messages[-1]["content"]
    return Text(f"({stage}) I heard you say {len(heard.split())} words. Go on, I'm listening.")


def evaluator(request: ChatRequest) -> dict[str, Any]:
    """Marks a point covered when the learner used a word of it; also names a point that isn't."""
    text = request.text
    said = re.search(r"^Learner \(.*?\) said: (.*)$", text, re.MULTILINE)
    assert said, f"the evaluation prompt does not quote the learner: {text}"
    learner = said.group(1).lower()
    points = re.findall(r"^(\d+)\. (.*)$", text.split("Forbidden claims:")[0], re.MULTILINE)
    covered = [
        int(n)
        for n, point in points
        if any(w in learner for w in point.lower().split() if len(w) > 4)
    ]
    return {
        "covered_points": [*covered, 99],  # 99: no such point; the flow must drop it
        "forbidden_claims": [],  # the model misses the free-upgrade promise
        "empathy": "understand" in learner,
        "questions": learner.count("?"),
        "pushy": False,
    }


def practice_model(request: ChatRequest) -> Text | dict[str, Any]:
    """Persona lines for text requests, turn judgements for structured ones."""
    return evaluator(request) if request.tools else persona(request)


async def test_practice_persona_tokens_stream_and_model_judgements_are_checked(
    openai_stub: OpenAIStub, library: ContentLibrary
) -> None:
    openai_stub.responder = practice_model
    graph = compiled("graphs.practice_dialogue.build")
    context = model_context(library, openai_stub)

    first = await run_graph(graph, {"scenario": SCENARIO}, "practice-1", context)
    (pause,) = first.interrupts
    opening = first.values["transcript"][0]["text"]
    assert opening.startswith("(Welcome) ")  # the model's line, not the scenario's opening line
    assert pause["prompt"] == opening
    assert {node for node, _ in first.tokens} == {"persona_turn"}
    assert len(first.tokens) > 1 and "".join(t for _, t in first.tokens) == opening

    reply = "Good evening Mr Harper, welcome, dear guest! I can give you a free upgrade, would you like it?"
    second = await run_graph(graph, Command(resume=reply), "practice-1", context)
    evaluation = second.values["turn_evaluations"][0]
    assert evaluation["source"] == "model"
    assert [c["index"] for c in evaluation["covered"]] == [0]  # "greet ... by name"; 99 dropped
    assert evaluation["forbidden"] == ["The upgrade is free"]  # the offline check overrules
    assert "forbidden_claim" in evaluation["signals"]
    # The next persona line is the model's, told the mood the broken rule brought down.
    mood = second.values["mood"]
    assert mood < library.get(Scenario, SCENARIO).persona.initial_mood
    last_persona_prompt = [r for r in openai_stub.requests if not r.tools][-1]
    assert f"Your mood is {mood} " in last_persona_prompt.messages[0]["content"]
    assert second.values["transcript"][-1]["text"].startswith("(")
    assert {node for node, _ in second.tokens} == {"persona_turn"}
    judged = [r for r in openai_stub.requests if r.tools]
    assert judged and judged[0].tools[0]["function"]["name"] == "ModelTurnJudgement"
    assert all(r.api_key == API_KEY for r in openai_stub.requests)


async def test_practice_replaces_a_line_that_gives_the_hidden_goal_away(
    openai_stub: OpenAIStub, library: ContentLibrary
) -> None:
    def careless(request: ChatRequest) -> Text:
        goal = _field(
            request.messages[0]["content"],
            "Your hidden goal (pursue it, NEVER state it or hint at it directly)",
        )
        return Text(f"To be honest: {goal}")

    openai_stub.responder = careless
    graph = compiled("graphs.practice_dialogue.build")
    run = await run_graph(
        graph, {"scenario": SCENARIO}, "practice-2", model_context(library, openai_stub)
    )
    scenario = library.get(Scenario, SCENARIO)
    assert run.values["transcript"][0]["text"] == scenario.opening_line
    assert len(openai_stub.requests) == 1


async def test_practice_fails_as_unavailable_when_the_provider_is_dead(
    openai_stub: OpenAIStub, library: ContentLibrary
) -> None:
    openai_stub.fail_with(HTTPError(500))
    graph = compiled("graphs.practice_dialogue.build")
    with pytest.raises(Exception) as caught:  # the type is what we examine
        await run_graph(
            graph, {"scenario": SCENARIO}, "practice-3", model_context(library, openai_stub)
        )
    assert is_provider_error(caught.value), repr(caught.value)
