"""Finding a phrase in a learner's turn, and whether the turn negates it.

`TurnText` holds one turn three ways: as written (NFKC), folded for matching (case, punctuation and
spaces removed) with a map back to the written text, and its negation cues (graphs/text/negation.py,
computed once per turn). A phrase is found when it occurs as is, or when rapidfuzz's partial_ratio
reaches the threshold for its length (a typo, an inserted word): `FUZZY_LONG` for phrases of six
characters or more, the stricter `FUZZY_SHORT` for four or five, none below (a two-character
Chinese word is matched exactly). English phrases are matched word for word on word bounds (up to two
intensifiers may stand between their words: "I totally understand" is "i understand"), never
fuzzily ("end" is not in "spend", "happy anniversary" is not in "is it an anniversary"); a last
word of four letters or more also matches its inflections ("drops" hears "drop", "dropping"). A phrase inside a negation's scope is not said: "我们不保证一定能
瘦" makes no promise, while "非常抱歉" is an apology (非常 is no negation).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz

from graphs.exams import Language
from graphs.text.negation import NegationCue, negation_cues

FUZZY_LONG = 80
FUZZY_SHORT = 90
FUZZY_MIN_CHARS = 4
LONG_CHARS = 6

_PUNCTUATION = re.compile(r"[\W_]+", re.UNICODE)
_CLAUSE_MARKS = frozenset("，,、；;：:。！？!?\n")
_SENTENCE = re.compile(r"[^。！!？?\n.;；]+[。！!？?.;；]?")


DENIED_AFTER: dict[Language, re.Pattern[str]] = {
    "en": re.compile(
        r"(?:[\s'’\-]+[a-z0-9'’\-]+){0,4}?\s+(?:is|are|was|were|will|would|can|does|do)?\s*"
        r"(?:not|n't|never|isn't|aren't|wasn't|weren't|won't|can't|cannot|doesn't|don't)\s+"
        r"(?:be\s+|come\s+)?(?:included|available|possible|offered|on offer|part of|free|with)\b",
        re.IGNORECASE,
    ),
    "zh": re.compile(
        r"[^，,。；;！!？?]{0,6}?(?:是|都|也)?(?:不|没有?)(?:含|包含|包括|提供|附带|赠送|送|在内)"
    ),
}
"""A denial that follows what it denies: "…is not included", "…aren't available", 「…不包含」."""

INSERTED_MAX = 2
"""Adverbs or intensifiers an English phrase may hold between its words ("I totally understand"
is "i understand", "I do really appreciate" is "i appreciate")."""
INSERTABLE = (
    "really",
    "totally",
    "completely",
    "fully",
    "truly",
    "absolutely",
    "entirely",
    "quite",
    "very",
    "so",
    "just",
    "do",
    "does",
    "did",
    "honestly",
    "certainly",
    "definitely",
    "genuinely",
    "still",
    "also",
    "all",
)
"""The words that may be inserted: they intensify, they never change what the phrase says."""
_INSERTED = r"(?:[\s'’\-]+(?:" + "|".join(INSERTABLE) + r")){0," + str(INSERTED_MAX) + "}"
ENGLISH_INFLECTED_MIN = 4
"""English words this long or longer also match their inflections (drops: drop, dropping)."""
_ENGLISH_ENDINGS = r"(?:s|es|d|ed|ing|[a-z](?:ed|ing))?"


def _english_pattern(phrase: str) -> str:
    """A word-bounded pattern for an English phrase; its last word may be inflected."""
    words = re.findall(r"[a-z0-9]+", phrase.lower())
    parts = [re.escape(w) for w in words]
    last = words[-1] if words else ""
    if len(last) >= ENGLISH_INFLECTED_MIN and last.isalpha():
        stem = re.sub(r"(?:es|s|ed|ing)$", "", last) if len(last) > 5 else last.rstrip("s")
        parts[-1] = re.escape(stem) + _ENGLISH_ENDINGS
    joint = _INSERTED + r"[\s'’\-]+"
    return r"(?<![a-z0-9])" + joint.join(parts) + r"(?![a-z0-9])"


def normalise(text: str) -> str:
    """Fold width, case, whitespace and punctuation away (apostrophes too: don't -> dont)."""
    return _PUNCTUATION.sub("", unicodedata.normalize("NFKC", text).lower())


@dataclass(frozen=True)
class TurnText:
    """One learner turn, ready for phrase matching with negation scope."""

    raw: str
    """The turn as written (NFKC)."""
    folded: str
    """Lower case without punctuation or spaces."""
    origin: tuple[int, ...]
    """For each character of `folded`, its index in `raw`."""
    language: Language
    cues: tuple[NegationCue, ...]

    @classmethod
    def of(cls, text: str, language: Language) -> TurnText:
        """Prepare a turn (its negation cues are found once, here)."""
        raw = unicodedata.normalize("NFKC", text)
        lowered = raw.lower()
        kept = [(i, ch) for i, ch in enumerate(lowered) if not _PUNCTUATION.fullmatch(ch)]
        return cls(
            raw=raw,
            folded="".join(ch for _, ch in kept),
            origin=tuple(i for i, _ in kept),
            language=language,
            cues=tuple(negation_cues(raw, language)),
        )

    def find(self, phrase: str) -> tuple[int, int] | None:
        """The span of `raw` where the phrase occurs (exactly or fuzzily), or None."""
        wanted = normalise(phrase)
        if not wanted or not self.folded:
            return None
        if wanted.isascii():
            pattern = _english_pattern(phrase)
            match = re.search(pattern, self.raw.lower())
            return (match.start(), match.end()) if match else None
        at = self.folded.find(wanted)
        while at >= 0:
            span = self._span(at, at + len(wanted))
            if not _CLAUSE_MARKS.intersection(self.raw[span[0] : span[1]]):
                return span
            at = self.folded.find(wanted, at + 1)  # "明白，您说" is not "明白您"
        if len(wanted) >= FUZZY_MIN_CHARS and len(self.folded) >= len(wanted):
            threshold = FUZZY_LONG if len(wanted) >= LONG_CHARS else FUZZY_SHORT
            alignment = fuzz.partial_ratio_alignment(wanted, self.folded, score_cutoff=threshold)
            if alignment is not None and alignment.dest_end > alignment.dest_start:
                return self._span(alignment.dest_start, alignment.dest_end)
        return None

    def _span(self, start: int, end: int) -> tuple[int, int]:
        return self.origin[start], self.origin[end - 1] + 1

    def negated(self, start: int, end: int, cues_before: int | None = None) -> bool:
        """True when `raw[start:end]` lies inside an odd number of negation scopes; with
        `cues_before`, only cues starting before that index count (in "为什么没坚持下来" the 没
        belongs to the question, it denies nothing)."""
        inside = sum(
            1
            for cue in self.cues
            if cue.end <= start
            and end <= cue.scope_end
            and (cues_before is None or cue.start < cues_before)
        )
        return inside % 2 == 1

    def said(self, phrase: str, cues_before: int | None = None) -> bool:
        """True when the turn contains the phrase outside a negation's scope, and no denial
        follows it ("Breakfast is not included": `denied_after`)."""
        span = self.find(phrase)
        return (
            span is not None
            and not self.negated(*span, cues_before=cues_before)
            and not DENIED_AFTER[self.language].match(self.raw[span[1] :])
        )

    def denied_after(self, phrase: str) -> bool:
        """The phrase is the subject of a denial that follows it ("Breakfast is not included",
        「照片不包含在内」): the negation's scope starts after the phrase, and yet it gives
        nothing (session 21, eng-weak: "Breakfast is not included." credited breakfast)."""
        span = self.find(phrase)
        return span is not None and bool(DENIED_AFTER[self.language].match(self.raw[span[1] :]))

    def said_any(
        self, phrases: list[str] | tuple[str, ...], cues_before: int | None = None
    ) -> list[str]:
        """The phrases the turn says (negated ones left out)."""
        return [p for p in phrases if self.said(p, cues_before)]


def sentences(raw: str) -> list[str]:
    """The turn's sentences, each with its closing mark."""
    found = _SENTENCE.findall(unicodedata.normalize("NFKC", raw))
    return [s.strip() for s in found if s.strip()]
