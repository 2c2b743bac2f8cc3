"""How well the offline practice listens: scripted learners on every shipped scenario.

    python -m bench.practice_quality [--show SCENARIO LEARNER]

Every learner of bench/practice_scripts.py plays every scenario through the real graph
(InMemorySaver, shipped content, offline engine, coaching on); a script that runs out before the
session ends ends it with `{"action": "end"}`. Printed per learner and scenario: the report's total
and pass, the share of the learner's labelled questions whose next customer line answers them, the
share of turns flagged off topic, false improvement items (the report asks for something the
labels say was done), and whether the customer let her hidden goal show. `--show` prints one
transcript with each turn's evaluation, to be read as a trainer would.

Targets: strong >= 80 and passes; weak and pushy <= 30; off-topic <= 40 with >= 90% of its turns
flagged; >= 80% of the customer's replies answer the question; no false improvement for strong.
"""

from __future__ import annotations

import argparse
import asyncio
import math
import uuid
from dataclasses import dataclass
from typing import Any

from langchain_core.runnables import RunnableConfig
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.types import Command

from bench.practice_scripts import LEARNERS, SCRIPTS, Turn
from graphs.context import FlowContext
from graphs.library import ContentLibrary
from graphs.practice_dialogue.build import FLOW
from graphs.practice_dialogue.report import EMPATHY_SHARE, QUESTION_SHARE
from graphs.scenarios import Rubric, Scenario

STRONG_MIN = 80
WEAK_MAX = 30
OFF_TOPIC_MAX = 40
FLAGGED_MIN = 0.9
ANSWERED_MIN = 0.8


@dataclass
class Outcome:
    """One scripted session's figures."""

    total: int
    passed: bool
    asked: int
    answered: int
    turns: int
    flagged: int
    false_items: list[str]
    goal_shown: bool
    values: dict[str, Any]


async def play(context: FlowContext, scenario_id: str, script: list[Turn]) -> dict[str, Any]:
    """Run the script through the graph; the final state's values."""
    graph = FLOW.build().compile(checkpointer=InMemorySaver())
    config: RunnableConfig = {"configurable": {"thread_id": str(uuid.uuid4())}}

    async def run(payload: Any) -> dict[str, Any]:
        async for _ in graph.astream(payload, config, context=context):
            pass
        return (await graph.aget_state(config)).values

    values = await run({"scenario": scenario_id})
    for turn in script:
        if values.get("report"):
            break
        values = await run(Command(resume=turn.text))
    if not values.get("report"):
        values = await run(Command(resume={"action": "end"}))
    return values


def _target(turns: int, share: float) -> int:
    return min(3, max(1, math.ceil(turns * share)))


def false_improvements(
    scenario: Scenario, rubric: Rubric, script: list[Turn], report: dict[str, Any]
) -> list[str]:
    """Improvement items asking for what the labels say the learner did."""
    played = script[: report["turns"]]
    covered = {tag for turn in played for tag in turn.covers}
    tags = scenario.point_tags()
    by_text = {
        scenario.stage(sid).points[i].text: scenario.point_tag(sid, i) for sid, i in tags.values()
    }
    criteria = {c.id: c for c in rubric.criteria}
    wrong = []
    for item in report["improvements"]:
        criterion = criteria[item["criterion"]]
        if item_is_false(criterion.measures, item["advice"], by_text, covered, played):
            wrong.append(f"{criterion.id}: {item['advice']}")
    return wrong


def item_is_false(
    measures: str, advice: str, by_text: dict[str, str], covered: set[str], played: list[Turn]
) -> bool:
    """Whether the labels say the learner did what the advice asks for."""
    if measures in ("stage_coverage", "closing"):
        named = [tag for text, tag in by_text.items() if text in advice]
        # a coverage item that names no missing point has nothing to ask for
        return any(tag in covered for tag in named) or (not named and measures == "stage_coverage")
    if measures == "empathy":
        return sum(turn.empathy for turn in played) >= _target(len(played), EMPATHY_SHARE)
    if measures == "questions":
        return sum(turn.asks for turn in played) >= _target(len(played), QUESTION_SHARE)
    return False


def replies_after(values: dict[str, Any]) -> dict[int, str]:
    """Learner turn number -> the customer's line that answered it."""
    lines = {}
    for entry in values["transcript"]:
        if entry["role"] == "persona" and entry["turn"] > 1:
            lines[entry["turn"] - 1] = entry["text"]
    return lines


