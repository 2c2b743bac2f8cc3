"""A multiple choice on one list of the material: its items stated with the lead-in's rule.

「以下物品不得带入园内：打火机、小于3厘米的玩具零件、玻璃制品、刀具。」 is what a trainer asks as
「以下哪些说法符合材料？」 over its items: 「打火机，不得带入园内。」 true, 「玻璃制品，可以带入园内。」
false by the lead-in's modal flipped (or an item's figure changed). Every option is an item the
material lists, never one it does not (graphs/text/inline_lists.py reads the list); each item is
stated once, true or changed, so no option shows another false.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace

from graphs.exam_generation import difficulty
from graphs.exam_generation.difficulty_reasons import difficulty_reason
from graphs.exam_generation.false_options import statement_ok
from graphs.exam_generation.false_statements import (
    FalseStatement,
    change_figure,
    flip_modality,
)
from graphs.exam_generation.material import Material
from graphs.exam_generation.phrasing import phrase
from graphs.exams import Difficulty, Language, Option, Question
from graphs.text.anchors import anchors_of
from graphs.text.fact_kinds import modal_cue
from graphs.text.facts import Fact
from graphs.text.imperatives import is_imperative
from graphs.text.inline_lists import inline_list_at
from graphs.text.lexicon import Lexicon

_KEYS = "ABCDEFGH"
_COLON = re.compile(r"：|: ")
_ZH_ANNOUNCED = re.compile(r"^(?:以下|下列)[\u4e00-\u9fff]{0,4}?(?=不|禁|严|须|必|应|一律)")
_EN_ANNOUNCED = re.compile(
    r"^the following(?:\s+\w+)?\s+(?=(?:may|must|are|is|can|cannot|will|should)\b)", re.I
)


def item_statement(lead: str, item: str, language: Language) -> str | None:
    """The lead-in's rule stated of one item, or None when the lead-in does not open on its
    pointer ("以下物品" + 「不得带入园内」 -> 「打火机，不得带入园内。」)."""
    if language == "zh":
        found = _ZH_ANNOUNCED.match(lead)
        return f"{item}，{lead[found.end() :]}。" if found else None
    found = _EN_ANNOUNCED.match(lead)
    if found is None:
        return None
    said = f"{item[:1].upper()}{item[1:]}"
    if is_imperative(said):
        return None  # "Check the till must be done …": an act listed is no subject
    return f"{said} {lead[found.end() :]}."


def list_choice(
    material: Material, fact: Fact, target: Difficulty, point: str
) -> tuple[Question, list[Fact]] | None:
    """A multiple choice over the items of the list `fact` states, or None (no list of four
    items, or too few of them can be made surely false)."""
    if not _COLON.search(fact.text):
        return None  # no lead-in: most facts, told apart before any list is read
    language = material.language
    lexicon = Lexicon.of(material.text, language)
    listed = inline_list_at(material.document, fact.sentence, lexicon)
    if listed is None or len(listed.items) < 4:
        return None
    said = [item_statement(listed.lead, item, language) for item in listed.items]
    if any(s is None or not statement_ok(s, material.zh) for s in said):
        return None
    items = [_as_fact(fact, s, material, lexicon) for s in said if s is not None]
    falses: list[tuple[int, FalseStatement]] = []
    for at in reversed(range(len(items))):  # the last items changed: the list's head stays true
        made = [*change_figure(items[at]), *flip_modality(items[at], material.zh)]
        made = [m for m in made if statement_ok(m.statement, material.zh)]
        if made and len(falses) < 2:
            falses.append((at, made[0]))
    changed = {at for at, _ in falses}
    trues = [i.text for at, i in enumerate(items) if at not in changed][:3]
    if len(trues) < 2 or not falses:
        return None
    texts = trues + [f.statement for _, f in falses]
    order = sorted(range(len(texts)), key=lambda i: hashlib.sha1(texts[i].encode()).digest())
    keys = sorted(_KEYS[order.index(i)] for i in range(len(trues)))
    quote = fact.text
    explanation = "\n".join(
        [phrase(language, "source", quote=quote)]
        + [
            phrase(language, "false_because", quote=quote, original=f.original, changed=f.changed)
            for _, f in falses
        ]
    )
    depth = difficulty.depth(fact.position)
    subtle = sum(
        difficulty.subtlety(difficulty.measured_change(f.kind, f.original, f.changed))
        for _, f in falses
    ) / len(falses)
    score = difficulty.statements_score(depth, len(trues), subtle)
    question = Question(
        type="multiple_choice",
        stem=phrase(language, "statements_stem", point=point),
        options=[Option(key=_KEYS[i], text=texts[k]) for i, k in enumerate(order)],
        answer=keys,
        explanation=explanation,
        knowledge_point=point,
        difficulty=difficulty.rate(score),
        difficulty_reason=difficulty_reason(
            difficulty.rate(score),
            {
                "depth": (0.25, depth),
                "combined": (difficulty.STATEMENTS_WEIGHT, min(1.0, (len(trues) - 2) / 2)),
                "similarity": (difficulty.FALSES_WEIGHT, subtle),
            },
            language,
            count=len(trues),
        ),
        source_quote=fact.quote,
    )
    return (question, [fact]) if question.difficulty == target else None


def _as_fact(fact: Fact, statement: str, material: Material, lexicon: Lexicon) -> Fact:
    """One item's statement as a fact of the list's sentence, for the safe changes to read."""
    found = modal_cue(statement, material.language, lexicon)
    anchors = anchors_of(statement, material.document, lexicon)
    return replace(
        fact,
        text=statement,
        anchors=tuple(anchors),
        modal=(found[0], found[1], found[2]) if found else None,
    )
