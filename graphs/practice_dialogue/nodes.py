"""The practice_dialogue nodes: load, persona turn, learner turn (interrupt), evaluate, react, report.

Wired in graphs/content/graphs/practice_dialogue.yaml (quitting skips evaluation: the quit message
is not a turn of the conversation); node_types.py registers them by name.

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
from graphs.practice_dialogue import persona
from graphs.practice_dialogue.brief import scenario_brief
from graphs.practice_dialogue.conversation import next_move, react
from graphs.practice_dialogue.evaluation import ModelEvaluator, OfflineEvaluator, TurnEvaluator
from graphs.practice_dialogue.feedback import session_hint
from graphs.practice_dialogue.her_questions import pressed_question
from graphs.practice_dialogue.messages import chat_message
from graphs.practice_dialogue.phrases import farewell_in
from graphs.practice_dialogue.replies import choose_line
from graphs.practice_dialogue.report import build_report
from graphs.practice_dialogue.reveal import goal_earned
from graphs.practice_dialogue.script_lines import LineChoice
from graphs.practice_dialogue.signals import normalise
from graphs.practice_dialogue.state import PracticeState
from graphs.practice_dialogue.vague_times import how_soon
from graphs.scenarios import Rubric, Scenario, Stage
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


def _stage(scenario: Scenario, state: PracticeState) -> Stage:
    try:
        return scenario.stage(state["stage"])
    except KeyError:
        raise InvalidInput(
            f"scenario {scenario.id!r} changed during this session: it has no stage "
            f"{state['stage']!r} any more; start a new session"
        ) from None


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
    return await _answer(state, runtime)


PARTING: dict[str, str] = {
    "zh": "好，那就这么定了，谢谢你。",
    "en": "Great, thank you. That's all sorted then.",
}
"""Her parting words after her yes, when the learner's wrap-up asks or offers nothing she has a
line for: no hesitation, no reaction after she has agreed."""
LEAVING_UNDECIDED: dict[str, str] = {
    "zh": "行吧，那我再考虑考虑。",
    "en": "Alright, thanks. I'll think about it.",
}
"""Her answer to a goodbye that asks and offers nothing before she has said yes: she takes her
leave undecided, and answers no question nobody asked."""
LEAVING_DISPLEASED: dict[str, str] = {
    "zh": "行吧，那我先走了。",
    "en": "Right. I'll leave it there, then.",
}
"""The same goodbye while she is still displeased (her mood below 0, as in the first turn of a
complaint): she leaves, with nothing to think over."""


async def _answer(
    state: PracticeState, runtime: Runtime[FlowContext], *, parting: bool = False
) -> dict[str, Any]:
    """Her next line (`parting`: her answer to the wrap-up after her yes, the session's last)."""
    scenario = _scenario(state, runtime.context)
    stage = _stage(scenario, state)
    said = list(state.get("lines_said", []))
    evaluations = state["turn_evaluations"]
    last = evaluations[-1] if evaluations else None
    earned = goal_earned(scenario, state["mood"], state.get("covered", {}), evaluations)
    crossed = last is not None and bool(
        last.get("pushy") or last.get("forbidden") or last.get("off_topic")
    )
    learner_said = "\n".join(e["text"] for e in state["transcript"] if e["role"] == "learner")
    said_before = [e["text"] for e in state["transcript"] if e["role"] == "persona"]
    previous = said_before[-1] if said_before else None
    reply = next((e["text"] for e in reversed(state["transcript"]) if e["role"] == "learner"), "")
    choice = pressed_question(scenario, said, previous, last, reply) or how_soon(
        scenario, last, reply, said_before
    )
    choice = choice or choose_line(
        scenario,
        stage,
        last,
        said,
        goal_earned=earned,
        deflections_used=state.get("deflections", 0),
        learner_said=learner_said,
        # she never says yes on a turn that pressured, lied or wandered off, nor before anything
        # was offered ("您平时 schedule 怎么样" asks about her week, not for her decision)
        willing=state["mood"] >= scenario.end.goal_mood
        and not crossed
        and _offered(scenario, state.get("covered", {})),
        reply=reply,
        said_before=said_before,
    )
    reaction = state.get("reaction")
    # after the learner's goodbye she asks nothing more ("…enjoy your stay" is not answered with
    # "What do you need from me?" nor "A harbour view?"): a line that asks gives way to her
    # parting words
    asks_after_goodbye = farewell_in(reply) and any(mark in choice.text for mark in "?？")
    goodbye_only = (
        not parting
        and last is not None
        and farewell_in(reply)
        and not (last.get("asked") or last.get("covered") or last.get("questions"))
        and not last.get("dismissal")
    )
    if goodbye_only and not crossed:
        leaving = LEAVING_UNDECIDED if state["mood"] >= 0 else LEAVING_DISPLEASED
        choice = LineChoice(text=leaving[scenario.language])
    if parting and (crossed or not choice.answers or choice.key in said or asks_after_goodbye):
        choice = LineChoice(text=PARTING[scenario.language])
        reaction, crossed = None, False
    if (choice.answers and not crossed) or choice.corrects:
        # her answer is her reaction ("嗯，你这态度还行。道歉有什么用？" no more); a correction
        # of a false figure is too ("That's not true… That's not what your website says" no more)
        reaction = None
    scripted = persona.with_reaction(
        choice.text,
        reaction,
        said_before,
        crossed=crossed,
        language=scenario.language,
        kind=_crossing(last),
    )
    if runtime.context.offline:
        persona.stream_in_chunks(scripted)
        line = scripted
    else:
        line = await persona.model_line(
            runtime.context.models,
            scenario,
            stage,
            state["mood"],
            state["transcript"],
            scripted,
            evaluation=last,
            goal_earned=earned,
        )
    entry = {"role": "persona", "text": line, "turn": state["turn"], "stage": stage.id}
    if choice.answers:
        entry["answers"] = choice.answers
    update: dict[str, Any] = {
        "transcript": [*state["transcript"], entry],
        "messages": [chat_message("persona", line)],
        "lines_said": [*said, choice.key] if choice.key else said,
        "reaction": None,
    }
    if last is not None and choice.key is None:
        update["deflections"] = state.get("deflections", 0) + 1
    if choice.reveals_goal:
        update["goal_revealed"] = True
    if choice.agrees:
        update["agreed"] = True  # her yes is the goal, whatever stage the learner is in
    return update


_OFFER_STAGE = "presentation"
"""The stage whose points are what the learner offers (the service, the refund, the suite)."""


def _offered(scenario: Scenario, covered: dict[str, list[int]]) -> bool:
    """The learner has offered something (a point of the presentation stage; in a scenario
    without one, of any stage after discovery): only then can she say yes to it. Naming her
    price concern or asking "怎么样" about her week offers nothing."""
    ids = [s.id for s in scenario.stages]
    if _OFFER_STAGE in ids:
        return bool(covered.get(_OFFER_STAGE))
    return any(covered.get(i) for i in ids if i not in ("opening", "discovery"))


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
            scenario, _stage(scenario, state), state["turn_evaluations"], state["transcript"]
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
    stage = _stage(scenario, state)
    reply = state["transcript"][-1]["text"]
    covered = state.get("covered", {})
    evaluator = evaluator_for(runtime.context, bool(state.get("coaching")))
    if isinstance(evaluator, OfflineEvaluator):
        evaluation = await runtime.context.engine.run(
            evaluator.evaluate_now, scenario, stage, reply, covered, state["turn"]
        )
    else:
        evaluation = await evaluator.evaluate(scenario, stage, reply, covered, state["turn"])
    merged = {k: list(v) for k, v in covered.items()}
    for c in evaluation["covered"]:
        if c["index"] not in merged.setdefault(c["stage"], []):
            merged[c["stage"]].append(c["index"])
    report_progress(
        min(95, 100 * state["turn"] / scenario.end.max_turns), f"turn {state['turn']} evaluated"
    )
    return {"turn_evaluations": [*state["turn_evaluations"], evaluation], "covered": merged}


def _crossing(evaluation: dict[str, Any] | None) -> str:
    """What line the learner's turn crossed, for her reaction's wording (persona.AGAIN)."""
    if evaluation is None:
        return ""
    if evaluation.get("pushy"):
        return "pushy"
    return "claim" if evaluation.get("forbidden") else "off_topic"


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
        parting = await _answer(closing, runtime, parting=True)
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
