"""What one run costs Redis: commands by name, round trips and Redis CPU, counted, not timed.

    .venv/bin/python -m bench.redis_round_trips [--redis redis://127.0.0.1:6391/0] [--runs 200]
        [--concurrency 1] [--port 8811] [--checkpoints memory|redis] [--limiter redis|memory]
        [--source DIR]

Starts one real `kpl serve` (uvicorn) with its runs coordinated on Redis (`KPL_REDIS_URL`), and
with `--checkpoints redis` its checkpoints and threads there too, drives `--runs` runs of the
five-node chain bench.http_throughput uses (create a thread, then stream a run on it to its end,
over HTTP), and prints per run (the rate limiter's counters are on Redis too, as they are in a
deployment with `KPL_REDIS_URL`, unless `--limiter memory`):

- **commands by name** and the **Redis CPU** they took (usec), from `CONFIG RESETSTAT` before and
  `INFO commandstats` after: give the bench a Redis of its own, since every client's commands are
  counted (`redis-server --port 6391 --save "" --appendonly no`);
- **round trips**: writes the server's clients make to a Redis socket (a pipeline, or a script,
  is one), counted inside the server by wrapping redis-py's `send_packed_command`, grouped by what
  was sent (a script by its name in the runtime's source, a pipeline by its commands); and the
  reads Redis itself processed (`total_reads_processed`), which agree when nothing is pipelined
  from two tasks at once.

Background work runs in the measured window too: the worker's keep-alive and reaper every
`KPL_LEASE_TTL_S / 3`, and the broker reader's blocked `XREAD` (it returns every 2 s when idle);
their share shrinks with more runs. The run's keys stay in Redis (they expire as configured):
point the bench at a database nothing else uses.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import importlib
import json
import os
import signal
import sys
import tempfile
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
from redis.asyncio import Redis

from bench.http_throughput import OUR_GRAPHS, ROOT, drive, our_run, running

COUNTS_FILE = "KPL_BENCH_ROUND_TRIPS_FILE"
"""Where the served process writes its round-trip counts when it receives SIGUSR1."""

SCRIPT_MODULES = (
    "runtime.runs.redis_broker",
    "runtime.runs.redis_records",
    "runtime.runs.redis_locks",
    "runtime.stores.redis_saver",
    "runtime.stores.redis_saver_reads",
    "runtime.stores.redis_saver_writes",
    "runtime.stores.redis_store",
    "runtime.stores.redis_pruning",
)
"""Modules whose Lua scripts are named in the report (an EVALSHA is shown as module.CONSTANT)."""


def count_round_trips() -> None:
    """In the served process: count each write to a Redis socket by what it sends.

    Installed before the app starts; SIGUSR1 writes the counts as JSON to `$KPL_BENCH_...FILE`.
    """
    from redis.asyncio.connection import Connection

    counts: Counter[str] = Counter()
    original = Connection.send_packed_command

    async def counted(self: Connection, command: Any, check_health: bool = True) -> None:
        counts[_what_is_sent(command)] += 1
        await original(self, command, check_health)

    Connection.send_packed_command = counted  # type: ignore[method-assign,assignment]
    path = Path(os.environ[COUNTS_FILE])

    def dump(_signal: int, _frame: object) -> None:
        part = path.with_suffix(".part")
        part.write_text(json.dumps(counts))
        part.replace(path)

    signal.signal(signal.SIGUSR1, dump)


def _what_is_sent(command: Any) -> str:
    """`EVALSHA <sha>`, `XREAD`, or `pipeline: A B C` for a packed command or several."""
    raw = command if isinstance(command, bytes | str) else b"".join(command)
    raw = raw.encode() if isinstance(raw, str) else raw
    names: list[str] = []
    parts = raw.split(b"\r\n")
    i = 0
    while i < len(parts) and parts[i].startswith(b"*"):
        argc = int(parts[i][1:])
        args = [parts[i + 2 + 2 * k] for k in range(argc)]  # skip the `$len` lines
        name = args[0].decode().upper()
        if name == "EVALSHA":
            name = f"EVALSHA {args[1].decode()}"
        names.append(name)
        i += 1 + 2 * argc
    if len(names) == 1:
        return names[0]
    return "pipeline: " + " ".join(names)


def script_names() -> dict[str, str]:
    """sha1 of each Lua script constant in the runtime's Redis modules -> `module.NAME`."""
    found: dict[str, str] = {}
    for module_name in SCRIPT_MODULES:
        module = importlib.import_module(module_name)
        for name, value in vars(module).items():
            if name.isupper() and isinstance(value, str) and "redis.call" in value:
                sha = hashlib.sha1(value.encode()).hexdigest()
                found[sha] = f"{module_name.rsplit('.', 1)[1]}.{name}"
    import limits  # the rate limiter's storage, when it is on Redis

    for lua in (Path(limits.__file__).parent / "resources" / "redis").rglob("*.lua"):
        found[hashlib.sha1(lua.read_bytes()).hexdigest()] = f"limits.{lua.stem}"
    return found


