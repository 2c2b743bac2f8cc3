"""Input validation and size limits, checked before a run starts.

Three checks, in this order, on the run's `input` and `resume` value:

1. nesting depth over `max_depth` -> `InvalidPayload` (`invalid_request`): a deeply nested
   document is never a learner's answer, and walking it is what a hostile client would exploit;
2. the serialized size (compact JSON, UTF-8 bytes) over `max_payload_bytes` -> `PayloadTooLarge`
   (`payload_too_large`), naming the limit;
3. learner text over `max_text_chars` -> `PayloadTooLarge`: every string of the resume value (the
   learner's reply) and every string under a key in `text_fields` (`message`, `material`),
   at any depth.

A run that fails a check is refused by raising before anything is yielded, so the API answers
with a JSON error; the flow's own input model (checked by the executor) comes after.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Any

from middleware.pipeline import Handler, RunContext
from runtime.errors import KplError, PayloadTooLarge
from runtime.events import RunEvent


class InvalidPayload(KplError):
    """The run's input is not a plain JSON document of reasonable shape."""

    code = "invalid_request"


@dataclass(frozen=True, kw_only=True)
class ValidationConfig:
    """Size and shape limits of a run's input and resume value."""

    max_payload_bytes: int = 2_000_000
    """Input and resume value together, as compact UTF-8 JSON."""
    max_text_chars: int = 200_000
    """One learner text (a reply, a `message`, a `material`), in characters."""
    max_depth: int = 32
    """Nesting of lists and objects; a scalar top-level value has depth 0."""
    text_fields: frozenset[str] = frozenset({"message", "material"})
    """Keys whose string values are learner text, wherever they appear."""


class Validation:
    """Refuses runs whose input is too large or too deep."""

    name = "validation"
    must_follow: tuple[str, ...] = ("auth",)
    outermost = False

    def __init__(self, config: ValidationConfig | None = None) -> None:
        self.config = config or ValidationConfig()

    def check(self, ctx: RunContext) -> None:
        """Raise the first limit the run's input breaks; return if it breaks none."""
        request = ctx.request
        parts: dict[str, Any] = {}
        if request.input is not None:
            parts["input"] = request.input
        if request.resuming:
            parts["resume"] = request.resume
        limits = self.config
        for label, value in parts.items():
            depth = nesting_depth(value)
            if depth > limits.max_depth:
                raise InvalidPayload(
                    f"{label} nests {depth} levels deep, over the limit of {limits.max_depth}: "
                    "send a flatter document",
                    details={"field": label, "depth": depth, "limit": limits.max_depth},
                )
        try:
            size = len(json.dumps(parts, ensure_ascii=False, separators=(",", ":")).encode())
        except (TypeError, ValueError) as exc:
            raise InvalidPayload(
                f"run input is not plain JSON ({exc}): send only objects, lists, strings, "
                "numbers, booleans and null"
            ) from None
        if size > limits.max_payload_bytes:
            raise PayloadTooLarge(
                f"run input is {size} bytes, over the limit of {limits.max_payload_bytes} bytes: "
                "send less material (name a course id instead of pasting it) or split it",
                details={"size": size, "limit": limits.max_payload_bytes},
            )
        for path, text in self._learner_texts(parts):
            if len(text) > limits.max_text_chars:
                raise PayloadTooLarge(
                    f"{path} is {len(text)} characters, over the limit of "
                    f"{limits.max_text_chars} characters for one learner text: shorten it",
                    details={"field": path, "size": len(text), "limit": limits.max_text_chars},
                )

    def _learner_texts(self, parts: dict[str, Any]) -> Iterator[tuple[str, str]]:
        for label, value in parts.items():
            for path, text, key in _strings(value, label, None):
                if label == "resume" or key in self.config.text_fields:
                    yield path, text

    async def before(self, ctx: RunContext) -> None:
        """Refuse the run if its input breaks a limit (the pipeline's `Precheck`)."""
        self.check(ctx)

    async def __call__(self, ctx: RunContext, call_next: Handler) -> AsyncIterator[RunEvent]:
        """Refuse the run if its input breaks a limit, else run it unchanged."""
        await self.before(ctx)
        async for event in call_next(ctx):
            yield event


def nesting_depth(value: Any) -> int:
    """How deeply lists and objects nest in `value`, walked without recursion."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, list | tuple):
            children = item
        else:
            continue
        deepest = max(deepest, depth + 1)
        stack.extend((child, depth + 1) for child in children)
    return deepest


def _strings(value: Any, path: str, key: str | None) -> Iterator[tuple[str, str, str | None]]:
    """Every string in `value` with its path and the object key it sits under."""
    # Depth is already bounded by the depth check, so recursion is safe here.
    if isinstance(value, str):
        yield path, value, key
    elif isinstance(value, dict):
        for name, child in value.items():
            yield from _strings(child, f"{path}.{name}", str(name))
    elif isinstance(value, list | tuple):
        for index, child in enumerate(value):
            yield from _strings(child, f"{path}[{index}]", key)
