"""RedisSaver against a real Redis (DB 1): what LangGraph's conformance suite does not check.

Key parts that cannot collide, one cluster slot per thread, no SCAN/KEYS outside `alist(None)` and
MULTI or a script around writes (seen with MONITOR), a channel value stored once, TTL set and refreshed on read,
deletes that keep what kept checkpoints use and re-read a thread a run wrote to meanwhile, strict
deserialization of a tampered blob, and real LangGraph graphs that interrupt and resume on it.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any, cast

import ormsgpack
import pytest
import redis
from langchain_core.runnables import RunnableConfig
from langgraph.checkpoint.base import BaseCheckpointSaver, CheckpointMetadata, empty_checkpoint
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.checkpoint.serde.types import ERROR, INTERRUPT
from langgraph.types import Command
from redis.asyncio import BlockingConnectionPool, Connection, Redis
from redis.crc import key_slot

from runtime.errors import ConfigError, ThreadBusy
from runtime.stores import redis_pruning
from runtime.stores.redis_layout import ThreadKeys, esc
from runtime.stores.redis_saver import RedisSaver
from runtime.stores.serde import strict_serializer
from tests.runtime import sample_graphs

REDIS_URL = "redis://127.0.0.1:6379/1"


@pytest.fixture
def prefix() -> Iterator[str]:
    """A key prefix of this test's own; every key under it in DB 1 is deleted afterwards."""
    name = f"kpl-saver-test-{uuid.uuid4().hex}"
    yield name
    with redis.Redis.from_url(REDIS_URL) as client:
        doomed = list(client.scan_iter(match=f"{name}*", count=500))
        if doomed:
            client.delete(*doomed)


@pytest.fixture
async def client() -> AsyncIterator[Redis]:
    """A client on DB 1 with a single connection, so MONITOR can tell its commands apart."""
    pool = BlockingConnectionPool.from_url(REDIS_URL, max_connections=1)
    async with Redis(connection_pool=pool) as opened:
        yield opened
    await pool.aclose()


@pytest.fixture
def saver(client: Redis, prefix: str) -> RedisSaver:
    """A saver under this test's prefix, with the project's strict serializer."""
    return RedisSaver(client, prefix=prefix, serde=strict_serializer())


def config(thread_id: str, ns: str | None = "", checkpoint_id: str | None = None) -> Any:
    """A config naming a thread, a namespace and (optionally) a checkpoint."""
    configurable = {"thread_id": thread_id, "checkpoint_ns": ns}
    if checkpoint_id is not None:
        configurable["checkpoint_id"] = checkpoint_id
    return {"configurable": configurable}


async def put(
    saver: BaseCheckpointSaver[Any],
    parent: Any,
    values: dict[str, Any],
    versions: dict[str, Any],
    new: dict[str, Any] | None = None,
    **metadata: Any,
) -> Any:
    """Put a checkpoint with these values and versions after `parent` (a config)."""
    checkpoint = empty_checkpoint()
    checkpoint["channel_values"] = values
    checkpoint["channel_versions"] = versions
    full_metadata = cast(CheckpointMetadata, {"source": "loop", "step": 0, **metadata})
    return await saver.aput(parent, checkpoint, full_metadata, versions if new is None else new)


async def thread_keys(client: Redis, prefix: str) -> list[bytes]:
    """Every key under the prefix (a test may SCAN; the saver does not)."""
    return [k async for k in client.scan_iter(match=f"{prefix}*", count=500)]


# -- names -----------------------------------------------------------------------------------


async def test_key_parts_never_collide(saver: RedisSaver) -> None:
    first = await put(saver, config("a:b", "c"), {"v": "thread a:b, ns c"}, {"v": 1})
    second = await put(saver, config("a", "b:c"), {"v": "thread a, ns b:c"}, {"v": 1})
    one = await saver.aget_tuple(config("a:b", "c"))
    other = await saver.aget_tuple(config("a", "b:c"))
    assert one is not None and other is not None
    assert one.checkpoint["channel_values"] == {"v": "thread a:b, ns c"}
    assert other.checkpoint["channel_values"] == {"v": "thread a, ns b:c"}
    assert [t.config async for t in saver.alist(config("a:b", "c"))] == [first]
    assert [t.config async for t in saver.alist(config("a", "b:c"))] == [second]
    assert await saver.aget_tuple(config("a", "b")) is None
    assert await saver.aget_tuple(config("a:b", "")) is None


