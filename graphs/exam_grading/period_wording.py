"""One span of time said the ways people say it: 一学期 is 一个学期, 一年 is 一整年, "a term" is
"one term".

A fill-in's key and its answer are read with the period said one way before they are compared
(`period_said_one_way`): a measure word 个 that a period noun takes or leaves (一学期, 一个学期;
一季度, 一个季度), a word for "whole" that only stresses it (一整年, 一整个月, "a full year"), and an
English article for one before a period the figure reader does not count ("a term", "a
semester"; it reads "a week" and "an hour" itself) change nothing of the span. The number stays
as it was, so 两个学期 is still two terms and wrong for 一个学期; so does the noun (一个季度 is no
一个学期). Session 17 end teacher T10 (a term of a course said 一学期 and 一个学期).

An article after a count word ("twice a term", "per a week") is the period of a frequency, and
"half an hour", "a quarter of an hour" are fractions: they are left as they are.
"""

from __future__ import annotations

import re

_ZH_NUMERAL = r"[一二两三四五六七八九十百半\d]+"
_ZH_COUNTED = re.compile(rf"({_ZH_NUMERAL})(?:整个|个整|整|个)?(学期|季度)")
"""Periods the figure reader does not count as time (an hour, a week are read either way): with
个 they are a count, and 一学期 is written so that it is one too."""
_ZH_WHOLE_COUNTED = re.compile(rf"({_ZH_NUMERAL})(?:整个|个整|整)(小时|钟头|星期|礼拜)")
# 月 without 个 is a month's name (一月, January): its measure word is added only where 整 stood
_ZH_WHOLE_MONTH = re.compile(rf"({_ZH_NUMERAL})(?:整个|个整|整)月")
_ZH_WHOLE_PLAIN = re.compile(rf"({_ZH_NUMERAL})整(年|天|日|周|晚|夜)")
_EN_AFTER = r"(?<![a-z])(?<!once )(?<!twice )(?<!times )(?<!per )(?<!every )(?<!each )(?<!half )"
"""Where an article is one (a term), not a frequency's period (twice a day) nor a fraction's
whole (half an hour)."""
_EN_ONE = re.compile(
    rf"{_EN_AFTER}(?:a|an|one)\s+(?:(?:whole|full|entire|complete)\s+)?"
    r"(term|semester|quarter|season|shift)(?![a-z])(?!\s+of\b)",  # a quarter of an hour
    re.I,
)
"""Periods the figure reader does not know: "a term" is said "one term" on both sides."""
_EN_WHOLE = re.compile(
    rf"{_EN_AFTER}(?:a|an|one)\s+(?:whole|full|entire|complete)\s+"
    r"(week|fortnight|month|year|day|night|hour)(?![a-z])",
    re.I,
)
"""A time unit the figure reader knows, stressed whole ("a full year" is one year)."""


def period_said_one_way(text: str) -> str:
    """`text` with each span of one period written one way (module doc); the rest unchanged."""
    text = _ZH_COUNTED.sub(r"\1个\2", text)
    text = _ZH_WHOLE_COUNTED.sub(r"\1个\2", text)
    text = _ZH_WHOLE_MONTH.sub(r"\1个月", text)
    text = _ZH_WHOLE_PLAIN.sub(r"\1\2", text)
    text = _EN_WHOLE.sub(lambda match: f"one {match.group(1).lower()}", text)
    return _EN_ONE.sub(lambda match: f"one {match.group(1).lower()}", text)
