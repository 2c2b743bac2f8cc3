"""The model analyzer: a chat model reads the message and the thread and answers with structure.

The answer is `RouteAnswer` {intent, confidence, params, reasoning}. Providers are tried
round-robin (each message starts at the next provider, spreading the load) with fallback to the
others; a provider that fails `max_failures` times in a row is skipped for `cooldown` calls and
then given another chance. Every provider failing raises `AnalyzerUnavailable`, and the router
falls back to the offline analyzer.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Sequence
from typing import Any

import httpx
from langchain_core.exceptions import LangChainException
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import BaseMessage, HumanMessage, SystemMessage
from langgraph.constants import TAG_NOSTREAM
from pydantic import BaseModel, Field, ValidationError

from graphs.errors import ModelOutputError
from routers.analyzer import Analysis
from routers.decision import ACTIONS, Intent, RouteContext
from routers.errors import AnalyzerUnavailable

log = logging.getLogger(__name__)

try:  # the OpenAI client is an optional dependency; its errors are provider failures too
    from openai import OpenAIError

    PROVIDER_ERRORS: tuple[type[BaseException], ...] = (OpenAIError,)
except ImportError:  # pragma: no cover - only without the `openai` extra
    PROVIDER_ERRORS = ()
PROVIDER_ERRORS += (
    httpx.HTTPError,
    OSError,
    asyncio.TimeoutError,
    ValidationError,
    LangChainException,
    ModelOutputError,
)
"""What a provider call may raise that means "try the next provider" rather than a bug."""

HISTORY_TURNS = 4


class RouteParams(BaseModel):
    """The parameters a model may extract (names fixed for outside evaluations)."""

    single_choice: int | None = Field(default=None, ge=0, le=100)
    multiple_choice: int | None = Field(default=None, ge=0, le=100)
    true_false: int | None = Field(default=None, ge=0, le=100)
    fill_blank: int | None = Field(default=None, ge=0, le=100)
    short_answer: int | None = Field(default=None, ge=0, le=100)
    difficulty: str | None = Field(default=None, description="easy, medium, hard or mixed")
    course: str | None = Field(default=None, description="a course id from the list")
    scenario: str | None = Field(default=None, description="a scenario id from the list")
    material: str | None = Field(
        default=None, description="study text the learner pasted, verbatim"
    )


class RouteAnswer(BaseModel):
    """A model's routing decision for one message."""

    intent: Intent = Field(description="what the learner wants; clarify if unsure or off-topic")
    confidence: float = Field(ge=0, le=1)
    params: RouteParams = Field(default_factory=RouteParams)
    reasoning: str = Field(default="", description="one short sentence")


SYSTEM_PROMPT = """You route a learner's chat message in a staff-training app to one intent.
Intents:
- exam_generate: wants questions or an exam generated (counts per type, difficulty, course, material)
- exam_grade: wants answers graded or checked
- practice_start: wants to start a role-play practice (scenario)
- practice_reply: is answering inside the paused role-play (only while one is paused)
- practice_end: wants to stop the practice and get the report
- help: asks what the system can do, or which courses or scenarios exist
- clarify: off-topic, or too vague to act on
Courses (id: names): {courses}
Scenarios (id: names, then what it is about; a learner may describe one instead of naming it): {scenarios}
Thread: {thread}
Answer with the intent, your confidence 0-1, the parameters you are sure of, and one sentence of reasoning."""


