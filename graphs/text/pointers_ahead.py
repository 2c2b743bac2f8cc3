"""Sentences that point at what follows them: 「须熟悉以下内容。」, "… as follows.", "the
following items" announce a list a question would not show; "… the opening checks below." keeps
its rule once the pointer goes. `without_pointer_ahead` is read by the facts reader
(graphs/text/facts.py); sentences pointing back are graphs/text/references.py's.
"""

from __future__ import annotations

import re

from graphs.exams import Language

_EN_BELOW = re.compile(
    r"\s+(?:(?:listed|set out|shown|described|given|explained)\s+)?below(?=\s*[.;,])", re.IGNORECASE
)
_EN_AHEAD = re.compile(
    r"\bthe following\b(?!\s+(?:day|days|week|weeks|month|months|year|years|morning|evening|shift))"
    r"|\bas follows\b|\bsee below\b",
    re.IGNORECASE,
)
_ZH_AHEAD = re.compile(
    r"如下|下列|下述|以下(?=内容|事项|几|各|要求|规定|情况|步骤|条|项|材料|物品|人员|信息|原则|措施|流程|[:：])"
)


def without_pointer_ahead(text: str, language: Language) -> str | None:
    """The sentence without a pointer to what follows it, or None when the pointer is what it
    says. "… to complete the opening checks below." keeps its rule as "… the opening checks.";
    「须熟悉以下内容。」, "… as follows." and "the following items" only announce a list the
    question would not show. ("below 7.0", 65岁以下 compare; they point nowhere.)"""
    if language == "en":
        text = _EN_BELOW.sub("", text)
        return None if _EN_AHEAD.search(text) else text
    return None if _ZH_AHEAD.search(text) else text
