"""A Chinese point of one sentence that joins a second claim on 但 / 并 / 同时, read claim by claim.

So too the rule of no figure after a point's figures: the condition that goes with them
("押金每人30元、每间150元，离场检查无损坏后原路退回"; C_average Q9 p2: "押金50元和200元" got 已答到,
"the return condition is missing").

A point often adds an exception or a second step to its rule in the same sentence: "会员每小时
优惠10元，但节假日不享受优惠", "最后一局结束后关闭所有球台灯光，并由值班经理复核签字". Read
whole, an answer that gives the rule and leaves out the exception ("会员便宜10元") holds enough of
its words to be credited, and one that gives the first step alone ("最后一局结束后要把所有球台灯
关掉") holds too few to be anything but missing (session 22 end teacher T15, C_average Q9 p3:
"False note: the holiday exception is missing"; designer D15: "kpl scores each point
all-or-nothing, and 未答到 wrongly says nothing was written").

So such a point is judged again clause claim by clause claim (each claim the clauses up to a
joining word, the joining word dropped):
- credited as a whole, with a claim not credited on its own, none of its own words in the answer
  (words read whole in context are the learner's, 拍照留证 for 拍照留存证据), and another
  credited: partial, the note naming what is left out (never 已答到 with the exception missing);
- missing as a whole, with a claim credited on its own and none contradicted: partial, naming
  the claims left out (never 未答到 where part of the point is written);
- either, with a claim contradicted on its own (节假日也享受优惠 for 但节假日不享受优惠) and
  stated by no clause of the answer read alone (会员每局优惠8元 of the rule says 优惠, which
  the exception rules out): contradicted, as that claim is.
Each claim is part of the one sentence the question asks, so none is unasked (point_claims.py
reads a point's sentences, some of which an exam may bundle in unasked).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from graphs.exam_grading.figure_words import figures_for_words
from graphs.exam_grading.figures import figures_of
from graphs.exam_grading.point_judgement import PointJudgement
from graphs.exam_grading.point_rules import duty_of_another_point
from graphs.exam_grading.point_terms import CONDITION, content_terms, occurrences
from graphs.exam_grading.scoring_points import judge_point
from graphs.exam_grading.vocabulary import Vocabulary
from graphs.exams import Language

Judge = Callable[[str, str], PointJudgement]
"""Judges one claim against an answer."""

_JOINED_CLAIM = re.compile(
    r"[，,；;]\s*(?:但是|但|不过|并且|并由|并(?![不非])|同时|且(?!不)|(?=只|仅))"
)
"""A clause opening on a word that joins a claim of its own to the rule before it: an exception
(但), a second step (并, 并由, 同时), a restriction (只保同一故障, 仅限…: kept in its claim, the
condition the rule holds on; session 23 end teacher T16, A_average Q8: "'已答到…只保同一故障'
although 只保同一故障 is missing. That label is too lenient"). 并不 / 且不 continue the clause
before them."""

_MIN_CLAIM_CHARS = 4


def joined_claims(point: str, language: Language) -> list[str]:
    """The point's claims joined by 但 / 并 / 同时 (module doc), each without its joining word;
    the point itself where it joins none (or a claim would be too short to be one)."""
    if language != "zh":
        return [point]
    joined = [c.strip().rstrip("。；;") for c in _JOINED_CLAIM.split(point)]
    claims = [claim for part in joined for claim in _after_figures(part, language)]
    if len(claims) < 2 or any(len(c) < _MIN_CLAIM_CHARS for c in claims):
        return [point]
    return claims


_MIN_RULE_CHARS = 6


_THEN_ACT = re.compile(r"[\u4e00-\u9fff]后[\u4e00-\u9fff]")
"""A condition, then the act on it (检查无损坏后原路退回): a rule of its own, not a detail."""


def _after_figures(text: str, language: Language) -> list[str]:
    """`text` cut after its last clause with a figure where a rule of no figure follows, a
    condition and the act on it: what the figures are bound to ("押金每人30元、每间150元，离场检查
    无损坏后原路退回")."""
    clauses = [c for c in re.split(r"[，,]", text) if c.strip()]
    with_figure = [i for i, c in enumerate(clauses) if figures_of(c, language, in_point=True)]
    if not with_figure or with_figure[-1] == len(clauses) - 1:
        return [text]
    cut = with_figure[-1] + 1
    head, rest = "，".join(clauses[:cut]), "，".join(clauses[cut:])
    if (
        CONDITION.search(clauses[cut - 1])
        or len(rest) < _MIN_RULE_CHARS
        or not _THEN_ACT.search(rest)
    ):
        return [text]  # 每15分钟巡视一次，查看幼儿面色和呼吸: one duty, its figure and its detail
    return [head, rest]


def joined_claims_read(
    judged: PointJudgement,
    answer: str,
    *,
    language: Language,
    vocabulary: Vocabulary,
    others: Sequence[str],
    stem: str,
) -> PointJudgement:
    """`judged` made partial where the answer states some of the point's joined claims and
    leaves out others, or contradicted where it turns one round (module doc); as it was
    otherwise. Each claim is judged as a point of its own, the point's other claims among the
    question's other points (so words they share state neither)."""
    if judged.verdict not in ("credited", "missing"):
        return judged
    claims = joined_claims(judged.point, language)
    if len(claims) < 2:
        return judged

    def judge(claim: str, text: str) -> PointJudgement:
        rest = [*others, *(c for c in claims if c != claim)]
        return judge_point(
            claim, text, language=language, vocabulary=vocabulary, others=rest, stem=stem
        )

    verdicts = {claim: judge(claim, answer) for claim in claims}
    # a claim any clause of the answer states alone is stated: the rule's 优惠8元 is no denial of
    # the exception's 不享受优惠, nor the exception's of the rule
    said = {
        c
        for c, j in verdicts.items()
        if j.verdict != "credited" and _said_in_a_part(c, answer, judge)
    }
    told_wrong = [j for c, j in verdicts.items() if j.verdict == "contradicted" and c not in said]
    if told_wrong:
        return replace(told_wrong[0], point=judged.point)  # 节假日也享受优惠
    stated = [
        c
        for c in claims
        if (verdicts[c].verdict == "credited" or c in said)
        # 菜单上…的菜品须用标识注明 names the dishes of another point, not the order slip
        and not duty_of_another_point(c, judged.point, others, answer, language)
    ]
    left_out = [c for c in claims if c not in stated]
    if judged.verdict == "credited":  # read whole, its words were there: only a claim none of
        # whose own words or figures the answer holds is left out (节假日 of the exception)
        left_out = [
            c
            for c in left_out
            if not _own_words_said(c, claims, answer, language, vocabulary, stem)
        ]
        stated = [c for c in claims if c not in left_out]
    if not stated or not left_out:
        return judged
    lacks = "，".join(left_out)
    return replace(
        judged,
        verdict="partial",
        reason=f"states {'; '.join(stated)}, not: {lacks}",
        named=True,
        figure=None,
        rival=None,
        lacks=lacks,
        part=None,
    )


_PARTS = re.compile(r"[，,；;。！？!?\n]")


def _said_in_a_part(claim: str, answer: str, judge: Judge) -> bool:
    """Whether a clause of the answer, read alone, states the claim: "会员每局优惠8元，但节假日
    不享受优惠" says 优惠 of the rule before, which denies nothing of the exception after it."""
    parts = [p for p in _PARTS.split(answer) if p.strip()]
    return len(parts) > 1 and any(judge(claim, part).verdict == "credited" for part in parts)


def _own_words_said(
    claim: str,
    claims: Sequence[str],
    answer: str,
    language: Language,
    vocabulary: Vocabulary,
    stem: str,
) -> bool:
    """Whether the answer holds a word of `claim` that no other claim of the point has and the
    stem does not print (拍照 of 拍照留存证据 said as 拍照留证), or one of its figures."""
    theirs = {t.text for c in claims if c != claim for t in content_terms(c, language, vocabulary)}
    printed = {t.text for t in content_terms(stem, language, vocabulary)} if stem else set()
    canonical = vocabulary.canonical(answer)
    given = figures_of(figures_for_words(answer), language)
    wanted = figures_of(figures_for_words(claim), language, in_point=True)
    if any(any(w.matches(g) for g in given) for w in wanted):
        return True  # 满十八周岁 for 年满18周岁
    return any(
        occurrences(t.text, canonical, language)
        for t in content_terms(claim, language, vocabulary)
        if t.text not in theirs and t.text not in printed
    )
