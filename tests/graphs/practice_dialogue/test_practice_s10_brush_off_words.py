"""One vocabulary for brushing a customer off: the words she reacts to (affronts.py) are the words
the report counts against the learner's conduct (conduct.py), and a turn that only says the
learner has more to tell her is neither."""

from __future__ import annotations

from typing import cast

import pytest

from graphs.exams import Language
from graphs.practice_dialogue.affronts import affront_in, unhurried
from graphs.practice_dialogue.conduct import DISMISSES


@pytest.mark.parametrize(
    ("turn", "language"),
    [
        ("后面还有人排队，您先让一让。", "zh"),
        ("嫌贵就去别处看看吧。", "zh"),
        ("投诉也没用，规定就是这样。", "zh"),
        ("爱办不办。", "zh"),
        ("我还有很多事要忙。", "zh"),
        ("If you don't like it, try somewhere else.", "en"),
        ("Don't bother complaining, it won't change anything.", "en"),
        ("Next customer, please.", "en"),
    ],
)
def test_a_brush_off_is_one_to_her_and_to_the_report(turn: str, language: str) -> None:
    said = cast(Language, language)
    assert affront_in(turn, said) in ("hushed", "brushed")
    assert DISMISSES[said].search(turn)


@pytest.mark.parametrize(
    ("turn", "language"),
    [
        ("我还有事要跟您确认一下：您是周二来做的洁牙吗？", "zh"),
        ("后面还有人的话我先帮您登记。", "zh"),
        ("I have something else to check with you first.", "en"),
        ("不着急，您想好了再来找我就行。", "zh"),
        ("No rush, take your time and come back when you've decided.", "en"),
    ],
)
def test_more_to_tell_her_is_no_brush_off(turn: str, language: str) -> None:
    said = cast(Language, language)
    assert affront_in(turn, said) is None
    assert not DISMISSES[said].search(turn) or unhurried(turn)  # time given, not the door
