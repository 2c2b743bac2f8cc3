"""Knowledge-point names: what a question says it is about, cleaned of outline numbering."""

from __future__ import annotations

import re
from functools import lru_cache

from graphs.text.caches import register
from graphs.text.document import Document

_POINT_PREFIX = re.compile(
    r"^(?:第[一二三四五六七八九十百\d]+[章节部分条款]\s*|[一二三四五六七八九十]+[、.]\s*"
    r"|[（(][一二三四五六七八九十\d]{1,3}[）)]\s*|\d+(?:\.\d+)*[.、]?\s+)"
)
"""Outline numbering before a heading: 第三章, 第5条, 一、, （一）, (2), 1.2."""
_POINT_SUFFIX = re.compile(r"\s*[（(][^）)]*\d+\s*分[^）)]*[）)]\s*$")
"""A score note after a heading ("案例分析（20分）") is not part of the topic."""
_MARKUP = re.compile(r"\*\*|__|`")


def clean_point(name: str) -> str:
    """A knowledge point's name without outline number, score note or markup
    ("六、会员制度" -> "会员制度", "三、案例分析（20分）" -> "案例分析")."""
    cleaned = _MARKUP.sub("", name)
    cleaned = _POINT_SUFFIX.sub("", _POINT_PREFIX.sub("", cleaned)).strip()
    return cleaned or name.strip()


_GENERAL = {"zh": "总则", "en": "General rules"}


_NO_TOPIC = re.compile(
    r"^(?:常见问题(?:解答)?|常见问答|问答|答疑|其他(?:事项|说明)?|补充说明|附则"
    r"|faqs?|frequently asked questions|q\s*&\s*a|questions and answers|other|others"
    r"|miscellaneous|notes?)$",
    re.IGNORECASE,
)
"""Section names that say how the text is laid out, not what it is about: "关于“常见问题”" tells
a learner nothing."""
_TITLE = re.compile(r"^\s{0,3}#\s+(.+?)\s*#*\s*$", re.MULTILINE)
_TITLE_NOTE = re.compile(r"\s*[（(][^（()）]*[）)]\s*$")


def section_point(document: Document, section: str) -> str:
    """The knowledge point of a section: its cleaned title. The document's own title (a level-1
    heading over level-2 sections) heads its general rules, not a topic named after the document;
    a section named for its layout ("常见问题", "FAQ") takes the document's title."""
    # Cached: the builders ask it of every candidate fact, each time reading every heading.
    return _section_point(document.text, document.language, tuple(document.sections), section)


@lru_cache(maxsize=4096)
def _section_point(text: str, language: str, sections: tuple[str, ...], section: str) -> str:
    if section and heading_level(text, section) == 1:
        levels = {heading_level(text, title) for title in sections}
        if 2 in levels:
            return _GENERAL[language]
    point = clean_point(section) if section else ""
    if _NO_TOPIC.match(point):
        found = _TITLE.search(text)
        title = found.group(1) if found else None
        if title and not _NO_TOPIC.match(clean_point(title)):
            return _TITLE_NOTE.sub("", clean_point(title)) or point
    return point


def names_the_document(document: Document, point: str) -> bool:
    """True when the point is the document's own title (a 附则 or FAQ section takes it): a
    short answer then names no section (session 10 designer, m3 Q14: 「根据课程材料“康宁颐养院
    家属探视及长者外出管理制度”部分」 called the whole document a part of itself)."""
    found = _TITLE.search(document.text)
    return found is not None and point == _TITLE_NOTE.sub("", clean_point(found.group(1)))


def heading_level(text: str, title: str) -> int:
    """The Markdown level of a heading (0: no heading line of that title)."""
    levels = _heading_levels(text)
    if title in levels:
        return levels[title]
    match = re.search(rf"^\s{{0,3}}(#+)\s+{re.escape(title)}\s*#*\s*$", text, re.MULTILINE)
    return len(match.group(1)) if match else 0


@lru_cache(maxsize=32)
def _heading_levels(text: str) -> dict[str, int]:
    """Each heading line's title with its level, the first of a title (read once per material:
    the builders ask a level for every section of every candidate)."""
    levels: dict[str, int] = {}
    for match in _HEADING_LINE.finditer(text):
        levels.setdefault(match.group(2), len(match.group(1)))
    return levels


register(_section_point.cache_clear)
register(_heading_levels.cache_clear)

_HEADING_LINE = re.compile(r"^\s{0,3}(#+)\s+(.+?)\s*#*\s*$", re.MULTILINE)


def part_level(document: Document, title: str) -> int:
    """The level of a part's heading: its Markdown level, or for a bare title the analyser reads
    as a heading ("2. Bookings", 「一、收费」 on a line of its own) one below the Markdown heading
    over it (0: no heading). Numbered bare titles are one level of parts: a multiple choice on a
    part of two rules states its neighbour's too, as under Markdown headings (a six-part terms
    sheet headed "1. Bookings" … "6. Handover" made no multiple choice; session 13 designer D5)."""
    level = heading_level(document.text, title)
    if level or not title or title not in document.sections:
        return level
    line = re.search(
        rf"^[ \t]*(?:\S{{1,4}}[.、)）][ \t]*)?{re.escape(title)}[ \t]*$", document.text, re.M
    )
    if line is None:
        return 0
    over = [len(m.group(1)) for m in _HEADING_LINE.finditer(document.text, 0, line.start())]
    return (over[-1] if over else 0) + 1
