"""The practice_dialogue nodes as node types a definition names, with the state fields each reads
and writes. `load_scenario` takes an optional default scenario."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, cast

from langgraph.runtime import Runtime

from graphs.context import FlowContext
from graphs.definitions.models import NodeParams
from graphs.definitions.node_types import NodeBuild, NodeType, fixed
from graphs.definitions.source import Loc
from graphs.practice_dialogue import nodes
from graphs.practice_dialogue.state import PracticeState

SESSION_FIELDS = (
    "coaching",
    "rubric",
    "stage",
    "stage_turns",
    "lines_said",
    "deflections",
    "goal_revealed",
    "turn",
    "mood",
    "reaction",
    "transcript",
    "turn_evaluations",
    "covered",
    "agreed",
    "ended",
    "report",
)
"""What `load_scenario` sets up (a thread's earlier session is reset)."""


class LoadScenarioParams(NodeParams):
    """Params of `load_scenario`."""

    scenario: str | None = None
    """The scenario practised when the run's input names none."""

    def references(self) -> Iterator[tuple[Loc, str, str]]:
        if self.scenario is not None:
            yield ("scenario",), "scenario", self.scenario


def make_load_scenario(build: NodeBuild) -> Callable[..., Any]:
    """`load_scenario`, falling back to the params' scenario when the input names none."""
    params = build.params
    assert isinstance(params, LoadScenarioParams)
    default = params.scenario
    if default is None:
        return nodes.load_scenario

    async def load_default_scenario(
        state: dict[str, Any], *, runtime: Runtime[FlowContext]
    ) -> dict[str, Any]:
        chosen = state.get("scenario") or default
        update = await nodes.load_scenario(
            cast(PracticeState, {**state, "scenario": chosen}), runtime=runtime
        )
        return {"scenario": chosen, **update}

    return load_default_scenario


NODE_TYPES = (
    NodeType(
        name="load_scenario",
        description="Check the scenario and its rubric and set the session up at the first stage.",
        make=make_load_scenario,
        params=LoadScenarioParams,
        reads=("scenario",),
        writes=("scenario", *SESSION_FIELDS),
    ),
    NodeType(
        name="persona_turn",
        description="The customer's answer to the learner's last turn (scripted offline, else "
        "the model's).",
        make=fixed(nodes.persona_turn),
        reads=(
            "scenario",
            "stage",
            "turn",
            "transcript",
            "mood",
            "turn_evaluations",
            "covered",
            "lines_said",
            "deflections",
            "reaction",
        ),
        writes=("transcript", "lines_said", "reaction", "deflections", "goal_revealed", "agreed"),
    ),
    NodeType(
        name="ask_learner",
        description="Pause for the learner's reply (interrupt) and record it; a quit word ends.",
        make=fixed(nodes.ask_learner),
        reads=("scenario", "stage", "turn", "mood", "transcript", "turn_evaluations", "agreed"),
        writes=("transcript", "ended"),
    ),
    NodeType(
        name="evaluate_turn",
        description="Evaluate the learner's last reply against the current stage.",
        make=fixed(nodes.evaluate_turn),
        reads=("scenario", "stage", "transcript", "turn", "turn_evaluations"),
        writes=("turn_evaluations", "covered"),
    ),
    NodeType(
        name="update_mood",
        description="Move the persona's mood by the behaviour rules the last turn triggered.",
        make=fixed(nodes.update_mood),
        reads=("scenario", "mood", "turn_evaluations"),
        writes=("mood", "reaction"),
    ),
    NodeType(
        name="advance_stage",
        description="Next stage, same stage, or the end (goal covered, or the turn limit).",
        make=fixed(nodes.advance),
        reads=("scenario", "stage", "mood", "turn", "agreed", "turn_evaluations"),
        writes=("stage", "stage_turns", "ended", "turn", "agreed"),
    ),
    NodeType(
        name="write_practice_report",
        description="Score the session against the scenario's rubric.",
        make=fixed(nodes.write_report),
        reads=("scenario", "turn_evaluations", "transcript", "mood"),
        writes=("report",),
    ),
)
