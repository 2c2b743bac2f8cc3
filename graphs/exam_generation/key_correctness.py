"""The key is right by its own source: what the answer key says agrees with the quoted passage.

    check_key_matches_source   a true/false keyed true states no figure its source lacks (keyed
                               true, "24小时" where the source says 48小时); one keyed false is not
                               its source word for word; a single choice cloze's key occurs in its
                               source (as text or as the same figure)

A model can write a sound-looking item with the wrong key; these catch it from the item alone.
"""

from __future__ import annotations

from graphs.exam_generation.blanks import blank_answers, blank_spans
from graphs.exam_generation.prose import statement_of
from graphs.exams import Question
from graphs.text.quantities import parse_quantities, same_quantity
from graphs.text.similarity import normalise


def _in_source(text: str, quote: str) -> bool:
    if normalise(text) and normalise(text) in normalise(quote):
        return True
    figures = [q for q, _, _ in parse_quantities(text)]
    sourced = [q for q, _, _ in parse_quantities(quote)]
    return bool(figures) and all(any(same_quantity(f, s) for s in sourced) for f in figures)


def check_key_matches_source(question: Question) -> list[str]:
    """The key agrees with the source quote."""
    quote = question.source_quote
    if question.type == "true_false":
        statement = statement_of(question.stem)
        if question.answer == ["true"]:
            sourced = [q for q, _, _ in parse_quantities(quote)]
            unsourced = [
                statement[start:end]
                for figure, start, end in parse_quantities(statement)
                if not any(same_quantity(figure, s) for s in sourced)
            ]
            if unsourced:
                return [
                    f"keyed true, but the statement says {unsourced} where its source says "
                    f"{[quote[s:e] for _, s, e in parse_quantities(quote)]}: check the key"
                ]
        elif (
            question.answer == ["false"]
            and len(normalise(statement)) >= 6
            and normalise(statement) in normalise(quote)
        ):
            return ["keyed false, but the statement is its source word for word: check the key"]
        return []
    if question.type == "single_choice" and len(blank_spans(question.stem)) == 1:
        keys = blank_answers(question)
        if keys and not _in_source(keys[0], quote):
            return [
                f"the key {keys[0]!r} does not occur in the source quote the blank comes from: "
                "check the key"
            ]
    return []
