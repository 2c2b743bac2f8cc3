"""The practice_dialogue FlowSpec; its graph is the shipped definition practice_dialogue.yaml.

load_scenario -> persona_turn -> ask_learner (interrupt) --quit--> write_report
                      ^               |
                      |         evaluate_turn -> update_mood -> advance --end--> write_report
                      +-------------------------------------------+
"""

from __future__ import annotations

from pathlib import Path

from graphs.definitions.compile import definition_builder
from graphs.definitions.loader import SHIPPED_DEFINITIONS
from graphs.flows import FlowSpec
from graphs.practice_dialogue.state import PracticeInput

DEFINITION = SHIPPED_DEFINITIONS / "practice_dialogue.yaml"

build = definition_builder(DEFINITION)


FLOW = FlowSpec(
    name="practice_dialogue",
    description=(
        "Role-play practice: the AI plays a customer from a scenario, each learner turn is "
        "evaluated (coverage, forbidden claims, empathy, questions), the customer's mood follows, "
        "and the session ends in a rubric-scored report."
    ),
    build=build,
    input_model=PracticeInput,
    content_kinds=("scenario", "rubric"),
    source_dir=Path(__file__).parent,
    output_keys=(
        "scenario",
        "stage",
        "turn",
        "mood",
        "transcript",
        "turn_evaluations",
        "ended",
        "report",
    ),
    definition=DEFINITION,
)
