"""When warmth is enough for the empathy criterion (report.py): a complaint being put right.

The criterion counts warm turns against a share of the session (report.EMPATHY_SHARE, at most
3 turns). A strong learner says sorry, names her feelings and then fixes the matter; a trainer
does not ask for warmth in more than half the turns of a complaint that is being solved ("多回应
几次客户的感受（2/6 轮有）" is no improvement she writes). So once an apology and her feelings
(empathy or acknowledgement: 理解, 是我们的问题) were both said and a later turn makes a point (the
remedy follows), two warm turns (report.EMPATHY_MIN_TURNS) are full marks. An apology alone, or
warmth with nothing done after it, is still counted against the share.

A turn that makes a point asking to acknowledge her (by its text: "Acknowledge the request without
arguing", 认同客户对价格的顾虑) acknowledges her, whatever words did it: "I can definitely help you
with that" takes her wish to cancel as asked, and is listening as much as "fair enough" is.
"""

from __future__ import annotations

import re
from typing import Any

ACKNOWLEDGING_POINT = re.compile(r"\backnowledg|认同|承认", re.IGNORECASE)
"""A point that asks the learner to acknowledge her wish, concern or problem (by its text)."""


def warmth_then_remedy(warm: dict[int, list[str]], evaluations: list[dict[str, Any]]) -> bool:
    """An apology and her feelings both heard (`warm`: turn -> families), and a point made in a
    turn after the first warm one."""
    families = {f for fs in warm.values() for f in fs}
    if "apology" not in families or not families & {"empathy", "acknowledgement"}:
        return False
    first = min(warm)
    return any(e["turn"] > first and e["covered"] for e in evaluations)


def with_points_acknowledging(
    warm: dict[int, list[str]], evaluations: list[dict[str, Any]]
) -> dict[int, list[str]]:
    """`warm` (turn -> families) with the turns that first made an acknowledging point counted as
    acknowledgement (off-topic turns make none)."""
    found = {turn: list(families) for turn, families in warm.items()}
    for e in evaluations:
        # the turn that made it: "Anything else I can help with?" at the end says "I can help"
        # again, and acknowledges nothing new
        made = [c for c in e["covered"] if c["tag"] in e.get("new_tags", [])]
        if e["off_topic"] or not any(ACKNOWLEDGING_POINT.search(c["text"]) for c in made):
            continue
        families = found.setdefault(e["turn"], [])
        if "acknowledgement" not in families:
            families.append("acknowledgement")
    return dict(sorted(found.items()))
