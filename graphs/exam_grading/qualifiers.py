"""A rule said without its qualifiers (where, how much, before whom): part of the point, not all.

"使用清洁剂前须先在不显眼处小面积试用" asks where (不显眼处) and how much (小面积); "使用清洁剂前要先
试用一下" states the duty and neither, and a teacher gives part of the point and names what is
missing. "test it first on a small hidden area" likewise: "Test the stain remover first" leaves
the place out. A qualifier is a place phrase (在…处/部位/位置/地方/角落/内侧; on/in/at a … area,
spot, patch, part, corner, surface), an amount (小面积, 少量, 一小块; a small amount) or a witness
(当着顾客的面, 当面; in front of the guest): "检查口袋、记录污渍" for "须当着顾客的面检查口袋…" checks
where no customer sees it (held-out teacher T6). A witness is said by any words that put the act
before someone (当面, 面前, 在场; in front of, watching, present) or a word of the phrase. The point
without its qualifiers is judged as a point of its own (scoring_points.judge_point); credited
there, while the answer holds no word of any qualifier, the point is partial (PARTIAL_CREDIT),
lacking the qualifiers. One qualifier said of two is enough: a teacher reads the rest as meant.
Only a point of one rule is read here; a point of several rules is point_rules.py's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from graphs.exam_grading.point_judgement import PointJudgement
from graphs.exam_grading.point_rule_clauses import rules_of
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
_WITNESS = {
    "zh": re.compile(r"当着[^，。；、,;]{0,8}?的?面|当面"),
    "en": re.compile(
        r"\bin\s+front\s+of\s+(?:the|a|an|their|his|her)\s+[a-z]+\b"
        r"|\bwith\s+(?:the|a|an|their|his|her)\s+[a-z]+\s+present\b",
        re.I,
    ),
}
"""Before whom the act is done: a qualifier of its own, left out even where a place is said
("in front of the guest"; "with the customer present", the absolute of session 23 end teacher
T16, B_average Q8: "The answer leaves out 'with the customer present'")."""
_WITNESSED = {
    "zh": re.compile(r"当着|当面|面前|在场|看着"),
    "en": re.compile(
        r"\b(?:in\s+front\s+of|watching|watches|present|witness(?:es|ed)?)\b"
        r"|\bwith\s+(?:the|a|an|their|his|her)\s+[a-z]+\s+(?:there|around|by)\b",
        re.I,
    ),
}
"""Words that put an act before someone: a witness qualifier said in the learner's words."""
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
    if len(rules_of(judged.point, language)) > 1:
        return judged
    places = _ZH_QUALIFIERS if language == "zh" else _EN_QUALIFIERS
    kinds = (
        (_WITNESS[language], _WITNESSED[language], "before whom"),
        (places, None, "where or how much"),
    )
    for pattern, said_so, what in kinds:
        found = [m.group() for m in pattern.finditer(judged.point)]
        if not found or _said(found, answer, language, vocabulary, said_so):
            continue  # a qualifier said: the rule as the point tells it
        bare = re.sub(r"\s{2,}", " ", pattern.sub("", judged.point)).strip()
        if not content_terms(bare, language, vocabulary):
            continue
        rest = judge_point(
            bare, answer, language=language, vocabulary=vocabulary, others=others, stem=stem
        )
        if rest.verdict != "credited":
            continue
        lacks = _JOINER[language].join(q.removeprefix("在") for q in found)
        return PointJudgement(
            judged.point,
            "partial",
            f"states the rule without {what}: {lacks}",
            named=True,
            lacks=lacks,
        )
    return judged


def _said(
    qualifiers: list[str],
    answer: str,
    language: Language,
    vocabulary: Vocabulary,
    said_so: re.Pattern[str] | None,
) -> bool:
    """Whether the answer says one of `qualifiers`: a word of it, or words of its kind (`said_so`)."""
    canonical = vocabulary.canonical(answer)
    if said_so is not None and said_so.search(answer):
        return True
    return any(
        occurrences(term.text, canonical, language)
        for qualifier in qualifiers
        for term in content_terms(qualifier, language, vocabulary)
    )


_THERE = re.compile(r"\b(with\s+(?:the|a|an|their|his|her)\s+[a-z]+\s+)(?:there|around|by)\b", re.I)


def witness_in_its_word(point: str, answer: str, language: Language) -> str:
    """The answer with its witness in the point's word where the point has one: "with the
    customer there" is "with the customer present" (session 23 end teacher T16, B_strong Q8), so
    the point's words read it as said."""
    if language != "en" or not _WITNESS["en"].search(point) or "present" not in point.lower():
        return answer
    return _THERE.sub(lambda m: f"{m.group(1)}present", answer)
