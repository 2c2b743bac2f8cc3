"""The knowledge point a single-rule item reports: the rule's topic as a trainer names it.

    item_point   the point the slot was dealt when a learner asked for it or it is a part of the
                 material (a section's title); else the rule's own topic (`rule_topic`).
    rule_topic   the section over the rule when it has one that is not the document itself; else
                 the label its line opens on ("Deposit: customers pay …", 「额定制热量：…」); else
                 the rule's subject phrase: its first key term that names a thing, not a figure's
                 unit, a modal or a verb.
    items_topic  a multi-rule item's point: the dealt point where it names a part or a topic,
                 else the topic its rules share, or their two topics.
    topic_term   whether a key term may name a topic at all (graphs/exam_generation/knowledge.py
                 picks a flat material's points among such terms).

A material with no sections but its title gave every item the title for a point, or a key term the
item was dealt: a review list read 「需复习：家用光伏逆变器产品术语与参数说明（门店销售用）」, and points
read "pounds", "deposit", 「作业」, 「改动」, 「禁止」, 「货物」 (session 18 designer D11, teacher T11).
"""

from __future__ import annotations

import re
from typing import Any

from graphs.exam_generation.material import Material
from graphs.exam_generation.phrasing import phrase
from graphs.exam_generation.planning import MULTI_FACT_TYPES
from graphs.exam_generation.prose import cut_from
from graphs.exam_generation.stem_parts import names_a_part
from graphs.exam_generation.wording import names_the_document, section_point
from graphs.text.document import Document
from graphs.text.facts import Fact
from graphs.text.lexicon import Lexicon
from graphs.text.person_nouns import person_head
from graphs.text.units import UNITS
from graphs.text.word_class import en_word_classes

_LINE_LABEL = {
    "zh": re.compile(
        r"^\s*(?:\d+[.、)）]\s*)?(?P<label>[\u4e00-\u9fff、与和及]{2,8}(?:[（(][A-Za-z0-9 .-]{1,12}[）)])?)[：:](?!\d)",
        re.MULTILINE,
    ),
    "en": re.compile(
        r"^\s*(?:\d+[.)]\s*)?(?P<label>[A-Z][A-Za-z'’-]*(?: [A-Za-z'’-]+){0,2}):\s", re.MULTILINE
    ),
}
"""A line opening on its label: "5. Deposit: …", 「额定制热量：…」 (not a time, 8:00)."""
_MODAL_WORDS = re.compile(
    r"^(?:须|应|必须|应当|不得|严禁|禁止|可以|不可|不能|允许|需要|要求|规定|"
    r"must|may|should|shall|can|cannot|never|always|only|required?|allowed)$",
    re.IGNORECASE,
)
_GENERIC = re.compile(
    r"^(?:作业|改动|货物|工作|人员|事项|情况|时间|内容|操作|处理|全部|全体|系统|要求|规定|"
    r"costs?|fees?|full|half|standard|time|days?|hours?|items?|customers?|staff|rules?)$"
    r"|^[\u4e00-\u9fff]{1,4}(?:内|后|前|时|处)$",
    re.IGNORECASE,
)
"""Words every rule of a trade could hold: no trainer names a topic by them."""


def topic_term(document: Document, term: str) -> bool:
    """True when a key term can name what a rule is about: a noun or a name, no figure, unit,
    modal word or word of any rule."""
    found = document.terms.get(term)
    if found is None or found.kind not in ("noun", "name"):
        return False
    last = term.split()[-1]
    if document.language == "en" and not (
        {"NOUN", "PROPN"} & en_word_classes(last) or last.endswith("ing")
    ):
        return False  # "takes", "full": a verb or a modifier the tagger took for a noun
    return not (term.lower() in UNITS or _MODAL_WORDS.match(term) or _GENERIC.match(term))


