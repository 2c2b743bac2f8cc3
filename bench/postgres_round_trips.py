"""What one run costs Postgres: statements by kind, round trips, rows written; counted, not timed.

    .venv/bin/python -m bench.postgres_round_trips
        [--postgres postgresql://postgres@127.0.0.1:5432/kpl_pg6] [--runs 200] [--concurrency 1]
        [--warm-up 20] [--port 8821] [--durability sync|async|exit] [--source DIR]

Starts one real `kpl serve` (uvicorn) with `KPL_CHECKPOINT_URL` on Postgres, so that both what
persists there persists there: the checkpoints (`PooledPostgresSaver`) and LangGraph's store
(thread records, materials, the definition archive; `AsyncPostgresStore`). Runs are coordinated
in memory (no `KPL_REDIS_URL`). It drives `--runs` runs of the five-node chain as
bench.http_throughput does (create a thread, then stream a run on it to its end, over HTTP) and
prints per run:

- **statements by kind**, as psycopg hands them to libpq inside the server (each row of an
  `executemany` is one; a statement prepared on first use counts a `prepare` once per connection);
- **round trips**: each time a connection of the server's waits for Postgres to answer what it
  sent (a pipeline, whatever it holds, is one), grouped by what was sent since the previous one
  (a pipeline whose results were fetched before its end pays one more for its closing Sync).
  Counted by wrapping the generator psycopg's `wait_async` drives: a round trip is a run of
  read-waits after a write (an error that comes back while a pipeline is still being sent is
  no wait: a failing pipeline may go uncounted). Counted in the server process, so the bench's
  own queries are not;
- **rows written** per table (`pg_stat_user_tables`: inserted, updated, deleted) and
  **transactions committed** (`pg_stat_database.xact_commit`: every autocommit statement or
  pipeline sync is one, and with `synchronous_commit=on` each writing one waits for a WAL flush);
  Postgres publishes a backend's counters when it goes idle, at most every second and at the
  latest 10 s later, so the bench waits 11 s before each reading;
- the **durability** mode the server runs graphs with, and its pools' statistics
  (`pool.get_stats()`: requests, waits).

Give the bench a database of its own: the rows and commits of every client of that database are
counted. The tables stay (the checkpoints of the runs are left in them).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import signal
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Generator
from pathlib import Path
from typing import Any

import httpx
import psycopg
from psycopg.rows import dict_row

from bench.http_throughput import OUR_GRAPHS, ROOT, drive, our_run, running

COUNTS_FILE = "KPL_BENCH_PG_COUNTS_FILE"
"""Where the served process writes its counts when it receives SIGUSR1."""

STATS_FLUSH_WAIT_S = 11.0
"""Postgres publishes an idle backend's table counters within 10 s (PGSTAT_IDLE_INTERVAL)."""


def statement_kind(sql: bytes | str) -> str:
    """`INSERT checkpoint_blobs`, `SELECT checkpoints`, `BEGIN`: the verb and the table it is about.

    A SELECT is named by its last `FROM` (the outer one, after any subqueries); anything else by
    its first table after INTO, UPDATE, FROM or TABLE.
    """
    text = sql.decode(errors="replace") if isinstance(sql, bytes) else sql
    words = " ".join(text.split())
    verb = words.split(" ", 1)[0].upper() if words else "?"
    if verb in ("SELECT", "WITH"):
        tables = re.findall(r"\bfrom\s+([a-z_][a-z_0-9.]*)", words, flags=re.IGNORECASE)
        return f"SELECT {tables[-1]}" if tables else f"SELECT {words[7:40]}"
    found = re.search(r"\b(?:into|update|from|table)\s+([a-z_][a-z_0-9.]*)", words, re.IGNORECASE)
    return f"{verb} {found.group(1)}" if found else words[:40]


