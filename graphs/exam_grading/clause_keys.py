"""A Chinese fill-in key that is a clause: a place, an act, its object (「石灰池踏鞋底」).

A generator that blanks a clause instead of a term leaves a key a learner says in their own
words, as a teacher accepts them (session 26 teacher T19):
- two one-character verbs that together make one dictionary verb are one act (踩 for 踏: 踩踏;
  堆 for 放: 堆放), unless the pair is one of opposites (装卸, 收发, 开关: another act);
- a locative after a place adds nothing (池里, 槽内, 棚中 are the place);
- where the words before the blank ask for a place (在 or 于 opens their clause: 「须在____，」),
  the key's leading place said alone is half the blank: the fact asked, not what is done there.
`clause_match` gives that reading, or None where the answer is none of these.
"""

from __future__ import annotations

import re
from functools import lru_cache

import jieba.posseg

from graphs.exam_grading.verb_cores import OPPOSITE_ACTS
from graphs.exam_grading.word_answers import BlankMatch, normalise
from graphs.exams import BLANK
from graphs.text.segment import Token, tokenize

PLACE_ALONE_CREDIT = 0.5
"""Credit for the place of a clause key said alone: where, not what is done there."""
_LOCATIVES = frozenset("里内中")
_PLACE_ASKED = re.compile(r"(?:在|于)[^，。；：,;:！？!?]*$")
"""The clause before a blank opens on 在 or 于: the blank begins with a place."""
_PLACE_CLOSERS = tuple("上下里内中外前后旁边处")
"""A word after the blank that closes the place 在 opened (在____上)."""
_NOMINAL = ("n", "s", "f", "nr", "ns", "nz")


def clause_match(given: str, expected: str, stem: str, index: int) -> BlankMatch | None:
    """The answer read against a Chinese clause key: the same act (1), an opposite act (0,
    settled), its place alone where the stem asks a place (half); None otherwise."""
    answer, wanted = normalise(given), normalise(expected)
    if not _chinese(answer) or not _chinese(wanted) or answer == wanted:
        return None
    key_tokens = tokenize(wanted, "zh")
    if len(key_tokens) < 2:
        return None  # a term, not a clause
    mine, theirs = _without_locatives(tokenize(answer, "zh")), _without_locatives(key_tokens)
    if len(mine) == len(theirs) and mine != theirs:
        pairs = [(a, b) for a, b in zip(mine, theirs, strict=True) if a != b]
        if all(_one_character_verb(b, key_tokens) for _, b in pairs):
            if any(a + b in OPPOSITE_ACTS or b + a in OPPOSITE_ACTS for a, b in pairs):
                return BlankMatch(0.0, f"'{given}' names another act than '{expected}'")
            if all(_one_act(a, b) for a, b in pairs):
                return BlankMatch(1.0, f"'{given}' says '{expected}' with a verb of the same act")
    if mine == theirs:
        return BlankMatch(1.0, f"'{given}' is '{expected}' with a word for where")
    if _place_alone(mine, key_tokens) and _asks_a_place(stem, index):
        reason = f"'{given}' names the place of '{expected}', not what is done there"
        return BlankMatch(PLACE_ALONE_CREDIT, reason)
    return None


def _chinese(text: str) -> bool:
    return bool(text) and all("\u4e00" <= c <= "\u9fff" for c in text)


def _without_locatives(tokens: list[Token]) -> str:
    """The characters of `tokens` less every locative after a place (池里 is 池)."""
    kept = []
    for i, token in enumerate(tokens):
        word = token.word
        if i > 0 and word in _LOCATIVES:
            continue
        if len(word) >= 2 and word[-1] in _LOCATIVES and token.pos == "s":
            word = word[:-1]
        kept.append(word)
    return "".join(kept)


def _one_character_verb(character: str, key_tokens: list[Token]) -> bool:
    """The key says `character` as a word of its own: a one-character verb, not part of a word."""
    return any(t.word == character and t.pos.startswith("v") for t in key_tokens)


def _one_act(a: str, b: str) -> bool:
    """Two one-character verbs a dictionary joins into one verb (踩踏, 堆放)."""
    return len(a) == 1 and (_dictionary_verb(a + b) or _dictionary_verb(b + a))


@lru_cache(maxsize=4096)
def _dictionary_verb(word: str) -> bool:
    tag: str = jieba.posseg.dt.word_tag_tab.get(word, "")
    return tag == "v"


def _place_alone(answer: str, key_tokens: list[Token]) -> bool:
    """`answer` is the key's leading nominal words, at least two characters, with words left."""
    lead = ""
    for token in key_tokens[:-1]:
        if not token.pos.startswith(_NOMINAL):
            return False
        lead += token.word
        if _without_locatives(tokenize(lead, "zh")) == answer:
            return len(answer) >= 2
    return False


def _asks_a_place(stem: str, index: int) -> bool:
    """在 or 于 opens the clause before the blank, and the stem closes no place after it (在____上
    签字: the key is the place itself, and a part of it is no place)."""
    parts = stem.split(BLANK)
    return (
        index + 1 < len(parts)
        and bool(_PLACE_ASKED.search(parts[index]))
        and not parts[index + 1].lstrip().startswith(_PLACE_CLOSERS)
    )
