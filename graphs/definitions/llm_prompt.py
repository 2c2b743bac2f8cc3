"""Node type `llm_prompt`: render a prompt from the state, get a structured answer, write it back.

    warmup:
      type: llm_prompt
      params:
        system: You write one warm-up question for a staff training session.
        prompt: |
          Material:
          {{ text }}
          Ask one short question about its main idea.
        output:
          question: {type: string, description: the warm-up question, to: warmup}

With a model, the answer's schema is built from `output` and asked for through graphs/llm.py
`ask_structured` (fallback models included); an answer that does not fit falls back to the offline
engine, as exam generation does. Offline, each field is filled by its `offline` strategy from the
data the prompt interpolates (see offline_answers.py). A field whose state field has the `append`
reducer adds to it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import Any, Literal

from langchain_core.messages import BaseMessage, HumanMessage, SystemMessage
from langgraph.runtime import Runtime
from pydantic import BaseModel, Field, create_model, model_validator

from graphs.context import FlowContext
from graphs.definitions.models import NODE_NAME_PATTERN, NodeParams, StrictModel
from graphs.definitions.node_types import NodeBuild, NodeType
from graphs.definitions.offline_answers import Strategy, offline_value
from graphs.definitions.source import Loc
from graphs.definitions.templates import parse_template
from graphs.errors import ModelOutputError
from graphs.llm import ask_structured
from graphs.model_errors import MODEL_RETRY
from graphs.streaming import report_progress

logger = logging.getLogger(__name__)

OutputType = Literal["string", "integer", "number", "boolean", "list"]
"""A field of the answer: text, a whole number, a number, yes/no, or a list of texts."""

_PYTHON: dict[str, Any] = {
    "string": str,
    "integer": int,
    "number": float,
    "boolean": bool,
    "list": list[str],
}
_DEFAULT_STRATEGY: dict[str, Strategy] = {
    "string": "key_sentences",
    "list": "key_terms",
    "integer": "first_number",
    "number": "first_number",
    "boolean": "default",
}

"""Retry a prompt node on a model timeout or dropped connection only."""


class OutputField(StrictModel):
    """One field of the answer and the state field it is written to."""

    type: OutputType = "string"
    description: str = ""
    """Tells the model what to put in the field."""
    to: str = Field(pattern=NODE_NAME_PATTERN)
    """The state field the value is written to."""
    offline: Strategy | None = None
    """How the offline engine fills it; default by type: string key_sentences, list key_terms,
    integer/number first_number, boolean default."""
    default: Any = None
    """The offline value when the strategy finds nothing (and for strategy `default`)."""
    limit: int | None = Field(default=None, ge=1, le=50)
    """Offline: how many sentences (default 1) or terms (default 5)."""

    @model_validator(mode="after")
    def _offline_can_fill(self) -> OutputField:
        if self.strategy == "default" and self.default is None:
            raise ValueError(
                f"a {self.type} field needs `default` (the value used without a model), or an "
                "`offline` strategy that can fill it: key_sentences, key_terms, copy, first_number"
            )
        return self

    @property
    def strategy(self) -> Strategy:
        """The offline strategy in effect."""
        return self.offline or _DEFAULT_STRATEGY[self.type]


class LlmPromptParams(NodeParams):
    """Params of `llm_prompt`."""

    system: str = ""
    """Instructions (a template; not read by the offline engine)."""
    prompt: str = Field(min_length=1)
    """The message with the data (a template with `{{ expression }}` placeholders)."""
    output: dict[str, OutputField] = Field(min_length=1)
    """The answer's fields, by name, each written to a state field."""

    def templates(self) -> Iterator[tuple[Loc, str]]:
        if self.system:
            yield ("system",), self.system
        yield ("prompt",), self.prompt

    def writes(self) -> Iterator[tuple[Loc, str]]:
        for name, spec in self.output.items():
            yield ("output", name, "to"), spec.to


def answer_model(node: str, output: dict[str, OutputField]) -> type[BaseModel]:
    """The pydantic schema of the answer the model is asked for."""
    fields: dict[str, Any] = {
        name: (_PYTHON[spec.type], Field(description=spec.description or name))
        for name, spec in output.items()
    }
    title = "".join(part.capitalize() for part in node.split("_")) + "Answer"
    model: type[BaseModel] = create_model(title, **fields)
    return model


def offline_answer(params: LlmPromptParams, data: list[str]) -> dict[str, Any]:
    """Every output field filled by the offline engine from the interpolated data."""
    text = "\n".join(part for part in data if part.strip())
    answer = {}
    for name, spec in params.output.items():
        limit = spec.limit or (5 if spec.strategy == "key_terms" else 1)
        answer[name] = offline_value(spec.strategy, text, limit=limit, default=spec.default)
    return answer


def make_llm_prompt(build: NodeBuild) -> Callable[..., Any]:
    """The node callable for one `llm_prompt` node."""
    params = build.params
    assert isinstance(params, LlmPromptParams)
    system = parse_template(params.system) if params.system else None
    prompt = parse_template(params.prompt)
    schema = answer_model(build.name, params.output)

    async def llm_prompt(state: dict[str, Any], runtime: Runtime[FlowContext]) -> dict[str, Any]:
        context = runtime.context
        answer: dict[str, Any] | None = None
        if not context.offline:
            messages: list[BaseMessage] = []
            if system is not None:
                messages.append(SystemMessage(system.render(state)))
            messages.append(HumanMessage(prompt.render(state)))
            report_progress(20, "asking the model")
            try:
                reply = await ask_structured(context.models, schema, messages)
                answer = reply.model_dump(mode="json")
            except ModelOutputError as exc:
                logger.warning(
                    "%s: model answer unusable, offline engine takes over: %s", build.name, exc
                )
        if answer is None:
            answer = offline_answer(params, prompt.values(state))
        report_progress(100, f"{build.name}: answered {', '.join(answer)}")
        return {spec.to: answer[name] for name, spec in params.output.items()}

    return llm_prompt


NODE_TYPES = (
    NodeType(
        name="llm_prompt",
        description="Ask the model (offline: the extractive engine) and write its answer to state.",
        params=LlmPromptParams,
        make=make_llm_prompt,
        retry=MODEL_RETRY,
    ),
)
