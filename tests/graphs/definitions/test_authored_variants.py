"""Authored variants of the built-in flows run end to end through the real GraphExecutor, on the
offline engine: a copy of exam_generation with a warm-up `llm_prompt` step, one with no
regeneration rounds, a practice with a coaching step after each turn (interrupt and resume), and a
small graph of `interrupt`, an intent `route` and a `subgraph` calling the help flow."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from graphs.context import FlowContext
from graphs.courses import Course
from graphs.definitions.compile import build_graph, input_model
from graphs.definitions.loader import SHIPPED_DEFINITIONS, GraphDefinitionFile, validate_text
from graphs.flows import builtin_flows
from graphs.library import ContentLibrary
from runtime.events import RunEvent
from runtime.executor import GraphExecutor
from runtime.registry import GraphRegistry, RegisteredGraph
from runtime.run_request import RunRequest
from runtime.stores.factory import open_checkpointer

WARMUP_NODE = """\
  warmup:
    type: llm_prompt
    params:
      system: You open a training session with one warm-up question.
      prompt: |
        Material:
        {{ text }}
        Ask one short question about its main idea.
      output:
        question: {type: string, description: the warm-up question, to: warmup}
"""
COACH_NODE = """\
  coach:
    type: llm_prompt
    params:
      system: You coach a trainee after each turn of a sales role-play, in one sentence.
      prompt: "The trainee said: {{ transcript[-1].text }} (stage {{ stage }}, mood {{ mood }})"
      output:
        note: {type: string, description: one coaching sentence, to: coach_notes, offline: key_sentences}
"""


def variant(
    flow: str, new_id: str, library: ContentLibrary, *edits: tuple[str, str]
) -> GraphDefinitionFile:
    """A copy of a shipped definition under a new id, with text edits applied; checked."""
    text = (SHIPPED_DEFINITIONS / f"{flow}.yaml").read_text(encoding="utf-8")
    text = text.replace(f"id: {flow}\n", f"id: {new_id}\n")
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new)
    result = validate_text(text, file=f"{new_id}.yaml", library=library)
    assert result.definition is not None, [str(i) for i in result.issues]
    return result.definition


def register(
    registry: GraphRegistry, definition: GraphDefinitionFile, base: str | None = None
) -> None:
    flow = next((f for f in builtin_flows() if f.name == base), None)
    registry.add(
        RegisteredGraph(
            name=definition.id,
            version=definition.digest,
            description=definition.model.description,
            source="definition",
            build=lambda: build_graph(
                definition, resolve_graph=lambda name: registry.get(name).build()
            ),
            input_model=flow.input_model if flow else input_model(definition),
            output_keys=tuple(definition.model.output),
        )
    )


@pytest.fixture(params=["memory", "sqlite"])
async def executor(
    request: pytest.FixtureRequest, tmp_path: Path, library: ContentLibrary
) -> AsyncIterator[GraphExecutor]:
    url = "memory://" if request.param == "memory" else f"sqlite:///{tmp_path}/kpl.db"
    async with open_checkpointer(url) as saver:
        yield GraphExecutor(
            GraphRegistry.with_flows(builtin_flows(), library), saver, FlowContext(library=library)
        )


async def run(
    executor: GraphExecutor, request: RunRequest
) -> tuple[list[RunEvent], dict[str, Any]]:
    events = [event async for event in executor.stream(request)]
    assert events[-1].event == "completed", events[-1].data
    return events, events[-1].data


def outputs_of(events: list[RunEvent], node: str) -> list[dict[str, Any]]:
    return [e.data["output"] for e in events if e.event == "node_output" and e.data["node"] == node]


EXAM_INPUT = {"course": "eyewear-frontdesk-zh", "single_choice": 6, "fill_blank": 6}
REGENERATING_INPUT = {**EXAM_INPUT, "difficulty": "hard"}
"""An exam the offline engine completes only in a later round: hard items of this course come
from rules that a first round's picks do not all make (the mixed one now completes in round 1)."""


