"""How well the offline practice listens: scripted learners on every shipped scenario.

    python -m bench.practice_quality [--set builders|trial1|trial2|heldout|heldout2|heldout3|heldout4|heldout5|review6|review6b|review7] [--show SCENARIO LEARNER]

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
import re
import uuid
from dataclasses import dataclass, field
from typing import Any

from langchain_core.runnables import RunnableConfig
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.types import Command

from bench.practice_scripts import LEARNERS, SCRIPTS, Turn
from bench.practice_scripts_heldout import LEARNERS as HELDOUT_LEARNERS
from bench.practice_scripts_heldout import MUST_FAIL as HELDOUT_MUST_FAIL
from bench.practice_scripts_heldout import SCRIPTS as HELDOUT_SCRIPTS
from bench.practice_scripts_heldout import VERDICTS as HELDOUT_VERDICTS
from bench.practice_scripts_heldout2 import LEARNERS as HELDOUT2_LEARNERS
from bench.practice_scripts_heldout2 import MUST_FAIL as HELDOUT2_MUST_FAIL
from bench.practice_scripts_heldout2 import SCRIPTS as HELDOUT2_SCRIPTS
from bench.practice_scripts_heldout2 import VERDICTS as HELDOUT2_VERDICTS
from bench.practice_scripts_heldout3 import LEARNERS as HELDOUT3_LEARNERS
from bench.practice_scripts_heldout3 import MUST_FAIL as HELDOUT3_MUST_FAIL
from bench.practice_scripts_heldout3 import SCRIPTS as HELDOUT3_SCRIPTS
from bench.practice_scripts_heldout3 import VERDICTS as HELDOUT3_VERDICTS
from bench.practice_scripts_heldout4 import LEARNERS as HELDOUT4_LEARNERS
from bench.practice_scripts_heldout4 import MUST_FAIL as HELDOUT4_MUST_FAIL
from bench.practice_scripts_heldout4 import SCRIPTS as HELDOUT4_SCRIPTS
from bench.practice_scripts_heldout4 import VERDICTS as HELDOUT4_VERDICTS
from bench.practice_scripts_heldout5 import LEARNERS as HELDOUT5_LEARNERS
from bench.practice_scripts_heldout5 import MUST_FAIL as HELDOUT5_MUST_FAIL
from bench.practice_scripts_heldout5 import SCRIPTS as HELDOUT5_SCRIPTS
from bench.practice_scripts_heldout5 import VERDICTS as HELDOUT5_VERDICTS
from bench.practice_scripts_review6 import LEARNERS as REVIEW6_LEARNERS
from bench.practice_scripts_review6 import MUST_FAIL as REVIEW6_MUST_FAIL
from bench.practice_scripts_review6 import SCRIPTS as REVIEW6_SCRIPTS
from bench.practice_scripts_review6 import VERDICTS as REVIEW6_VERDICTS
from bench.practice_scripts_review6b import LEARNERS as REVIEW6B_LEARNERS
from bench.practice_scripts_review6b import MUST_FAIL as REVIEW6B_MUST_FAIL
from bench.practice_scripts_review6b import SCRIPTS as REVIEW6B_SCRIPTS
from bench.practice_scripts_review6b import VERDICTS as REVIEW6B_VERDICTS
from bench.practice_scripts_review7 import JUDGED as REVIEW7_JUDGED
from bench.practice_scripts_review7 import LEARNERS as REVIEW7_LEARNERS
from bench.practice_scripts_review7 import MUST_FAIL as REVIEW7_MUST_FAIL
from bench.practice_scripts_review7 import SCRIPTS as REVIEW7_SCRIPTS
from bench.practice_scripts_review7 import VERDICTS as REVIEW7_VERDICTS
from bench.practice_scripts_review8c import LEARNERS as REVIEW8C_LEARNERS
from bench.practice_scripts_review8c import MUST_FAIL as REVIEW8C_MUST_FAIL
from bench.practice_scripts_review8c import SCRIPTS as REVIEW8C_SCRIPTS
from bench.practice_scripts_review8c import VERDICTS as REVIEW8C_VERDICTS
from bench.practice_scripts_trial import LEARNERS as TRIAL_LEARNERS
from bench.practice_scripts_trial import MUST_FAIL as TRIAL_MUST_FAIL
from bench.practice_scripts_trial import SCRIPTS as TRIAL_SCRIPTS
from bench.practice_scripts_trial2 import EXPECTED as TRIAL2_EXPECTED
from bench.practice_scripts_trial2 import LEARNERS as TRIAL2_LEARNERS
from bench.practice_scripts_trial2 import MUST_FAIL as TRIAL2_MUST_FAIL
from bench.practice_scripts_trial2 import SCRIPTS as TRIAL2_SCRIPTS
from bench.practice_scripts_trial2 import VERDICTS as TRIAL2_VERDICTS
from graphs.context import FlowContext
from graphs.exams import Language
from graphs.library import ContentLibrary
from graphs.practice_dialogue.build import FLOW
from graphs.practice_dialogue.point_examples import offered_text
from graphs.practice_dialogue.question_aims import asking_tags, asks_only_for_yes, needs_tags
from graphs.practice_dialogue.report import (
    EMPATHY_MIN_TURNS,
    EMPATHY_SHARE,
    QUESTION_SHARE,
    SIDE_QUESTION_WEIGHT,
)
from graphs.rubrics import Rubric
from graphs.scenarios import Scenario

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
    misfits: int
    """Customer lines holding a word the labels say she must not say then (`avoid`)."""
    repeats: int
    """Customer lines that say a sentence of one of her earlier lines again, word for word."""
    turns: int
    off_labelled: int
    off_flagged: int
    """Labelled small-talk turns the evaluator flagged off topic."""
    wrongly_flagged: int
    """On-topic turns flagged off topic."""
    breaks: int
    breaks_heard: int
    """Labelled rule breaks heard as a forbidden claim or pressure."""
    false_alarms: int
    """Turns heard as a forbidden claim or pressure that break no rule."""
    false_items: list[str]
    goal_shown: bool
    values: dict[str, Any]


@dataclass(frozen=True)
class ScriptSet:
    """A labelled set of learners: its name, learners, scripts and which learners must fail."""

    name: str
    learners: tuple[str, ...]
    scripts: dict[str, dict[str, list[Turn]]]
    must_fail: tuple[str, ...] = ()
    verdicts: dict[tuple[str, str], bool] = field(default_factory=dict)
    """(scenario, learner) -> whether the run should pass, as its writer judged it."""
    expected: dict[str, tuple[int, int]] = field(default_factory=dict)
    """learner -> the (low, high) range its writer expects its totals in."""
    judged: dict[tuple[str, str], list[tuple[str, str]]] = field(default_factory=dict)
    """(scenario, learner) -> the reviewer's verdict on each reply and the reply she judged."""


