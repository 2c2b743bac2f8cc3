"""A prohibition said as a limit or as an order to keep things as they are: the rule, not its flip.

A point that forbids an act past a bound ("Cashiers must not refund more than $50 unless a manager
signs") is stated by an answer that permits the act up to the bound: "may only refund up to $50",
"can leave the deck at most once", 只能搬一层, 最多放两箱. The permission states the limit
(`states_a_limit`: only, at most, no more than; 只能, 最多, 至多, 仅), so it is the rule, not its
reversal, and the words the point negates there are asserted in the answer as the rule says them.

A point that forbids changing a state ("do not move the guest unless…", "do not open the freezer
door") is stated by an order to keep it as it is (`keeps_as_is`: leave them where they are, keep
the door closed, stay put; 原地不动, 保持原样, 留在原地): that order denies the point's forbidden act
(move, open) though it does not name it.

A point that forbids an act past a bound ("Never leave a dog unattended for more than 30
minutes": its cue bounds the figure, so its words are asserted up to it) is told stricter, not
turned round, by an answer that forbids the act outright and gives no figure there ("Never leave
a dog on its own"): the act stated, its figure left out (`_forbidden_outright`).

Neither reading holds where the answer's clause says no limit ("may carry it up any number of
floors", 可以搬上任何楼层): that permission is the flip (modality.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from graphs.exam_grading.compared_bounds import comparison_restates
from graphs.exam_grading.figures import clause_of, figures_of
from graphs.exam_grading.limits import bounded_alike
from graphs.exam_grading.modality import modality
from graphs.exam_grading.point_terms import CLAUSE_BREAK, Term
from graphs.exam_grading.term_polarity import term_spans
from graphs.exams import Language

_LIMIT = {
    "zh": re.compile(r"只能|只可以?|只准|只许|只允许|仅能|仅可以?|仅限|最多|至多|顶多|不超过"),
    "en": re.compile(
        r"\b(?:only|at\s+most|no\s+more\s+than|not\s+more\s+than|(?:a\s+)?maximum\s+of|"
        r"no\s+further\s+than|no\s+higher\s+than)\b"
    ),
}
_KEEP = {
    "zh": re.compile(
        r"原地|保持(?:原位|原样|原状|不动|关闭|紧闭|关着)|(?:留|待|呆|停)在原[处位地]|"
        r"原封不动|别动|不要动|不动"
    ),
    "en": re.compile(
        r"\b(?:leave|keep|let)\b[^,.;!?]{0,40}?\b(?:where\s+(?:they|it|he|she|you)\s+"
        r"(?:are|is|was|were|lie|lies|stand|stands|fell)|as\s+(?:they|it)\s+(?:are|is)|"
        r"in\s+place|in\s+position|still|untouched|alone|closed|shut)\b|"
        r"\b(?:stay|stays|remain|remains)\s+(?:put|still|in\s+place|where\b)"
    ),
}
_EXCEPTION = {
    "zh": re.compile(r"^\s*(?:除非|除了)"),
    "en": re.compile(r"^\s*(?:unless|except)\b", re.IGNORECASE),
}
_CUE = {
    "zh": re.compile(r"不得|不能|不可|不要|不准|不许|禁止|严禁|切勿|勿|别"),
    "en": re.compile(r"\b(?:never|not|no|cannot)\b|n['’]t\b", re.IGNORECASE),
}
"""A negation cue in a point whose terms are all asserted: the cue bounds its figure."""
_LIMITLESS = {
    "zh": re.compile(r"任何|任意|不限|无限|随便|随意"),
    "en": re.compile(r"\b(?:any\s+number|as\s+(?:many|much|often)|unlimited|no\s+limit)\b"),
}


def states_a_limit(clause: str, language: Language) -> bool:
    """Whether `clause` bounds what it allows (may only, at most, 只能, 最多) and forbids nothing
    itself: a limit, read as the prohibition past it."""
    text = clause.lower()
    return (
        _LIMIT[language].search(text) is not None
        and _LIMITLESS[language].search(text) is None
        and modality(text, language) != "forbidden"
    )


def says_only(clause: str, language: Language) -> bool:
    """Whether `clause` bounds something (only, at most; 只能, 仅限), a prohibition beside it or
    not: 「不得在墓区烧纸钱（只能去指定焚化炉）」 says where the act is allowed and nowhere else."""
    return _LIMIT[language].search(clause.lower()) is not None


def keeps_as_is(clause: str, language: Language) -> bool:
    """Whether `clause` orders something kept as it is (leave them where they are, 原地不动)."""
    return _KEEP[language].search(clause.lower()) is not None


def limit_stated(
    point: str,
    answer: str,
    canonical: str,
    terms: Sequence[Term],
    denied: Sequence[Term],
    language: Language,
) -> list[Term]:
    """The point's terms the answer (`canonical`: its canonical form) states by a limit or a
    keep-as-is order (module doc); empty when it states none so.

    The point must forbid (a clause of it with modality `forbidden`), and each denied term must
    stand (at least once) in a clause of the answer that states a limit or keeps things as they are (or in an
    exception clause, unless/除非, beside one). With a keep-as-is order beside the point's words,
    the point's forbidden acts (its negated verbs, or its first denied word) are stated too. A bounded figure permitted up to the point's ceiling
    (limits.bounded_alike) is the limit stated as well.
    """
    if denied and bounded_alike(
        point,
        answer,
        figures_of(point, language, in_point=True),
        figures_of(answer, language),
        language,
    ):
        return list(denied)
    if _forbidden_outright(point, canonical, terms, denied, language):
        return list(denied)
    if comparison_restates(point, canonical, terms, denied, language):
        return list(denied)  # "closer than 3 m" for "within 3 metres" (compared_bounds.py)
    if not any(modality(c, language) == "forbidden" for c in CLAUSE_BREAK.split(point)):
        return []
    clauses = CLAUSE_BREAK.split(canonical)
    keeping = {i for i, c in enumerate(clauses) if keeps_as_is(c, language)}
    ruled = keeping | {i for i, c in enumerate(clauses) if states_a_limit(c, language)}
    ruled |= {
        i
        for i, c in enumerate(clauses)
        if _EXCEPTION[language].match(c) and (i - 1 in ruled or i + 1 in ruled)
    }
    if not ruled:
        return []
    spans = {t.text: term_spans(t, canonical, language) for t in terms}
    for term in denied:
        said = {clause_of(canonical, s) for s, _ in spans[term.text]}
        if not said & ruled:
            return []
    # The order to keep things as they are, where the point's other words stand, denies its acts.
    beside = {i + step for i in keeping for step in (-1, 0, 1)} & ruled
    held = any(clause_of(canonical, s) in beside for t in terms for s, _ in spans[t.text])
    # The forbidden act: a negated verb, or (English marks only a leading verb) the first word denied.
    first = next((t for t in terms if t.negated), None)
    unsaid = [t for t in terms if t.negated and (t.action or t is first) and not spans[t.text]]
    return [*denied, *(unsaid if keeping and held else [])]


def _forbidden_outright(
    point: str, canonical: str, terms: Sequence[Term], denied: Sequence[Term], language: Language
) -> bool:
    """Whether the answer forbids outright, with no figure beside it, the act a point forbids
    only past its figure: the point has a cue and a figure but negates none of its terms (the cue
    is its ceiling, negation_limits.py), and every clause of the answer that denies its act
    (a denied action term) holds no figure."""
    if not any(t.action for t in denied) or any(t.negated for t in terms):
        return False
    if not _CUE[language].search(point) or not figures_of(point, language, in_point=True):
        return False
    denying = {
        clause_of(canonical, s) for t in denied for s, _ in term_spans(t, canonical, language)
    }
    return not denying & {f.clause for f in figures_of(canonical, language)}
