"""Judges for the answers that cannot be checked by key: fill-ins and short answers.

`AnswerJudge` is the plug point. `OfflineJudge` needs no model: a fill-in blank is right when its
normalised text matches (or nearly matches) the expected one, and the score is the share of right
blanks; a short answer earns the share of its scoring points it covers (or, with no scoring points,
how closely it matches the reference answer). `ModelJudge` asks the configured model for a verdict
`{correct, score_ratio, reason}` and checks it: the ratio is clamped to [0, 1] and made consistent
with `correct`; if the model's answer does not fit, the offline judge decides instead.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage
from pydantic import BaseModel, Field
from rapidfuzz import fuzz

from graphs.errors import ModelOutputError
from graphs.exam_grading.matching import normalise, point_covered, same_answer
from graphs.exams import Question
from graphs.llm import ask_structured

REFERENCE_ONLY_FULL = 85
"""token_set_ratio to the reference answer that earns full marks when there are no scoring points."""


@dataclass(frozen=True, kw_only=True)
class Judgement:
    """A judge's verdict on one answer: the share of the score earned and why."""

    ratio: float
    """0 (wrong) to 1 (fully right)."""
    reason: str


class AnswerJudge(Protocol):
    """Judges a fill-in or short answer against the question's answer and scoring points."""

    async def judge(self, question: Question, response: list[str]) -> Judgement:
        """Judge a non-empty normalised response (see answers.py)."""
        ...


class OfflineJudge:
    """Judges by normalised and fuzzy matching; no model needed."""

    async def judge(self, question: Question, response: list[str]) -> Judgement:
        """Blank by blank for fill-ins, scoring point by scoring point for short answers."""
        if question.type == "fill_blank":
            return self._blanks(question, response)
        return self._short_answer(question, " ".join(response))

    def _blanks(self, question: Question, response: list[str]) -> Judgement:
        right = [
            i
            for i, expected in enumerate(question.answer)
            if i < len(response) and same_answer(response[i], expected)
        ]
        total = len(question.answer)
        if len(right) == total:
            return Judgement(ratio=1.0, reason="every blank matches the expected answer")
        wrong = [str(i + 1) for i in range(total) if i not in right]
        return Judgement(
            ratio=len(right) / total,
            reason=f"{len(right)} of {total} blank(s) right; blank {', '.join(wrong)} does not match",
        )

    def _short_answer(self, question: Question, answer: str) -> Judgement:
        points = question.scoring_points
        if not points:
            reference = question.answer[0] if question.answer else ""
            similarity = fuzz.token_set_ratio(normalise(answer), normalise(reference))
            ratio = min(1.0, similarity / REFERENCE_ONLY_FULL)
            ratio = math.floor(ratio * 4) / 4  # quarter steps: a fuzzy score is not finer than that
            return Judgement(
                ratio=ratio,
                reason=f"matches the reference answer at {similarity:.0f}% (no scoring points)",
            )
        covered = [p for p in points if point_covered(p, answer)]
        missing = [p for p in points if p not in covered]
        if not missing:
            return Judgement(ratio=1.0, reason=f"covers all {len(points)} scoring points")
        return Judgement(
            ratio=len(covered) / len(points),
            reason=f"covers {len(covered)} of {len(points)} scoring points; missing: "
            + "; ".join(missing),
        )


class ModelVerdict(BaseModel):
    """What the model is asked to return for one answer."""

    correct: bool = Field(description="true when the answer is fully right")
    score_ratio: float = Field(description="share of the full score earned, from 0 to 1")
    reason: str = Field(description="one or two sentences: what is right and what is missing")


_SYSTEM = (
    "You grade one exam answer. Compare the learner's answer with the reference answer and the "
    "scoring points; accept synonyms and paraphrases, reject answers that contradict the reference. "
    "Give score_ratio as the share of scoring points covered (0 to 1). Answer in the exam's language."
)


class ModelJudge:
    """Asks the configured chat model, checks its verdict, falls back to the offline judge."""

    def __init__(
        self, models: Sequence[BaseChatModel], fallback: AnswerJudge | None = None
    ) -> None:
        self.models = tuple(models)
        self.fallback = fallback or OfflineJudge()

    async def judge(self, question: Question, response: list[str]) -> Judgement:
        """The model's verdict, clamped and made consistent; the offline one if it does not fit.

        A fill-in whose every blank equals the expected answer once normalised needs no model.
        """
        if question.type == "fill_blank" and all_blanks_exact(question, response):
            return Judgement(ratio=1.0, reason="every blank matches the expected answer")
        messages = [
            SystemMessage(_SYSTEM),
            HumanMessage(
                f"Question ({question.type}): {question.stem}\n"
                f"Reference answer: {' | '.join(question.answer)}\n"
                f"Scoring points: {'; '.join(question.scoring_points) or '(none)'}\n"
                f"Learner's answer: {' | '.join(response)}"
            ),
        ]
        try:
            verdict = await ask_structured(self.models, ModelVerdict, messages)
            return checked(verdict)
        except ModelOutputError as exc:
            offline = await self.fallback.judge(question, response)
            return Judgement(
                ratio=offline.ratio,
                reason=f"{offline.reason} (offline judge: the model's verdict {exc})",
            )


def all_blanks_exact(question: Question, response: list[str]) -> bool:
    """True when every blank equals its expected answer once normalised."""
    return len(response) == len(question.answer) and all(
        normalise(a) == normalise(b) for a, b in zip(response, question.answer, strict=True)
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
