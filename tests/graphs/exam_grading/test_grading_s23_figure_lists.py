"""A bare list of figures parted by spaces is a keyword list like any other (session 22 held-out
teacher, C weak Q9: bare "55 70 198" was 未答到 on every point while "押金 会员 延迟退房" each got
只列出关键词…（0.2/1分）: "the labels are inconsistent").

Numbers parted by spaces alone read as one code (a phone number's groups) where an answer states
something; in a bare list each is an entry, a figure, as in "55、70、198" (list_marks.list_figures).
Own trade: a photo studio (照相馆) and its price list."""

from __future__ import annotations

from tests.support.grading import judged, short_answer

PRICES = short_answer(
    "照相馆的收费标准有哪些？", "证件照每版收费55元", "加急另收70元", "全家福套餐198元"
)
EN_PRICES = short_answer(
    "What does the photo studio charge?",
    "ID photos cost 55 dollars a sheet",
    "Rush jobs cost 70 dollars extra",
    "The family portrait package costs 198 dollars",
)


def test_figures_parted_by_spaces_are_listed_as_keywords() -> None:
    judgement, note = judged(PRICES, "55 70 198")
    assert note.count("只列出关键词") == 3, note
    assert "未答到" not in note, note
    assert 0 < judgement.ratio < 0.5, judgement.reason


def test_an_english_list_of_bare_figures_too() -> None:
    judgement, note = judged(EN_PRICES, "55 70 198")
    assert note.count("listed as keywords") == 3, note
    assert 0 < judgement.ratio < 0.5, judgement.reason


def test_a_list_of_other_figures_names_no_point() -> None:
    judgement, note = judged(PRICES, "50 75 200")
    assert note.count("未答到") == 3, note
    assert judgement.ratio == 0.0, judgement.reason
