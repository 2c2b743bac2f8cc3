"""A practice session survives a process restart: it is resumed from its SQLite checkpoint by a
new Python process (same thread id) and carries on where it stopped."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest
from langchain_core.runnables import RunnableConfig
from langgraph.checkpoint.sqlite.aio import AsyncSqliteSaver
from langgraph.types import Command

from graphs.context import FlowContext
from graphs.practice_dialogue.build import FLOW

REPO = Path(__file__).resolve().parents[3]
THREAD: RunnableConfig = {"configurable": {"thread_id": "learner-7"}}

RESUME_SCRIPT = """
import asyncio, json, sys
from langgraph.checkpoint.sqlite.aio import AsyncSqliteSaver
from langgraph.types import Command
from graphs.context import FlowContext
from graphs.library import ContentLibrary
from graphs.practice_dialogue.build import FLOW

async def main(db: str, reply: str) -> None:
    async with AsyncSqliteSaver.from_conn_string(db) as saver:
        graph = FLOW.build().compile(checkpointer=saver)
        config = {"configurable": {"thread_id": "learner-7"}}
        before = await graph.aget_state(config)
        pauses = []
        async for update in graph.astream(
            Command(resume=reply), config, context=FlowContext(library=ContentLibrary.load()),
            stream_mode="updates",
        ):
            pauses.extend(i.value for i in update.get("__interrupt__", ()))
        after = await graph.aget_state(config)
        sys.stdout.write(json.dumps({
            "pending_before": [i.value for i in before.interrupts],
            "pauses": pauses,
            "values": after.values,
        }, ensure_ascii=False))

asyncio.run(main(sys.argv[1], sys.argv[2]))
"""


async def run_here(db: Path, context: FlowContext, payload: Any) -> dict[str, Any]:
    """Run until the next interrupt in this process, with the SQLite checkpointer."""
    async with AsyncSqliteSaver.from_conn_string(str(db)) as saver:
        graph = FLOW.build().compile(checkpointer=saver)
        async for _ in graph.astream(payload, THREAD, context=context):
            pass
        return (await graph.aget_state(THREAD)).values


@pytest.mark.slow
async def test_a_session_resumes_in_a_new_process(
    tmp_path: Path, offline_context: FlowContext
) -> None:
    db = tmp_path / "threads.sqlite"
    await run_here(db, offline_context, {"scenario": "objection-handling"})
    here = await run_here(
        db,
        offline_context,
        Command(resume="您好，欢迎，我是会籍顾问小李，感谢您来，方便聊几分钟吗？"),
    )
    assert here["turn"] == 2 and here["stage"] == "discovery"

    script = tmp_path / "resume.py"
    script.write_text(RESUME_SCRIPT, encoding="utf-8")
    reply = "理解您的顾虑。您健身主要的目标是什么？是想减脂吗？"
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        str(script),
        str(db),
        reply,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    stdout, stderr = await process.communicate()
    assert process.returncode == 0, stderr.decode()
    out = json.loads(stdout)

    # The new process found the pending question of turn 2, answered it, and asked turn 3.
    assert out["pending_before"][0]["turn"] == 2
    values = out["values"]
    assert values["transcript"][: len(here["transcript"])] == here["transcript"]
    assert values["transcript"][len(here["transcript"])] == {
        "role": "learner",
        "text": reply,
        "turn": 2,
        "stage": "discovery",
    }
    assert values["turn"] == 3
    assert [e["turn"] for e in values["turn_evaluations"]] == [1, 2]
    assert values["turn_evaluations"][1]["covered"][0]["text"] == "询问健身目标"
    assert (
        out["pauses"][0]["turn"] == 3
        and out["pauses"][0]["prompt"] == values["transcript"][-1]["text"]
    )
