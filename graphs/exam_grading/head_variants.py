"""A fill-in key of a modifier and a head, answered with another word for its head, or with one of
its two parts alone: what each is worth, by one rule (session 19 end teacher T12, designer D12).

- The key's modifier before another word of its head's family (synonyms.yaml `heads:`) names the
  same thing: full credit. 消毒水 for 消毒液, 医疗效果 for 医疗功效, "disinfectant liquid" for
  "disinfectant solution". A head of another family (消毒棉), or a modifier of another thing
  before a family word (洗手液, 驱赶效果), is not the key.
- Where the key's head only says what sort of thing its modifier is (a light head, synonyms.yaml
  `light_heads:`: 效果, 升级, "effect"), the modifier is the part that tells the key apart: the
  modifier alone earns half (防盗 for 防盗升级, "healing" for "healing effect", its note naming the
  head left out), and the light head alone earns nothing (升级 for 防盗升级 says no upgrade of
  which kind: every key of that head would fit). A key whose head names the thing itself (座椅 of
  儿童座椅, 液 of 消毒液) keeps the other rule (word_answers.py): its head alone is half, its
  modifier alone (消毒, 儿童) another word.

Antonyms, negations and figures are settled before this is asked (word_answers.match_words).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import yaml

from graphs.exam_grading.vocabulary import VOCABULARY_FILE, fold, lemma
from graphs.text.language import detect_language

MODIFIER_ALONE_CREDIT = 0.5
"""Credit for the modifier of a key whose head is light (防盗 for 防盗升级): what it tells apart."""
_ZH_MODIFIER_MIN = 2
"""A Chinese modifier says which thing in two characters or more (防盗); one (防) is no word."""


@dataclass(frozen=True)
class HeadVerdict:
    """What a head variant or a part of the key earns, and the judge's reason for it."""

    credit: float
    reason: str


@cache
def head_families() -> tuple[tuple[str, ...], ...]:
    """The head families of synonyms.yaml (`heads:`), folded (English words as their lemmas)."""
    data = yaml.safe_load(VOCABULARY_FILE.read_text(encoding="utf-8")) or {}
    return tuple(tuple(_as_head(w) for w in group) for group in data.get("heads") or [])


@cache
def light_heads() -> frozenset[str]:
    """The light heads of synonyms.yaml (`light_heads:`), folded."""
    data = yaml.safe_load(VOCABULARY_FILE.read_text(encoding="utf-8")) or {}
    return frozenset(_as_head(w) for w in data.get("light_heads") or [])


def _as_head(word: str) -> str:
    folded = fold(word).strip()
    return lemma(folded) if folded.isascii() else folded


def head_variant(given: str, expected: str) -> HeadVerdict | None:
    """The verdict on `given` for the key `expected` by the rule above; None when `given` is no
    head variant and no part of the key (the other rules judge it)."""
    given, expected = fold(given).strip(), fold(expected).strip()
    if not given or given == expected:
        return None
    split = _split(given, expected)
    if split is None:
        return None
    modifier, head, answer_parts = split
    english = expected.isascii()
    head_shown = head if not english else expected.split()[-1]
    if answer_parts == (modifier,) and head in light_heads():
        return HeadVerdict(
            MODIFIER_ALONE_CREDIT, f"'{given}' says which, without its head '{head_shown}'"
        )
    if answer_parts == ("", head) and head in light_heads():
        return HeadVerdict(0.0, f"'{given}' is any key's head, without the word that says which")
    if (
        len(answer_parts) == 2
        and answer_parts[0] == modifier
        and _same_family(answer_parts[1], head)
    ):
        return HeadVerdict(1.0, f"'{given}' names '{expected}' with a word of its head's family")
    return None


def _split(given: str, expected: str) -> tuple[str, str, tuple[str, ...]] | None:
    """(the key's modifier, its head, the answer's parts) where the key ends in a listed head:
    the answer's parts are (modifier, head) where it ends in a listed head too, (modifier,)
    where it is one word of no listed head, ('', head) where it is the key's head alone."""
    if expected.isascii() and given.isascii():
        return _split_english(given, expected)
    if detect_language(given + expected) != "zh":
        return None
    head = _listed_end(expected)
    if not head or len(expected) - len(head) < _ZH_MODIFIER_MIN:
        return None
    modifier = expected[: -len(head)]
    if given == head:
        return modifier, head, ("", head)
    other = _listed_end(given)
    if other and given != other:
        return modifier, head, (given[: -len(other)], other)
    return modifier, head, (given,)


def _listed_end(text: str) -> str:
    """The longest listed head (a family's word or a light head) that `text` ends in."""
    heads = {w for family in head_families() for w in family} | light_heads()
    return max((h for h in heads if not h.isascii() and text.endswith(h)), key=len, default="")


def _split_english(given: str, expected: str) -> tuple[str, str, tuple[str, ...]] | None:
    """An English key of two words or more, its last word its head (as a lemma)."""
    theirs = [w for w in expected.split() if w not in ("the", "a", "an")]
    mine = [w for w in given.split() if w not in ("the", "a", "an")]
    if len(theirs) < 2 or not mine:
        return None
    modifier, head = " ".join(theirs[:-1]), lemma(theirs[-1])
    if len(mine) == 1 and lemma(mine[0]) == head:
        return modifier, head, ("", head)
    if mine == theirs[:-1]:
        return modifier, head, (modifier,)
    if len(mine) == len(theirs):
        return modifier, head, (" ".join(mine[:-1]), lemma(mine[-1]))
    return None


def _same_family(word: str, head: str) -> bool:
    return word != head and any(word in family and head in family for family in head_families())
