"""The grader's vocabulary: synonym groups, antonym pairs and denying words from synonyms.yaml.

`Vocabulary.canonical(text)` rewrites every listed synonym to its group's first term, so "退钱" and
"退款", "money back" and "refund" compare equal; `Vocabulary.antonym_clash(a, b)` says whether two
answers differ by a listed pair of opposites (线上/线下, allowed/not allowed);
`Vocabulary.denials_of(term)` lists the words that deny a term by themselves (refuse: not accept);
`Vocabulary.families` are the words for a group and its members (医护人员: 医生, 护士;
role_families.py reads them). Texts are folded
first (NFKC, lower case) so full-width and upper-case variants match too. English terms match whole
words only; Chinese terms match anywhere (jieba words are not needed for a listed term).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import yaml
from lemminflect import getAllLemmas

from graphs.errors import InvalidInput
from graphs.exam_grading.derivations import base_verb

VOCABULARY_FILE = Path(__file__).with_name("synonyms.yaml")


def fold(text: str) -> str:
    """NFKC width folding and lower case (length-preserving for CJK and ASCII text)."""
    return unicodedata.normalize("NFKC", text).lower()


def _term_pattern(terms: list[str]) -> re.Pattern[str] | None:
    if not terms:
        return None
    ordered = sorted(set(terms), key=len, reverse=True)
    parts = [
        rf"(?<![a-z]){re.escape(term)}(?![a-z])" if term.isascii() else re.escape(term)
        for term in ordered
    ]
    return re.compile("|".join(parts))


@dataclass(frozen=True)
class Family:
    """A word for a group (医护人员, "medical staff", its other names after it) and its members,
    each member with its own names (医生, 大夫)."""

    names: tuple[str, ...]
    members: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Vocabulary:
    """Synonym groups (first term canonical) and antonym pairs, folded."""

    synonyms: tuple[tuple[str, ...], ...]
    antonyms: tuple[tuple[str, str], ...]
    negations: tuple[tuple[str, str], ...] = ()
    """(word, what it denies): "refuse" states "not accept", 拒绝 states 不接受."""
    families: tuple[Family, ...] = ()
    """Words for a group and its members (role_families.py)."""

    def denials_of(self, term: str) -> tuple[str, ...]:
        """Canonical words that state the negation of `term` (canonical) on their own."""
        return tuple(
            self.canonical(word)
            for word, denied in self.negations
            if self.canonical(denied) == term
        )

    def canonical(self, text: str) -> str:
        """`text` folded, with every listed synonym replaced by its group's canonical term."""
        folded = fold(text)
        pattern, canonical = _synonym_index(self)
        if pattern is None:
            return folded
        return pattern.sub(lambda match: canonical[match.group()], folded)

    def variants(self, term: str) -> tuple[str, ...]:
        """Every term of `term`'s synonym group (just `term` when it is in none)."""
        folded = fold(term)
        for group in self.synonyms:
            if folded in group:
                return group
        return (folded,)

    def antonym_clash(self, given: str, expected: str) -> tuple[str, str] | None:
        """The pair of opposites that tells `given` from `expected`, if they differ by one.

        Both sides and the pair are read through the synonym groups first (不准 is 不得). A pair
        clashes when one side's text has the first term and the other side's the second
        (and not also the first), e.g. key "线上" and answer "线下", or key "not allowed" and answer
        "allowed".
        """
        left, right = self.canonical(given), self.canonical(expected)
        for pair in self.antonyms:
            first, second = self.canonical(pair[0]), self.canonical(pair[1])
            for a, b in ((first, second), (second, first)):
                if (
                    _holds(left, a, besides=b)
                    and not _holds(left, b, besides=a)
                    and _holds(right, b, besides=a)
                    and not _holds(right, a, besides=b)
                ):
                    return (b, a)
        return None


def as_written(term: str, point: str, vocabulary: Vocabulary) -> str:
    """A term (read through the synonym groups) as the point writes it, for a reason: 通知 where
    the point says 通知 (not its group's 告知), 前一天 (not 前每天)."""
    folded = vocabulary.canonical(point)
    if term in point or term not in folded:
        return term
    for group in vocabulary.synonyms:
        head = group[0]
        if head in term:
            for variant in group[1:]:
                if term.replace(head, variant) in point:
                    return term.replace(head, variant)
    return term


