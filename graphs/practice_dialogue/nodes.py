"""The practice_dialogue nodes: load, persona turn, learner turn (interrupt), evaluate, react, report.

Wired in graphs/content/graphs/practice_dialogue.yaml (quitting skips evaluation: the quit message
is not a turn of the conversation); node_types.py registers them by name. The customer's line
itself is her_line.py's.

`ask_learner` is the only node that calls `interrupt()`. LangGraph re-runs an interrupted node from
its start on resume, so it does nothing else but read the reply and record it; nothing around it
catches broad exceptions (`GraphInterrupt` must reach the runtime).
"""

from __future__ import annotations

from typing import Any, cast

from langgraph.runtime import Runtime
from langgraph.types import interrupt

from graphs.context import FlowContext
from graphs.errors import ContentError, InvalidInput
from graphs.practice_dialogue.beyond_offers import beyond_limits
from graphs.practice_dialogue.brief import scenario_brief
from graphs.practice_dialogue.conversation import next_move, react
from graphs.practice_dialogue.evaluation import OfflineEvaluator, TurnEvaluator
from graphs.practice_dialogue.feedback import session_hint
from graphs.practice_dialogue.her_line import LEAVING_DISPLEASED as LEAVING_DISPLEASED
from graphs.practice_dialogue.her_line import LEAVING_UNDECIDED as LEAVING_UNDECIDED
from graphs.practice_dialogue.her_line import answer, stage_of
from graphs.practice_dialogue.her_questions import pressed_question
from graphs.practice_dialogue.her_set_lines import PARTING
from graphs.practice_dialogue.last_stance import takes_back
from graphs.practice_dialogue.messages import chat_message
from graphs.practice_dialogue.model_evaluation import ModelEvaluator
from graphs.practice_dialogue.report import build_report
from graphs.practice_dialogue.signals import normalise
from graphs.practice_dialogue.state import PracticeState
from graphs.rubrics import Rubric
from graphs.scenarios import Scenario
from graphs.streaming import report_progress, send_brief

END_ACTION = "end"
"""`{"action": "end"}` as the reply ends the session (the playground's end button, `action=end`)."""


def _scenario(state: PracticeState, context: FlowContext) -> Scenario:
    return context.library.get(Scenario, state["scenario"])


def _rubric(scenario: Scenario, context: FlowContext) -> Rubric:
    rubric = context.library.get(Rubric, scenario.rubric)
    stage_ids = [s.id for s in scenario.stages]
    problems = [
        f"criteria[{i}].stage: {c.stage!r} is not a stage of scenario {scenario.id!r} ({stage_ids})"
        for i, c in enumerate(rubric.criteria)
        if c.stage is not None and c.stage not in stage_ids
    ]
    if problems:
        path = context.library.files.get(("rubric", rubric.id))
        shown = f"rubric {rubric.id}"
        if path is not None:
            shown = str(
                path.relative_to(context.library.root.parent)
                if path.is_relative_to(context.library.root.parent)
                else path
            )
        raise ContentError(shown, problems)
    return rubric


async def load_scenario(state: PracticeState, *, runtime: Runtime[FlowContext]) -> dict[str, Any]:
    """Check the scenario and its rubric, and set the session up at the first stage."""
    scenario_id = state.get("scenario")
    if not isinstance(scenario_id, str) or not scenario_id:
        known = ", ".join(runtime.context.library.ids("scenario"))
        raise InvalidInput(f"scenario: give the id of a practice scenario (known: {known})")
    scenario = _scenario(state, runtime.context)
    _rubric(scenario, runtime.context)
    coaching = state.get("coaching")
    report_progress(100, f"scenario {scenario.title}")
    send_brief(scenario_brief(scenario))
    return {
        "coaching": runtime.context.coaching if coaching is None else bool(coaching),
        "rubric": scenario.rubric,
        "stage": scenario.stages[0].id,
        "stage_turns": 0,
        "lines_said": [],
        "deflections": 0,
        "goal_revealed": False,
        "turn": 1,
        "mood": scenario.persona.initial_mood,
        "reaction": None,
        "transcript": [],
        "turn_evaluations": [],
        "covered": {},
        "agreed": False,
        "ended": None,
        "report": {},  # a thread may hold an earlier session's report
    }


