"""Exam quality: what the offline exam flow delivers, what the validators reject, and how the
validators agree with an exam designer's labelled questions.

    python -m bench.exam_quality [--show] [--only NAME] [--material FILE ...]

1. The exam_generation graph runs offline (InMemorySaver, shipped content) on every shipped course
   and every bench material (bench/materials/*.md), asking for all five types (BLUEPRINT). Per
   material: delivered/requested by type, the validators' rejections grouped by reason (the
   state's `rejections`), and the exam's shortfall reasons. `--show` prints the delivered questions.
   Over the bench materials: the false true/false items by the change that made them, and how
   often a statement carrying a flip word (无须, need not) is false (bench/false_kinds.py).
2. The labelled set (bench/labels/*.yaml, see bench/labelled_set.py): a confusion table of the
   designer's verdicts against the validators', and every item they disagree on.

Figures only; nothing is asserted here (tests/graphs/exam_generation/test_exam_labelled_set.py asserts agreement).
"""

from __future__ import annotations

import argparse
import asyncio
import math
import re
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

from langchain_core.runnables import RunnableConfig
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.graph.state import CompiledStateGraph

from bench.false_kinds import FalseKinds
from bench.labelled_set import bench_materials, judge_all, load_items, material_text
from graphs.context import FlowContext
from graphs.courses import Course
from graphs.exam_generation.build import build
from graphs.exam_generation.capacity import ENOUGH, facts_needed, scaled
from graphs.exams import QUESTION_TYPES, Exam, Question
from graphs.library import ContentLibrary
from graphs.text import analyse
from graphs.text.facts import facts_for

BLUEPRINT = {
    "single_choice": 5,
    "multiple_choice": 3,
    "true_false": 4,
    "fill_blank": 4,
    "short_answer": 2,
}
_SHORT = {
    "single_choice": "single",
    "multiple_choice": "multiple",
    "true_false": "true/false",
    "fill_blank": "fill-in",
    "short_answer": "short",
}
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|“[^”]*”|\[[^\]]*\]|\([^)]*\)|\d+(?:\.\d+)?")


def reason_of(problem: str) -> str:
    """A rejection without its particulars (quoted text, numbers, lists): the rule it broke."""
    general = re.sub(r"…(?:\s*…)+", "…", _QUOTED.sub("…", problem))
    return general.split(":")[0].strip()


def facts_in(text: str) -> int:
    """How many facts the engine finds in a material."""
    return len(facts_for(analyse(text)))


async def run_flow(
    graph: CompiledStateGraph[Any, Any, Any, Any],
    context: FlowContext,
    payload: dict[str, Any],
    blueprint: dict[str, int],
) -> dict[str, Any]:
    """One offline run on a fresh thread; the final state values."""
    config: RunnableConfig = {"configurable": {"thread_id": str(uuid.uuid4())}}
    async for _ in graph.astream({**payload, **blueprint}, config, context=context):
        pass
    return dict((await graph.aget_state(config)).values)


def print_question(question: Question) -> None:
    """One delivered question, for reading."""
    print(f"    {question.number}. [{question.type}, {question.difficulty}] {question.stem}")
    for option in question.options:
        mark = "*" if option.key in question.answer else " "
        print(f"        {mark}{option.key}. {option.text}")
    if not question.options:
        print(f"        answer: {' | '.join(question.answer)}")
    for point in question.scoring_points:
        print(f"        - {point}")
    print(f"        knowledge point: {question.knowledge_point}")


def report_material(
    name: str, state: dict[str, Any], show: bool, blueprint: dict[str, int], facts: int
) -> tuple[int, int]:
    """Print one material's figures; return (delivered, requested)."""
    exam = Exam.model_validate(state["exam"])
    delivered = Counter(q.type for q in exam.questions)
    requested = sum(blueprint.values())
    by_type = ", ".join(
        f"{_SHORT[t]} {delivered[t]}/{blueprint[t]}" for t in QUESTION_TYPES if blueprint.get(t)
    )
    enough = facts >= ENOUGH * facts_needed(blueprint)
    print(
        f"\n## {name}: {len(exam.questions)}/{requested} delivered ({by_type}); "
        f"{facts} facts, {facts_needed(blueprint)} needed, enough from "
        f"{math.ceil(ENOUGH * facts_needed(blueprint))}: {'enough' if enough else 'too few'}"
    )
    reasons: Counter[str] = Counter(
        reason_of(p) for problems in state.get("rejections", {}).values() for p in problems
    )
    if reasons:
        print("  rejections by reason:")
        for reason, count in reasons.most_common():
            print(f"    {count:3d}  {reason}")
    else:
        print("  rejections: none")
    for gap in exam.shortfall:
        print(f"  shortfall: {gap.missing} {_SHORT[gap.type]}: {gap.reason}")
    if show:
        for question in exam.questions:
            print_question(question)
    return len(exam.questions), requested


