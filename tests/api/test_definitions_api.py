"""Graph definitions over real HTTP: validate, the listing with statuses, live reload, dry runs.

A real uvicorn server over a copy of the shipped content in tmp_path (plus the greeter
definition), with the watcher on; edits are saved into that folder as an editor saves them.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from api.app import create_app
from graphs.definitions.yaml_limits import DEFAULT_LIMITS
from tests.api.conftest import make_settings
from tests.api.server import live_server
from tests.api.sse_client import Frame, read_all
from tests.support.definitions import (
    GREETER,
    GREETER_CHEERING,
    GREETER_TYPO,
    PRACTICE_INPUT,
    REPLIES,
    RULES_CONFLICT,
    TYPO_LINE,
    content_folder,
    position_of,
    save,
)

pytestmark = pytest.mark.slow

YAML = {"Content-Type": "text/yaml; charset=utf-8"}
POLL_PAUSE_S = 0.05  # between two looks at a condition; never a measure of how long anything takes


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """The served content folder: the shipped content plus the greeter."""
    return content_folder(tmp_path, extra={"greeter.yaml": GREETER})


@pytest.fixture
def server(tmp_path: Path, content: Path) -> Iterator[str]:
    """A server over `content`, watching it."""
    settings = make_settings(
        tmp_path, content_dir=content, reload=True, reload_debounce_ms=100, max_body_bytes=4096
    )
    with live_server(settings) as url:
        yield url


@pytest.fixture
async def client(server: str) -> AsyncIterator[httpx.AsyncClient]:
    """An HTTP client for the server's API."""
    async with httpx.AsyncClient(base_url=f"{server}/api/v1", timeout=60) as http:
        yield http


async def until(client: httpx.AsyncClient, path: str, done: Callable[[Any], bool]) -> Any:
    """GET `path` until its JSON satisfies `done` (the watcher works in the server's own time)."""
    while True:
        answer = (await client.get(path)).raise_for_status().json()
        if done(answer):
            return answer
        await asyncio.sleep(POLL_PAUSE_S)


def definition(listing: dict[str, Any], graph: str) -> dict[str, Any]:
    return next(d for d in listing["definitions"] if d["id"] == graph)


def summary(graphs: list[dict[str, Any]], name: str) -> dict[str, Any]:
    return next(g for g in graphs if g["name"] == name)


async def run_nodes(client: httpx.AsyncClient, graph: str, body: dict[str, Any]) -> list[str]:
    thread = (await client.post("/threads", json={})).json()["thread_id"]
    async with client.stream(
        "POST", f"/threads/{thread}/runs/stream", json={"graph": graph, **body}
    ) as response:
        frames = await read_all(response)
    assert frames[-1].event == "completed", frames[-1]
    return [f.data["node"] for f in frames if f.event == "node_start"]


async def test_validate_reports_every_problem_with_line_and_path(
    client: httpx.AsyncClient,
) -> None:
    valid = await client.post("/graphs/validate", content=GREETER, headers=YAML)
    assert valid.status_code == 200
    assert valid.json() == {"valid": True, "errors": []}

    two_mistakes = GREETER_TYPO.replace("{source: ask, target: END}", "{source: ask, target: bye}")
    answer = await client.post(
        "/graphs/validate?file=mine.yaml", content=two_mistakes.encode(), headers=YAML
    )
    assert answer.status_code == 200
    body = answer.json()
    assert body["valid"] is False
    by_path = {error["path"]: error for error in body["errors"]}
    assert {"nodes.greet.type", "edges[1].target"} <= set(by_path)
    typo = by_path["nodes.greet.type"]
    assert (typo["file"], typo["line"]) == ("mine.yaml", TYPO_LINE)
    assert typo["column"] >= 1 and "llm_prompt" in typo["message"]
    assert "bye" in by_path["edges[1].target"]["message"]

    not_yaml = await client.post("/graphs/validate", content="kind: [", headers=YAML)
    assert not_yaml.json()["valid"] is False
    assert not_yaml.json()["errors"][0]["line"] == 1


async def test_validate_refuses_what_is_not_yaml_text(client: httpx.AsyncClient) -> None:
    wrong_type = await client.post("/graphs/validate", json={"text": GREETER})
    assert wrong_type.status_code == 422
    assert wrong_type.json()["error"]["code"] == "invalid_request"
    assert "text/yaml" in wrong_type.json()["error"]["message"]
    too_big = await client.post("/graphs/validate", content="#" * 5000, headers=YAML)
    assert too_big.status_code == 413
    assert too_big.json()["error"]["code"] == "payload_too_large"
    not_utf8 = await client.post("/graphs/validate", content=b"id: \xff\xfe", headers=YAML)
    assert not_utf8.status_code == 422


