"""The learner's own words that turn a point round, for the note of a point told the opposite way.

A point flipped by its modality ("says it is allowed where the point forbids it"), by a
waiver ("says 醒花 is not needed where the point requires it") or by a denial (不用喷烟) earned the bare note 有误（说法与
要点相反）/ "contradicted (says the opposite)": the learner could not see which of their words the
teacher read so. The note quotes them instead (有误（答成：不用醒花）：<the rule>), as it does for an
order told backwards (order_rules.learners_sentence).

The clause quoted (`opposite_clause`) is the answer's clause that says the opposite modal of one
of the point's clauses (permits what one forbids, exempts what one requires, forbids what one
permits) and shares the most of that clause's wording (two-character runs, read through the
synonym groups), at least two of them or the waived words whole (不用醒花): 化纤衣服也可以 of
穿工作服就行，化纤衣服也可以 for 不得穿化纤衣物上岗. Where none does, the note stays 说法与要点相反.
"""

from __future__ import annotations

from dataclasses import replace

from graphs.exam_grading.modality import exemption_span, modality, obligation
from graphs.exam_grading.point_judgement import PointJudgement
from graphs.exam_grading.point_terms import CLAUSE_BREAK
from graphs.exam_grading.vocabulary import Vocabulary
from graphs.exams import Language

_OPPOSED = {"forbidden": "permitted", "permitted": "forbidden", "required": "exempt"}
"""The answer's modal that turns a point clause's modal round."""


def with_learners_words(
    judged: PointJudgement, answer: str, language: Language, vocabulary: Vocabulary
) -> PointJudgement:
    """`judged` with the learner's clause as `said`, where it is contradicted and its note names
    nothing else (a figure, a word told otherwise, a sentence already quoted)."""
    if (
        judged.verdict != "contradicted"
        or judged.said
        or judged.figure is not None
        or judged.rival is not None
    ):
        return judged
    said = opposite_clause(judged.point, answer, language, vocabulary)
    return replace(judged, said=said) if said else judged


def opposite_clause(point: str, answer: str, language: Language, vocabulary: Vocabulary) -> str:
    """The answer's clause (as written) that says the opposite modal of a clause of the point
    and shares the most of its wording; "" where none does."""
    point_clauses = [c for c in CLAUSE_BREAK.split(vocabulary.canonical(point)) if c.strip()]
    best, best_shared = "", 0
    for written in CLAUSE_BREAK.split(answer):
        clause = vocabulary.canonical(written)
        modals = {modality(clause, language), obligation(clause, language)}
        for rule in point_clauses:
            wanted = {
                _OPPOSED.get(m or "")
                for m in (modality(rule, language), obligation(rule, language))
            }
            if not (modals & wanted - {None}):
                continue
            shared = len(_runs(clause, language) & _runs(rule, language))
            if shared < _LEAST_SHARED and not _waives_its_words(clause, rule, language):
                continue  # 可以说客人要求保密 shares only 客人 with 不得透露客人的行程
            if shared > best_shared:
                best, best_shared = written.strip(), shared
    return best


_LEAST_SHARED = 2
"""Runs of wording a quoted clause shares with the rule it turns round: one (客人) is chance."""


def _waives_its_words(clause: str, rule: str, language: Language) -> bool:
    """Whether `clause` waives words the rule holds, said whole right after the cue (不用醒花)."""
    cue = exemption_span(clause, language)
    waived = clause[cue[1] :].strip() if cue else ""
    return len(waived) >= 2 and waived in rule


def _runs(text: str, language: Language) -> set[str]:
    """Two-character runs of a Chinese text; words of an English one."""
    if language == "zh":
        return {
            text[i : i + 2]
            for i in range(len(text) - 1)
            if text[i : i + 2].strip() == text[i : i + 2]
        }
    return {w for w in text.lower().split() if len(w) > 3}
