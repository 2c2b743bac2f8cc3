"""Her doubt still open: no yes until the learner has spoken to it.

Her mood can reach her goal on friendly questions alone; her yes also needs her last doubt
answered. She voices a doubt with a line of the doubts stage that answers nothing in particular
("I'd rather not commit, to be honest", 「我再看看吧」), with a hesitation to a call for her
decision (a line answering it that does not agree), or with her answer to a price put to her (an
offer's line after a turn that named a sum the learner may offer, and not her yes). The doubt is
answered by a later turn that makes a point of the doubts stage (acknowledges it, puts the price
in terms of value, offers the lower rate) or a new offer. "Do you want it?" after "It's a nice
room, people like it" answers none: she hesitates ("Okay, you've convinced me" no more).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from graphs.practice_dialogue.asking import decision_tags
from graphs.practice_dialogue.authorised_offers import MONEY_UNITS, authorised_prices
from graphs.practice_dialogue.figures import figures
from graphs.practice_dialogue.reply_order import is_offer
from graphs.practice_dialogue.script_lines import DOUBTS, OFFERS
from graphs.scenarios import PersonaLine, Scenario


def _lines_in(scenario: Scenario, text: str) -> list[tuple[str, PersonaLine]]:
    """Her scripted lines said in `text` (a reaction may stand before them), with their stage."""
    return [
        (stage.id, line)
        for stage in scenario.stages
        for line in stage.persona_lines
        if line.text and line.text in text
    ]


def _names_a_price(scenario: Scenario, reply: str) -> bool:
    prices = authorised_prices(scenario)
    return any(
        f.number in prices for f in figures(reply, scenario.language) if f.unit in MONEY_UNITS
    )


def _a_doubt(scenario: Scenario, stage_id: str, line: PersonaLine, priced: bool) -> bool:
    if line.agrees or line.reveals_goal:
        return False
    if stage_id == DOUBTS and not line.answers:
        return True  # the doubts stage's own doubt ("I've heard promises before")
    if set(line.answers) & set(decision_tags(scenario)):
        return True  # a hesitation to a call for her decision
    ids: list[str] = [s.id for s in scenario.stages]
    of_offers = OFFERS in ids and ids.index(stage_id) >= ids.index(OFFERS)
    return priced and of_offers and bool(line.answers)


def _answers_doubt(scenario: Scenario, evaluation: dict[str, Any]) -> bool:
    tags = scenario.point_tags()
    covered = [c.get("tag") for c in evaluation.get("covered", []) if c.get("tag")]
    if any(tags[t][0] == DOUBTS for t in covered if t in tags):
        return True
    return any(t in tags and is_offer(scenario, t) for t in evaluation.get("new_tags", []))


def doubt_open(
    scenario: Scenario,
    transcript: Sequence[dict[str, Any]],
    evaluations: Sequence[dict[str, Any]],
) -> bool:
    """Whether her last doubt (module docstring) is unanswered as of the learner's last turn."""
    learner = [e for e in transcript if e["role"] == "learner"]
    hers = [e for e in transcript if e["role"] == "persona"][1:]  # after her opening line
    open_ = False
    for index, evaluation in enumerate(evaluations):
        if _answers_doubt(scenario, evaluation):
            open_ = False
        if index >= len(hers) or index >= len(learner):
            break
        priced = _names_a_price(scenario, learner[index]["text"])
        if any(
            _a_doubt(scenario, s, ln, priced) for s, ln in _lines_in(scenario, hers[index]["text"])
        ):
            open_ = True
    return open_
