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
from typing import Any

from graphs.exam_generation.choice_builders import single_choice
from graphs.exam_generation.material import Material
from graphs.exam_generation.shortfall_reasons import (
    _NOTE,
    HELD,
    _fewer,
    _rules,
    _where,
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


def levels_made(
    material: Material,
    kind: QuestionType,
    asked: Callable[[str], bool],
    accepted: Sequence[Question],
) -> list[Difficulty]:
    """The difficulties at which a rule no accepted question asks makes a question of this
    single-fact type that passes the checks, easiest first."""
    left = [f for f in material.facts if not asked(f.text)][:_MAX_TRIED]
    made: list[Difficulty] = []
    for level in DIFFICULTIES:
        for fact in left:
            written = [q for q in _built(material, fact, kind, level) if q is not None]
            if any(
                validate_question(q.model_dump(), material.document.text, accepted)[0]
                for q in written
            ):
                made.append(level)
                break
    return made


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


_SINGLE_FACT: tuple[QuestionType, ...] = ("single_choice", "true_false", "fill_blank")


def told_true(
    reason: str,
    document: Document,
    accepted: list[dict[str, Any]],
    rules: int,
    sentences: set[int] | None = None,
) -> str | None:
    """A writer's "cannot make" note told as what the rules the exam leaves do make (held by
    other types, or only other levels), or None when it stands (or is no such note).
    `sentences`: the requested point's, for a slot on a point."""
    if not reason.startswith(_NOTE) or rules == 0:
        return None
    fields = json.loads(reason.removeprefix(_NOTE))
    kind, level = fields["type"], fields["level"]
    if fields["cause"] != "cannot_make" or kind not in _SINGLE_FACT:
        return None
    material = Material.of(document, document.language)
    taken = asked_by(accepted)
    inside = {f.text for f in material.facts if sentences is None or f.sentence in sentences}

    def asked(text: str) -> bool:
        return taken(text) or text not in inside  # a slot on a point: that point's rules only

    made = levels_made(material, kind, asked, accepted_questions(accepted))
    if not made:
        return None
    language, point = fields["language"], fields["point"]
    if level in made:
        return held_by_others(language, kind, point, rules)
    return other_levels(language, kind, level, point, rules, made)


def asked_by(accepted: list[dict[str, Any]]) -> Callable[[str], bool]:
    """Whether an accepted question rests on a rule: its stem, quote or explanation states it
    (how graphs/exam_generation/assembly.py counts the rules left, and this module tries them)."""
    taken = [
        normalise(" ".join(str(a["question"].get(k) or "") for k in _QUOTING)) for a in accepted
    ]
    return lambda text: any(normalise(text) in t for t in taken)


_QUOTING = ("stem", "source_quote", "explanation")
