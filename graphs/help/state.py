"""State of the help graph, and the input model the runtime validates a run against."""

from __future__ import annotations

from typing import NotRequired, TypedDict

from pydantic import BaseModel, ConfigDict, Field


class HelpInput(BaseModel):
    """What a run of help accepts: the learner's question, if any."""

    model_config = ConfigDict(extra="forbid")

    question: str = Field(default="", max_length=2000, description="what the learner asked")


class HelpState(TypedDict):
    """Graph state. Plain JSON only."""

    question: str  # the learner's message; empty for "what can you do?"
    answer: NotRequired[str]  # the text shown to the learner (streamed as it is written)
    language: NotRequired[str]  # zh or en: the language the answer is written in
