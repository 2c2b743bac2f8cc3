"""When a multiple choice may state a sentence another item of the exam already rests on.

A material without sections has one list of rules, and an exam of a dozen items uses most of its
sentences; refusing every statement whose sentence another item quotes left a ten-rule procedure
without a multiple choice. A sentence often holds several facts ("卸油前，卸油员必须连接静电接地
线，接地电阻不得大于10欧姆": who connects the earth line, and the resistance limit), so the unit
compared is the clause: a statement may rest on a sentence another item uses when it tests
another clause of it, and gives nothing away:

    - no statement prints another item's key beside its duty: the clause holding the key is
      the clause that item tests (below); another clause of its sentence printing it is refused
      by sibling_keys.check_sibling_clause_key, and the key in its context by answer_leaks.py;
    - no statement, true or made false, rests on the clause another item tests: the clause
      holding a choice or fill-in item's key (a false option changing the figure another item
      asks is shown false by that item's options, and shows their key), the clause a
      true/false item states, a multiple choice's option;
    - a short answer's scoring points stay whole facts: an objective item on any clause of their
      sentences previews the answer (substance.check_same_fact compares them by sentence).

`statement_clash` is the validators' test (substance.check_same_fact) and the builder's
(choice_builders.multiple_choice), so both judge alike.

The same unit holds between single-fact items (`clauses_apart`): a single choice, fill-in or
true/false may rest on a rule another one uses when they test different clauses of it and
neither prints a clause the other tests (「肥料浓度不得超过（    ）」 beside 「施肥后（    ）内不得喷洒
农药」, clause_facts.py; not beside an item printing the whole rule, which prints the key).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from rapidfuzz import fuzz

from graphs.exam_generation.blanks import blank_answers
from graphs.exams import Question
from graphs.text.caches import register
from graphs.text.sentences import split_sentences
from graphs.text.similarity import normalise

MIN_CLAUSE_CHARS = 4
"""Normalised characters of a clause worth comparing: 「卸油前」 alone is a frame, not a fact."""
MIN_KEY_CHARS = 2
CLAUSE_MATCH = 85.0
"""fuzz.partial_ratio at or above which a text states a clause of the material (a changed figure
still matches: 「应静置5分钟再计量油罐液位」 is the clause 「应静置10分钟再计量油罐液位」)."""
_CLAUSE_BREAK = re.compile(r"[，,；;：:]")
WHOLE_SHARE = 0.8
"""Share of another sentence's clauses a text must state to rest on it too (a fact stated with
the sentence before it)."""
_TRUE_FALSE_PREFIX = re.compile(r"^(?:判断正误：|True or false:\s*)", re.IGNORECASE)
_ITEM_NUMBER = re.compile(
    r"^\s*(?:第[一二三四五六七八九十百零〇两\d]+[条章节款项]|\d+(?:\.\d+)*[.、)]"
    r"|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|(?:Article|Rule|Section)\s+\d+[.:]?)\s*",
    re.IGNORECASE,
)
"""An article's or a list item's number: no words of its rule. Kept, 「第三条装修押金…30日内无息退还」
is three characters longer than the statement 「装修押金…21日内无息退还」 and no longer matches it,
so a false option on the clause a single choice asks passed (session 18 designer D11, m3b)."""


@lru_cache(maxsize=32)
def _clauses(material: str) -> tuple[tuple[int, str], ...]:
    """The material's clauses, normalised, long enough to be a fact, each with the index of its
    sentence (one clause, 「并报告区域质量经理」, may close two different rules)."""
    found: list[tuple[int, str]] = []
    for index, sentence in enumerate(split_sentences(material)):
        for clause in _CLAUSE_BREAK.split(_ITEM_NUMBER.sub("", sentence.text, count=1)):
            if len(normalise(clause)) >= MIN_CLAUSE_CHARS:
                found.append((index, normalise(clause)))
    return tuple(found)


register(_clauses.cache_clear)


@lru_cache(maxsize=32)
def _headings(material: str) -> tuple[str, ...]:
    return tuple(normalise(s.section) for s in split_sentences(material))


register(_headings.cache_clear)


@lru_cache(maxsize=4096)
def stated_clauses(text: str, material: str) -> frozenset[tuple[int, str]]:
    """The material's clauses a text states (as written or with one figure or word changed),
    from its own sentence: the one under the heading it names (「出差其他城市，市内交通费每天不超过
    50元」 is the other cities' rule, not the first-tier cities' of the same wording), else the
    one it states most of; and any other it states whole."""
    target = normalise(text)
    if not target:
        return frozenset()
    clauses = _clauses(material)
    matched = [
        (index, clause)
        for index, clause in clauses
        if len(clause) <= len(target) + _slack(clause, target) and _states(clause, target)
    ]
    if not matched:
        return frozenset()
    stated: dict[int, int] = {}
    for index, clause in matched:
        stated[index] = stated.get(index, 0) + len(clause)
    headings = _headings(material)
    best = max(stated, key=lambda i: (bool(headings[i]) and headings[i] in target, stated[i]))
    # Another sentence only when the text states it as written (a fact stated with the one
    # before it), not one of the same wording with another figure.
    own = {best} | {
        i
        for i in stated
        if all(c in target for j, c in clauses if j == i)
        and sum(len(c) for j, c in clauses if j == i) >= WHOLE_SHARE * stated[i]
    }
    return frozenset(m for m in matched if m[0] in own)


register(stated_clauses.cache_clear)


def _states(clause: str, target: str) -> bool:
    """Whether `target` states `clause`, as written, with a figure changed or with its modality
    flipped: 「队员饮酒后可以下水」 is 「队员饮酒后不得下水」 made false, though two of its nine
    characters differ (a ratio of 78 on so short a clause), and a multiple choice stating the
    rule beside the true/false item flipping it gave that item's answer away."""
    if fuzz.partial_ratio(clause, target) >= CLAUSE_MATCH:
        return True
    # The flips' own words; imported here, as modality_changes reaches this module through
    # the validators it calls.
    from graphs.exam_generation.modality_changes import MODAL_WORDS

    masked = MODAL_WORDS.sub("#", clause)
    return masked != clause and fuzz.partial_ratio(masked, MODAL_WORDS.sub("#", target)) >= (
        CLAUSE_MATCH
    )


