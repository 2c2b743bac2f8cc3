"""Where a scoring point's terms stand in an answer: found with the point's polarity, or denied.

A term is *found* when it (or a synonym) occurs in the answer with the point's polarity: asserted
where the point asserts it, negated where the point negates it ("不得继续售卖" is matched by
"不能再卖"); a term found only with the opposite polarity is *denied*. A rule stated as a limit or
a keep-as-is order ("can stay 20 minutes at most") is found, not denied (stated_limits.py); a
Chinese verb-object abbreviation (补卡 for 补办新卡) finds its terms (point_places.py), and so does an
act said by its verb's core character (放烟花 for 燃放烟花: verb_cores.py).
scoring_points.judge_point weighs what is found here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from graphs.exam_grading.contradictions import deny_where_the_point_stands
from graphs.exam_grading.contrapositives import as_permission, conditional_permission
from graphs.exam_grading.figures import clause_of
from graphs.exam_grading.fused_terms import fused_found
from graphs.exam_grading.modality import forbidden_cue
from graphs.exam_grading.point_places import abbreviated, within_longer_terms_masked
from graphs.exam_grading.point_terms import CLAUSE_BREAK, Term, clauses_of, occurrences
from graphs.exam_grading.stated_limits import limit_stated
from graphs.exam_grading.term_polarity import polarities_in, term_spans
from graphs.exam_grading.verb_cores import cored_found
from graphs.exam_grading.vocabulary import Vocabulary
from graphs.exams import Language


@dataclass(kw_only=True)
class TermFindings:
    """The point's terms the answer states, those it denies, and the clauses they stand in."""

    found: list[str] = field(default_factory=list)
    """Texts of the terms stated with the point's polarity."""
    denied: list[Term] = field(default_factory=list)
    """Terms stated only with the opposite polarity."""
    places: set[int] = field(default_factory=set)
    """Clauses of the answer where found terms stand."""
    anchored: dict[str, set[int]] = field(default_factory=dict)
    """Found terms that are not time words, with their clauses."""

    def add(self, term: Term, clauses: set[int]) -> None:
        """Record `term` as found in `clauses`."""
        self.found.append(term.text)
        self.places |= clauses
        if term.anchor:
            self.anchored[term.text] = clauses


def find_terms(
    point: str,
    answer: str,
    canonical_answer: str,
    terms: list[Term],
    shared: set[str],
    lang: Language,
    words: Vocabulary,
) -> TermFindings:
    """Which of `terms` the answer states or denies, and where (see the module doc)."""
    findings = TermFindings()
    # The act a prohibition forbids beyond a bound is found denied or not: "shouldn't move
    # pianos" agrees with "must never move a piano more than 1 metre" (stricter, not reversed).
    terms = [replace(t, polar=False) if _forbidden_act(t, point, lang) else t for t in terms]
    # "没有证明就不能开锁" for "查验证明后方可开锁": the permission said the other way round
    read = as_permission(canonical_answer, lang) if conditional_permission(point, lang) else None
    own_rule = words.canonical(point)
    for term in terms:
        # A word the point forbids is read as the answer says it, not in the permission's
        # reading: 「未经同意不能拍照」 forbids 拍照 as 「严禁拍照…，须经同意方可拍摄」 does.
        reading = canonical_answer if term.negated else (read or canonical_answer)
        seen = within_longer_terms_masked(term, reading, {t.text for t in terms} | shared)
        by_denials = denial_words_deny(term, own_rule, lang, words)
        polarities = polarities_in(term, seen, lang, words, by_denials=by_denials)
        if (polarities and not term.polar) or term.negated in polarities:
            findings.add(term, {clause_of(seen, s) for s, _ in occurrences(term.text, seen, lang)})
        elif polarities:
            findings.denied.append(term)
    if kept := limit_stated(point, answer, canonical_answer, terms, findings.denied, lang):
        # "A dog can stay in the cabinet 20 minutes at most", "leave them where they are": the
        # rule stated as a limit or a keep-as-is order, not denied (stated_limits.py).
        for term in kept:
            spans = term_spans(term, canonical_answer, lang)
            findings.add(term, {clause_of(canonical_answer, s) for s, _ in spans})
        findings.denied = []
    deny_where_the_point_stands(
        terms,
        findings.found,
        findings.denied,
        findings.anchored,
        shared,
        canonical_answer,
        lang,
    )
    findings.denied = _under_its_own_denial(point, findings, terms, canonical_answer, lang, words)
    if lang == "zh":
        for term, clause in abbreviated(point, terms, canonical_answer):
            if term.text not in findings.found and term not in findings.denied:
                findings.found.append(term.text)
                findings.places.add(clause)
        for term, clauses in fused_found(terms, canonical_answer, words):  # 不得吸烟: 吸烟的罚款
            if term.text not in findings.found and term not in findings.denied:
                findings.add(term, clauses)
        # 禁止放烟花 for 严禁燃放烟花: the act by its core character (verb_cores.py)
        cored = cored_found(words.canonical(point), terms, canonical_answer, words)
        for term, clauses, agrees in cored:
            if term.text in findings.found or term in findings.denied:
                continue
            if agrees:
                findings.add(term, clauses)
            else:
                findings.denied.append(term)  # 院内可以放烟花 for 严禁燃放烟花
    return findings


