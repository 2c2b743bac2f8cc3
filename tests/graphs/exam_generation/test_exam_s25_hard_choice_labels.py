"""Session 25 (F3): a single choice is hard "by very near values" only when its wrong values are
near.

The session 25 designer's m1 Q3 was 「难：干扰项为非常接近的数值」 with 95℃ among 60/80/150℃: the
mean likeness of the three reached hard, while 60 and 150 lie more than half as far again from 95
(difficulty.NEAR_FIGURE_RATIO, the project's own measure of a near figure). Such a set now rates
medium at most; a hard figure single choice has every wrong option near its key.

Own material (not the reviewers'): a knife-sharpening shop's staff rules (zh) and a bagpipe
workshop's terms (en).
"""

from __future__ import annotations

import pytest

from graphs.exam_generation.choice_builders import single_choice
from graphs.exam_generation.difficulty import NEAR_FIGURE_RATIO, figure_options_similarity
from graphs.exam_generation.material import Material
from graphs.exam_generation.near_values import figure_value
from graphs.exams import Language
from graphs.text import analyse

KNIVES = """# 快刃磨刀铺 店员守则

## 一、磨削
1. 磨削时刀刃温度不得超过 95℃，每磨 6 分钟须蘸水冷却一次。
2. 砂轮转速不得超过 3000 转每分钟，砂轮片使用满 40 小时须更换。
3. 抛光膏每次用量不超过 12 克。
4. 当班店员每 3 小时清扫一次磨削台，铁屑须倒入专用铁桶。
"""

PIPES = """# Glenmorven Bagpipe Workshop — Workshop Rules

## 1. Bags and reeds
1.1 Hide bags must be seasoned for 14 days before they are fitted.
1.2 Reeds are stored at 18°C and checked every 12 days.
1.3 A new bag is fitted within 5 working days of the deposit.
1.4 Cane for chanter reeds must dry for at least 45 days.
"""


def test_a_far_wrong_value_holds_a_set_short_of_hard() -> None:
    assert figure_options_similarity(0.71, "95℃", ["60℃", "80℃", "150℃"]) < 0.62
    assert figure_options_similarity(0.71, "95℃", ["80℃", "85℃", "110℃"]) == 0.71


def _hard_figure_choices(material: str, language: Language) -> list[tuple[str, list[str]]]:
    read = Material.of(analyse(material), language)
    made = []
    for fact in read.facts:
        question = single_choice(read, fact, "hard", "rule")
        if question is None:
            continue
        key = next(o.text for o in question.options if o.key in question.answer)
        if figure_value(key) is not None:
            made.append((key, [o.text for o in question.options if o.text != key]))
    return made


def _far(key: str, wrong: list[str]) -> list[str]:
    value = figure_value(key) or 0.0
    return [
        w
        for w in wrong
        if not (other := figure_value(w)) or max(value / other, other / value) >= NEAR_FIGURE_RATIO
    ]


def test_a_temperature_among_far_values_is_not_hard() -> None:
    """95℃ has no near values of the material's or made up but 80℃ beside 60/150℃: no hard item."""
    assert not [k for k, _ in _hard_figure_choices(KNIVES, "zh") if k == "95℃"]


@pytest.mark.parametrize(("material", "language"), [(KNIVES, "zh"), (PIPES, "en")])
def test_a_hard_figure_choice_has_only_near_wrong_values(material: str, language: Language) -> None:
    for key, wrong in _hard_figure_choices(material, language):
        assert not _far(key, wrong), (key, wrong)


def test_hard_figure_choices_are_still_made() -> None:
    assert _hard_figure_choices(PIPES, "en")
