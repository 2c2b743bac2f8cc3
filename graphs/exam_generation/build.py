"""The exam_generation FlowSpec: its graph is the shipped definition, exam_generation.yaml."""

from __future__ import annotations

from pathlib import Path

from graphs.definitions.compile import definition_builder
from graphs.definitions.loader import SHIPPED_DEFINITIONS
from graphs.exam_generation.state import ExamGenerationInput
from graphs.flows import FlowSpec

DEFINITION = SHIPPED_DEFINITIONS / "exam_generation.yaml"

build = definition_builder(DEFINITION)


FLOW = FlowSpec(
    name="exam_generation",
    description="Generate a validated exam (单选/多选/判断/填空/简答) from course material and a blueprint",
    build=build,
    input_model=ExamGenerationInput,
    content_kinds=("course", "blueprint"),
    source_dir=Path(__file__).parent,
    output_keys=("exam",),
    # What a client needs is the exam (`assemble_exam`'s output and `completed`); the working
    # sets behind it go out as their sizes. Each question used to go out four times (candidate,
    # accepted, the exam twice): 22.9 KB for a 5-question exam, now 15.9 (docs/benchmarks.md).
    summarised_keys=("analysis", "candidates", "accepted", "rejections"),
    definition=DEFINITION,
)
