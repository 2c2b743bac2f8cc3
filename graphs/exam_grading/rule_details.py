"""A rule told without one of its details: part of the point, not nothing.

「缺勤要打电话联系家长」 for 「幼儿缺勤的，班级保育员须在当天上午10点前电话联系家长」 states the rule
(a duty to contact the parents when a child is absent) and leaves out when; 「传染病返园要有证明」 for
「因传染病离园的幼儿，返园时必须出具医疗机构的痊愈证明」 leaves out whose certificate. A teacher
gives part of the point (half, PARTIAL_CREDIT) and names what is missing.

Narrowly, since a point's words alone are no rule (a figure-less word overlap is no fact stated):
the point's rule clause is its first clause with a modal word or an obligation; the thing it
bears on is that clause's last word that is no verb (家长, 证明, the party or object of its action).
One clause of the answer has to hold that thing with a word of the point no other point has
(its case: 缺勤, 传染病; its means: 电话), and the rule's force: required where the point requires
(须 … as 要, must), forbidden where it forbids, permitted where it permits; and no figure.
Then the point is partial, lacking its figures, else the rule clause's words the answer leaves out,
its deadline (当班结束前) and the point's later clauses the answer says nothing of (交护士长签字).
Only a point of one rule is read here; a point of several rules is point_rules.py's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from graphs.exam_grading.content_words import is_content
from graphs.exam_grading.figures import figures_of
from graphs.exam_grading.method_names import figure_left_out
from graphs.exam_grading.modality import modality, obligation
from graphs.exam_grading.point_judgement import PointJudgement
from graphs.exam_grading.point_rule_clauses import rules_of
from graphs.exam_grading.point_terms import CONDITION, bracketed_only, content_terms, term_key
from graphs.exam_grading.shift_deadlines import WITHIN_SHIFT
from graphs.exam_grading.vocabulary import Vocabulary
from graphs.exams import Language

_CLAUSE = re.compile(r"[，,；;。！？!?\n]|\.(?=\s|$)")
_SAID_REQUIRED = re.compile(r"(?<![不只需想])要(?![求是不])|得(?=[去先马]|要)")
"""要 and 得 as a learner says 须 (缺勤要打电话; 得先报备): spoken Chinese for a duty."""
_DETAIL_JOINER = {"zh": "、", "en": ", "}


def _force(clause: str, language: Language) -> str | None:
    said = modality(clause, language) or obligation(clause, language)
    if said is None and language == "zh" and _SAID_REQUIRED.search(clause):
        return "required"
    return said


def detail_left_out(
    judged: PointJudgement,
    answer: str,
    *,
    language: Language,
    vocabulary: Vocabulary,
    others: Sequence[str],
    stem: str,
) -> PointJudgement:
    """`judged` (missing) made partial when an answer clause states the point's rule, its thing
    and its force, without a detail (a time, a place, an issuer); `judged` otherwise."""
    if judged.verdict != "missing":
        return judged
    rule = next(
        (
            clause
            for clause in _CLAUSE.split(judged.point)
            if not CONDITION.search(clause) and _force(clause, language)
        ),
        None,
    )
    if rule is None or len(rules_of(judged.point, language)) > 1:
        return judged
    words = [t for t in content_terms(rule, language, vocabulary) if not t.action]
    if not words:
        return judged
    thing = words[-1]
    shared = {
        term_key(t.text, language) for o in others for t in content_terms(o, language, vocabulary)
    }
    own = [
        vocabulary.canonical(t.text)
        for t in content_terms(judged.point, language, vocabulary)
        if t.text != thing.text and term_key(t.text, language) not in shared
    ]
    force = _force(rule, language)
    for clause in _CLAUSE.split(vocabulary.canonical(answer)):
        if (
            vocabulary.canonical(thing.text) in clause
            and any(term in clause for term in own)
            and _force(clause, language) == force
            and not figures_of(clause, language)
        ):
            return _partial(judged, rule, answer, language, vocabulary, stem)
    return judged


def _partial(
    judged: PointJudgement,
    rule: str,
    answer: str,
    language: Language,
    vocabulary: Vocabulary,
    stem: str,
) -> PointJudgement:
    figures = figures_of(judged.point, language, in_point=True)
    if figures:  # missing where the figure names the method (五步检查法: method_names.py)
        why = f"states the rule without its figure {figures[0].describe()}"
        return figure_left_out(judged.point, figures[0], why)
    printed = {term_key(t.text, language) for t in content_terms(stem, language, vocabulary)}
    canonical = vocabulary.canonical(answer)
    due = WITHIN_SHIFT.search(rule)
    terms = content_terms(rule, language, vocabulary)
    aside = bracketed_only(rule, terms, language)  # "(for example an email …)": no detail
    left_out = [
        t.text
        for t in terms
        if not t.action
        and is_content(t, language)  # "one", "then": no detail (content_words.py)
        and t.text not in aside
        and term_key(t.text, language) not in printed
        and vocabulary.canonical(t.text) not in canonical
        and not (due and t.text in due.group())
    ]
    telling = [
        clause
        for clause in _CLAUSE.split(canonical)
        if any(
            vocabulary.canonical(t.text) in clause
            for t in content_terms(rule, language, vocabulary)
        )
    ]
    if due and not any(_DEADLINE_SAID[language].search(clause) for clause in telling):
        left_out.append(due.group().strip())  # 当班结束前, not 当班 and 结束 as two words
    left_out += _clauses_left_out(judged.point, rule, canonical, language, vocabulary)
    return PointJudgement(
        judged.point,
        "partial",
        "states the rule without " + (", ".join(left_out) or "a detail"),
        named=True,
        lacks=_DETAIL_JOINER[language].join(left_out),
    )


_DEADLINE_SAID = {
    "zh": re.compile(r"前|以内|之内|内|当天|当班|下班|结束|今天|今晚|收工"),
    "en": re.compile(r"\b(?:before|by|until|till|within|end|ends|tonight|today)\b", re.I),
}
"""Any deadline of the answer's own: another one is the contradiction checks' to judge."""


def _clauses_left_out(
    point: str, rule: str, answer: str, language: Language, vocabulary: Vocabulary
) -> list[str]:
    """The point's clauses after its rule clause that the answer says none of (交护士长签字 of
    「…填写报告单，交护士长签字」 answered 写报告单): what is missing is named whole."""
    clauses = [c.strip() for c in _CLAUSE.split(point) if c.strip()]
    after = clauses[clauses.index(rule.strip()) + 1 :] if rule.strip() in clauses else []
    return [
        clause
        for clause in after
        if not CONDITION.search(clause)
        and (terms := content_terms(clause, language, vocabulary))
        and not any(vocabulary.canonical(t.text) in answer for t in terms)
    ]