def denial_words_deny(term: Term, point: str, lang: Language, words: Vocabulary) -> bool:
    """Whether a word that denies `term` by itself (不得, 禁止 of 允许) denies it in an answer to
    `point` (canonical): not where the point says that word itself, nor where it permits only
    (只允许, 仅允许, "only allowed"). 「严禁燃放鞭炮，只允许在指定焚化炉区域进行」 answered 「不得放鞭炮
    （只能去指定焚化炉）」 (session 25 teacher T18, e2 strong Q9): the answer's 不得 is the point's
    own ban said again, and an only-permission is itself a ban on the rest; neither turns it
    round. The term itself negated (不允许在前厅) still does."""
    denials = words.denials_of(term.text)
    if not denials or any(word in point for word in denials):
        return not denials
    return not any(
        _ONLY[lang].search(point[:start]) for start, _ in occurrences(term.text, point, lang)
    )


_ONLY = {
    "zh": re.compile(r"(?:只|仅|唯一)\s*$"),
    "en": re.compile(r"\bonly\s+(?:be\s+|is\s+|are\s+)?$", re.IGNORECASE),
}
"""The word before a permission that makes it the only one (只允许, "only allowed")."""


def _under_its_own_denial(
    point: str,
    findings: TermFindings,
    terms: Sequence[Term],
    answer: str,
    lang: Language,
    words: Vocabulary,
) -> list[Term]:
    """The denied terms less those the answer denies in a clause where it also says, as denied,
    what the point itself denies: "Don't start work before the customer agrees" puts "work" under
    the point's own "must not start" (the point's subject made the object of an order: the
    answer's negation is the act's polarity, the point's, not the subject's), no denial of it
    (session 21 end teacher T14: "don't start any work until the customer has agreed to the
    written quote" was contradicted). Only the words the point says before its own denial (its
    subject) are read so: "do not touch the burn and pour cold water" keeps "pour" an order."""
    by_text = {t.text: t for t in terms}
    kept = [
        by_text[f]
        for f in findings.found
        if f in by_text and by_text[f].negated and _ORDERED_NOT[lang](f).search(answer)
    ]
    if not kept:
        return findings.denied
    clauses = set().union(*(clauses_of(t, answer, lang, words) for t in kept))
    cue = _POINT_CUE[lang].search(point)
    subject_end = cue.start() if cue else 0  # the point's words before its own denial
    return [
        d
        for d in findings.denied
        if point.lower().find(d.text.lower()) not in range(subject_end)
        or not clauses_of(d, answer, lang, words) & clauses
    ]


def _en_ordered_not(word: str) -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:don't|do not|never|must not|mustn't|may not|cannot|can't)\s+(?:\w+\s+)?{re.escape(word)}",
        re.IGNORECASE,
    )


def _zh_ordered_not(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?:不要|别|不得|不能|禁止|切勿|不准|不许).{{0,4}}{re.escape(word)}")


_ORDERED_NOT = {"en": _en_ordered_not, "zh": _zh_ordered_not}
_POINT_CUE = {
    "en": re.compile(r"\b(?:must not|mustn't|may not|cannot|can't|do not|don't|never|not)\b", re.I),
    "zh": re.compile(r"不得|不能|禁止|严禁|不准|不许|不要|切勿|不可"),
}
"""The answer itself denies the word: an order not to do it ("don't start", 「不要开工」)."""


def _forbidden_act(term: Term, point: str, lang: Language) -> bool:
    """A term of the act a prohibition forbids, though the point's negation reads elsewhere:
    "must never move a piano more than 1 metre" denies the distance, yet moving a piano is what
    it forbids, so "shouldn't move pianos" agrees with the rule (stricter, not the opposite)."""
    if term.negated or not term.polar:
        return False
    text = point.lower()
    return any(
        forbidden_cue(_ANOTHER_ACT.split(CLAUSE_BREAK.split(text[:start])[-1])[-1], lang)
        for start, _ in occurrences(term.text, text, lang)
    )


_ANOTHER_ACT = re.compile(r"\b(?:and|or|then|but)\b|并|并且|然后|再|或")
"""Where another act begins after a prohibition ("do not touch the burn and pour water"): the
act after it is not the one forbidden."""
