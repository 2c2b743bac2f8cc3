"""What a node may stream besides its state update: progress, text tokens and a practice's brief.

Nodes call `report_progress`, `stream_token` and `send_brief`; they write to LangGraph's custom
stream, which the runtime's event mapper turns into the protocol's `progress`, `token` and `brief`
events. Outside a graph run
(plain unit tests of a node) they do nothing.
"""

from __future__ import annotations

from typing import Any

from langgraph.config import get_config, get_stream_writer

PROGRESS = "progress"
TOKEN = "token"
BRIEF = "brief"


def _emit(payload: dict[str, Any]) -> None:
    try:
        writer = get_stream_writer()
        node = get_config().get("metadata", {}).get("langgraph_node")
    except RuntimeError:  # called outside a runnable context
        return
    writer({**payload, "node": node})


def report_progress(progress: float, message: str) -> None:
    """Tell the client how far the current node is (0-100) and what it is doing."""
    _emit({"kind": PROGRESS, "progress": max(0, min(100, round(progress))), "message": message})


def stream_token(text: str) -> None:
    """Stream a chunk of text the current node is writing (the offline engine's persona lines).

    Model-backed nodes need not call this: LangGraph's `messages` stream carries their tokens.
    """
    if text:
        _emit({"kind": TOKEN, "text": text})


def send_brief(brief: dict[str, Any]) -> None:
    """Send the learner's brief (the protocol's `brief` event) before the practice's first line."""
    _emit({**brief, "kind": BRIEF})
