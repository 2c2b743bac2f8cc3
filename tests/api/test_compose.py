"""The composition root: the server and the CLI are composed by one function from one settings
object, so a setting means the same on both; the CLI's runs pass the pipeline but its limiter."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from api.cli.console import follow
from api.compose import open_services
from middleware.rate_limit import RateLimited
from runtime.run_request import RunRequest
from tests.api.cli_process import run_kpl
from tests.api.conftest import make_settings
from tests.api.server import live_server

AMBIGUOUS = "帮我出几道题"
"""A message the rules alone do not settle at the default threshold."""


@pytest.mark.parametrize("strategy", ["rule_only", "llm_only", "hybrid"])
def test_the_server_routes_with_the_configured_strategy(tmp_path: Path, strategy: str) -> None:
    settings = make_settings(tmp_path, router_strategy=strategy, router_threshold=0.9)
    with live_server(settings) as url:
        decision = httpx.post(f"{url}/api/v1/route", json={"message": AMBIGUOUS}, timeout=30).json()
    assert decision["strategy"] == strategy
    # llm_only never asks the rules; the other two do (and a rule settles this message).
    assert (decision["trace"]["rules"] == []) == (strategy == "llm_only")


def test_a_content_reload_keeps_the_router_settings(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, router_strategy="rule_only")
    with live_server(settings) as url:
        reloaded = httpx.post(f"{url}/api/v1/definitions/reload", timeout=30)
        assert reloaded.status_code == 200, reloaded.text
        decision = httpx.post(f"{url}/api/v1/route", json={"message": "出3道单选题"}, timeout=30)
    assert decision.json()["strategy"] == "rule_only"


async def test_the_cli_runs_through_the_pipeline_without_the_rate_limit(tmp_path: Path) -> None:
    """One run an hour is the limit: the server's second run is refused, the operator's is not;
    the content guard, a layer of the same pipeline, refuses the operator's forbidden input."""
    settings = make_settings(tmp_path, rate_limit="1/hour", forbidden_terms=["机密"])
    request: dict[str, Any] = {"graph": "slow", "input": {"delay": 0}}
    async with open_services(settings, surface="http") as server:
        await follow(server, RunRequest(**request), progress=False)
        with pytest.raises(RateLimited):
            await follow(server, RunRequest(**request), progress=False)
    async with open_services(settings, surface="cli") as cli:
        for _ in range(3):
            result = await follow(cli, RunRequest(**request), progress=False)
            assert result.status == "success"
        guarded = RunRequest(graph="slow", input={"delay": 0, "note": "公司机密"})
        with pytest.raises(Exception, match="forbidden term"):
            await follow(cli, guarded, progress=False)


@pytest.mark.slow
def test_kpl_route_follows_the_router_settings(tmp_path: Path) -> None:
    shown = run_kpl(tmp_path, "route", AMBIGUOUS, env={"KPL_ROUTER_STRATEGY": "rule_only"})
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["strategy"] == "rule_only"
