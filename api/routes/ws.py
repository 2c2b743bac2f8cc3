"""`GET /api/v1/ws`: the chat protocol over one WebSocket (PROTOCOL.md, Other channels).

Client frames (JSON text):

    {"type": "auth", "token"}                         first, when no credential came with the URL
    {"type": "chat", "message", "thread_id"?, "graph"?, "material_id"?, "stream_mode"?}
    {"type": "reply", "thread_id", "message"}         a chat message to a paused thread
    {"type": "resume", "run_id", "last_event_id"?}    a run's events after an id (a reconnect)
    {"type": "cancel", "run_id"}
    {"type": "watch", "thread_id"}                    this thread's runs, now and later

Server frames are `{"id", "event", "data"}`, exactly the SSE events (a heartbeat has no id); a
problem with one client frame is an `error` event with `id` null, and the socket stays open. The
credential is the URL's (`access_token`: a key, a JWT or a one-use stream ticket; a header or the
cookie, under the same cross-site rule as a run-starting GET) or a first `auth` frame within
`AUTH_WAIT_S`; a failure closes with 1008. Runs are the run manager's, so they outlive the
socket, replay by id and are shared by workers through the Redis broker; several sockets may watch
one thread. A client that stops reading for `KPL_SSE_SEND_TIMEOUT_S` is closed (1013), as a
stalled SSE client is dropped; it reconnects and resumes by event id.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import Awaitable, Callable
from typing import Any

import structlog
from fastapi import APIRouter, WebSocket, WebSocketDisconnect
from starlette.websockets import WebSocketState

from api.auth import credential
from api.routes.chat import ChatMessage, run_mode, start_chat
from api.services import Services
from runtime.chunks import CHUNK_EVENT
from runtime.errors import InvalidRunInput, KplError, Unauthorized, error_data
from runtime.events import for_mode
from runtime.run_request import new_id
from runtime.runs.broker import parse_event_id
from runtime.runs.manager import RunNotFound

log = structlog.get_logger(__name__)
router = APIRouter(tags=["websocket"])

AUTH_WAIT_S = 10.0
"""How long a socket without a credential in its URL may take to send its `auth` frame."""
WATCH_POLL_S = 0.25
"""How often a watched thread is checked for a new run."""
POLICY_VIOLATION = 1008
TRY_AGAIN_LATER = 1013


class Socket:
    """One client's socket: frames sent in order, never two at once, each within the timeout."""

    def __init__(self, websocket: WebSocket, services: Services, user: str) -> None:
        self.websocket = websocket
        self.services = services
        self.user = user
        self.send_lock = asyncio.Lock()
        self.last_sent = time.monotonic()
        self.tasks: set[asyncio.Task[None]] = set()

    async def send(self, event: str, data: dict[str, Any], frame_id: str | None = None) -> None:
        """One server frame; a client that does not take it in time is closed."""
        text = json.dumps({"id": frame_id, "event": event, "data": data}, ensure_ascii=False)
        timeout = self.services.settings.sse_send_timeout_s
        async with self.send_lock:
            try:
                await asyncio.wait_for(self.websocket.send_text(text), timeout)
            except TimeoutError:
                log.info("closed a WebSocket client that stopped reading", send_timeout_s=timeout)
                await self.close(TRY_AGAIN_LATER, "too slow: reconnect and resume by event id")
                raise WebSocketDisconnect(TRY_AGAIN_LATER) from None
            self.last_sent = time.monotonic()

    async def close(self, code: int, reason: str) -> None:
        """Close the socket if it is still open."""
        if self.websocket.application_state == WebSocketState.CONNECTED:
            with contextlib.suppress(RuntimeError):
                await self.websocket.close(code=code, reason=reason[:120])

    async def problem(self, error: KplError, run_id: str | None = None) -> None:
        """Report one frame's problem as an `error` event; the socket stays open."""
        await self.send("error", error_data(error, run_id=run_id))

    def spawn(self, work: Awaitable[None]) -> None:
        """Run `work` beside the reading of client frames, until it ends or the socket closes."""

        async def guarded() -> None:
            # The socket closed under it: nothing is left to tell.
            with contextlib.suppress(WebSocketDisconnect, RuntimeError):
                await work

        task = asyncio.create_task(guarded())
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def forward(self, run_id: str, *, after: int = 0, mode: str = "full") -> None:
        """A run's events after sequence `after`, as frames, until the run ends."""
        shown_mode = run_mode(mode)
        try:
            # No idle wake-ups: the socket's own ticker sends the heartbeats.
            async for item in self.services.broker.subscribe(run_id, after=after):
                if item is None:
                    continue
                frame_id, event = item
                shown = for_mode(event, shown_mode) if event.event != CHUNK_EVENT else None
                if shown is not None:  # LangGraph's own chunks are the /langgraph channel's
                    await self.send(shown.event, shown.data, frame_id)
        except KplError as exc:
            await self.problem(exc, run_id)

    async def heartbeats(self) -> None:
        """A `heartbeat` whenever the socket has been silent for `KPL_HEARTBEAT_S`."""
        interval = self.services.settings.heartbeat_s
        while True:
            await asyncio.sleep(max(0.05, interval / 4))
            if time.monotonic() - self.last_sent >= interval:
                await self.send("heartbeat", {"ts": int(time.time() * 1000)})


