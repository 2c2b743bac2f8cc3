"""A multiple choice's false statement shown false by another option: it changed a figure that
another option states about the same subject ("kept for 90 days" beside "After 60 days it is
permanently deleted"), so comparing options is enough to find it.

Same subject: the other option's clause around the figure shares a content term with the false
one's source (补偿 in "补偿上限为每单200元" and "超过200元的补偿须…"), or the two rest on
neighbouring sentences of one paragraph (the second goes on about the first: "After 90 days it is
permanently deleted"). The builders ask `tells_false` before they offer a false option; the
validators run `check_options_tell_false` on every writer's items.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import fuzz

from graphs.exam_generation.linked_figures import breaks_link
from graphs.exam_generation.prose import statement_of
from graphs.exam_generation.substance import (
    figure_clause_terms,
    same_paragraph,
    sentence_index,
    source_sentence,
)
from graphs.exams import Question
from graphs.text.lexicon import Lexicon
from graphs.text.quantities import Quantity, parse_quantities, quantities_of, same_quantity

_CLAUSE_END = re.compile(r"[，,；;。!?！？\n]|\.(?=\s|$)")


def covered_part(statement: str, source: str) -> str:
    """The whole clauses of `source` a statement rests on: a false option made from one clause
    ("每100积分抵扣10元") against the sentence that also says "会员每消费1元积1分"."""
    if len(statement) >= len(source):
        return source
    aligned = fuzz.partial_ratio_alignment(statement, source)
    if aligned is None:
        return source
    starts = [m.end() for m in _CLAUSE_END.finditer(source, 0, aligned.dest_start + 1)]
    start = starts[-1] if starts else 0  # the window may begin on the break ("，每100积分…")
    end_match = _CLAUSE_END.search(source, max(start, aligned.dest_end - 1))
    end = end_match.end() if end_match else len(source)
    return source[start:end]


def changed_figures(statement: str, source: str) -> list[Quantity]:
    """The source's figures a false statement changed: those of the clauses it rests on that it
    no longer states, of the dimension of a figure it states instead (90 days when "After 60
    days…" rests on "After 90 days…"); none when no figure was changed."""
    stated, original = quantities_of(statement), quantities_of(covered_part(statement, source))
    new = [q for q in stated if not any(same_quantity(q, o) for o in original)]
    dimensions = {q.dimension for q in new}
    return [
        o
        for o in original
        if o.dimension in dimensions and not any(same_quantity(o, q) for q in stated)
    ]


def tells_false(
    statement: str, source: str, others: Sequence[str], material: str
) -> tuple[str, str] | None:
    """The other option that shows a false statement is false, and the figure as it writes it:
    it states, about the same subject, the figure the statement changed. None when none does."""
    changed = changed_figures(statement, source)
    if not changed:
        return None
    lexicon = Lexicon.of(material) if material else None
    where = sentence_index(source, material) if material else None
    for other in others:
        for figure, start, end in parse_quantities(other):
            original = next((o for o in changed if same_quantity(o, figure)), None)
            if original is None:
                continue
            mine = figure_clause_terms(covered_part(statement, source), original, lexicon)
            shared = mine & figure_clause_terms(other, figure, lexicon)
            theirs = sentence_index(other, material) if material else None
            neighbours = (
                where is not None and theirs is not None and same_paragraph(where, theirs, material)
            )
            if shared or neighbours:
                return other, other[start:end]
    return None


def check_options_tell_false(question: Question, material: str) -> list[str]:
    """No false statement of a multiple choice is shown false by another option that states the
    figure it changed, and no false statement by itself: one of two figures its source links
    changed alone (免费更换1次，第3次起 of 免费更换2次，第3次起; linked_figures)."""
    if question.type == "true_false" and material and question.answer == ["false"]:
        statement = statement_of(question.stem)
        source = source_sentence(statement, material)
        if source is not None and breaks_link(statement, source):
            return [_BROKEN_LINK.format(what="the statement")]
    if question.type != "multiple_choice" or not material:
        return []
    problems = []
    for option in question.options:
        if option.key in question.answer:
            continue
        source = source_sentence(option.text, material)
        if source is None:
            continue
        if breaks_link(option.text, source):
            problems.append(_BROKEN_LINK.format(what=f"option {option.key}"))
            continue
        others = [o.text for o in question.options if o.key != option.key]
        told = tells_false(option.text, source, others, material)
        if told is None:
            continue
        other, figure = told
        key = next(o.key for o in question.options if o.text == other)
        problems.append(
            f"option {option.key} is false by a changed figure, and option {key} states the "
            f"original {figure!r} about the same thing: comparing the two shows which is false; "
            "change another figure or choose another statement"
        )
    return problems


_BROKEN_LINK = (
    "{what} changes one of two figures the material links (a count and the ordinal after it: "
    "免费更换2次，第3次起) and keeps the other, so it contradicts itself and shows it is false; "
    "change both together or another figure"
)
