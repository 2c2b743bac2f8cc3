"""Live reload with the real watcher (watchfiles) over a content folder in tmp_path.

Edits are saved as editors save them (a temporary file renamed over the old one) and each test
waits for the watcher's reload that follows, never for a while.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import aclosing
from pathlib import Path

import pytest
from structlog.testing import capture_logs

from graphs.library import ContentLibrary
from graphs.scenarios import Scenario
from runtime.bootstrap import Runtime, open_runtime
from runtime.content.reload import ContentWatcher
from runtime.content.status import ContentFileStatus, ReloadOutcome
from runtime.run_request import RunRequest
from tests.support.definitions import (
    GREETER,
    GREETER_CHEERING,
    GREETER_TYPO,
    TYPO_LINE,
    collect,
    content_folder,
    ending,
    live_settings,
    nodes,
    pinned_digest,
    position_of,
    save,
)


@pytest.fixture
async def live(tmp_path: Path) -> AsyncIterator[tuple[Runtime, ContentWatcher]]:
    """A runtime over a content folder holding the greeter, watched for changes."""
    content = content_folder(tmp_path, extra={"greeter.yaml": GREETER})
    async with (
        open_runtime(live_settings(tmp_path, content)) as runtime,
        ContentWatcher(runtime.content, debounce_ms=100) as watcher,
    ):
        yield runtime, watcher


async def reload_until(
    watcher: ContentWatcher, edit: Callable[[], None], done: Callable[[ReloadOutcome], bool]
) -> ReloadOutcome:
    """Make the edit, then wait for the watcher's reloads until one satisfies `done`."""
    seen = watcher.reloads
    edit()
    while True:
        outcome = await watcher.wait(seen)
        if done(outcome):
            return outcome
        seen = watcher.reloads


def greeter_file(runtime: Runtime) -> Path:
    return runtime.content.root / "graphs" / "greeter.yaml"


def shipped_practice(runtime: Runtime) -> bool:
    status = runtime.content.status_of("practice_dialogue")
    return status is not None and status.shipped


async def test_a_run_in_progress_finishes_on_its_version_and_the_next_uses_the_new(
    live: tuple[Runtime, ContentWatcher],
) -> None:
    runtime, watcher = live
    executor = runtime.executor
    before = executor.registry.get("greeter").definition_digest
    request = RunRequest(graph="greeter", input={"name": "Li Lei"})
    async with aclosing(executor.stream(request)) as events:
        seen = [await anext(events), await anext(events)]  # started, node_start greet
        assert [e.event for e in seen] == ["started", "node_start"]

        # The author saves a new version while the run is between its nodes.
        outcome = await reload_until(
            watcher,
            lambda: save(greeter_file(runtime), GREETER_CHEERING),
            lambda o: "greeter" in o.changed,
        )
        assert outcome.ok and outcome.trigger == "watch"
        after = executor.registry.get("greeter").definition_digest
        assert after != before

        seen += [event async for event in events]
    assert nodes(seen) == ["greet", "ask"]
    assert ending(seen)["status"] == "interrupted"
    assert await pinned_digest(executor, request.thread_id) == before

    # Its answer still runs the old version; a new run runs the new one.
    resumed = await collect(
        executor, RunRequest(graph="greeter", thread_id=request.thread_id, resume="fine")
    )
    assert nodes(resumed) == ["ask"]
    assert ending(resumed)["output"]["reply"] == "fine"
    fresh = await collect(executor, RunRequest(graph="greeter", input={"name": "Han Meimei"}))
    assert nodes(fresh) == ["greet", "cheer_up", "ask"]


