"""An offer too good to be true: the customer doubts the gift or the guarantee she was given.

beyond_offers.py has her doubt an offer past the learner's limits (a 200元 voucher, GBP 20 a
month). Two more kinds of offer get the same doubt rather than a line about something else:
- a guarantee of how it will be for her ("I guarantee your calls won't freeze", 我跟您保证以后
  百分之百不会再发生) that no claim of the scenario answers with a line of its own: she asks
  whether the learner can really promise that, instead of going on with her script ("I just want
  this sorted") or a generic outburst (「你这是什么话？我要找你们领导！」);
- a free gift that a free claim of the scenario was heard for by its kind alone, not by its own
  words ("a free massage" taken for "The upgrade is free"): her correction of that claim is about
  another thing ("Free? Your website shows the suite at fifty-five dollars…", 「私教课免费？」
  after 半年会员免费), so she doubts the gift itself.
Pressure with it still gets her reaction to the pressure first, and a vow the report flags gets
the scenario's reaction to the rule break first (the doubt then corrects nothing).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Literal

from graphs.exams import Language
from graphs.practice_dialogue.beyond_offers import beyond_limits, doubt
from graphs.practice_dialogue.free_gifts import free_gift
from graphs.practice_dialogue.phrases import question_starts
from graphs.practice_dialogue.promises import (
    FREE_CLAIM,
    GUARANTEE_CLAIM,
    GUARANTEE_WORDS,
    names_an_offer,
    promise_kind,
)
from graphs.practice_dialogue.script_lines import LineChoice
from graphs.practice_dialogue.signals import TurnText, sentences
from graphs.scenarios import Scenario

Kind = Literal["gift", "vow"]

ECHO: dict[tuple[Language, Kind], str] = {
    ("zh", "gift"): "免费？",
    ("en", "gift"): "Free? ",
    ("zh", "vow"): "保证？",
    ("en", "vow"): "Guaranteed? ",
}
"""What she repeats of the offer before her doubt."""
KIND_DOUBTS: dict[tuple[Language, Kind], tuple[str, ...]] = {
    ("zh", "gift"): (
        "哪有白给的？回头不会又让我补钱吧？",
        "真是免费的话，你写下来给我，别到时候又收费。",
    ),
    ("en", "gift"): (
        "Nothing's free. Who pays for it, then? I don't want it turning up on a bill later.",
        "If it really costs me nothing, put that in writing.",
    ),
    ("zh", "vow"): (
        "这种话谁都会说，你拿什么保证？",
        "你要真敢保证，就白纸黑字写下来。",
    ),
    ("en", "vow"): (
        "How can you promise that? I've heard that sort of thing before.",
        "If you're that sure, put the guarantee in writing.",
    ),
}
"""Her doubt of a gift (who pays for it) or of a vow (how can it be promised): the doubt of
what was said, not beyond_offers' doubt of the learner's authority."""
_CLAUSE = re.compile(r"^[^，,。；;！!？?]*")
"""What a guarantee word vows: the rest of its clause,"""
_CONDITION = re.compile(r"\b(?:if|once|when|as soon as|as long as)\b|只要|如果|一旦|等您", re.I)
"""up to a condition said after it ("…won't freeze once you're on the bigger plan" vows the calls,
not the plan)."""


def _own_lines_heard(scenario: Scenario, evaluation: dict[str, Any], reply: str) -> bool:
    """A claim the turn made has a line of its own and was heard by its own words (a pattern
    of it said): her correction is about what was said."""
    made = set(evaluation.get("forbidden", []))
    text = TurnText.of(reply, scenario.language)
    return any(
        claim.line and text.said_any([claim.claim, *claim.patterns])
        for stage in scenario.stages
        for claim in stage.forbidden_claims
        if claim.claim in made
    )


def _vows(scenario: Scenario, raw: str) -> bool:
    """The sentence guarantees something (not denied) other than an offer the learner may make:
    guaranteeing the engineer's visit is keeping one's word."""
    sentence = TurnText.of(raw, scenario.language)
    for match in GUARANTEE_WORDS.finditer(sentence.raw.lower()):
        if sentence.negated(match.start(), match.end()):
            continue
        vowed = _CLAUSE.match(sentence.raw[match.end() :])
        vowed_text = _CONDITION.split(vowed.group() if vowed else "", maxsplit=1)[0]
        clause = TurnText.of(vowed_text, scenario.language)
        if not names_an_offer(scenario, clause):
            return True
    return False


def too_good(scenario: Scenario, evaluation: dict[str, Any], reply: str) -> Kind | None:
    """What of the turn she doubts (the module docstring): a gift or a vow, or None."""
    if evaluation.get("off_topic") or _own_lines_heard(scenario, evaluation, reply):
        return None
    made = evaluation.get("forbidden", [])
    statements = [s for s in sentences(reply) if question_starts(s) is None]
    gifts = made and all(promise_kind(c) is FREE_CLAIM for c in made)
    if gifts and any(
        free_gift(scenario, TurnText.of(s, scenario.language), False) for s in statements
    ):
        return "gift"
    # a false figure or another claim said with the vow is corrected first
    if all(promise_kind(c) is GUARANTEE_CLAIM for c in made) and any(
        _vows(scenario, s) for s in statements
    ):
        return "vow"
    return None


def doubted(
    scenario: Scenario, evaluation: dict[str, Any], reply: str, said_before: Sequence[str]
) -> LineChoice | None:
    """Her doubt of an offer beyond the limits (beyond_offers.py) or too good to be true
    (this module), or None when the turn makes neither."""
    echo, kind = None, None
    if not beyond_limits(scenario, evaluation, reply):
        kind = too_good(scenario, evaluation, reply)
        if kind is None:
            return None
        echo = ECHO[(scenario.language, kind)]
    # a vow the report flags keeps the scenario's own reaction to the rule break before her
    # doubt (「你这话说得也太满了，我不太信。」)
    reacted = kind == "vow" and bool(evaluation.get("forbidden"))
    return LineChoice(
        text=doubt(
            scenario,
            evaluation,
            reply,
            said_before,
            echo=echo,
            lines=KIND_DOUBTS[(scenario.language, kind)] if kind is not None else None,
        ),
        answers="fact",
        corrects=not evaluation.get("pushy") and not reacted,
    )