def _holds(text: str, term: str, *, besides: str) -> bool:
    """True when `term` occurs in `text` other than inside an occurrence of `besides`.

    "allowed" does not occur in "not allowed" besides "not allowed"; 可以 not in 不可以 besides 不可以.
    """
    if term in besides and term != besides:
        text = text.replace(besides, " ")
    pattern = _term_pattern([term])
    return bool(pattern and pattern.search(text))


@cache
def _synonym_index(vocabulary: Vocabulary) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    canonical = {term: group[0] for group in vocabulary.synonyms for term in group}
    return _term_pattern(list(canonical)), canonical


def parse_vocabulary(data: object, source: str) -> Vocabulary:
    """Check and fold the YAML document; errors name the file and the entry."""
    if not isinstance(data, dict):
        raise InvalidInput(f"{source}: expected a mapping with 'synonyms' and 'antonyms'")
    synonyms: list[tuple[str, ...]] = []
    for index, group in enumerate(data.get("synonyms") or []):
        if (
            not isinstance(group, list)
            or len(group) < 2
            or not all(isinstance(t, str) for t in group)
        ):
            raise InvalidInput(f"{source}: synonyms[{index}] must be a list of two or more terms")
        synonyms.append(tuple(dict.fromkeys(fold(t).strip() for t in group)))
    antonyms: list[tuple[str, str]] = []
    for index, pair in enumerate(data.get("antonyms") or []):
        if (
            not isinstance(pair, list)
            or len(pair) != 2
            or not all(isinstance(t, str) for t in pair)
        ):
            raise InvalidInput(f"{source}: antonyms[{index}] must be a pair of two terms")
        antonyms.append((fold(pair[0]).strip(), fold(pair[1]).strip()))
    negations: list[tuple[str, str]] = []
    for index, pair in enumerate(data.get("negations") or []):
        if (
            not isinstance(pair, list)
            or len(pair) != 2
            or not all(isinstance(t, str) for t in pair)
        ):
            raise InvalidInput(
                f"{source}: negations[{index}] must be a pair [word, what it denies]"
            )
        negations.append((fold(pair[0]).strip(), fold(pair[1]).strip()))
    families = tuple(
        _family(entry, f"{source}: families[{index}]")
        for index, entry in enumerate(data.get("families") or [])
    )
    return Vocabulary(tuple(synonyms), tuple(antonyms), tuple(negations), families)


def _family(entry: object, where: str) -> Family:
    """One `families` entry: {names: [...], members: [[...], [...]]}, two members or more."""
    if not isinstance(entry, dict):
        raise InvalidInput(f"{where} must be a mapping with 'names' and 'members'")
    names, members = entry.get("names"), entry.get("members")
    if not isinstance(names, list) or not names or not all(isinstance(n, str) for n in names):
        raise InvalidInput(f"{where}.names must be a list of one or more terms")
    if (
        not isinstance(members, list)
        or len(members) < 2
        or not all(
            isinstance(m, list) and m and all(isinstance(t, str) for t in m) for m in members
        )
    ):
        raise InvalidInput(f"{where}.members must be two or more lists of terms")
    return Family(
        names=tuple(fold(n).strip() for n in names),
        members=tuple(tuple(fold(t).strip() for t in m) for m in members),
    )


@cache
def default_vocabulary() -> Vocabulary:
    """The vocabulary shipped in synonyms.yaml (read once)."""
    text = VOCABULARY_FILE.read_text(encoding="utf-8")
    return parse_vocabulary(yaml.safe_load(text), str(VOCABULARY_FILE.name))


@lru_cache(maxsize=4096)
def lemma(word: str) -> str:
    """An English word's lemma (lemminflect's lexicon: asks -> ask, copies -> copy), so that
    point and answer compare word forms; British -ise and American -ize spellings fold together,
    and a noun made from a verb is that verb (agreement -> agree: derivations.py)."""
    word = word.lower().removesuffix("'s").removesuffix("’s").replace("ize", "ise")
    lemmas = getAllLemmas(word)
    for part_of_speech in ("VERB", "NOUN", "ADJ", "ADV"):
        if lemmas.get(part_of_speech):
            found = str(lemmas[part_of_speech][0])
            verb = base_verb(found) if part_of_speech == "NOUN" else None
            return (verb or found).replace("ize", "ise")
    for suffix in ("ing", "ed", "es", "s"):  # not in the lexicon: a crude suffix cut
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=16384)
def word_key(word: str) -> str:
    """An English word's lemma read through the shipped synonym groups: "approves" and "approval"
    (one group) compare equal, as do "manager's" and "manager"."""
    return default_vocabulary().canonical(lemma(word))
