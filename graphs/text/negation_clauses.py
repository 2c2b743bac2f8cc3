"""The words of a text and where its clauses end, as negation scopes read them (negation.py).

Chinese words are jieba tokens with their part of speech, English ones word tokens. A clause ends
at `，,；;。！？!?` and a line break, before a contrast word (但/但是/而/而是/却/不过/可是; but,
however, although, though), at a full stop that ends a sentence (not after an abbreviation, Mr.
or e.g., nor inside a number, 3.5) and at a dash with a space before it. A rule's second duty
joined by "and" and a modal of its own ("must not settle privately and must report it", 不得私下协商
并须报告公司) starts a clause of its own: the first duty's cue does not deny it; so does an English
second act, "and" with a verb and its object after the first act's own words ("Do not move the
climber and radio the first aider": the radio call is the other instruction).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graphs.exams import Language
from graphs.text.negation_words import CLAUSE_END, DASHES, EN_CONTRAST, EN_WORD, ZH_CONTRAST
from graphs.text.segment import tokenize
from graphs.text.word_class import en_verb_lemma, en_word_classes


@dataclass(frozen=True)
class Word:
    """One word of the text at `text[start:end]`, with its part of speech (Chinese only)."""

    text: str
    start: int
    end: int
    pos: str


def zh_words(text: str) -> list[Word]:
    """The jieba words of a Chinese text, with their offsets."""
    words: list[Word] = []
    offset = 0
    for token in tokenize(text, "zh"):
        start = text.find(token.word, offset)
        if start < 0:  # jieba never drops characters, but stay safe if it ever does
            continue
        end = start + len(token.word)
        words.append(Word(token.word, start, end, token.pos))
        offset = end
    return words


def en_words(text: str) -> list[Word]:
    """The word tokens of an English text, with their offsets."""
    return [Word(m.group(), m.start(), m.end(), "") for m in EN_WORD.finditer(text)]


_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|No|vs|etc|approx|e\.g|i\.e)|\b[A-Za-z])$", re.I
)
"""Words a full stop abbreviates rather than ends a sentence after (Mr. Harper, e.g. this)."""
_NEXT_SENTENCE = re.compile(r"\s+[A-Z\u4e00-\u9fff\"'“‘(]|\s*$")


def _ends_sentence(word: Word, text: str) -> bool:
    """A full stop that ends a sentence: followed by a new sentence (a capital) or the end, not
    after an abbreviation, not inside a number (3.5 is one token)."""
    if word.text != "." or _ABBREVIATION.search(text[: word.start]):
        return False
    return bool(_NEXT_SENTENCE.match(text, word.end))


def is_clause_end(word: Word, language: Language, text: str = "") -> bool:
    """The word ends a clause: a clause mark, a sentence's full stop, a spaced dash, a contrast."""
    if word.text in CLAUSE_END:
        return True
    if text and _ends_sentence(word, text):
        return True  # "Never open data on public Wi-Fi. If a device is lost, ...": a new sentence
    if word.text in DASHES and text[word.start - 1 : word.start] == " ":
        return True  # "I won't pretend it's free - it's 45 a night": a spaced dash ends a clause
    if language == "zh":
        return word.text in ZH_CONTRAST
    return word.text.lower() in EN_CONTRAST


_ZH_JOINERS = frozenset({"并", "且", "并且", "而且", "同时", "还"})
_ZH_DUTY_MODALS = frozenset(
    {"须", "必须", "应", "应当", "应该", "需", "需要", "要", "得", "务必", "可以"}
)
_EN_JOINERS = frozenset({"and", "or"})
_EN_DUTY_MODALS = frozenset(
    {"must", "should", "shall", "needs", "need", "has", "have", "will", "always", "can", "may"}
)


def opens_another_duty(words: list[Word], index: int, language: Language) -> bool:
    """Word `index` joins a second duty with a modal of its own ("... and must report it", "并须报告",
    "并要通知", an aside 「（只能…）」): a new clause, out of the scope of a cue before it. A bare "and"
    or 并 shares the cue ("must not smoke or drink", 不得吸烟并饮酒 deny both)."""
    if index + 1 >= len(words):
        return False
    word, following = words[index].text, words[index + 1].text
    if word in _OPENING_BRACKETS:  # 不得在墓区烧纸钱（只能去指定焚化炉）: the aside's own rule
        if language == "zh":
            return following.startswith(_ZH_ASIDE_RULES) and not following.startswith("只要")
        return following.lower() in _EN_DUTY_MODALS | {"only"}
    if language == "zh":
        return word in _ZH_JOINERS and following in _ZH_DUTY_MODALS
    return word.lower() in _EN_JOINERS and following.lower() in _EN_DUTY_MODALS


_OPENING_BRACKETS = frozenset({"(", "（"})
_ZH_ASIDE_RULES = ("只", "仅", "须", "必须", "应", "要", "可以", "需")
"""An aside opening on a modal of its own (（只能去指定焚化炉）, "(only at the lobby stand)") states
the rule for what its clause forbids, where to do it instead: out of the cue's scope (session 25
teacher T18, e2 strong Q9: 「不得在墓区放鞭炮烧纸钱（只能去指定焚化炉）」 denied 指定). An aside without
one (不要使用（任何）清洁剂) stays in it."""


_EN_OBJECT_OPENERS = frozenset(
    {"the", "a", "an", "their", "his", "her", "its", "your", "our", "every", "any", "all"}
)


def opens_another_act(words: list[Word], index: int, cue: int, language: Language) -> bool:
    """English word `index` is "and" before a second act of its own: a verb in its base form with
    an object ("… and radio the first aider", "and pour cold water over it"), where the act the cue at
    `cue` denies has words of its own before "and" ("do not move the climber"). A bare pair ("do
    not copy and share the file") and "or" ("must not smoke or drink") still share the cue."""
    if language != "en" or index - cue < 3 or index + 2 >= len(words):
        return False
    if words[index].text.lower() != "and":
        return False
    verb = words[index + 1].text.lower()
    if en_verb_lemma(verb) != verb:
        return False
    # its object opens on a determiner ("radio the first aider"), or the verb is no noun ("pour
    # cold water over it")
    return words[index + 2].text.lower() in _EN_OBJECT_OPENERS or en_word_classes(verb) == {"VERB"}