CLAUSE_SLACK = 2
"""Characters a clause may be longer than the text stating it (a figure written shorter)."""
_NEGATION = re.compile(r"not|never|no|不得|不|禁止|严禁|无须|无需")
NEGATION_SLACK = 5
"""More, when the clause holds a negation the text dropped: "Children may not sit on the
machines" made false as "Children may sit on the machines" is three characters shorter, and a
multiple choice stating it beside a true/false item on that rule passed (session 23 lead,
laundrette FAQ)."""


def _slack(clause: str, target: str) -> int:
    dropped = len(_NEGATION.findall(clause)) > len(_NEGATION.findall(target))
    return CLAUSE_SLACK + (NEGATION_SLACK if dropped else 0)


def _keys(question: Question) -> list[str]:
    if question.type == "single_choice":
        texts = {o.key: o.text for o in question.options}
        keys = [texts[a] for a in question.answer if a in texts]
    elif question.type == "fill_blank":
        keys = blank_answers(question)
    else:
        return []
    return [k for k in (normalise(k) for k in keys) if len(k) >= MIN_KEY_CHARS]


def tested_clauses(question: Question, material: str) -> frozenset[tuple[int, str]]:
    """The clauses of the material an item tests: a choice or fill-in item's clauses holding its
    key, a true/false item's statement (and when keyed false the clause it changed), a multiple
    choice's options."""
    if question.type in ("single_choice", "fill_blank"):
        keys = _keys(question)
        quote = stated_clauses(question.source_quote, material)
        return frozenset(c for c in quote if any(k in c[1] for k in keys))
    if question.type == "true_false":
        statement = _TRUE_FALSE_PREFIX.sub("", question.stem)
        return stated_clauses(statement, material)
    if question.type == "multiple_choice":
        return frozenset().union(*(stated_clauses(o.text, material) for o in question.options))
    return frozenset()


