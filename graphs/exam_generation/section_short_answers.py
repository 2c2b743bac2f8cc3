"""A Chinese short answer on a whole small section: the stem names the section, the points are
every rule it states.

The short answer of short_answers.py asks each scoring point by its own subject (「（1）维修工须在
多长时间内到场？」) and so needs every point to open on a subject or a condition it can ask by.
Chinese course rules are often said without one: an order (「收衣时要当着顾客的面检查口袋」),
a duty with 要 or 就 (「服务员要把锅往桌子里侧挪」), a sign-off (「钥匙由店长保管」). A section of
such rules made no short answer at all, and a Chinese exam asked single words only (session 13,
four materials: 0 of 2 short answers each). A trainer asks such a section whole: 「“收衣检查”部分
有哪些规定？请写出全部三条。」, the reference answer being its rules.

Sound only when the answer is settled: the points are all of the section's rules (read as facts
or not, graphs/exam_generation/unread_rules.stated_rules), two to four of them, none tested by
another question (a fill-in printing one would hand it over), each a whole rule short enough to
recall; a section with more rules, an FAQ answer or a headingless material is not asked so.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from graphs.exam_generation import difficulty
from graphs.exam_generation.ask_hints import hint
from graphs.exam_generation.difficulty_reasons import difficulty_reason
from graphs.exam_generation.material import Material
from graphs.exam_generation.phrasing import phrase
from graphs.exam_generation.point_parts import point_parts
from graphs.exam_generation.rule_opening import ANY_MODAL, figures
from graphs.exam_generation.section_stems import en_section_stem, is_stage
from graphs.exam_generation.short_answer_pool import restates
from graphs.exam_generation.short_answers import short_answer
from graphs.exam_generation.stem_parts import names_a_part
from graphs.exam_generation.subject_groups import group_of, subject_groups
from graphs.exam_generation.unread_rules import is_heading_line, stated_rules
from graphs.exam_generation.wording import section_point
from graphs.exams import Difficulty, Question
from graphs.text.facts import Fact
from graphs.text.faq_answers import faq_topics, question_headings

MAX_RULES = 4
"""More rules than this is a section to read, not one to write out from memory."""
MAX_RULE_CHARS = {True: 90, False: 200}
"""A rule longer than this (Chinese, English characters) is several to recall; the section is
asked rule by rule or not at all."""
_LEVELS: tuple[Difficulty, ...] = ("easy", "medium", "hard")
_COUNT = {2: "两", 3: "三", 4: "四"}
"""The count said in words: a digit in the stem reads as a figure of the rules."""
_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_ITEM_LABEL = re.compile(r"^[^，,；;。：:]{1,12}[：:]")
"""「安全与保密：」: a list item's label, which names the item, not each rule under it."""


def short_answer_or_section(
    material: Material, fact: Fact, target: Difficulty, point: str, used: set[int]
) -> tuple[Question, list[Fact]] | None:
    """A short answer asked rule by rule (short_answers.short_answer); where its rules have no
    subject to ask each by, in Chinese the fact's small section asked whole, or else its subject
    group (graphs/exam_generation/subject_groups). An English section
    headed by a stage of the work ("Before the visit") is asked whole first, by its stage: its
    rules asked one by one by their subjects read "What must the clients under a set number
    do?", and a policy of such sections made no short answer at all (session 16 designer D9,
    m3b)."""
    if not material.zh and is_stage(section_point(material.document, fact.section)):
        whole = section_short_answer(material, fact, target, point, used)
        if whole is not None:
            return whole
        if any(
            section_short_answer(material, fact, level, point, used) is not None
            for level in _LEVELS
            if level != target
        ):
            # The section is asked whole at another level: a "mixed" blueprint's slot takes
            # it there (offline_writer tries the nearest levels next), not rule by rule here.
            return None
    made = short_answer(material, fact, target, point, used)
    if made is None and material.zh:
        made = _whole(material, fact, target, point, used)
    return made


def _whole(
    material: Material, fact: Fact, target: Difficulty, point: str, used: set[int]
) -> tuple[Question, list[Fact]] | None:
    return section_short_answer(material, fact, target, point, used) or subject_short_answer(
        material, fact, target, used
    )


