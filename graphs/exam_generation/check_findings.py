"""What a quality check found, told to the trainer: a validator's finding without the excerpts it
quotes, and as its kind in the trainer's words (the validator's own wording speaks of stems and
keys, and quotes English to a Chinese trainer). Used by the shortfall note of a slot whose every
written question the checks rejected (shortfall_reasons.failed_checks).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from graphs.exams import Language

_EXCERPT_AT_END = re.compile(r"""\s*:\s*['"“‘].*$""")
_QUOTED = re.compile(r"""(?<!\w)'(?:[^']|'(?=\w))*'(?!\w)|"[^"]*"|“[^”]*”|‘[^’]*’""")
"""A quoted excerpt. An apostrophe inside a word ("the fill-in's key") opens and closes none: read
as a quote, it cut the finding into "the fill-in…technician…Fill in the blank: The store i'"
(session 17 designer D10, m3), which the note printed to the trainer."""


def finding(problem: str) -> str:
    """What a validator found, without the excerpts it quotes ("stem has a Q/A label left from
    the source: 'Under "Hotel Pool…'" -> "stem has a Q/A label left from the source"; "answer
    ['Z'] is not among the option keys" -> "answer […] is not among the option keys")."""
    found = _QUOTED.sub("…", _EXCERPT_AT_END.sub("", problem)).strip(" :;,.")
    return found or problem[:60]


_KEY_TAKEN = re.compile(r"key of an accepted question", re.I)
_RULE_TAKEN = re.compile(r"same (?:fact|sentence)|accepted question|repeat|duplicate", re.I)


def asks_a_taken_rule(problem: str) -> bool:
    """Whether a finding says the question asked what another question of the exam asks: it
    was written on a rule the exam already uses, not on one of the rules left untested."""
    return bool(_KEY_TAKEN.search(problem) or _RULE_TAKEN.search(problem))


_FINDING_KINDS: tuple[tuple[re.Pattern[str], dict[str, str]], ...] = (
    (
        _KEY_TAKEN,
        {"zh": "挖空的词已是另一道填空题的答案", "en": "they blanked a term another fill-in asks"},
    ),
    (
        _RULE_TAKEN,
        {"zh": "与已出的题考同一条规定", "en": "they asked a rule another question already asks"},
    ),
    (
        re.compile(
            r"printed in the stem|told by the rest of the stem|gives? (?:the key|it|itself) away|give the key",
            re.I,
        ),
        {"zh": "答案在题干里就能看到", "en": "the answer showed in the question itself"},
    ),
    (
        # Before "heading" and "sentence before": the condition is named, not the markup.
        re.compile(r"says again with another figure|name the case", re.I),
        {
            "zh": "所用规定在另一标题下以别的数字再次出现，标题就是它的适用条件，题目没有写明",
            "en": (
                "their rule is said again with another figure under another heading, so the "
                "heading is its condition, which the question did not name"
            ),
        },
    ),
    (
        re.compile(r"counts from a point", re.I),
        {
            "zh": "所用规定的时限从前一句所说的时间点起算，题目没有写出前一句",
            "en": (
                "their time limit counts from a point the sentence before names, which the "
                "question did not state"
            ),
        },
    ),
    (
        re.compile(
            r"noun phrase|semicolon|pronoun|sentence before|item of a list|compares with|'here'|"
            r"lead-in|whose",
            re.I,
        ),
        {
            "zh": "所用句子离开上下文就说不清指什么",
            "en": "their sentences do not make sense without the sentence around them",
        },
    ),
    (
        re.compile(r"label|markup|heading|\*\*|question mark", re.I),
        {"zh": "题目里留有原文的标记或标题", "en": "labels or markup from the source were left in"},
    ),
    (
        # swap_safety's findings: a false statement that may still be true or reads wrong.
        re.compile(r"the false statement|swaps? terms|the swap\b", re.I),
        {
            "zh": "找不到确定错误又通顺的改法（改动后的说法可能仍然成立）",
            "en": "no change of their rules was surely false and still read well",
        },
    ),
    (
        # A model's malformed items (model path): said in the trainer's words, not the check's.
        re.compile(r"not among the option keys", re.I),
        {"zh": "答案不在选项之中", "en": "the answer key was not one of the options"},
    ),
    (
        re.compile(r"does not occur in the material", re.I),
        {"zh": "所引原文在材料中找不到", "en": "the quoted source does not occur in the material"},
    ),
    (
        re.compile(r"\bblanks but\b", re.I),
        {"zh": "空格数与答案数不一致", "en": "the number of blanks did not match the answers"},
    ),
    (
        # figure_options' findings: wrong figures far from the key (the ages 45周岁 against 60周岁).
        re.compile(r"far from (?:it|the key)|by elimination|odd one out", re.I),
        {
            "zh": "错误选项的数字都离答案太远，用排除法就能选出答案",
            "en": "the wrong figures lay so far from the answer that it could be found by elimination",
        },
    ),
    (
        re.compile(r"distractor|same kind|is right too|unique|wrong options?|options? give", re.I),
        {
            "zh": "找不到与答案同类又不会同样正确的错误选项",
            "en": "no fair wrong options could be found",
        },
    ),
)
"""A validator's finding, told as what went wrong in the trainer's terms (the validator's own
wording, with its excerpts, speaks of stems and keys and quotes English to a Chinese trainer)."""


def in_trainer_words(language: Language, findings: Sequence[str]) -> list[str]:
    """Each finding as its kind in the trainer's words; a finding of no known kind (a model's
    malformed item: an answer key that is no option, blanks that do not match the answers) as the
    check said it, without its excerpts."""
    told = []
    for found in findings:
        kinds = [words[language] for pattern, words in _FINDING_KINDS if pattern.search(found)]
        if (
            not kinds
            and language == "zh"
            and (not _CJK.search(found) or len(_EN_WORD.findall(found)) >= 3)
        ):
            # A check's own English (session 10 designer, m1: "the false statement narrows a
            # rule for everyone …" inside a Chinese note), also around a Chinese figure it
            # names (session 15 T7: "the ages 45周岁 are far from the key …"): a Chinese trainer
            # cannot read it.
            kinds = [_OTHER_ZH]
        told += kinds[:1] or [found]
    return list(dict.fromkeys(told))


_CJK = re.compile(r"[\u4e00-\u9fff]")
_EN_WORD = re.compile(r"\b[A-Za-z]{2,}\b")
_OTHER_ZH = "未通过其他质量检查（题目与原文不符或表述不完整）"
