"""Negation read one sentence at a time, for the grader.

graphs/text/negation.py scopes a cue to the end of its clause; a cue whose scope runs on past a
sentence end ("Never open customer data on public Wi-Fi. If a device is lost, tell the IT desk")
would deny words of the next sentence. The grader asks about one sentence only: the one that holds
the span.

A name that opens on a cue character is no negation: 无麸质产品, 无糖饮料, 未成年人, 不锈钢 name a
thing, and "无麸质产品前要清洗台面一遍" denies nothing (the 一遍 is a figure, told wrong). The
point itself says which words are such names (`cue_names`); `unnamed` hides their cue from the
negation reader, in the point and the answer alike, keeping every offset.
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.text.negation import is_negated, negation_cues
from graphs.text.segment import tokenize

_SENTENCE_END = re.compile(r"[。！？!?；;\n]|\.(?=\s|$)")


def negated(text: str, start: int, end: int, language: Language) -> bool:
    """`is_negated` within the sentence that holds `[start, end)`; an age or count bound said
    with a cue (不满一岁, 未满18周岁, 不足10人: *under* a figure) denies nothing, neither its figure
    (an upper bound: `under_figure`) nor the rule the sentence goes on to state."""
    if language == "zh":
        text = _UNDER_FIGURE.sub(lambda m: _STAND_IN + m.group()[1:], text)
        text = _past_relative_clauses(text, start)
    begin = 0
    for match in _SENTENCE_END.finditer(text):
        if match.end() <= start:
            begin = match.end()
        elif match.start() >= end:
            return is_negated(text[begin : match.end()], start - begin, end - begin, language)
    return is_negated(text[begin:], start - begin, end - begin, language)


def says_a_negation(text: str, language: Language) -> bool:
    """Whether `text` carries a negation of its own (不保, 没人管, "won't cover"): a cue the
    negation reader scopes (graphs/text/negation_words.py), not a word that only holds a cue
    character (不少, 不仅, 非常) nor a limit said with one (不超过)."""
    return bool(negation_cues(text, language))


_RELATIVE_CUE = re.compile(r"[没未](?=[\u4e00-\u9fff]{1,3}?的)")


def _past_relative_clauses(text: str, start: int) -> str:
    """`text` with the cue of each relative clause before `start` hidden where `start` lies past
    the noun the clause describes: 「把没退的押金写在交接本上」 denies 退 of the deposits, not
    writing them down (a cue on the rule's own act, 不用写在交接本上, still denies it)."""

    def hidden(cue: re.Match[str]) -> str:
        of = text.index("的", cue.end())
        head = tokenize(text[of + 1 :], "zh")[:1]
        described = of + 1 + (len(head[0].word) if head else 0)
        return _STAND_IN if start >= described else cue.group()

    return _RELATIVE_CUE.sub(hidden, text)


def under_figure(text: str, start: int) -> bool:
    """Whether the figure at `start` follows 不满/未满/不足/不到: *under* it (不满一岁 is 1岁以下),
    an upper bound that is asserted, not a figure denied."""
    return bool(_UNDER_BEFORE.search(text[max(0, start - 3) : start]))


def says_whom(text: str, start: int, end: int) -> bool:
    """Whether the Chinese figure at [start, end) says whom or what a rule is about: under it
    (不满一岁的宝宝) or bounded before 的 (3岁以下的幼儿, 未满18周岁的顾客). A negation of the rule
    (不得向…出售, 标签不清或…) does not deny such a figure: it has no polarity of its own."""
    return under_figure(text, start) or bool(_BOUNDED_NOUN.match(text, end))


_BOUNDED_NOUN = re.compile(r"\s*(?:及以下|及以上|或以上|以下|以上|以内|之内|之下)\s*的")
_UNDER = r"[不未](?:满|足|到)"
_UNDER_FIGURE = re.compile(_UNDER + r"(?=\s*[\d０-９零一二两三四五六七八九十百半])")
"""不满/未满/不足/不到 before a figure: a bound (under one year), as 不超过 is, not a negation of
the rule the sentence goes on to state ("不满一岁的宝宝要仰面睡" is a rule for babies under one)."""
_UNDER_BEFORE = re.compile(_UNDER + r"\s*$")
_NAME_CUES = ("无", "未", "不")
_STAND_IN = "某"
"""What stands in for a name's cue character: a determiner, no cue, one character long."""


def cue_names(text: str) -> frozenset[str]:
    """The names in a Chinese `text` that open on a cue character: a noun that does
    (无糖, 无菌, 不锈钢), or 无 with the noun after it where another noun follows (无麸质产品):
    the pair says what kind of thing, it denies nothing. 非 is left to the negation reader, which
    scopes it to the one word it prefixes (非质量问题 is the case the rule leaves out)."""
    tokens = [t for t in tokenize(text, "zh") if t.word.strip()]
    names: set[str] = set()
    for index, token in enumerate(tokens):
        word, nouns = token.word, tokens[index + 1 : index + 3]
        if len(word) > 1 and word.startswith(_NAME_CUES) and token.pos.startswith("n"):
            names.add(word)
        elif word == "无" and len(nouns) == 2 and all(t.pos.startswith("n") for t in nouns):
            names.add(word + nouns[0].word)
    return frozenset(names)


def unnamed(text: str, names: frozenset[str]) -> str:
    """`text` with the cue character of each name hidden (无麸质 -> 某麸质), same length."""
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, _STAND_IN + name[1:])
    return text


def renamed(text: str, names: frozenset[str]) -> str:
    """`text` with the names `unnamed` hid written as they were, for what a reader sees."""
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(_STAND_IN + name[1:], name)
    return text
