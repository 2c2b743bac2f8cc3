"""Copy a thread's checkpoints to a new thread, on any `BaseCheckpointSaver`.

LangGraph's savers copy a thread themselves where they can (`acopy_thread`: the in-memory and
Postgres savers); the SQLite saver and ours on Redis raise `NotImplementedError`. Then the copy is
made through the saver's public interface, oldest checkpoint first: each checkpoint is put under
the new thread id with its own parent, all its channel values and its metadata, followed by its
pending writes (a pending interrupt's resume point is one), so the copy reads and resumes as the
original does.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from langchain_core.runnables import RunnableConfig
from langgraph.checkpoint.base import BaseCheckpointSaver


async def copy_thread(saver: BaseCheckpointSaver[Any], source: str, target: str) -> None:
    """Copy every checkpoint of thread `source` (every namespace) to thread `target`."""
    try:
        await saver.acopy_thread(source, target)
        return
    except NotImplementedError:
        pass
    found = [item async for item in saver.alist({"configurable": {"thread_id": source}})]
    for item in reversed(found):  # oldest first: each parent exists before its child
        configurable = item.config["configurable"]
        parent = (item.parent_config or {}).get("configurable", {}).get("checkpoint_id")
        config: RunnableConfig = {
            "configurable": {
                "thread_id": target,
                "checkpoint_ns": configurable.get("checkpoint_ns", ""),
                **({"checkpoint_id": parent} if parent else {}),
            }
        }
        checkpoint = item.checkpoint
        written = await saver.aput(
            config, checkpoint, item.metadata, dict(checkpoint["channel_versions"])
        )
        by_task: dict[str, list[tuple[str, Any]]] = defaultdict(list)
        for task_id, channel, value in item.pending_writes or ():
            by_task[task_id].append((channel, value))
        for task_id, writes in by_task.items():
            await saver.aput_writes(written, writes, task_id)
