"""Session 26: a unit's symbol is the unit.

"20 t" for a key of 20 tonnes was half right with the note "the unit … is missing" (session 26
teacher T19, a paper mill's press): t is the tonne's symbol, as kg, g, m, cm, km, l and ml are
their units', and 吨, 公斤, 千克, 克, 米, 厘米, 公里, 升, 毫升 are the same units in Chinese. A
t that begins a word ("2 t-shirts") is no tonne. Own course: a quarry's crusher and weighbridge.
"""

from __future__ import annotations

import pytest

from graphs.text.quantities import Quantity, quantities_of
from tests.support.grading import fill_blank, judged

STEM_EN = "Fill in the blank: A quarry truck may carry at most ____ of crushed stone."
STEM_ZH = "填空：采石场每辆运料车最多装载____碎石。"


@pytest.mark.parametrize(
    ("key", "answer"),
    [
        ("30 tonnes", "30 t"),
        ("30 tonnes", "30t"),
        ("30 tonnes", "30 T"),
        ("30 tonnes", "30吨"),
        ("30吨", "30 t"),
        ("30 tonnes", "30 metric tons"),
        ("30 tonnes", "30,000 kg"),
        ("800 kilograms", "800 kg"),
        ("800 kilograms", "800公斤"),
        ("800 kilograms", "800千克"),
        ("250 grams", "250 g"),
        ("250 grams", "250克"),
        ("12 metres", "12 m"),
        ("12 metres", "12米"),
        ("45 centimetres", "45 cm"),
        ("45 centimetres", "45厘米"),
        ("3 kilometres", "3 km"),
        ("3 kilometres", "3公里"),
        ("20 litres", "20 L"),
        ("20 litres", "20 l"),
        ("20 litres", "20升"),
        ("500 millilitres", "500 ml"),
        ("500 millilitres", "500毫升"),
    ],
)
def test_a_unit_symbol_or_its_chinese_name_is_the_unit(key: str, answer: str) -> None:
    stem = STEM_ZH if not key.isascii() else STEM_EN
    judgement, note = judged(fill_blank(stem, key), answer)
    assert judgement.ratio == 1, note


def test_another_mass_in_symbols_is_still_wrong() -> None:
    judgement, note = judged(fill_blank(STEM_EN, "30 tonnes"), "30 kg")
    assert judgement.ratio == 0, note


def test_a_bare_figure_still_lacks_its_unit() -> None:
    judgement, note = judged(fill_blank(STEM_EN, "30 tonnes"), "30")
    assert judgement.ratio == 0.5, note


def test_a_word_that_begins_with_t_is_no_tonne() -> None:
    assert quantities_of("Each crusher hand gets 2 t-shirts.") == [Quantity(2)]
    assert quantities_of("The crusher runs 2 t's a shift.") == [Quantity(2)]
