"""How a report quotes the learner: the words, cut short, never mid-word."""

from __future__ import annotations

import re
import unicodedata

QUOTE_MAX_CHARS = 60
"""A quoted clause longer than this is cut: the report quotes the words, not the turn."""


_QUOTED = re.compile(r"「([^「」]+)」")
_CUT = "…"


def in_own_text(label: str, reply: str) -> str:
    """The label with each 「quote」 of the reply given back in the reply's own characters: the
    detectors read its NFKC form, which makes 「，」 a ","; the report quotes what was typed
    (「总部定的，我也没办法」, not 「总部定的,我也没办法」). A quote not found is left as it is."""
    folded: list[str] = []
    origin: list[int] = []
    for at, char in enumerate(reply):
        for part in unicodedata.normalize("NFKC", char):
            folded.append(part)
            origin.append(at)
    text = "".join(folded)

    def own(match: re.Match[str]) -> str:
        quote = match.group(1)
        body = quote.removesuffix(_CUT)
        start = text.find(body)
        if not body or start < 0:
            return match.group()
        end = origin[start + len(body) - 1] + 1
        return f"「{reply[origin[start] : end]}{quote[len(body) :]}」"

    return _QUOTED.sub(own, label)


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
