"""The rules every question must pass, whoever wrote it (the offline engine or a model). One
function per rule; each returns a list of problems as plain sentences a trainer understands (empty:
the question passes that rule). `validate_question` composes them.

Here, the document rules:
    check_schema          the data is a Question at all
    check_metadata        knowledge point, quote and explanation are present
    check_type_rules      the type's rules (see check_single_choice ... check_short_answer); a
                          multiple choice is statements to judge, not a multi-blank cloze
    check_grounding       the source quote occurs in the material (exact or fuzzy)
    check_duplicate       not the same stem (a multiple choice: and statements) as an accepted
                          question, nor nearly so
    check_option_balance  over a whole exam: correct keys spread over positions
In their own rooms, the rules of sound item writing:
    prose.py              markup and Q/A leftovers, true/false that is a question or a heading,
                          an item on the material speaking of itself (its parties, its scope),
                          a stem ending mid-word, a knowledge point cut from a heading
    blanks.py             blanks laid out one per answer with words between; whole-term blanks;
                          no section label before a colon blanked or keyed
    giveaways.py          the key printed in the stem; options whose form gives the key away
    options_tell_false.py an option that shows a false statement false
    key_correctness.py    a key its own source contradicts
    excepted_truths.py    a rule keyed true as an absolute where the material excepts it
    key_uniqueness.py     a distractor that is right too
    figure_options.py     figure options that leave the key the odd one out
    swap_safety.py        false statements made by swaps that leave nonsense
    plausible_flips.py    a false statement lifting a prohibition no learner would believe lifted
    continued_clauses.py  a false statement flipping a modal that goes on from the clause before
    clock_orders.py       a false statement whose changed time crosses another time it states
    standalone.py         statements that lean on text the item does not show; figures its
                          own words settle; options that are grammar glued to a word
    lost_context.py       statements to judge that are orders or labels, 此 of nothing shown
    cut_objects.py        a clause whose act lost its object to the clause before
    substance.py          two items on one fact; one item answering another
    sibling_keys.py       an item printing the key of another on a clause of its sentence
    scoring_points.py     short-answer points that are fragments or off the topic
    garbled_asks.py       English short-answer asks that are broken sentences ("the in", "reing")
    sound_asks.py         short-answer asks of one topic twice, asks holding their key, hints for
                          a figure the key lacks
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from pydantic import ValidationError

from graphs.exam_generation.answer_leaks import check_gives_away
from graphs.exam_generation.bare_measures import check_measure_has_its_act
from graphs.exam_generation.bare_subjects import check_subject_named
from graphs.exam_generation.blanks import (
    blank_spans,
    check_blank_cuts_word,
    check_blank_layout,
    check_label_not_blanked,
    trailing_answer_bracket,
)
from graphs.exam_generation.clock_orders import check_clock_order
from graphs.exam_generation.continued_clauses import check_flip_contradicts
from graphs.exam_generation.cut_objects import check_object_kept
from graphs.exam_generation.entailed_changes import check_false_not_implied
from graphs.exam_generation.excepted_truths import check_exceptions_kept, check_scope_gives_away
from graphs.exam_generation.figure_options import check_age_options, check_figure_spread
from graphs.exam_generation.fill_keys import check_fill_key_is_term, check_fill_key_repeated
from graphs.exam_generation.garbled_asks import check_asks_whole
from graphs.exam_generation.giveaways import check_key_in_stem, check_option_form
from graphs.exam_generation.key_correctness import check_key_matches_source
from graphs.exam_generation.key_uniqueness import check_unique_key
from graphs.exam_generation.lost_context import check_context_kept
from graphs.exam_generation.options_tell_false import check_options_tell_false
from graphs.exam_generation.plausible_flips import check_plausible_flips
from graphs.exam_generation.prose import (
    check_ends_mid_word,
    check_knowledge_point,
    check_markup,
    check_rests_on_a_rule,
    check_statement_form,
    check_topic_is_a_subject,
)
from graphs.exam_generation.scoring_points import check_scoring_points
from graphs.exam_generation.sibling_keys import check_sibling_clause_key
from graphs.exam_generation.sound_asks import check_asks_sound
from graphs.exam_generation.standalone import (
    check_stands_alone,
    check_whole_terms,
    check_words_settle,
)
from graphs.exam_generation.substance import check_same_fact
from graphs.exam_generation.swap_safety import check_perturbation
from graphs.exam_generation.vague_asks import check_asks_name_their_topic
from graphs.exam_generation.writers import duplicate_text
from graphs.exams import BLANK, Language, Question
from graphs.library import format_validation_error
from graphs.text.language import detect_language
from graphs.text.lexicon import Lexicon
from graphs.text.similarity import is_grounded, is_near_duplicate, normalise, quote_score

MIN_QUOTE_CHARS = 6
MIN_STATEMENT_CHARS = 6
"""A multiple choice option shorter than this (normalised) is a term, not a statement."""


def check_schema(data: dict[str, Any]) -> tuple[Question | None, list[str]]:
    """Parse the data as a Question; the problems say which fields are wrong."""
    try:
        return Question.model_validate(data), []
    except ValidationError as exc:
        return None, [f"schema: {line}" for line in format_validation_error(exc)]


def check_metadata(question: Question) -> list[str]:
    """Every question names its knowledge point, quotes its source and explains its answer."""
    problems = []
    if not question.stem.strip():
        problems.append("stem is empty")
    if not question.knowledge_point.strip():
        problems.append("knowledge_point is empty")
    if not question.source_quote.strip():
        problems.append("source_quote is empty: quote the passage the question rests on")
    if not question.explanation.strip():
        problems.append("explanation is empty")
    return problems


def _keys(question: Question) -> list[str]:
    return [option.key for option in question.options]


def check_answer_among_options(question: Question) -> list[str]:
    """Choice questions: every answer is the key of an option, keys are unique."""
    keys = _keys(question)
    problems = []
    if len(set(keys)) != len(keys):
        problems.append(f"option keys repeat: {keys}")
    if len({normalise(o.text) for o in question.options}) != len(question.options):
        problems.append("two options have the same text")
    missing = [a for a in question.answer if a not in keys]
    if missing:
        problems.append(f"answer {missing} is not among the option keys {keys}")
    return problems


def check_single_choice(question: Question) -> list[str]:
    """Exactly one key, among at least three options."""
    problems = check_answer_among_options(question)
    if len(question.options) < 3:
        problems.append(f"a single choice needs at least 3 options, got {len(question.options)}")
    if len(question.answer) != 1:
        problems.append(f"a single choice has exactly one key, got {len(question.answer)}")
    return problems


def check_multiple_choice(question: Question) -> list[str]:
    """At least two keys, not every option correct, and options that are statements to judge
    ("which of the following are correct?"), not terms for the brackets of a cloze."""
    problems = check_answer_among_options(question)
    blanks = blank_spans(question.stem)
    if blanks and not trailing_answer_bracket(question.stem):
        problems.append(
            f"a multiple choice is a set of statements to judge, but the stem is a cloze with "
            f"{len(blanks)} blank(s): ask which of the statements are correct"
        )
    terms = [o.key for o in question.options if len(normalise(o.text)) < MIN_STATEMENT_CHARS]
    if terms:
        problems.append(
            f"options {terms} are single terms, not statements: a multiple choice asks which "
            "statements are correct"
        )
    if len(set(question.answer)) < 2:
        problems.append(f"a multiple choice needs at least 2 keys, got {len(set(question.answer))}")
    if question.options and len(set(question.answer)) >= len(question.options):
        problems.append("a multiple choice cannot have every option correct")
    return problems


def check_true_false(question: Question) -> list[str]:
    """Answer is exactly ["true"] or ["false"], no options."""
    problems = []
    if question.answer not in (["true"], ["false"]):
        problems.append(f'a true/false answer is ["true"] or ["false"], got {question.answer}')
    if question.options:
        problems.append("a true/false question has no options")
    return problems


def check_fill_blank(question: Question) -> list[str]:
    """As many blanks in the stem as answers, and no empty answer."""
    blanks = question.stem.count(BLANK)
    problems = []
    if blanks == 0:
        problems.append(f"a fill-in stem marks each blank with {BLANK!r}; found none")
    if blanks != len(question.answer):
        problems.append(f"the stem has {blanks} blanks but {len(question.answer)} answers")
    if any(not a.strip() for a in question.answer):
        problems.append("a fill-in answer is empty")
    return problems


def check_short_answer(question: Question) -> list[str]:
    """A reference answer and at least one scoring point."""
    problems = []
    if len(question.answer) != 1 or not question.answer[0].strip():
        problems.append("a short answer needs exactly one non-empty reference answer")
    if not [p for p in question.scoring_points if p.strip()]:
        problems.append("a short answer needs scoring points")
    return problems


TYPE_RULES: dict[str, Callable[[Question], list[str]]] = {
    "single_choice": check_single_choice,
    "multiple_choice": check_multiple_choice,
    "true_false": check_true_false,
    "fill_blank": check_fill_blank,
    "short_answer": check_short_answer,
}


def check_type_rules(question: Question) -> list[str]:
    """The rules of the question's type."""
    return TYPE_RULES[question.type](question)