async def persona_turn(state: PracticeState, *, runtime: Runtime[FlowContext]) -> dict[str, Any]:
    """The customer's answer to the learner's last turn (or the opening line), streamed."""
    return await answer(state, runtime)


def _reply_text(value: Any) -> str | None:
    """The reply's text, or None for the explicit end command `{"action": "end"}`."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        if value.get("action") == END_ACTION:
            return None
        if isinstance(value.get("text"), str):
            return str(value["text"])
    raise InvalidInput(
        "resume: the learner's reply must be text, {'text': ...} or {'action': 'end'}, "
        f"got {type(value).__name__}"
    )


async def ask_learner(state: PracticeState, *, runtime: Runtime[FlowContext]) -> dict[str, Any]:
    """Pause for the learner's reply and record it."""
    last = state["transcript"][-1]
    scenario = _scenario(state, runtime.context)
    hint = None
    if state["turn_evaluations"] and state.get("coaching"):
        # Recomputed for the stage the conversation is in now, which may have moved on; a hint
        # shown twice running gives way to the next (feedback.hint_for)
        hint = session_hint(
            scenario, stage_of(scenario, state), state["turn_evaluations"], state["transcript"]
        )
    reply = interrupt(
        {
            "kind": "learner_reply",
            "prompt": last["text"],
            "scenario": state["scenario"],
            "stage": state["stage"],
            "turn": state["turn"],
            "mood": state["mood"],
            "hint": hint,
        }
    )
    text = _reply_text(reply)
    if text is None or is_quit(scenario, text):
        # a command, not a line of the conversation; after her yes the goal was reached, and
        # a learner who stops there without a wrap-up has not quit
        return {"ended": "goal" if state.get("agreed") else "quit"}
    entry = {
        "role": "learner",
        "text": text.strip(),
        "turn": state["turn"],
        "stage": state["stage"],
    }
    return {
        "transcript": [*state["transcript"], entry],
        "messages": [chat_message("learner", text.strip())],
    }


def is_quit(scenario: Scenario, reply: str) -> bool:
    """True when the reply is only a quit word (结束, 退出, quit), nothing else but punctuation.

    A sentence said in role that contains one ("您先别急着结束，听我说完") is a reply.
    """
    text = normalise(reply)
    return bool(text) and any(text == normalise(word) for word in scenario.end.quit_words)


def evaluator_for(context: FlowContext, coaching: bool) -> TurnEvaluator:
    """The model evaluator when a model is configured, else the offline one."""
    if context.offline:
        return OfflineEvaluator(coaching=coaching)
    return ModelEvaluator(context.models, coaching=coaching)


async def evaluate_turn(state: PracticeState, *, runtime: Runtime[FlowContext]) -> dict[str, Any]:
    """Evaluate the learner's last reply against the current stage."""
    scenario = _scenario(state, runtime.context)
    stage = stage_of(scenario, state)
    reply = state["transcript"][-1]["text"]
    covered = state.get("covered", {})
    # what she said so far: the evaluator hears the learner against it (her price objection)
    her_lines = [e["text"] for e in state["transcript"] if e["role"] == "persona"]
    # a run of small talk: a courtesy of the trade right after chat is chat too (rapport.py)
    before = state["turn_evaluations"][-1] if state["turn_evaluations"] else {}
    small_talk_before = bool(before.get("off_topic") or before.get("rapport"))
    evaluator = evaluator_for(runtime.context, bool(state.get("coaching")))
    if isinstance(evaluator, OfflineEvaluator):
        evaluation = await runtime.context.engine.run(
            evaluator.evaluate_now,
            scenario,
            stage,
            reply,
            covered,
            state["turn"],
            her_lines=her_lines,
            small_talk_before=small_talk_before,
        )
    else:
        evaluation = await evaluator.evaluate(
            scenario,
            stage,
            reply,
            covered,
            state["turn"],
            her_lines=her_lines,
            small_talk_before=small_talk_before,
        )
    merged = {k: list(v) for k, v in covered.items()}
    for c in evaluation["covered"]:
        if c["index"] not in merged.setdefault(c["stage"], []):
            merged[c["stage"]].append(c["index"])
    report_progress(
        min(95, 100 * state["turn"] / scenario.end.max_turns), f"turn {state['turn']} evaluated"
    )
    return {"turn_evaluations": [*state["turn_evaluations"], evaluation], "covered": merged}