def count_round_trips() -> None:
    """In the served process: count statements and round trips of every psycopg connection.

    Installed before the app starts; SIGUSR1 writes the counts (and the pools' statistics) as
    JSON to `$KPL_BENCH_PG_COUNTS_FILE`.
    """
    import psycopg.waiting
    from psycopg import pq
    from psycopg_pool import AsyncConnectionPool

    statements: Counter[str] = Counter()
    trips: Counter[str] = Counter()
    sent: dict[int, list[str]] = {}  # socket -> kinds sent since its last round trip
    prepared: dict[tuple[int, bytes], str] = {}
    pools: list[AsyncConnectionPool[Any]] = []

    def note(pgconn: Any, kind: str) -> None:
        statements[kind] += 1
        sent.setdefault(pgconn.socket, []).append(kind)

    def wrap(name: str, kind_of: Any) -> None:
        original = getattr(pq.PGconn, name)

        def counted(self: Any, *args: Any, **kwargs: Any) -> Any:
            note(self, kind_of(self, *args))
            return original(self, *args, **kwargs)

        setattr(pq.PGconn, name, counted)

    def on_prepare(self: Any, name: bytes, command: bytes, *_: Any) -> str:
        prepared[self.socket, name] = statement_kind(command)
        return f"prepare {prepared[self.socket, name]}"

    original_sync = pq.PGconn.pipeline_sync

    def sync(self: Any) -> None:  # a round trip of its own when nothing else goes with it
        sent.setdefault(self.socket, []).append("Sync")
        original_sync(self)

    pq.PGconn.pipeline_sync = sync  # type: ignore[method-assign]
    wrap("send_query", lambda _self, command, *_: statement_kind(command))
    wrap("send_query_params", lambda _self, command, *_: statement_kind(command))
    wrap("send_prepare", on_prepare)
    wrap("send_query_prepared", lambda self, name, *_: prepared.get((self.socket, name), "?"))

    original_wait = psycopg.waiting.wait_async

    def watched(gen: Generator[Any, Any, Any], fileno: int) -> Generator[Any, Any, Any]:
        """`gen`, counting a round trip at each read-wait that follows a write or the start."""
        reading = False
        try:
            state = next(gen)
            while True:
                if state == psycopg.waiting.Wait.R and not reading:
                    kinds = sent.pop(fileno, [])
                    names = sorted(set(kinds) - {"Sync"})
                    trips[
                        " + ".join(names)
                        if names
                        else "a pipeline's Sync alone"
                        if kinds
                        else f"(nothing sent: {getattr(gen, '__qualname__', gen)})"
                    ] += 1
                reading = state == psycopg.waiting.Wait.R
                state = gen.send((yield state))
        except StopIteration as stop:
            return stop.value

    async def wait_async(gen: Any, fileno: int, *args: Any, **kwargs: Any) -> Any:
        return await original_wait(watched(gen, fileno), fileno, *args, **kwargs)

    psycopg.waiting.wait_async = wait_async

    original_init = AsyncConnectionPool.__init__

    def registered(self: AsyncConnectionPool[Any], *args: Any, **kwargs: Any) -> None:
        original_init(self, *args, **kwargs)
        pools.append(self)

    AsyncConnectionPool.__init__ = registered  # type: ignore[method-assign]
    path = Path(os.environ[COUNTS_FILE])

    def dump(_signal: int, _frame: object) -> None:
        from api.settings import Settings  # what this server was started with (env, .env)

        counts = {
            "durability": Settings().durability,
            "statements": statements,
            "trips": trips,
            "pools": {f"{pool.name}#{i}": pool.get_stats() for i, pool in enumerate(pools)},
        }
        part = path.with_suffix(".part")
        part.write_text(json.dumps(counts))
        part.replace(path)

    signal.signal(signal.SIGUSR1, dump)


async def server_counts(pid: int, path: Path) -> dict[str, Any]:
    """The served process's counts so far (it writes them on SIGUSR1)."""
    _written(path, forget=True)
    os.kill(pid, signal.SIGUSR1)
    for _ in range(200):
        counts = _written(path)
        if counts is not None:
            return counts
        await asyncio.sleep(0.02)
    raise RuntimeError("the server wrote no counts")


def _written(path: Path, *, forget: bool = False) -> dict[str, Any] | None:
    """The counts the server wrote to `path`, if it has; `forget` deletes them."""
    if forget:
        path.unlink(missing_ok=True)
        return None
    return dict(json.loads(path.read_text())) if path.exists() else None


async def table_stats(url: str) -> tuple[Counter[str], int]:
    """Rows written per table (`table inserted`, ...) and transactions committed in the database."""
    await asyncio.sleep(STATS_FLUSH_WAIT_S)
    rows: Counter[str] = Counter()
    async with await psycopg.AsyncConnection.connect(
        url, autocommit=True, row_factory=dict_row
    ) as conn:
        cur = await conn.execute(
            "SELECT relname, n_tup_ins, n_tup_upd, n_tup_del FROM pg_stat_user_tables"
        )
        for row in await cur.fetchall():
            for what in ("ins", "upd", "del"):
                rows[f"{row['relname']} {what}"] += row[f"n_tup_{what}"]
        cur = await conn.execute(
            "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()"
        )
        found = await cur.fetchone()
    return rows, int(found["xact_commit"]) if found else 0


