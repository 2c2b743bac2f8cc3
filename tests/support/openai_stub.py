"""A real HTTP server on 127.0.0.1 that speaks OpenAI's chat-completions protocol, for tests.

The model path is tested end to end: `runtime.models.build_models` makes real `ChatOpenAI` clients,
the openai SDK sends real HTTP, and this server answers as a provider would: JSON or SSE
(`data: {chunk}` lines, then `data: [DONE]`), text or tool calls (arguments as a JSON string, and
as argument deltas when streaming), with usage. Each stub records every request it received, so
tests assert on what was really sent (model, messages, tool schema, API key).

What a stub answers, checked in this order for each request:

1. `stub.fail_with(...)`: a failure mode for every request (`HTTPError(500)`, `HTTPError(429)`,
   `Hang()` past the client's timeout, `Drop()` the connection), until `fail_with(None)`;
2. `stub.reply_with(*replies)`: a script, one reply per request, consumed in order;
3. `stub.responder(request)`: a callable given the parsed `ChatRequest`; it returns a reply, a
   `str` (text), or a `dict`/pydantic model (the arguments of a call to the requested tool);
4. otherwise HTTP 400 saying no reply was programmed (400 is not retried, so a missing reply
   fails fast instead of triggering fallbacks).

A responder that raises is answered with HTTP 400 and recorded in `stub.responder_errors`; the
fixtures fail the test at teardown if any are left, so a broken responder cannot hide.

Usage: import the fixture functions into the test module (or a conftest.py); pytest finds them
there and tests ask for them as `openai_stub` (one stub) and `openai_stubs` (a factory)::

    from tests.support.openai_stub import HTTPError, openai_stub_fixture, openai_stubs_fixture

    async def test_falls_back(openai_stubs):
        primary, backup = openai_stubs(), openai_stubs(responder=lambda request: "你好")
        primary.fail_with(HTTPError(500))
        settings = Settings(model=primary.model_spec(), model_fallbacks=[backup.model_spec()])
        models = build_models(settings)
        assert await stream_text(models, [HumanMessage("hi")]) == "你好"
        assert backup.requests[0].messages[-1]["content"] == "hi"
"""

from __future__ import annotations

import contextlib
import itertools
import json
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from pydantic import BaseModel

API_KEY = "sk-stub-0123456789abcdef"
"""A key for tests to configure (`model_api_key=API_KEY`) and then look for in logs and reprs."""


@dataclass(frozen=True)
class ToolCall:
    """Answer with one tool call; `name` defaults to the tool the request forces or offers."""

    arguments: dict[str, Any] | str | BaseModel
    name: str | None = None


@dataclass(frozen=True)
class HTTPError:
    """Answer with an OpenAI-style error body and this status (500, 429, 401...).

    `retry_after_s` is sent as `retry-after-ms` so the SDK's retries do not slow tests down.
    """

    status: int = 500
    message: str = "the stub provider failed on purpose"
    retry_after_s: float | None = 0.01


@dataclass(frozen=True)
class Hang:
    """Say nothing for `seconds` (or until the stub stops), then close: the client times out."""

    seconds: float = 30.0


@dataclass(frozen=True)
class Drop:
    """Close the connection without answering."""


@dataclass(frozen=True)
class Text:
    """Answer with assistant text; streamed in pieces of `chunk_size` characters.

    `fail_after`: when streaming, send that many pieces and then fail with `failure` (a provider
    dying or stalling mid-answer).
    """

    content: str
    chunk_size: int = 4
    fail_after: int | None = None
    failure: Hang | Drop = Drop()


Reply = Text | ToolCall | HTTPError | Hang | Drop
Answer = Reply | str | dict[str, Any] | BaseModel
Responder = Callable[["ChatRequest"], Answer]


@dataclass(frozen=True)
class ChatRequest:
    """One request as the stub received it."""

    path: str
    headers: dict[str, str]
    """Lower-cased header names."""
    body: dict[str, Any]

    @property
    def model(self) -> str:
        """The model name the client asked for."""
        return str(self.body.get("model", ""))

    @property
    def messages(self) -> list[dict[str, Any]]:
        """The chat messages, as sent."""
        return list(self.body.get("messages", []))

    @property
    def tools(self) -> list[dict[str, Any]]:
        """The tool definitions, as sent (empty for a plain text request)."""
        return list(self.body.get("tools") or [])

    @property
    def stream(self) -> bool:
        """Whether the client asked for server-sent events."""
        return bool(self.body.get("stream"))

    @property
    def api_key(self) -> str | None:
        """The bearer token of the `Authorization` header."""
        scheme, _, token = self.headers.get("authorization", "").partition(" ")
        return token if scheme.lower() == "bearer" else None

    @property
    def tool_name(self) -> str | None:
        """The tool the request forces, else its only tool, else None."""
        choice = self.body.get("tool_choice")
        if isinstance(choice, dict):
            return str(choice.get("function", {}).get("name")) or None
        names = [tool.get("function", {}).get("name") for tool in self.tools]
        return names[0] if len(names) == 1 else None

    @property
    def text(self) -> str:
        """Every message's text joined by newlines, for responders that match on content."""
        parts: list[str] = []
        for message in self.messages:
            content = message.get("content")
            if isinstance(content, str):
                parts.append(content)
            elif isinstance(content, list):
                parts.extend(str(p.get("text", "")) for p in content if isinstance(p, dict))
        return "\n".join(parts)


