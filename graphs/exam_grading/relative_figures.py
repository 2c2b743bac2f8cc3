""" "The younger ones" after "12 and over": the other side of the figure just said.

A learner who has given one side of a limit names the other side relatively: 「十岁以上能自己滑，
小一点的要大人带着」 says 10岁以下的须有成人陪同, "Children 12 and over may swim alone; younger ones
need an adult" says "under 12". A teacher reads 小一点的 as the figure told just before, bounded the
other way (session 24, issue 11: the lead's 旱冰场 FAQ, a 5/5 answer marked 0/5).
`relative_as_figures` writes such a word out as that figure with its other bound, so the point's
figure and bound are found where the learner put them. Only a comparative of the figure's own
kind, a nominal one (小一点的, 大一点的, "younger ones"), after an age bounded the other way is read
so: 「30分钟内处理，损失更大的…」 is no age; with no bounded age before it, the answer stays as it is.
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.text.bounds import Bound, bound_of
from graphs.text.quantities import parse_quantities

_SMALLER = {
    "zh": re.compile(
        r"(?:比这|比他们|比它)?(?:小一点|小一些|小点|小些|更小|再小|年纪小|年龄小|岁数小|年纪更小|不到这个(?:岁数|年龄|年纪))的"
    ),
    "en": re.compile(r"\b(?:younger)(?: ones?\b|(?= (?:children|kids|people|guests)\b))", re.I),
}
_LARGER = {
    "zh": re.compile(
        r"(?:比这|比他们|比它)?(?:大一点|大一些|大点|大些|更大|再大|年纪大|年龄大|岁数大|年纪更大)的"
    ),
    "en": re.compile(r"\b(?:older)(?: ones?\b|(?= (?:children|kids|people|guests)\b))", re.I),
}
_AGE = re.compile(r"(?:周)?岁|\s*(?:years?|yrs?)\b|\s*(?:and|or)\b")
"""After an age: 岁 (its unit in Chinese, kept beside the figure or after it), "years", or the
bound ("12 and over") an English age is written with."""
_OTHER_SIDE: dict[tuple[Language, Bound], str] = {
    ("zh", "lower"): "{figure}以下的",
    ("zh", "upper"): "{figure}及以上的",
    ("en", "lower"): "under {figure}",
    ("en", "upper"): "{figure} and over",
}


def relative_as_figures(answer: str, language: Language) -> str:
    """`answer` with each comparative that names the other side of the figure told before it
    (小一点的 after 十岁以上) written out as that figure with its other bound (module doc)."""
    out, last = [], 0
    for match, smaller in _comparatives(answer, language):
        before = [(q, s, e) for q, s, e in parse_quantities(answer) if e <= match.start()]
        if not before:
            continue
        _, s, e = before[-1]
        if not (answer[s:e].endswith("岁") or _AGE.match(answer, e)):
            continue  # 30分钟内 … 更大的: no age, nothing younger or older
        bound = bound_of(answer, s, e)
        if (bound, smaller) not in (("lower", True), ("upper", False)):
            continue  # 以上 … 大一点的: the same side, nothing to read
        out += [
            answer[last : match.start()],
            _OTHER_SIDE[language, bound].format(figure=answer[s:e]),
        ]
        last = match.end()
    return "".join(out) + answer[last:]


def _comparatives(answer: str, language: Language) -> list[tuple[re.Match[str], bool]]:
    """The comparatives of `answer` in order, each with whether it says smaller (younger)."""
    found = [(m, True) for m in _SMALLER[language].finditer(answer)]
    found += [(m, False) for m in _LARGER[language].finditer(answer)]
    return sorted(found, key=lambda pair: pair[0].start())
