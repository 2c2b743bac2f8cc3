"""Secrets stay out of logs and answers: credentials in query strings, server paths."""

from __future__ import annotations

import logging
from pathlib import Path

import httpx
import pytest

from api.access_log import redact_query
from api.app import create_app
from tests.api.conftest import make_settings
from tests.api.server import free_port_between, live_server
from tests.support.definitions import content_folder

PROJECT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("target", "shown"),
    [
        (
            "/api/v1/chat/stream?access_token=s3cret&message=hi",
            "/api/v1/chat/stream?access_token=***&message=hi",
        ),
        (
            "/x?message=hi&access_token=a&access_token=b",
            "/x?message=hi&access_token=***&access_token=***",
        ),
        (
            "/x?api_key=k&X-Amz-Signature=sig&ticket=t&pwd=p",
            "/x?api_key=***&X-Amz-Signature=***&ticket=***&pwd=***",
        ),
        ("/x?access%5Ftoken=s3cret", "/x?access%5Ftoken=***"),
        ("/x?thread_id=t1&message=token", "/x?thread_id=t1&message=token"),
        ("/healthz", "/healthz"),
    ],
)
def test_credential_parameters_are_masked(target: str, shown: str) -> None:
    assert redact_query(target) == shown


def test_uvicorns_access_log_never_shows_an_access_token(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    settings = make_settings(tmp_path, auth="apikey", api_keys={"long-lived-key-1": "alice"})
    with (
        caplog.at_level(logging.INFO, logger="uvicorn.access"),
        live_server(settings, port=free_port_between(18500, 18599)) as url,
    ):
        answer = httpx.get(
            f"{url}/api/v1/graphs", params={"access_token": "long-lived-key-1", "x": "visible"}
        )
        assert answer.status_code == 200
    lines = [r.getMessage() for r in caplog.records if r.name == "uvicorn.access"]
    assert any("/api/v1/graphs?access_token=***&x=visible" in line for line in lines), lines
    assert not any("long-lived-key-1" in line for line in lines)


@pytest.mark.parametrize("own_folder", [False, True])
async def test_the_definitions_listing_names_no_server_path(
    tmp_path: Path, own_folder: bool
) -> None:
    overrides = {"content_dir": content_folder(tmp_path / "site")} if own_folder else {}
    app = create_app(make_settings(tmp_path, **overrides))
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://kpl.test") as client:
            answer = await client.get("/api/v1/definitions")
    listing = answer.json()
    assert listing["root"] == ("content" if own_folder else "graphs/content")
    for absolute in (str(tmp_path), str(PROJECT)):
        assert absolute not in answer.text
