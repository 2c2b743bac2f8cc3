"""Words that stand for a figure: 未成年 is 未满18周岁.

In Chinese law a 未成年人 is a person under 18 (未成年人保护法, art. 2), so a teacher reads "未成年不能纹"
as the rule "未满18周岁的顾客一律不予纹身" told in one word. The grader reads such a word as the figure
it stands for before judging a scoring point, in the point and the answer alike, so that the
figure is found (or rivals: 未成年 against a point's 未满16周岁 is another age).

English "minor" is left alone: its age is the jurisdiction's, and "minor damage" is no person.
"""

from __future__ import annotations

import re

_WORDS = ((re.compile(r"未成年(?:人)?"), "未满18周岁"),)


def figures_for_words(text: str) -> str:
    """`text` with each word that stands for a figure written as that figure."""
    for pattern, figure in _WORDS:
        text = pattern.sub(figure, text)
    return text
