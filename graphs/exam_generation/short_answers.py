"""Offline short-answer questions on the ideas of one knowledge point.

The scoring points are whole facts of one section, each with the figures, roles and terms that
make it true (a fact is a whole sentence of the material, cleaned of markup); the reference answer
is those facts, numbered; the stem names the section and asks each rule by its subject and the kind
of fact it states (short_answer_asks: 「（1）叉车司机须满足哪些条件才能独立驾驶？」), so that every
scoring point answers exactly one ask and no ask copies its rule out. Two to four points give the
difficulty, with how deep under the heading the facts sit. An FAQ whose every question is a
heading of its own holds one answer a section: its questions on one subject are the section
(graphs/text/faq_answers.faq_topics), and the stem names the subject. Where a point ends in its fact is rule_points'.
"""

from __future__ import annotations

from graphs.exam_generation import difficulty
from graphs.exam_generation.ask_hints import HINT
from graphs.exam_generation.cross_references import refers_elsewhere
from graphs.exam_generation.difficulty_reasons import difficulty_reason
from graphs.exam_generation.item_points import items_topic
from graphs.exam_generation.material import Material
from graphs.exam_generation.phrasing import phrase
from graphs.exam_generation.point_parts import point_parts
from graphs.exam_generation.rule_points import rule_point as _point
from graphs.exam_generation.section_stems import printed_heading
from graphs.exam_generation.shared_cases import shared_case
from graphs.exam_generation.short_answer_asks import ask
from graphs.exam_generation.short_answer_pool import (
    bare_figure,
    distinct,
    glued,
    restriction,
    restricts,
    two_rules,
)
from graphs.exam_generation.stem_parts import beyond_its_entry, names_a_part
from graphs.exam_generation.wording import section_point
from graphs.exams import Difficulty, Question
from graphs.text.facts import Fact
from graphs.text.faq_answers import faq_topics, question_headings

MAX_POINT_CHARS = {True: 70, False: 220}


def _usable(material: Material, fact: Fact, zh: bool) -> bool:
    return (
        len(fact.text) <= MAX_POINT_CHARS[zh]
        # A point from an FAQ answer ("The parent …") needs its question: the stem names it only
        # where the question is the section's own title ("Can I bring a guest?").
        and (not fact.answer or fact.section.rstrip("*").endswith(("?", "？")))
        # A table row read as a statement ("Stay: standard; small dog (<10 kg): $40") is a price
        # to look up, not a rule a trainer asks in words.
        and not fact.quote.lstrip().startswith("|")
        and not glued(material, fact)
        and not two_rules(material, fact)
        # 「…但须遵守本制度第八条」: the rule is the article it names (cross_references)
        and not refers_elsewhere(_point(fact), zh)
        and (asked := ask(fact, _point(fact), zh)) is not None
        # 「安装后应如何处理？」 where other rules open on 安装完成后 too (shared_cases)
        and shared_case(material, fact, asked) is None
        and (
            "figure" in fact.kinds
            or len(fact.kinds) >= 2
            or fact.modal is not None
            # an order ("Record existing damage on the ticket …"): a duty with no modal word
            or not bare_figure(fact)
        )
    )


def _alike(asks: list[str]) -> bool:
    """Two asks are one, their hints aside, or one is the other with a word in front
    (「（1）床垫凹陷深度有什么规定？（2）凹陷深度有什么规定？」, session 19 end teacher T12, C Q8)."""
    bare = [HINT.sub("", a).strip() for a in asks]
    return any(a.endswith(b) or b.endswith(a) for i, a in enumerate(bare) for b in bare[i + 1 :])


def _continued(fact: Fact, section: list[Fact]) -> bool:
    """Another fact states this one's sentence with the one after it ("If a Direct Debit fails,
    we retry once after 7 days. If it fails twice, the card is suspended …"): alone, a point on
    it stops before its consequence."""
    return any(f.sentences > fact.sentences for f in section)


