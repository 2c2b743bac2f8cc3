"""One person under a quantifier is no count (session 24 teacher T17, e3 strong Q5: 「每一批入库都要
保管员和质检员两个人一起签字，不能一个人说了算」 got 「有误（答成：两个人，要点为一人）」 for the rule
「任何一人不得单独放行」; the rule says both sign together). no_counts.is_quantifier reads 任何一人,
一人不得单独…, 不能一个人说了算, "no one person" as no figure. Own trade: a seed warehouse and a
key-cutting kiosk."""

from __future__ import annotations

import pytest

from graphs.exam_grading.figures import figures_of
from graphs.exams import Language
from tests.support.grading import judged, short_answer

RELEASE = short_answer(
    "种子出库放行有什么规定？", "种子出库须由保管员与质检员共同签字", "任何一人不得单独放行"
)


def test_two_who_sign_together_are_no_wrong_figure_for_any_one_person() -> None:
    _, note = judged(RELEASE, "每一批出库都要保管员和质检员两个人一起签字，不能一个人说了算")
    assert "要点为一人" not in note, note
    assert "(2) 有误" not in note, note


def test_the_rule_in_one_point_is_not_told_wrong() -> None:
    rule = short_answer(
        "种子出库放行有什么规定？", "种子出库须由保管员与质检员共同签字，任何一人不得单独放行"
    )
    judgement, note = judged(rule, "每一批出库都要保管员和质检员两个人一起签字，不能一个人说了算")
    assert "要点为一人" not in note, note
    assert judgement.ratio > 0, note


def test_the_rule_said_again_is_full_marks() -> None:
    judgement, note = judged(RELEASE, "保管员和质检员两个人一起签字，任何一人都不能单独放行")
    assert judgement.ratio == 1.0, note


def test_one_person_allowed_alone_still_contradicts() -> None:
    _, note = judged(RELEASE, "保管员和质检员一起签字，一个人也可以放行")
    assert "(2) 有误" in note, note


@pytest.mark.parametrize(
    "text",
    [
        "任何一人不得单独放行",
        "一人不得单独放行",
        "不能一个人说了算",
        "No one person may release a master key blank",
    ],
)
def test_one_person_under_a_quantifier_is_no_figure(text: str) -> None:
    lang: Language = "en" if text.isascii() else "zh"
    assert figures_of(text, lang, in_point=True) == [], text


@pytest.mark.parametrize(
    "text", ["熏蒸期间一人值守", "每次限一人进入", "One person must stay alone"]
)
def test_one_person_counted_stays_a_figure(text: str) -> None:
    lang: Language = "en" if text.isascii() else "zh"
    assert len(figures_of(text, lang, in_point=True)) == 1, text
