"""A practice session on the real graph for tests: `Session` compiles the practice_dialogue flow
on an InMemorySaver and resumes its interrupt with each learner reply (`Command(resume=...)`, as
the runtime does), collecting the persona's streamed tokens and the pauses; `her_lines` reads the
customer's lines out of the state."""

from __future__ import annotations

from typing import Any

from langgraph.checkpoint.memory import InMemorySaver
from langgraph.types import Command

from graphs.context import FlowContext
from graphs.practice_dialogue.build import FLOW


class Session:
    """One practice thread on a compiled graph; collects the persona's streamed tokens."""

    def __init__(self, context: FlowContext, thread: str = "practice") -> None:
        self.graph = FLOW.build().compile(checkpointer=InMemorySaver())
        self.context = context
        self.config: Any = {"configurable": {"thread_id": thread}}
        self.tokens: list[str] = []
        self.pauses: list[dict[str, Any]] = []

    async def _run(self, payload: Any) -> dict[str, Any]:
        mode: str
        data: Any
        async for mode, data in self.graph.astream(
            payload, self.config, context=self.context, stream_mode=["custom", "updates"]
        ):
            if mode == "custom" and data["kind"] == "token":
                self.tokens.append(data["text"])
            elif mode == "updates" and "__interrupt__" in data:
                self.pauses.extend(i.value for i in data["__interrupt__"])
        return (await self.graph.aget_state(self.config)).values

    async def start(self, scenario: str, **extra: Any) -> dict[str, Any]:
        return await self._run({"scenario": scenario, **extra})

    async def reply(self, text: str) -> dict[str, Any]:
        return await self._run(Command(resume=text))

    async def play(self, scenario: str, replies: list[str]) -> dict[str, Any]:
        values = await self.start(scenario)
        for text in replies:
            if values.get("report"):
                break
            values = await self.reply(text)
        return values


async def played(context: FlowContext, scenario: str, *replies: str) -> dict[str, Any]:
    """The state after the learner's replies, each one answered (a fresh session)."""
    return await Session(context).play(scenario, list(replies))


def her_lines(values: dict[str, Any]) -> list[str]:
    """The customer's lines, in order, from a session's state."""
    return [e["text"] for e in values["transcript"] if e["role"] == "persona"]


async def lines_after(context: FlowContext, scenario: str, *replies: str) -> list[str]:
    """The customer's lines of a fresh session after the learner's replies."""
    return her_lines(await played(context, scenario, *replies))


def criterion(values: dict[str, Any], name: str) -> dict[str, Any]:
    """The report's line for the criterion named `name`, from a session's state."""
    return next(c for c in values["report"]["criteria"] if c["name"] == name)


def compliance(values: dict[str, Any]) -> str:
    """The honesty criterion's explanation (合规与态度 / Honesty and tone) from a session's state."""
    names = ("合规与态度", "Honesty and tone")
    return next(c["explanation"] for c in values["report"]["criteria"] if c["name"] in names)