async def measure(
    context: FlowContext, scenario: Scenario, rubric: Rubric, script: list[Turn]
) -> Outcome:
    """Play one script and compute its figures."""
    values = await play(context, scenario.id, script)
    report = values["report"]
    evaluations = values["turn_evaluations"]
    after = replies_after(values)
    asked = answered = 0
    for number, turn in enumerate(script[: len(evaluations)], 1):
        if turn.answer and number in after:
            asked += 1
            line = after[number].lower()
            answered += any(word.lower() in line for word in turn.answer)
    return Outcome(
        total=report["total"],
        passed=report["passed"],
        asked=asked,
        answered=answered,
        turns=len(evaluations),
        flagged=sum(1 for e in evaluations if e["off_topic"]),
        false_items=false_improvements(scenario, rubric, script, report),
        goal_shown=bool(values.get("goal_revealed")),
        values=values,
    )


def show(outcome: Outcome) -> None:
    """Print a transcript with each learner turn's evaluation."""
    evaluations = {e["turn"]: e for e in outcome.values["turn_evaluations"]}
    for entry in outcome.values["transcript"]:
        who = "客户" if entry["role"] == "persona" else "学员"
        print(f"[{entry['turn']:>2}] {who}: {entry['text']}")
        if entry["role"] == "learner" and entry["turn"] in evaluations:
            e = evaluations[entry["turn"]]
            print(f"       -> {e['tags']} asked={e['asked']} quality={e['quality']}")
    report = outcome.values["report"]
    print(f"total {report['total']} passed {report['passed']} ended {report['ended']}")
    for c in report["criteria"]:
        print(f"  {c['name']}: {c['score']} turns={c['turns']} ({c['explanation']})")
    for item in report["improvements"]:
        print(f"  improve {item['name']}: {item['advice']}")


async def main(show_one: tuple[str, str] | None) -> int:
    """Run every learner on every scenario; print the table and the targets met."""
    library = ContentLibrary.load()
    context = FlowContext(library=library)
    scenarios = [library.get(Scenario, sid) for sid in SCRIPTS]
    if show_one:
        scenario = library.get(Scenario, show_one[0])
        script = SCRIPTS[show_one[0]][show_one[1]]
        show(await measure(context, scenario, library.get(Rubric, scenario.rubric), script))
        return 0
    results: dict[tuple[str, str], Outcome] = {}
    for scenario in scenarios:
        rubric = library.get(Rubric, scenario.rubric)
        for learner in LEARNERS:
            script = SCRIPTS[scenario.id][learner]
            results[scenario.id, learner] = await measure(context, scenario, rubric, script)
    header = f"{'scenario':<22}{'learner':<15}{'total':>6}{'pass':>6}{'answered':>10}"
    print(header + f"{'off-topic':>11}{'false items':>13}{'goal shown':>12}")
    for (sid, learner), o in results.items():
        answered = f"{o.answered}/{o.asked}" if o.asked else "-"
        print(
            f"{sid:<22}{learner:<15}{o.total:>6}{'yes' if o.passed else 'no':>6}{answered:>10}"
            f"{f'{o.flagged}/{o.turns}':>11}{len(o.false_items):>13}{'yes' if o.goal_shown else 'no':>12}"
        )
    asked = sum(o.asked for o in results.values())
    answered = sum(o.answered for o in results.values())
    off = [o for (_, learner), o in results.items() if learner == "off-topic"]
    flagged = sum(o.flagged for o in off) / max(1, sum(o.turns for o in off))
    checks = {
        f"strong >= {STRONG_MIN} and passes": all(
            o.total >= STRONG_MIN and o.passed for (_, lr), o in results.items() if lr == "strong"
        ),
        f"weak and pushy <= {WEAK_MAX}": all(
            o.total <= WEAK_MAX for (_, lr), o in results.items() if lr in ("weak", "pushy")
        ),
        f"off-topic <= {OFF_TOPIC_MAX}": all(o.total <= OFF_TOPIC_MAX for o in off),
        f"off-topic turns flagged {flagged:.0%} >= {FLAGGED_MIN:.0%}": flagged >= FLAGGED_MIN,
        f"replies answer the question {answered}/{asked} = {answered / max(1, asked):.0%} "
        f">= {ANSWERED_MIN:.0%}": answered >= ANSWERED_MIN * asked,
        "no false improvement item for strong": not any(
            o.false_items for (_, lr), o in results.items() if lr == "strong"
        ),
        "hidden goal never shown to pushy": not any(
            o.goal_shown for (_, lr), o in results.items() if lr == "pushy"
        ),
    }
    print()
    for name, met in checks.items():
        print(f"{'ok  ' if met else 'MISS'} {name}")
    for (sid, learner), o in results.items():
        for item in o.false_items:
            print(f"false item {sid}/{learner}: {item}")
    return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", nargs=2, metavar=("SCENARIO", "LEARNER"))
    args = parser.parse_args()
    raise SystemExit(asyncio.run(main(tuple(args.show) if args.show else None)))
