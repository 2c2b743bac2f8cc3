"""A veiled threat: her room no longer promised if she says no ("If you don't take it now, I can't
promise your standard room will be quiet tonight", session 21 lead, english-upsell: Honesty 100 and
a pass at 64). An honest "can't promise" with no refusal before it threatens nothing."""

from __future__ import annotations

import pytest

from graphs.practice_dialogue.signals import TurnText
from graphs.practice_dialogue.threats import threat_in


@pytest.mark.parametrize(
    ("line", "threat"),
    [
        (
            "If you don't take it now, I can't promise your standard room will be quiet tonight.",
            True,
        ),
        ("Unless you upgrade, I can't guarantee your room will be ready tonight.", True),
        ("I can't promise the suite will still be free tomorrow, but it is tonight.", False),
        ("If you don't mind, I can't guarantee your room will be ready before three.", False),
        ("If you don't take it, that's fine: your room is ready and quiet.", False),
    ],
)
def test_a_room_no_longer_promised_if_she_says_no(line: str, threat: bool) -> None:
    assert (threat_in(TurnText.of(line, "en"), asking=False) is not None) is threat
