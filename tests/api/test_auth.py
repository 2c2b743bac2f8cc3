"""Identity and ownership: API keys and JWTs, EventSource's query token, 404 for others' threads."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import httpx
import jwt
import pytest

from api.app import create_app
from tests.api.conftest import make_settings
from tests.api.server import live_server
from tests.api.sse_client import read_all

SECRET = "s3cret-for-tests-only-32-bytes!!"


def token(claims: dict[str, Any], *, lifetime_s: float | None = 600) -> str:
    """A JWT signed with the test secret, expiring `lifetime_s` from now (None: no `exp`)."""
    if lifetime_s is not None:
        claims = {"exp": int(time.time() + lifetime_s), **claims}
    return jwt.encode(claims, SECRET, algorithm="HS256")


async def test_api_keys_and_thread_ownership(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, auth="apikey", api_keys={"k-alice": "alice", "k-bob": "bob"})
    with live_server(settings) as url:
        async with httpx.AsyncClient(base_url=f"{url}/api/v1") as client:
            anonymous = await client.post("/threads")
            assert anonymous.status_code == 401
            assert anonymous.json()["error"]["code"] == "unauthorized"
            assert (
                await client.post("/threads", headers={"Authorization": "Bearer nope"})
            ).status_code == 401

            alice = {"Authorization": "Bearer k-alice"}
            thread_id = (await client.post("/threads", headers=alice)).json()["thread_id"]
            assert (await client.get(f"/threads/{thread_id}", headers=alice)).status_code == 200
            by_query = await client.get(f"/threads/{thread_id}", params={"access_token": "k-alice"})
            assert by_query.status_code == 200
            async with httpx.AsyncClient(
                base_url=f"{url}/api/v1", cookies={"kpl_token": "k-alice"}
            ) as jar:
                assert (await jar.get(f"/threads/{thread_id}")).status_code == 200

            bob = {"Authorization": "Bearer k-bob"}
            as_bob = await client.get(f"/threads/{thread_id}", headers=bob)
            nonexistent = await client.get("/threads/does-not-exist", headers=bob)
            assert as_bob.status_code == nonexistent.status_code == 404
            assert as_bob.json()["error"]["code"] == "not_found"
            run_as_bob = await client.post(
                f"/threads/{thread_id}/runs", json={"graph": "slow", "input": {}}, headers=bob
            )
            assert run_as_bob.status_code == 404


async def test_jwt_subject_is_the_user(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, auth="jwt", jwt_secret="s3cret-for-tests-only-32-bytes!!")
    with live_server(settings) as url:
        good = token({"sub": "carol"})
        forged = jwt.encode(
            {"sub": "carol", "exp": int(time.time()) + 60},
            "another-secret-of-32-bytes-long!",
            algorithm="HS256",
        )
        async with httpx.AsyncClient(base_url=f"{url}/api/v1") as client:
            created = await client.post("/threads", headers={"Authorization": f"Bearer {good}"})
            assert created.status_code == 201
            rejected = await client.post("/threads", headers={"Authorization": f"Bearer {forged}"})
            assert rejected.status_code == 401
            assert "invalid token" in rejected.json()["error"]["message"]


def refused_tokens() -> dict[str, tuple[str, str]]:
    """Each refused token with the reason its refusal names, signed when the test runs: a token
    signed at import expires while a loaded machine is still collecting ("issued-long-ago" lives 60 s)."""
    now = int(time.time())
    return {
        "no-exp": (token({"sub": "carol"}, lifetime_s=None), "exp"),
        "expired": (token({"sub": "carol"}, lifetime_s=-3600), "expired"),
        "too-long": (token({"sub": "carol"}, lifetime_s=2 * 3600), "longer than the 3600 s"),
        "issued-long-ago": (
            token({"sub": "carol", "iat": now - 7200}, lifetime_s=60),
            "longer than the 3600 s",
        ),
        "no-sub": (token({}), "sub"),
        "empty-sub": (token({"sub": ""}), "sub"),
        "blank-sub": (token({"sub": "   "}), "sub"),
        "control-sub": (token({"sub": "ca\nrol"}), "sub"),
        "number-sub": (token({"sub": 42}), "ubject"),
    }


@pytest.mark.parametrize("name", sorted(refused_tokens()))
async def test_a_jwt_needs_a_bounded_exp_and_a_real_subject(tmp_path: Path, name: str) -> None:
    settings = make_settings(tmp_path, auth="jwt", jwt_secret=SECRET, jwt_max_age_s=3600)
    app = create_app(settings)
    bad, reason = refused_tokens()[name]
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://kpl.test") as client:
            refused = await client.post(
                "/api/v1/threads", headers={"Authorization": f"Bearer {bad}"}
            )
            admitted = await client.post(
                "/api/v1/threads",
                headers={
                    "Authorization": f"Bearer {token({'sub': ' carol ', 'iat': int(time.time())})}"
                },
            )
            thread_id = admitted.json()["thread_id"]
            # The user the HTTP layer admitted is the one the run pipeline accepts.
            async with client.stream(
                "POST",
                f"/api/v1/threads/{thread_id}/runs/stream",
                json={"graph": "help", "input": {"question": "你能做什么？"}},
                headers={"Authorization": f"Bearer {token({'sub': 'carol'})}"},
            ) as run:
                frames = await read_all(run)
    assert refused.status_code == 401
    assert refused.json()["error"]["code"] == "unauthorized"
    assert reason in refused.json()["error"]["message"]
    assert admitted.status_code == 201
    assert frames[-1].event == "completed"
