"""A Chinese fill-in answered with the key named more specifically: the key's term with a
qualifier before it.

「车身结构件」 for 结构件, 「种薯薯块」 for 薯块: the answer holds the whole key as its head and says
which kind, as a trainee who knows the trade says it; what the blank asks is named, only more
narrowly. A teacher credits it (session 17 end teacher T10, A_strong Q6: 「车身结构件（用词不对）」
0/2, wanted 2/2). Roles have their own rule (roles.narrower_role: 值班经理 for 经理).

The qualifier must be a noun (jieba's tagger: 车身, 种薯, 维保), as in any noun-noun compound that
names a kind. An adjective or verb says a state, not which thing (烂薯块, 新结构件), a negative or
waiving word turns the term round (非结构件, 免押金), a rank is another post (副…, roles.ZH_RANKS),
a figure counts (两块薯块): none is the key. A qualifier longer than `_QUALIFIER_CHARS` is a
phrase of its own, no name of the thing.
"""

from __future__ import annotations

import re

from graphs.exam_grading.roles import ZH_RANKS
from graphs.text.segment import tokenize

_QUALIFIER_CHARS = 4
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_TURNING = ("非", "无", "不", "未", "免", "禁", "反", "假", "伪", "旧", "废")
"""Words that, opening a qualifier, make the term another thing or its opposite."""
_NAMING_TAGS = ("n", "vn", "j")
"""jieba's tags of a word that names a kind: nouns (n, nr, ns, nz…), verbal nouns (进口), and
abbreviations (维保)."""


def named_more_specifically(answer: str, wanted: str) -> bool:
    """True when `answer` (folded) is the Chinese key `wanted` (folded, two characters or more)
    with a short qualifier of Chinese words before it that names a kind of it (module doc)."""
    if len(wanted) < 2 or not answer.endswith(wanted) or not _HAN.fullmatch(wanted):
        return False
    qualifier = answer[: -len(wanted)]
    return (
        0 < len(qualifier) <= _QUALIFIER_CHARS
        and bool(_HAN.fullmatch(qualifier))
        and not qualifier.startswith(_TURNING)
        and not qualifier.startswith(ZH_RANKS)
        and not qualifier.endswith(ZH_RANKS)
        and all(t.pos.startswith(_NAMING_TAGS) for t in tokenize(qualifier, "zh"))
    )