@pytest.mark.parametrize(
    ("thread_id", "ns", "channel", "run_id"),
    [
        ("{tag}", "inner:{x}", "ch:{a}", "run {1}"),
        ("* ?[x]", "子图:任务 1", "频道 *", "运行*"),
        ("课程 第一章", "", "答案%20", "%zz"),
        ("", "a;b", ";", ":"),
    ],
)
async def test_odd_ids_round_trip(
    saver: RedisSaver, thread_id: str, ns: str, channel: str, run_id: str
) -> None:
    stored = await put(saver, config(thread_id, ns), {channel: "值"}, {channel: 1}, run_id=run_id)
    await saver.aput_writes(stored, [(channel, "写")], task_id="任务 {1}", task_path="~1:{p}")
    found = await saver.aget_tuple(config(thread_id, ns))
    assert found is not None
    assert found.config == stored
    assert found.checkpoint["channel_values"] == {channel: "值"}
    assert found.pending_writes == [("任务 {1}", channel, "写")]
    assert [t.config async for t in saver.alist(None)] == [stored]
    await saver.adelete_for_runs([run_id])
    assert await saver.aget_tuple(config(thread_id, ns)) is None


async def test_raw_checkpoint_ids_keep_their_order(saver: RedisSaver) -> None:
    parent = config("t")
    ids = ["1 {a}", "1:b", "2 中", "2*"]  # sorted as strings, as LangGraph's savers sort ids
    for checkpoint_id in ids:
        checkpoint = empty_checkpoint()
        checkpoint["id"] = checkpoint_id
        parent = await saver.aput(parent, checkpoint, {"step": 0}, {})
    listed = [t.config["configurable"]["checkpoint_id"] async for t in saver.alist(config("t"))]
    assert listed == sorted(ids, reverse=True)
    before = [
        t.checkpoint["id"] async for t in saver.alist(config("t"), before=config("t", "", "2 中"))
    ]
    assert before == ["1:b", "1 {a}"]
    latest = await saver.aget_tuple(config("t"))
    assert latest is not None
    assert latest.checkpoint["id"] == "2*"
    assert latest.parent_config == config("t", "", "2 中")


@pytest.mark.parametrize("checkpoint_id", ["2 中:*{x}%", "a;b~c.d_e-f", "ü/?#[]"])
async def test_the_latest_checkpoint_of_an_odd_id_has_its_writes(
    saver: RedisSaver, checkpoint_id: str
) -> None:
    # The latest is read by a script that percent-encodes the id as `esc` does.
    checkpoint = empty_checkpoint()
    checkpoint["id"] = checkpoint_id
    stored = await saver.aput(config("t", "n:s"), checkpoint, {"step": 0}, {})
    await saver.aput_writes(stored, [("ch", "写")], task_id="task")
    latest = await saver.aget_tuple(config("t", "n:s"))
    assert latest is not None
    assert latest.checkpoint["id"] == checkpoint_id
    assert latest.pending_writes == [("task", "ch", "写")]


async def test_a_thread_is_seven_keys_in_one_cluster_slot(
    saver: RedisSaver, client: Redis, prefix: str
) -> None:
    parent = config("{课程}:1")
    for step in range(5):
        ns = "" if step % 2 else f"inner:{step}"
        values = {"a": step, "b": [step]}
        parent = await put(
            saver, config("{课程}:1", ns), values, {"a": step, "b": step}, run_id=f"r{step}"
        )
        await saver.aput_writes(parent, [("a", step), (ERROR, "boom")], task_id=f"task{step}")
    keys = [k for k in await thread_keys(client, prefix) if b":{t:" in k]
    assert sorted(keys) == sorted(k.encode() for k in ThreadKeys.of(prefix, "{课程}:1").all)
    assert len({key_slot(k) for k in keys}) == 1
    run_keys = [k for k in await thread_keys(client, prefix) if b":{r:" in k]
    assert len(run_keys) == 5  # one per run, each in its run's slot


def test_prefix_and_client_are_checked(client: Redis) -> None:
    with pytest.raises(ConfigError, match="hash tag"):
        RedisSaver(client, prefix="kpl{x}")
    with pytest.raises(ConfigError, match="seconds > 0"):
        RedisSaver(client, ttl_s=0)
    decoding = Redis.from_url(REDIS_URL, decode_responses=True)
    with pytest.raises(ConfigError, match="decode_responses=False"):
        RedisSaver(decoding)


