"""A remark on how the day is going names no point: 「今天地铁好挤啊」 is not 说明离地铁近.

A point's keyword may be a thing of everyday life (地铁, the traffic, the weather of the road);
said in a complaint about today ("the metro was packed this morning", 今天路上好堵), it tells her
nothing of the business, and a trainer credits no point for it (session 19 end trainer P12:
「今天地铁好挤啊」 credited 说明离地铁近 in a run of small talk). A sentence is such a remark when it
puts a state of the day (挤, 堵, 热, packed, awful…) beside a word of today and ties nothing to the
business (我们, 门店, 离…近, "our", "we", "near", "from here"): the point it names is neither made
nor named (point_hearing.hear_points), as a day said with no price spreads none (split_units.py).
"""

from __future__ import annotations

import re

from graphs.exams import Language

_STATE_ZH = r"(?:好|真|太|特别|挺|超|有点|这么|那么)(?:挤|堵|热|冷|累|闷|晒|吵|慢|难受|晕)"
_STATE_EN = r"(?:crowded|packed|busy|jammed|rammed|heaving|awful|terrible|hot|cold|freezing|slow)"
REMARK: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        rf"(?:今天|今早|早上|刚才|这会儿|这几天|一路上|路上)[^，。！？,!?]{{0,8}}?{_STATE_ZH}"
        # road works and the traffic: 「最近地铁三号线在修路，您过来路上堵不堵？」
        r"|在修路|堵不堵|堵车"
    ),
    "en": re.compile(
        rf"\b(?:today|this morning|this evening|tonight|on the way(?: here)?|earlier)\b"
        rf"[^,.!?]{{0,30}}?\b{_STATE_EN}\b|\b{_STATE_EN}\b[^,.!?]{{0,20}}\b(?:today|this morning)\b"
        r"|\broad ?works\b|\bthe traffic\b",
        re.IGNORECASE,
    ),
}
"""A state of the day beside a word of today: 今天地铁好挤, "the roads were jammed this morning"."""
OURS: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"我们|咱们|咱家|本店|门店|店里|离[^，。！？]{0,6}近|旁边|步行|出口|分钟"),
    "en": re.compile(r"\b(?:we|our|us|here|near|close to|next to|walk|minutes?)\b", re.I),
}
"""Words that tie a thing to the business: the sentence speaks of it, not of the day."""


def day_remark(raw: str, language: Language) -> bool:
    """The sentence remarks on the day (a state of today) and says nothing of the business."""
    return bool(REMARK[language].search(raw)) and not OURS[language].search(raw)
