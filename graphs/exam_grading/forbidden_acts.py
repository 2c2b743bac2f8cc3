"""What states a prohibition: its forbidden act, not the other words of the rule.

A point that forbids an act ("订花人要求匿名的，配送员不得向收花人透露订花人身份") is about that act.
An answer that names the case and the people ("如果收花人追问，可以告诉他是谁送的": 收花人, and 送
read as the stem's 配送) but never forbids anything has not stated it, however many of the point's
other words it holds: a learner who would break the rule is not told they know it. So where the
point forbids an act the stem does not print, that act is the point's action (scoring_points.py
needs an action found to credit a point on half its words): found as the point says it, or a
prohibition said, with a verb of the learner's own, where the point's words are ("也不能说出送礼人
的名字" for 不得透露赠送人的姓名, "Never tell other guests …" for "must not reveal …").

The other way round, an English answer that forbids the point's act with its object, in any form
("no sharing files", "never share files", "don't share files"), has stated "Staff must not share
files among themselves", though it leaves out the doer and "among themselves" and so holds too
few of the point's words (`act_forbidden_with_its_object`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import replace

from graphs.exam_grading.modality import forbidden_cue
from graphs.exam_grading.point_judgement import PointJudgement
from graphs.exam_grading.point_terms import (
    CLAUSE_BREAK,
    EN_FUNCTION_WORDS,
    Term,
    content_terms,
    occurrences,
    term_key,
)
from graphs.exam_grading.vocabulary import Vocabulary
from graphs.exams import Language
from graphs.text.word_class import en_verb_lemma


def acts_found(
    terms: Sequence[Term],
    printed: Collection[str],
    found: Collection[str],
    answer: str,
    places: Collection[int],
    language: Language,
) -> tuple[bool, bool]:
    """Whether one of the point's actions is found (True for a point without actions), and
    whether the answer states the point's act: where the point forbids acts the stem does not
    print (`printed`: term_key forms), one of them found, or a prohibition in an answer clause
    where the point's words are (`places`, as figures.clause_of counts them); else the first."""
    actions = [t.text for t in terms if t.action]
    acted = not actions or any(a in found for a in actions)
    forbidden = [
        t.text
        for t in terms
        if t.action and t.negated and term_key(t.text, language) not in printed
    ]
    if not forbidden:
        return acted, acted
    clauses = CLAUSE_BREAK.split(answer.lower())
    said = any(a in found for a in forbidden) or any(
        0 <= c < len(clauses) and forbidden_cue(clauses[c], language) for c in places
    )
    return acted, said


_EN_PROHIBITION = re.compile(
    r"\b(?:must not|mustn't|may not|should not|shouldn't|cannot|can't|do not|don't|never|not)\s+"
    r"(?:be\s+)?(?P<verb>[a-z]+)(?P<rest>[^,;.]*)",
    re.IGNORECASE,
)
"""An English point's prohibition: the cue, the act it forbids, and what follows in its clause."""
_EN_FORBIDDING = re.compile(
    r"\b(?:no|never|not|don't|do not|mustn't|must not|can't|cannot|may not|shouldn't|"
    r"should not)\s+(?P<verb>[a-z]+)",
    re.IGNORECASE,
)
"""An answer's prohibition of an act: "no sharing", "never share", "don't share"."""
_EN_PREPOSITION_TEXT = (
    "among between with to into onto on in at for from during before after without by near "
    "inside outside under over behind"
)
_EN_PREPOSITIONS = frozenset(_EN_PREPOSITION_TEXT.split())
_EN_RECIPROCAL_TEXT = "among between themselves yourselves ourselves each other one another"
_EN_RECIPROCAL = frozenset(_EN_RECIPROCAL_TEXT.split())
"""Words that only say the doers do the act to one another: "share files among themselves"."""


def act_forbidden_with_its_object(
    judged: PointJudgement,
    answer: str,
    *,
    language: Language,
    vocabulary: Vocabulary,
    others: Sequence[str],
    stem: str,
) -> PointJudgement:
    """`judged` (missing) made credited where an English answer forbids the point's act with its
    object ("no sharing files", "never share files" for "Staff must not share files among
    themselves"), the words left out being the doer, the stem's words or the reciprocal "among
    themselves"; partial, naming them, where it leaves out more ("no pouring oils" for "must not
    pour oils into other containers"). scoring_points.py counts the point's terms and finds too
    few (session 17, F6's list, pattern 3: 'no sharing files' missing, 'no swapping' credited)."""
    if judged.verdict != "missing" or language != "en":
        return judged
    forbidden = _EN_PROHIBITION.search(vocabulary.canonical(judged.point))
    verb = forbidden and en_verb_lemma(forbidden.group("verb"))
    if not forbidden or not verb:
        return judged
    rest = forbidden.group("rest").lower().split()
    cut = next((i for i, w in enumerate(rest) if w in _EN_PREPOSITIONS), len(rest))
    objects = [w for w in rest[:cut] if w not in EN_FUNCTION_WORDS]
    head = objects[-1:]  # "hire skates": the skates
    canonical = vocabulary.canonical(answer).lower()
    point = vocabulary.canonical(judged.point).lower()
    if not any(
        en_verb_lemma(said.group("verb")) == verb
        and all(occurrences(w, clause[said.end() :], language) for w in head)
        and not _said_of_another(clause[said.end() :].split(), point)
        for clause in CLAUSE_BREAK.split(canonical)
        for said in _EN_FORBIDDING.finditer(clause)
    ):
        return judged
    before = vocabulary.canonical(judged.point)[: forbidden.start()].lower()
    printed = vocabulary.canonical(stem).lower()
    left = [
        t.text
        for t in content_terms(judged.point, language, vocabulary)
        if not occurrences(t.text, canonical, language)
        and not occurrences(t.text, before, language)  # the doer ("Staff")
        and not occurrences(t.text, printed, language)
        and t.text not in _EN_RECIPROCAL
        and t.text not in EN_FUNCTION_WORDS
        and t.text not in objects[:-1]  # "hire" of "hire skates": the head names the object
    ]
    if not left:
        return replace(
            judged,
            verdict="credited",
            reason=f"forbids its act ({verb}) and its object",
            named=True,
        )
    return replace(
        judged,
        verdict="partial",
        reason=f"forbids its act ({verb}) but leaves out {', '.join(left)}",
        named=True,
        lacks=", ".join(left),
    )


def _said_of_another(after: list[str], point: str) -> bool:
    """Whether the words after the answer's forbidden act put it with a party or place the point
    does not name ("never share scoops with customers" for "… among themselves"): another rule."""
    for index, word in enumerate(after[:-1]):
        if word in _EN_PREPOSITIONS:
            named = next((w for w in after[index + 1 :] if w not in EN_FUNCTION_WORDS), "")
            if named and not re.search(rf"\b{re.escape(named)}\b", point):
                return True
    return False