async def test_from_url_opens_and_closes_its_client(prefix: str, client: Redis) -> None:
    async with RedisSaver.from_url(REDIS_URL, prefix=prefix, ttl_s=60) as opened:
        stored = await put(opened, config("t"), {"a": 1}, {"a": 1})
        found = await opened.aget_tuple(stored)
        assert found is not None
        assert found.checkpoint["channel_values"] == {"a": 1}
        connection_id = await opened.client.client_id()
    while True:  # poll a real condition: the server has seen the connection close
        if not await client.execute_command("CLIENT", "LIST", "ID", connection_id):
            break
        await asyncio.sleep(0.01)


def test_the_sync_api_points_to_the_async_one(saver: RedisSaver) -> None:
    with pytest.raises(NotImplementedError, match="aget_tuple"):
        saver.get_tuple(config("t"))
    with pytest.raises(NotImplementedError, match="aprune"):
        saver.prune(["t"])


# -- commands on the wire --------------------------------------------------------------------


async def _commands(client: Redis, work: Any) -> list[list[str]]:
    """The commands `client` sends while `work()` runs, as MONITOR sees them, in order.

    A command one of its scripts runs comes as `["LUA", name, *args]`, after the EVALSHA.
    """
    address = (await client.client_info())["addr"]
    sentinel = f"end-{uuid.uuid4().hex}"
    seen: list[list[str]] = []
    in_our_script = False  # a script runs alone, so its commands follow its EVALSHA unbroken
    async with Redis.from_url(REDIS_URL) as watcher, watcher.monitor() as monitor:
        await work()
        await client.echo(sentinel)
        while True:
            line = await monitor.next_command()
            words = line["command"].split(" ")
            if line["client_type"] == "lua":
                if in_our_script:
                    seen.append(["LUA", words[0].upper(), *words[1:]])
                continue
            in_our_script = False
            if f"{line['client_address']}:{line['client_port']}" != address:
                continue
            if words[0].upper() == "ECHO" and sentinel in words:
                return seen
            seen.append([words[0].upper(), *words[1:]])
            in_our_script = words[0].upper() == "EVALSHA"


async def test_no_scan_or_keys_and_writes_in_multi(saver: RedisSaver, client: Redis) -> None:
    async def hot_path() -> None:
        stored = await put(saver, config("t"), {"a": 1}, {"a": 1}, run_id="r1")
        await saver.aput_writes(stored, [("a", 2)], task_id="task")
        await saver.aget_tuple(config("t"))
        await saver.aget_tuple(stored)
        [t async for t in saver.alist(config("t"), filter={"step": 0}, limit=3)]
        await saver.acopy_thread("t", "copy")
        await saver.aprune(["t"])
        await saver.adelete_for_runs(["r1"])
        await saver.adelete_thread("copy")

    commands = await _commands(client, hot_path)
    names = [c[1] if c[0] == "LUA" else c[0] for c in commands]
    assert "HSETNX" in names and "ZADD" in names  # MONITOR did see the saver's commands
    assert not {"SCAN", "KEYS"} & set(names)
    inside, changes = False, 0
    for name, *args in commands:
        inside = name == "MULTI" or (inside and name != "EXEC")
        in_script = name == "LUA"
        if in_script:
            name, *args = args
        # Every change to a thread's keys is in a transaction or a script; only run keys (another
        # slot) are not.
        if name in {"HSET", "HSETNX", "ZADD", "HDEL", "ZREM", "SREM", "SADD"} and "{t:" in args[0]:
            changes += 1
            assert inside or in_script, f"{name} {args[0]} outside MULTI/EXEC or a script: {names}"
    assert changes > 10

    async def every_thread() -> None:
        [t async for t in saver.alist(None)]

    assert "SCAN" in [c[0] for c in await _commands(client, every_thread)]


class CountingConnection(Connection):
    """A real connection that counts what it sends: one send is one round trip."""

    sends = 0

    async def send_packed_command(self, command: Any, check_health: bool = True) -> None:
        """Send as usual, counting."""
        CountingConnection.sends += 1
        await super().send_packed_command(command, check_health)


