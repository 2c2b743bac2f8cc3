"""An order asked by its case keeps one person: the case says "your shift", so the ask is put to
the reader ("What must you do before your shift ends?"), never "What must staff do before your
shift ends?" (staff and you in one ask, session 13 teacher T5). Own riding-school and gym rules."""

from __future__ import annotations

import pytest

from graphs.exam_generation.order_asks import order_ask


@pytest.mark.parametrize(
    ("rule", "ask"),
    [
        (
            "Rinse the saddles and write up the lesson log before your shift ends.",
            "What must you do before your shift ends?",
        ),
        (
            "Return the locker key before you leave the building.",
            "What must you do before you leave the building?",
        ),
        (
            "If your badge is lost, tell the supervisor at once.",
            "What must you do if your badge is lost?",
        ),
        # a case with no reader in it keeps the staff as the ones who act
        ("Lock the till before the store closes.", "What must staff do before the store closes?"),
    ],
)
def test_an_order_is_asked_of_one_person(rule: str, ask: str) -> None:
    assert order_ask(rule) == ask
