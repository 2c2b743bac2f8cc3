"""Assemble the exam: accepted questions in blueprint order, balanced, numbered, scored, keyed."""

from __future__ import annotations

import re
from collections import Counter
from functools import partial
from typing import Any

from graphs.digest import text_digest
from graphs.exam_generation.balance import balance_options
from graphs.exam_generation.blueprint_check import full_blueprint
from graphs.exam_generation.capacity import small_material_note
from graphs.exam_generation.importance import is_document_admin
from graphs.exam_generation.later_cases import fact_parts
from graphs.exam_generation.left_rules_made import asked_by, told_true
from graphs.exam_generation.material import Material
from graphs.exam_generation.phrasing import phrase
from graphs.exam_generation.scope_lines import is_no_rule
from graphs.exam_generation.shortfall_reasons import PART_NEEDS as _PART_NEEDS
from graphs.exam_generation.shortfall_reasons import render, summarise
from graphs.exam_generation.true_false_balance import balance_true_false
from graphs.exam_generation.unread_rules import unread_rules
from graphs.exams import (
    QUESTION_TYPES,
    Blueprint,
    Exam,
    Language,
    Question,
    QuestionType,
    Shortfall,
)
from graphs.point_marks import split_marks
from graphs.text.document import Document
from graphs.text.facts import Fact, facts_for
from graphs.text.sentence_form import as_read

_Group = tuple[QuestionType, str | None, str | None]
"""A shortfall line: type, difficulty (None for a mix) and (requested) knowledge point."""


_FAQ_MARK = re.compile(r"^\s*(?:A|Q|答|问)\s*[:：]\s*")


def unused_rules(
    document: Document, accepted: list[dict[str, Any]], sentences: set[int] | None = None
) -> list[str]:
    """The material's rules (of the sentences given, or all) no accepted question rests on, in
    the material's order: a question rests on every fact its stem, quote or explanation states."""
    used = asked_by(accepted)
    facts = rule_facts(document)
    material = Material.of(document, document.language)
    unused: list[str] = []
    for fact in facts:
        if (sentences is not None and fact.sentence not in sentences) or used(fact.text):
            continue
        if fact.text != fact.quote and used(_FAQ_MARK.sub("", fact.quote)):
            # "You must charge for a standard tuning £85 …" is the FAQ answer "A: £85 within the
            # city zone." said whole; an item quoting the answer asks it (session 23 D16, m4)
            continue
        clauses = fact_parts(fact, material)
        if clauses and any(used(c.quote) for c in clauses):
            # A rule asked clause by clause: only its clauses no item asks are left.
            unused += [c.text for c in clauses if not used(c.quote) and c.text not in unused]
            continue
        text = fact.text
        # A rule stated with the one before it (「前台负责探视登记。当班护理员负责…」, "If the
        # learner is late, the instructor waits 15 minutes. After 15 minutes …"): the rule before
        # is listed on its own or was asked; only what this one adds is left (session 10
        # designer: m3's list named 前台负责探视登记 twice, m4's looked already asked).
        inner = max(
            (o.text for o in facts if o is not fact and text.startswith(o.text)),
            key=len,
            default="",
        )
        rest = text[len(inner) :].strip()
        if inner and rest:
            text = rest
        if is_no_rule(text, document.language):
            continue  # advice stated after a rule ("… office. Quote these terms accurately.")
        if text not in unused and not used(text):
            unused.append(text)
    return unused


def rule_facts(document: Document) -> list[Fact]:
    """The material's facts that are rules of the trade: not a line about the document, whom it
    is for, or advice on using it ("Quote these terms accurately.", scope_lines.py), which the
    note counted and quoted as untested rules (session 18 end designer D11)."""
    return [
        f
        for f in facts_for(document)
        if not is_document_admin(f) and not is_no_rule(f.text, document.language)
    ]


def rules_left(
    document: Document, accepted: list[dict[str, Any]], sentences: set[int] | None = None
) -> int:
    """How many of the material's rules no accepted question rests on (`unused_rules`)."""
    return len(unused_rules(document, accepted, sentences))


def final_reasons(
    reasons: dict[str, str],
    slots: list[dict[str, Any]],
    document: Document,
    accepted: list[dict[str, Any]],
    points: list[dict[str, Any]],
) -> dict[str, str]:
    """Each slot's reason told from the final exam (`shortfall_reasons.render`): one count of
    the rules left for every type, the count in the point for a slot on a requested point."""
    by_id = {s["id"]: s for s in slots}
    sentences = {p["name"]: set(p.get("sentences", [])) for p in points}
    left: dict[str | None, int] = {}
    told = {}
    per_part: dict[str, list[int]] = {}
    for slot_id, reason in reasons.items():
        slot = by_id.get(slot_id, {})
        point = slot.get("knowledge_point") if slot.get("fixed_point") else None
        if point not in left:
            left[point] = rules_left(document, accepted, sentences.get(point) if point else None)
        parts = None
        kind = slot.get("type")
        if kind in _PART_NEEDS:
            # A multi-fact question rests on one part's rules: told by part, not material-wide.
            if kind not in per_part:
                per_part[kind] = [
                    rules_left(document, accepted, part) for part in builder_parts(document, kind)
                ]
            need = _PART_NEEDS[kind]
            parts = (
                max(per_part[kind], default=0),
                sum(1 for n in per_part[kind] if n >= need),
                len(per_part[kind]),
            )
        told[slot_id] = told_true(
            reason,
            document,
            accepted,
            left[point],
            sentences.get(point) if point else None,
            flexible=bool(slot.get("flexible")),
        ) or render(reason, left[point], parts)
    return told


