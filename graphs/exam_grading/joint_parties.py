"""Two blanks that name the parties of one joint act: their order is the learner's to choose.

「每周盘点时，____须与____共同核对风筝库存」 (key 店员, 仓管员) answered 仓管员；店员 names the same
two people doing the same thing together, and a teacher gives full marks; so does "The ____ and
the ____ must jointly sign the vault log" answered the other way round. The act is symmetric
only when the two blanks are joined as equals (与/和/跟/同, and) and the act is said to be done
together (共同/一起/一同/双方…, jointly/together/both), or when one blank joins the other's act
(会同, together with). 「____须向____报告」 and "The ____ reports to the ____" are not symmetric:
who reports to whom is the rule, and the order stays the key's.
"""

from __future__ import annotations

import re

from graphs.exams import Question

_BLANK = re.compile(r"_{2,}|（\s*）|\(\s*\)")
_ZH_MODAL = r"(?:必须|务必|应当|应该|须|需要|需|应|要|都|会)?"
_ZH_JOINED = re.compile(r"^\s*" + _ZH_MODAL + r"\s*(?:与|和|跟|同|及)\s*$")
"""「____须与____」, 「____和____」: two parties side by side."""
_ZH_TOGETHER = re.compile(r"^\s*" + _ZH_MODAL + r"\s*(?:共同|一起|一同|一道|同时|双方|两人|二人)")
"""「…共同清点」, 「…一起核对」: the act after them is done by both."""
_ZH_WITH = re.compile(r"(?:会同|协同|伙同)\s*$")
"""「____须会同____清点」: the second party joins the first's act as an equal."""
_EN_JOINED = re.compile(r"^\s*(?:and|&)\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)
_EN_TOGETHER = re.compile(r"^[^.;]*\b(?:jointly|together|both)\b", re.IGNORECASE)
_EN_WITH = re.compile(
    r"\b(?:together with|jointly with|along with)\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE
)


def joint_pairs(question: Question) -> list[int]:
    """The first index of each pair of neighbouring blanks (i, i + 1) that name the two parties
    of one joint act, so that either order is right."""
    pieces = stem_pieces(question)
    return [i for i in range(len(pieces) - 2) if _joint(pieces[i + 1], pieces[i + 2])]


def stem_pieces(question: Question) -> list[str]:
    """The stem's text before, between and after its blanks; none when the stem's blanks are not
    the key's (read nothing into their order)."""
    pieces = _BLANK.split(question.stem)
    return pieces if len(pieces) - 1 == len(question.answer) else []


def _joint(between: str, after: str) -> bool:
    if _ZH_JOINED.match(between) and _ZH_TOGETHER.match(after):
        return True
    if _EN_JOINED.match(between) and _EN_TOGETHER.match(after):
        return True
    return bool(_ZH_WITH.search(between) or _EN_WITH.search(between))
