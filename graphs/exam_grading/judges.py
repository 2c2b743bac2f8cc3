"""Judges for the answers that cannot be checked by key: fill-ins and short answers.

`AnswerJudge` is the plug point. `OfflineJudge` needs no model: a fill-in earns the share of its
blanks that match (matching.py: numbers as numbers with units, synonyms, never antonyms; a bare
number without its unit earns half a blank); a short answer earns the mean credit of its scoring
points (scoring_points.py: credited 1, partial ½, missing or contradicted 0), once the
sentences that only echo the question (its copies, questions back) are dropped (echoes.py); a bare keyword
list earns up to two fifths of a point for its figures and words it names, three quarters when it completes
every rule the question opens with its figures (keyword_lists.py); with no scoring points the reference answer is the one point.
`ModelJudge` asks the configured model for a verdict per scoring point
`{point, verdict: credited|missing|contradicted, reason}` and computes the ratio from them; a
point credited despite a different figure or a flipped modality is contradicted by rule. A model that returns only
`{correct, score_ratio, reason}` is clamped and reconciled instead. Fill-ins whose blanks the
offline rules settle (right, or wrong on a figure, an antonym or a negation) never go to the
model. If the model's answer does not fit, the offline judge decides.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage
from pydantic import BaseModel, Field

from graphs.errors import ModelOutputError
from graphs.exam_grading.act_families import said_with_its_verb
from graphs.exam_grading.asked_who import who_left_out
from graphs.exam_grading.blank_matching import blank_matches
from graphs.exam_grading.deadline_left_out import deadline_left_out
from graphs.exam_grading.direction_kept import direction_kept
from graphs.exam_grading.echoes import without_echoes
from graphs.exam_grading.exceptions_restated import exception_restated
from graphs.exam_grading.figures_alone import figures_without_act
from graphs.exam_grading.floor_faces import said_with_its_floor
from graphs.exam_grading.forbidden_acts import act_forbidden_with_its_object
from graphs.exam_grading.keyword_lists import (
    RULES_COMPLETED_SHARE,
    completes_the_rules,
    is_keyword_list,
)
from graphs.exam_grading.list_items import list_items_given
from graphs.exam_grading.list_marks import LIST_CAP, as_listed
from graphs.exam_grading.model_codes import judged_with_codes_as_names
from graphs.exam_grading.model_prompt import GRADING_INSTRUCTIONS
from graphs.exam_grading.point_clauses import joined_claims_read
from graphs.exam_grading.point_judgement import PointJudgement
from graphs.exam_grading.point_notes import PointNote
from graphs.exam_grading.point_rules import partly_stated
from graphs.exam_grading.qualifiers import qualifiers_left_out, witness_in_its_word
from graphs.exam_grading.refusals import refusal_read
from graphs.exam_grading.restrictions import restriction_lifted
from graphs.exam_grading.rule_details import detail_left_out
from graphs.exam_grading.scoring_points import judge_point
from graphs.exam_grading.swapped_points import swapped_points
from graphs.exam_grading.vocabulary import default_vocabulary
from graphs.exams import Language, Question
from graphs.llm import ask_structured
from graphs.point_marks import point_marks
from graphs.text.language import detect_language


@dataclass(frozen=True, kw_only=True)
class Judgement:
    """A judge's verdict on one answer: the share of the score earned and why."""

    ratio: float
    """0 (wrong) to 1 (fully right)."""
    reason: str
    missed: tuple[str, ...] = ()
    """Short answers: the scoring points not credited in full, for the learner's review note."""
    partial: tuple[str, ...] = ()
    """Short answers: those of `missed` that earned part of their marks (not 0: the report lists
    them apart from the points that earned nothing)."""
    notes: tuple[PointNote, ...] = ()
    """Short answers judged by rule: every point's verdict and detail, for the review note."""


class AnswerJudge(Protocol):
    """Judges a fill-in or short answer against the question's answer and scoring points."""

    async def judge(self, question: Question, response: list[str]) -> Judgement:
        """Judge a non-empty normalised response (see answers.py)."""
        ...


