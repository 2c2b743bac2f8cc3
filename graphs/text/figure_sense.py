"""What a figure's own words already say about it: values no question should ask or offer.

Two ways the words around a figure give it away, whatever the material:

- a name that holds a period: 季卡 lasts 3个月, 年卡 12个月, a monthly pass one month. Asked, the
  key is read off the name (「季卡：____内不限次数上课」); changed, the false statement is absurd
  rather than false (「年卡：9个月内不限次数上课」). `named_period` tells such a figure.
- a code that holds the number: a film rated 12A is for "children under 12"; changed to "under
  15", the statement is false by the code alone. `named_by_code` tells such a figure; and a number
  the material uses as a rating ("Films rated 15 and 18") names a class where it counts things
  ("for 18 films"): `rating_labels` lists those numbers.
- a word that sets a least value: 连续2次 (in a row) is never 连续1次, "3 consecutive days" never
  "1 consecutive day". `least_value` is that floor; near values below it are no one's guess.
"""

from __future__ import annotations

import re

_PERIOD_NAMES: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    (
        re.compile(r"半年(?:卡|票|度|费)|semi-annual|half-yearly", re.IGNORECASE),
        re.compile(r"^(?:6\s*个?月|六个月|半年|180\s*[天日]|26\s*周|6 months|six months)"),
    ),
    (
        re.compile(r"(?<!半)年(?:卡|票|度|费|付)|包年|\b(?:annual|yearly)\b", re.IGNORECASE),
        re.compile(
            r"^(?:12\s*个?月|十二个月|1\s*年|一年|365\s*[天日]|52\s*周|"
            r"12 months|twelve months|1 year|one year|365 days|52 weeks)",
            re.IGNORECASE,
        ),
    ),
    (
        re.compile(r"季(?:卡|票|度|费|付)|包季|\bquarterly\b", re.IGNORECASE),
        re.compile(
            r"^(?:3\s*个?月|三个月|90\s*[天日]|13\s*周|3 months|three months|90 days|13 weeks)",
            re.IGNORECASE,
        ),
    ),
    (
        re.compile(r"(?<![年季])月(?:卡|票|度|费|付)|包月|\bmonthly\b", re.IGNORECASE),
        re.compile(r"^(?:1\s*个?月|一个月|30\s*[天日]|1 month|one month|30 days)", re.IGNORECASE),
    ),
    (
        re.compile(r"周(?:卡|票)|\bweekly\b", re.IGNORECASE),
        re.compile(r"^(?:7\s*[天日]|1\s*周|一周|7 days|seven days|1 week|one week)", re.IGNORECASE),
    ),
)
"""(a name holding a period, the figures that period is)."""

_IN_A_ROW_BEFORE = re.compile(r"(?:连续|\bconsecutive\b|\bsuccessive\b)\s*$", re.IGNORECASE)
_IN_A_ROW_AFTER = re.compile(
    r"^\s*(?:consecutive|successive)\b|^\s*(?:[A-Za-z]+\s+)?in a row\b", re.IGNORECASE
)


def named_period(text: str, value: str) -> str | None:
    """The name in the sentence whose period the figure `value` is (季卡 for 3个月, "annual" for
    12 months), or None."""
    for name, figure in _PERIOD_NAMES:
        found = name.search(text)
        if found and figure.match(value):
            return found.group()
    return None


def least_value(text: str, start: int, end: int) -> float | None:
    """The least value the words around the figure at [start, end) allow, or None: 2 after
    连续 or before "in a row" / "consecutive" (one time is no run)."""
    if _IN_A_ROW_BEFORE.search(text[:start]) or _IN_A_ROW_AFTER.match(text[end:]):
        return 2.0
    return None


_CODE = re.compile(r"(?<![\w-])(\d+)[A-Z]{1,2}\b")
_RATED = re.compile(
    r"\b(?:rated|rating|ratings|classified)\s+(\d+[A-Z]{0,2}(?:\s*(?:,|and|or|/)\s*\d+[A-Z]{0,2})*)"
)
_NUMBER = re.compile(r"\d+")


def named_by_code(text: str, value: str) -> str | None:
    """The code in the sentence that holds the figure's number ("12A" for "under 12"), or None."""
    number = _NUMBER.match(value.strip())
    if number is None:
        return None
    for code in _CODE.finditer(text):
        if code.group(1) == number.group():
            return code.group()
    return None


def rating_labels(material: str) -> frozenset[str]:
    """Numbers the material uses as ratings or classes ("Films rated 15 and 18" -> 15, 18)."""
    return frozenset(
        n.group() for found in _RATED.finditer(material) for n in _NUMBER.finditer(found.group(1))
    )


_PURPOSE = re.compile(
    r"以保证|以确保|以便|以免|以防|为了|为确保|\b(?:so that|to ensure|in order to|to make sure|"
    r"to avoid)\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[。！？!?；;]|\.\s")


def in_purpose_clause(sentence: str, start: int) -> bool:
    """The figure at `start` belongs to the sentence's purpose clause (「须在16:00前清扫完毕，以保证
    15:00起入住的客人不等候超过1小时」, "… so that no guest waits over 1 hour"): it says why the
    rule is there, not what it requires, so a changed copy of it is no clearly false statement."""
    head = sentence[:start]
    ends = list(_CLAUSE_END.finditer(head))
    return _PURPOSE.search(head, ends[-1].end() if ends else 0) is not None
