"""No yes she does not mean: a proposal answered with a line that opens with a yes but agrees to
nothing.

"Right, so shall I book it?" after the suite was pushed on her is heard as a question about her
booking, and its line, "Thanks. Yes, two nights. We just want to drop the bags and relax.", reads
as her yes to the suite (trainer P11, session 18: the report then said she had not agreed). Once
the talk has gone past her welcome (something offered or named, or she has asked about it), a
proposal answered with such a line gets where she stands instead: her first unsaid line that
answers a call for her decision without agreeing (thinking_over.undecided_line), else the line
without its yes. At the welcome, before any offer, "Shall I confirm your booking?" keeps it.
Her acceptance, when she accepts, is her `agrees` line: it is never touched here.
"""

from __future__ import annotations

import re
from dataclasses import replace

from graphs.exams import Language
from graphs.practice_dialogue.asking import decision_tags
from graphs.practice_dialogue.script_lines import LineChoice
from graphs.practice_dialogue.signals import TurnText
from graphs.practice_dialogue.thinking_over import undecided_line
from graphs.scenarios import Scenario

YES_OPENER: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"^(?:好的|好啊|可以啊?|没问题|行啊|行，)[，。！,!]?\s*"),
    "en": re.compile(
        r"^(?:(?:thanks|thank you|great|ok(?:ay)?)[.,!]?\s*)?(?:yes|yeah|yep|sure)\b[.,!]?\s*",
        re.IGNORECASE,
    ),
}
"""A line's opening that says yes ("Thanks. Yes, …", 「好的，…」)."""

_PAST_THE_WELCOME = ("presentation", "objections", "closing")
"""The stages whose lines of hers show the talk has reached an offer."""


def without_false_yes(
    scenario: Scenario,
    choice: LineChoice,
    said: list[str],
    proposal: str | None,
    offered: bool,
    learner_said: str = "",
) -> LineChoice:
    """Her answer to a proposal past the welcome, with no yes she does not mean (see the module
    docstring); `said` are her lines' keys so far, `offered`: something was offered,
    `learner_said` all the learner's turns (an offer's thing named, even falsely, is an offer
    talked about: "I've upgraded you to the suite at no cost")."""
    opener = YES_OPENER[scenario.language].match(choice.text)
    if proposal is None or choice.agrees or choice.corrects or opener is None:
        return choice
    heard = TurnText.of(learner_said, scenario.language)
    named = any(
        heard.said_any(point.keywords)
        for stage in scenario.stages
        if stage.id == _PAST_THE_WELCOME[0]
        for point in stage.points
    )
    reached = offered or named or any(k.partition(":")[0] in _PAST_THE_WELCOME for k in said)
    if not reached:
        return choice
    decisions = decision_tags(scenario)
    undecided = undecided_line(scenario, decisions, said, lambda line: not line.agrees)
    if undecided is not None:
        return undecided
    rest = choice.text[opener.end() :].strip()
    return replace(choice, text=rest[:1].upper() + rest[1:]) if rest else choice
