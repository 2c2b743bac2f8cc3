"""A requirement waived: the act a rule requires, or the person it requires to do it, said to be
not needed.

A point such as 贵重衣物须由店长复核后才能送洗 or "Expensive garments must be checked by the store
manager before cleaning" requires an act (复核, check) of a person (店长, manager). An answer that
waives either ("店员确认后就能送洗，不需要店长复核", 店长不用看, "there is no need for the manager to
check them", "the manager doesn't need to see them") says the opposite of the rule, however many
of its other words it shares: the garment is sent without the check the rule exists for. A teacher
marks it contradicted.

The rule (`waives_requirement`): the point requires (modality.obligation: 须, must); its
requirement words are its actions and its staff roles (roles.roles_in). An answer clause that
exempts (modality.exemption: 不需要, 不用, 无须, 不必, no need, don't need, not required) waives a
requirement word it holds after its cue, or (Chinese) one within a few characters before it
(店长不需要看, 复核不用做); an English clause, anywhere in it ("manager approval is not required").
The waiver counts when its sentence holds a word of the point that no other point of the
question has (it speaks of this rule) and the waived word is said nowhere else in the answer
outside such a clause (店长复核后送洗，店员不用再复核 states the rule, then waives a second check).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from graphs.exam_grading.modality import exemption, exemption_span, obligation
from graphs.exam_grading.point_terms import CLAUSE_BREAK, Term, occurrences
from graphs.exam_grading.roles import roles_in
from graphs.exam_grading.rule_conditions import condition_clause
from graphs.exams import Language

_ZH_BEFORE_CUE = 3
"""Characters before a Chinese exemption cue where its waived word may stand (店长不需要, 复核也不用)."""
_SENTENCE_END = re.compile(r"[。！？!?；;\n]|\.(?=\s|$)")


def waives_requirement(
    point: str,
    terms: Sequence[Term],
    answer: str,
    language: Language,
    others: Sequence[str] = (),
) -> str | None:
    """Why the answer (canonical, as `terms` are) waives the act or the person the point
    requires, if it does (module doc)."""
    if obligation(point, language) != "required":
        return None
    lowered = point.lower()
    roles = set(roles_in(lowered, language))
    required = [t.text for t in terms if t.action or t.text in roles or _is_role(t.text, roles)]
    others_text = " ".join(others).lower()
    topic = [
        t.text
        for t in terms
        if t.text not in required and not occurrences(t.text, others_text, language)
    ]
    if not required or not topic:
        return None
    for sentence in _SENTENCE_END.split(answer.lower()):
        if not any(occurrences(word, sentence, language) for word in topic):
            continue  # the waiver speaks of another rule
        for clause in CLAUSE_BREAK.split(sentence):
            for word in _waived_in(clause, required, language):
                if _said_only_waived(word, answer.lower(), language):
                    return f"says {word} is not needed where the point requires it"
    return None


def _is_role(term: str, roles: set[str]) -> bool:
    return any(term.endswith(role) or role.endswith(term) for role in roles if len(term) > 1)


def _waived_in(clause: str, required: Sequence[str], language: Language) -> list[str]:
    """The requirement words `clause` waives: said after its exemption cue, or (Chinese) just
    before it; an English clause waives any it holds."""
    cue = exemption_span(clause, language)
    if cue is None:
        return []
    cue_start, cue_end = cue
    found = []
    for word in required:
        spans = occurrences(word, clause, language)
        if language != "zh":
            if spans:
                found.append(word)
            continue
        if any(s >= cue_end or cue_start - _ZH_BEFORE_CUE <= e <= cue_start for s, e in spans):
            found.append(word)
    return found


def _said_only_waived(word: str, answer: str, language: Language) -> bool:
    """Whether every clause of the answer that says `word` exempts (a clause requiring or doing
    the act elsewhere is the rule stated, the waiver something else)."""
    holding = [c for c in CLAUSE_BREAK.split(answer) if occurrences(word, c, language)]
    return bool(holding) and all(exemption(c, language) is not None for c in holding)


_ZH_LIGHT_LEAD = re.compile(r"^(?:再|先|去|进行|做)")
"""Light words between an exemption cue and the act it waives (不用再醒花, 不用去牵遛)."""


def waived_act(point: str, answer: str, others: Sequence[str] = ()) -> str | None:
    """The words of a required act a Chinese answer waives though they are no term of the point
    (jieba cuts 醒花 and 牵遛 into single characters, so `waives_requirement` never sees them):
    the longest run of two or more characters right after an exemption cue of the answer (到了就直
    接做花束，不用醒花) that a clause of the point requiring it holds and no other point of the
    question does. Not where the exemption is a condition's exception (到店自取的，不用送货): the
    rule, kept where it applies. `point`, `answer` and `others` are canonical."""
    if obligation(point, "zh") != "required":
        return None
    requiring = [c for c in CLAUSE_BREAK.split(point) if obligation(c, "zh") == "required"]
    theirs = " ".join(others)
    for sentence in _SENTENCE_END.split(answer):
        clauses = CLAUSE_BREAK.split(sentence)
        for index, clause in enumerate(clauses):
            cue = exemption_span(clause, "zh")
            if cue is None or any(condition_clause(c, "zh") for c in clauses[: index + 1]):
                continue
            after = _ZH_LIGHT_LEAD.sub("", clause[cue[1] :].strip())
            for size in range(min(len(after), _LONGEST_ACT), 1, -1):
                words = after[:size]
                if (
                    any(words in c for c in requiring)
                    and words not in theirs
                    and _said_only_waived(words, answer, "zh")
                ):
                    return words
    return None


_LONGEST_ACT = 8
"""The longest run of characters read as the waived act (不用点燃喷烟器: the words, not a sentence)."""
