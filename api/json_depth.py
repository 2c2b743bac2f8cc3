"""JSON bodies nested deeper than `KPL_MAX_JSON_DEPTH`, or not UTF-8, are refused with 422 before
they are parsed.

`json.loads` recurses once per level, and so do pydantic, the checkpoint serialisers and every
`deepcopy` after it: a 2 KB body of `[[[[...` can reach the recursion limit anywhere on the way
and end as a 500. The depth is measured on the raw bytes (strings skipped, so brackets inside them
do not count) before anything parses them; the body, already bounded by `KPL_MAX_BODY_BYTES`, is
then handed on unchanged. A body that is not UTF-8 (RFC 8259 allows nothing else) would reach
FastAPI's catch-all "error parsing the body", a 400 the protocol does not have: it is refused
here too, as the protocol's 422.

A body without a `Content-Type` counts as JSON, as FastAPI reads it.
"""

from __future__ import annotations

import re
from itertools import accumulate

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.errors import error_response
from runtime.errors import InvalidRunInput

JSON_STRING = re.compile(rb'"(?:[^"\\]++|\\.)*+(?:"|\\?\Z)', re.DOTALL)
"""A JSON string, or an unterminated one up to the end: possessive, so one pass over the text
whatever it holds (a backtracking pattern would rescan from every quote of `"\\"\\"\\"...`)."""
NOT_A_BRACKET = bytes(b for b in range(256) if b not in b"[]{}")
STEP = {ord("["): 1, ord("{"): 1, ord("]"): -1, ord("}"): -1}


def json_depth(body: bytes) -> int:
    """How deeply the JSON text nests arrays and objects (0 for a scalar); malformed text is
    measured as far as its brackets go, and left to the parser to refuse."""
    brackets = JSON_STRING.sub(b"", body).translate(None, NOT_A_BRACKET)
    return max(accumulate((STEP[b] for b in brackets), initial=0))


def is_json(scope: Scope) -> bool:
    """True when the request's body is read as JSON (`application/json`, `...+json`, none said)."""
    content_type = dict(scope["headers"]).get(b"content-type", b"").split(b";")[0].strip().lower()
    return content_type in (b"", b"application/json") or content_type.endswith(b"+json")


class JsonDepthLimit:
    """Pure ASGI middleware: refuse JSON bodies nested deeper than `max_depth`."""

    def __init__(self, app: ASGIApp, *, max_depth: int) -> None:
        self.app = app
        self.max_depth = max_depth

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not is_json(scope):
            await self.app(scope, receive, send)
            return
        messages: list[Message] = []
        more = True
        while more:
            message = await receive()
            messages.append(message)
            more = message["type"] == "http.request" and message.get("more_body", False)
        body = b"".join(m.get("body", b"") for m in messages if m["type"] == "http.request")
        try:
            body.decode("utf-8")
        except UnicodeDecodeError as exc:
            refused = InvalidRunInput(
                f"the body is not valid JSON: byte {exc.start} is not UTF-8",
                details={"position": exc.start},
            )
            await error_response(refused)(scope, receive, send)
            return
        depth = json_depth(body)
        if depth > self.max_depth:
            refused = InvalidRunInput(
                f"the JSON body nests {depth} levels deep, over the limit of {self.max_depth} "
                "(KPL_MAX_JSON_DEPTH); send flatter data",
                details={"depth": depth, "limit": self.max_depth},
            )
            await error_response(refused)(scope, receive, send)
            return

        async def replay() -> Message:
            return messages.pop(0) if messages else await receive()

        await self.app(scope, replay, send)