def subject_short_answer(
    material: Material, fact: Fact, target: Difficulty, used: set[int]
) -> tuple[Question, list[Fact]] | None:
    """A short answer asking every rule of the subject group `fact` belongs to
    (graphs/exam_generation/subject_groups): 「关于海绵池，课程材料有哪些规定？请写出全部两条
    （写明人数）。」, or None where it belongs to none or the group is no settled answer."""
    group = group_of(material.document, fact.sentence)
    if group is None or section_heading_of(material, fact):
        return None
    if any(group.subject not in _ITEM_LABEL.sub("", rule) for rule in group.rules):
        # 「安全与保密：服务人员…发生意外伤害的，由乙方…承担保险理赔」 names 保密 only in its label:
        # asked 「关于保密…」, its point answered another question (session 15 D8, e2 Q9)
        return None
    rules = list(zip(group.sentences, group.rules, strict=True))
    return asked_whole(
        material, rules, target, used, group.subject, "short_stem_subject", subject=group.subject
    )


def section_heading_of(material: Material, fact: Fact) -> bool:
    """The fact stands under an FAQ question or topic: its answer is asked by its question."""
    document = material.document
    return fact.section in question_headings(document) or fact.section in faq_topics(document)


def section_short_answer(
    material: Material, fact: Fact, target: Difficulty, point: str, used: set[int]
) -> tuple[Question, list[Fact]] | None:
    """A short answer asking every rule of `fact`'s section, or None when the section is no
    settled answer (see the module docstring) or its rating is not `target`. `used`: sentences
    other questions rest on."""
    document = material.document
    section = fact.section
    if (
        not section
        or material.part(section) != section
        or section in question_headings(document)
        or section in faq_topics(document)
    ):
        return None
    name = section_point(document, section)
    if not names_a_part(material, name):
        return None
    rules = [
        (i, text) for i, text in stated_rules(document) if document.sentences[i].section == section
    ]
    if not 2 <= len(rules) <= MAX_RULES or _rules_left_out(material, section, rules):
        return None
    return asked_whole(material, rules, target, used, name, "short_stem_section", point=name)


def _rules_left_out(material: Material, section: str, rules: list[tuple[int, str]]) -> bool:
    """A sentence of the section with a modal word or a figure that is not among `rules`
    (「身高超过1.95米的游客须经值班主管同意后方可乘坐」 after a 「；」, not read as a rule): 「请写出
    全部三条」 would leave it out of the key (session 15 lead, m3 Q6)."""
    document = material.document
    listed = {i for i, _ in rules}
    return any(
        sentence.section == section
        and sentence.index not in listed
        and not sentence.text.lstrip().startswith("#")
        and not is_heading_line(document.text, sentence.start, sentence.text)
        and (
            ANY_MODAL[material.zh].search(sentence.text) is not None or bool(figures(sentence.text))
        )
        for sentence in document.sentences
    )


def askable_points(material: Material) -> list[dict[str, Any]]:
    """Knowledge points a short answer can ask whole, best first: small sections (two to four
    stated rules, each short enough to recall; more rules first), then in Chinese subject groups
    (graphs/exam_generation/subject_groups), as points {"name", "sentences", "chosen_by"}."""
    document = material.document
    rules = stated_rules(document)
    sections: list[tuple[int, dict[str, Any]]] = []
    for section, indices in document.sections.items():
        own = [text for i, text in rules if document.sentences[i].section == section]
        name = section_point(document, section)
        if (
            section
            and 2 <= len(own) <= MAX_RULES
            and not _rules_left_out(
                material,
                section,
                [(i, t) for i, t in rules if document.sentences[i].section == section],
            )
            and all(len(text) <= MAX_RULE_CHARS[material.zh] for text in own)
            and material.part(section) == section
            and section not in question_headings(document)
            and section not in faq_topics(document)
            and names_a_part(material, name)
        ):
            sections.append((len(own), _point(name, list(indices), "section")))
    ranked = [p for _, p in sorted(sections, key=lambda pair: -pair[0])]
    if not material.zh:
        return ranked
    groups = [_point(g.subject, list(g.sentences), "subject") for g in subject_groups(document)]
    return ranked + [g for g in groups if g["name"] not in {p["name"] for p in ranked}]


def _point(name: str, sentences: list[int], chosen_by: str) -> dict[str, Any]:
    return {"name": name, "sentences": sentences, "chosen_by": chosen_by}


