"""A day she cannot know yet: the slot of the scenario's background nobody has told her.

The background tells the learner when things can happen ("next available: Thursday morning");
she knows only what the learner says. Her line reacting to the offer ("An engineer on Thursday
morning? Fine…") names that day only once the learner has named it: before, the day is left out
of her line ("An engineer? Fine…"), as an offer's figure nobody said is never quoted
(script_lines.quotes_unsaid). A day of her own (her profile, her opening line, 周六上午我有空 in a
scenario whose background names no day) stays: she knows her own week (session 16 end trainer
P9, pattern 1).
"""

from __future__ import annotations

import re

from graphs.practice_dialogue.times import slots_in
from graphs.scenarios import Scenario

_LEAD = re.compile(r"\s*\b(?:on|for|at|by)\s*$", re.IGNORECASE)
"""The preposition an English slot leans on ("on Thursday morning"): it goes with the slot."""


def _days(text: str, scenario: Scenario) -> set[str]:
    return {s.day.lower().split()[-1] for s in slots_in(text, scenario.language) if s.day}


def without_untold_days(scenario: Scenario, text: str, learner_said: str) -> str:
    """Her line without a slot whose day only the background tells and the learner has not
    said (`learner_said`: the session's learner turns). An English slot goes with its
    preposition; one without ("how Thursday goes") is left as it is."""
    language = scenario.language
    hers = "\n".join(
        [scenario.opening_line, scenario.persona.profile, scenario.persona.hidden_goal]
    )
    untold = _days(scenario.background, scenario) - _days(hers, scenario)
    untold -= _days(learner_said, scenario)
    for slot in reversed(slots_in(text, language)):
        if not slot.day or slot.day.lower().split()[-1] not in untold:
            continue
        start = slot.start
        if language == "en":
            lead = _LEAD.search(text[:start])
            if lead is None:
                continue
            start = lead.start()
        text = text[:start] + text[slot.end :]
    return text
