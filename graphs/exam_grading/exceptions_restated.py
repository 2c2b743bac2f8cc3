"""An exception the point rules out, restated with the learner's own negation: agreement, not the
point told the other way round.

「例外：表被进水、摔落造成的损坏，不在保修范围内」 answered 「修好后半年内同样的毛病免费保修；进水或者
摔坏的不保」 (session 23 held-out teacher T16, A_strong Q8): the answer asserts 保修 where it states
the main rule, in a clause that holds none of the exception's own words, and says the exception
with a negation of its own (不保). scoring_points.py reads the asserted 保修 as the word the point
rules out said affirmatively: 有误（说法与要点相反）, a false note.

A point that excludes something (不在…范围, 不属于, 不包括, 除外; "not covered", "excluded") judged
contradicted is read again on the answer's clauses that hold its own words (no other point's), when
each of them carries a negation: the clauses asserting the ruled-out word without any of its own
words are another rule's. The reading of those clauses stands where it does not contradict the
point; where it finds the point missing, the exception is named and negated, but said with other
words: part of it. A clause that holds the point's words and asserts (进水的也保修) keeps the
contradiction.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from graphs.exam_grading.point_judgement import PointJudgement
from graphs.exam_grading.point_terms import CLAUSE_BREAK, content_terms
from graphs.exam_grading.scope import says_a_negation
from graphs.exam_grading.scoring_points import judge_point
from graphs.exam_grading.vocabulary import Vocabulary
from graphs.exams import Language

_EXCLUDES = {
    "zh": re.compile(r"不在[^，,。；;]{0,8}(?:范围|之列)|不属于|不包括|不包含|除外|不予"),
    "en": re.compile(r"\bnot (?:be )?(?:covered|included)\b|\bexcluded\b|\bexcept\b", re.I),
}
"""A point that rules something out of a scope; said by the learner, it negates as a cue does
(进水的除外, "water damage is excluded")."""


def exception_restated(
    judged: PointJudgement,
    answer: str,
    *,
    language: Language,
    vocabulary: Vocabulary,
    others: Sequence[str],
    stem: str,
) -> PointJudgement:
    """`judged` (contradicted) read again on the clauses that restate the point's exclusion with a
    negation of their own (module doc); `judged` itself otherwise."""
    if judged.verdict != "contradicted" or judged.wrong_figure:
        return judged
    point = judged.point
    if not _EXCLUDES[language].search(point):
        return judged
    own = _own_words(point, language, vocabulary, others)
    clauses = [c.strip() for c in CLAUSE_BREAK.split(answer) if c.strip()]
    holding = [c for c in clauses if any(w in vocabulary.canonical(c) for w in own)]
    if not holding and _asserted_only(judged.reason):
        reason = "names none of its own words: the word it rules out is another rule's"
        return replace(judged, verdict="missing", reason=reason, flipped=False, said="")
    if not holding or len(holding) == len(clauses):
        return judged
    if not all(_negates(c, language) for c in holding):
        return judged
    joiner = "，" if language == "zh" else ", "
    again = judge_point(
        point,
        joiner.join(holding),
        language=language,
        vocabulary=vocabulary,
        others=others,
        stem=stem,
    )
    if again.verdict == "contradicted":
        return judged
    if again.verdict != "missing":
        return again
    said = vocabulary.canonical(joiner.join(holding))
    items = _excluded_items(point, own)
    left = [part for part, words in items if not any(_named(w, said, language) for w in words)]
    if items and not left:
        reason = "restates each thing it excludes, with its own negation"
        return replace(again, verdict="credited", reason=reason, named=True)
    left = left or [w for w in own if not _named(w, said, language)]
    return replace(
        again,
        verdict="partial",
        reason="restates the exclusion with its own negation, in other words",
        named=True,
        lacks=("、" if language == "zh" else ", ").join(left),
    )


def _negates(clause: str, language: Language) -> bool:
    """The clause says the exclusion with a negation of its own (不保, "won't cover") or an
    exclusion word (除外, excluded): the learner's own words for it."""
    return says_a_negation(clause, language) or bool(_EXCLUDES[language].search(clause))


_ITEM_BREAK = re.compile(r"、|或者|或是|或|和|及|以及|, | or | and ")


def _excluded_items(point: str, own: list[str]) -> list[tuple[str, list[str]]]:
    """The things the point excludes (表被进水、摔落造成的损坏: 表被进水, 摔落造成的损坏), each as
    written and its own words; none where its clause lists no such thing."""
    body = re.split(r"[：:]", point, maxsplit=1)[-1]
    clause = max(CLAUSE_BREAK.split(body), key=lambda c: sum(w in c for w in own), default="")
    items = [(part.strip(), [w for w in own if w in part]) for part in _ITEM_BREAK.split(clause)]
    return [(part, words) for part, words in items if words]


def _named(word: str, said: str, language: Language) -> bool:
    """`word` said, or in Chinese a two-character word one of whose characters is there with its
    sense (摔坏 for 摔落, 坏 of 损坏)."""
    if word in said:
        return True
    return language == "zh" and len(word) == 2 and any(ch in said for ch in word)


def _asserted_only(reason: str) -> bool:
    """The contradiction is only the ruled-out word said affirmatively (point_judgement.denial)."""
    return reason.startswith("says ") and reason.endswith("where the point rules it out")


def _own_words(
    point: str, language: Language, vocabulary: Vocabulary, others: Sequence[str]
) -> list[str]:
    """The point's words it does not negate and no other point has (受潮, 摔落, 损坏)."""
    theirs = {t.text for o in others for t in content_terms(o, language, vocabulary)}
    return [
        t.text
        for t in content_terms(point, language, vocabulary)
        if not t.negated and t.text not in theirs and len(t.text) > 1
    ]
