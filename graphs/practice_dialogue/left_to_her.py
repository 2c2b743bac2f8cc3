"""A forbidden claim that leaves the customer to act on her own, heard in any words that leave it.

An author writes a brush-off as the learner's dare (您去投诉吧, 就去投诉, "go ahead and complain");
a learner says the same in other words: 「您要是不满意可以去投诉」, 「有意见您尽管去投诉」, "If you're
not happy, you're welcome to complain". The pattern's act (去投诉, "complain": its 您, 就 and 吧,
its "go ahead and" taken off) said after a word that leaves it to her (可以, 尽管, 只管, 随便, 大可,
就; "you can", "you're welcome to", "feel free to") is the claim. A leave denied (不可以去投诉,
不用去投诉: her complaint talked down, affronts.py) or taken by the learner (我可以去问问) is not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from graphs.exams import Language
from graphs.practice_dialogue.signals import TurnText

_ZH_DARE = re.compile(r"^(?P<to>(?:您|你)?就?)(?P<act>[去找].+?)(?P<end>吧|呗|啊)?$")
"""A Chinese dare sends her somewhere (去投诉, 找领导), said to her (您, 就) or with 吧: 随便冻结
(freezing at will) leaves her nothing."""
_EN_DARE = re.compile(
    r"^(?P<to>(?:go ahead and|feel free to|you can just|just)\s+)?(?P<act>.+?)"
    r"(?P<end>\s+(?:then|if you like|if you want))?$",
    re.IGNORECASE,
)
LEAVE: dict[Language, str] = {
    "zh": r"(?<![不别没我])(?<!不用)(?<!不必)(?<!我们)(?:可以|尽管|只管|随便|大可以?|就)(?:直接|再|自己)?",
    "en": r"(?<!\bi )(?<!\bwe )(?:you(?:'re| are) (?:welcome|free) to|you can(?: always)?|you could"
    r"(?: always)?|you may|feel free to|go ahead and|by all means)\s+(?:just\s+)?",
}
"""A word that leaves the act to her (not denied, not the learner's own leave)."""
TO_HER: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"您|你|要是|如果|的话|不满意|有意见|不服"),
    "en": re.compile(r"\byou\b|\bfeel free\b|\bgo ahead\b", re.IGNORECASE),
}
"""The leave is said to her: she is named, or a condition of hers is."""
_CLAUSE = re.compile(r"[，,;；。.!！?？]")


def dared_act(pattern: str, language: Language) -> str | None:
    """The act of a pattern written as a dare to her (去投诉 of 您去投诉吧), or None when the
    pattern is no dare (投诉也没用, 随便冻结, 别在这闹, "take it or leave it")."""
    dare = (_ZH_DARE if language == "zh" else _EN_DARE).match(pattern.strip())
    if dare is None or not (dare["to"] or dare["end"]):
        return None
    act = dare["act"].strip()
    return act if language == "zh" or len(act) >= 4 else None


def left_to_her(sentence: TurnText, patterns: Sequence[str]) -> list[str]:
    """The patterns of a dare whose act the sentence leaves to her (module docstring)."""
    language = sentence.language
    found = []
    for pattern in patterns:
        act = dared_act(pattern, language)
        if act is None:
            continue
        # "feel free to make a complaint" leaves "complain" to her in two more words
        said = re.escape(act) if language == "zh" else r"(?:\w+\s+){0,2}?\b" + re.escape(act)
        leave = re.compile(LEAVE[language] + said, re.IGNORECASE)
        for clause in _CLAUSE.split(sentence.raw):
            match = leave.search(clause)
            if match and TO_HER[language].search(clause[: match.end()]):
                found.append(pattern)
                break
    return found
