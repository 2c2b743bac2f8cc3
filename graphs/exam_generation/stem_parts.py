"""Which part of the material a short answer's stem names, if any.

「根据课程材料“X”部分，回答下列问题」 and 'Under "X" in the course material' say that X is a part
of the material: a section's title, or the subject an FAQ's questions share. A knowledge point
that is a key term (「押运员」, "deposit") or a figure of a material without sections is no part of
it, and a stem that calls it one sends the learner looking for a heading that is not there: the
stem then speaks of the whole material (「根据课程材料，回答下列问题」).
"""

from __future__ import annotations

from collections.abc import Sequence

from graphs.exam_generation.material import Material
from graphs.exam_generation.wording import names_the_document, section_point
from graphs.text.facts import Fact


def names_a_part(material: Material, point: str, *, faq_topic: bool = False) -> bool:
    """True when `point` is a part of the material a stem may name: the cleaned title of one of
    its sections (not the document's own title), or an FAQ subject (`faq_topic`)."""
    if not point or names_the_document(material.document, point):
        return False
    if faq_topic:
        return True
    document = material.document
    return any(
        section_point(document, section) == point for section in document.sections if section
    )


def beyond_its_entry(point: str, facts: Sequence[Fact]) -> bool:
    """The point is an FAQ question and one of the item's facts comes from another entry's
    answer: a stem 'Under "<one question>"' over rules of three other answers named
    the wrong entry (session 13 designer D5, m4 r4 Q4); such a stem names the whole material."""
    return point.rstrip("*").endswith(("?", "？")) and any(f.section != point for f in facts)
