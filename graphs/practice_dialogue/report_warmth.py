"""When warmth is enough for the empathy criterion (report.py): a complaint being put right.

The criterion counts warm turns against a share of the session (report.EMPATHY_SHARE, at most
3 turns). A strong learner says sorry, names her feelings and then fixes the matter; a trainer
does not ask for warmth in more than half the turns of a complaint that is being solved ("多回应
几次客户的感受（2/6 轮有）" is no improvement she writes). So once an apology and her feelings
(empathy or acknowledgement: 理解, 是我们的问题) were both said and a later turn makes a point (the
remedy follows), two warm turns (report.EMPATHY_MIN_TURNS) are full marks. An apology alone, or
warmth with nothing done after it, is still counted against the share.
"""

from __future__ import annotations

from typing import Any


def warmth_then_remedy(warm: dict[int, list[str]], evaluations: list[dict[str, Any]]) -> bool:
    """An apology and her feelings both heard (`warm`: turn -> families), and a point made in a
    turn after the first warm one."""
    families = {f for fs in warm.values() for f in fs}
    if "apology" not in families or not families & {"empathy", "acknowledgement"}:
        return False
    first = min(warm)
    return any(e["turn"] > first and e["covered"] for e in evaluations)