def asked_whole(
    material: Material,
    rules: list[tuple[int, str]],
    target: Difficulty,
    used: set[int],
    knowledge_point: str,
    stem_key: str,
    **stem: str,
) -> tuple[Question, list[Fact]] | None:
    """A short answer whose points are all of `rules` (sentence index, text), its stem phrasing's
    `stem_key` with `stem` and the count; None when they are no settled answer (a rule too long
    to recall, a fact shared with another sentence, a rule another question uses) or its rating
    is not `target`. A rule stated twice is one point (short_answer_pool.distinct): two points
    for one rule credit it twice."""
    zh = material.zh
    if any(len(text) > MAX_RULE_CHARS[zh] for _, text in rules):
        return None
    document = material.document
    indices = {i for i, _ in rules}
    facts = _facts_of(material, indices)
    # A fact stated with a sentence of another section, or resting on one another question
    # uses, is not this section's alone.
    if not facts or any(not f.sentences <= indices for f in facts) or indices & used:
        return None
    kept: list[tuple[int, str]] = []
    for i, text in rules:
        # 「经典套餐含2套服装」 and 「臻选套餐含4套服装」 share their words, not their figures:
        # two rules, and 「全部两条」 of three would be a false count
        if not any(
            restates(text, other, material.zh) and _DIGITS.findall(text) == _DIGITS.findall(other)
            for _, other in kept
        ):
            kept.append((i, text))
    if len(kept) < 2:
        return None
    points = [text.rstrip("。；;，,. ") for _, text in kept]
    depth = sum(difficulty.depth(position) for position in range(len(points))) / len(points)
    elements = sum(difficulty.recall_elements(p) for p in points)
    if difficulty.rate(difficulty.short_answer_score(len(points), depth, elements)) != target:
        return None
    parts = [point_parts(p, zh) for p in points]
    quotes = [document.sentences[i].text.strip() for i, _ in kept]
    said = _hint(facts, points, zh)
    return (
        Question(
            type="short_answer",
            stem=phrase(
                material.language,
                stem_key,
                count=_COUNT[len(points)],
                hint=f"（写明{said}）" if said else "",
                **stem,
            )
            if zh
            else en_section_stem(knowledge_point, len(points), f"give {said}" if said else ""),
            answer=["；".join(points) + "。" if zh else ". ".join(points) + "."],
            scoring_points=[part for each in parts for part in each],
            explanation="\n".join(phrase(material.language, "source", quote=q) for q in quotes),
            knowledge_point=knowledge_point,
            difficulty=target,
            difficulty_reason=difficulty_reason(
                target,
                {
                    "combined": (0.5, min(1.0, (len(points) - 2) / 2)),
                    "elements": (0.5, min(1.0, max(0, elements - 2) / 4)),
                },
                material.language,
                count=len(points),
                elements=elements,
            ),
            source_quote=quotes[0],
            point_sources=[q for q, each in zip(quotes, parts, strict=True) for _ in each],
        ),
        facts,
    )


def _facts_of(material: Material, indices: set[int]) -> list[Fact]:
    """The material's facts on these sentences, one a sentence (its longest statement)."""
    best: dict[int, Fact] = {}
    for f in material.facts:
        if f.sentence in indices and (
            f.sentence not in best or len(f.text) > len(best[f.sentence].text)
        ):
            best[f.sentence] = f
    return [best[i] for i in sorted(best)]


def _hint(facts: list[Fact], points: list[str], zh: bool) -> str:
    """「时限和负责人」, "the time limit and who is responsible": the kinds of figure the points
    themselves hold and who they name, said once each. Read from the points, not their facts: a
    fact may carry the sentence stated in front of it, and 「写明期限和次数」 asked for a count no
    point holds."""
    words: list[str] = []
    bare = replace(facts[0], anchors=())  # the figures' kinds are read from the point alone
    for point in points:
        said = [w for w in _HINT_JOIN[zh].split(hint(bare, point, "", zh)) if w]
        if any(
            _ROLE[zh] in hint(f, f.text, "", zh)
            and any("role" in (a.role, a.semantic) and a.text in point for a in f.anchors)
            for f in facts
        ):
            said.append(_ROLE[zh])
        words += [w for w in said if w not in words]
    if not words:
        return ""
    join, last = ("、", "和") if zh else (", ", " and ")
    return last.join(words) if len(words) <= 2 else join.join(words[:-1]) + last + words[-1]


_ROLE = {True: "负责人", False: "who is responsible"}
_HINT_JOIN = {True: re.compile(r"[和、]"), False: re.compile(r",\s*|\s+and\s+")}
