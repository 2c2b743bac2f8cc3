"""How hard a question is, from measurable features rather than a label the writer wishes for.

Features, each scaled to 0-1:
- `similarity`: how alike the distractors are to the key (choices), or how subtle the change of a
  false statement is (figure and swap subtler than a flipped modality);
- `combined`: how many facts the question combines (statements of a multiple choice, blanks of a
  fill-in, scoring points of a short answer);
- `elements`: how many things a short answer's points ask to write between them (clauses,
  listed items), beyond the points themselves;
- `length`: the length of what the learner must read (true/false only: a statement is judged
  whole, while a single choice's stem is read the same whatever its options);
- `figures`: the share of fill-in blanks that are figures (an exact number is recalled, not
  recognised).
Each type weighs them (weights sum to 1); the score maps to easy (< 0.40), medium (< 0.62) or hard.
Where a rule stands in the text (`depth`, its distance from its heading) is no difficulty for a
learner, who sees one item, not the page (designer D, session 10: "the rule stands late in its
section" was a reason): the builders still pass it, and it weighs nothing.
The offline builders try variants (closer distractors, more statements, subtler changes) until the
rated difficulty matches a slot; if none does, the slot stays empty and is reported.
"""

from __future__ import annotations

import re

from graphs.exam_generation.near_values import figure_value
from graphs.exams import Difficulty

EASY_BELOW = 0.40
MEDIUM_BELOW = 0.62
_CHANGE_SUBTLETY = {
    "verbatim": 0.1,
    "verbatim_figure": 0.4,
    "modality": 0.35,
    # "Anyone, not only a senior groomer, may …": the rule's who is widened, its verb kept; a
    # learner must recall who alone may act, which is subtler than must against must not
    "who_may": 0.6,
    # "except in the roped area" made "even in the roped area": the rule is as the learner knows
    # it, only its exception must be recalled, as subtle as who alone may act
    "exception": 0.6,
    "figure": 0.75,
    # 90天 made 180天: recalled exactly like a near figure, but a learner who half-remembers the
    # rule still catches a doubling, so a little below it
    "figure_far": 0.67,
    "swap": 0.9,
}
"""How hard a true/false statement is to judge: a true one with a figure must be remembered exactly
(is it 2 or 3 hours?), which makes it about as hard as a flipped modality."""
NEAR_FIGURE_RATIO = 1.5
"""A changed figure is near its original below this factor (16 -> 20, 3 -> 4 hours); from it on
(2 -> 3 hours, 90 -> 180 days) it is a changed figure, not a near one."""


def rate(score: float) -> Difficulty:
    """The difficulty of a 0-1 score."""
    if score < EASY_BELOW:
        return "easy"
    if score < MEDIUM_BELOW:
        return "medium"
    return "hard"


def depth(position: int) -> float:
    """0-1: the fact's distance from its heading (0: the first sentence under it, 1: the seventh
    or later); weighed by no score (see the module's docstring)."""
    return min(1.0, position / 6)


def spread(likeness: float) -> float:
    """0-1 from a distractor likeness: 0.5 (an option nobody confuses) and below is 0, 1 is 1."""
    return max(0.0, min(1.0, (likeness - 0.5) / 0.5))


def length_feature(text: str, zh: bool) -> float:
    """0-1: longer sentences are harder to parse under exam pressure."""
    size = len(text) if zh else len(text.split()) * 3
    return max(0.0, min(1.0, (size - 15) / 60))


def choice_score(similarity: float) -> float:
    """Single choice: how alike the distractors are to the key, alone. The sentence's length
    once weighed a fifth, and items with the same kind of near values (2小时 among 1/3/4小时)
    were 易, 中 or 难 by how long their sentence was (session 11 designer D3, m1 #1-#3): the
    learner weighs the options, and the stem is read the same either way."""
    return similarity


STATEMENTS_WEIGHT = 0.4
FALSES_WEIGHT = 0.6
"""A multiple choice's weights: how many statements are true, how subtle its false ones are."""


