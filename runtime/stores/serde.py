"""The one serializer every saver gets: LangGraph's msgpack serializer in strict mode.

Limited to LangGraph's own safe types plus `ALLOWED_STATE_TYPES`, with no pickle fallback, so a
tampered checkpoint cannot construct arbitrary objects. Flow state is plain JSON by design
(graphs/flows.py), so the project adds no types of its own.
"""

from __future__ import annotations

from langgraph.checkpoint.serde.jsonplus import JsonPlusSerializer

ALLOWED_STATE_TYPES: tuple[tuple[str, str], ...] = ()
"""Project types allowed in checkpoints besides LangGraph's safe list; add (module, class) pairs here."""


def strict_serializer() -> JsonPlusSerializer:
    """LangGraph's serializer in strict mode: safe types and ALLOWED_STATE_TYPES only, no pickle."""
    return JsonPlusSerializer(pickle_fallback=False, allowed_msgpack_modules=ALLOWED_STATE_TYPES)
