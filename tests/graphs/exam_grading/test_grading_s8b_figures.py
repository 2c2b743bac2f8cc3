"""Session 8 (issue 11, second teacher's faults 3, 4 and 5): figures read the same way in short
answers and fill-ins, on examples nobody tuned on (an ice-cream shop, a pharmacy, a car park).

- a minus sign after a Chinese word (保持在-20℃) and "20 degrees below zero" are -20;
- a denied excess a few words before its figure is a ceiling (不得连续停放超过3小时, "must never
  hold more than $500"), the same as 不能超过三小时 and "must not go above 500 dollars";
- a sentence that completes the stem with a figure the stem does not print is no echo of it
  ("Receipts are kept for three years" for "(2) Receipts are kept for ...");
- "sixty (60) days" is 60 days; 3袋 for 3件 counts something else; 四分之一 is named as such.
"""

from __future__ import annotations

from graphs.exams import Question
from graphs.text.negation import is_negated
from graphs.text.quantities import Quantity, quantities_of
from tests.support.grading import judged


def _short(stem: str, points: list[str], number: int = 1) -> Question:
    text = "；".join(points) if "\u4e00" <= stem[0] <= "\u9fff" else ". ".join(points)
    return Question(
        number=number,
        type="short_answer",
        score=6,
        stem=stem,
        answer=[text],
        source_quote=text,
        scoring_points=points,
    )


def _fill(stem: str, key: str, quote: str) -> Question:
    return Question(
        number=2, type="fill_blank", score=2, stem=stem, answer=[key], source_quote=quote
    )


def _graded(question: Question, answer: str) -> tuple[float, str, str]:
    judgement, note = judged(question, answer)
    return judgement.ratio, judgement.reason, note


def test_a_minus_sign_after_a_word_and_below_zero_are_kept() -> None:
    assert quantities_of("冰淇淋柜须保持在-20℃以下") == [Quantity(-20, "celsius", "temperature")]
    assert quantities_of("kept at 20 degrees below zero") == [
        Quantity(-20, "celsius", "temperature")
    ]
    assert quantities_of("10-20℃") == [
        Quantity(10, "celsius", "temperature"),
        Quantity(20, "celsius", "temperature"),
    ]


ICE_CREAM = _short(
    "根据材料，冰淇淋柜和送货车有哪些规定？",
    ["冰淇淋柜温度须保持在-20℃或以下", "送货车不得在门口连续停放超过3小时"],
)


def test_a_freezing_point_said_in_words_is_the_key() -> None:
    ratio, reason, note = _graded(
        ICE_CREAM, "冰淇淋柜要零下20度或更低；送货车在门口连着停不能超过三个小时。"
    )
    assert ratio == 1, reason
    assert "有误" not in note


def test_a_ceiling_said_with_other_words_is_not_a_contradiction() -> None:
    text = "送货车不得在门口连续停放超过3小时"
    assert not is_negated(text, text.index("停放"), text.index("停放") + 2, "zh")
    ratio, reason, _ = _graded(ICE_CREAM, "冰淇淋柜-20℃以下；送货车门口停放最多3小时，不能超过。")
    assert ratio == 1, reason


PHARMACY = _short(
    'Under "Cash and records", complete these 2 rules: (1) The cash drawer ... (2) Prescription '
    "receipts are kept for ...",
    [
        "The cash drawer must never hold more than 500 dollars; the pharmacist then banks the rest",
        "Prescription receipts are kept for 3 years",
    ],
)


def test_a_ceiling_in_english_and_a_spelled_out_figure_complete_the_stem() -> None:
    ratio, reason, _ = _graded(
        PHARMACY,
        "The cash drawer must not go above $500 and the pharmacist then banks the rest. "
        "Prescription receipts are kept for three years.",
    )
    assert ratio == 1, reason


def test_a_copied_stem_with_no_figure_of_its_own_still_states_nothing() -> None:
    ratio, _, _ = _graded(PHARMACY, "Prescription receipts are kept for ...")
    assert ratio == 0


def test_a_number_word_with_its_digits_in_brackets_keeps_its_unit() -> None:
    item = _fill(
        "Parking permits must be renewed within ____.",
        "60 days",
        "Parking permits must be renewed within 60 days.",
    )
    ratio, reason, _ = _graded(item, "sixty (60) days")
    assert ratio == 1, reason
    assert quantities_of("rule 4 (5) days") == [Quantity(4)]  # no echo: two figures


def test_another_counting_unit_is_wrong_not_missing() -> None:
    item = _fill("每次盘点至少抽查____。", "5件", "每次盘点至少抽查5件。")
    ratio, reason, _ = _graded(item, "5袋")
    assert ratio == 0 and "another counting unit" in reason
    assert _graded(item, "5")[0] == 1  # the count without its measure word (件): no unit missing


def test_a_fraction_is_named_as_the_fraction_it_was() -> None:
    item = _short(
        "药品效期有哪些规定？", ["剩余效期不足四分之一的药品须下架", "下架药品须在当天登记"]
    )
    ratio, reason, note = _graded(item, "剩余效期不足的药品须下架；下架药品当天登记。")
    assert ratio < 1, reason
    assert "四分之一" in note and "25%" not in note  # as the point writes it