def _size(n: int) -> str:
    return "2" if n == 2 else "3-4" if n <= 4 else "5-8" if n <= 8 else "9 or more"


def named(what: str, scripts: dict[str, str]) -> str:
    """`what` with each script sha replaced by its name."""
    return " ".join(scripts.get(word, word) for word in what.split(" "))


async def server_stats(client: Redis) -> tuple[dict[str, dict[str, float]], int]:
    """INFO commandstats (per command: calls, usec) and total_reads_processed."""
    commands: dict[str, dict[str, float]] = {}
    for key, value in (await client.info("commandstats")).items():
        commands[key.removeprefix("cmdstat_")] = {
            "calls": float(value["calls"]),
            "usec": float(value["usec"]),
        }
    reads = int((await client.info("stats"))["total_reads_processed"])
    return commands, reads


async def client_counts(pid: int, path: Path) -> Counter[str]:
    """The served process's round-trip counts so far (it writes them on SIGUSR1)."""
    _written(path, forget=True)
    os.kill(pid, signal.SIGUSR1)
    for _ in range(200):
        counts = _written(path)
        if counts is not None:
            return counts
        await asyncio.sleep(0.02)
    raise RuntimeError("the server wrote no round-trip counts")


def _written(path: Path, *, forget: bool = False) -> Counter[str] | None:
    """The counts the server wrote to `path`, if it has; `forget` deletes them."""
    if forget:
        path.unlink(missing_ok=True)
        return None
    return Counter(json.loads(path.read_text())) if path.exists() else None


