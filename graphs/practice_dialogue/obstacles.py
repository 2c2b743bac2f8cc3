"""A step put in her way heard where the learner should offer: no offer made.

"Cancellation takes 30 days to process" names the 30 days of "Explain she can cancel without a
fee within 30 days" and says the opposite: a delay before she may go, not a window in which she
may. 要退的话得走流程 names 退 of 免除未告知的抛光费 and waives nothing: a procedure before any
refund. A sentence that puts a procedure, a notice or a processing time before her, and grants
nothing in the same breath (我马上给您走流程退款 does), makes no point the learner offers.
"""

from __future__ import annotations

import re

from graphs.exams import Language

OBSTACLE: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"走(?:个|一下)?(?:流程|程序)|按流程|(?:办|走)手续|要审批|得审批|得申请|要申请"
    ),
    "en": re.compile(
        r"\btakes? (?:\w+ ){0,2}(?:days?|weeks?|months?)\b|\bto process\b|\bprocessing time\b|"
        r"\bnotice (?:period|in writing)\b|\b(?:days?|weeks?|months?)(?:'|'s)? notice\b|"
        r"\bpaperwork\b|\bfill (?:in|out) (?:a|the) form\b",
        re.IGNORECASE,
    ),
}
"""A procedure, a notice or a processing time put before her."""
GRANT: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"给您|帮您|为您|替您|马上|现在就|已经|可以"),
    "en": re.compile(
        r"\b(?:i|we)(?:'ll|'ve| will| can| have)\b|\byou can\b|\byou're free\b|\bno (?:fee|charge)\b|"
        r"\bwithout (?:a |any )?(?:fee|charge|paying)\b|\bfree\b",
        re.IGNORECASE,
    ),
}
"""Words that grant her something in the same sentence (给您退, "you can still cancel")."""


def obstacle_only(offered: bool, raw: str, language: Language) -> bool:
    """Whether a sentence heard for a point the learner offers only puts a step in her way."""
    return offered and bool(OBSTACLE[language].search(raw)) and not GRANT[language].search(raw)
