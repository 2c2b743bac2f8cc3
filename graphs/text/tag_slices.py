"""A clause or term of a tagged sentence, tagged by slicing the sentence's tokens, not by jieba again.

The engine tags each sentence of a material, then asks for its clauses and terms one by one
(zh_tokens of a clause, the word class of a term). jieba would tag them exactly as the sentence's
tokens between the same cuts when three things hold, because posseg tags a text block by block
(runs of Han characters, letters and digits), each block by its best dictionary route, and each
run of one-character route words (its buffer) by one flush (a lookup, or the HMM when the run
is no word): the cuts fall on the sentence's token boundaries, no run of one-character route words
crosses a cut (the HMM would see a shorter run), and the substring's own best route is the
sentence's route between the cuts. `sliced` checks all three and returns the sentence's tokens
between the cuts, or None when any fails (the caller then asks jieba): a slice is never a guess.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from typing import Generic, Protocol, TypeVar

_MOST_TEXTS = 8192
"""Texts remembered before all are forgotten (a server tags material after material)."""
_HAN_BLOCK = re.compile("[\u4e00-\u9fd5a-zA-Z0-9+#&._]+")
"""jieba.posseg's own block pattern (re_han_internal): a block is routed on its own."""


class _Word(Protocol):
    @property
    def word(self) -> str: ...


T = TypeVar("T", bound=_Word)


@dataclass
class _Sentence(Generic[T]):
    text: str
    tokens: tuple[T, ...]
    bounds: dict[int, int]
    """Offset of each token boundary -> index of the token starting there (len(tokens) at the end)."""
    cuts: frozenset[int] = field(default=frozenset())
    """Boundaries of the best dictionary route inside Han blocks, and the blocks' edges."""
    single: frozenset[int] = field(default=frozenset())
    """Offsets of one-character route words (they gather into a buffer jieba tags as one run)."""
    routed: bool = False


def _route_cuts(text: str, start: int, end: int) -> tuple[list[int], list[int]]:
    """The cuts of jieba's best route over text[start:end] (a Han block or part of one), and the
    offsets of its one-character words; offsets are of `text`."""
    import jieba.posseg

    tokenizer = jieba.posseg.dt.tokenizer
    block = text[start:end]
    dag = tokenizer.get_DAG(block)
    route: dict[int, tuple[float, int]] = {}
    tokenizer.calc(block, dag, route)
    cuts, single, x = [start], [], 0
    while x < len(block):
        y = route[x][1] + 1
        if y - x == 1:
            single.append(start + x)
        cuts.append(start + y)
        x = y
    return cuts, single


def _routes(text: str, start: int, end: int) -> tuple[list[int], list[int]]:
    """Route cuts and one-character words of every Han block of text[start:end]."""
    cuts: list[int] = []
    single: list[int] = []
    for match in _HAN_BLOCK.finditer(text, start, end):
        block_cuts, block_single = _route_cuts(text, match.start(), match.end())
        cuts.extend(block_cuts)
        single.extend(block_single)
    return cuts, single


class TagSlices(Generic[T]):
    """Tagged texts, indexed by the first character of each token, to tag substrings by slicing."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._starts: dict[str, list[tuple[_Sentence[T], int]]] = {}
        self._texts = 0

    def add(self, text: str, tokens: tuple[T, ...]) -> None:
        """Remember a text jieba has tagged."""
        bounds, offset = {}, 0
        for index, token in enumerate(tokens):
            bounds[offset] = index
            offset += len(token.word)
        bounds[offset] = len(tokens)
        if offset != len(text):  # pragma: no cover - posseg's words join into its input
            return
        sentence = _Sentence(text, tokens, bounds)
        with self._lock:
            self._texts += 1
            if self._texts > _MOST_TEXTS:
                self._starts.clear()
                self._texts = 1
            for offset, index in bounds.items():
                if index < len(tokens):
                    self._starts.setdefault(text[offset], []).append((sentence, offset))

    def clear(self) -> None:
        """Forget every tagged text."""
        with self._lock:
            self._starts.clear()
            self._texts = 0

    def sliced(self, text: str) -> tuple[T, ...] | None:
        """jieba's tags of `text` taken from a remembered text holding it, or None when no
        remembered text holds it in a way that is sure to tag it the same."""
        if not text:
            return None
        with self._lock:
            candidates = list(self._starts.get(text[0], ()))
        for sentence, start in candidates:
            end = start + len(text)
            if end not in sentence.bounds or not sentence.text.startswith(text, start):
                continue
            if self._firm(sentence, start) and self._firm(sentence, end):
                if sentence.routed and not self._same_route(sentence, start, text):
                    continue
                return sentence.tokens[sentence.bounds[start] : sentence.bounds[end]]
        return None

    @staticmethod
    def _same_route(sentence: _Sentence[T], start: int, text: str) -> bool:
        """True when jieba routes `text` (the sentence's text from `start`) as it routes the
        sentence between the same cuts (their best routes agree but for float ties)."""
        own = {cut for cut in _routes(text, 0, len(text))[0] if 0 < cut < len(text)}
        end = start + len(text)
        return own == {cut - start for cut in sentence.cuts if start < cut < end}

    def _firm(self, sentence: _Sentence[T], offset: int) -> bool:
        """True when a substring cut at `offset` leaves every Han block's route and buffers as
        they are in the sentence."""
        text = sentence.text
        before, after = text[offset - 1 : offset], text[offset : offset + 1]
        if not (before and after and _HAN_BLOCK.match(before) and _HAN_BLOCK.match(after)):
            return True  # a block edge (or the text's): jieba's blocks are tagged on their own
        if not sentence.routed:
            cuts, single = _routes(text, 0, len(text))
            sentence.cuts, sentence.single = frozenset(cuts), frozenset(single)
            sentence.routed = True
        if offset not in sentence.cuts:
            return False
        return not (offset - 1 in sentence.single and offset in sentence.single)
