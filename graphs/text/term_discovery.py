"""Terms a Chinese material coins, found from the material itself (what jieba's dictionary lacks).

`material_terms` reads the material's sentences, already cut into mended tokens, and returns the
multi-token terms it keeps saying as a unit, with how often: runs of content tokens ending in a
noun that recur (值班+经理), verb + noun compounds whose verb is only ever a modifier (值班厨师),
and character n-grams that mend one of jieba's splits (验光单 in 验光 / 单上).
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from graphs.text.zh_tokens import CJK, VERB_SUFFIX_BLOCK, ZH_MODALS, Segment, is_content

_MAX_RUN = 3
MIN_RECUR = 2
"""How often a run must recur in a material to be one of its terms."""

_EDGE_CHARS = frozenset(
    "和时不的了在和与及或为是对把被从向到于由以之其每各该本此应须需将可会能要也都就还并且而但如若等内外上下中里后前个一"
)
"""Characters a term does not begin or end with: grammar, not vocabulary."""
_NGRAM_SIZES = range(3, 7)
_INNER_GRAMMAR = frozenset("的了和与及或是在为")
_NOUN_TAGS = ("n", "vn", "j", "an", "eng", "ng")


ZH_MANNER = frozenset(
    ["书面", "口头", "当面", "电话", "现场", "线上", "线下", "亲自", "统一", "及时", "立即", "自动"]
)
"""Nouns jieba tags so that are adverbs of manner here (书面确认, 当面清点, 自动冻结): a verb
follows."""
ZH_ADVERBS_AS_NOUNS = frozenset(
    (
        *("原本", "原来", "本来", "原先", "事先", "事前", "事后", "随时", "平时", "当时", "届时"),
        *("此前", "四周", "周围", "周边", "附近", "旁边"),
    )
)
"""Words jieba tags as nouns that say when or where, not what: 发现物品原本已有破损 (原本 is
"already", 物品原本 no term), 卸油区四周 (around it). A blank on 物品原本 cuts the phrase."""
ZH_HOW_MUCH = frozenset(["全部", "全额", "全数", "部分"])
"""Words that say how much of it an act takes (押金全部扣除, 押金全额退还): 押金全部 is no term, a
blank or an option on it a cut fragment (session 21, end D14's m3 Q2 offered it as a body)."""
ZH_NOT_IN_TERMS = (
    ZH_MANNER
    | ZH_ADVERBS_AS_NOUNS
    | ZH_HOW_MUCH
    | frozenset("经凭按据向由对将把被给")
    | frozenset(["办理", "报告", "清点", "通知", "提醒", "告知", "免费", "收费", "产生"])
)
"""Words jieba may tag as nouns that a term never holds: adverbs of manner, prepositions
(客人经销售部确认) and verbs it reads as nouns (人员办理入住, 协议产生的争议)."""


def material_terms(material: str, lines: list[tuple[str, list[Segment]]]) -> Counter[str]:
    """The material's own multi-token terms, with how often it says them.

    `lines` are the material's sentences with their mended tokens (quantities and bound
    morphemes already glued).
    """
    runs: Counter[str] = Counter()
    alone: Counter[str] = Counter()
    parts: dict[str, list[Segment]] = {}
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
    recurring = Counter({k: v for k, v in runs.items() if v >= MIN_RECUR})
    terms = _cohesive(recurring, parts, alone)
    terms.update(_attributive_compounds(lines))
    terms.update(_free_ngrams(material, terms, lines))
    return terms


def _term_shaped(run: list[Segment]) -> bool:
    """Adjacent content tokens ending in a noun, with no quantity among them: a term's shape."""
    if not all(a.end == b.start for a, b in pairwise(run)):
        return False
    if any(s.tag in ("term", "qty") or s.tag.startswith("m") for s in run):
        return False
    if not all(is_content(s.tag) for s in run) or any(s.text in ZH_NOT_IN_TERMS for s in run):
        return False
    if run[0].text in VERB_SUFFIX_BLOCK:
        return False  # 时 + 收银员 (结账时收银员须…): grammar before a term, however often said
    joined = "".join(s.text for s in run)
    return run[-1].tag.startswith(_NOUN_TAGS) and 3 <= len(joined) <= 8 and bool(CJK.search(joined))


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
                before.tag.startswith("d") or before.text in ZH_MODALS
            )
            noun_after = (
                after is not None and after.start == seg.end and after.tag.startswith(_NOUN_TAGS)
            )
            if noun_after and not predicate:
                assert after is not None
                attributive[seg.text] += 1
                compounds[seg.text + after.text] += 1
    verbs = {v for v, n in total.items() if n >= MIN_RECUR and attributive[v] == n}
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
        if count >= MIN_RECUR
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
