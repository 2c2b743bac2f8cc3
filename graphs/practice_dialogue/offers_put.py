"""What the learner has put to the customer so far: an offer she can say yes to, something to
think over, a question about her. Her line (her_line.py) reads these before choosing what to say.
"""

from __future__ import annotations

import re

from graphs.practice_dialogue.amounts import amounts
from graphs.practice_dialogue.script_lines import LineChoice
from graphs.scenarios import Scenario

OFFER_STAGE = "presentation"
"""The stage whose points are what the learner offers (the service, the refund, the suite)."""


def offered(scenario: Scenario, covered: dict[str, list[int]], learner_said: str) -> bool:
    """The learner has offered something (a point of the presentation stage; in a scenario
    without one, of any stage after discovery), with its price where the scenario has one
    (its background names an amount: the learner has named a sum, or said it is free): only
    then can she say yes to it. Naming her price
    concern or asking "怎么样" about her week offers nothing; "Would you like the suite? It has a
    harbour view." is no offer she can take before she hears what it costs, nor is "退费还是找医生"
    a refund of a sum."""
    ids = [s.id for s in scenario.stages]
    if OFFER_STAGE in ids:
        made = bool(covered.get(OFFER_STAGE))
    else:
        made = any(covered.get(i) for i in ids if i not in ("opening", "discovery"))
    unpriced = not amounts(scenario.background, scenario.language)
    priced = bool(amounts(learner_said, scenario.language) or _FREE.search(learner_said))
    return made and (unpriced or priced)


def asked_about_her(scenario: Scenario, covered: dict[str, list[int]]) -> bool:
    """The learner has asked about her (a point made by asking is covered), or the scenario
    has no such point: she is won over by what fits her, not by a pitch to nobody in particular."""
    asking = [
        (stage.id, i)
        for stage in scenario.stages
        for i, p in enumerate(stage.points)
        if p.by_asking
    ]
    return not asking or any(i in covered.get(stage_id, []) for stage_id, i in asking)


def something_offered(scenario: Scenario, covered: dict[str, list[int]]) -> bool:
    """She has something to think over: a point made after discovery (an offer, its value, a
    next step), priced or not."""
    return any(covered.get(s.id) for s in scenario.stages if s.id not in ("opening", "discovery"))


_FREE = re.compile(
    r"免费|不收(?:费|钱)|不要钱|\bfree\b|\bno charge\b|\bat no (?:extra )?cost\b", re.IGNORECASE
)
"""An offer said to cost nothing ("免费体测", "a free line check"): its price is said."""


def of_the_offer(scenario: Scenario, key: str | None) -> bool:
    """The scripted line is one of the offer's stage or a later one (her doubts, her decision)."""
    ids = [s.id for s in scenario.stages]
    stage_id = (key or "").partition(":")[0]
    return OFFER_STAGE in ids and stage_id in ids[ids.index(OFFER_STAGE) :]


def of_the_welcome(scenario: Scenario, choice: LineChoice) -> bool:
    """The line answers a point of the opening stage (the booking, the account, her name)."""
    opening = scenario.stages[0].id if scenario.stages else ""
    return bool(choice.answers) and (choice.key or "").partition(":")[0] == opening
