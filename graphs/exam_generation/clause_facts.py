"""The facts a sentence holds clause by clause: one item per fact, not per sentence.

A sentence often states several facts: 「纸质单据保存3年」 beside 「收货单据须在收货完成后2小时内录入
系统」, 「大型犬每晚收费120元」 beside 「小型犬每晚收费80元」. The offline writer dealt each sentence
to one item, so a small material ran out of rules while half its figures stood unasked (issue 11:
45-65 % of a full blueprint on 600-1,200 characters). A clause that states a fact on its own is a
fact of its own (`clause_facts`): an item built from it prints that clause alone, so a second item
may rest on another clause of the sentence. Whether the two may stand together is still the
validators' call (substance.py: the same clause tested, a key printed by the other, the same
figure about the same subject).

A clause stands alone when it names what it is about and leans on no clause before it:
    - it holds a figure, a role or a modal (须, 不得, must: something to ask);
    - Chinese: its first word is a noun or a role (its own subject: 纸质单据…, not 每次不少于…,
      抽检不少于…), it sets no case for what follows (…的，) and follows no case (超过…未取的，每天
      收取…), and it asks no 「…的」 of an unnamed subject (温度高于8摄氏度的整批拒收);
    - English: it is the sentence's first clause, or one after "; " or ", and/but " that opens on
      a noun phrase; it points back to nothing (it, them, this, that …).
"""

from __future__ import annotations

import re
from dataclasses import replace

from graphs.exam_generation.material import Material
from graphs.text.fact_kinds import kinds_of, modal_cue
from graphs.text.facts import Fact
from graphs.text.lexicon import Lexicon
from graphs.text.similarity import normalise

MIN_CLAUSE_CHARS = {True: 6, False: 20}
"""Characters of a clause worth asking on its own (Chinese / English)."""
_ZH_BREAK = re.compile(r"[，,；;]")
_EN_BREAK = re.compile(r";\s+|,\s+(?:and|but)\s+")
_ZH_SUBJECT_TAGS = ("b", "s", "term", "eng")
"""Besides nouns (n…): attributes (小型犬, 纸质单据), places, the material's terms."""
_ZH_CASE_END = re.compile(r"(?:的|时|后|前|期间|以内|之内)$")
_ZH_CASE_OPEN = re.compile(r"^(?:如果|若|如|凡|对于|对|在|当|除|经|超过|未|逾期)")
_ZH_UNNAMED = re.compile(r"的(?:整批|一律|全部|均|须|应|不|可|按|由)")
_EN_OPEN = re.compile(r"^(?:a|an|the|every|each|all|no|any|[A-Z][a-z]+|[a-z]+s)\b")
_EN_POINTS_BACK = re.compile(
    r"\b(?:it|its|they|them|their|this|that|these|those|he|she|his|her|there)\b", re.IGNORECASE
)
_EN_CASE_OPEN = re.compile(r"^(?:if|when|unless|once|after|before|within|otherwise)\b", re.I)


def _spans(text: str, zh: bool) -> list[tuple[int, int]]:
    """The clauses of a sentence as (start, end) offsets, end before its break."""
    body = text.rstrip("。.！!？? ")
    spans, start = [], 0
    for match in (_ZH_BREAK if zh else _EN_BREAK).finditer(body):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(body)))
    return [(s, e) for s, e in spans if e > s]


def _stands_alone_zh(clause: str, before: str | None, lexicon: Lexicon, roles: set[str]) -> bool:
    if before is not None and (
        _ZH_CASE_END.search(before.strip()) or _ZH_CASE_OPEN.search(before.strip())
    ):
        return False  # 「超过90天未取的，按…处理」: the clause before sets its case
    if _ZH_CASE_END.search(clause) or _ZH_CASE_OPEN.search(clause) or _ZH_UNNAMED.search(clause):
        return False
    segments = lexicon.segment(clause)
    if not segments:
        return False
    first = segments[0]
    if first.text.startswith("每") and len(segments) > 1:
        # 「每托货物高度不得超过…」, 「每次探视不超过…」 name what they measure; 「每次不少于…」 not.
        first = segments[1]
        return _subject(first.tag) or first.tag in ("v", "vn")
    return first.text in roles or _subject(first.tag)


def _subject(tag: str) -> bool:
    return tag.startswith("n") or tag in _ZH_SUBJECT_TAGS


