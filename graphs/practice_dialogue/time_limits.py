"""The time limits a learner commits to, as said: "1到3个工作日到账", "三天内", "明天下午前",
"within two working days", "by Friday".

The report states them where its rubric speaks of a time limit (report_sentences.py), so it never
calls a remedy "没有时限" after the learner gave one. What counts:

- a span of working days, in digits or words ("1到3个工作日", "two business days"): a time limit
  however it is put;
- any other duration (days, hours, weeks, months) with a word that bounds it: 内, 以内, 之内,
  before it 最迟 or 不超过, "within", "in under", "at the latest" ("三天内", "within 48 hours");
  a bare duration ("等了一个小时", "12 months") is how long something lasts, not a promise;
- a day or time with a word that makes it a deadline: 前, 之前, 以前, 之内 ("明天下午前",
  "周五之前", "今天之内"); "by" or "before" with a day, "tomorrow", "tonight", "noon", "the end
  of the day/week/month" or a clock time ("by Friday", "before 5pm");
- the day the thing is done ("今天就能到账", "in your account today").

A time of what not to do in it (二十四小时之内不要喝咖啡) or "not even" so long (保证一分钟都不用等)
is none.

Durations are read by graphs/text/quantities.py (digits and numerals in both languages).
"""

from __future__ import annotations

import re
import unicodedata

from graphs.exams import Language
from graphs.text.quantities import parse_quantities

_DURATIONS = frozenset({"duration", "calendar"})
"""Dimensions of a length of time (days, hours, weeks; months, years)."""
_WORKING_DAYS = "working_day"

_ZH_BOUND_AFTER = re.compile(r"^\s*(?:之内|以内|内|之前|以前)")
_ZH_BOUND_BEFORE = re.compile(r"(?:最迟|最晚|最多|不超过|不会超过|保证在?|在)\s*$")
_EN_BOUND_BEFORE = re.compile(
    r"\b(?:within|in under|no more than|no later than|inside|in the next|over the next)\s+$",
    re.IGNORECASE,
)
_EN_BOUND_AFTER = re.compile(r"^\s*(?:at the (?:latest|most)|tops|max)\b", re.IGNORECASE)

_ZH_DAY = (
    r"(?:今天|今晚|明天|明早|明晚|后天|大后天|本周.|这周.|下周.|周[一二三四五六日天末]|"
    r"星期[一二三四五六日天]|礼拜[一二三四五六日天]|月底|月初|年底|下班|中午|"
    r"\d{1,2}[号日]|\d{1,2}月\d{1,2}[号日])"
)
_ZH_TIME = (
    r"(?:(?:早上|上午|中午|下午|傍晚|晚上)?"
    r"(?:[\d一二两三四五六七八九十]{1,3}[点:：][\d一二三四五六七八九十]{0,3}[半分]?)?)?"
)
_ZH_DEADLINE = re.compile(
    r"(?:(?:最迟|最晚|不晚于)\s*"
    + _ZH_DAY
    + _ZH_TIME
    + r"(?:之前|以前|前|之内|以内|内)?(?![进面后])"
    r"|" + _ZH_DAY + _ZH_TIME + r"(?:之前|以前|前|之内|以内|内)(?![进面后]))"
)
"""明天下午前, 周五之前, 今天之内, 5号前, 最迟下周一: a day (and time) with a word that bounds
it. 前进, 前面 are not; 三天前 (three days ago) has no day word and is not read."""
_ZH_DONE_ON = re.compile(
    _ZH_DAY
    + _ZH_TIME
    + r"(?:就|就能|就会|能|会|可以|马上)?(?:到账|退回|退到|退给|打到|办好|处理好|弄好|搞定|完成|回复|给您回)"
)
"""今天就能到账, 明天给您回复: a day on which the thing is done is a time limit, true or not (the
report states it; claims.py judges it)."""
_EN_DAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today|"
    r"noon|midday|midnight|the weekend|the end of (?:the |this |next )?(?:day|week|month)|"
    r"end of (?:the |this |next )?(?:day|week|month)|close of business|next \w+|this \w+|"
    r"\d{1,2}(?::\d{2})?\s*(?:am|pm|o'clock))"
)
_EN_DEADLINE = re.compile(r"\b(?:by|before|no later than)\s+" + _EN_DAY + r"\b", re.IGNORECASE)
"""by Friday, before 5pm, no later than the end of the week."""
_EN_DONE_ON = re.compile(
    r"\b(?:in your account|back (?:in|on) your (?:card|account)|refunded|sorted|done|processed|"
    r"fixed|with you)\s+(?:today|tonight|tomorrow)\b",
    re.IGNORECASE,
)
"""in your account today, sorted tomorrow: the day it is done."""


