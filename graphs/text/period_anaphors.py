"""A sentence that opens on a time the sentence before defined: alone, it says when of nothing.

「产妇入住满28天为一个护理周期。期间发生的额外护理费用，按次另计」 and the session-20 lead's
「…期间查出违章的，从违章押金中扣除罚款」: 期间 ("during it") is the period the sentence before set
(the care cycle, the rental); cut from it, a learner cannot tell which period is meant. The same
holds for 其间, 届时 (by then), 这段时间 and 同期, and for an English sentence opening on "During
that time", "In the meantime" or "By then". A period the sentence names itself (作业期间, 租期内,
"During the session") opens nothing the sentence before owns.

`opens_on_defined_period` says whether a sentence is one of those; the facts reader
(graphs/text/facts.py) then states it with the sentence before, as it does for the sentences
`references.leans_on_previous` finds.
"""

from __future__ import annotations

import re

from graphs.exams import Language

_OPENING = {
    "zh": re.compile(r"^\s*(?:在\s*)?(?:期间|其间|届时|这段(?:时间|期间)|那段时间|同期)"),
    "en": re.compile(
        r"^\s*(?:during\s+(?:that|this)\s+(?:time|period|window|stay|spell)|in\s+the\s+meantime"
        r"|meanwhile|by\s+then|at\s+that\s+time|until\s+then)\b",
        re.IGNORECASE,
    ),
}


def opens_on_defined_period(text: str, language: Language) -> bool:
    """Whether `text` opens on a period or a time the sentence before it defined."""
    return _OPENING[language].match(text) is not None
