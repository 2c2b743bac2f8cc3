"""Knowledge-point names: what a question says it is about, cleaned of outline numbering."""

from __future__ import annotations

import re

from graphs.text.document import DocSentence

_POINT_PREFIX = re.compile(
    r"^(?:第[一二三四五六七八九十百]+[章节部分]\s*|[一二三四五六七八九十]+[、.]\s*|\d+(?:\.\d+)*[.、]?\s+)"
)
_POINT_SUFFIX = re.compile(r"\s*[（(][^）)]*\d+\s*分[^）)]*[）)]\s*$")
"""A score note after a heading ("案例分析（20分）") is not part of the topic."""
_MARKUP = re.compile(r"\*\*|__|`")


def clean_point(name: str) -> str:
    """A knowledge point's name without outline number, score note or markup
    ("六、会员制度" -> "会员制度", "三、案例分析（20分）" -> "案例分析")."""
    cleaned = _MARKUP.sub("", name)
    cleaned = _POINT_SUFFIX.sub("", _POINT_PREFIX.sub("", cleaned)).strip()
    return cleaned or name.strip()


def point_of(sentence: DocSentence, fallback: str | None) -> str:
    """The knowledge point a question on this sentence belongs to."""
    if fallback:
        return fallback
    return clean_point(sentence.section) if sentence.section else (sentence.terms[:1] or ("",))[0]
