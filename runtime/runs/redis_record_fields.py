"""A run's record as a Redis hash and back (the `<prefix>:run:<run_id>:record` of
runtime/runs/redis_records.py): its public fields and its worker, as text; errors and interrupts as
JSON."""

from __future__ import annotations

import json
from typing import Any, cast

from runtime.runs.records import Run, RunState


def text(value: Any) -> str:
    """A Redis reply as text (bytes from a client without `decode_responses`)."""
    return value.decode() if isinstance(value, bytes) else str(value)


def record_fields(run: Run) -> list[str]:
    """The record's fields as HSET arguments."""
    values = {
        "run_id": run.run_id,
        "thread_id": run.thread_id,
        "graph": run.graph,
        "owner": run.owner,
        "status": run.status,
        "created_at": repr(run.created_at),
        "updated_at": repr(run.updated_at),
        "worker": run.worker,
        "error": json.dumps(run.error, ensure_ascii=False, default=str),
        "interrupt": json.dumps(run.interrupt, ensure_ascii=False, default=str),
    }
    return [part for pair in values.items() for part in pair]


def run_of(raw: Any) -> Run | None:
    """A record from HGETALL (a dict, or a flat list from a script), or None if empty."""
    if not raw:
        return None
    if isinstance(raw, dict):
        record = {text(k): text(v) for k, v in raw.items()}
    else:
        flat = [text(part) for part in raw]
        record = dict(zip(flat[::2], flat[1::2], strict=True))
    if "status" not in record or "thread_id" not in record:
        return None  # a fragment left by a lost write: no record
    return Run(
        run_id=record["run_id"],
        thread_id=record["thread_id"],
        graph=record.get("graph", ""),
        owner=record.get("owner", ""),
        status=cast(RunState, record["status"]),
        created_at=float(record.get("created_at", 0)),
        updated_at=float(record.get("updated_at", 0)),
        error=json.loads(record.get("error", "null")),
        worker=record.get("worker", ""),
        interrupt=json.loads(record.get("interrupt", "null")),
    )
