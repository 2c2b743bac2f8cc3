"""The material's own lexicon: whole terms, so that a blank or a key never cuts a word.

jieba's dictionary does not know a course's terms: it splits 免赔额 into 免 / 赔额 and 验光单上 into
验光 / 单上. A `Lexicon` re-segments the material's sentences with jieba's posseg and then merges
tokens into the material's own terms:

- a quantity with its unit is one term (3个月, 5℃, 14 days);
- a single-character content token glued to a content word is one term (免+赔额, 棉+滤芯,
  防+蓝光+镜片): Chinese single characters are bound morphemes far more often than words;
- a run of two or three content tokens that recurs in the material (值班+经理, 区域+经理) is one
  term: what the material keeps saying as a unit is a unit;
- English: a hyphenated word is one term, and a noun phrase (modifiers and a head noun, word
  classes from `word_class`) that recurs in the material is one term ("restocking fee").

`cuts_word(text, start, end)` tells a validator or a builder whether a span would split such a
term. No global state changes: jieba's dictionary is never touched, so materials do not leak into
each other.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from graphs.exams import Language
from graphs.text.language import detect_language
from graphs.text.segment import tokenize, warm_up
from graphs.text.sentences import split_sentences
from graphs.text.terms import NUMBER_PATTERN

_FUNCTION_TAGS = frozenset(
    {"p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "r", "d", "y", "e", "o", "x", "w", "f"}
)
"""jieba tags of tokens that are never part of a term (prepositions, particles, pronouns, ...)."""
_CONTENT_TAGS = ("n", "v", "a", "b", "j", "l", "i", "z", "s", "t", "e", "k", "h", "g")
_VERB_SUFFIX_BLOCK = frozenset(
    "为是在有和与及或的了着过内外前后上下中里每各该本此其应须需将可会能要把被从向到于由以之等经凭按据时"
)
"""Single characters that are grammar, not a bound morpheme, even when jieba tags them so (时 ends
a clause of time, 发药时, 购买时: never the first syllable of the noun after it, 时+药师)."""
_CJK = re.compile(r"[\u4e00-\u9fff]")
_EN_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'\-]*[A-Za-z0-9]|[A-Za-z0-9]")
_MAX_RUN = 3
_MIN_RECUR = 2
_SEGMENT_CACHE = 4096


@dataclass(frozen=True)
class Segment:
    """One whole term or token of a text: its text, offsets and a coarse tag."""

    text: str
    start: int
    end: int
    tag: str
    """jieba's tag for a single token, `term` for a merged term, `qty` for a quantity."""


_FREE_VERB_FREQ = 3500
"""jieba dictionary frequency above which a one-character verb is a word of its own (设, 用, 给),
below which it is a bound morpheme of the term after it (免 in 免赔额, 防 in 防蓝光)."""


def _bound_morpheme(seg: Segment) -> bool:
    if not _is_content(seg.tag):
        return False
    if not seg.tag.startswith("v"):
        return True
    import jieba

    return int(jieba.dt.FREQ.get(seg.text, 0)) < _FREE_VERB_FREQ


def _is_content(tag: str) -> bool:
    return tag not in _FUNCTION_TAGS and tag.startswith(_CONTENT_TAGS)


_FUSED_MODAL = re.compile(r"^([时后前均则仍亦也都还即])([须应需])$")
"""jieba's 时须 / 均须 / 则应: a grammar character fused with the modal after it, which hides the
rule's modal (购买时须登记 reads as 购买 / 时须 / 登记). Split back into the two."""


_ROLE_SUFFIX = re.compile(r"^([员师])([须应需]?)$")
"""jieba's 收件 / 员须 and 派送 / 员: the suffix that makes the word before it a role (收件员,
派送员), split off alone or fused with the modal after it. It belongs to the word before."""


_AGENT_SUFFIX = frozenset(["人", "者", "方"])
"""jieba's 购买 / 人 / 身份证: the suffix that makes the verb before it a party (购买人, 使用者,
出租方). It belongs to the verb; bound to the noun after it, it makes 人身份证."""


def _zh_tokens(text: str) -> list[Segment]:
    segments: list[Segment] = []
    offset = 0
    for token in tokenize(text, "zh"):
        start = text.find(token.word, offset)
        if start < 0:  # pragma: no cover - jieba returns slices of its input
            continue
        offset = start + len(token.word)
        fused = _FUSED_MODAL.match(token.word)
        suffix = _ROLE_SUFFIX.match(token.word)
        before = segments[-1] if segments else None
        if (
            suffix
            and before is not None
            and before.end == start
            and _CJK.match(before.text)
            and _is_content(before.tag)
        ):
            segments[-1] = Segment(before.text + suffix.group(1), before.start, start + 1, "n")
            if suffix.group(2):
                segments.append(Segment(suffix.group(2), start + 1, start + 2, "d"))
        elif (
            token.word in _AGENT_SUFFIX
            and before is not None
            and before.end == start
            and before.tag.startswith("v")
            and len(before.text) >= 2
        ):
            segments[-1] = Segment(before.text + token.word, before.start, offset, "n")
        elif fused:
            segments.append(Segment(fused.group(1), start, start + 1, "f"))
            segments.append(Segment(fused.group(2), start + 1, start + 2, "d"))
        else:
            segments.append(Segment(token.word, start, start + len(token.word), token.pos))
    return segments


