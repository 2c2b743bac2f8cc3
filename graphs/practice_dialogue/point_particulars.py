"""A point whose text names a particular (a period, a sum: "Explain she can cancel without a fee
within 30 days") is made only by a turn that says that particular.

"There's no charge for the engineer", "your contract's ended, so you can leave without any
penalty" say no fee, but not the 30-day window of a new contract: a trainer does not credit the
window for them. The particular is said as a figure (thirty days, 30-day) or by a keyword of the
point's that names a period in words ("within a month", "first month"). A figure among a point's
examples, in brackets ("the 30-day window, the engineer report"), is one way among others, not
required; a two-part point is checked by its halves (point_halves.py), not here.
"""

from __future__ import annotations

import re
from typing import Any

from graphs.practice_dialogue.figures import figures
from graphs.practice_dialogue.point_halves import halves
from graphs.practice_dialogue.signals import TurnText, sentences
from graphs.scenarios import Scenario

EXAMPLES = re.compile(r"[（(][^）)]*[）)]")
"""A point's examples, in brackets."""
PERIOD = re.compile(r"\b(?:days?|weeks?|months?|years?|fortnight)\b|天|周|星期|个月|年|小时", re.I)
"""A keyword that names a period in words ("within a month")."""


def particular_unsaid(scenario: Scenario, point: dict[str, Any], reply: str) -> bool:
    """The covered `point` names a particular in its text that the turn never says."""
    language = scenario.language
    made = scenario.stage(point["stage"]).points[point["index"]]
    if made.by_asking or halves(made, acts=True) is not None:
        return False
    wanted = [f for f in figures(EXAMPLES.sub("", made.text), language) if f.unit]
    if not wanted:
        return False
    if any(w.matches(f) for w in wanted for f in figures(reply, language)):
        return False
    named = [k for k in made.keywords if PERIOD.search(k) or figures(k, language)]
    # named, negated or not: "if you're not happy in the first month" names the month
    texts = [TurnText.of(line, language) for line in sentences(reply)]
    return not any(text.find(k) is not None for text in texts for k in named)
