"""Evaluating one learner turn with a model: `ModelEvaluator` asks the model for the judgement
of evaluation.py with a schema, keeps only indexes that exist, and always adds the offline
forbidden-claim check, so a model cannot wave a forbidden promise through; on a model's bad
output it falls back to the offline evaluator.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage
from pydantic import BaseModel, Field

from graphs.errors import ModelOutputError
from graphs.llm import ask_structured
from graphs.practice_dialogue.evaluation import COMMENT_MAX_CHARS, OfflineEvaluator, finish
from graphs.practice_dialogue.understanding import understand
from graphs.scenarios import Scenario, Stage


class ModelTurnJudgement(BaseModel):
    """What the model is asked to return for one learner turn."""

    covered_points: list[int] = Field(
        description="numbers (from 1) of the points (of any stage) the turn addresses"
    )
    forbidden_claims: list[int] = Field(
        description="numbers (from 1) of forbidden claims the learner makes (not denies or asks)"
    )
    empathy: bool = Field(description="the learner acknowledged the customer's feelings")
    questions: int = Field(description="how many questions on the subject the learner asked")
    pushy: bool = Field(description="the learner pressured the customer")
    off_topic: bool = Field(
        default=False, description="the turn has nothing to do with the scenario's subject"
    )
    comment: str = Field(default="", description="one sentence of feedback for the learner")


class ModelEvaluator:
    """Asks the model for the signals, validates them, falls back to the offline evaluator."""

    def __init__(self, models: Sequence[BaseChatModel], *, coaching: bool) -> None:
        self.models = tuple(models)
        self.coaching = coaching
        self.offline = OfflineEvaluator(coaching=coaching)

    async def evaluate(
        self,
        scenario: Scenario,
        stage: Stage,
        reply: str,
        covered: dict[str, list[int]],
        turn: int,
        *,
        her_lines: Sequence[str] = (),
        small_talk_before: bool = False,
    ) -> dict[str, Any]:
        """The model's judgement, clamped to what exists in the scenario."""
        claims = [c for s in scenario.stages for c in s.forbidden_claims]
        points = [(s.id, i, p.text) for s in scenario.stages for i, p in enumerate(s.points)]
        prompt = (
            f"Stage: {stage.title}\nPoints (of any stage; credit them whenever made):\n"
            + "\n".join(f"{n}. [{sid}] {text}" for n, (sid, _, text) in enumerate(points, 1))
            + "\nForbidden claims:\n"
            + "\n".join(f"{i + 1}. {c.claim}" for i, c in enumerate(claims))
            + (f"\nCustomer said last: {her_lines[-1]}" if her_lines else "")
            + f"\nLearner ({scenario.learner.role}) said: {reply}"
        )
        messages = [
            SystemMessage("You evaluate one turn of a sales/service practice conversation."),
            HumanMessage(prompt),
        ]
        try:
            judgement = await ask_structured(self.models, ModelTurnJudgement, messages)
        except ModelOutputError:
            return await self.offline.evaluate(
                scenario,
                stage,
                reply,
                covered,
                turn,
                her_lines=her_lines,
                small_talk_before=small_talk_before,
            )
        understanding = understand(scenario, reply)
        chosen = sorted({n - 1 for n in judgement.covered_points if 1 <= n <= len(points)})
        made = {claims[i - 1].claim for i in judgement.forbidden_claims if 1 <= i <= len(claims)}
        made.update(understanding.claims)
        covered_points = [
            {
                "stage": points[n][0],
                "index": points[n][1],
                "tag": scenario.point_tag(points[n][0], points[n][1]),
                "text": points[n][2],
            }
            for n in chosen
        ]
        evaluation = finish(
            scenario,
            stage,
            covered,
            understanding,
            turn=turn,
            covered=covered_points,
            forbidden=sorted(made),
            empathy=["model:empathy"] if judgement.empathy else [],
            questions=max(0, min(20, judgement.questions)),
            pushy=["(model)"] if judgement.pushy else [],
            off_topic=judgement.off_topic and not covered_points and not made,
            coaching=self.coaching,
            source="model",
            reply=reply,
            her_lines=her_lines,
            small_talk_before=small_talk_before,
        )
        if judgement.comment.strip():
            evaluation["comment"] = judgement.comment.strip()[:COMMENT_MAX_CHARS]
        return evaluation
