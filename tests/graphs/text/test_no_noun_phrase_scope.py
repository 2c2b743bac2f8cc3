"""A determiner "no" denies its noun phrase, not the time or the clause after it: "no fee within
the first 30 days" states the 30 days; "no one will call", "no need to pay" keep the clause's
scope (negation_objects._en_noun_phrase_end)."""

from __future__ import annotations

import pytest

from graphs.text.negation import is_negated


@pytest.mark.parametrize(
    ("text", "phrase", "negated"),
    [
        ("Members can leave with no penalty during the first fortnight.", "fortnight", False),
        ("Members can leave with no penalty during the first fortnight.", "penalty", True),
        ("There is no deposit for the trial class and you get a towel.", "towel", False),
        ("There is no deposit for the trial class and you get a towel.", "deposit", True),
        ("No one will phone you back.", "phone", True),
        ("There is no need to book.", "book", True),
    ],
)
def test_no_denies_its_noun_phrase(text: str, phrase: str, negated: bool) -> None:
    start = text.index(phrase)
    assert is_negated(text, start, start + len(phrase), "en") is negated
