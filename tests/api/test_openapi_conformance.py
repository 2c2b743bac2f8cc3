"""The API against its own OpenAPI document, with schemathesis, through a real uvicorn server.

Every documented operation gets a few generated requests, valid ones and (where it has parameters
or a body) invalid ones; no answer may be a 5xx, and every answer's status, content type, headers
and body must be what the document says. Examples are few and derandomized, so the run is the
same every time and fits CI's budget; a failure prints the curl command that reproduces it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, assume, given, settings
from schemathesis import GenerationMode
from schemathesis import checks as st_checks
from schemathesis.core.result import Err, Ok

from api.app import create_app
from tests.api.conftest import make_settings
from tests.api.server import free_port_between, live_server

pytestmark = pytest.mark.slow

EXAMPLES = 6
"""Generated requests per operation and mode: enough to reach every parameter, few enough for CI."""
MAX_URL = 8000
"""Longer URLs are refused by the HTTP servers in front of the app (nginx: 8 KB of request line;
uvicorn: 16 KB of headers) before the app sees them: the document cannot speak for those."""


@schemathesis.check
def not_a_server_error_but_not_served(ctx: Any, response: Any, case: Any) -> bool | None:
    """A 5xx is a failure, but for the LangGraph Platform API's documented 501: a part of that
    API this server does not serve (api/routes/langgraph/errors.py), named in `details.part`."""
    if response.status_code == 501 and case.operation.path.startswith("/langgraph/"):
        assert "part" in response.json()["error"]["details"]
        return None
    result: bool | None = st_checks.not_a_server_error(ctx, response, case)
    return result


CHECKS = [
    not_a_server_error_but_not_served,
    st_checks.status_code_conformance,
    st_checks.content_type_conformance,
    st_checks.response_headers_conformance,
    st_checks.response_schema_conformance,
]


def operation(result: Ok[Any] | Err[Any]) -> Any:
    """An operation of the schema; one the schema cannot describe fails the module at once."""
    if isinstance(result, Err):
        raise result.err()
    return result.ok()


DOCUMENT: dict[str, Any] = create_app(make_settings(Path("/nonexistent"))).openapi()
SCHEMA = schemathesis.openapi.from_dict(DOCUMENT)
OPERATIONS = {
    f"{op.method.upper()} {op.path}": op
    for op in (operation(r) for r in SCHEMA.get_all_operations())
}
WITH_INPUT = [
    name
    for name, op in OPERATIONS.items()
    if op.body or any(p.location in ("query", "header") for p in op.iter_parameters())
]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with live_server(
        make_settings(tmp_path_factory.mktemp("conformance")), port=free_port_between(18500, 18599)
    ) as url:
        yield url


def conforms(operation: Any, mode: GenerationMode, base_url: str) -> None:
    """Send `EXAMPLES` generated requests to the operation and check every answer."""

    @settings(
        max_examples=EXAMPLES,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy(generation_mode=mode))
    def check(case: Any) -> None:
        prepared = requests.Request(**case.as_transport_kwargs(base_url=base_url)).prepare()
        assume(len(prepared.url or "") <= MAX_URL)
        case.call_and_validate(base_url=base_url, checks=CHECKS, timeout=60)

    check()


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_valid_requests_get_documented_answers(server: str, name: str) -> None:
    conforms(OPERATIONS[name], GenerationMode.POSITIVE, server)


@pytest.mark.parametrize("name", sorted(WITH_INPUT))
def test_invalid_requests_get_documented_4xx(server: str, name: str) -> None:
    conforms(OPERATIONS[name], GenerationMode.NEGATIVE, server)


def template_matches(template: str, path: str) -> bool:
    return re.fullmatch(re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template)), path) is not None


@pytest.mark.parametrize("path", sorted(DOCUMENT["paths"]))
def test_an_undocumented_method_is_a_405_naming_the_documented_ones(server: str, path: str) -> None:
    documented = {m.upper() for m in DOCUMENT["paths"][path]}
    concrete = path.replace("{thread_id}", "t1").replace("{run_id}", "r1")
    concrete = concrete.replace("{name}", "help").replace("{graph}", "help")
    # `GET /graphs/validate` is `GET /graphs/{name}`: a method another template takes is no 405.
    served = {
        m.upper()
        for t, ops in DOCUMENT["paths"].items()
        if template_matches(t, concrete)
        for m in ops
    }
    unsupported = sorted({"GET", "POST", "PUT", "PATCH", "DELETE"} - served)
    assert unsupported
    for method in unsupported:
        response = httpx.request(method, server + concrete)
        assert response.status_code == 405, (method, concrete)
        allowed = {m.strip() for m in response.headers["allow"].split(",")}
        assert allowed == documented, (method, concrete)
        assert response.json()["error"]["code"] == "invalid_request"
