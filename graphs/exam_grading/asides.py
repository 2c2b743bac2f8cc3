"""What a learner writes beside a fill-in answer that is not part of the answer.

The asides a teacher reads past (`without_asides`):
- a gloss: a bracketed translation in the other script ("个人意见(personal opinions)",
  "refund (退款)"); the answer is what stands outside the brackets. A bracket in the answer's
  own script is kept: it may hold a second figure ("2小时（或4小时）" hedges).
- an alternative the learner names and rejects: a clause after a contrast word (但/但是/不过/
  可是; but/however) that restates what came first sets the clauses before it aside ("2小时(听说
  有的诊所是4小时,但我们是2小时)": the 4小时 is hearsay the learner turns down, not a second
  guess). Without the restatement nothing is dropped: "4小时，但也可能是2小时" still hedges.
- a hedge in brackets (`_is_hedge`: "店长（我觉得应该是店长）"), read past as "7 days I think" is;
- an alternative the learner denies after the answer (`_denied_alternative_dropped`: "the chief
  instructor, not the regular instructor", "chief instructor (not the instructor)").
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
    text = _BRACKETED.sub(
        lambda m: " " if _is_gloss(given, m) or _is_hedge(given, m) else m.group(), given
    ).strip()
    text = _rejected_alternatives_dropped(text) or text
    return _denied_alternative_dropped(text) or text


_HEDGES = re.compile(
    r"我觉得|我认为|我想|应该是|应该|可能是|可能|大概|好像|也许|吧|是|"
    r"\b(?:i\s+think|i\s+guess|i\s+believe|probably|maybe|perhaps|i'?m\s+not\s+sure|it'?s|is)\b",
    re.IGNORECASE,
)
_PUNCTUATION = re.compile(r"[\s，,；;。.!?！？…]+")


def _is_hedge(given: str, match: re.Match[str]) -> bool:
    """A bracket that holds only a hedge, perhaps with the answer again ("店长（我觉得应该是店长）",
    "店长（应该是）"): the learner's doubt, read past as "7 days I think" is. A second figure or
    word in it ("2小时（或4小时）") is a second guess and stays."""
    before = given[: match.start()].strip()
    inside = match.group(1)
    if before:
        inside = inside.replace(before, " ")
    return bool(before) and not _PUNCTUATION.sub("", _HEDGES.sub("", inside))


_DENIED = re.compile(r"^\s*(?:and\s+)?(?:not|而不是|不是|并非)(?:\s+|(?=[\u4e00-\u9fff]))")


def _denied_alternative_dropped(text: str) -> str | None:
    """The answer before an alternative the learner denies: a clause or bracket that opens on
    not / 不是 / 而不是 ("the chief instructor, not the regular instructor", "chief instructor
    (not the instructor)", "店长，不是店员") names who it is not; the answer is what stands first."""
    inner = _BRACKETED.search(text)
    if inner and _DENIED.match(inner.group(1)) and text[: inner.start()].strip():
        return (text[: inner.start()] + text[inner.end() :]).strip()
    clauses = _CLAUSE.split(text)
    if len(clauses) == 2 and clauses[0].strip() and _DENIED.match(clauses[1]):
        return clauses[0].strip()
    return None


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