_ZH_DONE_IN = re.compile(
    r"^\s*(?:左右|以后|后)?\s*(?:就|就能|就会|能|会|可以)?\s*(?:到账|退回|退到|打到|到您|办好|处理好|弄好)"
)
"""一到三天到账, 两天左右就能退回来: the time the thing takes, said with the thing done."""
_ZH_RANGE_FROM = re.compile(r"[\d一二两三四五六七八九十]{1,3}\s*(?:到|至|-|~|–)\s*$")
"""The bare first figure of a range whose unit comes after the second: 一到三天."""


def _bounded(text: str, start: int, end: int) -> bool:
    """The duration at text[start:end] is a limit: a bounding word stands right before or after,
    or the thing done right after it."""
    before, after = text[:start], text[end:]
    return bool(
        _ZH_BOUND_AFTER.match(after)
        or _ZH_DONE_IN.match(after)
        or _ZH_BOUND_BEFORE.search(before)
        or _EN_BOUND_BEFORE.search(before)
        or _EN_BOUND_AFTER.match(after)
    )


_RANGE_WORDS = frozenset({"到", "至", "-", "~", "–", "to", "or"})


def _spans(text: str, language: Language) -> list[tuple[str | None, int, int]]:
    """The quantities said, a range ("1到3个工作日", "two to three days") as one span."""
    spans: list[tuple[str | None, int, int]] = []
    for quantity, start, end in parse_quantities(text, language):
        joined = text[spans[-1][2] : start].strip().lower() if spans else ""
        if spans and spans[-1][0] == quantity.dimension and joined in _RANGE_WORDS:
            spans[-1] = (quantity.dimension, spans[-1][1], end)
            continue
        spans.append((quantity.dimension, start, end))
    return spans


def time_limits(text: str, language: Language) -> list[str]:
    """The time limits in `text`, each as said (with its bounding word), in order of appearance."""
    text = unicodedata.normalize("NFKC", text)
    found = [
        (start, end)
        for dimension, start, end in _spans(text, language)
        if dimension == _WORKING_DAYS or (dimension in _DURATIONS and _bounded(text, start, end))
    ]
    for pattern in (_ZH_DEADLINE, _EN_DEADLINE, _ZH_DONE_ON, _EN_DONE_ON):
        found.extend(m.span() for m in pattern.finditer(text))
    found = [(start, end) for start, end in found if not _forbids_after(text, end)]
    kept: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if kept and start < kept[-1][1]:  # one limit read twice (a duration inside a deadline)
            kept[-1] = (kept[-1][0], max(end, kept[-1][1]))
            continue
        kept.append((start, end))
    return [_with_bound(text, start, end) for start, end in kept]


_ZH_WINDOW = re.compile(
    r"^\s*(?:之内|以内|内|之前|以前|前)?\s*[，,]?\s*请?(?:尽量|最好|千万)?(?:不要|别|勿|不能|不可以|不宜|避免|禁止|忌)"
)
_EN_WINDOW = re.compile(
    r"^\s*(?:after (?:a|the|your) \w+,? )?,?\s*(?:please )?(?:don't|do not|avoid|try not to|no |never)",
    re.IGNORECASE,
)
"""A time followed by what not to do in it ("二十四小时之内不要喝咖啡", "within 24 hours, avoid
coffee"): care advice, a window of abstinence, no time limit the learner commits to."""


_ZH_NOT_EVEN = re.compile(r"^\s*(?:都|也)(?:不|没|别)")
"""A time followed by 都不 / 也没 ("保证一分钟都不用等", "五分钟也不会让您等"): not even that long,
a vow that there will be no wait (claims.py judges it), no time limit for a remedy."""


def _forbids_after(text: str, end: int) -> bool:
    after = text[end:]
    return bool(_ZH_WINDOW.match(after) or _EN_WINDOW.match(after) or _ZH_NOT_EVEN.match(after))


def _with_bound(text: str, start: int, end: int) -> str:
    """The limit as said, with its bounding words ("三天内", "within two working days")."""
    if bound := _ZH_BOUND_AFTER.match(text[end:]):
        end += bound.end()
    if bound := (_EN_BOUND_BEFORE.search(text[:start]) or _ZH_BOUND_BEFORE.search(text[:start])):
        start = bound.start()
    elif first := _ZH_RANGE_FROM.search(text[:start]):
        start = first.start()
    return text[start:end].strip()