async def authenticate(websocket: WebSocket, services: Services) -> str | None:
    """The caller, from the URL's credential or a first `auth` frame; None once closed 1008."""
    auth = services.auth
    try:
        if credential(websocket) is not None or auth.mode == "none":
            return await auth.authenticate(websocket)
        first = await asyncio.wait_for(websocket.receive_json(), AUTH_WAIT_S)
        token = first.get("token") if isinstance(first, dict) else None
        if not (isinstance(first, dict) and first.get("type") == "auth" and isinstance(token, str)):
            raise Unauthorized('send {"type": "auth", "token": "<key, JWT or ticket>"} first')
        return await auth.authenticate_token(token)
    except (Unauthorized, TimeoutError, ValueError) as refused:
        reason = refused.message if isinstance(refused, Unauthorized) else "no credential in time"
        await websocket.close(code=POLICY_VIOLATION, reason=reason[:120])
        return None


@router.websocket("/ws")
async def chat_socket(websocket: WebSocket) -> None:
    """The chat protocol over one socket (see the module docstring)."""
    services: Services = websocket.app.state.services
    await websocket.accept()
    user = await authenticate(websocket, services)
    if user is None:
        return
    socket = Socket(websocket, services, user)
    socket.spawn(socket.heartbeats())
    try:
        while True:
            raw = await websocket.receive_text()
            try:
                message = json.loads(raw)
                if not isinstance(message, dict):
                    raise ValueError("a frame is a JSON object")
            except ValueError as exc:
                await socket.problem(InvalidRunInput(f"the frame is not a JSON object: {exc}"))
                continue
            try:
                await HANDLERS.get(str(message.get("type")), unknown)(socket, message)
            except KplError as exc:
                await socket.problem(exc)
    except WebSocketDisconnect:
        pass
    finally:
        for task in list(socket.tasks):
            task.cancel()


def _text(message: dict[str, Any], key: str, *, required: bool = True) -> str | None:
    value = message.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value:
        raise InvalidRunInput(f"{message.get('type')} frame: `{key}` must be a non-empty string")
    return value


async def chat(socket: Socket, message: dict[str, Any]) -> None:
    """Start a run from a chat message (routed as on `GET /chat/stream`) and forward it."""
    mode = str(message.get("stream_mode") or "full")
    sent = ChatMessage(
        text=str(message.get("message") or ""),
        thread_id=_text(message, "thread_id", required=False),
        graph=_text(message, "graph", required=False),
        stream_mode=mode,
        material_id=_text(message, "material_id", required=False),
    )
    run_id = await start_chat(socket.services, socket.user, new_id(), sent)
    socket.spawn(socket.forward(run_id, mode=mode))


async def reply(socket: Socket, message: dict[str, Any]) -> None:
    """A message to a paused thread: a chat message with its thread."""
    _text(message, "thread_id")
    await chat(socket, message)


async def resume(socket: Socket, message: dict[str, Any]) -> None:
    """A run's events after the last one the client saw."""
    run_id = _text(message, "run_id")
    assert run_id is not None
    after = 0
    if message.get("last_event_id"):
        parsed = parse_event_id(str(message["last_event_id"]))
        if parsed is None or parsed[0] != run_id:
            raise InvalidRunInput("resume frame: last_event_id is not an event id of that run")
        after = parsed[1]
    await _owned(socket, run_id)
    socket.spawn(socket.forward(run_id, after=after))


async def cancel(socket: Socket, message: dict[str, Any]) -> None:
    """Cancel one of the caller's runs; its stream ends with `completed` status cancelled."""
    run_id = _text(message, "run_id")
    assert run_id is not None
    await _owned(socket, run_id)
    await socket.services.runs.cancel(run_id)


async def watch(socket: Socket, message: dict[str, Any]) -> None:
    """Follow a thread's runs: the current one from its start, then every later one."""
    thread_id = _text(message, "thread_id")
    assert thread_id is not None
    await socket.services.threads.owned(thread_id, socket.user)
    socket.spawn(_follow(socket, thread_id))


async def _follow(socket: Socket, thread_id: str) -> None:
    seen: str | None = None
    while True:
        run = await socket.services.runs.latest(thread_id)
        if run is not None and run.run_id != seen:
            seen = run.run_id
            await socket.forward(run.run_id)
            continue
        await asyncio.sleep(WATCH_POLL_S)


async def _owned(socket: Socket, run_id: str) -> None:
    run = await socket.services.runs.get(run_id)
    if run.owner != socket.user:
        raise RunNotFound(f"no run {run_id}")


async def unknown(socket: Socket, message: dict[str, Any]) -> None:
    """A frame of a type this channel does not have."""
    raise InvalidRunInput(
        f"unknown frame type {message.get('type')!r}: send chat, reply, resume, cancel or watch"
    )


HANDLERS: dict[str, Callable[[Socket, dict[str, Any]], Awaitable[None]]] = {
    "chat": chat,
    "reply": reply,
    "resume": resume,
    "cancel": cancel,
    "watch": watch,
}