async def test_a_checkpoint_is_one_round_trip_run_key_first(prefix: str) -> None:
    pool = BlockingConnectionPool.from_url(
        REDIS_URL, max_connections=1, connection_class=CountingConnection
    )
    try:
        async with Redis(connection_pool=pool) as client:
            saver = RedisSaver(client, prefix=prefix, ttl_s=60)
            await client.script_flush()  # a fresh server: the saver must load its scripts itself
            stored = await put(saver, config("t"), {"a": 1}, {"a": 1}, run_id="r1")
            await saver.aput_writes(stored, [("a", 2)], task_id="task")
            CountingConnection.sends = 0
            stored = await put(saver, stored, {"a": 2}, {"a": 2}, run_id="r1")
            await saver.aput_writes(stored, [("a", 3)], task_id="task")
            assert CountingConnection.sends == 2

            commands = await _commands(client, lambda: put(saver, stored, {}, {}, run_id="r2"))
            names = [c[0] for c in commands]
            assert names[:3] == ["SADD", "PEXPIRE", "EVALSHA"], names  # the run key first
            assert commands[0][1] == f"{prefix}:{{r:r2}}:threads"
            found = await saver.aget_tuple(config("t"))
            assert found is not None and found.pending_writes == []
            assert found.metadata["run_id"] == "r2"
            assert await client.smembers(f"{prefix}:{{r:r1}}:threads") == {b"t"}
    finally:
        await pool.aclose()


# -- storage ---------------------------------------------------------------------------------


async def test_a_channel_value_is_stored_once_per_version(
    saver: RedisSaver, client: Redis, prefix: str
) -> None:
    big = ["word"] * 1000
    first = await put(saver, config("t"), {"doc": big, "n": 1}, {"doc": 1, "n": 1})
    second = await put(saver, first, {"doc": big, "n": 2}, {"doc": 1, "n": 2}, new={"n": 2})
    blobs = ThreadKeys.of(prefix, "t").blobs
    assert sorted(await client.hkeys(blobs)) == [b":doc:1", b":n:1", b":n:2"]
    # Putting version 1 again with another value does not rewrite the history.
    await put(saver, second, {"doc": ["other"]}, {"doc": 1})
    for stored in (first, second):
        found = await saver.aget_tuple(stored)
        assert found is not None
        assert found.checkpoint["channel_values"]["doc"] == big


async def test_pending_writes_come_back_in_langgraphs_order(saver: RedisSaver) -> None:
    memory = InMemorySaver(serde=strict_serializer())
    orders = []
    for each in (saver, memory):
        stored = await put(each, config("t"), {}, {})
        await each.aput_writes(stored, [("x", "b2"), ("y", "b2-1")], task_id="b", task_path="~2")
        await each.aput_writes(stored, [("x", "a1")], task_id="z", task_path="~1")
        await each.aput_writes(stored, [("x", "c")], task_id="a", task_path="~2")
        await each.aput_writes(stored, [(INTERRUPT, "stop")], task_id="a", task_path="~2")
        await each.aput_writes(stored, [(INTERRUPT, "stop again")], task_id="a", task_path="~2")
        await each.aput_writes(stored, [("x", "ignored")], task_id="z", task_path="~1")
        found = await each.aget_tuple(stored)
        assert found is not None
        orders.append(found.pending_writes)
    assert orders[0] == [
        ("z", "x", "a1"),
        ("a", INTERRUPT, "stop again"),
        ("a", "x", "c"),
        ("b", "x", "b2"),
        ("b", "y", "b2-1"),
    ]
    assert orders[0] == orders[1]


async def test_ttl_is_set_on_write_and_refreshed_on_read(client: Redis, prefix: str) -> None:
    saver = RedisSaver(client, prefix=prefix, ttl_s=600, serde=strict_serializer())
    stored = await put(saver, config("t"), {"a": 1}, {"a": 1}, run_id="r1")
    await saver.aput_writes(stored, [("a", 2)], task_id="task")
    keys = [*ThreadKeys.of(prefix, "t").all, f"{prefix}:{{r:r1}}:threads"]
    ttls = [await client.pttl(k) for k in keys]
    assert all(0 < ttl <= 600_000 for ttl in ttls), ttls
    for read in (
        lambda: saver.aget_tuple(config("t")),
        lambda: saver.alist(config("t")).__anext__(),
    ):
        for key in keys:
            await client.pexpire(key, 5_000)
        assert await read() is not None
        refreshed = [await client.pttl(k) for k in keys]
        assert all(5_000 < ttl <= 600_000 for ttl in refreshed), refreshed


