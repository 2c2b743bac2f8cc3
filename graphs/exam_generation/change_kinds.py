"""Which change made a true/false item false, and which words a modality flip writes.

A delivered item keeps only its statement and its source quote; the change is found again by
rebuilding the fact's false versions with the builders that made it (false_statements.py, an
exception reversed) and matching the statement. `modality_tells.py` uses it to replace a flipped
modality by a change of the fact's substance, and the exam bench to count the changes.
"""

from __future__ import annotations

import re

from graphs.exam_generation.clause_facts import by_clause
from graphs.exam_generation.exception_reversals import reversed_exception
from graphs.exam_generation.false_statements import false_statements
from graphs.exam_generation.material import Material
from graphs.text.similarity import normalise

DISPENSATION = re.compile(
    r"无须|无需|不必|不用|\bneed not\b|\bneedn't\b|\b(?:is|are) not required\b|\bdo(?:es)? not have to\b",
    re.IGNORECASE,
)
"""Words that make a duty optional: what relaxing an obligation writes (须 -> 无须)."""
PERMISSION = re.compile(
    r"(?<![不无])(?:可以|允许)|\b(?:may|can)\b(?!\s+not)|\b(?:is|are) (?:allowed|permitted)\b",
    re.IGNORECASE,
)
"""Words that grant leave: what lifting a prohibition writes (不得 -> 可以, may not -> may)."""
SURFACES = {"dispensation": DISPENSATION, "permission": PERMISSION}


def surface_of(statement: str) -> str | None:
    """The flip-word class the statement carries (`dispensation` first), or None."""
    for name, words in SURFACES.items():
        if words.search(statement):
            return name
    return None


def change_kind(statement: str, quote: str, material: Material) -> str | None:
    """The kind of change (`figure`, `swap`, `modality`, `who_may`, `exception`) that made the
    false `statement` from the fact quoted as `quote`, or None when no builder made it."""
    wanted, source = normalise(statement), normalise(quote)
    for fact in (*material.facts, *by_clause(list(material.facts), material)):
        if normalise(fact.quote) != source:
            continue
        made = [
            (p.statement, p.kind)
            for p in false_statements(fact, material.facts, material.text, material.zh)
        ]
        reversal = reversed_exception(fact.text, material.zh)
        if reversal is not None:
            made.append((reversal[0], "exception"))
        for each, kind in made:
            if normalise(each) == wanted:
                return kind
    return None
