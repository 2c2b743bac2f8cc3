"""`/materials`: upload a course text once, then name it by `material_id` (PROTOCOL.md, Materials).

The body is JSON `{"text", "title"?}`, a `text/plain` or `text/markdown` body (title from
`?title=` or the text's first line), or a multipart form with one `.md`/`.txt` file (title from
the form's `title` or the file name). A material belongs to its user; another user's id is a
404 like an unknown one. Over `KPL_MAX_MATERIAL_CHARS`: 413. Decision: no .docx/.pdf: a trainer
can paste or export text, and a converter's failures on real files would be ours to explain.
"""

from __future__ import annotations

import json
from pathlib import PurePath
from typing import Any

from fastapi import APIRouter, Query, Request, Response
from pydantic import BaseModel, Field
from starlette.datastructures import UploadFile

from api.errors import documented_errors
from api.schemas import Timestamp
from api.services import Services, ServicesDep, UserDep
from runtime.errors import InvalidRunInput

router = APIRouter(prefix="/materials", tags=["materials"])

TEXT_TYPES = ("text/plain", "text/markdown", "text/x-markdown")
FILE_SUFFIXES = (".md", ".markdown", ".txt")


class MaterialCreated(BaseModel):
    """A stored material, named by its id from now on."""

    material_id: str
    title: str
    chars: int
    language: str
    digest: str = Field(description="the first 16 hex digits of the text's SHA-256")
    created_at: Timestamp


class Material(MaterialCreated):
    """A stored material with its text."""

    text: str


@router.post(
    "",
    status_code=201,
    summary="Upload a material (JSON, a text/markdown body, or a .md/.txt file)",
    response_model=MaterialCreated,
    responses=documented_errors(413, 422),
    openapi_extra={
        "requestBody": {
            "content": {
                "application/json": {
                    "schema": {
                        "type": "object",
                        "required": ["text"],
                        "properties": {"text": {"type": "string"}, "title": {"type": "string"}},
                    }
                },
                "text/markdown": {"schema": {"type": "string"}},
                "text/plain": {"schema": {"type": "string"}},
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "required": ["file"],
                        "properties": {
                            "file": {"type": "string", "format": "binary"},
                            "title": {"type": "string"},
                        },
                    }
                },
            },
            "required": True,
        }
    },
)
async def upload_material(
    request: Request,
    services: ServicesDep,
    user: UserDep,
    title: str | None = Query(default=None, max_length=200),
) -> dict[str, Any]:
    """The material's id, title, size, language and digest."""
    text, named = await material_body(request)
    info = await services.materials.add(user, text, title or named)
    return info.public()


@router.get("/{material_id}", summary="A material and its text", response_model=Material)
async def get_material(material_id: str, services: ServicesDep, user: UserDep) -> dict[str, Any]:
    """404 `not_found` for an unknown material or another user's."""
    info, text = await services.materials.get(material_id, user)
    return {**info.public(), "text": text}


@router.delete("/{material_id}", status_code=204, summary="Delete a material")
async def delete_material(material_id: str, services: ServicesDep, user: UserDep) -> Response:
    """The material is gone; threads that ran on it keep their own copy in their checkpoints."""
    await services.materials.delete(material_id, user)
    return Response(status_code=204)


async def material_body(request: Request) -> tuple[str, str | None]:
    """The text of the request body and the title it names, by content type; 422 otherwise."""
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media == "application/json":
        return _json_material(await request.body())
    if media in TEXT_TYPES:
        return _utf8(await request.body(), "the body"), None
    if media == "multipart/form-data":
        async with request.form(max_files=1, max_fields=4) as form:  # closes the spooled file
            upload = form.get("file")
            if not isinstance(upload, UploadFile):
                raise InvalidRunInput(
                    "send the material as a form field named `file` (.md or .txt)"
                )
            name = upload.filename or "material.txt"
            if PurePath(name).suffix.lower() not in FILE_SUFFIXES:
                raise InvalidRunInput(
                    f"{name}: send a .md or .txt file (export other documents as text first)"
                )
            text = _utf8(await upload.read(), name)
            title = form.get("title")
        return text, title if isinstance(title, str) and title.strip() else PurePath(name).stem
    raise InvalidRunInput(
        'send the material as JSON {"text": ..., "title": ...}, as a text/markdown or '
        f"text/plain body, or as a multipart .md/.txt file; not {media or 'no content type'}"
    )


def _json_material(body: bytes) -> tuple[str, str | None]:
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise InvalidRunInput(f"the body is not JSON: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise InvalidRunInput('send {"text": "<the course text>", "title": "<optional>"}')
    title = data.get("title")
    if title is not None and not isinstance(title, str):
        raise InvalidRunInput("title must be a string")
    return data["text"], title


def _utf8(raw: bytes, what: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidRunInput(
            f"{what} is not UTF-8 text (byte {exc.start}); save it as UTF-8"
        ) from None


async def expand_material_id(services: Services, user: str, value: Any) -> Any:
    """A run's input or resume value with `material_id` replaced by that material's text (as
    `material`, which the flows take); any other value as it is."""
    if not isinstance(value, dict) or "material_id" not in value:
        return value
    rest = {k: v for k, v in value.items() if k != "material_id"}
    if rest.get("material") is not None:
        raise InvalidRunInput("send material or material_id, not both")
    _, text = await services.materials.get(str(value["material_id"]), user)
    return {**rest, "material": text}