def _resegment(
    text: str, segments: list[Segment], spans: list[tuple[int, int]], tag: str = "term"
) -> list[Segment]:
    """Segments re-cut so that each span (non-overlapping) is one `term`.

    A span need not follow jieba's boundaries: 验光单 inside jieba's 验光 / 单上 becomes 验光单 / 上.
    """
    cuts = {0, len(text)}
    for seg in segments:
        cuts.update((seg.start, seg.end))
    for start, end in spans:
        cuts = {c for c in cuts if not start < c < end}
        cuts.update((start, end))
    tags = {(seg.start, seg.end): seg.tag for seg in segments}
    ordered = sorted(cuts)
    out = []
    for start, end in pairwise(ordered):
        piece = text[start:end]
        if piece.strip():
            out.append(Segment(piece, start, end, tags.get((start, end), tag)))
    return out


def _quantity_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in NUMBER_PATTERN.finditer(text)]


class Lexicon:
    """Whole terms of one material, and segmentation of its sentences into them."""

    def __init__(self, material: str, language: Language) -> None:
        self.language: Language = language
        self.material = material
        self._segments: dict[str, list[Segment]] = {}
        self.recurring: Counter[str] = Counter()
        """Multi-token terms the material repeats, with how often it says them."""
        if language == "zh":
            warm_up()
            self._learn_zh(material)
        else:
            self._learn_en(material)

    @classmethod
    def of(cls, material: str, language: Language | None = None) -> Lexicon:
        """The lexicon of a material (cached: builders and validators ask for the same one)."""
        return _cached(material, language or detect_language(material))

    # -- learning -------------------------------------------------------------------------------

    def _learn_zh(self, material: str) -> None:
        runs: Counter[str] = Counter()
        alone: Counter[str] = Counter()
        parts: dict[str, list[Segment]] = {}
        # Sentences, not lines: the analysis tags the same strings, so jieba runs once per text.
        lines = [
            (s.text, self._glued(s.text, _zh_tokens(s.text))) for s in split_sentences(material)
        ]
        for _, segments in lines:
            for seg in segments:
                alone[seg.text] += 1
            for size in range(2, _MAX_RUN + 1):
                for i in range(len(segments) - size + 1):
                    run = segments[i : i + size]
                    if _term_shaped(run):
                        joined = "".join(s.text for s in run)
                        runs[joined] += 1
                        parts.setdefault(joined, run)
        recurring = Counter({k: v for k, v in runs.items() if v >= _MIN_RECUR})
        self.recurring = _cohesive(recurring, parts, alone)
        self.recurring.update(_attributive_compounds(lines))
        self.recurring.update(_free_ngrams(material, self.recurring, lines))

    def _learn_en(self, material: str) -> None:
        from graphs.text.word_class import en_phrase_runs

        counts: Counter[str] = Counter()
        for line in material.splitlines():
            for phrase in en_phrase_runs(line):
                counts[phrase.lower()] += 1
        self.recurring = Counter({k: v for k, v in counts.items() if v >= _MIN_RECUR})

    # -- segmentation ---------------------------------------------------------------------------

    def _glued(self, text: str, segments: list[Segment]) -> list[Segment]:
        """Quantities with their units, and single-character morphemes with their word."""
        merged = _resegment(text, segments, _quantity_spans(text), tag="qty")
        spans: list[tuple[int, int]] = []
        i = 0
        while i < len(merged):
            first = merged[i]
            j = i
            # 免 + 赔额, 防 + 蓝光 + 镜片, 棉 + 滤芯: a lone character bound to the word after it.
            while (
                j + 1 < len(merged)
                and merged[j].end == merged[j + 1].start
                and len(merged[j].text) == 1
                and _CJK.match(merged[j].text)
                and merged[j].text not in _VERB_SUFFIX_BLOCK
                and _bound_morpheme(merged[j])
                and merged[j + 1].tag != "qty"
                and _is_content(merged[j + 1].tag)
                # 观摩区 + 禁止: a modal starts the predicate, it is never part of a term.
                and merged[j + 1].text not in _MODALS
            ):
                j += 1
            if j > i:
                spans.append((first.start, merged[j].end))
            i = j + 1
        return _resegment(text, merged, spans)

    def segment(self, text: str) -> list[Segment]:
        """The text as whole terms and tokens, in order (offsets into `text`)."""
        cached = self._segments.get(text)
        if cached is None:
            cached = self._segment(text)
            if len(self._segments) < _SEGMENT_CACHE:
                self._segments[text] = cached
        return cached

    def _segment(self, text: str) -> list[Segment]:
        if self.language == "en":
            return self._segment_en(text)
        segments = self._glued(text, _zh_tokens(text))
        spans = []
        for term in sorted(self.recurring, key=len, reverse=True):
            for match in re.finditer(re.escape(term), text):
                spans.append(match.span())
        return _resegment(text, segments, _non_overlapping(spans))

    def _segment_en(self, text: str) -> list[Segment]:
        segments = [Segment(m.group(), m.start(), m.end(), "eng") for m in _EN_WORD.finditer(text)]
        spans = list(_quantity_spans(text))
        lowered = text.lower()
        for term in sorted(self.recurring, key=len, reverse=True):
            for match in re.finditer(rf"(?<![A-Za-z]){re.escape(term)}(?![A-Za-z])", lowered):
                spans.append(match.span())
        return _resegment(text, segments, _non_overlapping(spans))

    def cuts_word(self, text: str, start: int, end: int) -> bool:
        """True when the span [start, end) of `text` begins or ends inside a whole term."""
        if start >= end:
            return False
        for seg in self.segment(text):
            if seg.start < start < seg.end or seg.start < end < seg.end:
                return True
        if self.language == "en":
            before = text[start - 1 : start]
            after = text[end : end + 1]
            inner_left, inner_right = text[start : start + 1], text[end - 1 : end]
            if (before.isalnum() or before == "-") and inner_left.isalnum():
                return True
            if (after.isalnum() or after == "-") and inner_right.isalnum():
                return True
        return False

    def whole_terms(self, text: str) -> list[Segment]:
        """The segments of `text` that are content: terms, quantities, content words."""
        return [
            s
            for s in self.segment(text)
            if s.tag in ("term", "eng", "qty") or _is_content(s.tag) or s.tag.startswith("m")
        ]