async def test_exam_with_a_warm_up_step(executor: GraphExecutor, library: ContentLibrary) -> None:
    definition = variant(
        "exam_generation",
        "exam_with_warmup",
        library,
        (
            "  exam: {type: object, description: the result}\n",
            "  exam: {type: object, description: the result}\n  warmup: {type: string}\n",
        ),
        ("  plan_slots: {type: plan_slots}\n", "  plan_slots: {type: plan_slots}\n" + WARMUP_NODE),
        (
            "{source: extract_knowledge_points, target: plan_slots}",
            "{source: extract_knowledge_points, target: warmup}\n  - {source: warmup, target: plan_slots}",
        ),
        ("output: [exam]", "output: [exam, warmup]"),
    )
    register(executor.registry, definition, base="exam_generation")
    base_events, base = await run(executor, RunRequest(graph="exam_generation", input=EXAM_INPUT))
    events, done = await run(executor, RunRequest(graph="exam_with_warmup", input=EXAM_INPUT))
    assert done["status"] == "success"
    started = [e.data["node"] for e in events if e.event == "node_start"]
    assert (
        started.index("extract_knowledge_points")
        < started.index("warmup")
        < started.index("plan_slots")
    )
    warmup = done["output"]["warmup"]
    material = library.get(Course, "eyewear-frontdesk-zh").material
    assert warmup and warmup in material  # offline: the material's most informative sentence
    assert "Ask one short question" not in warmup  # the author's instructions are not data
    assert "warmup" not in base["output"]
    assert done["output"]["exam"]["questions"] == base["output"]["exam"]["questions"]
    assert outputs_of(events, "warmup") == [{"warmup": warmup}]
    base_started = [e.data["node"] for e in base_events if e.event == "node_start"]
    at = base_started.index("plan_slots")
    assert started == [*base_started[:at], "warmup", *base_started[at:]]


async def test_exam_without_regeneration_rounds(
    executor: GraphExecutor, library: ContentLibrary
) -> None:
    definition = variant(
        "exam_generation", "exam_one_round", library, ("max_rounds: 2", "max_rounds: 0")
    )
    register(executor.registry, definition, base="exam_generation")
    request = RunRequest(graph="exam_generation", input=REGENERATING_INPUT)
    base_events, base = await run(executor, request)
    base_rounds = outputs_of(base_events, "validate_questions")
    assert len(base_rounds) >= 2, "this input needs a second round on the offline engine"
    assert base["output"]["exam"]["shortfall"] == []
    events, done = await run(executor, RunRequest(graph="exam_one_round", input=REGENERATING_INPUT))
    (only_round,) = outputs_of(events, "validate_questions")
    exam = done["output"]["exam"]
    assert len(exam["questions"]) == 12 - len(only_round["pending"]) < 12
    assert sum(s["missing"] for s in exam["shortfall"]) == len(only_round["pending"])
    assert len(outputs_of(events, "generate_questions")) == 2  # one branch per type, once


async def test_practice_with_a_coaching_step_after_each_turn(
    executor: GraphExecutor, library: ContentLibrary
) -> None:
    definition = variant(
        "practice_dialogue",
        "coached_practice",
        library,
        (
            "  report: {type: object, description: the final report}\n",
            "  report: {type: object, description: the final report}\n  coach_notes: {type: list, reducer: append}\n",
        ),
        ("  advance: {type: advance_stage}\n", "  advance: {type: advance_stage}\n" + COACH_NODE),
        (
            "{source: update_mood, target: advance}",
            "{source: update_mood, target: coach}\n  - {source: coach, target: advance}",
        ),
        ("output: [scenario,", "output: [coach_notes, scenario,"),
    )
    register(executor.registry, definition, base="practice_dialogue")
    thread = "coached-1"
    replies = [
        "您好，我是这里的顾问小王，欢迎您来。请问您今天想了解哪方面？",
        "我理解您的顾虑，能说说您的健身目标吗？比如减脂还是塑形？",
    ]
    _, first = await run(
        executor,
        RunRequest(
            graph="coached_practice", thread_id=thread, input={"scenario": "objection-handling"}
        ),
    )
    assert first["status"] == "interrupted"
    notes: list[str] = []
    for number, reply in enumerate(replies, start=1):
        events, done = await run(
            executor, RunRequest(graph="coached_practice", thread_id=thread, resume=reply)
        )
        assert done["status"] == "interrupted"
        (note,) = [o["coach_notes"] for o in outputs_of(events, "coach")]
        assert note and note in reply  # offline: the reply's most informative sentence
        notes.append(note)
        # `completed` carries what the turn added to each growing list: its note, its lines.
        assert done["output"]["coach_notes"] == [note]
        assert [e["turn"] for e in done["output"]["transcript"] if e["role"] == "learner"] == [
            number
        ]
    _, end = await run(
        executor, RunRequest(graph="coached_practice", thread_id=thread, resume="结束")
    )
    assert end["status"] == "success"
    assert end["output"]["ended"] == "quit"
    assert end["output"]["coach_notes"] == []  # quitting skips evaluation and coaching
    _, state = await executor.thread_state(thread)
    assert state is not None and state.values["coach_notes"] == notes
    assert end["output"]["report"]["total"] >= 0


