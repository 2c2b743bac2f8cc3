"""Whether a statement is long enough to be a rule a question can rest on.

A sentence under the usual length is mostly a fragment (a label, a heading's echo), but two short
kinds are rules all the same: one that names a figure ("Check-out is by 10:30.", 22 characters,
was left unread in session 15) and one that forbids or binds with no figure at all (「店内严禁吸烟。」,
"No smoking indoors."): a trainer asks exactly these, and a true/false statement can flip them.
"""

from __future__ import annotations

from graphs.exams import Language
from graphs.text.terms import CLOCK_PATTERN, NUMBER_PATTERN, RANGE_PATTERN

MIN_CHARS = {"zh": 8, "en": 25}
MAX_CHARS = {"zh": 110, "en": 260}
_MIN_WITH_FIGURE = {"zh": 6, "en": 15}
_MIN_WITH_RULE = {"zh": 5, "en": 15}
"""「衣物须挂牌。」, "No smoking indoors.": a subject and a ban or a duty on it."""


def long_enough(text: str, language: Language, binding: bool) -> bool:
    """Whether a statement is within the lengths a rule is stated in; `binding`: it forbids or
    binds (its modal cue is a prohibition or an obligation)."""
    if len(text) > MAX_CHARS[language]:
        return False
    if len(text) >= MIN_CHARS[language]:
        return True
    return _short_with_figure(text, language) or (binding and len(text) >= _MIN_WITH_RULE[language])


def _short_with_figure(text: str, language: Language) -> bool:
    """Whether a statement under the usual length holds a figure to learn, and is long enough
    to say what it is of."""
    if len(text) < _MIN_WITH_FIGURE[language]:
        return False
    return bool(CLOCK_PATTERN.search(text) or RANGE_PATTERN.search(text)) or any(
        any(ch.isdigit() for ch in m.group()) and not m.group().strip().isdigit()
        for m in NUMBER_PATTERN.finditer(text)
    )