_EDGE_CHARS = frozenset(
    "和时不的了在和与及或为是对把被从向到于由以之其每各该本此应须需将可会能要也都就还并且而但如若等内外上下中里后前个一"
)
"""Characters a term does not begin or end with: grammar, not vocabulary."""
_NGRAM_SIZES = range(3, 7)
_INNER_GRAMMAR = frozenset("的了和与及或是在为")
_MODALS = frozenset(
    [
        "应",
        "须",
        "需",
        "需要",
        "必须",
        "应当",
        "应该",
        "可以",
        "可",
        "要",
        "会",
        "能",
        "不得",
        "不能",
        "不可",
        "禁止",
        "负责",
    ]
)
_NOUN_TAGS = ("n", "vn", "j", "an", "eng", "ng")


ZH_MANNER = frozenset(
    ["书面", "口头", "当面", "电话", "现场", "线上", "线下", "亲自", "统一", "及时", "立即"]
)
"""Nouns jieba tags so that are adverbs of manner here (书面确认, 当面清点): a verb follows."""
ZH_NOT_IN_TERMS = (
    ZH_MANNER
    | frozenset("经凭按据向由对将把被给")
    | frozenset(["办理", "报告", "清点", "通知", "提醒", "告知", "免费", "收费"])
)
"""Words jieba may tag as nouns that a term never holds: adverbs of manner, prepositions
(客人经销售部确认) and verbs it reads as nouns (人员办理入住)."""


def _term_shaped(run: list[Segment]) -> bool:
    """Adjacent content tokens ending in a noun, with no quantity among them: a term's shape."""
    if not all(a.end == b.start for a, b in pairwise(run)):
        return False
    if any(s.tag in ("term", "qty") or s.tag.startswith("m") for s in run):
        return False
    if not all(_is_content(s.tag) for s in run) or any(s.text in ZH_NOT_IN_TERMS for s in run):
        return False
    if run[0].text in _VERB_SUFFIX_BLOCK:
        return False  # 时 + 收银员 (结账时收银员须…): grammar before a term, however often said
    joined = "".join(s.text for s in run)
    return (
        run[-1].tag.startswith(_NOUN_TAGS) and 3 <= len(joined) <= 8 and bool(_CJK.search(joined))
    )