def judge_blanks(question: Question, response: list[str], items: Sequence[str] = ()) -> Judgement:
    """A fill-in's share of right blanks, with a reason per blank that is not fully right;
    `items`: the exam's items, what the material is about (topic_heads.exam_items)."""
    matches = blank_matches(question, response, items)
    total = len(matches)
    earned = sum(m.credit for m in matches)
    if earned == total:
        return Judgement(ratio=1.0, reason="every blank matches the expected answer")
    notes = [f"blank {i + 1}: {m.reason}" for i, m in enumerate(matches) if m.credit < 1]
    return Judgement(
        ratio=earned / total,
        reason=f"{earned:g} of {total} blank(s) right; " + "; ".join(notes),
    )


def marks_of(question: Question) -> list[float]:
    """Each scoring point's marks: its `point_scores`, else the score split (point_marks.py)."""
    points = question.scoring_points or question.answer[:1]
    return point_marks(points, question.point_scores, question.score)


def _point_judgement(
    point: str, answer: str, stem: str, language: Language, others: list[str]
) -> PointJudgement:
    """One point judged whole (its act, its floor in its words: act_families.py, floor_faces.py),
    then claim by joined claim (point_clauses.py: …，但节假日不享受优惠), rule by rule
    (point_rules.py), for a detail left out (rule_details.py), for a person."""
    vocabulary, answer = default_vocabulary(), said_with_its_verb(point, answer, language)
    answer = witness_in_its_word(point, said_with_its_floor(point, answer, language), language)
    judged = judge_point(point, answer, language=language, others=others, stem=stem)
    rereads = (
        joined_claims_read,  # …，但节假日不享受优惠: the exception left out is part of it
        partly_stated,
        detail_left_out,
        qualifiers_left_out,
        deadline_left_out,
    )
    lifted = (act_forbidden_with_its_object, restriction_lifted)
    kept = (direction_kept, refusal_read, exception_restated)  # 摔坏的不保: 不在保修范围内
    for reread in (*rereads, list_items_given, figures_without_act, *lifted, *kept):
        judged = reread(
            judged, answer, language=language, vocabulary=vocabulary, others=others, stem=stem
        )
    return who_left_out(judged, answer, stem=stem, language=language)


def judge_short_answer(question: Question, answer: str) -> Judgement:
    """A short answer's credit over its scoring points, each weighted by its marks (2/2/1 for 5
    marks over 3 points; see scoring_points.py for a point's credit); a model code (SG-5K,
    Wi-Fi 6) is a name there, not a figure (model_codes.py)."""
    return judged_with_codes_as_names(question, answer, _judge_short_answer)


def _judge_short_answer(question: Question, answer: str) -> Judgement:
    language = detect_language(question.stem + answer)
    points = question.scoring_points or question.answer[:1]
    marks = marks_of(question)
    answer = without_echoes(answer, question.stem)
    judgements = [
        _point_judgement(p, answer, question.stem, language, [o for o in points if o != p])
        for p in points
    ]
    # 打架的罚款100元，吸烟的请其离场: two points' consequences swapped, each point's words there
    judgements = swapped_points(points, judgements, answer, language, default_vocabulary())
    ratio = _weighted([j.credit for j in judgements], marks)
    earned = [j.credit * m for j, m in zip(judgements, marks, strict=True)]
    reason = describe_points(judgements)
    missed = tuple(j.point for j in judgements if j.verdict != "credited")
    contradicted = any(j.verdict == "contradicted" for j in judgements)
    listed: set[str] = set()
    if is_keyword_list(answer, language, points) and not (
        not contradicted and completes_the_rules(answer, question.stem, points, language)
    ):
        judgements, shares, cap = as_listed(judgements, answer, points, question.stem)
        named = sum(j.named for j in judgements)
        if (whole := _weighted(shares, marks)) > cap:  # each point's marks cut to the cap
            shares = [share * cap / whole for share in shares]
        ratio = min(_weighted(shares, marks), cap)
        earned = [share * m for share, m in zip(shares, marks, strict=True)]
        reason = (
            f"a bare keyword list, no statements: it names {named} of {len(judgements)} "
            "point(s), earning for each the share of its figures and own words listed, "
            f"{'two fifths' if cap == LIST_CAP else 'a fifth'} of the marks at most; "
            f"{describe_points(judgements, listed=True)}"
        )
        missed = tuple(points)
        listed = {j.point for j in judgements if j.named}
    elif is_keyword_list(answer, language, points):
        ratio = RULES_COMPLETED_SHARE
        earned = [RULES_COMPLETED_SHARE * m for m in marks]
        reason = (
            "a bare list that gives every rule's figures in the question's frame: three "
            f"quarters of the marks; {reason}"
        )
        missed = tuple(points)
        listed = set(points)
    shown = question.score > 0  # marks are printed only when the question carries its score
    notes = tuple(
        _note(j, listed=j.point in listed, marks=(e, m) if shown else None)
        for j, e, m in zip(judgements, earned, marks, strict=True)
    )
    partial = tuple(
        point
        for point, got, worth in zip(points, earned, marks, strict=True)
        if point in missed and 0 < got < worth
    )
    return Judgement(ratio=ratio, reason=reason, missed=missed, partial=partial, notes=notes)