def _shortened(fact: Fact, start: int, end: int, lexicon: Lexicon) -> bool:
    """The clause at start:end opens on part of a term another clause names in full (「疫苗须在…」
    beside 「…出示有效的狂犬疫苗证明」): it is about that clause's thing, and prints part of its key."""
    opening = [a.text for a in fact.anchors if a.start == start] or [
        s.text for s in lexicon.segment(fact.text[start:end])[:1]
    ]
    others = [a.text for a in fact.anchors if a.end <= start or a.start >= end]
    return any(len(o) >= 2 and o in t and o != t for o in opening for t in others)


def _stands_alone_en(clause: str, first: bool) -> bool:
    if _EN_POINTS_BACK.search(clause) or _EN_CASE_OPEN.search(clause):
        return False
    return first or bool(_EN_OPEN.search(clause))


def clause_facts(fact: Fact, material: Material) -> list[Fact]:
    """The facts the sentence of `fact` states clause by clause, each stated from its clause
    alone (its text and quote the clause, its anchors those within it); none when the sentence
    is one clause, leans on another sentence, or is part of an FAQ answer."""
    zh = material.zh
    if fact.lead is not None or fact.answer:
        return []
    spans = _spans(fact.text, zh)
    if len(spans) < 2:
        return []
    language = material.document.language
    lexicon = Lexicon.of(material.text, language)
    roles = {a.text for a in fact.anchors if a.role == "role"}
    made: list[Fact] = []
    for index, (start, end) in enumerate(spans):
        raw = fact.text[start:end]
        clause = raw.strip()
        start += len(raw) - len(raw.lstrip())
        end = start + len(clause)
        if len(clause) < MIN_CLAUSE_CHARS[zh] or clause not in fact.quote:
            continue
        anchors = tuple(
            replace(a, start=a.start - start, end=a.end - start)
            for a in fact.anchors
            if a.start >= start and a.end <= end
        )
        before = fact.text[spans[index - 1][0] : spans[index - 1][1]] if index else None
        if _shortened(fact, start, end, lexicon):
            continue
        alone = (
            _stands_alone_zh(clause, before, lexicon, roles)
            if zh
            else _stands_alone_en(clause, index == 0)
        )
        if not alone:
            continue
        text = (clause[0].upper() + clause[1:] if not zh else clause) + ("。" if zh else ".")
        cue = modal_cue(text, language, lexicon)
        if cue is None and not any(a.role in ("figure", "role") for a in anchors):
            continue  # nothing to ask: no figure, no role, no must or must not
        kinds = kinds_of(text, language, list(anchors), cue[3] if cue else None, lexicon)
        made.append(
            replace(
                fact,
                text=text,
                quote=clause,
                kinds=tuple(kinds),
                anchors=anchors,
                modal=cue[:3] if cue else None,
                clause=True,
            )
        )
    return made


def more_facts(material: Material) -> int:
    """Facts the material's sentences hold beyond one each, counted as the writer asks them: a
    sentence of n clauses that each state a fact on their own (`by_clause`) holds n, not 1."""
    return sum(max(0, len(clause_facts(f, material)) - 1) for f in material.facts)


def taken_sentences(material: Material, taken: set[str]) -> set[int]:
    """Sentences of the facts an accepted item rests on (`taken`: the accepted items' stems,
    quotes and explanations, normalised): one that states a fact, or a clause of its sentence
    (then the sentence is no longer free whole; its other clauses still are, `open_clauses`)."""
    return set().union(
        *(
            f.sentences
            for f in material.facts
            if any(normalise(f.text) in t for t in taken)
            or any(normalise(c.quote) in t for c in clause_facts(f, material) for t in taken)
        )
    )


def asked_before(fact: Fact, used: set[int], quotes: set[str]) -> bool:
    """Whether a fact is taken: a sentence's when another item uses the sentence (`used`), a
    clause's when an item quotes that clause (`quotes`, normalised)."""
    if fact.clause:
        return normalise(fact.quote) in quotes
    return not fact.sentences.isdisjoint(used)


def open_clauses(
    material: Material, facts: list[Fact], used: set[int], taken: set[str]
) -> list[Fact]:
    """The clause facts of those `facts` whose sentence another item already uses, none of them
    one an item quotes (`taken`, normalised): what is left to ask of a material's used sentences."""
    return [
        c
        for f in facts
        if not f.sentences.isdisjoint(used) and len(clause_facts(f, material)) >= 2
        for c in clause_facts(f, material)
        if normalise(c.quote) not in taken
    ]


def by_clause(facts: list[Fact], material: Material) -> list[Fact]:
    """The facts as a single-fact item takes them: a sentence of two or more clauses that each
    state a fact on their own as those clauses (both items then print their clause alone), any
    other as the sentence."""
    out: list[Fact] = []
    for fact in facts:
        clauses = clause_facts(fact, material)
        out.extend(clauses if len(clauses) >= 2 else [fact])
    return out
