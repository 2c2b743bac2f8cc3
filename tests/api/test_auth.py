"""Identity and ownership: API keys and JWTs, EventSource's query token, 404 for others' threads."""

from __future__ import annotations

from pathlib import Path

import httpx
import jwt

from tests.api.conftest import make_settings
from tests.api.server import live_server


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
        good = jwt.encode({"sub": "carol"}, "s3cret-for-tests-only-32-bytes!!", algorithm="HS256")
        forged = jwt.encode({"sub": "carol"}, "another-secret-of-32-bytes-long!", algorithm="HS256")
        async with httpx.AsyncClient(base_url=f"{url}/api/v1") as client:
            created = await client.post("/threads", headers={"Authorization": f"Bearer {good}"})
            assert created.status_code == 201
            rejected = await client.post("/threads", headers={"Authorization": f"Bearer {forged}"})
            assert rejected.status_code == 401
            assert "invalid token" in rejected.json()["error"]["message"]
