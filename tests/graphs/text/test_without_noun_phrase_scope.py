""" "without" before a determiner denies its noun phrase, not the time after it: "without a
corkage charge within 14 days" states the 14 days (session 16 end trainer P9: "you can cancel it
without a fee within 30 days" was no reassurance with the 30-day window). "without asking" and
"without gluten are" keep their scopes (negation_objects.en_object_end)."""

from __future__ import annotations

import pytest

from graphs.text.negation import is_negated


@pytest.mark.parametrize(
    ("text", "phrase", "negated"),
    [
        ("You can return the case without a corkage charge within 14 days.", "14 days", False),
        ("You can return the case without a corkage charge within 14 days.", "charge", True),
        ("Bring the bottle back without any fee before Friday.", "Friday", False),
        ("Never open a sample bottle without asking the manager first.", "manager", True),
    ],
)
def test_without_denies_its_noun_phrase(text: str, phrase: str, negated: bool) -> None:
    start = text.index(phrase)
    assert is_negated(text, start, start + len(phrase), "en") is negated
