"""Words that stand for a figure: 未成年 is 未满18周岁.

In Chinese law a 未成年人 is a person under 18 (未成年人保护法, art. 2), so a teacher reads "未成年不能纹"
as the rule "未满18周岁的顾客一律不予纹身" told in one word. The grader reads such a word as the figure
it stands for before judging a scoring point, in the point and the answer alike, so that the
figure is found (or rivals: 未成年 against a point's 未满16周岁 is another age).

A range's start said as rest is its zero, and 从…一直到 is a range: 「从静止（起步）一直覆盖到10 km/h」
is 「一直覆盖零到10 km/h」 (a vehicle at rest moves at 0 km/h; the words between 从 and 到 no longer
part the range's two ends), "from a standstill to 10 km/h" is "from 0 to 10 km/h", so 零至十公里每小时
is found in them (session 17 end teacher T10: 「从静止一直覆盖到80 km/h」 was 「缺少：零」).

The whole of an amount (全额, 全款, "in full", "the full cost") is a share of 100% where the point
sets a share (`whole_as_share`): "由验光员全额承担" gives another share than 承担…的20%, not the
point's share left out (session 19 end designer D12).

The verb "last" takes a duration: "it lasts a year" is 1 year ("valid for 12 months": session
22 end teacher T15).

English "minor" is left alone: its age is the jurisdiction's, and "minor damage" is no person.

A fill-in's English answer may say a figure with an article or a multiplier and no numeral
(`figures_said_in_words`): "a week" is 1 week (7 days), "an hour" 1 hour, "double" or "twice" is
2 times, or 100 percent more where the key is a percentage, "triple" 3 times or 200 percent.
"""

from __future__ import annotations

import re

_WORDS = (
    (re.compile(r"未成年(?:人)?"), "未满18周岁"),
    (
        re.compile(
            r"从(?:静止(?:状态)?(?:起步|开始)?|零|0)((?:一直|逐步|逐渐)?(?:覆盖|加速|提速)?)(到|至)"
        ),
        r"\1零\2",
    ),
    (re.compile(r"\bfrom\s+(?:a\s+)?(?:standstill|stationary|rest)\b", re.I), "from 0"),
    # what lasts takes a duration: "it lasts a year" is 1 year, as "valid for a year" is
    (
        re.compile(
            r"\b(last(?:s|ed|ing)?)\s+(?:for\s+)?(?:a|an|one)\s+(?=(?:day|week|month|year)s?\b)",
            re.I,
        ),
        r"\1 1 ",
    ),
)
_ARTICLE_UNIT = re.compile(
    r"\b(?:a|an|one)\s+(?=(?:second|minute|hour|day|week|fortnight|month|year|working day|"
    r"business day)s?\b)",
    re.I,
)
_MULTIPLIERS = {"double": 2, "doubled": 2, "twice": 2, "triple": 3, "tripled": 3, "treble": 3}
_MULTIPLIER = re.compile(r"\b(" + "|".join(_MULTIPLIERS) + r")\b", re.I)


def figures_for_words(text: str) -> str:
    """`text` with each word that stands for a figure written as that figure."""
    for pattern, figure in _WORDS:
        text = pattern.sub(figure, text)
    return text


def figures_said_in_words(text: str, key_dimensions: set[str]) -> str:
    """An English answer's article before a unit as 1 ("a week" is "1 week") and a multiplier as
    its figure: times, or the percentage it adds where the key is a percentage (double: 100%)."""
    text = _ARTICLE_UNIT.sub("1 ", text)

    def figure(match: re.Match[str]) -> str:
        times = _MULTIPLIERS[match.group(1).lower()]
        return f"{(times - 1) * 100} percent" if "percent" in key_dimensions else f"{times} times"

    return _MULTIPLIER.sub(figure, text)


_SHARE = re.compile(r"\d+(?:\.\d+)?\s*(?:%|％|percent\b|per\s+cent\b)|百分之")
_WHOLE_SHARE = re.compile(
    r"全额|全款|全部费用|全部承担|\bin\s+full\b|\bthe\s+full\s+(?:cost|amount|fee)\b", re.I
)


def whole_as_share(point: str, answer: str) -> str:
    """The answer's whole amount (全额, 全款, "in full") as 100% where the point sets a share
    (承担重做费用的20%): "由验光员全额承担" gives another share, not the point's share left out."""
    if not _SHARE.search(point):
        return answer
    return _WHOLE_SHARE.sub("100%", answer)
