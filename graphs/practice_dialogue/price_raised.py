"""Whether a price has come up in the conversation, so that "I understand" can be about it.

A point made only with words of the phrase families ("I hear you" for "acknowledge the price
concern", 理解 for 认同客户对价格的顾虑) acknowledges her concern about a price only once there
is one. Before any price or her price objection came up, "I hear you" answers something else (the
long drive, her wish to cancel). What counts as the price having come up:

- a line of hers so far speaks of money: her opening (你们这年卡要三千九百八？也太贵了吧; 结账还
  多收我一百二) or a later objection ("Fifty-five a night? That's more than we planned to
  spend"); the evaluator is given her lines (nodes.evaluate_turn);
- the learner made a point that names a price (by its text: "State the price clearly", 把价格拆分
  到每天或每次), before this turn or in it (in words of its own, not only "I hear you"): she
  answers a price with her objection, whatever words she finds for it;
- this turn names an amount or speaks of money ("USD 55", "more than you planned to spend").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from graphs.practice_dialogue.amounts import amounts
from graphs.practice_dialogue.turn_moves import MONEY_WORDS
from graphs.practice_dialogue.unmade_sums import PRICE_POINT
from graphs.scenarios import Scenario

PRICE_OBJECTION = {
    "zh": re.compile(r"贵|便宜|多少钱|报价|价位"),
    "en": re.compile(
        r"\b(?:expensive|pricey|cheaper|afford|budget|too much|how much|dollars?|pounds?|euros?|"
        r"money|spend|spending|pay|paying)\b"
        r"|[£$€]",
        re.IGNORECASE,
    ),
}
"""Words about a price: what it costs, that it is dear, that someone else is cheaper, what she
planned to spend."""


def speaks_of_price(scenario: Scenario, text: str) -> bool:
    """Whether `text` names a sum or speaks of what something costs."""
    language = scenario.language
    return bool(
        amounts(text, language)
        or MONEY_WORDS[language].search(text)
        or PRICE_OBJECTION[language].search(text)
    )


def price_raised(
    scenario: Scenario,
    covered_before: dict[str, list[int]],
    covered_now: list[dict[str, Any]],
    reply: str,
    her_lines: Sequence[str] = (),
) -> bool:
    """Whether a price or her price objection has come up by the end of this turn."""
    if any(speaks_of_price(scenario, line) for line in (scenario.opening_line, *her_lines)):
        return True
    made = [(stage_id, i) for stage_id, done in covered_before.items() for i in done]
    made += [(c["stage"], c["index"]) for c in covered_now]
    if any(PRICE_POINT.search(scenario.stage(s).points[i].text) for s, i in made):
        return True
    return speaks_of_price(scenario, reply)