SETS = {
    "builders": ScriptSet("builders' scripts", LEARNERS, SCRIPTS),
    "trial1": ScriptSet("trainer trial 1", TRIAL_LEARNERS, TRIAL_SCRIPTS, TRIAL_MUST_FAIL),
    "trial2": ScriptSet(
        "trainer trial 2",
        TRIAL2_LEARNERS,
        TRIAL2_SCRIPTS,
        TRIAL2_MUST_FAIL,
        TRIAL2_VERDICTS,
        TRIAL2_EXPECTED,
    ),
    "heldout": ScriptSet(
        "held-out set", HELDOUT_LEARNERS, HELDOUT_SCRIPTS, HELDOUT_MUST_FAIL, HELDOUT_VERDICTS
    ),
    "heldout2": ScriptSet(
        "second held-out set",
        HELDOUT2_LEARNERS,
        HELDOUT2_SCRIPTS,
        HELDOUT2_MUST_FAIL,
        HELDOUT2_VERDICTS,
    ),
    "heldout3": ScriptSet(
        "third held-out set",
        HELDOUT3_LEARNERS,
        HELDOUT3_SCRIPTS,
        HELDOUT3_MUST_FAIL,
        HELDOUT3_VERDICTS,
    ),
    "heldout4": ScriptSet(
        "fourth held-out set",
        HELDOUT4_LEARNERS,
        HELDOUT4_SCRIPTS,
        HELDOUT4_MUST_FAIL,
        HELDOUT4_VERDICTS,
    ),
    "heldout5": ScriptSet(
        "fifth held-out set",
        HELDOUT5_LEARNERS,
        HELDOUT5_SCRIPTS,
        HELDOUT5_MUST_FAIL,
        HELDOUT5_VERDICTS,
    ),
    "review6": ScriptSet(
        "session-6 trainer review",
        REVIEW6_LEARNERS,
        REVIEW6_SCRIPTS,
        REVIEW6_MUST_FAIL,
        REVIEW6_VERDICTS,
    ),
    "review6b": ScriptSet(
        "second session-6 trainer review",
        REVIEW6B_LEARNERS,
        REVIEW6B_SCRIPTS,
        REVIEW6B_MUST_FAIL,
        REVIEW6B_VERDICTS,
    ),
    "review7": ScriptSet(
        "session-7 trainer review",
        REVIEW7_LEARNERS,
        REVIEW7_SCRIPTS,
        REVIEW7_MUST_FAIL,
        REVIEW7_VERDICTS,
        judged=REVIEW7_JUDGED,
    ),
    "review8c": ScriptSet(
        "session-8 customer review",
        REVIEW8C_LEARNERS,
        REVIEW8C_SCRIPTS,
        REVIEW8C_MUST_FAIL,
        REVIEW8C_VERDICTS,
    ),
}
WEAK_KINDS = ("weak", "mediocre", "pushy")
"""Learners held to the weak target (the trial's mediocre learner: the trainer put them at 25-30)."""


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