GUIDE = """\
kind: graph
id: guide
description: Ask what the learner wants; explain the system when they ask for help.
state:
  name: {type: string, input: true}
  goal: {type: string}
  answer: {type: string}
entry: ask
nodes:
  ask:
    type: interrupt
    params: {prompt: "{{ name }}, what would you like to do?", store: goal}
  pick:
    type: route
    params:
      text: goal
      intents:
        help: {description: asks what the system can do, examples: [你能做什么, what can you do]}
      branches:
        - {intent: help, target: explain}
        - {when: "len(goal) > 200", target: END}
      default: ask
  explain:
    type: subgraph
    params: {graph: help, inputs: {question: goal}, outputs: {answer: answer}}
edges:
  - {source: ask, target: pick}
  - {source: explain, target: END}
output: [goal, answer]
"""


async def test_interrupt_route_and_subgraph(
    executor: GraphExecutor, library: ContentLibrary
) -> None:
    result = validate_text(
        GUIDE, file="guide.yaml", library=library, known_graphs=executor.registry.names()
    )
    assert result.definition is not None, [str(i) for i in result.issues]
    register(executor.registry, result.definition)
    thread = "guide-1"
    events, asked = await run(
        executor, RunRequest(graph="guide", thread_id=thread, input={"name": "小李"})
    )
    assert asked["status"] == "interrupted"
    (question,) = [e.data["value"] for e in events if e.event == "interrupt"]
    assert question == {
        "kind": "question",
        "prompt": "小李, what would you like to do?",
        "node": "ask",
    }
    events, again = await run(
        executor, RunRequest(graph="guide", thread_id=thread, resume="今天天气不错")
    )
    assert again["status"] == "interrupted"  # no intent recognised: the route asks again
    assert [e.data["node"] for e in events if e.event == "node_start"] == ["ask", "pick", "ask"]
    events, done = await run(
        executor, RunRequest(graph="guide", thread_id=thread, resume={"text": "你能做什么？"})
    )
    assert done["status"] == "success"
    assert done["output"]["goal"] == "你能做什么？"
    answer = done["output"]["answer"]
    assert library.get(Course, "eyewear-frontdesk-zh").title in answer
    assert [e.data["node"] for e in events if e.event == "node_start"][:3] == [
        "ask",
        "pick",
        "explain",
    ]


WRAPPER = """\
kind: graph
id: wrapped_practice
state:
  which: {type: string, input: true}
  report: {type: object}
entry: practise
nodes:
  practise:
    type: subgraph
    params: {graph: practice_dialogue, inputs: {scenario: which}, outputs: {report: report}}
edges:
  - {source: practise, target: END}
output: [report]
"""


async def test_a_subgraph_pauses_and_resumes_with_the_flow_it_calls(
    executor: GraphExecutor, library: ContentLibrary
) -> None:
    result = validate_text(WRAPPER, file="wrapped.yaml", library=library)
    assert result.definition is not None, [str(i) for i in result.issues]
    register(executor.registry, result.definition)
    thread = "wrapped-1"
    events, first = await run(
        executor,
        RunRequest(
            graph="wrapped_practice", thread_id=thread, input={"which": "objection-handling"}
        ),
    )
    assert first["status"] == "interrupted"
    # The pause is reported once, by the called flow's node that asked (not again by this graph's).
    (interrupt,) = [e for e in events if e.event == "interrupt"]
    assert interrupt.data["namespace"]
    asked = interrupt.data["value"]
    assert (asked["kind"], asked["scenario"], asked["turn"]) == (
        "learner_reply",
        "objection-handling",
        1,
    )
    _, second = await run(
        executor,
        RunRequest(graph="wrapped_practice", thread_id=thread, resume="您好，我是顾问小王"),
    )
    assert second["status"] == "interrupted"
    _, done = await run(
        executor, RunRequest(graph="wrapped_practice", thread_id=thread, resume="结束")
    )
    report = done["output"]["report"]
    assert (report["scenario"], report["ended"], report["turns"]) == (
        "objection-handling",
        "quit",
        1,
    )
