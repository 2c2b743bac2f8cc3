"""A rule said without its qualifiers (where, how much): part of the point, not all of it.

"使用清洁剂前须先在不显眼处小面积试用" asks where (不显眼处) and how much (小面积); "使用清洁剂前要先
试用一下" states the duty and neither, and a teacher gives part of the point and names what is
missing. "test it first on a small hidden area" likewise: "Test the stain remover first" leaves
the place out. A qualifier is a place phrase (在…处/部位/位置/地方/角落/内侧; on/in/at a … area,
spot, patch, part, corner, surface) or an amount (小面积, 少量, 一小块; a small amount). The point
without its qualifiers is judged as a point of its own (scoring_points.judge_point); credited
there, while the answer holds no word of any qualifier, the point is partial (PARTIAL_CREDIT),
lacking the qualifiers. One qualifier said of two is enough: a teacher reads the rest as meant.
Only a point of one rule is read here; a point of several rules is point_rules.py's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from graphs.exam_grading.point_judgement import PointJudgement
from graphs.exam_grading.point_rules import rules_of
from graphs.exam_grading.point_terms import content_terms, occurrences
from graphs.exam_grading.scoring_points import judge_point
from graphs.exam_grading.vocabulary import Vocabulary
from graphs.exams import Language

_ZH_QUALIFIERS = re.compile(
    r"在[^，。；、,;在\d零一二两三四五六七八九十半]{0,8}?"
    r"(?:处(?![理置罚分])|部位|位置|地方|角落|内侧|外侧|背部|底部)"
    r"|小面积|小范围|少量|少许|一小块|一小片"
)
_EN_QUALIFIERS = re.compile(
    r"\b(?:on|in|at)\s+(?:a|an|the|some)\s+(?:[a-z]+\s+){0,2}"
    r"(?:area|spot|patch|part|corner|section|surface)s?\b"
    r"|\ba\s+small\s+amount(?:\s+of)?\b",
    re.I,
)
_JOINER = {"zh": "、", "en": ", "}


def qualifiers_left_out(
    judged: PointJudgement,
    answer: str,
    *,
    language: Language,
    vocabulary: Vocabulary,
    others: Sequence[str],
    stem: str,
) -> PointJudgement:
    """`judged` (credited or missing) made partial when the answer states the point's rule
    without any of its qualifiers; `judged` otherwise."""
    if judged.verdict not in ("credited", "missing"):
        return judged
    pattern = _ZH_QUALIFIERS if language == "zh" else _EN_QUALIFIERS
    found = [m.group() for m in pattern.finditer(judged.point)]
    if not found or len(rules_of(judged.point, language)) > 1:
        return judged
    canonical = vocabulary.canonical(answer)
    if any(
        occurrences(term.text, canonical, language)
        for qualifier in found
        for term in content_terms(qualifier, language, vocabulary)
    ):
        return judged  # a qualifier said: the rule as the point tells it
    bare = re.sub(r"\s{2,}", " ", pattern.sub("", judged.point)).strip()
    if not content_terms(bare, language, vocabulary):
        return judged
    rest = judge_point(
        bare, answer, language=language, vocabulary=vocabulary, others=others, stem=stem
    )
    if rest.verdict != "credited":
        return judged
    lacks = _JOINER[language].join(q.removeprefix("在") for q in found)
    return PointJudgement(
        judged.point,
        "partial",
        f"states the rule without where or how much: {lacks}",
        named=True,
        lacks=lacks,
    )
