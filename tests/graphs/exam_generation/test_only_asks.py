"""An "only … may" rule asked with who for people and with what for a thing (session 22 lead: "Only
the glove provided by the centre may be worn when a bird is on the hand" was asked "Who may be
worn when a bird is on the hand?")."""

from __future__ import annotations

import pytest

from graphs.exam_generation.only_asks import only_ask


@pytest.mark.parametrize(
    ("rule", "ask"),
    [
        (
            "Only the bow issued by the range may be drawn on the shooting line",
            "What may be drawn on the shooting line?",
        ),
        ("Only the blue mat may be used for stretching", "What may be used for stretching?"),
        ("Only qualified coaches may unlock the arrow store", "Who may unlock the arrow store?"),
        (
            "Only trained staff may be trusted with the store keys",
            "Who may be trusted with the store keys?",
        ),
        ("Only members over 16 may be signed in as guests", "Who may be signed in as guests?"),
    ],
)
def test_who_for_people_what_for_things(rule: str, ask: str) -> None:
    assert only_ask(rule) == ask


def test_another_shape_is_not_asked_here() -> None:
    assert only_ask("Arrows must be collected only when the whistle blows") is None