# -- deletes and copies ----------------------------------------------------------------------


async def test_prune_keeps_the_blobs_kept_checkpoints_use(
    saver: RedisSaver, client: Redis, prefix: str
) -> None:
    first = await put(saver, config("t"), {"a": "a1", "b": "b1"}, {"a": 1, "b": 1}, step=0)
    await saver.aput_writes(first, [("a", "from first")], task_id="task")
    second = await put(saver, first, {"a": "a2", "b": "b1"}, {"a": 2, "b": 1}, new={"a": 2}, step=1)
    await saver.aprune(["t"], strategy="keep_latest")
    kept = await saver.aget_tuple(config("t"))
    assert kept is not None
    assert kept.config == second
    assert kept.checkpoint["channel_values"] == {"a": "a2", "b": "b1"}
    assert kept.parent_config is None  # its parent is gone
    keys = ThreadKeys.of(prefix, "t")
    assert sorted(await client.hkeys(keys.blobs)) == [b":a:2", b":b:1"]
    assert await client.hlen(keys.writes) == 0
    assert await client.zcard(keys.wi) == 0


async def test_prune_drops_finished_subgraph_calls_and_run_keys(
    saver: RedisSaver, client: Redis, prefix: str
) -> None:
    root = await put(saver, config("t"), {"a": 1}, {"a": 1}, run_id="r1")
    inner = config("t", f"inner:{uuid.uuid4()}")
    await put(
        saver,
        inner,
        {"x": 1},
        {"x": 1},
        run_id="r1",
        parents={"": root["configurable"]["checkpoint_id"]},
    )
    latest = await put(saver, root, {"a": 2}, {"a": 2}, run_id="r2")
    await saver.aprune(["t"])
    assert [t.config async for t in saver.alist(config("t", ns=None))] == [latest]
    assert await client.smembers(ThreadKeys.of(prefix, "t").runids) == {b"r2"}
    assert not await client.exists(f"{prefix}:{{r:r1}}:threads")


async def test_delete_for_runs_touches_only_those_runs(
    saver: RedisSaver, client: Redis, prefix: str
) -> None:
    mine = await put(saver, config("t"), {"a": 1}, {"a": 1}, run_id="r1")
    theirs = await put(saver, mine, {"a": 1, "b": 2}, {"a": 1, "b": 1}, new={"b": 1}, run_id="r2")
    copy = await put(saver, config("other"), {"a": 1}, {"a": 1}, run_id="r1")
    await saver.adelete_for_runs(["r1"])
    left = [t async for t in saver.alist(config("t"))]
    assert [t.config for t in left] == [theirs]
    assert left[0].checkpoint["channel_values"] == {"a": 1, "b": 2}  # r1's blob, used by r2's
    assert left[0].parent_config is None
    assert await saver.aget_tuple(copy) is None
    assert not await client.exists(f"{prefix}:{{r:r1}}:threads")


async def test_a_copy_outlives_its_source(saver: RedisSaver) -> None:
    stored = await put(saver, config("src"), {"a": [1, 2]}, {"a": 1}, run_id="r1")
    await saver.aput_writes(stored, [("a", 3)], task_id="task")
    await saver.acopy_thread("src", "dst")
    await saver.adelete_thread("src")
    copied = await saver.aget_tuple(config("dst"))
    assert copied is not None
    assert copied.checkpoint["channel_values"] == {"a": [1, 2]}
    assert copied.pending_writes == [("task", "a", 3)]
    await saver.adelete_for_runs(["r1"])  # the copy is the run's too
    assert await saver.aget_tuple(config("dst")) is None


