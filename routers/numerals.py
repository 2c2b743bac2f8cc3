"""Numbers as learners write them: `10`, `十`, `二十五`, `两`, `ten`, `一百`."""

from __future__ import annotations

CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
CN_UNITS = {"十": 10, "百": 100}
CN_NUMERAL_CHARS = "".join(CN_DIGITS) + "".join(CN_UNITS)

EN_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "a couple of": 2, "a few": 3, "couple": 2, "few": 3,
}  # fmt: skip
"""`a`/`an` count as one ("a true/false question"); `a few` as three."""

NUMBER_PATTERN = (
    r"\d{1,3}|["
    + CN_NUMERAL_CHARS
    + r"]{1,4}|"
    + "|".join(sorted((w.replace(" ", r"\s+") for w in EN_WORDS), key=len, reverse=True))
)
"""A regex alternative matching any number this module can parse (longest English words first)."""


def parse_chinese(text: str) -> int | None:
    """`三` → 3, `十` → 10, `十五` → 15, `二十` → 20, `一百零五` → 105; None if it is not a numeral."""
    if not text or any(ch not in CN_DIGITS and ch not in CN_UNITS for ch in text):
        return None
    total, digit = 0, None
    for ch in text:
        if ch in CN_DIGITS:
            digit = CN_DIGITS[ch] if digit is None else digit * 10 + CN_DIGITS[ch]
        else:
            # A unit with no digit before it ("十五") means one of that unit.
            total += (1 if digit is None else digit) * CN_UNITS[ch]
            digit = None
    return total + (digit or 0)


def parse_number(text: str) -> int | None:
    """Any number this module knows, Arabic, Chinese or English; None if it is none of them."""
    text = " ".join(text.strip().lower().split())
    if text.isdigit():
        return int(text)
    if text in EN_WORDS:
        return EN_WORDS[text]
    return parse_chinese(text)
