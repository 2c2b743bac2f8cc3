"""A clause of the answer that states another scoring point, whatever its modal, is no evidence
against this one.

「琴弦断了调音师可以现场换」 answers 琴弦断裂时，调音师可现场更换; read against the question's other
point 店长未答复的，调音师不得自行更换, its 可以 and 换 looked like the permission that point forbids:
有误（答成：琴弦断了调音师可以现场换） (session 25 teacher T18, e1 average Q10). A clause holding a word
of another point, said as that point says it (更换 asserted), that this point lacks, and none of
this point's own words as it says them (答复 denied, 更换 forbidden) states that point
(contradictions.flipped_modality leaves it out).
"""

from __future__ import annotations

from collections.abc import Sequence

from graphs.exam_grading.point_terms import Term, content_terms
from graphs.exam_grading.term_polarity import polarities_in
from graphs.exam_grading.vocabulary import Vocabulary
from graphs.exams import Language


def states_another_point(
    clause: str, point: str, others: Sequence[str], language: Language, vocabulary: Vocabulary
) -> bool:
    """`clause` holds a word of another point that this point lacks and none of this point's own
    words; where every word of this point is the other's too, none said as only this point says
    it (更换 forbidden, 答复 denied): it states that point, whatever its modal."""
    mine = content_terms(point, language, vocabulary)

    def said(terms: list[Term], *, as_written: bool) -> bool:
        return any(
            (t.negated in found) if as_written else bool(found)
            for t in terms
            if (found := polarities_in(t, clause, language, vocabulary))
        )

    for other in others:
        theirs = content_terms(other, language, vocabulary)
        texts = {t.text for t in theirs}
        if not said([t for t in theirs if t.text not in {m.text for m in mine}], as_written=True):
            continue
        own = [t for t in mine if t.text not in texts]
        if own:
            if not said(own, as_written=False):  # 前台可以告诉余额 says 余额, this point's own
                return True
            continue
        keys = {(t.text, t.negated) for t in theirs}
        turned = [t for t in mine if (t.text, t.negated) not in keys]
        if turned and not said(turned, as_written=True):
            return True
    return False
