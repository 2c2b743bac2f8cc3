"""Identifiers (phone numbers, codes) are compared as digit strings and never read as quantities."""

from __future__ import annotations

import pytest

from graphs.text.identifiers import parse_identifiers, same_identifier


@pytest.mark.parametrize(
    ("text", "digits", "span"),
    [
        ("拨打会员热线400-820-6688（9:00-21:00）", "4008206688", "400-820-6688"),
        ("打4008206688热线", "4008206688", "4008206688"),
        ("call 0800 123 4567.", "08001234567", "0800 123 4567"),
        ("总机 010-12345678", "01012345678", "010-12345678"),
        ("+86 138 0013 8000", "8613800138000", "+86 138 0013 8000"),
    ],
)
def test_reads_identifiers(text: str, digits: str, span: str) -> None:
    [(identifier, start, end)] = parse_identifiers(text)
    assert identifier.digits == digits and text[start:end] == span


@pytest.mark.parametrize(
    "text",
    ["1000-2000元", "2000-5000", "3-5个工作日", "1,234,567", "RMB 1000000", "2024年", "9:00-21:00"],
)
def test_amounts_ranges_and_years_are_not_identifiers(text: str) -> None:
    assert parse_identifiers(text) == []


def test_one_digit_off_is_another_number() -> None:
    [(a, _, _)] = parse_identifiers("400-820-6688")
    [(b, _, _)] = parse_identifiers("400 820 6688")
    [(c, _, _)] = parse_identifiers("400-820-6699")
    assert same_identifier(a, b) and not same_identifier(a, c)
