"""The rules a multiple choice on an FAQ answer states: its own question's, then its question's
with the next or the one before (choice_builders.multiple_choice)."""

from __future__ import annotations

from graphs.exam_generation.material import Material
from graphs.exam_generation.wording import section_point
from graphs.text.facts import Fact


def faq_groups(material: Material, fact: Fact) -> list[tuple[list[str], list[Fact]]]:
    """For an FAQ answer whose only heading over it is the one over every question (the FAQ's
    title): its own question's rules, then its question's with the next or the one before, each
    named by the questions (in material order). The title names the material, not a topic, and
    every multiple choice over it had the same stem ("statements about <the FAQ's title>"), so a
    second one repeated the first's and was refused. A heading over some questions ("Returns")
    is their topic, and the rules under it are asked over it."""
    part = material.part(fact.section)
    if part == fact.section:
        return []
    sections = list(dict.fromkeys(f.section for f in material.facts))
    questions = [q for q in sections if material.part(q) == part and q != part]
    # Another heading with rules of its own ("Exchanges" beside "Returns"): the part is a topic.
    if fact.section not in questions or any(q != part and material.part(q) == q for q in sections):
        return []
    at = questions.index(fact.section)
    point = section_point(material.document, fact.section)
    groups = [([point], [f for f in material.facts if f.section == fact.section])]
    for j in (at + 1, at - 1):
        if 0 <= j < len(questions):
            pair = sorted((at, j))
            names = [section_point(material.document, questions[k]) for k in pair]
            chosen = {questions[k] for k in pair}
            groups.append((names, [f for f in material.facts if f.section in chosen]))
    return groups