def check_grounding(question: Question, material: str) -> list[str]:
    """The source quote occurs in the material; fill-in answers occur in the quote."""
    quote = question.source_quote
    if len(normalise(quote)) < MIN_QUOTE_CHARS:
        return [f"source_quote {quote!r} is too short to show where the question comes from"]
    problems = []
    if not is_grounded(quote, material):
        problems.append(
            f"source_quote does not occur in the material (best match {quote_score(quote, material):.0f}/100): "
            f"{quote[:40]!r}"
        )
    if question.point_sources and len(question.point_sources) != len(question.scoring_points):
        problems.append(
            f"{len(question.point_sources)} point sources for {len(question.scoring_points)} "
            "scoring points: quote one passage per point, in order"
        )
    for number, source in enumerate(question.point_sources, start=1):
        if not is_grounded(source, material):
            problems.append(
                f"the source of scoring point {number} does not occur in the material: "
                f"{source[:40]!r}"
            )
    if question.type == "fill_blank":
        missing = [a for a in question.answer if normalise(a) not in normalise(quote)]
        if missing:
            problems.append(f"fill-in answers {missing} do not occur in the source quote")
    return problems


def check_duplicate(question: Question, accepted: Sequence[Question]) -> list[str]:
    """Not the same question as an accepted one, nor a near-duplicate: the same normalised stem,
    or for a multiple choice the same stem and statements (writers.duplicate_text)."""
    text = duplicate_text(question)
    for other in accepted:
        if duplicate_text(other) == text:
            return [f"duplicate of an accepted question: {other.stem[:40]!r}"]
    for other in accepted:
        if is_near_duplicate(text, duplicate_text(other)):
            return [f"near-duplicate of an accepted question: {other.stem[:40]!r}"]
    return []