async def test_an_invalid_edit_keeps_the_last_good_version_and_reports_where(
    live: tuple[Runtime, ContentWatcher],
) -> None:
    runtime, watcher = live
    executor = runtime.executor
    good = executor.registry.get("greeter").definition_digest

    outcome = await reload_until(
        watcher,
        lambda: save(greeter_file(runtime), GREETER_TYPO),
        lambda o: bool(o.definition_errors),
    )
    assert not outcome.ok
    assert outcome.changed == ()
    issue = outcome.definition_errors[0]
    assert issue.file.endswith("graphs/greeter.yaml")
    assert (issue.line, issue.path) == (TYPO_LINE, "nodes.greet.type")
    assert "llm_prompt" in issue.message  # the fix it suggests
    status = runtime.content.status_of("greeter")
    assert status is not None
    assert (status.status, status.active_digest) == ("invalid", good)
    assert executor.registry.get("greeter").definition_digest == good
    still = await collect(executor, RunRequest(graph="greeter", input={"name": "Li Lei"}))
    assert nodes(still) == ["greet", "ask"]

    # A file that is not even YAML keeps it too: the watcher remembers which graph it defined.
    broken = await reload_until(
        watcher,
        lambda: save(greeter_file(runtime), GREETER + "nodes: [unclosed\n"),
        lambda o: any(i.path == "(file)" for i in o.definition_errors),
    )
    assert broken.removed == ()
    assert executor.registry.get("greeter").definition_digest == good
    assert runtime.content.status_of("greeter") is not None

    # Fixing it makes the file's text what runs.
    fixed = await reload_until(
        watcher,
        lambda: save(greeter_file(runtime), GREETER_CHEERING),
        lambda o: "greeter" in o.changed,
    )
    assert fixed.ok
    status = runtime.content.status_of("greeter")
    assert status is not None and status.status == "active"
    assert status.active_digest == executor.registry.get("greeter").definition_digest != good


async def test_content_files_reload_too_and_a_bad_one_keeps_the_last_good_library(
    live: tuple[Runtime, ContentWatcher],
) -> None:
    runtime, watcher = live
    executor = runtime.executor
    libraries: list[ContentLibrary] = []
    runtime.content.listeners.append(libraries.append)
    scenario_file = runtime.content.root / "scenarios" / "objection-handling.yaml"
    text = scenario_file.read_text(encoding="utf-8")
    title = executor.context.library.get(Scenario, "objection-handling").title
    practice_version = executor.registry.get("practice_dialogue").version

    renamed = await reload_until(
        watcher,
        lambda: save(scenario_file, text.replace(title, "异议处理：新标题", 1)),
        lambda o: o.library == "reloaded",
    )
    assert renamed.ok
    assert executor.context.library.get(Scenario, "objection-handling").title == "异议处理：新标题"
    assert libraries == [executor.context.library]
    # The flows that read scenarios have a new version, so caches keyed on it do not go stale.
    assert executor.registry.get("practice_dialogue").version != practice_version

    broken = text.replace("rubric: objection-handling-rubric", "rubric: nope")
    with capture_logs() as logs:
        invalid = await reload_until(
            watcher, lambda: save(scenario_file, broken), lambda o: o.library == "invalid"
        )
    (issue,) = invalid.library_errors
    assert (issue.file, issue.path) == ("content/scenarios/objection-handling.yaml", "rubric")
    assert (issue.line, issue.column) == position_of(broken, "nope")
    assert "no rubric with id 'nope'" in issue.message and "fix the id" in issue.message
    assert str(issue) in [entry["event"] for entry in logs]  # file:line:column: path: message
    assert runtime.content.content_statuses == [ContentFileStatus(file=issue.file, errors=(issue,))]
    assert executor.context.library.get(Scenario, "objection-handling").title == "异议处理：新标题"
    assert len(libraries) == 1

    # A definition edit does not read the library again: the content file is still reported.
    still = await reload_until(
        watcher,
        lambda: save(greeter_file(runtime), GREETER_CHEERING),
        lambda o: "greeter" in o.changed,
    )
    assert (still.library, still.library_errors) == ("invalid", (issue,))
    assert runtime.content.content_statuses[0].errors == (issue,)
    fixed = await reload_until(
        watcher, lambda: save(scenario_file, text), lambda o: o.library == "reloaded"
    )
    assert fixed.ok and runtime.content.content_statuses == []


async def test_a_deleted_definition_takes_its_graph_and_a_builtin_falls_back_to_shipped(
    live: tuple[Runtime, ContentWatcher],
) -> None:
    runtime, watcher = live
    registry = runtime.executor.registry
    shipped_digest = registry.get("practice_dialogue").definition_digest

    gone = await reload_until(
        watcher,
        lambda: greeter_file(runtime).unlink(),
        lambda o: "greeter" in o.removed,
    )
    assert "greeter" not in registry.names()
    assert gone.ok

    await reload_until(
        watcher,
        lambda: (runtime.content.root / "graphs" / "practice_dialogue.yaml").unlink(),
        lambda o: shipped_practice(runtime),
    )
    status = runtime.content.status_of("practice_dialogue")
    assert status is not None and status.status == "active"
    assert status.file == "graphs/content/graphs/practice_dialogue.yaml"
    assert registry.get("practice_dialogue").definition_digest == shipped_digest
