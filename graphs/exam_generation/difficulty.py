"""How hard a question is, from measurable features rather than a label the writer wishes for.

Each feature is scaled to 0-1 and the type's weights sum to 1; the score maps to easy (< 0.40),
medium (< 0.62) or hard. The offline builders try variants (closer distractors, more blanks,
subtler changes) until the rated difficulty matches a slot; if none does, the slot stays empty.
"""

from __future__ import annotations

from graphs.exams import Difficulty

EASY_BELOW = 0.40
MEDIUM_BELOW = 0.62


def rate(score: float) -> Difficulty:
    """The difficulty of a 0-1 score."""
    if score < EASY_BELOW:
        return "easy"
    if score < MEDIUM_BELOW:
        return "medium"
    return "hard"


def length_feature(text: str, zh: bool) -> float:
    """0-1: longer sentences are harder to parse under exam pressure."""
    size = len(text) if zh else len(text.split()) * 4
    return max(0.0, min(1.0, (size - 15) / 60))


def choice_score(length: float, rarity: float, distractor_similarity: float) -> float:
    """Choice questions: distractors that resemble the answer weigh most."""
    return 0.2 * length + 0.3 * rarity + 0.5 * distractor_similarity


def cloze_score(length: float, rarity: float, blanks: int) -> float:
    """Fill-in questions: each extra blank makes recall harder."""
    return 0.2 * length + 0.3 * rarity + 0.5 * min(1.0, (blanks - 1) / 2)


def statement_score(length: float, rarity: float, change: str) -> float:
    """True/false: a verbatim statement is easiest, a swapped term hardest to spot."""
    subtlety = {"verbatim": 0.0, "negation": 0.3, "number": 0.7, "swap": 1.0}[change]
    return 0.3 * length + 0.2 * rarity + 0.5 * subtlety


def short_answer_score(points: int, length: float) -> float:
    """Short answers: the number of scoring points to recall dominates."""
    return 0.7 * max(0.0, min(1.0, (points - 2) / 3)) + 0.3 * length