def _attributive_compounds(lines: list[tuple[str, list[Segment]]]) -> Counter[str]:
    """Verb + noun compounds whose verb the material only ever uses before a noun.

    值班 in 值班经理 and 值班厨师: a verb that never stands as a predicate is a modifier, and the
    compound is one term even where it occurs once.
    """
    total: Counter[str] = Counter()
    attributive: Counter[str] = Counter()
    compounds: Counter[str] = Counter()
    for _, segments in lines:
        for index, seg in enumerate(segments):
            after = segments[index + 1] if index + 1 < len(segments) else None
            if not seg.tag.startswith("v") or seg.tag == "vn" or len(seg.text) < 2:
                continue
            total[seg.text] += 1
            before = segments[index - 1] if index else None
            # After an adverb or a modal (必须上报, 应检查) a verb is a predicate, not a modifier.
            predicate = before is not None and (
                before.tag.startswith("d") or before.text in _MODALS
            )
            noun_after = (
                after is not None and after.start == seg.end and after.tag.startswith(_NOUN_TAGS)
            )
            if noun_after and not predicate:
                assert after is not None
                attributive[seg.text] += 1
                compounds[seg.text + after.text] += 1
    verbs = {v for v, n in total.items() if n >= _MIN_RECUR and attributive[v] == n}
    return Counter({c: n for c, n in compounds.items() if any(c.startswith(v) for v in verbs)})


def _cohesive(
    runs: Counter[str], parts: dict[str, list[Segment]], alone: Counter[str]
) -> Counter[str]:
    """Runs whose verbs only ever occur inside the run (值班 in 值班经理; not 提醒 in 提醒顾客)."""
    kept: Counter[str] = Counter()
    for joined, count in runs.items():
        verbs = [s for s in parts[joined][:-1] if s.tag.startswith("v") and s.tag != "vn"]
        if all(alone[v.text] <= count for v in verbs):
            kept[joined] = count
    return kept


def _free_ngrams(
    material: str, known: Counter[str], lines: list[tuple[str, list[Segment]]]
) -> Counter[str]:
    """Chinese character n-grams the material repeats as a free unit (new-word discovery).

    A candidate recurs at least twice, has no grammar character at either edge, is followed (and
    preceded) by different characters in different places (a fixed neighbour means it is part of
    a longer unit), and is not inside a longer candidate that recurs as often.
    """
    stats: dict[str, tuple[int, set[str], set[str]]] = {}
    for run in re.findall(r"[\u4e00-\u9fff]+", material):
        for size in _NGRAM_SIZES:
            for i in range(len(run) - size + 1):
                gram = run[i : i + size]
                if gram[0] in _EDGE_CHARS or gram[-1] in _EDGE_CHARS:
                    continue
                count, left, right = stats.get(gram, (0, set(), set()))
                left.add(run[i - 1] if i > 0 else "^")
                right.add(run[i + size] if i + size < len(run) else "$")
                stats[gram] = (count + 1, left, right)
    found = {
        gram: count
        for gram, (count, left, right) in stats.items()
        if count >= _MIN_RECUR
        and (len(left) >= 2 or "^" in left)
        and (len(right) >= 2 or "$" in right)
        and gram not in known
    }
    maximal: Counter[str] = Counter()
    for gram, count in found.items():
        if any(c in _INNER_GRAMMAR for c in gram[1:-1]):
            continue
        if any(gram in other and found[other] >= count for other in found if other != gram):
            continue
        if _repairs_jieba(gram, lines):
            maximal[gram] = count
    return maximal


def _repairs_jieba(gram: str, lines: list[tuple[str, list[Segment]]]) -> bool:
    """True when jieba always starts a token where the n-gram starts, but somewhere ends a token
    past its end (验光单 in 验光 / 单上): the n-gram mends a split, not a phrase of whole words."""
    cut_inside = False
    for line, segments in lines:
        starts = {s.start for s in segments}
        ends = {s.end for s in segments}
        for match in re.finditer(re.escape(gram), line):
            if match.start() not in starts:
                return False
            if match.end() not in ends:
                token = next(s for s in segments if s.start < match.end() < s.end)
                if line[match.end()] not in _EDGE_CHARS:
                    return False  # 镜架调 in 镜架 / 调校: the rest of the token is a word
                cut_inside = token.end > match.end()
    return cut_inside


def _non_overlapping(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Longest spans first, none overlapping another kept span."""
    kept: list[tuple[int, int]] = []
    for start, end in sorted(spans, key=lambda s: (-(s[1] - s[0]), s[0])):
        if all(end <= a or b <= start for a, b in kept):
            kept.append((start, end))
    return sorted(kept)


def clear_lexicons() -> None:
    """Forget the cached lexicons (see graphs/text/caches.py)."""
    _cached.cache_clear()


@lru_cache(maxsize=32)
def _cached(material: str, language: Language) -> Lexicon:
    return Lexicon(material, language)
