"""An English point of several acts on one thing, its first act said alone: part of it.

"Take the mould out of use." for "A mould with a torn or loose wire screen must be taken out of
use at once and tagged red" was 'missing' (session 26 teacher T19, e3 average Q12): the
learner does what the rule is for, on the thing it names, and leaves out which moulds, how soon
and the second act. A teacher gives at least half. `first_act_said` finds such an answer: the
point's predicate after its modal is two acts or more joined by "and"; the answer names the
point's subject (its first word) and more than half of the first act's words, its verb among
them; what the point adds is then named as left out (part_stated.py).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from graphs.exam_grading.point_terms import Term, term_key
from graphs.exams import Language

_MODAL = re.compile(
    r"\b(?:must(?: not)?|should|shall|is to|are to|has to|have to|needs? to)\s+(?:be\s+)?", re.I
)
_JOINED = re.compile(r",?\s+and\s+", re.I)


def first_act_said(
    point: str, terms: Sequence[Term], found: Collection[str], language: Language
) -> bool:
    """The answer (its `found` terms) says the first of the point's acts on its subject."""
    if language != "en" or not terms:
        return False
    modal = _MODAL.search(point)
    if modal is None:
        return False
    acts = _JOINED.split(point[modal.end() :])
    if len(acts) < 2:
        return False
    first = {term_key(word, language) for word in re.findall(r"[a-z][a-z'-]*", acts[0].lower())}
    in_first = [t for t in terms if term_key(t.text, language) in first]
    verbs = [t for t in in_first if t.action]
    subject = next((t for t in terms if t.text.lower() in point[: modal.start()].lower()), None)
    if subject is None or subject.text not in found or not verbs:
        return False
    said = [t for t in in_first if t.text in found]
    return verbs[0].text in found and len(said) / len(in_first) > 0.5