def report_labelled_set() -> None:
    """Print the validators' agreement with the designer's labels."""
    judgements = judge_all(load_items())
    table: Counter[tuple[str, bool]] = Counter()
    for judgement in judgements:
        table[(judgement.item.verdict, judgement.passed)] += 1
    sound = table[("sound", True)] + table[("sound", False)]
    faulty = len(judgements) - sound
    caught = table[("flawed", False)] + table[("broken", False)]
    agree = sum(1 for j in judgements if j.agrees)
    print(f"\n# Labelled set: {len(judgements)} items, agreement {agree}/{len(judgements)}")
    print("| designer \\ validators | passed | rejected |")
    print("|---|---|---|")
    for verdict in ("sound", "flawed", "broken"):
        print(f"| {verdict} | {table[(verdict, True)]} | {table[(verdict, False)]} |")
    print(
        f"sound passed: {table[('sound', True)]}/{sound}; flawed+broken rejected: {caught}/{faulty}"
    )
    for judgement in judgements:
        if not judgement.agrees:
            item = judgement.item
            said = "; ".join(judgement.problems) or "passed"
            print(f"  disagree: {item.id} ({item.verdict}: {item.reason}) -> validators: {said}")


async def main(show: bool, only: str | None, files: list[Path]) -> None:
    """Run the flow on every material, then score the labelled set."""
    library = ContentLibrary.load()
    context = FlowContext(library=library)
    graph = build().compile(checkpointer=InMemorySaver())
    runs: list[tuple[str, dict[str, Any]]] = [
        (course.id, {"course": course.id}) for course in library.all(Course)
    ]
    runs += [(name, {"material": material_text(name)}) for name in bench_materials()]
    texts = {name: material_text(name) for name in bench_materials()}
    texts.update({course.id: course.material for course in library.all(Course)})
    for path in files:  # materials from elsewhere (an unseen one for a review), named by stem
        texts[path.stem] = path.read_text(encoding="utf-8")
        runs.append((path.stem, {"material": texts[path.stem]}))
    for title, shrink in (("the full blueprint", False), ("scaled to each material's facts", True)):
        print(f"\n# Offline exam flow, {title} (full: {BLUEPRINT})")
        totals: Counter[str] = Counter()
        kinds = FalseKinds()
        for name, payload in runs:
            if only and name != only:
                continue
            facts = facts_in(texts[name])
            blueprint = scaled(BLUEPRINT, facts) if shrink else dict(BLUEPRINT)
            state = await run_flow(graph, context, payload, blueprint)
            delivered, requested = report_material(name, state, show, blueprint, facts)
            if "material" in payload:  # the bench materials (and files), not the shipped courses
                exam = Exam.model_validate(state["exam"])
                kinds.add(exam, texts[name], exam.language)
            enough = facts >= ENOUGH * facts_needed(blueprint)
            totals["delivered"] += delivered
            totals["requested"] += requested
            if enough:
                totals["enough delivered"] += delivered
                totals["enough requested"] += requested
        if totals["requested"]:
            share = totals["delivered"] / totals["requested"]
            print(
                f"\nall materials: {totals['delivered']}/{totals['requested']} delivered ({share:.0%})"
            )
        if totals["enough requested"]:
            share = totals["enough delivered"] / totals["enough requested"]
            print(
                f"materials with enough facts: {totals['enough delivered']}/"
                f"{totals['enough requested']} delivered ({share:.0%}; target 90%)"
            )
        for line in kinds.lines():
            print(line)
    report_labelled_set()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print the delivered questions")
    parser.add_argument("--only", help="one material (course id, bench material or file stem)")
    parser.add_argument(
        "--material",
        type=Path,
        action="append",
        default=[],
        help="a material file (text or markdown) to run as well; repeatable",
    )
    arguments = parser.parse_args()
    asyncio.run(main(arguments.show, arguments.only, arguments.material))
