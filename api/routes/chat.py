"""`/chat`: the browser's `EventSource` endpoint, routed by the intent router, and `/route`.

`GET /chat/stream` starts (or resumes) a run from a chat message and streams it; with
`Last-Event-ID` it only resumes the stream it names and starts nothing. `action=end` ends the
practice paused on the thread (the playground's end button): an explicit command, whatever the
message says, while a sentence said in role is always the learner's reply (routers/commands.py). Problems found after
authentication come as a 200 stream holding one `error` event, so browser code can show them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Literal

from fastapi import APIRouter, Query, Request, Response
from pydantic import BaseModel, Field
from sse_starlette import EventSourceResponse

from api.routes.threads import thread_status
from api.schemas import ChatStatus, RouteDecision
from api.services import Services, ServicesDep, UserDep
from api.sse import EVENT_STREAM_RESPONSE, error_frames, sse_response
from api.streaming import last_event_id, resume_stream, stream_run
from routers.decision import INTENT_GRAPHS, PRACTICE_GRAPH, Decision
from routers.dispatch import (
    END_PRACTICE,
    RunPlan,
    ThreadView,
    clarify_answer,
    pin_graph,
    plan_run,
    route_context,
    thread_view,
)
from runtime.errors import InvalidRunInput, KplError
from runtime.run_request import NO_RESUME, RunRequest, new_id
from runtime.runs.manager import RunNotFound
from runtime.runs.threads import ThreadInfo

router = APIRouter(tags=["chat"])

EXAM_GRAPH = INTENT_GRAPHS["exam_generate"]


class RouteRequest(BaseModel):
    """A message to route without running anything."""

    message: str = Field(min_length=1, max_length=20_000)
    thread_id: str | None = None


async def thread_context(services: Services, info: ThreadInfo | None) -> ThreadView:
    """The thread as routing sees it (an empty view for a new conversation)."""
    if info is None:
        return ThreadView()
    return thread_view(*await services.executor.thread_state(info.thread_id, info.graph))


@router.get(
    "/chat/stream",
    summary="Chat: route a message to a flow and stream the run (SSE)",
    responses=EVENT_STREAM_RESPONSE,
)
async def chat_stream(
    request: Request,
    services: ServicesDep,
    user: UserDep,
    message: str = Query(default="", max_length=200_000),
    thread_id: str | None = Query(default=None),
    graph: str | None = Query(default=None),
    stream_mode: str = Query(default="full"),
    action: Literal["end"] | None = Query(
        default=None, description="`end`: end the practice paused on the thread"
    ),
    material_id: str | None = Query(
        default=None,
        max_length=64,
        description="an uploaded material (POST /materials): the exam's material, or the reply "
        "to a paused exam's material question",
    ),
) -> Response:
    """See the protocol: `started`, `route`, the flow's events, then `completed` or `error`."""
    seen = last_event_id(request)
    if seen is not None:
        run_id, after = seen
        try:
            run = await services.runs.get(run_id)
        except RunNotFound:
            return Response(status_code=204)  # nothing of that run is left to send
        if run.owner != user:
            return Response(status_code=204)
        return await resume_stream(services, run_id, after, mode=run_mode(stream_mode))
    run_id = new_id()
    try:
        started = await start_chat(
            services,
            user,
            run_id,
            ChatMessage(
                text=message,
                thread_id=thread_id,
                graph=graph,
                stream_mode=stream_mode,
                action=action,
                material_id=material_id,
            ),
        )
    except KplError as exc:
        return error_stream(services, exc, run_id)
    return stream_run(services, started)


def run_mode(value: str) -> Literal["full", "light"]:
    """A valid stream mode, or `InvalidRunInput` naming the accepted ones."""
    if value not in ("full", "light"):
        raise InvalidRunInput(f"stream_mode must be full or light, got {value!r}")
    return "full" if value == "full" else "light"


def error_stream(services: Services, error: KplError, run_id: str) -> EventSourceResponse:
    """A 200 stream holding one `error` event."""
    return sse_response(
        error_frames(error, run_id=run_id), send_timeout_s=services.settings.sse_send_timeout_s
    )


@dataclass(frozen=True, kw_only=True)
class ChatMessage:
    """What the chat endpoint was sent."""

    text: str
    thread_id: str | None = None
    graph: str | None = None
    stream_mode: str = "full"
    action: str | None = None
    material_id: str | None = None