def short_answer(
    material: Material, fact: Fact, target: Difficulty, point: str, used: set[int]
) -> tuple[Question, list[Fact]] | None:
    """A short answer on the facts of `fact`'s section, starting from `fact`; and the facts used."""
    zh = material.zh
    section = material.answer_facts(fact)
    topic = faq_topics(material.document).get(fact.section)
    if topic is not None:
        # Each FAQ question a heading of its own holds one answer: the rules of the questions on
        # one subject make the short answer, which names the subject.
        point = topic.name
    elif fact.section in question_headings(material.document):
        # A question heading of its own is its answer's topic, not the heading before it.
        point = section_point(material.document, fact.section) or point
    pool = [fact] + [
        f
        for f in section
        if f.sentences.isdisjoint(fact.sentences)
        and f.sentences.isdisjoint(used)
        and _usable(material, f, zh)
        and not _continued(f, section)
        and not restricts(material, min(f.sentences))  # its point is the rule's before it
        # its restriction or other case, which its point states, is another question's
        and not (restricts(material, f.sentence + 1) and f.sentence + 1 in used)
    ]
    # Procedures and duties before bare figures: a short answer asks what to do, and a figure
    # left is one a choice or fill-in item can ask.
    pool[1:] = sorted(pool[1:], key=bare_figure)
    if len([f for f in pool if not bare_figure(f)]) >= 2:
        pool = [f for f in pool if not bare_figure(f)]
    if topic is not None:
        # Rules of the other questions first: a short answer on a subject spans its questions.
        pool[1:] = sorted(pool[1:], key=lambda f: f.section == fact.section)
    if (
        not _usable(material, fact, zh)
        # "Stay: standard; cat: $28" is a figure to recall, which a choice or a fill-in asks: a
        # short answer starts from a rule (a duty, a condition, a responsibility)
        or bare_figure(fact)
        or _continued(fact, section)
        or restricts(material, min(fact.sentences))
        or (restricts(material, fact.sentence + 1) and fact.sentence + 1 in used)
    ):
        return None
    pool = distinct(pool, zh)
    for size in range(2, min(4, len(pool)) + 1):
        chosen = sorted(pool[:size], key=lambda f: f.sentence)
        depth = sum(difficulty.depth(f.position) for f in chosen) / size
        points = [_point(f) + restriction(material, f, _point(f)) for f in chosen]
        elements = sum(difficulty.recall_elements(p) for p in points)
        if difficulty.rate(difficulty.short_answer_score(size, depth, elements)) != target:
            continue
        asks = [ask(f, p, zh) or "" for f, p in zip(chosen, points, strict=True)]
        if _alike(asks):
            continue  # two asks alike: the learner cannot tell which rule goes where
        # one point per condition or duty a rule lists, so that grading credits each
        parts = [point_parts(p, zh) for p in points]
        reference = ("；" if zh else ". ").join(p.rstrip("。.") for p in points) + (
            "。" if zh else "."
        )
        return (
            Question(
                type="short_answer",
                stem=phrase(
                    material.language,
                    "short_stem"
                    if names_a_part(material, point, faq_topic=topic is not None)
                    and (topic is not None or printed_heading(material.document, point))
                    and not beyond_its_entry(point, chosen)
                    else "short_stem_whole",
                    point=point,
                    asks=("" if zh else " ").join(
                        f"（{i}）{a}" if zh else f"({i}) {a}" for i, a in enumerate(asks, 1)
                    ),
                ),
                answer=[reference],
                scoring_points=[part for each in parts for part in each],
                explanation="\n".join(
                    phrase(material.language, "source", quote=f.quote) for f in chosen
                ),
                knowledge_point=items_topic(material, chosen, point),
                difficulty=target,
                difficulty_reason=difficulty_reason(
                    target,
                    {
                        # named by how far past two points it goes: 2 points are "only 2 rules"
                        "combined": (0.5, min(1.0, (size - 2) / 2)),
                        "elements": (0.5, min(1.0, max(0, elements - 2) / 4)),
                    },
                    material.language,
                    count=size,
                    elements=elements,
                ),
                source_quote=chosen[0].quote,
                point_sources=[
                    f.quote for f, each in zip(chosen, parts, strict=True) for _ in each
                ],
            ),
            chosen,
        )
    return None