def served(args: argparse.Namespace, prefix: str, counts_path: Path) -> Any:
    """`kpl serve` on Redis coordination, with the round-trip counter installed first."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KPL_")}
    env.update(
        PYTHONPATH=str(args.source),  # the sample graphs live in tests/, which is not installed
        KPL_GRAPHS=OUR_GRAPHS,
        KPL_LOG_LEVEL="WARNING",
        KPL_PLAYGROUND="false",
        KPL_RATE_LIMIT="1000000/minute",
        KPL_HOST="127.0.0.1",
        KPL_PORT=str(args.port),
        KPL_REDIS_URL=args.redis,
        KPL_REDIS_PREFIX=prefix,
        KPL_CHECKPOINT_URL=args.redis if args.checkpoints == "redis" else "memory://",
        **{COUNTS_FILE: str(counts_path)},
    )
    if args.limiter == "memory":  # else on Redis, as a deployment with KPL_REDIS_URL has it
        env["KPL_RATE_LIMIT_STORAGE"] = "memory://"
    # This file installs the counter, whichever tree is served.
    serve = (
        "import sys, importlib.util as u; "
        f"s = u.spec_from_file_location('round_trips', {str(Path(__file__))!r}); "
        "m = u.module_from_spec(s); s.loader.exec_module(m); m.count_round_trips(); "
        "from api.cli import main; sys.argv = ['kpl', 'serve']; sys.exit(main())"
    )
    argv = [sys.executable, "-c", serve]
    base = f"http://127.0.0.1:{args.port}"
    return running("kpl-redis", argv, env, args.source, f"{base}/healthz", base)


def report(
    runs: int,
    seconds: float,
    commands: dict[str, dict[str, float]],
    reads: int,
    trips: Counter[str],
) -> None:
    """Print the per-run figures."""
    scripts = script_names()
    print(f"\n{runs} runs in {seconds:.1f} s\n")
    print(f"{'Redis command (INFO commandstats)':<44}{'per run':>9}{'usec/run':>10}")
    total_calls = total_usec = 0.0
    for name, stat in sorted(commands.items(), key=lambda kv: -kv[1]["calls"]):
        total_calls += stat["calls"]
        total_usec += stat["usec"]
        print(f"  {name:<42}{stat['calls'] / runs:>9.2f}{stat['usec'] / runs:>10.1f}")
    print(f"  {'all commands':<42}{total_calls / runs:>9.2f}{total_usec / runs:>10.1f}")
    kinds: Counter[str] = Counter()  # a round trip by what it carried
    calls: Counter[str] = Counter()  # the commands in them, each counted
    for what, count in trips.items():
        sent = named(what, scripts).removeprefix("pipeline: ").replace("EVALSHA ", "").split()
        calls.update({name: count * sent.count(name) for name in set(sent)})
        kinds[sent[0] if len(sent) == 1 else f"a pipeline of {_size(len(sent))} calls"] += count
    print(f"\n{'round trip (client writes; a pipeline is one)':<60}{'per run':>9}")
    for what, count in kinds.most_common():
        print(f"  {what[:58]:<58}{count / runs:>9.2f}")
    print(f"  {'all round trips':<58}{trips.total() / runs:>9.2f}")
    print(f"\n{'calls sent, in round trips of their own or pipelined':<60}{'per run':>9}")
    for what, count in calls.most_common():
        print(f"  {what[:58]:<58}{count / runs:>9.2f}")
    print(f"\nreads Redis processed (INFO stats total_reads_processed) per run: {reads / runs:.2f}")


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--redis", default="redis://127.0.0.1:6391/0")
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=1)
    parser.add_argument("--warm-up", type=int, default=20)
    parser.add_argument("--port", type=int, default=8811)
    parser.add_argument("--checkpoints", choices=("memory", "redis"), default="memory")
    parser.add_argument("--limiter", choices=("memory", "redis"), default="redis")
    parser.add_argument(
        "--source",
        type=Path,
        default=ROOT,
        help="the source tree to serve (e.g. `git archive` of an older commit): a before/after",
    )
    args = parser.parse_args()
    prefix = f"bench-rt-{uuid.uuid4().hex[:8]}"
    counts_path = Path(tempfile.mkdtemp(prefix="kpl-round-trips-")) / "counts.json"
    redis = Redis.from_url(args.redis, decode_responses=True)
    try:
        async with (
            served(args, prefix, counts_path) as server,
            httpx.AsyncClient(base_url=server.base_url, timeout=60) as http,
        ):
            await drive([http], our_run, args.warm_up, args.concurrency)
            await asyncio.sleep(0.2)  # let the warm-up's last flushes and closes land
            before_trips = await client_counts(server.process.pid, counts_path)
            await redis.config_resetstat()
            start = time.perf_counter()
            samples = await drive([http], our_run, args.runs, args.concurrency)
            seconds = time.perf_counter() - start
            await asyncio.sleep(0.2)
            commands, reads = await server_stats(redis)
            trips = await client_counts(server.process.pid, counts_path) - before_trips
    finally:
        await redis.aclose()
    errors = [s.error for s in samples if s.error]
    if errors:
        print(f"{len(errors)} runs went wrong, e.g. {errors[0]}")
    # This script's own INFO calls, and the reads they took (RESETSTAT's reply came before).
    for own in ("info", "config|resetstat"):
        commands.pop(own, None)
    report(args.runs, seconds, commands, reads - 2, trips)


if __name__ == "__main__":
    asyncio.run(main())
