"""Identifiers written in digits: phone numbers, codes, ids. They are never quantities.

"拨打会员热线400-820-6688" holds no figure 400: a teacher compares a phone number digit by digit,
so "4008206688" and "400 820 6688" are the number and "400-820-6699" is another one, however
close. `parse_identifiers(text)` finds them, with their digits and where they stand;
graphs/text/quantities.py skips their spans, so no part of them is read as a number.

What counts as an identifier (a teacher's reading; amounts are written otherwise):
- digit groups joined by "-" or spaces, seven digits or more in all, that are either three groups
  or more (400-820-6688, 138 0013 8000) or open with 0 or + (010-12345678, +86 138...), and are
  not followed by a unit (1000-2000元 is a range of amounts, not a code);
- a run of seven digits or more with no thousands separator, decimal point or unit around it
  (4008206688, 13800138000): amounts that large carry a unit or a separator.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

MIN_DIGITS = 7
"""Fewer digits than this read as a number (a year, an amount), not an identifier."""

_GROUPED = re.compile(
    r"(?<![0-9A-Za-z_.,+-])(\+?\d{1,4})((?:[- ]\d{2,8}){1,4})(?![0-9A-Za-z_,%‰℃°$¥£€]|[.,]\d)"
)
_RUN = re.compile(r"(?<![0-9A-Za-z_.,$¥£€])\d{7,}(?![0-9A-Za-z_%‰℃°]|[.,]\d)")
_UNIT_AFTER = re.compile(r"\s*(?:[元块万千亿美镑欧]|分钟|小时|天|个|人|次)")
_CURRENCY_BEFORE = re.compile(r"(?:rmb|usd|gbp|eur|人民币)\s*$")


@dataclass(frozen=True)
class Identifier:
    """A phone number, code or id: its digits only ("4008206688")."""

    digits: str


def parse_identifiers(text: str) -> list[tuple[Identifier, int, int]]:
    """Every identifier in `text` with its `[start, end)` offsets (see the module doc)."""
    folded = "".join((unicodedata.normalize("NFKC", ch) or ch)[:1] for ch in text)
    found: list[tuple[Identifier, int, int]] = []
    taken: list[tuple[int, int]] = []
    for match in _GROUPED.finditer(folded):
        digits = re.sub(r"\D", "", match.group())
        groups = match.group().replace("-", " ").split()
        opening = match.group(1)
        if len(digits) < MIN_DIGITS or not _standalone(folded, match.start(), match.end()):
            continue
        if len(groups) >= 3 or opening.startswith(("0", "+")):
            found.append((Identifier(digits), match.start(), match.end()))
            taken.append((match.start(), match.end()))
    for match in _RUN.finditer(folded):
        if any(s <= match.start() < e for s, e in taken):
            continue
        if _standalone(folded, match.start(), match.end()):
            found.append((Identifier(match.group()), match.start(), match.end()))
    found.sort(key=lambda item: item[1])
    return found


def _standalone(text: str, start: int, end: int) -> bool:
    """No unit after the digits and no currency word before them: not an amount."""
    return not _UNIT_AFTER.match(text, end) and not _CURRENCY_BEFORE.search(text[:start].lower())


def identifier_spans(text: str) -> list[tuple[int, int]]:
    """Where the identifiers of `text` stand (for parsers that must skip them)."""
    return [(start, end) for _, start, end in parse_identifiers(text)]


def same_identifier(a: Identifier, b: Identifier) -> bool:
    """Digit strings compared exactly: one digit off is another number."""
    return a.digits == b.digits
