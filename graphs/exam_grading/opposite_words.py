"""An opposite word (synonyms.yaml's antonyms) said where the point stands: the point told wrong.

"-15 °C or warmer" for "or colder", 第二天 for 当天 (`swapped_opposite`). Not when the swap keeps
the rule: the point's word forbidden is its opposite kept ("do not open" for "closed"), and an
order rule said with the other order word and its acts swapped round (kept_order.py).
"""

from __future__ import annotations

from graphs.exam_grading.figures import clause_of
from graphs.exam_grading.kept_order import order_kept
from graphs.exam_grading.modality import modality, obligation
from graphs.exam_grading.point_terms import CLAUSE_BREAK, occurrences
from graphs.exam_grading.scope import negated
from graphs.exam_grading.vocabulary import Vocabulary
from graphs.text.language import detect_language


def swapped_opposite(
    point: str, answer: str, places: set[int], vocabulary: Vocabulary
) -> tuple[str, str] | None:
    """The (point's, answer's) pair of opposites (synonyms.yaml) the answer swaps where the point
    stands: "-15 °C or warmer" for "or colder". Only the clauses of the point's terms count: an
    opposite word in another clause belongs to another point ("before 08:00" of one rule,
    "after leaving" of the next). Pairs of modal words are modality.py's (可以/不得 are read with
    their scope there), so they are left out here."""
    clauses = CLAUSE_BREAK.split(answer)
    near = " ".join(text for index, text in enumerate(clauses) if index in places)
    if not near:
        return None
    plain = tuple(
        pair
        for pair in vocabulary.antonyms
        if not any(
            modality(word, detect_language(word)) or obligation(word, detect_language(word))
            for word in pair
        )
    )
    clash = Vocabulary(vocabulary.synonyms, plain).antonym_clash(near, point)
    # "do not open the door" said "keep the door closed", "X after Y" for "Y before X": the same rule
    kept = clash and (
        _denied_once(clash, point, answer, places, vocabulary) or order_kept(clash, point, answer)
    )
    return None if kept else clash


def _denied_once(
    clash: tuple[str, str], point: str, answer: str, places: set[int], vocabulary: Vocabulary
) -> bool:
    """Whether exactly one side of an opposite pair is denied, by a prohibition of its clause (in
    the answer, a clause of `places`): the point's word forbidden ("do not open", 不要打开) is its
    opposite kept ("closed", 关着)."""
    language = detect_language(point)
    sides = ((clash[0], vocabulary.canonical(point), None), (clash[1], answer, places))
    forbidden = []
    for word, text, where in sides:
        clauses = CLAUSE_BREAK.split(text)
        spans = [
            (s, e)
            for s, e in occurrences(word, text, language)
            if where is None or clause_of(text, s) in where
        ]
        if not spans:
            return False
        forbidden.append(
            all(
                negated(text, s, e, language)
                and modality(clauses[clause_of(text, s)], language) == "forbidden"
                for s, e in spans
            )
        )
    return forbidden[0] != forbidden[1]
