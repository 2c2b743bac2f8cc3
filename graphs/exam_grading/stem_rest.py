"""What a short answer says beyond the words the question prints.

A question that asks "What must carbon frames be tightened with?" prints the rule but for its
answer: "A torque wrench." is the whole of what was asked, and states the point (session 21 end
teacher T14: it was marked missing, "not as a statement of the point"). `gives_the_rest` says so:
every word of the point the stem leaves out is found, one of them the point's own (not a word
another point shares), and none denied.

The other way round, an answer made only of the words the stem prints says nothing the learner
was not given: "Kegs must be cleaned." for "Kegs must be cleaned with a caustic cleaner", asked
"What must kegs be cleaned with?", was credited for its two words. `only_the_stem` says so where
the point has words of its own the stem leaves out and the answer gives none of them nor the
point's figures.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping, Sequence

from graphs.exam_grading.point_terms import CLAUSE_BREAK, EN_FUNCTION_WORDS, EN_WORD, Term, term_key
from graphs.exam_grading.vocabulary import word_key
from graphs.exams import Language


def _left_out(terms: Sequence[Term], printed: Collection[str], language: Language) -> list[Term]:
    return [t for t in terms if term_key(t.text, language) not in printed]


def gives_the_rest(
    terms: Sequence[Term],
    printed: Collection[str],
    found: Collection[str],
    shared: Collection[str],
    language: Language,
    *,
    figures_given: bool,
) -> bool:
    """Whether the answer gives every word of the point the stem does not print, one of them the
    point's own (see the module doc); False where the stem prints none of the point's words.
    Where the stem prints all but the point's figures and light words ("Each room takes 2 to 6
    players", asked how many players a room takes), its figures with one of its words are the
    rest ("2 to 6 players per room")."""
    left_out = _left_out(terms, printed, language)
    rest = [t for t in left_out if term_key(t.text, language) not in _LIGHT]
    if not printed or len(left_out) == len(terms):
        return False
    if not rest:
        return figures_given and bool(found)
    return all(t.text in found for t in rest) and any(t.text not in shared for t in rest)


_LIGHT = frozenset({"each", "every", "take", "have", "hold"})
"""A point's words that carry no matter of their own beside a figure: "each room takes 2 to 6
players" says what "2 to 6 players a room" says."""


def only_the_stem(
    answer: str,
    stem: str,
    terms: Sequence[Term],
    printed: Collection[str],
    anchored: Mapping[str, set[int]],
    shared: Collection[str],
    language: Language,
) -> bool:
    """Whether an English answer says, where the point's own words stand (`anchored`: found
    terms and their clauses), only words the stem prints, while the point has words of its own
    the stem leaves out (see the module doc). A word of the learner's own there, though the
    point's terms do not hold it ("check their ID" asked what staff check), is something said;
    another point's sentence elsewhere in the answer is not."""
    if language != "en" or not anchored:
        return False
    own_rest = [t.text for t in _left_out(terms, printed, language) if t.text not in shared]
    if not own_rest or any(t in anchored for t in own_rest):
        return False
    # The point stands in the clauses that hold most of its words; a shared word elsewhere
    # ("clean the lines" of the next rule) is that rule's.
    counts = Counter(c for clauses in anchored.values() for c in clauses)
    most = max(counts.values())
    clauses = CLAUSE_BREAK.split(answer)
    said = " ".join(clauses[c] for c, n in counts.items() if n == most and c < len(clauses))
    return _content_keys(said) <= _content_keys(stem)


def _content_keys(text: str) -> set[str]:
    return {
        word_key(w)
        for w in EN_WORD.findall(text.lower())
        if w not in EN_FUNCTION_WORDS and w not in _SAY_NOTHING and not w.endswith("ly")
    }


_SAY_NOTHING = frozenset(
    {"must", "should", "shall", "may", "can", "has", "have", "need", "needs", "well", "always"}
)
"""Modals and manner words ("cleaned well", "properly"): they add no matter to a copied stem."""
