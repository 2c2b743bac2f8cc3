"""Where an answer speaks of a scoring point's terms (scoring_points.py reads the verdict).

- `within_longer_terms_masked`: 保险 inside 保险公司 is that longer word, not a mention of 保险;
- `claimed_clauses`: the clauses that hold another point's terms or figures, whose figures are that
  point's;
  the words of a figure's unit are the figure's ("3 working days" holds no "work");
- `abbreviated`: a Chinese verb-object abbreviation (补卡 for 补办新卡) states the point's terms;
- `named_in`, `named_jointly`: the clauses that name the point by two of its own words, or by two
  of its words no other point holds together (封口后…回收);
- `acted_beside`: the clauses naming the point next to the clause that does its act.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from graphs.exam_grading.figures import Figure, clause_of, figures_of
from graphs.exam_grading.point_terms import (
    CLAUSE_BREAK,
    Term,
    clauses_of,
    content_terms,
    term_key,
    tokens_with_offsets,
)
from graphs.exam_grading.scope import negated
from graphs.exam_grading.vocabulary import Vocabulary
from graphs.exams import Language
from graphs.text.quantities import parse_quantities


def within_longer_terms_masked(term: Term, answer: str, vocabulary_terms: set[str]) -> str:
    """The answer with the question's longer Chinese terms that contain `term` blotted out: 保险
    inside 保险公司 or 保险金 is that word, not a mention of 保险 (nor where 保险 stands)."""
    longer = [w for w in vocabulary_terms if term.text in w and w != term.text]
    if not longer or term.text.isascii():
        return answer
    pattern = re.compile("|".join(re.escape(w) for w in sorted(longer, key=len, reverse=True)))
    return pattern.sub(lambda match: "\u25a1" * len(match.group()), answer)


def claimed_clauses(
    others: Sequence[str],
    terms: list[Term],
    answer: str,
    language: Language,
    vocabulary: Vocabulary,
    wanted: Sequence[Figure] = (),
    given: Sequence[Figure] = (),
) -> set[int]:
    """The answer's clauses that hold a term of another scoring point that this one lacks (in any
    form: "report" of one point is this one's "reported"); the words of a figure's unit are the
    figure's ("3 working days" holds no "work"). So too a clause with a figure of the answer's
    (`given`) that another point has and this one (`wanted`) lacks: "每15日至少维保一次" gives the
    maintenance point's 15日, no wrong deadline for the records point's 24小时."""
    own = {term_key(term.text, language) for term in terms}
    theirs = [f for other in others for f in figures_of(other, language, in_point=True)]
    figured = {
        g.clause
        for g in given
        if any(t.matches(g) for t in theirs) and not any(w.matches(g) for w in wanted)
    }
    answer = figures_blotted(answer)
    return figured | {
        clause
        for other in others
        for term in content_terms(other, language, vocabulary)
        if term_key(term.text, language) not in own and term.anchor
        for clause in clauses_of(term, answer, language, vocabulary)
    }


def figures_blotted(text: str) -> str:
    """`text` with its quantities blotted out, clause breaks kept (so clauses keep their number)."""
    kept = list(text)
    for _, start, end in parse_quantities(text):
        for i in range(start, end):
            if not CLAUSE_BREAK.match(text, i):
                kept[i] = "\u25a1"
    return "".join(kept)


def abbreviated(point: str, terms: list[Term], answer: str) -> list[tuple[Term, int]]:
    """Point terms the answer states by a Chinese verb-object abbreviation, with its clause.

    A verb and the noun right after it are shortened to the verb's first and the noun's last
    character: 补办新卡 -> 补卡, so "补卡要交20块钱工本费" states 补办 and 新卡; two verbs to their
    first characters: 改为发送 -> 改发. Not when negated.
    """
    by_text = {term.text: term for term in terms}
    placed = tokens_with_offsets(point)
    stated: list[tuple[Term, int]] = []
    for (start, verb), (next_start, noun) in pairwise(placed):
        if start + len(verb.word) != next_start or min(len(verb.word), len(noun.word)) < 2:
            continue
        if not verb.pos.startswith("v") or not noun.pos.startswith(("n", "v")):
            continue
        pair = [by_text.get(verb.word), by_text.get(noun.word)]
        # verb-object keeps the noun's last character (补办新卡 -> 补卡), two verbs their first
        # ones (改为发送 -> 改发)
        short = verb.word[0] + (noun.word[0] if noun.pos.startswith("v") else noun.word[-1])
        for match in re.finditer(re.escape(short), answer):
            if negated(answer, match.start(), match.end(), "zh"):
                continue
            clause = clause_of(answer, match.start())
            stated += [(term, clause) for term in pair if term is not None]
    return stated


def named_in(anchored: dict[str, set[int]], own: Sequence[str]) -> set[int]:
    """The answer's clauses that hold two or more of the point's own words (`own`)."""
    counts: dict[int, int] = {}
    for term in own:
        for clause in anchored.get(term, set()):
            counts[clause] = counts.get(clause, 0) + 1
    return {clause for clause, count in counts.items() if count >= 2}


def named_jointly(
    anchored: dict[str, set[int]], others: Sequence[str], lang: Language, words: Vocabulary
) -> set[int]:
    """The answer's clauses holding two or more of the point's words that no other scoring point
    holds all of."""
    theirs = [{t.text for t in content_terms(other, lang, words)} for other in others]
    clauses: dict[int, set[str]] = {}
    for term, places in anchored.items():
        for clause in places:
            clauses.setdefault(clause, set()).add(term)
    return {
        clause
        for clause, held in clauses.items()
        if len(held) >= 2 and not any(held <= other for other in theirs)
    }


_SENTENCE_END = re.compile(r"[。！？!?\n]|\.(?=\s|$)")


def acted_beside(acted: set[int], anchored: dict[str, set[int]], answer: str) -> set[int]:
    """The clauses that hold a word of the point and stand right before or after a clause where
    its act is done, in the same sentence: 有效期4小时，过期不能用 tells the rule whose act (使用)
    the next clause does, so a figure there is that rule's figure."""
    breaks = list(CLAUSE_BREAK.finditer(answer))
    joined = {i for i, b in enumerate(breaks) if not _SENTENCE_END.fullmatch(b.group())}
    named = set().union(*anchored.values()) if anchored else set()
    beside = {c - 1 for c in acted if c - 1 in joined} | {c + 1 for c in acted if c in joined}
    return beside & named
