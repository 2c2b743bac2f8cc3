"""A rule due by the end of the shift, told without when it is due: part of the point.

"Photograph the damage and log it in the damage book before the end of your shift" answered
"Photograph the damage and log it in the damage book" states the duty and not its deadline; a
teacher gives part of the point and names the deadline, as she does for a figure left out. The
deadline is the point's end of the shift or working day (shift_deadlines.WITHIN_SHIFT: before the
shift ends, 打烊前, 下班前). It is said when the answer's sentence that tells the rule holds any
deadline word of its own ("before I clock off", 关店之前, by, until, 前): another deadline there
is the contradiction checks' to judge, not this one's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from graphs.exam_grading.point_judgement import PointJudgement
from graphs.exam_grading.point_terms import content_terms, occurrences
from graphs.exam_grading.shift_deadlines import WITHIN_SHIFT
from graphs.exam_grading.vocabulary import Vocabulary
from graphs.exams import Language

_DEADLINE_WORDS = {
    "en": re.compile(r"\b(?:before|by|until|till|within|end|ends|after|tonight|today)\b", re.I),
    "zh": re.compile(r"前|以内|之内|内|当天|当班|下班|结束|今天|今晚|收工|以后|之后|后"),
}
_MODIFIES = re.compile(r"\s+(?!(?:and|or|at|on|in|if|when|unless|every|each)\b)[a-z]", re.I)
"""A word after "by the shift" that makes it a noun's modifier (the shift pharmacist)."""
_SENTENCE = re.compile(r"[。；;！？!?\n]|\.(?:\s|$)")


def deadline_left_out(
    judged: PointJudgement,
    answer: str,
    *,
    language: Language,
    vocabulary: Vocabulary,
    others: Sequence[str],
    stem: str,
) -> PointJudgement:
    """`judged` (credited) made partial when the point is due by the end of the shift and the
    answer's sentences that tell it give no deadline; `judged` otherwise."""
    del others  # the signature every re-reading of a point shares (judges._point_judgement)
    due = WITHIN_SHIFT.search(judged.point)
    if judged.verdict != "credited" or due is None or WITHIN_SHIFT.search(stem):
        return judged
    if _MODIFIES.match(judged.point, due.end()):
        return judged  # "checked by the shift pharmacist": a person, no deadline
    canonical = vocabulary.canonical(answer)
    rest = judged.point[: due.start()] + judged.point[due.end() :]
    terms = content_terms(rest, language, vocabulary)
    telling = [
        sentence
        for sentence in _SENTENCE.split(canonical)
        if any(occurrences(t.text, sentence, language) for t in terms)
    ]
    if not telling or any(_DEADLINE_WORDS[language].search(s) for s in telling):
        return judged
    lacks = due.group().strip()
    return PointJudgement(
        judged.point,
        "partial",
        f"states the rule without when it is due: {lacks}",
        named=True,
        lacks=lacks,
    )
