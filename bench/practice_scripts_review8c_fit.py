"""The session-8 customer review's fit figure: the share of labelled turns whose next customer
line fits what the learner said.

    python -m bench.practice_scripts_review8c_fit [--verbose]

Stricter than bench/practice_quality.py's `answered`: a turn of two questions (or an offer and a
question) fits only when her line holds a word of each group in BOTH, and no turn fits when her
line holds one of its `avoid` words (a rebuke, a deflection, an answer to what nobody asked).
"""

from __future__ import annotations

import argparse
import asyncio

from bench.practice_quality import measure, replies_after
from bench.practice_scripts import Turn
from bench.practice_scripts_review8c import BOTH, LEARNERS, SCRIPTS
from graphs.context import FlowContext
from graphs.library import ContentLibrary
from graphs.rubrics import Rubric
from graphs.scenarios import Scenario


def fits(turn: Turn, line: str, groups: tuple[str, ...] = ()) -> bool:
    """Her line holds a word of every group (the turn's `answer` when no groups are given) and
    none of the turn's `avoid` words."""
    line = line.lower()
    wanted = [g.split("|") for g in groups] or [list(turn.answer)]
    heard = all(any(word.lower() in line for word in words) for words in wanted)
    return heard and not any(word.lower() in line for word in turn.avoid)


async def main(verbose: bool) -> int:
    """Play every learner of the set and print each scenario's fit and the total."""
    library = ContentLibrary.load()
    context = FlowContext(library=library)
    total = fitting = 0
    for sid, scripts in SCRIPTS.items():
        scenario = library.get(Scenario, sid)
        rubric = library.get(Rubric, scenario.rubric)
        for learner in LEARNERS:
            script = scripts[learner]
            outcome = await measure(context, scenario, rubric, script, learner)
            after = replies_after(outcome.values)
            count = good = 0
            for number, turn in enumerate(script, 1):
                if not turn.answer:
                    continue
                line = after.get(number, "")
                ok = fits(turn, line, BOTH.get((sid, learner, number), ()))
                count += 1
                good += ok
                if verbose:
                    print(f"  {sid} {learner} {number}: {'fit ' if ok else 'MISS'} {line}")
            print(f"{sid:<22}{learner:<10}{good}/{count}")
            total += count
            fitting += good
    print(f"fit {fitting}/{total} = {fitting / max(1, total):.0%}")
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true")
    raise SystemExit(asyncio.run(main(parser.parse_args().verbose)))
