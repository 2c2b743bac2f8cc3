"""How a flow's node talks to a chat model: structured answers and streamed text, with fallbacks.

`FlowContext.models` holds the primary model and its fallbacks (empty: the offline engine). A
structured call binds the pydantic schema to each model and chains them with LangChain's
`with_fallbacks`, since a fallback chain itself cannot be given a schema. Structured calls are tagged
`nostream` so their JSON never reaches the learner as tokens; text calls stream through LangGraph's
`messages` mode, which the runtime turns into `token` events.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypeVar

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import BaseMessage
from langgraph.constants import TAG_NOSTREAM
from pydantic import BaseModel, ValidationError

from graphs.errors import ModelOutputError

S = TypeVar("S", bound=BaseModel)

StructuredMethod = Literal["function_calling", "json_schema", "json_mode"]
STRUCTURED_METHOD: StructuredMethod = "function_calling"
"""Tool calling is what OpenAI, DeepSeek, Qwen, vLLM and Ollama all accept."""


async def ask_structured(
    models: Sequence[BaseChatModel], schema: type[S], messages: Sequence[BaseMessage]
) -> S:
    """Ask the models in turn for an answer of `schema`; the first that answers well wins."""
    if not models:
        raise ValueError("ask_structured needs at least one model; use the offline engine instead")
    bound = [m.with_structured_output(schema, method=STRUCTURED_METHOD) for m in models]
    chain = bound[0].with_fallbacks(bound[1:]) if len(bound) > 1 else bound[0]
    try:
        answer = await chain.with_config(tags=[TAG_NOSTREAM]).ainvoke(list(messages))
    except ValidationError as exc:
        raise ModelOutputError(f"the model's answer does not fit {schema.__name__}: {exc}") from exc
    if isinstance(answer, schema):
        return answer
    if isinstance(answer, dict):
        return schema.model_validate(answer)
    raise ModelOutputError(f"the model answered {type(answer).__name__}, not {schema.__name__}")


async def stream_text(models: Sequence[BaseChatModel], messages: Sequence[BaseMessage]) -> str:
    """Stream a free-text answer (tokens reach the client) and return it whole."""
    if not models:
        raise ValueError("stream_text needs at least one model; use the offline engine instead")
    chain = models[0].with_fallbacks(list(models[1:])) if len(models) > 1 else models[0]
    parts: list[str] = []
    async for chunk in chain.astream(list(messages)):
        content = getattr(chunk, "content", "")
        if isinstance(content, str):
            parts.append(content)
    return "".join(parts)
