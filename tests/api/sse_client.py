"""A small SSE reader over httpx for tests: parses frames exactly as a browser would."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import httpx


@dataclass(frozen=True)
class Frame:
    """One parsed SSE frame."""

    event: str | None
    id: str | None
    data: Any
    retry: int | None = None


async def frames(response: httpx.Response) -> AsyncIterator[Frame]:
    """The frames of a streaming response, in order."""
    fields: dict[str, str] = {}
    async for line in response.aiter_lines():
        if line == "":
            if fields:
                data = fields.get("data")
                yield Frame(
                    event=fields.get("event"),
                    id=fields.get("id"),
                    data=json.loads(data) if data else None,
                    retry=int(fields["retry"]) if "retry" in fields else None,
                )
                fields = {}
            continue
        if line.startswith(":"):
            continue
        name, _, value = line.partition(":")
        fields[name] = value[1:] if value.startswith(" ") else value


async def read_all(response: httpx.Response) -> list[Frame]:
    """Every frame until the server ends the stream."""
    return [frame async for frame in frames(response)]
