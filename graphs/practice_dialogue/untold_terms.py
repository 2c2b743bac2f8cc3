"""A term she cannot know yet: the period of an offer nobody has told her.

The learner's brief tells what may be offered, with its terms ("cancelled without a fee within 30 days");
she knows only what the learner says. Her line that names such a period ("So I can walk away
within a month without paying anything?") is said only once the learner has named it, in any
words ("within 30 days", "a month", "a 30-day window"): before, she would be answering a term
nobody offered (session 16 end trainer P9, pattern 1: to a question about why she was leaving).
A period of her own (her profile, her opening line) she knows already; a rate ("thirty pounds a
month") is no period.
"""

from __future__ import annotations

import re

from graphs.practice_dialogue.figures import figures
from graphs.scenarios import Scenario

_DAYS = {"天": 1, "工作日": 1, "周": 7, "月": 30, "年": 365}
"""Each period's length in days: "a month" is the same term as "30 days"."""
_ONE = re.compile(r"\b(?:within|in|for|after|inside)\s+(?:a|one)\s+(day|week|month|year)\b", re.I)
"""A period said without a figure ("within a month"; not the rate of "thirty pounds a month")."""
_UNIT = {"day": "天", "week": "周", "month": "月", "year": "年"}


def periods(text: str, scenario: Scenario) -> set[int]:
    """The periods a text names, each as its length in days."""
    found = {
        int(f.number * _DAYS[f.unit]) for f in figures(text, scenario.language) if f.unit in _DAYS
    }
    for match in _ONE.finditer(text):
        found.add(_DAYS[_UNIT[match.group(1).lower()]])
    return found


def names_untold_term(scenario: Scenario, text: str, learner_said: str) -> bool:
    """Her line names a period of an offer (the learner's `may_offer`) the learner has not said."""
    hers = "\n".join(
        [scenario.opening_line, scenario.persona.profile, scenario.persona.hidden_goal]
    )
    terms = periods("\n".join(scenario.learner.may_offer), scenario)
    untold = terms - periods(hers, scenario)
    return bool(periods(text, scenario) & untold - periods(learner_said, scenario))
