"""A turn that leaves the decision to her: "那您再考虑考虑吧", "Well, have a think about it then".

Said with no point and no question, it tells her nothing to react to: she answers where she
stands, with a line of hers that answers a call for her decision and does not agree (「我再想想
吧，现在还定不下来。」, "I don't know yet."), not the next line of her script (「听着还行…」 after
being brushed off, "We're just here for a quiet weekend" after "have a think"). Handing her the
decision is a move of the sale, not small talk (turn_moves.on_subject_by_move).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from graphs.exams import Language
from graphs.practice_dialogue.script_lines import LineChoice, lines_for, said_line
from graphs.scenarios import PersonaLine, Scenario

THINK_IT_OVER: dict[Language, re.Pattern[str]] = {
    # 您/你/那/回去 before it: the learner's own 我再想想办法 leaves nothing to her
    "zh": re.compile(r"(?<!我)(?:[您你]|回去|那)(?:就|再|先|回去|好好)*(?:考虑|想想|想一想|琢磨)"),
    "en": re.compile(
        r"\b(?:have a think|think (?:it|things) over|think about it|sleep on it|mull it over)\b",
        re.IGNORECASE,
    ),
}
"""Words that hand her the decision to think over."""


def leaves_it_to_her(reply: str, language: Language) -> bool:
    """Whether the turn hands her the decision to think over."""
    return bool(THINK_IT_OVER[language].search(unicodedata.normalize("NFKC", reply)))


def undecided_line(
    scenario: Scenario,
    decisions: list[str],
    said: list[str],
    usable: Callable[[PersonaLine], bool],
) -> LineChoice | None:
    """Her first unsaid line that answers a call for her decision (`decisions`: the tags of
    asking.decision_tags) without agreeing, or None."""
    for tag in decisions:
        for key, line in lines_for(scenario, tag):
            if not line.agrees and key not in said and usable(line):
                return said_line((key, line), tag)
    return None
