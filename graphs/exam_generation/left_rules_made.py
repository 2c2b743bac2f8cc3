"""What the rules the final exam leaves untested still make, so that a slot's reason is true.

A writer gives its reason when its round ends: "the rules left cannot make a fill-in" was
judged on the rules free then. Rules another type held at that time, or that a question later
rejected gave back, were never tried; the trainer read "found none it could blank soundly" of
rules the next run blanked ("超出该范围时，制冰员须每15分钟记录一次温度", session 15 D7 e1 and
bp1-10; "Late check-out until 13:00 costs EUR 8.", e3). Before the note is told, the rules left
are tried once more with the offline builders and the validators: a type they make at the
slot's level was held by other types (`held_by_others`); at other levels only, that is the
reason (shortfall_reasons.other_levels); none, and "cannot make" stands.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from graphs.exam_generation import clause_facts as clauses
from graphs.exam_generation.check_findings import finding
from graphs.exam_generation.choice_builders import single_choice
from graphs.exam_generation.later_cases import by_fact
from graphs.exam_generation.material import Material
from graphs.exam_generation.part_shortfalls import fewer as _fewer
from graphs.exam_generation.part_shortfalls import rule_count as _rules
from graphs.exam_generation.shortfall_reasons import (
    _NOTE,
    HELD,
    _where,
    failed_checks,
    other_levels,
)
from graphs.exam_generation.statement_builders import fill_blank, true_false
from graphs.exam_generation.validation import validate_question
from graphs.exams import DIFFICULTIES, Difficulty, Language, Question, QuestionType
from graphs.exams import TYPE_NAMES as _TYPE
from graphs.text.document import Document
from graphs.text.facts import Fact
from graphs.text.similarity import normalise

_MAX_TRIED = 12
"""Rules tried per type: enough to find one that makes the type, bounded for a long material."""


def _built(
    material: Material, fact: Fact, kind: QuestionType, level: Difficulty
) -> list[Question | None]:
    if kind == "single_choice":
        return [single_choice(material, fact, level, "-")]
    if kind == "fill_blank":
        return [fill_blank(material, fact, level, "-")]
    if kind == "true_false":
        return [true_false(material, fact, level, "-", answer) for answer in (True, False)]
    return []


@dataclass
class Trial:
    """What the rules left make of one single-fact type, tried as the writer would try them."""

    made: list[Difficulty] = field(default_factory=list)
    """Levels at which a rule left makes a question that passes the checks, easiest first."""
    printed_asked: bool = False
    """A rule left makes one only printed with a sentence another question asks: the writer
    takes no rule whose sentences an accepted question uses (clause_facts.asked_before)."""
    problems: list[str] = field(default_factory=list)
    """What the checks found in the questions the rules left do make."""


def levels_made(
    material: Material,
    kind: QuestionType,
    asked: Callable[[str], bool],
    accepted: Sequence[Question],
) -> list[Difficulty]:
    """The difficulties at which a rule no accepted question asks makes a question of this
    single-fact type that passes the checks, easiest first."""
    return tried(material, kind, asked, accepted).made


def tried(
    material: Material,
    kind: QuestionType,
    asked: Callable[[str], bool],
    accepted: Sequence[Question],
) -> Trial:
    """The rules no accepted question asks, each built at every level and checked: what they
    make, whether one is held back by its printed context, and what the checks found."""
    # Rule by rule and clause by clause, as the writer takes them for a single-fact item.
    facts = by_fact(list(material.facts), material)
    left = [f for f in facts if not asked(f.text)][:_MAX_TRIED]
    quoted = {normalise(str(getattr(q, k) or "")) for q in accepted for k in _QUOTING} - {""}
    used = clauses.taken_sentences(material, quoted)
    trial = Trial()
    for level in DIFFICULTIES:
        for fact in left:
            written = [q for q in _built(material, fact, kind, level) if q is not None]
            if not written:
                continue
            if clauses.asked_before(fact, used, quoted):
                trial.printed_asked = True
                continue
            checked = [
                validate_question(q.model_dump(), material.document.text, accepted) for q in written
            ]
            if any(question is not None for question, _ in checked):
                trial.made.append(level)
                break
            trial.problems += [p for _, problems in checked for p in problems]
    return trial


def accepted_questions(accepted: list[dict[str, Any]]) -> list[Question]:
    """The exam's questions, as the validators compare a new one with them."""
    return [Question.model_validate(a["question"]) for a in accepted]


