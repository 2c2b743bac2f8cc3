"""Quantities: numerals, units, signs and conversions read as a teacher reads them."""

from __future__ import annotations

import pytest

from graphs.text.quantities import Quantity, parse_quantities, quantities_of, same_quantity


def only(text: str) -> Quantity:
    found = quantities_of(text)
    assert len(found) == 1, f"{text!r}: {found}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("2小时", 2, "hour"),
        ("两小时", 2, "hour"),
        ("二小时", 2, "hour"),
        ("两个小时", 2, "hour"),
        ("2h", 2, "hour"),
        ("two hours", 2, "hour"),
        ("半小时", 0.5, "hour"),
        ("一个半小时", 1.5, "hour"),
        ("half an hour", 0.5, "hour"),
        ("十四天", 14, "day"),
        ("fourteen days", 14, "day"),
        ("twenty-one days", 21, "day"),
        ("one hundred and twenty minutes", 120, "minute"),
        ("-5℃", -5, "celsius"),
        ("零下5℃", -5, "celsius"),
        ("零下五度", -5, "celsius"),
        ("5 °C", 5, "celsius"),
        ("15%", 15, "percent"),
        ("１５％", 15, "percent"),
        ("15 percent", 15, "percent"),
        ("百分之十五", 15, "percent"),
        ("百分之百", 100, "percent"),
        ("２００元", 200, "yuan"),
        ("200块", 200, "yuan"),
        ("RMB 200", 200, "yuan"),
        ("2万元", 20000, "yuan"),
        ("$55", 55, "dollar"),
        ("USD 55", 55, "dollar"),
        ("3个工作日", 3, "working_day"),
        ("下午3点", 15, "clock"),
        ("11 pm", 23, "clock"),
        ("9:30 pm", 21.5, "clock"),
        ("9:00 am", 9, "clock"),
        ("三次", 3, "times"),
        ("两位顾客", 2, "people"),
        ("十四", 14, None),
        ("twelve characters", 12, None),
        ("1,200", 1200, None),
        ("six in the morning", 6, "clock"),
        ("6 in the evening", 18, "clock"),
        ("eleven at night", 23, "clock"),
        ("six o'clock", 6, "clock"),
        ("noon", 12, "clock"),
        ("12 noon", 12, "clock"),
        ("早九点", 9, "clock"),
        ("早上六点", 6, "clock"),
        ("晚上九点", 21, "clock"),
        ("晚9点", 21, "clock"),
        ("9点半", 9.5, "clock"),
        ("9点30分", 9.5, "clock"),
        ("九点十五分", 9.25, "clock"),
        ("六点", 6, "clock"),
        ("人民币99", 99, "yuan"),
        ("£20", 20, "pound"),
        ("20 pounds", 20, "pound"),
        ("€5", 5, "euro"),
        ("a fortnight", 1, "fortnight"),
        ("within an hour", 1, "hour"),
    ],
)
def test_reads_value_and_unit(text: str, value: float, unit: str | None) -> None:
    quantity = only(text)
    assert (quantity.value, quantity.unit) == (value, unit)


@pytest.mark.parametrize(
    "text",
    [
        "十分重要",
        "统一标准",
        "一定要上报",
        "第3步",
        "TR90 镜片",
        "A4纸",
        "someone said",
        "no one of them",
        "快一点",
        "once a day",
        "twice a week",
        "拨打会员热线400-820-6688",
        "call 4008206688",
        "+86 138 0013 8000",
    ],
)
def test_words_that_only_look_numeric_are_not_quantities(text: str) -> None:
    assert quantities_of(text) == []


def test_offsets_point_into_the_original_text() -> None:
    text = "请在两个小时内上报，温度保持在零下５℃。"
    spans = [text[start:end] for _, start, end in parse_quantities(text)]
    assert spans == ["两个小时", "零下５℃"]


