"""The words of a text and where its clauses end, as negation scopes read them (negation.py).

Chinese words are jieba tokens with their part of speech, English ones word tokens. A clause ends
at `，,；;。！？!?` and a line break, before a contrast word (但/但是/而/而是/却/不过/可是; but,
however, although, though), at a full stop that ends a sentence (not after an abbreviation, Mr.
or e.g., nor inside a number, 3.5) and at a dash with a space before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graphs.exams import Language
from graphs.text.negation_words import CLAUSE_END, DASHES, EN_CONTRAST, EN_WORD, ZH_CONTRAST
from graphs.text.segment import tokenize


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
