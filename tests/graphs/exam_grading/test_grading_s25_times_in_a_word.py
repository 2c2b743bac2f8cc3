"""Session 25: once, twice and thrice are counts.

"Knead them once a day" was credited for "Knead the dough twice a day": English folds the number
and the unit into one word, which held no figure (graphs/text/times_words.py now reads it as 1, 2
or 3 times). "once" as a conjunction ("once it is mixed") or "at once" is no count. Own course:
looking after raw lacquer (生漆) in a lacquerware workshop.
"""

from __future__ import annotations

import pytest

from tests.support.grading import fill_blank, judged, short_answer

STEM_EN = "How is the raw lacquer looked after while it cures?"
STEM_ZH = "生漆晾置期间如何照看？"


@pytest.mark.parametrize(
    ("point", "answer", "told"),
    [
        ("Stir the raw lacquer twice a day", "Stir it once a day.", "you gave: once"),
        ("Stir the raw lacquer once a day", "Stir it thrice a day.", "you gave: thrice"),
        ("Stir the raw lacquer three times a day", "Stir it twice a day.", "you gave: twice"),
        ("Stir the raw lacquer 1 time a day", "Stir it 3 times a day.", "you gave: 3 times"),
    ],
)
def test_another_count_in_a_word_is_told_wrong(point: str, answer: str, told: str) -> None:
    judgement, note = judged(short_answer(STEM_EN, point), answer)
    assert judgement.ratio == 0, note
    assert told in note, note


@pytest.mark.parametrize(
    ("point", "answer"),
    [
        ("Stir the raw lacquer twice a day", "Stir it 2 times a day."),
        ("Stir the raw lacquer 2 times a day", "Stir it twice a day."),
        ("Stir the raw lacquer three times a day", "Stir it thrice a day."),
        ("Stir the raw lacquer twice a day", "Once it is mixed, stir it twice a day."),
    ],
)
def test_the_same_count_in_a_word_is_credited(point: str, answer: str) -> None:
    judgement, note = judged(short_answer(STEM_EN, point), answer)
    assert judgement.ratio == 1, note


def test_a_fill_in_count_in_a_word() -> None:
    stem = "Stir the raw lacquer ____ a day."
    wrong, note = judged(fill_blank(stem, "twice"), "once")
    assert wrong.ratio == 0, note
    assert "a different figure" in note, note
    right, note = judged(fill_blank(stem, "twice"), "2 times")
    assert right.ratio == 1, note


def test_the_chinese_count_still_told_wrong() -> None:
    judgement, note = judged(short_answer(STEM_ZH, "生漆晾置期间每天搅拌两次"), "每天搅拌一次。")
    assert judgement.ratio == 0, note
    assert "答成：一次，要点为两次" in note, note