def line_label(document: Document, fact: Fact) -> str:
    """The label the fact's line opens on ("" when none): every sentence of the line is its."""
    start = document.sentences[fact.sentence].start
    line_start = document.text.rfind("\n", 0, start) + 1
    found = _LINE_LABEL[document.language].match(document.text, line_start)
    return found["label"] if found is not None else ""


def rule_topic(document: Document, fact: Fact) -> str:
    """What the rule is about, as a trainer would name it (see the module's docstring)."""
    section = section_point(document, fact.section) if fact.section else ""
    if section and not names_the_document(document, section) and section != _title(document):
        return section
    label = line_label(document, fact)
    if label:
        return label
    sentence = document.sentences[fact.sentence].text
    lexicon = Lexicon.of(document.text)
    terms = [
        t
        for t in document.sentences[fact.sentence].terms
        if topic_term(document, t) and cut_from(t, document.text, lexicon) is None
    ]
    # The rule's subject phrase: its first thing named, a person only when it names no thing;
    # the head its parallel clauses repeat first (「弹簧床垫质保10年，乳胶床垫质保8年」 is on 床垫,
    # not 弹簧: session 19 end teacher T12, C Q7 on latex had the point 弹簧).
    terms.sort(key=lambda t: (person_head(t), -_repeats(sentence, t), _position(sentence, t)))
    return terms[0] if terms else ""


def _repeats(sentence: str, term: str) -> int:
    """How many clauses of the sentence name the term, when more than one do (else 1)."""
    clauses = re.split(r"[，,；;。]", sentence.lower())
    return max(1, sum(term.lower() in clause for clause in clauses))


def _position(sentence: str, term: str) -> int:
    found = sentence.lower().find(term.lower())
    return found if found >= 0 else len(sentence)


def _title(document: Document) -> str:
    first = document.sentences[0].section if document.sentences else ""
    return section_point(document, first) if first and len(document.sections) == 1 else ""


def item_point(
    material: Material,
    fact: Fact,
    point: str | None,
    points: list[dict[str, Any]],
    question_type: str,
) -> str:
    """The knowledge point of an item of `question_type` on `fact`, dealt `point`: a multi-rule
    item keeps the point its rules were gathered under; a single-rule item keeps one a learner
    asked for or that is a part of the material, else reports its rule's topic."""
    document = material.document
    dealt = point or section_point(document, fact.section)
    requested = any(p["name"] == point and p.get("chosen_by") == "request" for p in points)
    if not point and dealt and (names_the_document(document, dealt) or dealt == _title(document)):
        # A flat material's title names no item's topic, nor a multi-rule one's written in a
        # round that dropped the slot's point (session 21: a multiple choice on a lift-maintenance
        # procedure's rules, stated clause by clause, reported the procedure's title).
        dealt = ""
    # The last resort: the rule's first anchor, else the section's point after all (a clause
    # statement may hold no anchor, and an item must report some point).
    last = (
        fact.anchors[0].text if fact.anchors else (point or section_point(document, fact.section))
    )
    if question_type in MULTI_FACT_TYPES or requested or (point and names_a_part(material, point)):
        return dealt or rule_topic(document, fact) or last
    return rule_topic(document, fact) or dealt or last


def items_topic(material: Material, facts: list[Fact], point: str) -> str:
    """The knowledge point of an item on several rules (`facts`) dealt `point`: the point where
    it names a part of the material or can name a topic (`topic_term`); else the rules' own
    topic, the one they share or the two they have (「保洁员、物品」). A flat material's title
    or a word such as 属于 named no item's topic (session 19 end teacher T12, C Q8)."""
    document = material.document
    if names_a_part(material, point) or topic_term(document, point):
        return point
    topics = list(dict.fromkeys(t for f in facts if (t := rule_topic(document, f))))
    if len(topics) == 1:
        return topics[0]
    if len(topics) == 2:
        return phrase(document.language, "two_points", first=topics[0], second=topics[1])
    return point