def builder_parts(document: Document, question_type: str) -> list[set[int]]:
    """The sentences of each part a multi-fact question of this type is built on, as its builder
    reads them: a multiple choice's heading (`Material.part`, the heading over FAQ questions), a
    short answer's FAQ subject or heading (`Material.answer_facts`). Counted by knowledge point
    instead, an FAQ whose questions are headings would read as parts of one or two rules."""
    material = Material.of(document, document.language)
    parts: dict[frozenset[int], set[int]] = {}
    for fact in material.facts:
        group = (
            material.part_facts(material.part(fact.section))
            if question_type == "multiple_choice"
            else material.answer_facts(fact)
        )
        key = frozenset(f.sentence for f in group)
        parts[key] = set(key)
    return list(parts.values())


def shortfall(
    slots: list[dict[str, Any]], pending: list[str], reasons: dict[str, str]
) -> list[Shortfall]:
    """Missing questions grouped by type, difficulty and (requested) knowledge point, each group
    with one reason (`shortfall_reasons.summarise`: the most constrained slot's, never two that
    contradict each other). A mixed blueprint's slots are one group per type and point: the
    trainer asked for a mix, not for the level the generator dealt each slot, and is not told to
    ask for one level."""
    groups: Counter[_Group] = Counter()
    why: dict[_Group, list[str]] = {}
    mixed: set[_Group] = set()
    by_id = {s["id"]: s for s in slots}
    for slot_id in pending:
        slot = by_id[slot_id]
        point = slot["knowledge_point"] if slot.get("fixed_point") else None
        flexible = bool(slot.get("flexible"))
        key: _Group = (slot["type"], None if flexible else slot["difficulty"], point)
        groups[key] += 1
        why.setdefault(key, []).append(reasons.get(slot_id, "no question passed validation"))
        if flexible:
            mixed.add(key)
    return [
        Shortfall.model_validate(
            {
                "type": t,
                "difficulty": d,
                "knowledge_point": p,
                "missing": n,
                "reason": summarise(why[(t, d, p)], t, (t, d, p) in mixed),
            }
        )
        for (t, d, p), n in groups.items()
    ]


def with_capacity(
    missing: list[Shortfall],
    blueprint: Blueprint,
    language: Language,
    document: Document,
    accepted: list[dict[str, Any]] | None = None,
    *,
    rounds: int | None = None,
) -> list[Shortfall]:
    """The shortfall, its first line followed by the exam's one note (capacity.small_material_note):
    how many questions came back, the rules the material holds and leaves untested, and a
    blueprint it can meet, checked with the run's `rounds` regeneration rounds. Once per exam:
    the same paragraph after every type's line told the trainer nothing new three times over."""
    if not missing:
        return missing
    counts: dict[str, int] = {t: blueprint.count(t) for t in QUESTION_TYPES}
    short: Counter[str] = Counter()
    for gap in missing:
        short[gap.type] += gap.missing
    facts = len(rule_facts(document))
    unused = unused_rules(document, accepted) if accepted is not None else None
    untested = len(unused) if unused is not None else None
    asked = asked_by(accepted or [])
    unread = [r for r in unread_rules(document) if not asked(r)] if accepted is not None else []
    check = (
        partial(full_blueprint, document.text, blueprint, language, rounds=rounds)
        if accepted
        else None
    )
    told = small_material_note(
        language, facts, counts, short, untested, unused or (), unread, check=check
    )
    if not told:
        return missing
    joiner = "。" if language == "zh" else ". "
    first = missing[0]
    return [
        first.model_copy(update={"reason": f"{first.reason.rstrip('。.')}{joiner}{told}"}),
        *missing[1:],
    ]


def assemble(
    accepted: list[dict[str, Any]],
    slots: list[dict[str, Any]],
    blueprint: Blueprint,
    language: Language,
    text: str,
    title_hint: str | None,
    missing: list[Shortfall],
) -> Exam:
    """The exam: questions in slot order, options balanced, numbered from 1, with scores."""
    order = {s["id"]: i for i, s in enumerate(slots)}
    ranked = sorted(accepted, key=lambda a: order.get(a["slot"], len(order)))
    questions = [Question.model_validate(a["question"]) for a in ranked]
    questions.sort(key=lambda q: QUESTION_TYPES.index(q.type))
    digest = text_digest(text)
    # True/false keys spread (session 10 designer: m2 and m3 all "true"), before the options.
    questions = balance_true_false(
        questions,
        text,
        language,
        digest,
        mixed=blueprint.difficulty == "mixed",
        any_point=not blueprint.knowledge_points,
    )
    questions = balance_options(questions, digest)
    # The quote as the learner read it: "**10 litres**" was checked against the material as
    # written, and is shown as rendered.
    numbered = [
        q.model_copy(
            update={
                "number": i + 1,
                "score": blueprint.score(q.type),
                "source_quote": as_read(q.source_quote),
                # A teacher's whole or half marks per point (2/2/1), not 5/3 each.
                "point_scores": split_marks(blueprint.score(q.type), q.scoring_points)
                if q.type == "short_answer"
                else [],
            }
        )
        for i, q in enumerate(questions)
    ]
    title = blueprint.title or (
        phrase(language, "title", name=title_hint)
        if title_hint
        else phrase(language, "title_default")
    )
    return Exam(
        title=title,
        language=language,
        questions=numbered,
        total_score=sum(q.score for q in numbered),
        answer_key={str(q.number): q.answer for q in numbered},
        shortfall=missing,
        blueprint=blueprint,
        material_hash=digest,
    )
