"""A content guard on learner input and model output: a configurable list of forbidden terms.

Terms match case-insensitively, Chinese or English, anywhere in the text (no word boundaries:
Chinese has none).

- Input: every string in the run's `input` and `resume` is learner text. One holding a term makes
  the middleware RAISE `ContentRejected` (code `invalid_request`) before the run starts; the error
  names the field (`input.material`, `resume.answers[2]`) and the term, never the whole text.
- Output: `token` events are held back just enough (the longest term's length minus one
  characters) to catch a term split across tokens; a caught term is replaced by `mask` in the
  token stream. Strings in `node_output`, `subgraph_node_output`, `interrupt` and `completed` are
  masked too. Held-back text is flushed, as one `token` event of the same node, before any other
  event and when the stream ends, so no character is lost and the order is kept.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, replace
from typing import Any

import structlog

from middleware.pipeline import Handler, RunContext
from runtime.errors import ConfigError, KplError
from runtime.events import RunEvent

log = structlog.get_logger(__name__)

MASKED_EVENTS = frozenset({"node_output", "subgraph_node_output", "interrupt", "completed"})


class ContentRejected(KplError):
    """Learner input holds a forbidden term."""

    code = "invalid_request"


@dataclass(frozen=True, kw_only=True)
class ContentGuardConfig:
    """What the guard forbids (setting `KPL_FORBIDDEN_TERMS`, comma-separated)."""

    terms: tuple[str, ...] = ()
    """Forbidden terms; empty turns the guard into a pass-through."""
    mask: str = "***"
    """What replaces a forbidden term in model output."""
    check_input: bool = True
    check_output: bool = True


class TermMatcher:
    """Finds and masks the forbidden terms in text."""

    def __init__(self, terms: tuple[str, ...], mask: str) -> None:
        cleaned = sorted({t.strip() for t in terms if t.strip()}, key=len, reverse=True)
        if any(mask.casefold() in t.casefold() or t.casefold() in mask.casefold() for t in cleaned):
            raise ConfigError(f"the mask {mask!r} overlaps a forbidden term; choose another mask")
        self.terms = tuple(cleaned)
        self.mask = mask
        # Longest first, so a term containing another is masked whole.
        self._pattern = (
            re.compile("|".join(re.escape(t) for t in cleaned), re.IGNORECASE) if cleaned else None
        )
        self.hold = max((len(t) for t in cleaned), default=1) - 1
        """Characters a term split across tokens may already have sent."""

    def find(self, text: str) -> str | None:
        """The first forbidden term in `text`, as written there, or None."""
        if self._pattern is None:
            return None
        found = self._pattern.search(text)
        return found.group(0) if found else None

    def mask_text(self, text: str) -> tuple[str, int]:
        """`text` with every term masked, and how many were."""
        if self._pattern is None:
            return text, 0
        return self._pattern.subn(self.mask, text)

    def mask_value(self, value: Any) -> tuple[Any, int]:
        """A JSON value with every string in it masked, and how many terms were."""
        if isinstance(value, str):
            return self.mask_text(value)
        if isinstance(value, dict):
            total = 0
            masked: dict[Any, Any] = {}
            for key, item in value.items():
                masked[key], count = self.mask_value(item)
                total += count
            return masked, total
        if isinstance(value, list | tuple):
            items = [self.mask_value(item) for item in value]
            return [item for item, _ in items], sum(count for _, count in items)
        return value, 0


def _strings(value: Any, path: str) -> Iterator[tuple[str, str]]:
    # (field path, text) for every string inside a JSON value.
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, f"{path}.{key}")
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from _strings(item, f"{path}[{index}]")


class ContentGuard:
    """Refuses learner input holding a forbidden term and masks terms in model output."""

    name = "content_guard"
    must_follow: tuple[str, ...] = ("validation",)
    """Check the size first: scanning a huge payload is the cost a size limit avoids."""
    outermost = False

    def __init__(self, config: ContentGuardConfig | None = None) -> None:
        self.config = config or ContentGuardConfig()
        self.matcher = TermMatcher(self.config.terms, self.config.mask)

    def check_input(self, ctx: RunContext) -> None:
        """Raise `ContentRejected` naming the first field of learner text that holds a term."""
        request = ctx.request
        sources: list[tuple[str, Any]] = [("input", request.input)]
        if request.resuming:
            sources.append(("resume", request.resume))
        for root, value in sources:
            for path, text in _strings(value, root):
                term = self.matcher.find(text)
                if term is not None:
                    raise ContentRejected(
                        f"{path} contains the forbidden term {term!r}; remove it and send again",
                        details={"field": path},
                    )

    async def __call__(self, ctx: RunContext, call_next: Handler) -> AsyncIterator[RunEvent]:
        """Check the input, then pass the events through with terms masked."""
        if not self.matcher.terms:
            async for event in call_next(ctx):
                yield event
            return
        if self.config.check_input:
            self.check_input(ctx)
        if not self.config.check_output:
            async for event in call_next(ctx):
                yield event
            return
        stream = OutputMasker(self.matcher)
        try:
            async for event in call_next(ctx):
                for shown in stream.feed(event):
                    yield shown
            for shown in stream.flush():
                yield shown
        finally:
            if stream.masked:  # the count only: the text is the learner's
                log.warning("forbidden terms masked in model output", count=stream.masked)


class OutputMasker:
    """Masks terms in one run's events, holding back the end of the token stream."""

    def __init__(self, matcher: TermMatcher) -> None:
        self.matcher = matcher
        self.masked = 0
        self._held = ""
        self._last: RunEvent | None = None
        """The token event the held text came from (its node and namespace)."""

    def feed(self, event: RunEvent) -> Iterator[RunEvent]:
        """The events to send now for `event` (tokens may be held back in part)."""
        if event.event == "token":
            if self._last is not None and _source(self._last) != _source(event):
                yield from self.flush()  # another node's stream: a term cannot span the two
            self._last = event
            text, count = self.matcher.mask_text(self._held + str(event.data.get("text", "")))
            self.masked += count
            cut = max(0, len(text) - self.matcher.hold)
            self._held = text[cut:]
            if cut:
                yield replace(event, data={**event.data, "text": text[:cut]})
            return
        yield from self.flush()
        if event.event in MASKED_EVENTS:
            data, count = self.matcher.mask_value(event.data)
            self.masked += count
            if count:
                event = replace(event, data=data)
        yield event

    def flush(self) -> Iterator[RunEvent]:
        """The held-back text, if any, as one token event."""
        if self._held and self._last is not None:
            # Held text never holds a whole term (it was masked before being held).
            yield replace(self._last, data={**self._last.data, "text": self._held})
        self._held = ""
        self._last = None


def _source(event: RunEvent) -> tuple[Any, ...]:
    return (event.data.get("node"), tuple(event.data.get("namespace") or ()))
