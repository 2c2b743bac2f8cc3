"""A short answer's ask on an "only … may" rule: who alone may act, or what alone may be used.

"Only Residents may use the address as a business address" is asked "Who may use the address as a
business address?", not "What is the rule on Only Residents?" (a word of the rule, not its
subject). A thing that alone may be worn or used is asked with what: "Only the glove provided by
the centre may be worn when a bird is on the hand" was asked "Who may be worn …?" (session 22
lead, a falconry centre's terms).
"""

from __future__ import annotations

import re

from graphs.text.person_nouns import person_head

_EN_ONLY_WHO = re.compile(
    r"^only\s+(?P<who>[^,;.]+?)\s+(?P<modal>may|can|must)\s+(?P<act>[^,;.]+)", re.IGNORECASE
)
"""A rule on who alone may act ("Only Residents may use the address as a business address")."""
_EN_AFTER_HEAD = (
    r"\s(?:provided|supplied|issued|held|kept|given|marked|with|of|by|from|in|on|at|for)\s"
)
"""Where the named phrase's head ends: "the glove | provided by the centre"."""
_EN_PEOPLE = frozenset(
    [
        "staff",
        "people",
        "persons",
        "guests",
        "members",
        "children",
        "adults",
        "visitors",
        "customers",
        "employees",
        "volunteers",
        "participants",
        "players",
        "riders",
        "students",
        "pupils",
        "patients",
        "families",
        "groups",
        "team",
    ]
)
"""Who an "only … may be" rule can name besides a person noun ("Only trained staff may be …")."""


def only_ask(point: str) -> str | None:
    """The ask of an "only … may" rule `point`, or None when it is of another shape."""
    only = _EN_ONLY_WHO.match(point.strip())
    if only is None:
        return None
    named = re.split(_EN_AFTER_HEAD, only["who"])[0].split()
    people = any(person_head(w) or w.lower() in _EN_PEOPLE for w in named)
    asked = "What" if only["act"].startswith("be ") and not people else "Who"
    return f"{asked} {only['modal'].lower()} {only['act'].strip()}?"
