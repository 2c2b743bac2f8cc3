"""How a report quotes the learner: the words, cut short, never mid-word."""

from __future__ import annotations

QUOTE_MAX_CHARS = 60
"""A quoted clause longer than this is cut: the report quotes the words, not the turn."""


def clipped_quote(text: str) -> str:
    """`text` as a report quotes it: whole when short; else cut before QUOTE_MAX_CHARS at the
    last space past its middle (an English word is never cut: "…after the engineer visit", not
    "…after t") and marked with "…"."""
    if len(text) <= QUOTE_MAX_CHARS:
        return text
    cut = text[: QUOTE_MAX_CHARS - 1]
    space = cut.rfind(" ")
    if space > QUOTE_MAX_CHARS // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:，、；：") + "…"
