"""Errors outside a stream, framed as the protocol says: `{"error": {code, message, details}}`.

    ApiError                  an HTTP-level problem with a protocol code
    ├── BadRequest            400 `invalid_request`: a malformed header (`Last-Event-ID`)
    └── InvalidParameter      422 `invalid_request`: a query parameter this API did not hand out
                              (a list's `cursor`)

A missing credential (401) and a body over KPL_MAX_BODY_BYTES (413) are the runtime's
`Unauthorized` and `PayloadTooLarge` (runtime/errors.py), the same the pipeline raises for a run.

Runtime errors (`runtime.errors.KplError`) carry their own code; this module maps codes to statuses
and installs the handlers that make every failure, including unexpected ones, a JSON error and
never a stack trace.
"""

from __future__ import annotations

import re
from typing import Any

import structlog
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from runtime.errors import ErrorCode, KplError

log = structlog.get_logger(__name__)

STATUS: dict[ErrorCode, int] = {
    "invalid_request": 422,
    "unauthorized": 401,
    "not_found": 404,
    "thread_busy": 409,
    "payload_too_large": 413,
    "rate_limited": 429,
    "internal": 500,
    "unavailable": 503,
    "timeout": 504,
}


class ErrorDetail(BaseModel):
    """What went wrong: a protocol code, a sentence for people, and details for programs."""

    code: ErrorCode
    message: str
    details: dict[str, Any] = Field(default_factory=dict)


class ErrorBody(BaseModel):
    """Every error outside a stream."""

    error: ErrorDetail


RESPONSE_TEXT = {
    400: "`invalid_request`: a malformed `Last-Event-ID` (header or `last_event_id` query)",
    401: "`unauthorized`: missing or bad credential",
    404: "`not_found`: no such thread, run or graph (or another user's)",
    409: "`thread_busy`: the thread is running another run (multitask_strategy reject)",
    413: "`payload_too_large`: the body is over KPL_MAX_BODY_BYTES",
    422: "`invalid_request`: the request or the flow's input is invalid; the message names the field",
    500: "`internal`: an unexpected failure; the server log has the details",
    503: "`unavailable`: a dependency (checkpoint store, model provider) does not answer",
}


def documented_errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` for these error statuses, with the protocol's error body."""
    return {s: {"model": ErrorBody, "description": RESPONSE_TEXT[s]} for s in statuses}


class ApiError(KplError):
    """An HTTP-level problem."""

    status: int | None = None
    """The HTTP status when it is not the code's usual one (`STATUS`)."""


class BadRequest(ApiError):
    """A malformed header: the request cannot be understood, whatever its body says."""

    code = "invalid_request"
    status = 400


class InvalidParameter(ApiError):
    """A query parameter that is well-formed for the schema but means nothing here."""

    code = "invalid_request"


def error_body(
    code: ErrorCode, message: str, details: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The protocol's error document."""
    return {"error": {"code": code, "message": message, "details": details or {}}}


def error_response(error: KplError) -> JSONResponse:
    """A `KplError` as a JSON response with the protocol's status."""
    headers: dict[str, str] | None = None
    if error.code == "unauthorized":
        headers = {"WWW-Authenticate": "Bearer"}
    elif error.code == "rate_limited" and "retry_after" in error.details:
        headers = {"Retry-After": str(error.details["retry_after"])}
    return JSONResponse(
        error_body(error.code, error.message, error.details),
        status_code=(error.status if isinstance(error, ApiError) else None)
        or STATUS.get(error.code, 500),
        headers=headers,
    )


def problem(error: dict[str, Any]) -> str:
    """One validation error as a sentence that names where it is."""
    if error.get("type") == "json_invalid":
        reason = error.get("ctx", {}).get("error", "malformed")
        return f"the body is not valid JSON ({reason}, at character {error['loc'][-1]})"
    return f"{'.'.join(str(p) for p in error['loc'])}: {error['msg']}"


def allowed_methods(request: Request) -> list[str] | None:
    """The methods the OpenAPI document gives the request's path, for a 405's `Allow`; None for
    a path it does not describe.

    Starlette names only the first route whose path matches, so `/threads/{id}` would allow GET
    but not DELETE. Here every operation of the most specific matching path counts:
    `/graphs/validate` is the POST operation of that name, not `GET /graphs/{name}`.
    """
    paths: dict[str, dict[str, Any]] = request.app.openapi()["paths"]
    matching = [
        (template.count("{"), template)
        for template in paths
        if re.fullmatch(re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template)), request.url.path)
    ]
    if not matching:
        return None
    fewest = min(count for count, _ in matching)
    methods = {m.upper() for count, t in matching if count == fewest for m in paths[t]}
    return sorted(methods)


def install_error_handlers(app: FastAPI) -> None:
    """Make every failure a protocol error document."""

    async def on_kpl_error(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, KplError)
        return error_response(exc)

    async def on_validation(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        problems = [problem(e) for e in exc.errors()]
        return JSONResponse(
            error_body("invalid_request", "; ".join(problems), {"errors": problems}),
            status_code=422,
        )

    async def on_http(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, StarletteHTTPException)
        by_status: dict[int, ErrorCode] = {
            404: "not_found",
            405: "invalid_request",
            401: "unauthorized",
        }
        code = by_status.get(
            exc.status_code, "invalid_request" if exc.status_code < 500 else "internal"
        )
        headers = exc.headers
        allowed = allowed_methods(request) if exc.status_code == 405 else None
        if allowed:
            headers = {**(headers or {}), "Allow": ", ".join(allowed)}
        return JSONResponse(
            error_body(code, str(exc.detail)), status_code=exc.status_code, headers=headers
        )

    async def on_unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error", path=request.url.path)
        return JSONResponse(
            error_body("internal", "internal error; the server log has the details"),
            status_code=500,
        )

    app.add_exception_handler(KplError, on_kpl_error)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(StarletteHTTPException, on_http)
    app.add_exception_handler(Exception, on_unexpected)
