"""A cue that bounds a figure a few words on states a limit, not a denial (negation.py).

"车门不得连续敞开超过5分钟", "must never hold more than $1,000", "must not go above 1,000 dollars",
"no gap wider than 5 cm": what lies between (the kept-open door, the held cash, the gap) is
asserted up to the limit, as after
不超过. A figure that describes a noun (超过6小时的顾客) bounds nothing. An English figure may be
said in words ("for longer than a quarter of an hour", "more than fifteen minutes"), and an
English act may take more words before its excess ("Don't leave the passenger on their own for
longer than …"), unless a relative or a condition opens between (who, if: another matter).
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.text.negation_clauses import Word, is_clause_end
from graphs.text.negation_words import (
    EN_LIMIT_PAIRS,
    ZH_LIMIT_MODALS,
    ZH_LIMIT_VERBS,
    ZH_PROHIBITIONS,
)
from graphs.text.numerals import EN_NUMBER_WORDS

_LIMIT_GAP = {"zh": 5, "en": 10}
"""Words that may stand between a cue and the excess it bounds (不得*连续敞开*超过5分钟; "Don't
*leave the passenger on their own for* longer than 15 minutes": English spells its act out)."""
_FIGURE_START = re.compile(r"[\d$¥£€]|[零一二两三四五六七八九十百千半]")
_EN_FIGURE_WORDS = EN_NUMBER_WORDS | {"half", "quarter", "a", "an", "several", "few"}
"""An English figure said in words: "fifteen minutes", "a quarter of an hour", "half an hour"."""
_EN_OTHER_MATTER = frozenset({"who", "whom", "whose", "which", "if", "when", "unless", "because"})
"""A relative or a condition between a cue and an excess: the excess is another matter's
("Don't serve guests who stay more than 2 hours" denies the serving)."""
_ZH_RELATIVE = re.compile(r"[\d零一二两三四五六七八九十百千半.]+[^\d，,；;。的]{0,3}的")
"""超过6小时的顾客: the figure describes a noun, so the cue before it bounds nothing."""
_EN_EXCESS = frozenset({"exceed", "exceeds", "above", "over", "beyond"})
_EN_NOT_COMPARATIVE = frozenset({"other", "rather"})
"""Words in -er before "than" that compare no amount ("no one other than the manager")."""


def en_compares(words: list[Word], at: int) -> bool:
    """Whether `words[at]` compares an amount with a figure: more, fewer, later or any
    comparative in -er, then "than" and a figure ("no gap wider than 5 cm", "no load heavier
    than 20 kg"). A cue before it bounds the figure: the noun between is asserted up to it.
    Without a figure ("no better than before") the cue keeps its scope."""
    if at + 2 >= len(words) or words[at + 1].text.lower() != "than":
        return False
    word = words[at].text.lower()
    comparative = word in EN_LIMIT_PAIRS or (
        len(word) > 4 and word.endswith("er") and word not in _EN_NOT_COMPARATIVE
    )
    return comparative and _en_figure_starts(words[at + 2].text)


def sets_a_ceiling(words: list[Word], index: int, language: Language, text: str) -> bool:
    """A cue that bounds a figure a few words on states a limit, as 不超过 does: "车门不得连续敞开
    超过5分钟", "must never hold more than $1,000", "must not go above 1,000 dollars". What lies
    between (the kept-open door, the held cash) is asserted up to the limit, not denied."""
    cue = words[index].text
    if language == "zh" and not cue.startswith(ZH_PROHIBITIONS):
        following = words[index + 1].text if index + 1 < len(words) else ""
        if following not in ZH_LIMIT_MODALS:
            return False  # 不适合…超过6小时的顾客 denies 适合, no ceiling
    for offset in range(1, _LIMIT_GAP[language] + 2):
        at = index + offset
        if at + 1 >= len(words) or is_clause_end(words[at], language, text):
            return False
        word, following = words[at].text.lower(), words[at + 1].text
        if language == "en" and word in _EN_OTHER_MATTER:
            return False
        if language == "zh" and word in ZH_LIMIT_VERBS:
            rest = text[words[at + 1].start : words[at + 1].start + 8]
            return bool(_FIGURE_START.match(following)) and not _ZH_RELATIVE.match(rest)
        if language == "en" and en_compares(words, at):
            return True
        if language == "en" and word in EN_LIMIT_PAIRS and following.lower() == "than":
            return False  # "no later than noon": no figure to bound
        if language == "en" and word in _EN_EXCESS:
            return _en_figure_starts(following)
    return False


def _en_figure_starts(word: str) -> bool:
    """Whether an English figure opens on `word`: digits, a currency sign or a number word."""
    return bool(_FIGURE_START.match(word)) or word.lower() in _EN_FIGURE_WORDS
