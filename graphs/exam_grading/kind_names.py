"""The names a Chinese point opens on a cue character (无糖, 无麸质产品: scope.cue_names), less
the words that deny a person: 无人 is nobody, not a kind of thing.

jieba tags 无人 a noun, so 「先确认工作区内无人被烫伤」 read its cue as part of a name (某人被烫伤:
someone is burned) and an answer that says 「没人被烫伤」 was read as denying the burn the point
asserted: contradicted, for the point in the learner's words (session 23 end teacher T16,
C_strong Q9, 「库内无人被困」). A name of a kind that holds 人 goes on as one (无人机 is one token).
"""

from __future__ import annotations

from graphs.exam_grading.scope import cue_names

_NOBODY = frozenset({"人", "人员"})
"""What follows the cue in a word that says no one is there (无人, 无人员)."""


def kind_names(text: str) -> frozenset[str]:
    """`cue_names(text)` without the words that say no one (module doc)."""
    return frozenset(name for name in cue_names(text) if name[1:] not in _NOBODY)
