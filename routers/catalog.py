"""Which authored course or scenario a message names: exact names first, then fuzzy.

Built from the content library (`ContentCatalog.from_library`), never from a hard-coded list, so a
new scenario file is routable as soon as it loads. Names are an item's id (with `-`/`_` read as
spaces), its title and its aliases.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from graphs.courses import Course
from graphs.library import ContentLibrary
from graphs.scenarios import Scenario
from routers.described import DescriptionIndex

FUZZY_MIN_SCORE = 86.0
"""partial_ratio (0-100) a name needs to count as named with typos; tuned on the dev cases."""
FUZZY_MIN_LENGTH = 4
"""Names shorter than this match only exactly: two characters fuzzily match almost anything."""
CJK_MIN_SHARE = 0.66
"""A Chinese name counts as named when the message holds a run of at least this share of its
characters (and at least three): "产品基础" names "产品基础知识", "异议处里" names "异议处理"."""

TYPO_MIN_LENGTH = 4
"""Chinese names at least this long are still named with one character mistyped ("投拆处理")."""

_SUFFIXES = re.compile(
    r"(练习|场景|课程|培训|演练|\s(?:handling|practice|scenario|course|training|session|basics))$",
    re.IGNORECASE,
)
"""Generic words a learner leaves out: "异议处理练习" is named by "异议处理", "objection handling"
by "objection"."""


def _variants(name: str) -> set[str]:
    name = name.strip().lower()
    spaced = re.sub(r"[-_]+", " ", name)
    variants = {name, spaced}
    # "异议处理练习" is also named by "异议处理"; a title's generic suffix is not part of its name.
    variants |= {_SUFFIXES.sub("", v).strip() for v in list(variants)}
    return {v for v in variants if len(v) >= (2 if not v.isascii() else 5)}


def _cjk_pieces(name: str) -> list[tuple[str, float]]:
    """Runs of a Chinese name long enough to name it, with the share of the name they cover."""
    # Character-level edit ratios punish one wrong character in four too hard, and a learner
    # often says only the head of a long title, so Chinese names match on a shared run instead.
    shortest = max(3, round(len(name) * CJK_MIN_SHARE))
    return [
        (name[start : start + size], 100.0 * size / len(name))
        for size in range(len(name) - 1, shortest - 1, -1)
        for start in range(len(name) - size + 1)
    ]


_CJK_NAME = re.compile(r"[\u4e00-\u9fff]+")

_Index = tuple[
    dict[str, list[tuple[int, str, str]]], list[tuple[str, frozenset[str], str]], tuple[str, ...]
]
"""Per kind: exact and partial names by first character (with their rank), and English names
for fuzzy matching with the word heads that must occur first."""


@dataclass(frozen=True)
class CatalogEntry:
    """One course or scenario and the names a learner may use for it."""

    kind: str
    id: str
    names: tuple[str, ...]
    about: str = ""
    """Title, description and aliases, for messages that describe the item (`describe`)."""


@dataclass(frozen=True)
class ContentCatalog:
    """Courses and scenarios by name, for the `course` and `scenario` parameters."""

    entries: tuple[CatalogEntry, ...] = ()
    _cache: dict[str, _Index] = field(default_factory=dict, compare=False, repr=False)
    _last: dict[str, tuple[str, str | None]] = field(
        default_factory=dict, compare=False, repr=False
    )
    _described: dict[str, DescriptionIndex] = field(default_factory=dict, compare=False, repr=False)
    _typos: dict[str, tuple[dict[str, str], tuple[int, ...]]] = field(
        default_factory=dict, compare=False, repr=False
    )

    @classmethod
    def from_library(cls, library: ContentLibrary) -> ContentCatalog:
        """Every course and scenario of the library with its id, title and aliases."""
        entries = [
            CatalogEntry(
                "course",
                c.id,
                tuple(sorted(set().union(*map(_variants, [c.id, c.title, *c.aliases])))),
            )
            for c in library.all(Course)
        ]
        entries += [
            CatalogEntry(
                "scenario",
                s.id,
                tuple(sorted(set().union(*map(_variants, [s.id, s.title, *s.aliases])))),
                "\n".join([s.title, s.description, *s.aliases]),
            )
            for s in library.all(Scenario)
        ]
        return cls(tuple(entries))

    @classmethod
    def of(cls, items: Iterable[tuple[str, str, Iterable[str]]]) -> ContentCatalog:
        """A catalog from `(kind, id, names)` triples (tests, or content from elsewhere)."""
        return cls(
            tuple(
                CatalogEntry(
                    kind, item_id, tuple(sorted(set().union(*map(_variants, [item_id, *names]))))
                )
                for kind, item_id, names in items
            )
        )

    def ids(self, kind: str) -> list[str]:
        """The ids of one kind, sorted."""
        return sorted(e.id for e in self.entries if e.kind == kind)

    def find(self, kind: str, text: str) -> str | None:
        """The id of the item of `kind` that `text` names: the longest exact name wins, then the
        longest share of a Chinese name, then the best fuzzy English name above `FUZZY_MIN_SCORE`."""
        # One message is looked up by two rules and the parameter extractor in a row: remember
        # the last answer per kind rather than search three times.
        last = self._last.get(kind)
        if last is not None and last[0] == text:
            return last[1]
        found = self._search(kind, text)
        self._last[kind] = (text, found)
        return found

    def find_mistyped(self, kind: str, text: str) -> str | None:
        """The id of the item of `kind` whose Chinese name `text` holds with one character
        mistyped ("练一下投拆处理" → complaint-handling), longer names first. Weaker than `find`:
        call it when no name was found."""
        typos = self._typos.get(kind)
        if typos is None:
            keys: dict[str, str] = {}
            for entry in self.entries:
                if entry.kind != kind:
                    continue
                for name in entry.names:
                    if len(name) >= TYPO_MIN_LENGTH and _CJK_NAME.fullmatch(name):
                        for i in range(len(name)):
                            keys.setdefault(name[:i] + "*" + name[i + 1 :], entry.id)
            lengths = tuple(sorted({len(k) for k in keys}, reverse=True))
            typos = self._typos[kind] = (keys, lengths)
        keys, lengths = typos
        for size in lengths:
            for start in range(len(text) - size + 1):
                window = text[start : start + size]
                if not _CJK_NAME.fullmatch(window):
                    continue
                for i in range(size):
                    found = keys.get(window[:i] + "*" + window[i + 1 :])
                    if found:
                        return found
        return None

    def describe(self, kind: str, text: str) -> str | None:
        """The id of the item of `kind` that `text` describes in its own words ("练一下怎么应对客户
        嫌贵" → the price-objection scenario), from titles, descriptions and aliases; None when no
        item is clearly described. Weaker than `find`: call it when no name was found."""
        index = self._described.get(kind)
        if index is None:
            index = DescriptionIndex.of(
                (e.id, e.about) for e in self.entries if e.kind == kind and e.about
            )
            self._described[kind] = index
        return index.find(text)

    def _search(self, kind: str, text: str) -> str | None:
        lowered = text.lower()
        index, fuzzy, stems_of_kind = self._index(kind)
        # Keys are indexed by their first character, so only keys that can start somewhere in
        # the text are tested; this runs on every message, within the rule path's budget.
        best: tuple[int, str] | None = None
        for char in set(lowered):
            for rank, key, item_id in index.get(char, ()):
                if (best is None or rank < best[0]) and key in lowered:
                    best = (rank, item_id)
        if best is not None:
            return best[1]
        # partial_ratio costs a microsecond or more a name: try it only on names the head of
        # every word of which is in the text (typos mostly fall later in a word).
        present = frozenset(stem for stem in stems_of_kind if stem in lowered)
        if not present:
            return None
        found: tuple[float, str] | None = None
        for name, stems, item_id in fuzzy:
            if not stems <= present:
                continue
            score = fuzz.partial_ratio(name, lowered, score_cutoff=FUZZY_MIN_SCORE)
            if score and (found is None or score > found[0]):
                found = (score, item_id)
        return found[1] if found else None

    def _index(self, kind: str) -> _Index:
        cached = self._cache.get(kind)
        if cached is None:
            scored: dict[str, tuple[float, str]] = {}
            fuzzy: list[tuple[str, frozenset[str], str]] = []
            for entry in self.entries:
                if entry.kind != kind:
                    continue
                pieces = [(n, 1000.0 + len(n)) for n in entry.names]
                pieces += [p for n in entry.names if not n.isascii() for p in _cjk_pieces(n)]
                for key, score in pieces:
                    if key not in scored or score > scored[key][0]:
                        scored[key] = (score, entry.id)
                # "complaint-handling" and "complaint handling" are one fuzzy name, not two.
                spaced = {re.sub(r"[-_]+", " ", n) for n in entry.names}
                for name in sorted(spaced):
                    if name.isascii() and len(name) >= FUZZY_MIN_LENGTH:
                        stems = frozenset(w[:4] for w in re.findall(r"[a-z]{4,}", name))
                        fuzzy.append((name, stems, entry.id))
            ranked = sorted(scored.items(), key=lambda kv: (-kv[1][0], -len(kv[0])))
            index: dict[str, list[tuple[int, str, str]]] = {}
            for rank, (key, (_, item_id)) in enumerate(ranked):
                index.setdefault(key[0], []).append((rank, key, item_id))
            cached = (index, fuzzy, tuple(sorted(set().union(*(f[1] for f in fuzzy)))))
            self._cache[kind] = cached
        return cached

    def resolve(self, kind: str, value: str) -> str | None:
        """A model's or a regex group's value made into a known id (exact id, then by name)."""
        for entry in self.entries:
            if entry.kind == kind and entry.id == value.strip():
                return entry.id
        return self.find(kind, value)