def test_a_range_shares_its_unit() -> None:
    low, high = quantities_of("3-5个工作日")
    assert (low.value, low.unit, high.value, high.unit) == (3, "working_day", 5, "working_day")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("2小时", "两个小时"),
        ("2小时", "2h"),
        ("2小时", "two hours"),
        ("2小时", "120分钟"),
        ("14 days", "two weeks"),
        ("1年", "12个月"),
        ("5℃", "5度"),
        ("15%", "百分之十五"),
        ("1.5公斤", "1500克"),
        ("200元", "200块"),
        ("a fortnight", "14 days"),
        ("6:00 am", "six in the morning"),
        ("21:00", "晚上九点"),
        ("早上6点", "6:00"),
        ("3 months", "3 calendar months"),
        ("3 months", "3 mths"),
        ("3个月", "三个自然月"),
        ("15 miles", "15 mi"),
        ("5英里", "5 miles"),
        ("14 days", "14 calendar days"),
        ("50 cents", "$0.50"),
        ("fifty cents", "half a dollar"),
        ("50 pence", "£0.50"),
    ],
)
def test_same_quantity_across_notations(a: str, b: str) -> None:
    assert same_quantity(only(a), only(b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("2小时", "12小时"),
        ("2小时", "20小时"),
        ("14 days", "140 days"),
        ("14 days", "4 days"),
        ("5℃", "-5℃"),
        ("200元", "2000元"),
        ("3天", "3个工作日"),
        ("1个月", "30天"),
        ("200元", "200美元"),
        ("2小时", "2"),
        ("2小时", "2天"),
        ("50 cents", "50 dollars"),
        ("早上6点", "晚上6点"),
        ("6点半", "6:00"),
        ("six in the morning", "six in the evening"),
        ("£20", "20元"),
        ("15 miles", "15 km"),
        ("5公里", "5英里"),
        ("3 months", "3 days"),
    ],
)
def test_different_quantities(a: str, b: str) -> None:
    assert not same_quantity(only(a), only(b))


def test_a_clock_time_spans_its_half_day_word_and_minutes() -> None:
    text = "早班须在早上6点半前到岗，9点30分开门。"
    spans = [text[start:end] for _, start, end in parse_quantities(text)]
    assert spans == ["早上6点半", "9点30分"]


def test_a_range_of_amounts_is_not_an_identifier() -> None:
    low, high = quantities_of("1000-2000元")
    assert (low.value, high.value, high.unit) == (1000, 2000, "yuan")


def test_and_joins_number_words_only_after_a_scale_word() -> None:
    assert [q.value for q in quantities_of("one hundred and twenty")] == [120]
    assert [q.value for q in quantities_of("between two and four hours")] == [2, 4]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("零到五度", [(0, "celsius"), (5, "celsius")]),  # a spelled-out low end takes the unit
        ("from one to four days", [(1, "day"), (4, "day")]),
        ("between 25 and 30 seconds", [(25, "second"), (30, "second")]),
        ("a hundred nights", [(100, None)]),
        ("一刻钟", [(1, "quarter_hour")]),
        ("统一到五点", []),  # 一 of 统一 is no range's low end
        ("no one to two", [(2, None)]),
    ],
)
def test_ranges_and_spelled_out_numbers(
    text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert [(q.value, q.unit) for q in quantities_of(text)] == expected


def test_a_quarter_hour_is_fifteen_minutes() -> None:
    assert same_quantity(only("一刻钟"), only("15分钟"))


@pytest.mark.parametrize(
    ("text", "value"),
    [("One staff member opens the till", 1.0), ("three employees close", 3.0), ("2 staff", 2.0)],
)
def test_an_english_count_of_staff_is_a_count_of_people(text: str, value: float) -> None:
    (quantity, _, _), *_ = parse_quantities(text)
    assert (quantity.value, quantity.dimension) == (value, "people")


def test_staff_without_a_number_is_no_count() -> None:
    assert parse_quantities("staff must sign; one of the staff checks") == []


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("本店提供3D打印服务", []),  # read as 3 dioptres before (session 20 note)
        ("3D打印模型须在2天内交付", [(2.0, "duration")]),
        ("2D drawings are sent within 3 days", [(3.0, "duration")]),
        ("镜片0.25D", [(0.25, "lens_power")]),
        ("近视镜片2D以内", [(2.0, "lens_power")]),
    ],
)
def test_a_capital_d_is_a_dioptre_only_with_decimals_a_sign_or_an_eye_word(
    text: str, figures: list[tuple[float, str]]
) -> None:
    assert [(q.value, q.dimension) for q, _, _ in parse_quantities(text)] == figures


@pytest.mark.parametrize("text", ["Under-14s need an adult with them", "over-65s travel free"])
def test_an_age_group_is_no_count_of_seconds(text: str) -> None:
    """「Under-14s」 was read as 14 seconds (session 21 lead, an escape room's age rules)."""
    assert [(q.value, q.unit) for q, _, _ in parse_quantities(text)] in (
        [(14.0, None)],
        [(65.0, None)],
    )
