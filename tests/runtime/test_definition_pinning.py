"""A thread runs the definition version it started on: after the author's edit, and after a restart.

The real wiring (`open_runtime`: SQLite checkpoints and store, the definition archive, the content
folder's definitions) over a copy of the shipped content; a "restart" closes everything and opens
it again over the same database file and content folder.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from langchain_core.runnables import RunnableConfig

from runtime.bootstrap import open_runtime
from runtime.content.archive import NAMESPACE
from runtime.errors import PinnedVersionUnavailable
from runtime.registry import GraphRegistry
from runtime.run_request import RunRequest
from tests.runtime.conftest import delete_redis_keys
from tests.support.definitions import (
    GREETER,
    GREETER_CHEERING,
    PRACTICE_INPUT,
    REPLIES,
    coached_practice,
    collect,
    content_folder,
    ending,
    live_settings,
    nodes,
    pinned_digest,
    save,
)

PRACTICE = "practice_dialogue"
REDIS_URL = "redis://127.0.0.1:6379/13"


@pytest.fixture(params=["sqlite", "redis", "postgres"])
def checkpoint_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[dict[str, str]]:
    """Checkpoints, thread records and the definition archive on each persistent backend.

    Redis: DB 13 with a key prefix of this test's own, deleted afterwards; Postgres: the module's
    fresh database (tests/runtime/conftest.py).
    """
    if request.param == "sqlite":
        yield {"checkpoint_url": f"sqlite:///{tmp_path}/kpl.db"}
    elif request.param == "redis":
        prefix = f"kpl-pinning-{uuid.uuid4().hex}"
        yield {"checkpoint_url": REDIS_URL, "redis_prefix": prefix}
        delete_redis_keys(REDIS_URL, prefix)
    else:
        yield {"checkpoint_url": request.getfixturevalue("postgres_url")}


async def test_a_paused_practice_resumes_on_its_version_after_an_edit_and_a_restart(
    tmp_path: Path, checkpoint_url: dict[str, str]
) -> None:
    content = content_folder(tmp_path)
    settings = live_settings(tmp_path, content, **checkpoint_url)
    practice_file = content / "graphs" / "practice_dialogue.yaml"

    async with open_runtime(settings) as runtime:
        executor = runtime.executor
        original = executor.registry.get(PRACTICE).definition_digest
        assert original is not None
        old = RunRequest(graph=PRACTICE, input=PRACTICE_INPUT)
        assert (await executor.invoke(old)).status == "interrupted"
        assert await pinned_digest(executor, old.thread_id) == original

        save(practice_file, coached_practice(practice_file.read_text(encoding="utf-8")))
        outcome = runtime.content.reload()
        assert outcome.changed == (PRACTICE,)
        coached = executor.registry.get(PRACTICE).definition_digest
        assert coached not in (None, original)

        # The paused thread answers on the version it started with: no coaching node.
        resumed = await collect(
            executor, RunRequest(graph=PRACTICE, thread_id=old.thread_id, resume=REPLIES[0])
        )
        assert ending(resumed)["status"] == "interrupted"
        assert "evaluate_turn" in nodes(resumed)
        assert "coach" not in nodes(resumed)
        assert await pinned_digest(executor, old.thread_id) == original

        # A new session runs the new version.
        new = RunRequest(graph=PRACTICE, input=PRACTICE_INPUT)
        assert (await executor.invoke(new)).status == "interrupted"
        coached_turn = await collect(
            executor, RunRequest(graph=PRACTICE, thread_id=new.thread_id, resume=REPLIES[0])
        )
        assert nodes(coached_turn).index("coach") == nodes(coached_turn).index("evaluate_turn") + 1
        assert await pinned_digest(executor, new.thread_id) == coached

    # Restart: nothing of the old version is in memory any more, only in the archive.
    async with open_runtime(settings) as runtime:
        executor = runtime.executor
        assert executor.registry.get(PRACTICE).definition_digest == coached
        assert executor.registry.version(PRACTICE, original) is None
        second = await collect(
            executor, RunRequest(graph=PRACTICE, thread_id=old.thread_id, resume=REPLIES[1])
        )
        assert ending(second)["status"] == "interrupted", ending(second)
        assert "evaluate_turn" in nodes(second)
        assert "coach" not in nodes(second)
        assert ending(second)["output"]["turn"] == 3  # the same session, one turn further
        assert await pinned_digest(executor, old.thread_id) == original
        assert executor.registry.version(PRACTICE, original) is not None  # rebuilt, kept

        third = await collect(
            executor, RunRequest(graph=PRACTICE, thread_id=new.thread_id, resume=REPLIES[1])
        )
        assert "coach" in nodes(third)
        assert await pinned_digest(executor, new.thread_id) == coached


async def test_fresh_input_on_an_old_thread_runs_the_current_version(tmp_path: Path) -> None:
    content = content_folder(tmp_path, extra={"greeter.yaml": GREETER})
    async with open_runtime(live_settings(tmp_path, content)) as runtime:
        executor = runtime.executor
        first = RunRequest(graph="greeter", input={"name": "Li Lei"})
        assert (await executor.invoke(first)).status == "interrupted"
        save(content / "graphs" / "greeter.yaml", GREETER_CHEERING)
        assert runtime.content.reload().changed == ("greeter",)
        again = await collect(
            executor, RunRequest(graph="greeter", thread_id=first.thread_id, input={"name": "Han"})
        )
        assert nodes(again) == ["greet", "cheer_up", "ask"]
        assert await pinned_digest(executor, first.thread_id) == (
            executor.registry.get("greeter").definition_digest
        )


async def test_a_version_neither_loaded_nor_archived_fails_with_a_clear_error(
    tmp_path: Path,
) -> None:
    content = content_folder(tmp_path, extra={"greeter.yaml": GREETER})
    settings = live_settings(tmp_path, content)
    async with open_runtime(settings) as runtime:
        paused = RunRequest(graph="greeter", input={"name": "Li Lei"})
        assert (await runtime.executor.invoke(paused)).status == "interrupted"
        original = await pinned_digest(runtime.executor, paused.thread_id)
    save(content / "graphs" / "greeter.yaml", GREETER_CHEERING)
    async with open_runtime(settings) as runtime:
        archive = runtime.executor.archive
        assert archive is not None and original is not None
        archived = await archive.get("greeter", original)
        assert archived is not None and archived.text == GREETER
        await archive.store.adelete((*NAMESPACE, "greeter"), original)
        # Found before the run starts, so raised (an API run reports it as its `error` event).
        with pytest.raises(PinnedVersionUnavailable) as error:
            await collect(
                runtime.executor,
                RunRequest(graph="greeter", thread_id=paused.thread_id, resume="ok"),
            )
    assert error.value.code == "unavailable"
    assert f"version {original} of graph 'greeter'" in error.value.message
    assert "restore that definition file" in error.value.message


def test_swapping_keeps_displaced_definition_versions(tmp_path: Path) -> None:
    from graphs.definitions.loader import validate_text
    from graphs.library import ContentLibrary

    library = ContentLibrary.load(content_folder(tmp_path))
    registry = GraphRegistry()
    first, second = (
        registry.from_definition(validate_text(text).definition, library)  # type: ignore[arg-type]
        for text in (GREETER, GREETER_CHEERING)
    )
    registry.swap([first])
    registry.swap([second])
    assert registry.get("greeter") is second
    assert registry.version("greeter", second.definition_digest or "") is second
    assert registry.version("greeter", first.definition_digest or "") is first
    registry.swap([], remove=["greeter"])
    assert "greeter" not in registry.names()
    assert registry.version("greeter", second.definition_digest or "") is second


async def test_a_paused_thread_is_read_with_the_version_it_paused_in(tmp_path: Path) -> None:
    content = content_folder(tmp_path, extra={"greeter.yaml": GREETER})
    async with open_runtime(live_settings(tmp_path, content)) as runtime:
        executor = runtime.executor
        paused = RunRequest(graph="greeter", input={"name": "Li Lei"})
        assert (await executor.invoke(paused)).status == "interrupted"
        # The author renames the node that asks: the current version has no `ask` node.
        renamed = GREETER.replace("  ask:\n", "  question:\n").replace(
            "target: ask}", "target: question}"
        )
        save(
            content / "graphs" / "greeter.yaml",
            renamed.replace("{source: ask,", "{source: question,"),
        )
        assert runtime.content.reload().changed == ("greeter",)
        config: RunnableConfig = {"configurable": {"thread_id": paused.thread_id}}

        current = await executor.compiled("greeter").aget_state(config)
        assert current.interrupts == ()  # read with the new nodes, the pause is not seen
        pinned = await (await executor.thread_compiled("greeter", paused.thread_id)).aget_state(
            config
        )
        assert [i.value["node"] for i in pinned.interrupts] == ["ask"]
        assert pinned.next == ("ask",)
