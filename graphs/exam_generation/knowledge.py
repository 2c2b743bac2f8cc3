"""Knowledge points: what each question is about, as a name and the sentences that teach it.

Chosen from the material: its sections (headings) when it has them, since an author's headings
are the units a learner studies; otherwise its key terms. Requested by the learner: each matched
to the sentences (or section) that mention it, fuzzily; a point the material never mentions is
reported, not invented.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from rapidfuzz import fuzz

from graphs.exam_generation.item_points import topic_term
from graphs.exam_generation.wording import section_point
from graphs.text.document import Document
from graphs.text.facts import facts_for
from graphs.text.similarity import normalise

MIN_SECTION_SENTENCES = 2
"""A section is a knowledge point when it states at least this many facts."""
MATCH_THRESHOLD = 80.0


def _point(name: str, sentences: list[int], chosen_by: str) -> dict[str, Any]:
    return {"name": name, "sentences": sentences, "chosen_by": chosen_by}


def chosen_points(document: Document, limit: int) -> list[dict[str, Any]]:
    """Points picked from the material: sections with enough sentences, else top key terms."""
    facts = facts_for(document)
    counts = Counter(f.section for f in facts)
    sections = [
        _point(section_point(document, title), indices, "section")
        for title, indices in document.sections.items()
        if counts[title] >= MIN_SECTION_SENTENCES
    ]
    if len(sections) >= 2:
        return sections
    # A term that names no topic (a unit, a modal, a word of every rule) is no point.
    terms = [t for t in document.terms.values() if t.sentences and topic_term(document, t.text)]
    return [_point(t.text, list(t.sentences), "term") for t in terms[: max(limit, 1)]]


def requested_points(
    document: Document, names: list[str]
) -> tuple[list[dict[str, Any]], list[str]]:
    """Points the learner asked for, matched to the material; and problems for the unmatched."""
    points: list[dict[str, Any]] = []
    problems: list[str] = []
    for name in names:
        key = normalise(name)
        matched = [
            s.index
            for s in document.sentences
            if key and (key in normalise(s.text) or key in normalise(s.section))
        ]
        if not matched:
            matched = [
                s.index
                for s in document.sentences
                if fuzz.partial_ratio(key, normalise(s.section + s.text)) >= MATCH_THRESHOLD
            ]
        if matched:
            points.append(_point(name, matched, "request"))
        else:
            problems.append(f"knowledge point {name!r} does not occur in the material")
    return points, problems