def served(args: argparse.Namespace, counts_path: Path) -> Any:
    """`kpl serve` on Postgres checkpoints and store, with the counters installed first."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KPL_")}
    env.update(
        PYTHONPATH=str(args.source),  # the sample graphs live in tests/, which is not installed
        KPL_GRAPHS=OUR_GRAPHS,
        KPL_LOG_LEVEL="WARNING",
        KPL_PLAYGROUND="false",
        KPL_RATE_LIMIT="1000000/minute",
        KPL_HOST="127.0.0.1",
        KPL_PORT=str(args.port),
        KPL_CHECKPOINT_URL=args.postgres,
        **{COUNTS_FILE: str(counts_path)},
    )
    if args.durability:
        env["KPL_DURABILITY"] = args.durability
    serve = (
        "import sys, importlib.util as u; "
        f"s = u.spec_from_file_location('pg_round_trips', {str(Path(__file__))!r}); "
        "m = u.module_from_spec(s); s.loader.exec_module(m); m.count_round_trips(); "
        "from api.cli import main; sys.argv = ['kpl', 'serve']; sys.exit(main())"
    )
    base = f"http://127.0.0.1:{args.port}"
    argv = [sys.executable, "-c", serve]
    return running("kpl-postgres", argv, env, args.source, f"{base}/healthz", base)


def difference(after: dict[str, float], before: dict[str, float]) -> Counter[str]:
    """`after - before`, key by key, keeping only what changed."""
    return Counter({k: v - before.get(k, 0) for k, v in after.items() if v != before.get(k, 0)})


def report(runs: int, durability: str, counts: dict[str, Counter[str]], commits: int) -> None:
    """Print the per-run figures."""
    print(f"\n{runs} runs, durability {durability}\n")
    for title, key in (
        ("statement (each row of an executemany is one)", "statements"),
        ("round trip, by what it carried", "trips"),
        ("rows written (pg_stat_user_tables)", "rows"),
    ):
        print(f"{title:<72}{'per run':>9}")
        for what, count in counts[key].most_common():
            print(f"  {what[:70]:<70}{count / runs:>9.2f}")
        print(f"  {'all':<70}{counts[key].total() / runs:>9.2f}\n")
    print(f"transactions committed (pg_stat_database) per run: {commits / runs:.2f}")


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--postgres", default="postgresql://postgres@127.0.0.1:5432/kpl_pg6")
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=1)
    parser.add_argument("--warm-up", type=int, default=20)
    parser.add_argument("--port", type=int, default=8821)
    parser.add_argument(
        "--durability", choices=("sync", "async", "exit"), help="default: the server's own"
    )
    parser.add_argument(
        "--source",
        type=Path,
        default=ROOT,
        help="the source tree to serve (e.g. `git archive` of an older commit): a before/after",
    )
    args = parser.parse_args()
    counts_path = Path(tempfile.mkdtemp(prefix="kpl-pg-round-trips-")) / "counts.json"
    async with (
        served(args, counts_path) as server,
        httpx.AsyncClient(base_url=server.base_url, timeout=60) as http,
    ):
        await drive([http], our_run, args.warm_up, args.concurrency)
        rows_before, commits_before = await table_stats(args.postgres)
        before = await server_counts(server.process.pid, counts_path)
        start = time.perf_counter()
        samples = await drive([http], our_run, args.runs, args.concurrency)
        seconds = time.perf_counter() - start
        after = await server_counts(server.process.pid, counts_path)
        rows_after, commits_after = await table_stats(args.postgres)
    errors = [s.error for s in samples if s.error]
    if errors:
        print(f"{len(errors)} runs went wrong, e.g. {errors[0]}")
    counts = {key: difference(after[key], before[key]) for key in ("statements", "trips")}
    counts["rows"] = difference(dict(rows_after), dict(rows_before))
    # The bench's own readings add one or two commits: 0.01 a run at 200 runs.
    report(args.runs, str(after["durability"]), counts, commits_after - commits_before)
    print(f"({args.runs} runs at concurrency {args.concurrency} in {seconds:.1f} s: not a timing)")
    for name, stats in after["pools"].items():
        print(f"pool {name}: {stats}")


if __name__ == "__main__":
    asyncio.run(main())
