"""Keyword matching on the rule path: a message prepared once, keyword lists compiled once.

Chinese keywords are substrings; English keywords must stand on word bounds ("end" must not fire
on "recommend", "quiz" not on "quizzical").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

_WORDS = re.compile(r"[a-z]+")


class Message(NamedTuple):
    """A message prepared once for every rule: its text, lower-cased, and its English words."""

    text: str
    lowered: str
    words: frozenset[str]

    @classmethod
    def of(cls, text: str) -> Message:
        """Prepare `text` for matching."""
        lowered = text.lower()
        return cls(text, lowered, frozenset(_WORDS.findall(lowered)))


@dataclass(frozen=True)
class KeywordSet:
    """A keyword list compiled for speed (measured in bench/router_latency.py).

    Chinese words go into one alternation, which the regex engine scans with a first-character
    prefilter. English words must stand on word bounds ("end" must not fire on "recommend"), and
    lookarounds around each word in one regex are 5-10x slower, so they are indexed by their first
    word instead: only phrases whose first word is among the message's words are checked.
    """

    substrings: re.Pattern[str] | None
    bounded: dict[str, tuple[tuple[str, re.Pattern[str]], ...]]
    heads: frozenset[str]

    @classmethod
    def of(cls, words: Iterable[str]) -> KeywordSet | None:
        """The compiled set, or None for an empty list (no condition)."""
        cleaned = sorted({w.strip().lower() for w in words if w.strip()}, key=len, reverse=True)
        if not cleaned:
            return None
        plain = [
            w for w in cleaned if not w[0].isascii() or not w[-1].isascii() or not _WORDS.search(w)
        ]
        bounded: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
        for word in cleaned:
            if word not in plain:
                head = _WORDS.findall(word)[0]
                pattern = re.compile(rf"(?<![a-z]){re.escape(word)}(?![a-z])")
                bounded.setdefault(head, []).append((word, pattern))
        substrings = re.compile("|".join(map(re.escape, plain))) if plain else None
        return cls(substrings, {k: tuple(v) for k, v in bounded.items()}, frozenset(bounded))

    def search(self, message: Message) -> bool:
        """Whether any keyword occurs in the message."""
        if self.substrings is not None and self.substrings.search(message.lowered):
            return True
        for head in self.heads & message.words:
            for word, pattern in self.bounded[head]:
                if word in message.lowered and pattern.search(message.lowered):
                    return True
        return False
