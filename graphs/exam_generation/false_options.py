"""The false options of a multiple choice over statements: one safe change each, from different rules.

None of them is shown false by another option (which states the figure it changed), and two
rows of one table are never both changed.
"""

from __future__ import annotations

from graphs.exam_generation.false_statements import FalseStatement, false_statements
from graphs.exam_generation.lost_context import lost_context
from graphs.exam_generation.material import Material
from graphs.exam_generation.options_tell_false import tells_false
from graphs.exam_generation.standalone import verbless_note
from graphs.exam_generation.substance import source_sentence
from graphs.exam_generation.swap_safety import unsafe_change
from graphs.exams import Language
from graphs.text.facts import Fact

MAX_STATEMENT_CHARS = {True: 60, False: 200}
"""Longest statement option (Chinese characters / English characters): options must be readable."""


def statement_ok(text: str, zh: bool) -> bool:
    """Whether a statement reads as an option: short enough, with a verb, its context shown."""
    language: Language = "zh" if zh else "en"
    return (
        len(text) <= MAX_STATEMENT_CHARS[zh]
        and not verbless_note(text, language)
        and lost_context(text, language) is None
    )


def false_options(
    material: Material, candidates: list[Fact], count: int, trues: list[str]
) -> list[tuple[FalseStatement, Fact]]:
    """`count` false statements, each from a different fact, subtlest kinds first; none that
    another option shows false by stating the figure it changed (`tells_false`)."""
    out: list[tuple[FalseStatement, Fact]] = []
    for candidate in candidates:
        if _table_row(candidate) and any(_table_row(f) for _, f in out):
            # Two rows of one table changed at once (「短时外出；时长：不超过 8 小时」 beside
            # 「过夜外出；时长：超过 4 小时」, both off the 6-hour line) contradict each other and
            # cue both as false (session 10 designer, m3 Q5).
            continue
        made = false_statements(candidate, material.facts, material.text, material.zh)
        for change in made:
            if not statement_ok(change.statement, material.zh):
                continue
            language: Language = "zh" if material.zh else "en"
            if unsafe_change(change.original, change.changed, language, material.text):
                # 「应当场取出」 read as 应当 and made 「无须场取出」: the validators refuse the
                # whole question for it, so another of the rule's changes is tried instead.
                continue
            shown = [*trues, *(p.statement for p, _ in out)]
            if _told_false(material, change.statement, shown) or any(
                _told_false(material, p.statement, [change.statement]) for p, _ in out
            ):
                continue
            out.append((change, candidate))
            break
        if len(out) == count:
            break
    return out


def _table_row(fact: Fact) -> bool:
    """A fact read from a table row (its quote is the row)."""
    return fact.quote.lstrip().startswith("|")


def _told_false(material: Material, statement: str, others: list[str]) -> bool:
    # The source as the validator finds it (substance.source_sentence), so both judge alike.
    source = source_sentence(statement, material.text)
    return source is not None and tells_false(statement, source, others, material.text) is not None
