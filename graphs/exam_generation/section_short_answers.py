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
from typing import Any

from graphs.exam_generation.faq_short_answers import answer_points, faq_short_answer
from graphs.exam_generation.material import Material
from graphs.exam_generation.rule_opening import ANY_MODAL, figures
from graphs.exam_generation.section_stems import is_stage, printed_heading
from graphs.exam_generation.short_answers import short_answer
from graphs.exam_generation.stem_parts import names_a_part
from graphs.exam_generation.subject_groups import group_of, subject_groups
from graphs.exam_generation.unread_rules import is_heading_line, stated_rules
from graphs.exam_generation.whole_answers import MAX_RULE_CHARS, MAX_RULES, asked_whole
from graphs.exam_generation.wording import section_point
from graphs.exams import Difficulty, Question
from graphs.text.facts import Fact
from graphs.text.faq_answers import faq_topics, question_headings
from graphs.text.segment import tokenize

_LEVELS: tuple[Difficulty, ...] = ("easy", "medium", "hard")
_ITEM_LABEL = re.compile(r"^[^，,；;。：:]{1,12}[：:]")
"""「安全与保密：」: a list item's label, which names the item, not each rule under it."""


def short_answer_or_section(
    material: Material, fact: Fact, target: Difficulty, point: str, used: set[int]
) -> tuple[Question, list[Fact]] | None:
    """A short answer asked rule by rule (short_answers.short_answer); where its rules have no
    subject to ask each by, in Chinese the fact's small section asked whole, or else its subject
    group (graphs/exam_generation/subject_groups); an FAQ answer's question asked whole
    (graphs/exam_generation/faq_short_answers). An English section headed by a stage of the work
    ("Before the visit") is asked whole first, by its stage: its rules asked one by one by their
    subjects read "What must the clients under a set number do?", and a policy of such sections
    made no short answer at all (session 16 designer D9, m3b)."""
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
    if made is None and fact.answer:
        # An FAQ answer's rules say what their question asked: the question asked whole.
        made = faq_short_answer(material, fact, target, used)
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
    if _verb(group.subject):
        # 「关于属于，课程材料有哪些规定？」: a verb two rules share names no topic (session 19
        # end teacher T12, C Q8)
        return None
    if any(group.subject not in _ITEM_LABEL.sub("", rule) for rule in group.rules):
        # 「安全与保密：服务人员…发生意外伤害的，由乙方…承担保险理赔」 names 保密 only in its label:
        # asked 「关于保密…」, its point answered another question (session 15 D8, e2 Q9)
        return None
    rules = list(zip(group.sentences, group.rules, strict=True))
    rules = sorted(rules + _continuations(material, rules))
    return asked_whole(
        material, rules, target, used, group.subject, "short_stem_subject", subject=group.subject
    )


def _continuations(material: Material, rules: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The sentences a group's rules go on to after a semicolon that the group leaves out: 「台面为
    石材的，须由客户书面确认后方可开孔，开孔费为每孔80元；开孔过程中石材开裂的，由技师所属班组承担
    赔偿。」 is one rule, and 「关于台面…请写出全部两条」 without its second half left the cracking
    liability out of the key (session 20 end designer D13, m1 #16): the count covers it."""
    sentences = material.document.sentences
    listed = {i for i, _ in rules}
    added: list[tuple[int, str]] = []
    for i, _ in rules:
        after = i + 1
        while (
            after < len(sentences)
            and after not in listed
            and sentences[after].section == sentences[i].section
            and sentences[after - 1].text.rstrip().endswith(("；", ";"))
        ):
            added.append((after, sentences[after].text))
            listed.add(after)
            after += 1
    return added


def _verb(subject: str) -> bool:
    """A subject that is one verb (属于): what two rules do alike, not what they are about."""
    tokens = [t for t in tokenize(subject, "zh") if t.pos not in ("x", "w")]
    return len(tokens) == 1 and tokens[0].pos.startswith("v") and tokens[0].pos != "vn"


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
    if not names_a_part(material, name) or not printed_heading(document, name):
        return None  # 「“总则”部分」 names a heading the material does not print
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
    stated rules, each short enough to recall; more rules first), FAQ questions whose answer is
    a settled key (graphs/exam_generation/faq_short_answers), then in Chinese subject groups
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
            and printed_heading(document, name)
        ):
            sections.append((len(own), _point(name, list(indices), "section")))
    ranked = [p for _, p in sorted(sections, key=lambda pair: -pair[0])]
    ranked += answer_points(material)
    if not material.zh:
        return ranked
    groups = [
        _point(g.subject, list(g.sentences), "subject")
        for g in subject_groups(document)
        if not _verb(g.subject)
    ]
    return ranked + [g for g in groups if g["name"] not in {p["name"] for p in ranked}]


def _point(name: str, sentences: list[int], chosen_by: str) -> dict[str, Any]:
    return {"name": name, "sentences": sentences, "chosen_by": chosen_by}