def held_by_others(
    language: Language, question_type: QuestionType, point: str | None, rules: int
) -> str:
    """The rules left make this type at the slot's level: they were held by other types, or
    given back by a rejected question, after this type's rounds."""
    where = _where(language, point)
    if language == "zh":
        return (
            f"{where}剩余的{rules}条规定能出{_TYPE['zh'][question_type]}，但出这类题时它们"
            f"{HELD['zh']}；{_fewer('zh', question_type)}"
        )
    return (
        f"the {_rules(rules)} left in {where} do make {_TYPE['en'][question_type]} questions, "
        f"but {HELD['en']}; {_fewer('en', question_type)}"
    )


def printed_with_asked(
    language: Language, question_type: QuestionType, point: str | None, rules: int
) -> str:
    """The rules left make this type only printed with a sentence another question asks (a
    clause that goes on from the rule before it): the question would give that one away."""
    where = _where(language, point)
    if language == "zh":
        return (
            f"{where}剩余的{rules}条规定中能出{_TYPE['zh'][question_type]}的，须连同前一句一起印出，"
            f"而前一句已被其他题目考到（会泄露那道题的答案）；{_fewer('zh', question_type)}"
        )
    return (
        f"of the {_rules(rules)} left in {where}, those a {_TYPE['en'][question_type]} question "
        "could ask can only be printed with the sentence before them, which another question "
        f"already asks (it would give that question's answer away); {_fewer('en', question_type)}"
    )


_SINGLE_FACT: tuple[QuestionType, ...] = ("single_choice", "true_false", "fill_blank")


def told_true(
    reason: str,
    document: Document,
    accepted: list[dict[str, Any]],
    rules: int,
    sentences: set[int] | None = None,
    flexible: bool = False,
) -> str | None:
    """A writer's "cannot make" note told as what the rules the exam leaves do make (held by
    other types, only other levels, only printed with a rule another item asks, or items the
    checks refuse), or None when it stands (or is no such note). `sentences`: the requested
    point's, for a slot on a point. `flexible`: a slot of a mixed blueprint, which takes any
    level, so "only other levels" is never its reason (session 15 end designer D8: 「只能出简单
    难度的填空题，出不了困难难度的」 on an exam asked at mixed difficulty)."""
    if not reason.startswith(_NOTE) or rules == 0:
        return None
    fields = json.loads(reason.removeprefix(_NOTE))
    kind, level = fields["type"], fields["level"]
    # "None left" when written, with rules left in the final exam, renders as "cannot make" too.
    if fields["cause"] not in ("cannot_make", "none_left") or kind not in _SINGLE_FACT:
        return None
    material = Material.of(document, document.language)
    taken = asked_by(accepted)
    every = [*material.facts, *by_fact(list(material.facts), material)]
    inside = {f.text for f in every if sentences is None or f.sentence in sentences}

    def asked(text: str) -> bool:
        return taken(text) or text not in inside  # a slot on a point: that point's rules only

    trial = tried(material, kind, asked, accepted_questions(accepted))
    language, point = fields["language"], fields["point"]
    if trial.made and (flexible or level in trial.made):
        return held_by_others(language, kind, point, rules)
    if trial.made:
        return other_levels(language, kind, level, point, rules, trial.made)
    if trial.printed_asked:
        return printed_with_asked(language, kind, point, rules)
    if trial.problems:
        return failed_checks(language, kind, point, rules, [finding(p) for p in trial.problems][:2])
    return None


def asked_by(accepted: list[dict[str, Any]]) -> Callable[[str], bool]:
    """Whether an accepted question rests on a rule: its stem, quote or explanation states it
    (how graphs/exam_generation/assembly.py counts the rules left, and this module tries them)."""
    taken = [
        normalise(" ".join(str(a["question"].get(k) or "") for k in _QUOTING)) for a in accepted
    ]
    return lambda text: any(normalise(text) in t for t in taken)


_QUOTING = ("stem", "source_quote", "explanation")