def _weighted(credits: Sequence[float], marks: Sequence[float]) -> float:
    """The share of the marks earned when each point earns its credit of its own marks."""
    total = sum(marks)
    return sum(c * m for c, m in zip(credits, marks, strict=True)) / total if total else 0.0


def _note(
    judgement: PointJudgement, *, listed: bool, marks: tuple[float, float] | None = None
) -> PointNote:
    """A point's review note with its marks (earned, worth); a point a bare list names says it
    was listed, not stated nor missed."""
    if listed and judgement.verdict != "contradicted":
        return PointNote(judgement.point, "listed", marks=marks)
    return PointNote(
        judgement.point,
        judgement.verdict,
        figure=judgement.figure,
        rival=judgement.rival,
        said=judgement.said,
        marks=marks,
        lacks=judgement.lacks,
    )


def describe_points(judgements: Sequence[PointJudgement], *, listed: bool = False) -> str:
    """One clause per point: "credited: 认同客户的价格顾虑 (states it)"; in a bare list (`listed`)
    a point it names is "listed", as the learner's note says, not credited nor missing."""
    return "; ".join(
        f"{'listed' if listed and j.named and j.verdict != 'contradicted' else j.verdict}: "
        f"{j.point} ({j.reason})"
        for j in judgements
    )


class OfflineJudge:
    """Judges by the offline rules (matching.py, scoring_points.py); no model needed.

    `items`: the exam's items (topic_heads.exam_items), which show what the material is about
    to a fill-in's head said alone; none where the exam is not known."""

    def __init__(self, items: Sequence[str] = ()) -> None:
        self.items = tuple(items)

    async def judge(self, question: Question, response: list[str]) -> Judgement:
        """Blank by blank for fill-ins, scoring point by scoring point for short answers."""
        return self.judge_now(question, response)

    def judge_now(self, question: Question, response: list[str]) -> Judgement:
        """`judge`, synchronously: CPU work for an engine thread (graphs/engine.py)."""
        if question.type == "fill_blank":
            return judge_blanks(question, response, self.items)
        return judge_short_answer(question, " ".join(response))


ModelPointVerdictKind = Literal["credited", "missing", "contradicted"]


class ModelPointVerdict(BaseModel):
    """The model's verdict on one scoring point."""

    point: str = Field(description="the scoring point, as given")
    verdict: ModelPointVerdictKind = Field(
        description="credited: stated (any wording); missing: not stated; contradicted: the "
        "answer says the opposite or gives a different figure"
    )
    reason: str = Field(description="one short sentence quoting or naming what decided it")


class ModelVerdict(BaseModel):
    """What the model is asked to return for one answer."""

    correct: bool = Field(description="true when the answer is fully right")
    score_ratio: float = Field(description="share of the full score earned, from 0 to 1")
    reason: str = Field(description="one or two sentences: what is right and what is missing")
    points: list[ModelPointVerdict] = Field(
        default_factory=list,
        description="short answers: one verdict per scoring point, in the order given",
    )


CREDITED_BY_MODEL: dict[ModelPointVerdictKind, float] = {
    "credited": 1.0,
    "missing": 0.0,
    "contradicted": 0.0,
}


