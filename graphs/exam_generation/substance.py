"""No two items of an exam test the same fact, and no item answers another.

    check_same_fact   two items rest on the same source sentence (a short answer's scoring points
                      each on theirs; a multiple choice's options beside another objective item
                      on the same clause, or print its key; two single-fact items on one clause of
                      a rule, or one printing the clause the other tests: statement_reuse.py), test the same figure
                      about the same subject, or are choice or fill-in items whose keys are the
                      same quantity in the same section ("within (    ) of purchase" and
                      "After (    ), annual plans are not refunded", both 30 days); or one cues
                      the other (item_cues.py: one prints a role another asks for beside its
                      duty, two ask for words of one section in one frame, two print one
                      statement), or they are true/false items on neighbouring sentences of one
                      paragraph, the later going on from the earlier ("If the inverter is
                      offline …" after "The inverter must remain connected"): one presupposes
                      the other
                      or they rest on two clauses of one sentence that say one rule from both
                      sides ('card only' and 'cash is not accepted', same_rule.py)
    check_gives_away  (answer_leaks.py) the stem or options of one item print the answer of
                      another in its context

Both compare the question with the accepted ones in both directions. An item printing the key of
another on a clause of the same sentence is sibling_keys.py's.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from rapidfuzz import fuzz, process

from graphs.exam_generation.blanks import blank_answers
from graphs.exam_generation.item_cues import (
    elimination,
    goes_on_from,
    key_with_its_duty,
    same_statement,
)
from graphs.exam_generation.same_rule import one_rule_twice
from graphs.exam_generation.statement_reuse import clauses_apart, options_clash, printed_clash
from graphs.exams import Question
from graphs.text.caches import register
from graphs.text.lexicon import Lexicon
from graphs.text.quantities import Quantity, parse_quantities, same_quantity
from graphs.text.sentences import Sentence, split_sentences
from graphs.text.similarity import normalise
from graphs.text.terms import is_stop_word

MIN_SENTENCE_CHARS = 6
OPTION_SENTENCE_SCORE = 70.0
"""fuzz.partial_ratio at or above which a multiple choice option rests on a quote sentence."""
CLAUSE_IN_SENTENCE = 95.0
"""fuzz.partial_ratio at or above which a quoted clause is part of a material sentence."""
SHARED_SUBJECT_TERMS = 2
_SENTENCE_BREAK = re.compile(r"(?<=[。！？!?；;\n])|(?<=\.)\s+")
_CLAUSE_BREAK = re.compile(r"[，,。；;：:！!？?\n]")
_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]+|[\u4e00-\u9fff]{2,}")


def _sentences(text: str) -> list[str]:
    return [
        normalise(s) for s in _SENTENCE_BREAK.split(text) if len(normalise(s)) >= MIN_SENTENCE_CHARS
    ]


@lru_cache(maxsize=32)
def _material_sentences(material: str) -> tuple[str, ...]:
    return tuple(_sentences(material))


register(_material_sentences.cache_clear)


@lru_cache(maxsize=32)
def _raw_sentences(material: str) -> tuple[tuple[str, str], ...]:
    """The material's sentences as written, each with its normalised form."""
    return tuple(
        (raw.strip(), normalise(raw))
        for raw in _SENTENCE_BREAK.split(material)
        if len(normalise(raw)) >= MIN_SENTENCE_CHARS
    )


register(_raw_sentences.cache_clear)


@lru_cache(maxsize=32)
def _sections(material: str) -> tuple[tuple[Sentence, str], ...]:
    """The material's sentences with their sections, each with its normalised text."""
    return tuple((s, normalise(s.text)) for s in split_sentences(material))


register(_sections.cache_clear)


@lru_cache(maxsize=32)
def _starts(material: str) -> tuple[int, ...] | None:
    """Where the material's sentences start, when each ends before the next starts (then the
    sentence holding an offset is found by bisection, not by a scan per candidate); else None."""
    sentences = [sentence for sentence, _ in _sections(material)]
    for earlier, later in pairwise(sentences):
        if earlier.start + len(earlier.text) > later.start:
            return None
    return tuple(sentence.start for sentence in sentences)


register(_starts.cache_clear)


def sentence_index(text: str, material: str) -> int | None:
    """The index (in `graphs.text.sentences.split_sentences`) of the material's sentence a text
    rests on: the one holding it as written, else the closest one; None when none is close."""
    sentences = _sections(material)
    if not sentences or not text.strip():
        return None
    at = material.find(text.strip())
    if at >= 0:
        starts = _starts(material)
        if starts is not None:  # in order, apart: only the last one starting at or before
            index = bisect_right(starts, at) - 1
            if index >= 0 and at < starts[index] + len(sentences[index][0].text):
                return index
        else:
            for index, (sentence, _) in enumerate(sentences):
                if sentence.start <= at < sentence.start + len(sentence.text):
                    return index
    best = process.extractOne(normalise(text), [n for _, n in sentences], scorer=fuzz.partial_ratio)
    if best is None or best[1] < OPTION_SENTENCE_SCORE:
        return None
    return int(best[2])


