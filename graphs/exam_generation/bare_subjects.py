"""A statement whose subject is a bare "The X" that its source sentence names back to what came
before it: "The cap does not apply to damage caused deliberately." follows "liability … is
capped at 250.00 EUR"; "The discount does not apply to gift cards." answers "What is the staff
discount?". Asked alone, the learner never learns which cap or which discount (session 24
designer D17, m2 q8 and m4 q7), so such a statement is not asked.

The source's "The X" leans on its paragraph when X (or a form of it: "capped") is named earlier
in that paragraph, or in the FAQ question its answer paragraph ("A: …") answers.
"""

from __future__ import annotations

import re

from graphs.exam_generation.prose import statements_read
from graphs.exams import Language, Question

_BARE_THE = re.compile(r"^\s*The\s+([a-z]{3,})\s+(?!of\b|for\b|on\b|in\b|at\b|to\b)[a-z]")
"""A statement opening on "The" and one common noun, then its verb ("The cap does …"); "The
fee for late returns" carries what identifies it."""
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_ANSWER_LABEL = re.compile(r"^\s*(?:\*\*)?(?:A|Answer)\s*[:：]", re.IGNORECASE)


def _before_in_paragraph(material: str, at: int) -> str:
    """The paragraph's text before `at`, with the question an answer paragraph answers."""
    starts = [m.end() for m in _PARAGRAPH_BREAK.finditer(material, 0, at)]
    start = starts[-1] if starts else 0
    if _ANSWER_LABEL.match(material[start:at]) and len(starts) > 1:
        start = starts[-2]
    return material[start:at]


_DETERMINERS = frozenset(["the", "a", "an", "this", "that", "each", "every", "any", "its", "their"])
"""Words before a plain mention of a thing ("drive the truck"): no modifier that names a kind."""


def _named_otherwise(noun: str, before: str) -> bool:
    """Whether `before` names the noun in another form ("capped at") or as a kind ("the staff
    discount", "a 10-pound induction fee"): then "The <noun>" alone does not say which. A plain
    mention ("drive the truck") is the same thing again."""
    base = noun[:-1] if noun.endswith("e") and not noun.endswith("ee") else noun
    form = re.compile(
        rf"\b{re.escape(base)}(?:e|s|es|d|ed|{re.escape(noun[-1])}ed|ing)?\b", re.IGNORECASE
    )
    for found in form.finditer(before):
        if found.group(0).lower() not in (noun, f"{noun}s"):
            return True
        words = before[: found.start()].split()
        if words and words[-1].lower().strip("*,;:(") not in _DETERMINERS:
            return True
    return False


def leans_back(noun: str, material: str, rest: str = "") -> bool:
    """Whether the material's "The <noun>" (the one going on with `rest`, where given) names back
    to the noun stated otherwise earlier in its paragraph (or in the question its answer answers)."""
    found_all = list(re.finditer(rf"\bThe\s+{re.escape(noun)}\b", material))
    opening = " ".join(rest.split()[:2]).lower()
    own = [f for f in found_all if material[f.end() :].lower().lstrip().startswith(opening)]
    for found in own if opening and own else found_all:
        if _named_otherwise(noun, _before_in_paragraph(material, found.start())):
            return True
    return False


_AUXILIARY = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "has",
        "have",
        "had",
        "does",
        "do",
        "did",
        "must",
        "may",
        "can",
        "will",
        "shall",
        "should",
        "need",
        "would",
    ]
)
"""English auxiliaries and modals, a closed class: a noun followed by a second noun and then one of
them is a compound subject ("The accident report must …"), whose head is the second noun."""


def bare_subject(statement: str) -> str | None:
    """The head noun of a statement's bare "The X" subject, or None: "The cap does …" -> cap,
    "The accident report must …" -> report (a compound: the report of an accident)."""
    bare = _BARE_THE.match(statement)
    if bare is None:
        return None
    words = statement[bare.end(1) :].split()
    if len(words) >= 2 and words[0].lower() not in _AUXILIARY and words[1].lower() in _AUXILIARY:
        return words[0].lower().strip(".,;:")
    return bare.group(1)


def check_subject_named(question: Question, material: str, language: Language) -> list[str]:
    """A statement whose subject is a bare "The X" that the material names back to something
    stated before it ("The cap" after "capped at 250.00 EUR") never says which X it is."""
    if language != "en":
        return []
    problems = []
    for statement in statements_read(question):
        noun = bare_subject(statement)
        rest = statement.split(noun, 1)[1] if noun else ""
        if noun and leans_back(noun, material, rest):
            problems.append(
                f'"{statement[:60]}" names its subject as "The {noun}", which the '
                "material identifies only in the sentences before it: say which "
                f"{noun} it is, or ask another rule"
            )
    return problems
