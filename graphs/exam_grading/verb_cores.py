"""A Chinese act said with one character of its two-character verb, on the same object.

「禁止放烟花」 for 「严禁在醋坊院内燃放烟花」, 「禁止收礼品」 for 「严禁…收受礼品」, 「不能烧纸钱」 for
「严禁焚烧纸钱」: spoken Chinese says the act by its core character (放 of 燃放, 收 of 收受, 烧 of
焚烧) right before the object the point names. jieba glues some of these acts to their object
as one noun (燃放烟花), so the whole term was never found and the ban read as 未答到 (session 25
teacher T18, e2 average Q9: 「禁止放鞭炮」).

`cored_found` finds such a term where the answer says one character of its verb followed at once
by its whole object, with the point's polarity (denied where the point denies it). A verb whose
two characters are opposites (收发, 买卖, 装卸, or a pair synonyms.yaml lists as antonyms) has no
core, and the
object must be said whole, so 放烟花 states 燃放烟花 and 放烟 states nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from graphs.exam_grading.figures import clause_of
from graphs.exam_grading.point_terms import Term, tokens_with_offsets
from graphs.exam_grading.scope import negated
from graphs.exam_grading.vocabulary import Vocabulary
from graphs.text.segment import tokenize

_HAN = re.compile(r"[\u4e00-\u9fff]+")
OPPOSITE_ACTS = frozenset(
    {"收发", "买卖", "开关", "进出", "出入", "来往", "借还", "存取", "上下", "起落", "装卸", "增减"}
    | {"推拉", "升降", "开合", "收放", "取放", "加减", "涨落", "问答", "迎送", "放收", "关开"}
)
"""Verbs of two opposite acts: neither character alone is the verb's act (clause_keys.py reads
the same pairs: 卸 for 装 names another act)."""
_MIN_OBJECT = 2
"""Characters of the object the core character must be followed by (a whole noun)."""


def cored_found(
    point: str, terms: list[Term], answer: str, vocabulary: Vocabulary
) -> Iterator[tuple[Term, set[int], bool]]:
    """Each term of `terms` (zh) that the canonical `answer` says by its verb's core character
    and its object (see the module doc), with the clauses where it does and whether it says it
    with the point's polarity (院内可以放烟花 turns 严禁燃放烟花 round: False); the verb and its
    object are both said where the point has them as two terms (燃放 / 烟花)."""
    by_text = {t.text: t for t in terms}
    for verb, noun, said in _acts(point, by_text):
        denied = said[0].negated
        for polarity in (denied, not denied):
            clauses = _said_by_core(verb, noun, polarity, answer, vocabulary)
            if clauses:
                for term in said:
                    yield term, clauses, polarity == denied
                break


def _acts(point: str, by_text: dict[str, Term]) -> Iterator[tuple[str, str, list[Term]]]:
    """The point's two-character verbs with their object, and the terms they make: a term jieba
    fused from both (燃放烟花), or a verb term and the noun term right after it."""
    for text, term in by_text.items():
        if len(text) >= 2 + _MIN_OBJECT and _HAN.fullmatch(text):
            head = tokenize(text[:2], "zh")
            rest = tokenize(text[2:], "zh")
            if (
                len(head) == 1
                and head[0].pos.startswith("v")
                and rest
                and all(t.pos.startswith("n") for t in rest)
            ):
                yield text[:2], text[2:], [term]
    placed = tokens_with_offsets(point)
    for (start, verb), (next_start, noun) in pairwise(placed):
        if start + len(verb.word) != next_start or len(verb.word) != 2:
            continue
        if not verb.pos.startswith("v") or not noun.pos.startswith("n"):
            continue
        pair = [t for t in (by_text.get(verb.word), by_text.get(noun.word)) if t is not None]
        if by_text.get(noun.word) is not None and len(noun.word) >= _MIN_OBJECT:
            yield verb.word, noun.word, pair


def _said_by_core(
    verb: str, noun: str, denied: bool, answer: str, vocabulary: Vocabulary
) -> set[int]:
    """The answer's clauses where one character of `verb` stands right before `noun` (or a
    synonym of it), negated (`denied`) or not."""
    if verb in OPPOSITE_ACTS or any(
        {verb[0], verb[1]} == set(pair) for pair in vocabulary.antonyms
    ):
        return set()
    clauses: set[int] = set()
    for obj in {noun, *vocabulary.variants(noun)}:
        for core in dict.fromkeys(verb):
            for match in re.finditer(re.escape(core + obj), answer):
                if match.start() > 0 and answer[match.start() - 1] in verb:
                    continue  # the whole verb, found as written already
                if negated(answer, match.start(), match.start() + 1, "zh") == denied:
                    clauses.add(clause_of(answer, match.start()))
    return clauses