def section_of(text: str, material: str) -> str | None:
    """The section (its heading; "" before any heading) of the sentence a text rests on."""
    index = sentence_index(text, material)
    return None if index is None else _sections(material)[index][0].section


def same_paragraph(first: int, second: int, material: str) -> bool:
    """True when two sentences (by `sentence_index`) are neighbours with no blank line or
    heading between them: the second goes on about what the first is about."""
    sentences = _sections(material)
    low, high = sorted((first, second))
    if high - low != 1:
        return False
    earlier, later = sentences[low][0], sentences[high][0]
    between = material[earlier.start + len(earlier.text) : later.start]
    return earlier.section == later.section and re.search(r"\n\s*\n", between) is None


@lru_cache(maxsize=32)
def _raw_normalised(material: str) -> tuple[str, ...]:
    return tuple(n for _, n in _raw_sentences(material))


register(_raw_normalised.cache_clear)


@lru_cache(maxsize=4096)
def source_sentence(text: str, material: str) -> str | None:
    """The sentence of the material a statement rests on (as written), or None.

    Cached: a builder asks it of each candidate statement, the validators again of the item.
    """
    sentences = _raw_sentences(material)
    if not sentences:
        return None
    best = process.extractOne(
        normalise(text),
        _raw_normalised(material),
        scorer=fuzz.partial_ratio,
        score_cutoff=OPTION_SENTENCE_SCORE,
    )
    if best is None:
        return None
    return sentences[best[2]][0]


register(source_sentence.cache_clear)


def facts_of(question: Question, material: str) -> set[str]:
    """The source sentences (normalised) a question tests: its quote's, and the material's
    sentence each multiple-choice option or short-answer scoring point rests on."""
    sentences = _sentences(question.source_quote)
    parts = [o.text for o in question.options] if question.type == "multiple_choice" else []
    if question.type == "short_answer":
        parts = list(question.scoring_points)
    pool = _material_sentences(material) or tuple(sentences)
    if not parts:
        # A quote of one clause rests on its whole rule ("肥料浓度不得超过0.3%" on "追肥由技术员负责，
        # 肥料浓度…"): a short answer's point on that rule is previewed all the same.
        return {_whole(s, pool) for s in sentences}
    facts = set(sentences) if question.type == "short_answer" else set()
    for part in parts:
        best = process.extractOne(normalise(part), pool, scorer=fuzz.partial_ratio)
        if best is not None and best[1] >= OPTION_SENTENCE_SCORE:
            facts.add(best[0])
    return facts


def _whole(sentence: str, pool: tuple[str, ...]) -> str:
    """The material's sentence (normalised) holding a quoted one, or the quoted one."""
    if sentence in pool:
        return sentence
    best = process.extractOne(sentence, pool, scorer=fuzz.partial_ratio)
    return best[0] if best is not None and best[1] >= CLAUSE_IN_SENTENCE else sentence


def _figures(question: Question) -> list[tuple[Quantity, str, bool]]:
    """The figures a question asks or prints, each with the text whose clause says what it is
    about: a cloze's key (its quote), a true/false statement's figures (the statement) and, when
    it is keyed false, the figure its change replaced (the quote: "every 3 weeks" asks whether
    rent is charged every 4 weeks; flagged True), a multiple choice's options' figures (the
    option)."""
    if question.type in ("single_choice", "fill_blank"):
        keys = [q for text in blank_answers(question) for q, _, _ in parse_quantities(text)]
        return [(q, question.source_quote, False) for q in keys]
    if question.type == "true_false":
        printed = [q for q, _, _ in parse_quantities(question.stem)]
        found = [(q, question.stem, False) for q in printed]
        if question.answer == ["false"]:
            found += [
                (q, question.source_quote, True)
                for q, _, _ in parse_quantities(question.source_quote)
                if not any(same_quantity(q, p) for p in printed)
            ]
        return found
    if question.type == "multiple_choice":
        return [
            (q, o.text, False) for o in question.options for q, _, _ in parse_quantities(o.text)
        ]
    return []


