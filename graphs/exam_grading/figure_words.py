"""Words that stand for a figure: 未成年 is 未满18周岁.

In Chinese law a 未成年人 is a person under 18 (未成年人保护法, art. 2), so a teacher reads "未成年不能纹"
as the rule "未满18周岁的顾客一律不予纹身" told in one word. The grader reads such a word as the figure
it stands for before judging a scoring point, in the point and the answer alike, so that the
figure is found (or rivals: 未成年 against a point's 未满16周岁 is another age).

English "minor" is left alone: its age is the jurisdiction's, and "minor damage" is no person.

A fill-in's English answer may say a figure with an article or a multiplier and no numeral
(`figures_said_in_words`): "a week" is 1 week (7 days), "an hour" 1 hour, "double" or "twice" is
2 times, or 100 percent more where the key is a percentage, "triple" 3 times or 200 percent.
"""

from __future__ import annotations

import re

_WORDS = ((re.compile(r"未成年(?:人)?"), "未满18周岁"),)
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