class ModelJudge:
    """Asks the configured chat model, checks its verdict, falls back to the offline judge."""

    def __init__(
        self, models: Sequence[BaseChatModel], fallback: AnswerJudge | None = None
    ) -> None:
        self.models = tuple(models)
        self.fallback = fallback or OfflineJudge()

    async def judge(self, question: Question, response: list[str]) -> Judgement:
        """The model's verdict, checked; the offline one if it does not fit.

        Fill-ins the offline rules settle never reach the model: every blank right, or wrong by
        rule (a figure, an antonym, a negation): numbers and opposites are never a model's call.
        """
        if question.type == "fill_blank" and blanks_settled_offline(question, response):
            return judge_blanks(question, response)
        messages = [
            SystemMessage(GRADING_INSTRUCTIONS),
            HumanMessage(
                f"Question ({question.type}): {question.stem}\n"
                f"Reference answer: {' | '.join(question.answer)}\n"
                f"Scoring points: {'; '.join(question.scoring_points) or '(none)'}\n"
                f"Learner's answer: {' | '.join(response)}"
            ),
        ]
        try:
            verdict = await ask_structured(self.models, ModelVerdict, messages)
            if verdict.points and question.type == "short_answer":
                return from_points(question, verdict.points, " ".join(response))
            return checked(verdict)
        except ModelOutputError as exc:
            offline = await self.fallback.judge(question, response)
            return Judgement(
                ratio=offline.ratio,
                reason=f"{offline.reason} (offline judge: the model's verdict {exc})",
            )


def blanks_settled_offline(question: Question, response: list[str]) -> bool:
    """True when the offline rules decide every blank: right, a figure, an antonym or negation."""
    return all(match.credit >= 1 or match.settled for match in blank_matches(question, response))


def from_points(question: Question, points: Sequence[ModelPointVerdict], answer: str) -> Judgement:
    """The ratio from the model's per-point verdicts; they must be one per scoring point.

    A point the model credits although the answer gives another value for its figure (12小时 for
    2小时, another phone number), says the opposite modality (可以 for 不得), lifts a restriction
    (anyone may, for only marshals: restrictions.py) or turns an order round is contradicted:
    these are decided by rule, as in the offline judge.
    """
    wanted = question.scoring_points
    if len(points) != len(wanted):
        raise ModelOutputError(
            f"gave {len(points)} point verdict(s) for {len(wanted)} scoring point(s)"
        )
    language = detect_language(question.stem + answer)
    marks = marks_of(question)
    verdicts: list[tuple[ModelPointVerdictKind, str]] = []
    notes: list[PointNote] = []
    for verdict, point, worth in zip(points, wanted, marks, strict=True):
        reason = verdict.reason.strip() or "no reason given"
        others = [o for o in wanted if o != point]
        # judged as the offline judge judges it, rereads and all (a restriction lifted, an act
        # waved through, a direction turned round), so both paths contradict by the same rules
        offline = _point_judgement(point, answer, question.stem, language, others)
        kind: ModelPointVerdictKind = verdict.verdict
        if kind == "credited" and (offline.wrong_figure or offline.flipped):
            kind, reason = "contradicted", f"{offline.reason}; the model credited it"
        verdicts.append((kind, reason))
        # The learner's note says what became of each point, as the offline judge's does: a
        # point the answer contradicts reads "有误", never "未答到" (with the figure given, when
        # the rules know it).
        shown = offline.wrong_figure and kind == "contradicted"
        notes.append(
            PointNote(
                point,
                kind,
                figure=offline.figure if shown else None,
                rival=offline.rival if shown else None,
                marks=(CREDITED_BY_MODEL[kind] * worth, worth) if question.score > 0 else None,
            )
        )
    ratio = _weighted([CREDITED_BY_MODEL[kind] for kind, _ in verdicts], marks)
    return Judgement(
        ratio=ratio,
        reason="; ".join(
            f"{kind}: {point} ({why})" for (kind, why), point in zip(verdicts, wanted, strict=True)
        ),
        missed=tuple(
            point for (kind, _), point in zip(verdicts, wanted, strict=True) if kind != "credited"
        ),
        partial=tuple(
            point
            for (kind, _), point in zip(verdicts, wanted, strict=True)
            if 0 < CREDITED_BY_MODEL[kind] < 1
        ),
        notes=tuple(notes),
    )


def checked(verdict: ModelVerdict) -> Judgement:
    """Clamp the model's ratio to [0, 1] and reconcile it with its `correct` flag."""
    ratio = verdict.score_ratio
    if math.isnan(ratio):
        raise ModelOutputError("gave score_ratio NaN")
    ratio = min(1.0, max(0.0, ratio))
    if verdict.correct and ratio == 0:
        ratio = 1.0  # "correct" with no ratio: the model left the number out
    if not verdict.correct and ratio == 1:
        ratio = 0.5  # "not correct" yet full marks: something is missing, so not full
    reason = verdict.reason.strip() or "the model gave no reason"
    return Judgement(ratio=ratio, reason=reason)
