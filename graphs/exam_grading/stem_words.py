"""The question's own words for a point's words: 自己滑 asked, 单独入场 in the point.

A question may ask a point in words of its own: 「同事问：“多大的孩子可以自己滑？”」 for the point
「10岁及以上的孩子可以单独入场」. The stem and the point share a frame (的孩子可以) and then go on in
different words to the end of their clause: the stem's 自己滑 is the question's name for the
point's 单独入场. A learner who answers in the stem's own words (「十岁以上能自己滑」) states the point
as the question put it; a teacher gives it full marks (session 24, issue 11: 0/5 for a 5/5
answer). `stem_words_as_points` writes those words of the answer as the point's, for that point
only. A pair is read only where the shared frame is three characters or more, the stem's ending
no question word (如何处理); each ending is no longer than `_MOST_ENDING` and is not found
in the other text, so a stem that merely prints the point's words pairs nothing.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from graphs.exam_grading.vocabulary import Vocabulary, default_vocabulary
from graphs.exams import Language

_CLAUSE = re.compile(r"[，,、；;。！？!?：:“”\"「」（）()\n]")
_ASKING = re.compile(r"什么|如何|怎么|怎样|哪|多少|几|多大|多久|吗|呢")
"""A question word: the stem's ending asks the point, it names nothing (应如何处理)."""
_FRAME = 3
"""The fewest characters the stem's clause and the point's share just before their endings."""
_MOST_ENDING = 6
"""The longest ending read as the other's name: a few words of a deed (自己滑, 单独入场)."""


def stem_endings(point: str, stem: str, vocabulary: Vocabulary) -> list[tuple[str, str]]:
    """(the stem's ending, the point's) for each clause of the stem that shares a frame with a
    clause of the point and ends otherwise (module doc); Chinese only."""
    canonical_point, canonical_stem = vocabulary.canonical(point), vocabulary.canonical(stem)
    pairs = []
    for asked in _clauses(canonical_stem):
        for said in _clauses(canonical_point):
            blocks = [
                b
                for b in SequenceMatcher(None, asked, said, autojunk=False).get_matching_blocks()
                if b.size
            ]
            if not blocks:
                continue
            last = blocks[-1]
            ours, theirs = asked[last.a + last.size :], said[last.b + last.size :]
            if (
                last.size >= _FRAME
                and 0 < len(ours) <= _MOST_ENDING
                and 0 < len(theirs) <= _MOST_ENDING
                and ours not in canonical_point
                and not _ASKING.search(ours)
                and theirs not in canonical_stem
            ):
                pairs.append((ours, theirs))
    return pairs


def stem_words_as_points(
    point: str, answer: str, stem: str, language: Language, vocabulary: Vocabulary | None
) -> str:
    """`answer` with the stem's own words for the point's written as the point's (module doc)."""
    if language != "zh" or not stem:
        return answer
    for ours, theirs in stem_endings(point, stem, vocabulary or default_vocabulary()):
        answer = answer.replace(ours, theirs)
    return answer


def _clauses(text: str) -> list[str]:
    return [c.strip() for c in _CLAUSE.split(text) if c.strip()]
