"""What a fill-in's stem prints around a blank, which the answer is read in.

A unit after the blank ("____小时内": a bare 2 is 2小时), a currency or half-day word before it
("人民币____", "晚上____点"), a unit the key shares with a bare figure printed just before the
blank ("40 by ____", key 30 cm: the cm is both figures'), and the bound the words around it set ("在____内" is an upper
bound: an answer that adds the opposite one, "1小时以上", is wrong however right its figure).
matching.py reads every blank's answer through these.
"""

from __future__ import annotations

import re
import unicodedata

from graphs.exam_grading.money_words import asks_a_sum
from graphs.exams import BLANK
from graphs.text.quantities import parse_quantities

HALF_DAY_BEFORE = re.compile(
    r"(早上|上午|早晨|清晨|凌晨|中午|下午|晚上|傍晚|夜里|夜间|(?<![最较太提])早|(?<![最较太])晚)\s*$"
)
"""A half-day word that ends the text before a blank (晚上____点; 晚 ____后, the key 8 点 and the
answers 20:00 and 晚上八点 all 20:00; not 最晚____, a deadline)."""
_CURRENCY_BEFORE = re.compile(r"(人民币|rmb|cny|usd|us\$|gbp|eur|[¥$£€])\s*$")


def unit_after_blank(stem: str, index: int, expected: str = "") -> str | None:
    """The unit the stem prints right after its `index`-th blank ("____小时内" -> "小时"), else
    the unit of the key `expected` that a bare figure before the blank shares
    (`unit_shared_before_blank`)."""
    parts = stem.split(BLANK)
    if index + 1 >= len(parts):
        return None
    after = parts[index + 1][:12]
    found = parse_quantities("1" + after)
    if not found or found[0][1] != 0 or found[0][0].unit is None:
        return unit_shared_before_blank(stem, index, expected)
    return ("1" + after)[1 : found[0][2]]


_PAIRED_FIGURE_BEFORE = re.compile(
    r"(?<![\d.])\d+(?:\.\d+)?\s*(?:by|x|×|\*|乘以?|to|and|or|至|到|或|-|~|～|—)\s*$", re.IGNORECASE
)
"""A bare figure joined to the blank ("40 by ____", "60×____", "10至____"): one measure of two
figures whose unit the key prints once, after the second."""


def unit_shared_before_blank(stem: str, index: int, expected: str) -> str | None:
    """The key's unit where the stem prints its partner figure bare right before the blank
    ("Bags over 40 by ____", key "30 cm" -> "cm"): the stem leaves the unit to the end of the
    pair, so a learner who writes "30" as the stem writes 40 has given the key; None otherwise."""
    parts = stem.split(BLANK)
    if index >= len(parts) - 1:
        return None
    if not _PAIRED_FIGURE_BEFORE.search(unicodedata.normalize("NFKC", parts[index])):
        return None
    found = parse_quantities(expected)
    if len(found) != 1 or found[0][0].unit is None:
        return None
    _, start, end = found[0]
    unit = re.sub(r"^[\d.,\s]+", "", expected[start:end])
    return unit if unit and unit != expected[start:end] else None


def currency_the_blank_asks(stem: str, index: int, expected: str) -> tuple[str, str] | None:
    """The key's currency as printed before and after its figure ("£18" -> ("£", ""), "18
    pounds" -> ("", " pounds"), "40元" -> ("", "元")) where the words before the `index`-th blank
    ask a sum of money ("A replacement fin costs ____", 「须赔偿____」); None otherwise.

    The frame then leaves one unit possible: a sum, in the one currency the material charges
    in, so a bare "18" there is the key's 18 pounds, as a count's bare figure is its count
    (one rule in both languages). Where other units are possible ("lasts ____": minutes or
    hours; "renew it every ____") a bare figure stays half right."""
    parts = stem.split(BLANK)
    if index >= len(parts) - 1 or not asks_a_sum(unicodedata.normalize("NFKC", parts[index])):
        return None
    found = parse_quantities(expected)
    if len(found) != 1 or not (found[0][0].dimension or "").startswith("money"):
        return None
    _, start, end = found[0]
    span = expected[start:end]
    number = re.search(r"\d[\d,.]*", span)
    if number is None:
        return None
    return span[: number.start()], span[number.end() :]


def half_day_before_blank(stem: str, index: int) -> str | None:
    """The half of the day the stem prints right before its `index`-th blank ("晚上____点" ->
    "晚上"): a bare hour, or an hour without its own half-day word, is read in it (21 and 9点
    are both 晚上9点)."""
    parts = stem.split(BLANK)
    if index >= len(parts) - 1:
        return None
    found = HALF_DAY_BEFORE.search(unicodedata.normalize("NFKC", parts[index]))
    return found.group(1) if found else None


def currency_before_blank(stem: str, index: int) -> str | None:
    """The currency the stem prints right before its `index`-th blank ("人民币____" -> "人民币")."""
    parts = stem.split(BLANK)
    if index >= len(parts) - 1:
        return None
    found = _CURRENCY_BEFORE.search(unicodedata.normalize("NFKC", parts[index]).lower())
    return found.group(1) if found else None


_BOUNDS = {
    "upper": re.compile(
        r"以内|之内|(?<![以之])内|以下|不超过|不得超过|最多|至多|不高于|不晚于|"
        r"\b(?:within|under|at\s+most|up\s+to|no\s+more\s+than|less\s+than|no\s+later\s+than)\b",
        re.I,
    ),
    "lower": re.compile(
        r"以上|(?<!不)(?<!不得)超过|多于|至少|不少于|不低于|"
        r"\b(?:more\s+than|at\s+least|over|longer\s+than|no\s+less\s+than)\b",
        re.I,
    ),
}
OPPOSITE_BOUND = {"upper": "lower", "lower": "upper"}


def bound_directions(text: str) -> set[str]:
    """The bounds a figure's words set: upper (内, 以下, 最多, within, at most) or lower (以上,
    超过, 至少, at least, more than)."""
    return {name for name, pattern in _BOUNDS.items() if pattern.search(text)}


def bound_beside_blank(stem: str, index: int) -> str:
    """The words printed around the `index`-th blank (a few characters each side): the bound
    they set ("在____内") is the key's, and an answer that adds the opposite one ("1小时以上") is
    wrong however right its figure. A retention period (keep … for ____) is a lower bound."""
    parts = stem.split(BLANK)
    if index + 1 >= len(parts):
        return ""
    frame = parts[index][-6:] + " " + parts[index + 1][:6]
    # A retention period is a minimum: keeping the data longer still obeys the rule, so "at
    # least 3 years" for "keep it for ____" (3 years) adds no bound the rule lacks.
    return frame + " at least" if _RETENTION.search(parts[index]) else frame


_RETENTION = re.compile(
    r"\b(?:keep|kept|retain|retained|store|stored|archive|archived)\b[^.;,!?]*\bfor\s*$"
    r"|(?:保存|保留|保管|留存|存档)[^，。；,;！？]{0,6}$",
    re.IGNORECASE,
)
"""A stem that asks how long something is kept (keep … for ____, 保存____, 保留期限为____)."""