async def start_chat(services: Services, user: str, run_id: str, sent: ChatMessage) -> str:
    """Admit and route the message, plan the run on the thread and start it; its run id (the
    chat endpoint streams it over SSE, the WebSocket channel as frames)."""
    mode = run_mode(sent.stream_mode)
    message, graph, action = sent.text, sent.graph, sent.action
    if not message.strip() and graph is None and action is None and sent.material_id is None:
        raise InvalidRunInput("message is empty: say what you would like to do, e.g. 出5道单选题")
    info = await services.threads.owned(sent.thread_id, user) if sent.thread_id else None
    view = await thread_context(services, info)
    if sent.material_id is not None and not message.strip() and graph is None and not view.paused:
        graph = EXAM_GRAPH  # a material alone: make an exam of it
    if action == "end":
        decision, plan = end_practice(services, view)
    else:
        # Admitted before it is routed: a refused message costs no classification.
        await services.gate.admit(user=user, action="route", texts={"message": message})
        decision = await services.router.route(message, route_context(view))
        if graph is not None:
            services.executor.registry.get(graph)  # unknown graph: not_found
            decision = pin_graph(decision, graph)
        elif decision.intent == "clarify":
            return await clarify(services, user, run_id, info, decision, mode)
        plan = plan_run(decision, message, view)
    if sent.material_id is not None:
        decision, plan = await with_material(services, user, sent.material_id, decision, plan)
    elif plan.graph == EXAM_GRAPH and isinstance(plan.resume, str):
        check_material_reply(plan.resume)
    new_thread = info is None or plan.new_thread
    thread_id = new_id() if new_thread or info is None else info.thread_id
    run_request = RunRequest(
        graph=plan.graph,
        thread_id=thread_id,
        input=plan.input if plan.resume is None else None,
        resume=plan.resume if plan.resume is not None else NO_RESUME,
        stream_mode=mode,
        run_id=run_id,
    )
    run = await services.runs.start(
        run_request, owner=user, after_started=(("route", decision.to_event()),)
    )
    # A new thread is recorded only once its run is admitted: a refused run leaves none behind.
    if new_thread or info is None:
        await services.threads.create(thread_id, user, graph=plan.graph)
    else:
        await services.threads.set_graph(info, plan.graph)
    return run.run_id


MIN_MATERIAL_REPLY_CHARS = 20
"""A reply to the material question shorter than this (and naming no course) is a remark."""


def check_material_reply(text: str) -> None:
    """Refuse a remark given as the exam's material before any run starts: a refused resume
    would stay written on the thread (LangGraph keeps a failed run's resume value), while this
    leaves the exam waiting for its material."""
    if len(text.strip()) < MIN_MATERIAL_REPLY_CHARS:
        raise InvalidRunInput(
            f"the exam is waiting for its material, and {len(text.strip())} characters are not "
            f"a course text: paste the text (at least {MIN_MATERIAL_REPLY_CHARS} characters), "
            "send a material_id, or name a course"
        )


async def with_material(
    services: Services, user: str, material_id: str, decision: Decision, plan: RunPlan
) -> tuple[Decision, RunPlan]:
    """The plan with the uploaded material's text as the exam's material (or as the reply to
    its material question), and the decision naming it by reference in the `route` event."""
    if plan.graph != EXAM_GRAPH:
        raise InvalidRunInput(
            f"material_id is the material of an exam; this message runs {plan.graph}"
        )
    info, text = await services.materials.get(material_id, user)
    if plan.resume is not None:
        plan = replace(plan, resume={"material": text})
    else:
        data = dict(plan.input or {})
        if data.get("course"):
            raise InvalidRunInput("name a course or send a material_id, not both")
        plan = replace(plan, input={**data, "material": text})
    return replace(decision, params={**decision.params, "material": info.reference()}), plan


def end_practice(services: Services, view: ThreadView) -> tuple[Decision, RunPlan]:
    """`action=end`: the decision and the run that end the practice paused on the thread."""
    if not (view.paused and view.graph == PRACTICE_GRAPH):
        raise InvalidRunInput(
            "action=end: there is no practice session waiting on this thread (give its thread_id)"
        )
    decision = Decision(
        intent="practice_end",
        graph=PRACTICE_GRAPH,
        confidence=1.0,
        source="explicit",
        strategy=services.router.policy.strategy,
        reasoning="the client asked to end the practice (action=end)",
    )
    return decision, RunPlan(graph=PRACTICE_GRAPH, resume=END_PRACTICE)


async def clarify(
    services: Services,
    user: str,
    run_id: str,
    info: ThreadInfo | None,
    decision: Decision,
    mode: Literal["full", "light"],
) -> str:
    """Ask the learner which of the likely options they meant, as a finished exchange."""
    if info is None:
        info = await services.threads.create(new_id(), user)
    started = {"thread_id": info.thread_id, "graph": None, "stream_mode": mode, "resumed": False}
    completed = {
        "thread_id": info.thread_id,
        "status": "success",
        "output": clarify_answer(decision),
    }
    run = await services.runs.answer_without_run(
        RunRequest(graph="clarify", thread_id=info.thread_id, run_id=run_id),
        owner=user,
        events=(("started", started), ("route", decision.to_event()), ("completed", completed)),
    )
    return run.run_id


@router.get("/chat/stream/status", summary="A chat thread's status", response_model=ChatStatus)
async def chat_status(thread_id: str, services: ServicesDep, user: UserDep) -> dict[str, Any]:
    """`idle`, `running`, `interrupted` or `error`, with the pending interrupt."""
    status = await thread_status(services, await services.threads.owned(thread_id, user))
    return {
        k: status[k] for k in ("thread_id", "status", "graph", "run_id", "interrupt", "updated_at")
    }


@router.post(
    "/route",
    summary="The router's decision for a message, without running anything",
    response_model=RouteDecision,
)
async def route_message(body: RouteRequest, services: ServicesDep, user: UserDep) -> dict[str, Any]:
    """The decision as in the `route` event, with the router's trace."""
    info = await services.threads.owned(body.thread_id, user) if body.thread_id else None
    await services.gate.admit(user=user, action="route", texts={"message": body.message})
    decision = await services.router.route(
        body.message, route_context(await thread_context(services, info))
    )
    return decision.to_dict()