def statements_score(depth_: float, statements: int, subtlety: float) -> float:
    """Multiple choice over statements: more true statements to find, subtler false ones
    (`depth_` weighs nothing). The false statements weigh most: two true statements beside
    falses that each change one near figure or swap one term were rated easy, "only 2 are
    true" (session 13 designer D5), though spotting them is the whole task."""
    return STATEMENTS_WEIGHT * min(1.0, (statements - 2) / 2) + FALSES_WEIGHT * subtlety


def cloze_score(depth_: float, blanks: int, figures: float) -> float:
    """Fill-in: one blank is easy; two are medium, hard when both are figures (recalled, not
    recognised). `depth_` weighs nothing."""
    return 0.4 * min(1.0, (blanks - 1) / 1) + 0.3 * figures


def statement_score(depth_: float, change: str, length: float) -> float:
    """True/false: a verbatim statement is easiest, a swapped term hardest to spot (`depth_`
    weighs nothing)."""
    return (0.55 * _CHANGE_SUBTLETY[change] + 0.15 * length) / 0.7


def short_answer_score(points: int, depth_: float, elements: int | None = None) -> float:
    """Short answers: the facts to recall and the things each states (`elements`: its figures,
    actions and listed items, recall_elements; the points when not given). Two points that
    hold four conditions between them (an age, years of licence, a signed form, a briefing) are
    not the easy recall two one-clause rules are (session 12 designer D4: a 5-mark recall of 4
    elements was 易). `depth_` weighs nothing."""
    recall = points if elements is None else max(points, elements)
    return 0.5 * min(1.0, (points - 1) / 3) + 0.5 * min(1.0, max(0, recall - 2) / 4)


_PIECE_BREAK = re.compile(r"[，、；;：:]|,(?!\d{3})|\s+and\s+|并且?|且")
_CONDITION_PIECE = re.compile(
    r"^\s*(?:if|when|whenever|once|after|before|unless|where|如果|如|若|凡|发现|当|遇到?|一旦)"
    r"|(?:的|时|前|后|期间)$",
    re.IGNORECASE,
)


def recall_elements(point: str) -> int:
    """How many things a scoring point asks the learner to write: its clauses and listed items
    ("apologise, take photos, and report it …": 3; 「年满16周岁，身高不低于150厘米，且已观看…」:
    3), not the case it is for, which the ask names; at least 1."""
    pieces = [p.strip() for p in _PIECE_BREAK.split(point.strip().rstrip("。.")) if p.strip()]
    if len(pieces) > 1 and _CONDITION_PIECE.search(pieces[0]):
        pieces = pieces[1:]
    return max(1, len(pieces))


def measured_change(change: str, original: str, changed: str) -> str:
    """The kind of a false statement's change as measured: a `figure` change is `figure_far`
    when the new value is `NEAR_FIGURE_RATIO` times the original or more, either way (a
    "very near number" for 90 -> 180 was a false reason, session 13 designer D5)."""
    if change != "figure":
        return change
    before, after = figure_value(original), figure_value(changed)
    if not before or not after or (before > 0) != (after > 0):
        return change
    ratio = max(before / after, after / before)
    return "figure" if ratio < NEAR_FIGURE_RATIO else "figure_far"


def near_share(key: str, wrong: list[str]) -> float:
    """The share of a figure choice's wrong options that are near its key, less than
    `NEAR_FIGURE_RATIO` times it either way (1.0 when the key is no positive figure). It names the
    reason, never the level: 100 kg among 60/80/150 kg rated hard by the options' likeness is not
    "very near values" (session 26 designer D19, m2 Q2); choosing closer sets cost a short answer
    elsewhere (74d71a0d, reverted)."""
    value = figure_value(key)
    if not value or value <= 0 or not wrong:
        return 1.0
    near = 0
    for option in wrong:
        other = figure_value(option)
        if (
            other is not None
            and other > 0
            and max(value / other, other / value) < NEAR_FIGURE_RATIO
        ):
            near += 1
    return near / len(wrong)


def subtlety(change: str) -> float:
    """0-1: how hard a kind of change is to spot."""
    return _CHANGE_SUBTLETY[change]