async def test_the_listing_follows_live_edits_and_runs_use_the_last_good_version(
    client: httpx.AsyncClient, content: Path
) -> None:
    listing = (await client.get("/definitions")).json()
    assert listing["reload"] is True
    greeter = definition(listing, "greeter")
    assert greeter["status"] == "active" and greeter["errors"] == []
    assert greeter["file"] == "content/graphs/greeter.yaml"
    good = greeter["active_digest"]
    graphs = (await client.get("/graphs")).json()
    assert summary(graphs, "greeter")["source"] == "definition"
    assert summary(graphs, "greeter")["digest"] == good
    assert summary(graphs, "slow")["digest"] is None  # a developer's Python graph

    save(content / "graphs" / "greeter.yaml", GREETER_TYPO)
    listing = await until(
        client, "/definitions", lambda d: definition(d, "greeter")["status"] == "invalid"
    )
    greeter = definition(listing, "greeter")
    assert greeter["active_digest"] == good  # still served
    assert greeter["errors"][0]["line"] == TYPO_LINE
    assert listing["last_reload"]["ok"] is False
    assert listing["last_reload"]["trigger"] == "watch"
    shown = summary((await client.get("/graphs")).json(), "greeter")
    assert (shown["status"], shown["digest"]) == ("invalid", good)
    assert shown["errors"][0]["path"] == "nodes.greet.type"
    assert await run_nodes(client, "greeter", {"input": {"name": "Li"}}) == ["greet", "ask"]

    save(content / "graphs" / "greeter.yaml", GREETER_CHEERING)
    await until(client, "/definitions", lambda d: definition(d, "greeter")["status"] == "active")
    assert await run_nodes(client, "greeter", {"input": {"name": "Li"}}) == [
        "greet",
        "cheer_up",
        "ask",
    ]
    text = (await client.get("/definitions/greeter")).json()
    assert text["text"] == GREETER_CHEERING and text["version"] == "2"
    assert (await client.get("/definitions/slow")).status_code == 404


async def test_dry_run_streams_a_definition_on_a_thread_of_its_own(
    client: httpx.AsyncClient, tmp_path: Path
) -> None:
    practice = (await client.get("/definitions/practice_dialogue")).json()["text"]
    body = {"text": practice, "input": PRACTICE_INPUT, "replies": [REPLIES[0]]}
    async with client.stream("POST", "/definitions/dry-run", json=body) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        frames: list[Frame] = await read_all(response)
    assert frames[0].retry == 3000
    events = [f.event for f in frames[1:]]
    assert events.count("started") == 2 and events.count("interrupt") == 2
    ends = [f.data for f in frames if f.event == "completed"]
    assert [e["status"] for e in ends] == ["interrupted", "interrupted"]
    assert ends[-1]["output"]["turn"] == 2
    ids = [f.id for f in frames[1:]]
    assert len(set(ids)) == len(ids) and all(ids)
    # Nothing was saved where real threads live: no checkpoint names its thread.
    thread = next(f.data["thread_id"] for f in frames if f.event == "started")
    with sqlite3.connect(tmp_path / "kpl.db") as db:
        (saved,) = db.execute(
            "SELECT count(*) FROM checkpoints WHERE thread_id = ?", (thread,)
        ).fetchone()
        (any_saved,) = db.execute("SELECT count(*) FROM checkpoints").fetchone()
    assert saved == 0
    assert any_saved == 0  # this test ran nothing else


async def test_dry_run_refuses_an_invalid_text_or_input_before_streaming(
    client: httpx.AsyncClient,
) -> None:
    invalid = await client.post("/definitions/dry-run", json={"text": GREETER_TYPO})
    assert invalid.status_code == 422
    errors = invalid.json()["error"]["details"]["errors"]
    assert errors[0]["path"] == "nodes.greet.type" and errors[0]["line"] == TYPO_LINE
    bad_input = await client.post(
        "/definitions/dry-run", json={"text": GREETER, "input": {"nobody": "expects this"}}
    )
    assert bad_input.status_code == 422
    assert "nobody" in bad_input.json()["error"]["message"]


async def test_validate_takes_every_kind_of_file(client: httpx.AsyncClient, content: Path) -> None:
    rubric = (content / "rubrics" / "english-upsell-rubric.yaml").read_text(encoding="utf-8")
    valid = await client.post("/graphs/validate", content=rubric.encode(), headers=YAML)
    assert valid.json() == {"valid": True, "errors": []}

    heavy = rubric.replace(
        "weight: 0.15\n    measures: questions", "weight: 0.25\n    measures: questions"
    )
    answer = (
        await client.post("/graphs/validate?file=rubric.yaml", content=heavy.encode(), headers=YAML)
    ).json()
    assert answer["valid"] is False
    (error,) = answer["errors"]
    assert (error["file"], error["path"]) == ("rubric.yaml", "criteria")
    assert (error["line"], error["column"]) == position_of(heavy, "- id: questions")
    assert "weights must add up to 1.0, got 1.1" in error["message"]

    blueprint = "kind: blueprint\nid: b\ncourse: coffee-servce-en\nblueprint: {true_false: 2}\n"
    (error,) = (await client.post("/graphs/validate", content=blueprint, headers=YAML)).json()[
        "errors"
    ]
    assert (error["path"], error["line"], error["column"]) == ("course", 3, 9)
    assert "did you mean 'coffee-service-en'" in error["message"]

    (error,) = (await client.post("/graphs/validate", content=RULES_CONFLICT, headers=YAML)).json()[
        "errors"
    ]
    assert error["path"] == "rules[1]"
    assert (error["line"], error["column"]) == position_of(RULES_CONFLICT, "name: quiz-help")
    assert "overlaps rule 'quiz-me'" in error["message"]