async def test_a_delete_reads_again_when_a_run_writes_meanwhile(
    saver: RedisSaver, prefix: str
) -> None:
    first = await put(saver, config("t"), {"a": 1}, {"a": 1})
    await put(saver, first, {"a": 2}, {"a": 2})
    idx = ThreadKeys.of(prefix, "t").idx
    load = saver.serde.loads_typed
    writes_left = [1]

    def plan_while_a_run_writes(snapshot: redis_pruning.Snapshot) -> redis_pruning.Removal:
        removal = redis_pruning.keep_latest("t", load, snapshot)
        if writes_left:  # another client changes the thread after the read: EXEC must fail
            writes_left.pop()
            with redis.Redis.from_url(REDIS_URL) as other:
                other.zadd(idx, {":zzz-written-meanwhile": 0})
        return removal

    await redis_pruning.remove(saver.client, prefix, "t", plan_while_a_run_writes, load)
    assert not writes_left
    remaining = await saver.client.zrange(idx, 0, -1)
    assert remaining == [b":zzz-written-meanwhile"]  # read again: the new head is the one kept

    busy = await put(saver, config("busy"), {"a": 1}, {"a": 1})
    await put(saver, busy, {"a": 2}, {"a": 2})
    busy_idx = ThreadKeys.of(prefix, "busy").idx

    def always_meanwhile(snapshot: redis_pruning.Snapshot) -> redis_pruning.Removal:
        with redis.Redis.from_url(REDIS_URL) as other:
            other.zadd(busy_idx, {f":{uuid.uuid4()}": 0})
        return redis_pruning.keep_latest("busy", load, snapshot)

    with pytest.raises(ThreadBusy, match="retry when no run is writing"):
        await redis_pruning.remove(saver.client, prefix, "busy", always_meanwhile, load)
    assert await saver.client.zcard(busy_idx) == 2 + redis_pruning.RETRIES  # nothing deleted


# -- safety and real graphs ------------------------------------------------------------------


def _constructor_call(module: str, name: str, args: list[object]) -> bytes:
    """What an attacker writes into a blob: msgpack asking to call module.name(*args)."""
    return ormsgpack.packb(ormsgpack.Ext(1, ormsgpack.packb([module, name, args])))


async def test_a_tampered_blob_loads_inert(
    saver: RedisSaver, client: Redis, prefix: str, tmp_path: Path
) -> None:
    marker = tmp_path / "pwned"
    stored = await put(saver, config("t"), {"greeting": "hi"}, {"greeting": 1})
    tampered = ormsgpack.packb(["msgpack", _constructor_call("os", "system", [f"touch {marker}"])])
    await client.hset(ThreadKeys.of(prefix, "t").blobs, f":{esc('greeting')}:1", tampered)
    found = await saver.aget_tuple(stored)
    assert found is not None
    assert not marker.exists()
    assert found.checkpoint["channel_values"]["greeting"] == [f"touch {marker}"]
    # Without `serde` the saver is just as strict (never LangGraph's permissive default).
    default = await RedisSaver(client, prefix=prefix).aget_tuple(stored)
    assert default is not None
    assert not marker.exists()


async def test_a_graph_interrupts_and_resumes(saver: RedisSaver) -> None:
    graph = sample_graphs.interrupting().compile(checkpointer=saver)
    thread: RunnableConfig = {"configurable": {"thread_id": "learner-1"}}
    paused = await graph.ainvoke({}, thread)
    assert paused["greeting"] == "你好，learner"
    assert [i.value for i in paused["__interrupt__"]] == [
        {"kind": "learner_reply", "prompt": "你好，learner"}
    ]
    state = await graph.aget_state(thread)
    assert state.next == ("ask",)
    assert sorted(state.values["items"]) == [0, 10, 20]
    done = await graph.ainvoke(Command(resume="我准备好了"), thread)
    assert done["reply"] == "我准备好了"
    history = [s async for s in graph.aget_state_history(thread)]
    assert history[0].values["reply"] == "我准备好了"
    assert len(history) >= 4
    await saver.aprune(["learner-1"])
    assert (await graph.aget_state(thread)).values == done


async def test_a_graph_with_a_subgraph_runs_as_on_memory(saver: RedisSaver) -> None:
    thread: RunnableConfig = {"configurable": {"thread_id": "nested"}}
    results = []
    for each in (saver, InMemorySaver(serde=strict_serializer())):
        graph = sample_graphs.with_subgraph().compile(checkpointer=each)
        await graph.ainvoke({"count": 0}, thread)
        again = await graph.ainvoke({}, thread)
        history = [s.metadata for s in await _history(graph, thread)]
        results.append((again, [(m or {}).get("step") for m in history]))
    assert results[0] == results[1]
    assert results[0][0]["count"] == 10


async def _history(graph: Any, thread: Any) -> list[Any]:
    return [s async for s in graph.aget_state_history(thread)]