def _target(turns: int, share: float, least: int = 1) -> int:
    return min(3, max(least, math.ceil(turns * share)))


def false_improvements(
    scenario: Scenario, rubric: Rubric, script: list[Turn], report: dict[str, Any]
) -> list[str]:
    """Improvement items asking for what the labels say the learner did."""
    played = script[: report["turns"]]
    covered = {tag for turn in played for tag in turn.covers}
    tags = scenario.point_tags()
    # the report names a missing point as offered, without the examples the brief lacks
    # (point_examples.offered_text): 介绍与目标匹配的服务（体测、私教体验）, not the point's full text
    by_text = {
        text: scenario.point_tag(sid, i)
        for sid, i in tags.values()
        for point in [scenario.stage(sid).points[i]]
        for text in (point.text, offered_text(scenario, point))
    }
    criteria = {c.id: c for c in rubric.criteria}
    wrong = []
    for item in report["improvements"]:
        criterion = criteria[item["criterion"]]
        needs = asking_tags(scenario)
        found_out = needs_tags(scenario)
        if item_is_false(
            criterion.measures,
            item["advice"],
            by_text,
            covered,
            played,
            needs,
            found_out,
            scenario.language,
        ):
            wrong.append(f"{criterion.id}: {item['advice']}")
    return wrong


def item_is_false(
    measures: str,
    advice: str,
    by_text: dict[str, str],
    covered: set[str],
    played: list[Turn],
    needs: frozenset[str] | set[str] = frozenset(),
    found_out: frozenset[str] | set[str] = frozenset(),
    language: Language | None = None,
) -> bool:
    """Whether the labels say the learner did what the advice asks for (a question about what
    the learner must find out, `needs`, counts fully, any other half, as in the report; one that
    asks only her decision or her yes, no need of hers (`found_out`), counts nothing, and every
    need of hers asked is enough: report.py, question_aims.py)."""
    if measures in ("stage_coverage", "closing"):
        named = [tag for text, tag in by_text.items() if text in advice]
        # a coverage item that names no missing point has nothing to ask for
        return any(tag in covered for tag in named) or (not named and measures == "stage_coverage")
    if measures == "empathy":
        target = _target(len(played), EMPATHY_SHARE, EMPATHY_MIN_TURNS)
        return sum(turn.empathy for turn in played) >= target
    if measures == "questions":
        decision = set(needs) - set(found_out)
        asking = [
            turn
            for turn in played
            if turn.asks
            and (
                set(turn.covers) & set(found_out)
                or not (
                    set(turn.covers) & decision
                    or (language is not None and asks_only_for_yes(turn.text, language))
                )
            )
        ]
        if found_out and set(found_out) <= {tag for turn in asking for tag in turn.covers}:
            return True
        weighed = sum(1.0 if set(turn.covers) & needs else SIDE_QUESTION_WEIGHT for turn in asking)
        return weighed >= _target(len(played), QUESTION_SHARE)
    return False


def repeated_sentences(lines: list[str]) -> int:
    """How many of her lines repeat, word for word, a sentence she already said (a canned
    reaction said twice reads as a machine)."""
    said: set[str] = set()
    count = 0
    for line in lines:
        sentences = {
            s.strip() for s in re.split(r"(?<=[。？！?!.])\s*", line) if len(s.strip()) > 5
        }
        count += bool(sentences & said)
        said |= sentences
    return count