def check_option_balance(questions: Sequence[Question]) -> list[str]:
    """Over an exam: no option position holds the correct key far more often than its share.

    With n choice keys over k positions, a position may hold at most ceil(n / k) + 1 of them.
    """
    keyed = [q for q in questions if q.type in ("single_choice", "multiple_choice") and q.options]
    if len(keyed) < 3:
        return []
    positions: Counter[int] = Counter()
    total = 0
    width = max(len(q.options) for q in keyed)
    for question in keyed:
        keys = _keys(question)
        for answer in question.answer:
            if answer in keys:
                positions[keys.index(answer)] += 1
                total += 1
    limit = math.ceil(total / width) + 1
    return [
        f"option {chr(ord('A') + pos)} is the correct key {count} times out of {total} (limit {limit})"
        for pos, count in sorted(positions.items())
        if count > limit
    ]


def _exam_language(question: Question) -> Language:
    return detect_language(f"{question.stem} {question.source_quote}")


def validate_question(
    data: dict[str, Any], material: str, accepted: Sequence[Question]
) -> tuple[Question | None, list[str]]:
    """Run every per-question rule; the question is usable only if there are no problems."""
    question, problems = check_schema(data)
    if question is None:
        return None, problems
    language = _exam_language(question)
    lexicon = Lexicon.of(material)
    problems = [
        *check_metadata(question),
        *check_type_rules(question),
        *check_grounding(question, material),
        *check_markup(question),
        *check_statement_form(question, material),
        *check_rests_on_a_rule(question, language),
        *check_topic_is_a_subject(question),
        *check_ends_mid_word(question, lexicon, language),
        *check_knowledge_point(question, material, lexicon),
        *check_blank_layout(question),
        *check_blank_cuts_word(question, lexicon, language),
        *check_label_not_blanked(question),
        *check_fill_key_is_term(question, language),
        *check_key_in_stem(question, language),
        *check_option_form(question, language, material),
        *check_figure_spread(question),
        *check_age_options(question),
        *check_options_tell_false(question, material),
        *check_key_matches_source(question),
        *check_exceptions_kept(question, material, language),
        *check_false_not_implied(question, material),
        *check_unique_key(question, material, language),
        *check_perturbation(question, lexicon, language),
        *check_plausible_flips(question, material, language),
        *check_flip_contradicts(question),
        *check_clock_order(question),
        *check_stands_alone(question, material, language),
        *check_subject_named(question, material, language),
        *check_measure_has_its_act(question, material, language),
        *check_context_kept(question, language),
        *check_object_kept(question, material, language),
        *check_words_settle(question, material),
        *check_whole_terms(question, lexicon, language),
        *check_scoring_points(question, lexicon, language),
        *check_asks_whole(question, language),
        *check_asks_name_their_topic(question, language),
        *check_asks_sound(question, language),
        *check_duplicate(question, accepted),
        *check_fill_key_repeated(question, accepted),
        *check_same_fact(question, accepted, material),
        *check_scope_gives_away(question, accepted, material, language),
        *check_gives_away(question, accepted, language),
        *check_sibling_clause_key(question, accepted, material),
    ]
    return (question if not problems else None), problems
