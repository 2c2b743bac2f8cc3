"""A graph whose nodes stream many small model chunks, importable by `KPL_GRAPHS` in a test server.

`streaming`: `speak` asks `ChunkedChatModel` (a LangChain chat model that streams its reply in
four-character chunks, as a provider does) and writes the reply; `close` asks it again for a short
line. LangGraph's `messages` stream carries every chunk to the runtime, whose token batching the
tests watch.

With `gate` in the input, `speak`'s model stops after its first `pause_after` chunks until the test
sets `GATES[gate]` (the server runs in a thread of the test process), so a test can see what was
sent while the model was silent.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator
from typing import Any, TypedDict

from langchain_core.callbacks import AsyncCallbackManagerForLLMRun, CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from langgraph.graph import END, START, StateGraph

GATES: dict[str, threading.Event] = {}
"""Gates a test opens to let a paused model go on, by the name given in the run's input."""
RELEASED: dict[str, bool] = {}
"""Whether each gate's model went on because the test opened the gate (not by its safety wait)."""
GATE_WAIT_S = 30.0
"""How long a paused model waits for its gate before going on anyway (so a failing test ends)."""


def chunks_of(count: int, prefix: str = "w") -> list[str]:
    """`count` distinct four-character chunks: `w000`, `w001`, ..."""
    return [f"{prefix}{i:03d}" for i in range(count)]


class ChunkedChatModel(BaseChatModel):
    """Replies with `chunks` joined; streamed, one chunk per model chunk, yielding to the loop
    between them as a network read does."""

    chunks: list[str]
    gate: str | None = None
    pause_after: int = 0

    @property
    def _llm_type(self) -> str:
        return "chunked-test-model"

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        message = AIMessage(content="".join(self.chunks))
        return ChatResult(generations=[ChatGeneration(message=message)])

    async def _astream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: AsyncCallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> AsyncIterator[ChatGenerationChunk]:
        for index, text in enumerate(self.chunks):
            if self.gate is not None and index == self.pause_after:
                gate = GATES[self.gate]
                RELEASED[self.gate] = await asyncio.to_thread(gate.wait, GATE_WAIT_S)
            # LangChain tells the callbacks (LangGraph's `messages` stream) of each chunk.
            yield ChatGenerationChunk(message=AIMessageChunk(content=text))
            await asyncio.sleep(0)


class TokenState(TypedDict, total=False):
    """State of the streaming graph."""

    chunks: int  # how many chunks `speak`'s model streams (default 60)
    gate: str  # a gate in GATES that `speak`'s model waits for after `pause_after` chunks
    pause_after: int  # how many chunks go before the pause
    reply: str  # what `speak`'s model said
    closing: str  # what `close`'s model said


async def _speak(state: TokenState) -> dict[str, Any]:
    model = ChunkedChatModel(
        chunks=chunks_of(state.get("chunks", 60)),
        gate=state.get("gate"),
        pause_after=state.get("pause_after", 0),
    )
    message = await model.ainvoke("say many words")
    return {"reply": message.content}


async def _close(state: TokenState) -> dict[str, Any]:
    message = await ChunkedChatModel(chunks=chunks_of(5, "c")).ainvoke("say goodbye")
    return {"closing": message.content}


def streaming() -> StateGraph[Any, Any, Any, Any]:
    """`speak` streams many chunks, then `close` streams five."""
    graph = StateGraph(TokenState)
    graph.add_node("speak", _speak)
    graph.add_node("close", _close)
    graph.add_edge(START, "speak")
    graph.add_edge("speak", "close")
    graph.add_edge("close", END)
    return graph