def statement_clash(statement: str, other: Question, material: str) -> str | None:
    """Why a multiple choice's statement may not stand beside the accepted item `other`, or
    None."""
    return _clash([statement], other, other, material)


def options_clash(question: Question, accepted: Sequence[Question], material: str) -> str | None:
    """The first clash of a multiple choice's options with an accepted item, or of an item with
    an accepted multiple choice's options (none with a short answer: those compare by
    sentence)."""
    for other in accepted:
        if "short_answer" in (question.type, other.type):
            continue
        if question.type == "multiple_choice":
            options = [o.text for o in question.options]
            clash = _clash(options, other, other, material)
            shown = _printed(options, other, material)
            if shown and not clash:
                clash = (
                    f"the accepted question {other.stem[:40]!r} prints the fact a statement "
                    f"rests on ({shown!r}): state another fact"
                )
        elif other.type == "multiple_choice":
            options = [o.text for o in other.options]
            clash = _clash(options, question, other, material)
            shown = _printed(options, question, material)
            if shown and not clash:
                clash = (
                    f"prints the fact a statement of the accepted question {other.stem[:40]!r} "
                    f"rests on ({shown!r}): ask about another fact"
                )
        else:
            clash = None
        if clash:
            return clash
    return None


def _clash(statements: list[str], tested: Question, named: Question, material: str) -> str | None:
    """The statements' clause `tested` tests, named by the accepted item `named`."""
    tests = tested_clauses(tested, material)
    for statement in statements:
        shared = stated_clauses(statement, material) & tests
        if shared:
            return (
                f"tests the same fact as the accepted question {named.stem[:40]!r}: a statement "
                f"rests on the clause it tests ({sorted(shared)[0][1][:20]!r}); state another fact"
            )
    return None


def _printed(statements: list[str], shown: Question, material: str) -> str | None:
    """A statement on a clause another item prints whole (its normalised clause): a stem giving
    its context ("Service washes are ready within 24 hours. Items not collected within (    ) …")
    shows whether the option "Service washes are ready within 12 hours" is true (session 23
    lead, laundrette FAQ)."""
    printed = _printed_clauses(shown, material)
    for statement in statements:
        shared = stated_clauses(statement, material) & printed
        if shared:
            return sorted(shared)[0][1][:20]
    return None


SINGLE_FACT_TYPES = frozenset({"single_choice", "fill_blank", "true_false"})


def _printed_clauses(question: Question, material: str) -> frozenset[tuple[int, str]]:
    """The material's clauses an item prints whole (its stem and options)."""
    shown = " ".join([question.stem, *(o.text for o in question.options)])
    return stated_clauses(_TRUE_FALSE_PREFIX.sub("", shown), material)


def clauses_apart(question: Question, other: Question, material: str) -> bool:
    """Whether two single-fact items on one rule test different facts of it: each tests a clause
    the other neither tests nor prints."""
    if {question.type, other.type} - SINGLE_FACT_TYPES or not material:
        return False
    mine, theirs = tested_clauses(question, material), tested_clauses(other, material)
    if not mine or not theirs or mine & theirs:
        return False
    return not (
        mine & _printed_clauses(other, material) or theirs & _printed_clauses(question, material)
    )


def printed_clash(question: Question, other: Question, material: str) -> str | None:
    """Why two single-fact items may not stand together: one prints a clause of the material
    the other tests (a thin clause printed after the sentence before it states another item's
    true/false; a cloze printing the clause another blanks), or None."""
    if {question.type, other.type} - SINGLE_FACT_TYPES or not material:
        return None
    for shown, tested, named in (
        (question, other, other),
        (other, question, other),
    ):
        shared = _printed_clauses(shown, material) & tested_clauses(tested, material)
        if shared:
            return (
                f"prints the fact the accepted question {named.stem[:40]!r} tests, or the other "
                f"way round ({sorted(shared)[0][1][:20]!r}): ask about another fact"
            )
    return None
