"""Materials by reference: a learner's course text stored once, then named by `material_id`.

A material is uploaded once (`POST /materials`) and then named wherever material is taken: the chat
endpoint, a run's input, the reply to a flow's material question. So a long text never travels in
a URL, never lands in an access log, and is never echoed by an event. Materials live in LangGraph's
store beside the thread records (every backend: memory, SQLite, Redis, Postgres), belong to the
user who uploaded them, and another user's id is answered exactly as an unknown one.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from typing import Any

from langgraph.store.base import BaseStore

from graphs.digest import text_digest
from graphs.text.language import detect_language
from runtime.errors import InvalidRunInput, KplError, PayloadTooLarge

NAMESPACE = ("kpl", "materials")
TITLE_CHARS = 80


class MaterialNotFound(KplError):
    """No material with that id belongs to the caller."""

    code = "not_found"


@dataclass(frozen=True, kw_only=True)
class MaterialInfo:
    """What is known of a material without its text."""

    material_id: str
    owner: str
    title: str
    chars: int
    language: str
    digest: str
    """The first 16 hex digits of the text's SHA-256: what events show instead of the text."""
    created_at: float

    def public(self) -> dict[str, Any]:
        """The record as the API shows it (times as the API formats them)."""
        return {
            "material_id": self.material_id,
            "title": self.title,
            "chars": self.chars,
            "language": self.language,
            "digest": self.digest,
            "created_at": self.created_at,
        }

    def reference(self) -> dict[str, Any]:
        """How an event names this material: never its text."""
        return {"material_id": self.material_id, "chars": self.chars}


def default_title(text: str) -> str:
    """The first heading or line of the text, trimmed: what a material is called when unnamed."""
    for line in text.splitlines():
        stripped = line.strip().lstrip("#").strip()
        if stripped:
            return stripped[:TITLE_CHARS]
    return "material"


class MaterialLibrary:
    """Stores, finds and deletes materials, checking ownership and size."""

    def __init__(self, store: BaseStore, *, max_chars: int) -> None:
        self.store = store
        self.max_chars = max_chars

    async def add(self, owner: str, text: str, title: str | None = None) -> MaterialInfo:
        """Store `text` for `owner`; `PayloadTooLarge` over the limit, `InvalidRunInput` when
        empty."""
        if not text.strip():
            raise InvalidRunInput("the material is empty: send the course text")
        if len(text) > self.max_chars:
            raise PayloadTooLarge(
                f"the material is {len(text)} characters, over the limit of {self.max_chars} "
                "(KPL_MAX_MATERIAL_CHARS): split it, or send the part the exam is about",
                details={"chars": len(text), "limit": self.max_chars},
            )
        info = MaterialInfo(
            material_id=uuid.uuid4().hex,
            owner=owner,
            title=(title or "").strip()[:TITLE_CHARS] or default_title(text),
            chars=len(text),
            language=detect_language(text),
            digest=text_digest(text),
            created_at=time.time(),
        )
        record = {**info.public(), "owner": owner, "text": text}
        await self.store.aput(NAMESPACE, info.material_id, record)
        return info

    async def get(self, material_id: str, owner: str) -> tuple[MaterialInfo, str]:
        """The owner's material and its text; `MaterialNotFound` otherwise."""
        item = await self.store.aget(NAMESPACE, material_id)
        if item is None or item.value.get("owner") != owner:
            raise MaterialNotFound(
                f"no material {material_id}: upload it first (POST /api/v1/materials)",
                details={"material_id": material_id},
            )
        value = item.value
        info = MaterialInfo(
            material_id=material_id,
            owner=owner,
            title=str(value["title"]),
            chars=int(value["chars"]),
            language=str(value["language"]),
            digest=str(value["digest"]),
            created_at=float(value["created_at"]),
        )
        return info, str(value["text"])

    async def delete(self, material_id: str, owner: str) -> None:
        """Delete the owner's material; `MaterialNotFound` otherwise."""
        await self.get(material_id, owner)
        await self.store.adelete(NAMESPACE, material_id)
