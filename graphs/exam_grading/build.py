"""The exam_grading FlowSpec: check_input -> grade_objective -> judge_answer (fan-out) ->
write_report, as the shipped definition exam_grading.yaml wires it."""

from __future__ import annotations

from pathlib import Path

from graphs.definitions.compile import definition_builder
from graphs.definitions.loader import SHIPPED_DEFINITIONS
from graphs.exam_grading.state import GradingInput
from graphs.flows import FlowSpec

DEFINITION = SHIPPED_DEFINITIONS / "exam_grading.yaml"

build = definition_builder(DEFINITION)


FLOW = FlowSpec(
    name="exam_grading",
    description=(
        "Grade a learner's answers to an exam: choices and true/false by key (multiple choice: any "
        "wrong option 0, a correct subset half, or nothing with multiple_choice=all_or_nothing; "
        "the report states which), fill-ins and short answers by a judge; report the score, what "
        "to review and which questions to retest."
    ),
    build=build,
    input_model=GradingInput,
    content_kinds=(),
    source_dir=Path(__file__).parent,
    output_keys=("report",),
    definition=DEFINITION,
)
