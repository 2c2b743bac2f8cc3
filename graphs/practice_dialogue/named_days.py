"""Weekdays named in what is said, in either language, for a fact the scenario tells by its
day (claims.py checks a stated slot against it; test_scenarios that each fact can be checked)."""

from __future__ import annotations

import re

from graphs.scenarios import Fact

_DAYS = (
    ("monday", "周一", "星期一", "礼拜一"),
    ("tuesday", "周二", "星期二", "礼拜二"),
    ("wednesday", "周三", "星期三", "礼拜三"),
    ("thursday", "周四", "星期四", "礼拜四"),
    ("friday", "周五", "星期五", "礼拜五"),
    ("saturday", "周六", "星期六", "礼拜六"),
    ("sunday", "周日", "周天", "星期日", "星期天", "礼拜天"),
)
"""Days, each with its names: a slot the scenario tells by its day (the engineer's "Thursday
morning") is misstated by another day ("Wednesday afternoon")."""


def _named(groups: tuple[tuple[str, ...], ...], text: str) -> set[int]:
    """Which of the groups the text names by one of its words."""
    lowered = text.lower()
    return {
        i
        for i, names in enumerate(groups)
        if any(re.search(rf"(?<![a-z]){re.escape(n)}(?![a-z])", lowered) for n in names)
    }


def names_a_day(text: str) -> bool:
    """The text tells something by its day ("Thursday morning"), which `wrong_day` can check."""
    return bool(_named(_DAYS, text))


def wrong_day(fact: Fact, clause: str) -> bool:
    """The clause puts a term the scenario tells by its day on another day."""
    true = set().union(*(_named(_DAYS, value) for value in fact.values))
    said = _named(_DAYS, clause)
    return bool(true and said and not said & true)
