"""Evaluating one learner turn: what it covered, what it must not have said, how it sounded.

`TurnEvaluator` is the plug point. `OfflineEvaluator` finds the signals in the text (signals.py):
the current stage's points covered (a point's keywords, or its text, fuzzy-matched; a point of a
later stage only counts once the conversation is there), the stage's keywords, forbidden claims of
any stage (a broken promise is broken whenever it is made), empathy markers, questions asked and pressure. `ModelEvaluator` asks
the model for the same judgement with a schema, keeps only indexes that exist, and always adds the
offline forbidden-claim check, so a model cannot wave a forbidden promise through.

An evaluation is plain JSON: `turn`, `stage`, `covered` ([{stage, index, text}]), `keywords`,
`forbidden`, `empathy`, `questions`, `pushy`, `off_topic`, `signals`, `quality` (0-100), `tags`,
`comment`, `hint` (None unless coaching), `source` (offline/model).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage
from pydantic import BaseModel, Field

from graphs.errors import ModelOutputError
from graphs.llm import ask_structured
from graphs.practice_dialogue.feedback import comment_for, hint_for
from graphs.practice_dialogue.signals import (
    EMPATHY_MARKERS,
    count_questions,
    is_pushy,
    markers_in,
    normalise,
    said,
)
from graphs.scenarios import Scenario, Signal, Stage

COMMENT_MAX_CHARS = 300
"""A model's comment longer than this is cut: it is feedback, not an essay."""


class TurnEvaluator(Protocol):
    """Evaluates one learner turn in the current stage."""

    async def evaluate(
        self, scenario: Scenario, stage: Stage, reply: str, covered: dict[str, list[int]], turn: int
    ) -> dict[str, Any]:
        """The turn's evaluation (see the module docstring); `covered` is before this turn."""
        ...


def _point_said(keywords: list[str], text_of_point: str, text: str) -> bool:
    return any(said(k, text) for k in keywords) if keywords else said(text_of_point, text)


def finish(
    scenario: Scenario,
    stage: Stage,
    covered_before: dict[str, list[int]],
    *,
    turn: int,
    covered: list[dict[str, Any]],
    keywords: list[str],
    forbidden: list[str],
    empathy: list[str],
    questions: int,
    pushy: list[str],
    coaching: bool,
    source: str,
) -> dict[str, Any]:
    """Signals, quality, tags, comment and hint from what a turn showed."""
    new = [c for c in covered if c["index"] not in covered_before.get(c["stage"], [])]
    # A forbidden promise or pressure is about the sale, so it is wrong but not off topic.
    off_topic = not (covered or keywords or empathy or questions or forbidden or pushy)
    signals: list[Signal] = []
    if empathy:
        signals.append("empathy")
    if questions:
        signals.append("question")
    if covered or keywords:
        signals.append("keyword")
    if forbidden:
        signals.append("forbidden_claim")
    if pushy:
        signals.append("pushy")
    if off_topic:
        signals.append("off_topic")
    # Quality: new ground and good manners raise it; broken rules sink it whatever else was said.
    quality = (
        35 + min(40, 20 * len(new)) + 5 * bool(keywords) + 10 * bool(empathy) + 10 * bool(questions)
    )
    quality -= 45 * len(forbidden) + 20 * bool(pushy)
    quality = 5 if off_topic else max(0, min(100, quality))
    evaluation: dict[str, Any] = {
        "turn": turn,
        "stage": stage.id,
        "covered": covered,
        "new_points": len(new),
        "keywords": keywords,
        "forbidden": forbidden,
        "empathy": empathy,
        "questions": questions,
        "pushy": pushy,
        "off_topic": off_topic,
        "signals": signals,
        "quality": quality,
        "tags": [*signals, *(f"covered:{c['stage']}#{c['index'] + 1}" for c in new)],
        "source": source,
    }
    after = {k: list(v) for k, v in covered_before.items()}
    for c in covered:
        after.setdefault(c["stage"], []).append(c["index"])
    evaluation["comment"] = comment_for(scenario.language, evaluation)
    evaluation["hint"] = hint_for(scenario.language, stage, after, evaluation) if coaching else None
    return evaluation