async def test_the_listing_shows_a_bad_content_file_located_until_it_is_fixed(
    client: httpx.AsyncClient, content: Path
) -> None:
    path = content / "rubrics" / "english-upsell-rubric.yaml"
    good = path.read_text(encoding="utf-8")
    heavy = good.replace(
        "weight: 0.15\n    measures: questions", "weight: 0.25\n    measures: questions"
    )
    save(path, heavy)
    listing = await until(client, "/definitions", lambda d: bool(d["content"]))
    (entry,) = listing["content"]
    assert (entry["file"], entry["status"]) == (
        "content/rubrics/english-upsell-rubric.yaml",
        "invalid",
    )
    (error,) = entry["errors"]
    assert (error["path"], error["file"]) == ("criteria", entry["file"])
    assert (error["line"], error["column"]) == position_of(heavy, "- id: questions")
    assert listing["last_reload"]["library"] == "invalid"
    assert listing["last_reload"]["library_errors"] == [error]
    # The last good library still serves: the practice that uses the rubric still runs.
    assert "load_scenario" in await run_nodes(
        client, "practice_dialogue", {"input": {"scenario": "english-upsell"}}
    )

    save(path, good)
    fixed = await until(client, "/definitions", lambda d: not d["content"])
    assert fixed["last_reload"]["ok"] is True


BOMBS = Path(__file__).parents[1] / "graphs" / "definitions" / "bombs"


@pytest.fixture
async def app_client(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    """The real app in-process (httpx's ASGI transport), over the shipped content."""
    app = create_app(make_settings(tmp_path))
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://kpl.test") as http:
            yield http


@pytest.mark.parametrize(
    ("bomb", "limit", "line", "path"),
    [
        ("billion_laughs.yaml", "max_values", 7, "e[5]"),
        ("long_text_echo.yaml", "max_expanded_chars", 7, "d[5]"),
        ("endless.yaml", "recursive_alias", 5, "topics[0].more"),
        ("deep_nesting.yaml", "max_depth", 3, "criteria"),
    ],
)
async def test_a_yaml_bomb_is_refused_with_its_located_error(
    app_client: httpx.AsyncClient, bomb: str, limit: str, line: int, path: str
) -> None:
    text = (BOMBS / bomb).read_bytes()
    answer = await app_client.post(
        f"/api/v1/graphs/validate?file={bomb}", content=text, headers=YAML
    )
    assert answer.status_code == 422
    error = answer.json()["error"]
    assert error["code"] == "invalid_request"
    assert "parser limit" in error["message"]
    (located,) = error["details"]["errors"]
    assert (located["file"], located["line"], located["path"]) == (bomb, line, path)
    assert located["column"] >= 1 and ": " in located["message"]

    dry_run = await app_client.post("/api/v1/definitions/dry-run", json={"text": text.decode()})
    assert dry_run.status_code == 422
    assert [e["path"] for e in dry_run.json()["error"]["details"]["errors"]] == [path]
    assert (await app_client.get("/healthz")).status_code == 200


async def test_a_text_over_the_size_limit_is_refused_at_its_first_byte_over(
    app_client: httpx.AsyncClient,
) -> None:
    limit = DEFAULT_LIMITS.max_bytes
    text = "kind: scenario\nid: long\ndescription: " + "x" * (limit + 10_000) + "\n"
    answer = await app_client.post("/api/v1/graphs/validate", content=text, headers=YAML)
    assert answer.status_code == 422
    (located,) = answer.json()["error"]["details"]["errors"]
    assert (located["line"], located["path"]) == (3, "(file)")
    assert f"over the limit of {limit:,}" in located["message"]


async def test_an_expression_past_its_budget_ends_the_dry_run_with_its_error(
    app_client: httpx.AsyncClient,
) -> None:
    text = GREETER.replace("Say hello to {{ name }}.", "Hello {{ len((name * 10000) * 10000) }}.")
    body = {"text": text, "input": {"name": "Ann"}}
    async with app_client.stream("POST", "/api/v1/definitions/dry-run", json=body) as response:
        assert response.status_code == 200
        frames = await read_all(response)
    (error,) = [f.data for f in frames if f.event == "error"]
    assert error["code"] == "invalid_request"
    assert "300,000,000 characters" in error["message"] and "max_size" in error["message"]


async def test_an_expression_nested_3000_deep_is_a_located_error(
    app_client: httpx.AsyncClient,
) -> None:
    deep = "-" * 3000 + "1"
    text = GREETER.replace("Say hello to {{ name }}.", "Hello {{ " + deep + " }}.")
    answer = await app_client.post("/api/v1/graphs/validate", content=text, headers=YAML)
    assert answer.status_code == 200
    (error,) = answer.json()["errors"]
    assert error["path"] == "nodes.greet.params.prompt"
    assert error["line"] == position_of(text, "Hello")[0]
    assert "max_source" in error["message"]
