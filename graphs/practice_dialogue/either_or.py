"""Her either-or questions: "Is it in our rate, or only with the suite?" (早餐是含在房费里，还是
要另收？) asks one thing, whichever side the learner's answer names. Told that the suite comes
with breakfast, she has her answer: her_questions.Told does not leave "Is it in our rate." of
it, a question cut into a statement, nor ask the other side again.
"""

from __future__ import annotations

import re

ALTERNATIVE = re.compile(r"^\s*(?:or\b|还是|或者|或是)", re.IGNORECASE)
"""A clause that puts the other side of the question ("…, or only with the suite?", "…，还是要
另收？")."""


def asks_either_or(sentence: str) -> bool:
    """The sentence asks which of two it is, with or without a question word ("是含在租金里，还是
    要另收？" has none: 还是 asks)."""
    clauses = re.split(r"(?<=[,，、;；])", sentence)
    return sentence.endswith(("?", "？")) and any(ALTERNATIVE.match(c) for c in clauses[1:])


def answered_either_way(questions: list[list[str]], answered: list[str]) -> list[str]:
    """The answered clauses of her `questions` (each split into its clauses), with every clause
    of an either-or question one of whose clauses is answered."""
    told = list(answered)
    for clauses in questions:
        parts = [c.strip() for c in clauses]
        if not any(ALTERNATIVE.match(c) for c in parts[1:]):
            continue
        if any(c in told for c in parts):
            told += [c for c in parts if c not in told]
    return told