class OfflineEvaluator:
    """Finds the signals in the text; no model needed."""

    def __init__(self, *, coaching: bool) -> None:
        self.coaching = coaching

    async def evaluate(
        self, scenario: Scenario, stage: Stage, reply: str, covered: dict[str, list[int]], turn: int
    ) -> dict[str, Any]:
        """Evaluate by fuzzy matching against every stage's points, keywords and claims."""
        text = normalise(reply)
        return finish(
            scenario,
            stage,
            covered,
            turn=turn,
            covered=[
                {"stage": stage.id, "index": i, "text": p.text}
                for i, p in enumerate(stage.points)
                if _point_said(p.keywords, p.text, text)
            ],
            keywords=[k for k in stage.keywords if said(k, text)],
            forbidden=forbidden_claims(scenario, text),
            empathy=markers_in(text, EMPATHY_MARKERS),
            questions=count_questions(reply),
            pushy=is_pushy(reply, text),
            coaching=self.coaching,
            source="offline",
        )


def forbidden_claims(scenario: Scenario, text: str) -> list[str]:
    """The forbidden claims (of any stage) the normalised text makes."""
    return [
        c.claim
        for s in scenario.stages
        for c in s.forbidden_claims
        if said(c.claim, text) or any(said(p, text) for p in c.patterns)
    ]


class ModelTurnJudgement(BaseModel):
    """What the model is asked to return for one learner turn."""

    covered_points: list[int] = Field(
        description="numbers (from 1) of the current stage's points covered"
    )
    forbidden_claims: list[int] = Field(description="numbers (from 1) of forbidden claims made")
    empathy: bool = Field(description="the learner acknowledged the customer's feelings")
    questions: int = Field(description="how many questions the learner asked")
    pushy: bool = Field(description="the learner pressured the customer")
    comment: str = Field(default="", description="one sentence of feedback for the learner")


class ModelEvaluator:
    """Asks the model for the signals, validates them, falls back to the offline evaluator."""

    def __init__(self, models: Sequence[BaseChatModel], *, coaching: bool) -> None:
        self.models = tuple(models)
        self.coaching = coaching
        self.offline = OfflineEvaluator(coaching=coaching)

    async def evaluate(
        self, scenario: Scenario, stage: Stage, reply: str, covered: dict[str, list[int]], turn: int
    ) -> dict[str, Any]:
        """The model's judgement of the current stage, clamped to what exists in the scenario."""
        claims = [c for s in scenario.stages for c in s.forbidden_claims]
        prompt = (
            f"Stage: {stage.title}\nPoints:\n"
            + "\n".join(f"{i + 1}. {p.text}" for i, p in enumerate(stage.points))
            + "\nForbidden claims:\n"
            + "\n".join(f"{i + 1}. {c.claim}" for i, c in enumerate(claims))
            + f"\nLearner ({scenario.learner.role}) said: {reply}"
        )
        messages = [
            SystemMessage("You evaluate one turn of a sales/service practice conversation."),
            HumanMessage(prompt),
        ]
        try:
            judgement = await ask_structured(self.models, ModelTurnJudgement, messages)
        except ModelOutputError:
            return await self.offline.evaluate(scenario, stage, reply, covered, turn)
        text = normalise(reply)
        points = sorted({i - 1 for i in judgement.covered_points if 1 <= i <= len(stage.points)})
        made = {claims[i - 1].claim for i in judgement.forbidden_claims if 1 <= i <= len(claims)}
        made.update(forbidden_claims(scenario, text))
        evaluation = finish(
            scenario,
            stage,
            covered,
            turn=turn,
            covered=[{"stage": stage.id, "index": i, "text": stage.points[i].text} for i in points],
            keywords=[k for k in stage.keywords if said(k, text)],
            forbidden=sorted(made),
            empathy=["(model)"] if judgement.empathy else [],
            questions=max(0, min(20, judgement.questions)),
            pushy=["(model)"] if judgement.pushy else [],
            coaching=self.coaching,
            source="model",
        )
        if judgement.comment.strip():
            evaluation["comment"] = judgement.comment.strip()[:COMMENT_MAX_CHARS]
        return evaluation