async def update_mood(state: PracticeState, *, runtime: Runtime[FlowContext]) -> dict[str, Any]:
    """Move the persona's mood by the behaviour rules the last turn triggered."""
    scenario = _scenario(state, runtime.context)
    evaluations = state["turn_evaluations"]
    mood, reaction = react(scenario, state["mood"], evaluations[-1]["signals"])
    if scenario.persona.initial_mood < 0 and not any(e["empathy"] for e in evaluations):
        mood = min(mood, max(state["mood"], 0))  # not won over before she has felt heard
    said_before = [e["text"] for e in state["transcript"] if e["role"] == "persona"]
    previous = said_before[-1] if said_before else None
    reply = next((e["text"] for e in reversed(state["transcript"]) if e["role"] == "learner"), "")
    if pressed_question(
        scenario, list(state.get("lines_said", [])), previous, evaluations[-1], reply
    ):
        mood = min(mood, state["mood"])  # her question ignored: nothing else wins her over
    if beyond_limits(scenario, evaluations[-1], reply):
        mood = max(mood, state["mood"])  # an offer too good to be true: she doubts, unoffended
    return {"mood": mood, "reaction": reaction}


async def advance(state: PracticeState, *, runtime: Runtime[FlowContext]) -> dict[str, Any]:
    """Next stage, same stage, or the end (goal covered, or the turn limit)."""
    scenario = _scenario(state, runtime.context)
    move = next_move(scenario, dict(state), state.get("covered", {}), state["mood"])
    update: dict[str, Any] = {"stage": move.stage, "stage_turns": move.stage_turns}
    last = state["turn_evaluations"][-1]
    if state.get("agreed") and last.get("asked") and state["turn"] < scenario.end.max_turns:
        update["turn"] = state["turn"] + 1  # the wrap-up asked her something: she answers first
    elif state.get("agreed"):
        # the learner's wrap-up after her yes: she answers it (a thank-you, her parting words),
        # then it ends; a wrap-up left without a reply read as if she had hung up
        closing = cast(PracticeState, {**state, "turn": state["turn"] + 1, "stage": move.stage})
        parting = await answer(closing, runtime, parting=True)
        entry = parting["transcript"][-1]
        if takes_back(scenario, entry["text"]):  # her yes stands to the end (last_stance.py)
            words = PARTING[scenario.language]
            parting["transcript"] = [*parting["transcript"][:-1], {**entry, "text": words}]
            parting["messages"] = [chat_message("persona", words)]
            parting["lines_said"] = list(state.get("lines_said", []))
        update.update({key: parting[key] for key in ("transcript", "messages", "lines_said")})
        update["ended"] = "goal"
    elif move.ended == "goal" and state["turn"] < scenario.end.max_turns:
        # the decision was asked and earned: she answers it, the learner wraps up, then it ends
        update["agreed"] = True
        update["turn"] = state["turn"] + 1
    elif move.ended:
        update["ended"] = move.ended
    else:
        update["turn"] = state["turn"] + 1
    return update


async def write_report(state: PracticeState, *, runtime: Runtime[FlowContext]) -> dict[str, Any]:
    """Score the session against the scenario's rubric."""
    scenario = _scenario(state, runtime.context)
    rubric = _rubric(scenario, runtime.context)
    report = build_report(
        scenario,
        rubric,
        state["turn_evaluations"],
        state["transcript"],
        state["mood"],
        state.get("ended"),
    )
    report_progress(100, f"total {report['total']} ({'pass' if report['passed'] else 'fail'})")
    return {"report": report}
