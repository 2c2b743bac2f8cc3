"""Spoken decimals after a Chinese unit (一米二, 两块五): one figure, not a figure and a stray digit."""

from __future__ import annotations

import pytest

from graphs.text.quantities import quantities_of, same_quantity


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("一米二以下免票", [(1.2, "metre")]),
        ("他有一米八", [(1.8, "metre")]),
        ("1米2", [(1.2, "metre")]),
        ("三块八一瓶", [(3.8, "yuan"), (1.0, "items")]),
        ("十块八毛", [(10.8, "yuan")]),
        ("一元五角", [(1.5, "yuan")]),
        ("一斤二两", [(600.0, "gram")]),
        # a digit that counts something of its own is no tenth
        ("两米三个人", [(2.0, "metre"), (3.0, "people")]),
        ("5元2个", [(5.0, "yuan"), (2.0, "items")]),
        ("3米长", [(3.0, "metre")]),
        ("两块钱", [(2.0, "yuan")]),
    ],
)
def test_a_spoken_tenth_belongs_to_its_figure(text: str, figures: list[tuple[float, str]]) -> None:
    assert [(q.value, q.unit) for q in quantities_of(text)] == figures


def test_one_metre_two_is_the_same_height_as_one_point_two_metres() -> None:
    (spoken,) = quantities_of("一米二")
    (written,) = quantities_of("1.2米")
    assert same_quantity(spoken, written)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a market stall's price list: the figure after a price's tenth is a figure of its own
        ("韭菜两块五一斤", [(2.5, "yuan"), (500.0, "gram")]),
        ("豆腐三块八两块", [(3.8, "yuan"), (2.0, "yuan")]),
        ("鸡蛋一块二一个", [(1.2, "yuan"), (1.0, "items")]),
    ],
)
def test_the_figure_after_a_spoken_tenth_is_read(
    text: str, figures: list[tuple[float, str]]
) -> None:
    assert [(q.value, q.unit) for q in quantities_of(text)] == figures