def figure_clause_terms(text: str, figure: Quantity, lexicon: Lexicon | None) -> set[str]:
    """Content terms (lower-cased, no figures or stop words) of the clause of `text` that states
    the figure: what the figure is about."""
    for quantity, start, end in parse_quantities(text):
        if not same_quantity(quantity, figure):
            continue
        left = _CLAUSE_BREAK.split(text[:start])[-1]
        right = _CLAUSE_BREAK.split(text[end:])[0]
        clause = f"{left} {right}"
        if lexicon is None:
            words = set(_WORD.findall(clause))
        else:
            words = {s.text for s in lexicon.whole_terms(clause)}
        return {
            w.lower()
            for w in words
            if len(w.strip()) >= 2 and not is_stop_word(w) and not any(c.isdigit() for c in w)
        }
    return set()


def _same_figure_and_subject(a: Question, b: Question, lexicon: Lexicon | None) -> bool:
    for x, x_text, x_replaced in _figures(a):
        for y, y_text, y_replaced in _figures(b):
            if not same_quantity(x, y):
                continue
            shared = figure_clause_terms(x_text, x, lexicon) & figure_clause_terms(
                y_text, y, lexicon
            )
            # The figure a false statement replaced, printed elsewhere about its subject ("rent")
            # tells the learner which figure was changed: one shared term is enough.
            needed = 1 if x_replaced or y_replaced else SHARED_SUBJECT_TERMS
            if len(shared) >= needed:
                return True
    return False


def _key_figures(question: Question) -> list[Quantity]:
    if question.type not in ("single_choice", "fill_blank"):
        return []
    return [q for text in blank_answers(question) for q, _, _ in parse_quantities(text)]


def _same_key_in_section(a: Question, b: Question, material: str) -> Quantity | None:
    """The figure both items ask for when they are choice or fill-in items of one section whose
    keys are the same quantity (value and unit): neighbouring sentences on one limit ("refunded
    within 30 days", "After 30 days, not refunded") are one fact asked twice."""
    if not material:
        return None
    shared = [x for x in _key_figures(a) if any(same_quantity(x, y) for y in _key_figures(b))]
    if not shared:
        return None
    where = section_of(a.source_quote, material)
    if where is None or where != section_of(b.source_quote, material):
        return None
    return shared[0]


def check_same_fact(
    question: Question, accepted: Sequence[Question], material: str = ""
) -> list[str]:
    """Not a second item on a fact an accepted item already tests."""
    mine = facts_of(question, material)
    lexicon = Lexicon.of(material) if material else None
    for other in accepted:
        both_sides = one_rule_twice(question, other, material)
        if both_sides:
            return [both_sides]  # 'card only' beside 'cash is not accepted' (same_rule.py)
        if _by_clause(question, other):
            # A statement may rest on another clause of a sentence another item uses.
            clash = options_clash(question, [other], material) if material else None
            if clash:
                return [clash]
        # A short answer's points are whole facts: an objective item on one of them previews it.
        # Two single-fact items may test two clauses of one rule (statement_reuse.py).
        elif mine & facts_of(other, material) and not clauses_apart(question, other, material):
            return [
                f"tests the same fact as the accepted question {other.stem[:40]!r} "
                "(same source sentence): ask about another fact"
            ]
        if _same_figure_and_subject(question, other, lexicon):
            return [
                f"tests the same figure about the same subject as the accepted question "
                f"{other.stem[:40]!r}: ask about another fact"
            ]
        figure = _same_key_in_section(question, other, material)
        if figure is not None:
            return [
                f"tests the same fact as the accepted question {other.stem[:40]!r}: both ask for "
                f"{figure.describe()} in the same section; ask about another fact"
            ]
        cue = (
            same_statement(question, other)
            or printed_clash(question, other, material)
            or (_cues(question, other, material, lexicon) if lexicon is not None else None)
        )
        if cue:
            return [cue]
    return []


def _by_clause(question: Question, other: Question) -> bool:
    """A multiple choice beside an objective item: compared clause by clause
    (statement_reuse.py), not by sentence."""
    types = {question.type, other.type}
    return "multiple_choice" in types and "short_answer" not in types


def _cues(question: Question, other: Question, material: str, lexicon: Lexicon) -> str | None:
    """How one item cues the other through the material's words (item_cues.py), or two
    true/false items on neighbouring sentences, the later going on from the earlier."""
    sections = (
        section_of(question.source_quote, material),
        section_of(other.source_quote, material),
    )
    return (
        key_with_its_duty(question, other, lexicon, material)
        or elimination(question, other, sections, lexicon)
        or goes_on_from(question, other, _later_neighbour(question, other, material), lexicon)
    )


def _later_neighbour(question: Question, other: Question, material: str) -> str | None:
    """The quote of the later of two items on neighbouring sentences of one paragraph, or None
    when they are not neighbours."""
    mine = sentence_index(question.source_quote, material)
    theirs = sentence_index(other.source_quote, material)
    if mine is None or theirs is None or not same_paragraph(mine, theirs, material):
        return None
    return question.source_quote if mine > theirs else other.source_quote
