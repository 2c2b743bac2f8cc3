"""A refusal the point states, said with the learner's own verb of refusal: the rule, not its denial.

「未满5周岁的儿童不接受报名」 answered 「5岁以下的孩子不收」, "Children under 5 are not accepted for
enrolment" answered "We don't take kids under 5": the point turns someone away and the answer
turns the same people away (the point's figure in the clause that refuses), with another verb
(收 for 接受报名, take for accept). scoring_points.py finds too few of the point's words (missing),
or reads the answer's negation as denying the point's words ("denies under"); a teacher credits
it. Only a point that is itself a refusal, and only when every figure of the point stands in an
answer clause that refuses; a judgement on a figure told wrong or an opposite modality stands.

The other way round (`refusal_turned_round`): 「6岁以下儿童不予接待」 answered 「6岁以下的儿童也收」,
"Children under 6 are not accepted" answered "We take kids under 6 too": the same people, on the
same side of the point's figure, taken in where the point turns them away. Its words and figure
are all there, so it read as stated; it says the opposite, as 可以 for 不得 does (modality.py), with
a verb of accepting that no modal marks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from graphs.exam_grading.figures import Figure, figures_of
from graphs.exam_grading.point_judgement import PointJudgement
from graphs.exam_grading.point_terms import CLAUSE_BREAK
from graphs.exam_grading.vocabulary import Vocabulary
from graphs.exams import Language

_REFUSED = {
    "zh": re.compile(
        r"(?:不|不予|不再|拒绝|拒)(?:接受|接收|收|招收|招|录取|受理|接待)|谢绝|拒收|不能报名|不可报名"
    ),
    "en": re.compile(
        r"\b(?:(?:is|are|be|will be)\s+not\s+(?:accepted|admitted|taken|enrolled|allowed in)|"
        r"(?:don't|do not|does not|doesn't|won't|will not|cannot|can't|never)\s+"
        r"(?:accept|admit|take|enrol|enroll|let in|sign up)|refuse|turn(?:ed)? away)\b",
        re.IGNORECASE,
    ),
}
"""A refusal of someone or something: 不接受报名, 不收, 谢绝; not accepted, don't take, turn away."""
_ACCEPTED = {
    "zh": re.compile(
        r"(?:也|都|照|照样|一样|还是)(?:可以|能)?(?:接受|接收|收|招收|招|录取|受理|接待|报名)"
        r"|(?:可以|能)(?:接受|接收|收|招收|录取|受理|接待|报名)"
        r"|(?:接受|接收|收|招收|录取|受理|接待)(?:的|了|啊|呀|吧|哦)?\s*$"
    ),
    "en": re.compile(
        r"\b(?:accept|admit|take|enrol|enroll|let\s+in|welcome)s?\b|"
        r"\b(?:is|are|be)\s+(?:accepted|admitted|taken|enrolled|welcome)\b",
        re.IGNORECASE,
    ),
}
"""Someone taken in, said without a negation: 也收, 可以报名, …照样接待; we take, are accepted."""
_NEGATED = {
    "zh": re.compile(r"不|没|别|未|拒|谢绝"),
    "en": re.compile(r"\b(?:not|never|no)\b|n't\b|\brefuse", re.IGNORECASE),
}
"""A negation anywhere in a clause: a clause that has one is not read as taking anyone in."""
_SIDES = {
    "zh": {
        "under": re.compile(r"未满|不满|不到|以下|之下|以内|低于|小于"),
        "over": re.compile(r"以上|之上|超过|高于|大于|满\d"),
    },
    "en": {
        "under": re.compile(r"\b(?:under|below|younger|less|fewer)\b", re.IGNORECASE),
        "over": re.compile(r"\b(?:over|above|older|more|exceeding)\b", re.IGNORECASE),
    },
}
"""The words that say which side of a figure is meant."""


def refusal_restated(
    judged: PointJudgement,
    answer: str,
    *,
    language: Language,
    vocabulary: Vocabulary,
    others: Sequence[str],
    stem: str,
) -> PointJudgement:
    """`judged` (missing, or contradicted only by words it denies) credited where the point is a
    refusal and an answer clause refuses with every figure of the point in it (module doc)."""
    if judged.verdict not in {"missing", "contradicted"}:
        return judged
    if judged.wrong_figure or judged.flipped or judged.said:
        return judged
    refused = _REFUSED[language]
    if not refused.search(judged.point):
        return judged
    wanted = figures_of(judged.point, language, in_point=True)
    if not wanted:
        return judged
    for clause in CLAUSE_BREAK.split(answer):
        if not refused.search(clause):
            continue
        given = figures_of(clause, language)
        same_side = _side(clause, language) == _side(judged.point, language)
        if same_side and all(any(_same_value(w, g) for g in given) for w in wanted):
            return replace(judged, verdict="credited", reason="states its refusal", named=True)
    return judged


def refusal_read(
    judged: PointJudgement,
    answer: str,
    *,
    language: Language,
    vocabulary: Vocabulary,
    others: Sequence[str],
    stem: str,
) -> PointJudgement:
    """`judged` with the polarity of a refusal the point states read both ways: its refusal
    restated in the learner's verb is credited, the same people taken in contradicts it."""
    judged = refusal_restated(
        judged, answer, language=language, vocabulary=vocabulary, others=others, stem=stem
    )
    return refusal_turned_round(judged, answer, language)


def refusal_turned_round(judged: PointJudgement, answer: str, language: Language) -> PointJudgement:
    """`judged` (credited or partial) contradicted where the point is a refusal with figures and
    an answer clause with every one of them, on the point's side, takes them in while no clause of
    the answer refuses (module doc)."""
    if judged.verdict not in {"credited", "partial"} or not _REFUSED[language].search(judged.point):
        return judged
    wanted = figures_of(judged.point, language, in_point=True)
    clauses = [c for c in CLAUSE_BREAK.split(answer) if c.strip()]
    if not wanted or any(_REFUSED[language].search(c) for c in clauses):
        return judged
    for clause in clauses:
        if not _ACCEPTED[language].search(clause) or _NEGATED[language].search(clause):
            continue
        given = figures_of(clause, language)
        same_side = _side(clause, language) == _side(judged.point, language)
        if same_side and all(any(_same_value(w, g) for g in given) for w in wanted):
            return replace(
                judged,
                verdict="contradicted",
                reason="takes in whom the point turns away",
                flipped=True,
                said=clause.strip(),
                part=None,
            )
    return judged


def _side(text: str, language: Language) -> str | None:
    """Which side of its figure a refusal turns away: "under" (未满5周岁, 5岁以下, under 5), "over"
    (5岁以上, over 5), None. Read from the words, not the figure's bound, which a negation before
    it turns round in English ("don't take kids under 5")."""
    for side, pattern in _SIDES[language].items():
        if pattern.search(text):
            return side
    return None


def _same_value(wanted: Figure, given: Figure) -> bool:
    """The same value in the same unit (under 5 / 5岁以下 for 未满5周岁: the refusal says the
    bound)."""
    a, b = wanted.quantity, given.quantity
    return a is not None and b is not None and (a.value, a.unit) == (b.value, b.unit)