class ModelAnalyzer:
    """An `IntentClassifier` backed by chat models, round-robin with fallback and skipping."""

    def __init__(
        self,
        models: Sequence[BaseChatModel],
        *,
        courses: dict[str, list[str]] | None = None,
        scenarios: dict[str, list[str]] | None = None,
        max_failures: int = 2,
        cooldown: int = 20,
    ) -> None:
        if not models:
            raise ValueError("ModelAnalyzer needs at least one model; use NgramAnalyzer offline")
        self.models = tuple(models)
        self.courses = courses or {}
        self.scenarios = scenarios or {}
        self.max_failures = max_failures
        self.cooldown = cooldown
        self._next = 0
        self._failures = [0] * len(self.models)
        self._skip_until = [0] * len(self.models)
        self._calls = 0
        self._bound = [
            m.with_structured_output(RouteAnswer, method="function_calling") for m in self.models
        ]

    @property
    def name(self) -> str:
        """The first provider's model name (what the trace shows when none has answered yet)."""
        return model_name(self.models[0])

    def order(self) -> list[int]:
        """Provider indexes to try for the next call: round-robin, resting ones last."""
        start = self._next
        self._next = (self._next + 1) % len(self.models)
        ring = [(start + k) % len(self.models) for k in range(len(self.models))]
        awake = [i for i in ring if self._skip_until[i] <= self._calls]
        resting = [i for i in ring if self._skip_until[i] > self._calls]
        # A resting provider is still tried when every other one failed: better late than nothing.
        return awake + resting

    def messages(self, text: str, context: RouteContext) -> list[BaseMessage]:
        """The prompt: intents, content ids, thread state, last few messages, then the message."""
        thread = (f"paused in {context.paused_in}" if context.paused_in else "not paused") + (
            f"; last flow: {context.last_graph}" if context.last_graph else ""
        )
        system = SYSTEM_PROMPT.format(
            courses=json.dumps(self.courses, ensure_ascii=False),
            scenarios=json.dumps(self.scenarios, ensure_ascii=False),
            thread=thread,
        )
        history = "\n".join(f"- {m}" for m in context.history[-HISTORY_TURNS:])
        human = (f"Recent messages:\n{history}\n\n" if history else "") + f"Message: {text}"
        return [SystemMessage(system), HumanMessage(human)]

    async def classify(self, text: str, context: RouteContext) -> Analysis:
        """Ask the providers in round-robin order until one answers with a valid `RouteAnswer`."""
        self._calls += 1
        prompt = self.messages(text, context)
        failures: list[str] = []
        for index in self.order():
            try:
                answer = await self._bound[index].with_config(tags=[TAG_NOSTREAM]).ainvoke(prompt)
                routed = (
                    answer
                    if isinstance(answer, RouteAnswer)
                    else RouteAnswer.model_validate(answer)
                )
            except PROVIDER_ERRORS as exc:
                self._failed(index)
                failures.append(
                    f"{model_name(self.models[index])}: {type(exc).__name__}: {exc}"[:300]
                )
                log.warning(
                    "router model %s failed: %s", model_name(self.models[index]), type(exc).__name__
                )
                continue
            self._failures[index] = 0
            return _analysis(routed, model_name(self.models[index]), failures)
        raise AnalyzerUnavailable(
            "every routing model failed; check KPL_MODEL and the provider's status:\n  "
            + "\n  ".join(failures)
        )

    def _failed(self, index: int) -> None:
        self._failures[index] += 1
        if self._failures[index] >= self.max_failures:
            self._skip_until[index] = self._calls + self.cooldown
            self._failures[index] = 0


def _analysis(answer: RouteAnswer, model: str, failures: list[str]) -> Analysis:
    # The model names one intent; the others share what confidence it did not give.
    rest = (1.0 - answer.confidence) / max(1, len(ACTIONS))
    scores: dict[str, float] = dict.fromkeys(ACTIONS, rest)
    scores[answer.intent] = answer.confidence
    params: dict[str, Any] = answer.params.model_dump(exclude_none=True)
    reasoning = answer.reasoning
    if failures:
        reasoning += f" (after {len(failures)} failed provider(s): {'; '.join(failures)})"
    return Analysis(scores=scores, params=params, reasoning=reasoning, analyzer=model)


def model_name(model: BaseChatModel) -> str:
    """A readable name for a provider: its model name if it has one, else its class."""
    for attribute in ("model_name", "model"):
        value = getattr(model, attribute, None)
        if isinstance(value, str):
            return value
    return type(model).__name__