def replies_after(values: dict[str, Any]) -> dict[int, str]:
    """Learner turn number -> the customer's line that answered it."""
    lines = {}
    for entry in values["transcript"]:
        if entry["role"] == "persona" and entry["turn"] > 1:
            lines[entry["turn"] - 1] = entry["text"]
    return lines


async def measure(
    context: FlowContext, scenario: Scenario, rubric: Rubric, script: list[Turn], learner: str
) -> Outcome:
    """Play one script and compute its figures (a question the session closed on before the
    customer answered counts as not answered)."""
    values = await play(context, scenario.id, script)
    report = values["report"]
    evaluations = values["turn_evaluations"]
    after = replies_after(values)
    asked = answered = misfits = 0
    off_labelled = off_flagged = wrongly = breaks = heard = alarms = 0
    for number, turn in enumerate(script[: len(evaluations)], 1):
        line = after.get(number, "").lower()
        if turn.answer:
            asked += 1
            answered += any(word.lower() in line for word in turn.answer)
        misfits += any(word.lower() in line for word in turn.avoid)
        evaluation = evaluations[number - 1]
        off = turn.off or learner == "off-topic"
        off_labelled += off
        off_flagged += off and evaluation["off_topic"]
        # the silent-but-polite learner says nothing either way ("好的。"): neither small talk
        # nor on topic, so flagging it is no error
        wrongly += not off and evaluation["off_topic"] and learner != "silent-polite"
        broke = bool(evaluation["forbidden"] or evaluation["pushy"])
        breaks += turn.breaks
        heard += turn.breaks and broke
        alarms += broke and not turn.breaks and learner not in ("pushy", "weak")
    return Outcome(
        total=report["total"],
        passed=report["passed"],
        asked=asked,
        answered=answered,
        misfits=misfits,
        repeats=repeated_sentences(
            [e["text"] for e in values["transcript"] if e["role"] == "persona"]
        ),
        turns=len(evaluations),
        off_labelled=off_labelled,
        off_flagged=off_flagged,
        wrongly_flagged=wrongly,
        breaks=breaks,
        breaks_heard=heard,
        false_alarms=alarms,
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


def _ratio(num: int, den: int) -> str:
    return f"{num}/{den}" if den else "-"


def her_verdicts(
    judged: dict[tuple[str, str], list[tuple[str, str]]], results: dict[tuple[str, str], Outcome]
) -> str:
    """Her verdicts on the replies that still read word for word as she judged them, and how many
    now read otherwise (to be read with --show, as she would)."""
    kept: dict[str, int] = {"fit": 0, "partly": 0, "misfit": 0}
    changed = {"fit": 0, "partly": 0, "misfit": 0}
    for key, verdicts in judged.items():
        after = replies_after(results[key].values) if key in results else {}
        for number, (verdict, reply) in enumerate(verdicts, 1):
            now = after.get(number, "")
            same = " ".join(now.split()) == " ".join(reply.split())
            (kept if same else changed)[verdict] += 1
    return (
        f"her verdicts, replies unchanged: fit {kept['fit']}, partly {kept['partly']}, "
        f"misfit {kept['misfit']}; changed since: {sum(changed.values())} (were fit "
        f"{changed['fit']}, partly {changed['partly']}, misfit {changed['misfit']})"
    )


async def run_set(library: ContentLibrary, context: FlowContext, chosen: ScriptSet) -> bool:
    """Run every learner of a set on every scenario; print its table and targets."""
    results: dict[tuple[str, str], Outcome] = {}
    for sid, scripts in chosen.scripts.items():
        scenario = library.get(Scenario, sid)
        rubric = library.get(Rubric, scenario.rubric)
        for learner in chosen.learners:
            if learner in scripts:
                results[sid, learner] = await measure(
                    context, scenario, rubric, scripts[learner], learner
                )
    print(f"== {chosen.name} ==")
    print(
        f"{'scenario':<22}{'learner':<15}{'total':>6}{'pass':>6}{'answered':>10}{'misfit':>8}"
        f"{'off flagged':>13}{'wrong off':>11}{'breaks':>8}{'alarms':>8}{'false items':>13}"
        f"{'goal':>6}"
    )
    for (sid, learner), o in results.items():
        print(
            f"{sid:<22}{learner:<15}{o.total:>6}{'yes' if o.passed else 'no':>6}"
            f"{_ratio(o.answered, o.asked):>10}{o.misfits:>8}"
            f"{_ratio(o.off_flagged, o.off_labelled):>13}{o.wrongly_flagged:>11}"
            f"{_ratio(o.breaks_heard, o.breaks):>8}{o.false_alarms:>8}{len(o.false_items):>13}"
            f"{'yes' if o.goal_shown else 'no':>6}"
        )
    every = list(results.values())
    asked = sum(o.asked for o in every)
    answered = sum(o.answered for o in every)
    off = [o for (_, learner), o in results.items() if learner == "off-topic"]
    labelled = sum(o.off_labelled for o in every)
    flagged = sum(o.off_flagged for o in every) / max(1, labelled)
    breaks = sum(o.breaks for o in every)
    heard = sum(o.breaks_heard for o in every)
    checks = {
        f"strong >= {STRONG_MIN} and passes": all(
            o.total >= STRONG_MIN and o.passed for (_, lr), o in results.items() if lr == "strong"
        ),
        f"weak, mediocre and pushy <= {WEAK_MAX}": all(
            o.total <= WEAK_MAX for (_, lr), o in results.items() if lr in WEAK_KINDS
        ),
        f"off-topic <= {OFF_TOPIC_MAX}": all(o.total <= OFF_TOPIC_MAX for o in off),
        f"small-talk turns flagged {flagged:.0%} of {labelled} >= {FLAGGED_MIN:.0%}": flagged
        >= FLAGGED_MIN
        or not labelled,
        f"replies answer the learner {answered}/{asked} = {answered / max(1, asked):.0%} "
        f">= {ANSWERED_MIN:.0%}": answered >= ANSWERED_MIN * asked,
        "no false improvement item for strong": not any(
            o.false_items for (_, lr), o in results.items() if lr == "strong"
        ),
        "hidden goal never shown to pushy": not any(
            o.goal_shown for (_, lr), o in results.items() if lr == "pushy"
        ),
    }
    if chosen.verdicts:
        wrong = [
            f"{s}/{lr}" for (s, lr), ok in chosen.verdicts.items() if results[s, lr].passed != ok
        ]
        checks[f"pass/fail as the writer judged ({', '.join(wrong) or 'all agree'})"] = not wrong
    for learner, (low, high) in chosen.expected.items():
        totals = [o.total for (_, lr), o in results.items() if lr == learner]
        checks[f"{learner} in {low}-{high} ({', '.join(map(str, totals))})"] = all(
            low <= total <= high for total in totals
        )
    if chosen.must_fail:
        checks[f"{', '.join(chosen.must_fail)} fail"] = not any(
            o.passed for (_, lr), o in results.items() if lr in chosen.must_fail
        )
    print()
    for name, met in checks.items():
        print(f"{'ok  ' if met else 'MISS'} {name}")
    print(
        f"     also: on-topic turns flagged off topic {sum(o.wrongly_flagged for o in every)}; "
        f"misfit customer lines {sum(o.misfits for o in every)}; repeated lines "
        f"{sum(o.repeats for o in every)}; rule breaks heard "
        f"{_ratio(heard, breaks)}; false alarms {sum(o.false_alarms for o in every)}; "
        f"false improvement items {sum(len(o.false_items) for o in every)} (strong "
        f"{sum(len(o.false_items) for (_, lr), o in results.items() if lr == 'strong')})"
    )
    if chosen.judged:
        print(f"     {her_verdicts(chosen.judged, results)}")
    for (sid, learner), o in results.items():
        for item in o.false_items:
            print(f"false item {sid}/{learner}: {item}")
    print()
    return all(checks.values())


async def main(show_one: tuple[str, str] | None, set_names: list[str]) -> int:
    """Run the chosen sets (all by default); print each set's table and targets separately."""
    library = ContentLibrary.load()
    context = FlowContext(library=library)
    if show_one:
        scenario = library.get(Scenario, show_one[0])
        for name in set_names:
            scripts = SETS[name].scripts.get(show_one[0], {})
            if show_one[1] in scripts:
                rubric = library.get(Rubric, scenario.rubric)
                script = scripts[show_one[1]]
                show(await measure(context, scenario, rubric, script, show_one[1]))
                return 0
        return 2
    met = [await run_set(library, context, SETS[name]) for name in set_names]
    return 0 if all(met) else 1


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", nargs=2, metavar=("SCENARIO", "LEARNER"))
    parser.add_argument("--set", choices=sorted(SETS), action="append", dest="sets")
    args = parser.parse_args()
    names = args.sets or list(SETS)
    raise SystemExit(asyncio.run(main(tuple(args.show) if args.show else None, names)))
