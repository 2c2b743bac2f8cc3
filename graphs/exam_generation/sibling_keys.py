"""Items on two clauses of one sentence (split at a semicolon): one prints the other's key
anywhere ("须在当日18点前交给干线车辆" beside "____以后收寄的，次日首班车发出", key 18点).

`check_sibling_clause_key` compares the question with the accepted ones in both directions; two
items on one fact are substance.py's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from graphs.exam_generation.answer_leaks import visible_text
from graphs.exam_generation.blanks import blank_answers
from graphs.exam_generation.substance import MIN_SENTENCE_CHARS
from graphs.exams import Question
from graphs.text.similarity import normalise

_FULL_STOP = re.compile(r"[。！？!?\n]|\.(?=\s|$)")


def _whole_sentence(quote: str, material: str) -> tuple[int, int] | None:
    """The span of the material's sentence (to its full stop, across semicolons) holding the
    quote's first clause, or None when the quote is not found as written."""
    first = re.split(r"[；;。.!?！？]", quote.strip())[0].strip()
    at = material.find(first) if len(first) >= MIN_SENTENCE_CHARS else -1
    if at < 0:
        return None
    starts = [m.end() for m in _FULL_STOP.finditer(material, 0, at)]
    end = _FULL_STOP.search(material, at + len(first))
    return (starts[-1] if starts else 0, end.start() if end else len(material))


def _keys(question: Question) -> list[str]:
    if question.type == "single_choice":
        texts = {o.key: o.text for o in question.options}
        return [texts[a] for a in question.answer if a in texts]
    return blank_answers(question) if question.type == "fill_blank" else []


def check_sibling_clause_key(
    question: Question, accepted: Sequence[Question], material: str
) -> list[str]:
    """No key printed by an item on another clause of the same sentence."""
    if not material:
        return []
    where = _whole_sentence(question.source_quote, material)
    if where is None:
        return []
    mine, seen = _keys(question), visible_text(question)
    for other in accepted:
        if _whole_sentence(other.source_quote, material) != where:
            continue
        shown = visible_text(other)
        printed = [k for k in mine if len(normalise(k)) >= 2 and normalise(k) in shown]
        printed += [k for k in _keys(other) if len(normalise(k)) >= 2 and normalise(k) in seen]
        if printed:
            return [
                f"the accepted question {other.stem[:40]!r} rests on the same sentence and "
                f"prints {printed[0]!r}, the key of one of the two: ask about another fact"
            ]
    return []
