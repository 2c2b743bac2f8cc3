"""Session 25: how often is no count of how many in all.

The outside teacher's 「每30分钟拉伸折叠一次，共折4次」 was 有误（答成：一次，要点为4次）: the 一次 after
每30分钟 is a rate, "once every 30 minutes", and the answer states the total 4次 exactly. A count
in a period's clause is a rate (periods.per_period) and rivals only another rate (每天一次 for
每天2次 stays told wrong). Own course: kneading persimmons while they dry (柿饼).
"""

from __future__ import annotations

import pytest

from tests.support.grading import judged, short_answer

STEM_ZH = "柿饼晾晒期间应如何揉捏？"
STEM_EN = "How are the persimmons kneaded while they dry?"


@pytest.mark.parametrize(
    ("stem", "point", "answer"),
    [
        (STEM_ZH, "晾晒期间须揉捏5次，每次间隔3天", "每3天揉捏一次，共揉5次。"),
        (STEM_ZH, "晾晒期间须揉捏5次，每次间隔3天", "每隔3天揉捏一次，一共揉捏5次。"),
        (STEM_ZH, "晾晒期间共揉捏5次", "每天揉一次，共揉5次。"),
    ],
)
def test_once_every_period_beside_the_total_is_credited(stem: str, point: str, answer: str) -> None:
    judgement, note = judged(short_answer(stem, point), answer)
    assert judgement.ratio == 1, note


def test_a_wrong_total_is_the_figure_named_not_the_rate() -> None:
    point = "晾晒期间每隔3天揉捏1次，共揉捏5次"
    judgement, note = judged(short_answer(STEM_ZH, point), "每隔3天揉捏一次，共揉捏3次。")
    assert judgement.ratio < 1, note
    assert "答成：3次，要点为5次" in note, note


def test_a_rate_told_wrong_is_still_wrong() -> None:
    judgement, note = judged(short_answer(STEM_ZH, "晾晒期间每天揉捏2次"), "每天揉捏一次。")
    assert judgement.ratio == 0, note
    assert "答成：一次，要点为2次" in note, note


def test_once_every_period_beside_the_total_en() -> None:
    point = "Knead each persimmon 5 times in all, every 3 days"
    judgement, note = judged(short_answer(STEM_EN, point), "Once every 3 days, 5 times in all.")
    assert judgement.ratio == 1, note