_ids = itertools.count(1)


def _chunks(text: str, size: int) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), max(1, size))] or [""]


def _usage(request: ChatRequest, completion_tokens: int) -> dict[str, int]:
    # Rough counts are enough: callers check that usage arrives, not the tokenizer.
    prompt_tokens = max(1, len(request.text) // 4)
    return {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
        "total_tokens": prompt_tokens + completion_tokens,
    }


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        """Stay quiet: pytest shows the test's own output."""

    def do_POST(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        try:
            body = json.loads(self.rfile.read(length) or b"{}")
        except json.JSONDecodeError:
            self._send_json(400, {"error": {"message": "body is not JSON", "type": "invalid"}})
            return
        request = ChatRequest(
            path=self.path, headers={k.lower(): v for k, v in self.headers.items()}, body=body
        )
        stub = self.server.stub
        stub._record(request)
        if self.path.rstrip("/") != "/v1/chat/completions":
            self._send_json(404, {"error": {"message": f"no route {self.path}"}})
            return
        # A client that gave up (its timeout) has nothing left to be told.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self._answer(request, stub._reply_for(request))

    def _answer(self, request: ChatRequest, reply: Reply) -> None:
        if isinstance(reply, HTTPError):
            headers = {}
            if reply.retry_after_s is not None:
                headers["retry-after-ms"] = str(int(reply.retry_after_s * 1000))
            error = {"message": reply.message, "type": "stub_error", "code": str(reply.status)}
            self._send_json(reply.status, {"error": error}, headers)
        elif isinstance(reply, Hang):
            self.server.stub._released.wait(reply.seconds)
            self.close_connection = True
        elif isinstance(reply, Drop):
            self.close_connection = True
        elif request.stream:
            self._send_stream(request, reply)
        else:
            self._send_json(200, self._completion(request, reply))

    def _completion(self, request: ChatRequest, reply: Text | ToolCall) -> dict[str, Any]:
        message: dict[str, Any] = {"role": "assistant", "content": None}
        if isinstance(reply, Text):
            message["content"] = reply.content
            finish, tokens = "stop", len(_chunks(reply.content, reply.chunk_size))
        else:
            name, arguments = _tool_call(request, reply)
            message["tool_calls"] = [
                {
                    "id": f"call_{next(_ids)}",
                    "type": "function",
                    "function": {"name": name, "arguments": arguments},
                }
            ]
            finish, tokens = "tool_calls", max(1, len(arguments) // 4)
        return {
            "id": f"chatcmpl-{next(_ids)}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": request.model,
            "choices": [
                {"index": 0, "message": message, "finish_reason": finish, "logprobs": None}
            ],
            "usage": _usage(request, tokens),
        }

    def _send_stream(self, request: ChatRequest, reply: Text | ToolCall) -> None:
        self.send_response(200)
        self.send_header("content-type", "text/event-stream")
        # Chunked, so a connection dropped mid-answer is an error, not a short body.
        self.send_header("transfer-encoding", "chunked")
        self.send_header("connection", "close")
        self.end_headers()
        self.close_connection = True
        base = {
            "id": f"chatcmpl-{next(_ids)}",
            "object": "chat.completion.chunk",
            "created": int(time.time()),
            "model": request.model,
        }

        def event(delta: dict[str, Any], finish: str | None = None) -> None:
            choice = {"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}
            self._send_event({**base, "choices": [choice]})

        if isinstance(reply, Text):
            pieces = _chunks(reply.content, reply.chunk_size)
            event({"role": "assistant", "content": ""})
            for index, piece in enumerate(pieces):
                if index == reply.fail_after:
                    if isinstance(reply.failure, Hang):
                        self.server.stub._released.wait(reply.failure.seconds)
                    return  # no terminating chunk: the client sees a broken stream
                event({"content": piece})
            event({}, "stop")
        else:
            name, arguments = _tool_call(request, reply)
            pieces = _chunks(arguments, 16)
            call = {"index": 0, "id": f"call_{next(_ids)}", "type": "function"}
            event(
                {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [{**call, "function": {"name": name, "arguments": ""}}],
                }
            )
            for piece in pieces:
                event({"tool_calls": [{"index": 0, "function": {"arguments": piece}}]})
            event({}, "tool_calls")
        if (request.body.get("stream_options") or {}).get("include_usage"):
            self._send_event({**base, "choices": [], "usage": _usage(request, len(pieces))})
        self._send_chunk(b"data: [DONE]\n\n")
        self._send_chunk(b"")

    def _send_event(self, payload: dict[str, Any]) -> None:
        self._send_chunk(f"data: {json.dumps(payload, ensure_ascii=False)}\n\n".encode())

    def _send_chunk(self, data: bytes) -> None:
        """One chunk of a chunked body; the empty chunk ends the body."""
        self.wfile.write(f"{len(data):X}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()

    def _send_json(
        self, status: int, payload: object, headers: dict[str, str] | None = None
    ) -> None:
        data = json.dumps(payload, ensure_ascii=False).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        # No keep-alive: langchain-openai caches its HTTP client per base URL for the whole
        # process, and a pooled connection from an earlier test's event loop cannot be reused.
        self.send_header("connection", "close")
        self.close_connection = True
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)


def _tool_call(request: ChatRequest, reply: ToolCall) -> tuple[str, str]:
    """The tool's name and its arguments as the JSON string the protocol carries."""
    name = reply.name or request.tool_name
    if not name:
        raise ValueError("ToolCall needs a name: the request neither forces nor offers one tool")
    arguments = reply.arguments
    if isinstance(arguments, BaseModel):
        arguments = arguments.model_dump(mode="json")
    if not isinstance(arguments, str):
        arguments = json.dumps(arguments, ensure_ascii=False)
    return name, arguments


class _Server(ThreadingHTTPServer):
    daemon_threads = True  # a hanging handler must not keep the test process alive

    def __init__(self, stub: OpenAIStub) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.stub = stub


class OpenAIStub:
    """An OpenAI-compatible chat-completions server on a free 127.0.0.1 port.

    Use it as a context manager (or `start()`/`stop()`); the fixtures below do that for you.
    """

    def __init__(self, responder: Responder | None = None) -> None:
        self.responder = responder
        self.requests: list[ChatRequest] = []
        self.responder_errors: list[BaseException] = []
        self._script: deque[Answer] = deque()
        self._failure: HTTPError | Hang | Drop | None = None
        self._lock = threading.Lock()
        self._released = threading.Event()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        """`http://127.0.0.1:<port>/v1`, what a client's `base_url` should be."""
        if self._server is None:
            raise RuntimeError("the stub is not started; use it as a context manager")
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def model_spec(self, model: str = "stub-model") -> str:
        """A `KPL_MODEL`/`KPL_MODEL_FALLBACKS` spec pointing at this stub."""
        return f"openai-compatible:{model}@{self.base_url}"

    def reply_with(self, *replies: Answer) -> None:
        """Queue replies, one per request, used before the responder."""
        with self._lock:
            self._script.extend(replies)

    def fail_with(self, failure: HTTPError | Hang | Drop | None) -> None:
        """Answer every request with this failure until called with None."""
        self._failure = failure

    def start(self) -> OpenAIStub:
        """Bind a free port and serve in a background thread."""
        self._server = _Server(self)
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), name="openai-stub", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Release hanging requests, stop serving and close the socket."""
        self._released.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join()

    def __enter__(self) -> OpenAIStub:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def _record(self, request: ChatRequest) -> None:
        with self._lock:
            self.requests.append(request)

    def _reply_for(self, request: ChatRequest) -> Reply:
        if self._failure is not None:
            return self._failure
        with self._lock:
            scripted = self._script.popleft() if self._script else None
        try:
            if scripted is not None:
                reply = _as_reply(scripted)
            elif self.responder is not None:
                reply = _as_reply(self.responder(request))
            else:
                return HTTPError(400, "openai_stub: no reply programmed for this request", None)
            if isinstance(reply, ToolCall):  # resolve now, so a bad reply is reported as such
                name, arguments = _tool_call(request, reply)
                reply = ToolCall(arguments, name)
            return reply
        except Exception as exc:  # a test's responder is broken: report it at teardown
            self.responder_errors.append(exc)
            return HTTPError(400, f"openai_stub responder raised {exc!r}", retry_after_s=None)


def _as_reply(answer: Answer) -> Reply:
    if isinstance(answer, Text | ToolCall | HTTPError | Hang | Drop):
        return answer
    if isinstance(answer, str):
        return Text(answer)
    return ToolCall(answer)


def _check_responders(stubs: list[OpenAIStub]) -> None:
    errors = [error for stub in stubs for error in stub.responder_errors]
    if errors:
        pytest.fail(f"the openai stub's responder raised: {errors!r}")


StubFactory = Callable[..., OpenAIStub]
"""What the `openai_stubs` fixture gives: a function that starts another stub."""


@pytest.fixture(name="openai_stub")
def openai_stub_fixture() -> Iterator[OpenAIStub]:
    """A started stub, stopped after the test."""
    with OpenAIStub() as stub:
        yield stub
    _check_responders([stub])


@pytest.fixture(name="openai_stubs")
def openai_stubs_fixture() -> Iterator[StubFactory]:
    """A factory of started stubs (`openai_stubs(responder=...)`), all stopped after the test."""
    started: list[OpenAIStub] = []

    def make(responder: Responder | None = None) -> OpenAIStub:
        stub = OpenAIStub(responder).start()
        started.append(stub)
        return stub

    yield make
    for stub in started:
        stub.stop()
    _check_responders(started)


__all__ = [
    "API_KEY",
    "ChatRequest",
    "Drop",
    "HTTPError",
    "Hang",
    "OpenAIStub",
    "Text",
    "ToolCall",
    "openai_stub_fixture",
    "openai_stubs_fixture",
]
