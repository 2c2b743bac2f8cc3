"""What a learner writes beside a fill-in answer that is not part of the answer.

Two asides a teacher reads past (`without_asides`):
- a gloss: a bracketed translation in the other script ("个人意见(personal opinions)",
  "refund (退款)"); the answer is what stands outside the brackets. A bracket in the answer's
  own script is kept: it may hold a second figure ("2小时（或4小时）" hedges).
- an alternative the learner names and rejects: a clause after a contrast word (但/但是/不过/
  可是; but/however) that restates what came first sets the clauses before it aside ("2小时(听说
  有的诊所是4小时,但我们是2小时)": the 4小时 is hearsay the learner turns down, not a second
  guess). Without the restatement nothing is dropped: "4小时，但也可能是2小时" still hedges.
"""

from __future__ import annotations

import re

_BRACKETED = re.compile(r"[(（]([^()（）]*)[)）]")
_LATIN = re.compile(r"[A-Za-z]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_CLAUSE = re.compile(r"[，,；;。.!?！？]")
_CONTRAST = re.compile(r"^\s*(?:但是|但|不过|可是|然而|(?:but|however)\b)", re.IGNORECASE)


def without_asides(given: str) -> str:
    """`given` without a gloss in brackets and without alternatives it rejects (module doc)."""
    text = _BRACKETED.sub(lambda m: " " if _is_gloss(given, m) else m.group(), given).strip()
    return _rejected_alternatives_dropped(text) or text


def _is_gloss(given: str, match: re.Match[str]) -> bool:
    """A bracket in the other script than the words before it: a translation, not an answer."""
    inside, before = match.group(1), given[: match.start()]
    if _HAN.search(before) and not _HAN.search(inside):
        return bool(_LATIN.search(inside))
    if _LATIN.search(before) and not _HAN.search(before) and not _LATIN.search(inside):
        return bool(_HAN.search(inside))
    return False


def _rejected_alternatives_dropped(text: str) -> str | None:
    """The answer before the asides, when a contrast clause restates it (module doc)."""
    inner = _BRACKETED.search(text)
    head = text[: inner.start()] if inner else _CLAUSE.split(text)[0]
    aside = inner.group(1) if inner else text[len(head) :]
    clauses = [c for c in _CLAUSE.split(aside) if c.strip()]
    if not head.strip() or len(clauses) < 2:
        return None
    last = clauses[-1]
    if not _CONTRAST.match(last) or _fold(head) not in _fold(last):
        return None
    rest = text[inner.end() :] if inner else ""
    return (head + rest).strip()


def _fold(text: str) -> str:
    return re.sub(r"\s+", "", text).lower()
