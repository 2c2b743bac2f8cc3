"""A day said by its word, as a number of days from now: 今天/马上 (0), 明天 (1), 后天 (2).

A term the scenario tells as a span of days ("退款需 1–3 个工作日到账") is misstated by a day word
that falls short of its longest day: 「我保证明天钱就到账」 and "it'll be back in your account
tomorrow" promise the money sooner than the clinic can, as surely as "一个月" promises it later
(session 22, complaint-pushy: 明天 passed unflagged and the report said 没有给出时限). A term of one
day ("1个工作日") is told truly by 明天; the sentence that also says the true span ("1到3个工作日，
最快明天") is judged by its figures (claims.sooner_than_true).
"""

from __future__ import annotations

import re

DAY_WORDS: tuple[tuple[float, re.Pattern[str]], ...] = (
    (
        0.0,
        re.compile(
            r"今天|当天|马上|立刻|立即|现在就|\btoday\b|\bright away\b|\bimmediately\b"
            r"|\bstraight away\b|\binstantly\b|\bright now\b",
            re.IGNORECASE,
        ),
    ),
    (2.0, re.compile(r"(?<!大)后天|\bthe day after tomorrow\b", re.IGNORECASE)),
    (1.0, re.compile(r"明天|明早|明儿|\btomorrow\b", re.IGNORECASE)),
)
"""Each day word with the days it lies ahead."""


def day_said(clause: str) -> float | None:
    """How many days ahead the clause's latest day word lies ("今天给您办，明天到账": 1), or None
    if it says none."""
    said = [days for days, pattern in DAY_WORDS if pattern.search(clause)]
    return max(said, default=None)
