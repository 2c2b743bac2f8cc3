"""Offline short-answer questions on the ideas of one knowledge point.

The scoring points are whole facts of one section, each with the figures, roles and terms that
make it true (a fact is a whole sentence of the material, cleaned of markup); the reference answer
is those facts, numbered; the stem names the topic the way a trainer would ("关于“顾客接待流程”，课程
材料有哪些具体规定？") and says how many rules a full answer gives. Two to four points give the
difficulty, with how deep under the heading the facts sit.
"""

from __future__ import annotations

from graphs.exam_generation import difficulty
from graphs.exam_generation.material import Material
from graphs.exam_generation.phrasing import phrase
from graphs.exams import Difficulty, Question
from graphs.text.facts import Fact

MAX_POINT_CHARS = {True: 70, False: 220}


def _point(fact: Fact) -> str:
    return fact.text.rstrip("。；;.!！")


def _focus(fact: Fact) -> str | None:
    """What the fact is about, in its own words: its weightiest domain term, else its first role;
    never a figure (that is what the learner must write)."""
    terms = [a for a in fact.anchors if a.role == "term"]
    if terms:
        return terms[0].text
    roles = [a for a in fact.anchors if a.role == "role"]
    return min(roles, key=lambda a: a.start).text if roles else None


def _usable(fact: Fact, zh: bool) -> bool:
    return (
        len(fact.text) <= MAX_POINT_CHARS[zh]
        and _focus(fact) is not None
        and ("figure" in fact.kinds or len(fact.kinds) >= 2 or fact.modal is not None)
    )


def short_answer(
    material: Material, fact: Fact, target: Difficulty, point: str, used: set[int]
) -> tuple[Question, list[Fact]] | None:
    """A short answer on the facts of `fact`'s section, starting from `fact`; and the facts used."""
    zh = material.zh
    pool = [fact] + [
        f
        for f in material.section_facts(fact)
        if f.sentence != fact.sentence and f.sentence not in used and _usable(f, zh)
    ]
    if not _usable(fact, zh):
        return None
    for size in range(2, min(4, len(pool)) + 1):
        chosen = sorted(pool[:size], key=lambda f: f.sentence)
        depth = sum(difficulty.depth(f.position) for f in chosen) / size
        if difficulty.rate(difficulty.short_answer_score(size, depth)) != target:
            continue
        points = [_point(f) for f in chosen]
        reference = ("；" if zh else "; ").join(points) + ("。" if zh else ".")
        count = str(size)
        focus = ("、" if zh else ", ").join(dict.fromkeys(str(_focus(f)) for f in chosen))
        return (
            Question(
                type="short_answer",
                stem=phrase(material.language, "short_stem", point=point, focus=focus, count=count),
                answer=[reference],
                scoring_points=points,
                explanation="\n".join(
                    phrase(material.language, "source", quote=f.quote) for f in chosen
                ),
                knowledge_point=point,
                difficulty=target,
                source_quote=chosen[0].quote,
            ),
            chosen,
        )
    return None
