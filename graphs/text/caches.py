"""The text engine's caches, and how to forget them all.

The analysis of a material is cached at several levels (jieba's tags per sentence, normalised
strings, a material's lexicon and facts, word classes) because one exam asks for the same
material from every generation branch and round. A benchmark that wants to time the analysis of a
material the engine has never seen clears them first.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

_REGISTERED: list[Callable[[], None]] = []
"""The clear functions of caches registered where they are defined (the generators'
per-material caches, and those of graphs.text not named in `clear_caches`)."""


def register(clear: Callable[[], None]) -> None:
    """Have `clear_caches` call `clear` too: a package above the text engine that caches per
    material registers its cache here, so a benchmark's fresh run reuses none of it."""
    if clear not in _REGISTERED:
        _REGISTERED.append(clear)


class Memo(Generic[K, V]):
    """A bounded memo of what a function made per key, registered with `clear_caches`.

    For work keyed by something `functools.lru_cache` cannot take as arguments (a fact and its
    material's text, out of a `Material` that is not hashable). Past `size` entries the oldest
    is forgotten. What is made must not depend on anything but the key."""

    def __init__(self, size: int) -> None:
        self._made: dict[K, V] = {}
        self._size = size
        register(self.clear)

    def get(self, key: K, make: Callable[[], V]) -> V:
        """What `make` returns for `key`, made once while the entry lives."""
        try:
            return self._made[key]
        except KeyError:
            pass
        if len(self._made) >= self._size:
            del self._made[next(iter(self._made))]
        made = self._made[key] = make()
        return made

    def clear(self) -> None:
        """Forget everything made."""
        self._made.clear()

    def __len__(self) -> int:
        return len(self._made)


def clear_caches() -> None:
    """Forget every cached analysis: the next material is analysed from scratch."""
    from graphs.text import (
        document,
        facts,
        faq_answers,
        lexicon,
        quantities,
        segment,
        similarity,
        word_class,
    )

    document.analysed.cache_clear()
    segment.clear_tags()
    similarity.normalise.cache_clear()
    lexicon.clear_lexicons()
    facts.clear_facts()
    faq_answers.clear_topics()
    word_class.word_class.cache_clear()
    quantities.clear_quantities()
    for clear in _REGISTERED:
        clear()
