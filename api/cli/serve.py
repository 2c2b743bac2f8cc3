"""`kpl serve`: run the HTTP service under uvicorn, in one worker process or several.

Several workers (`--workers N`) share runs through Redis (`KPL_REDIS_URL`: event streams, thread
leases, run records, cancels, rate-limit counts) and threads through a checkpoint store they can
all reach (`KPL_CHECKPOINT_URL`: Redis, Postgres, or SQLite when they are on one host). Behind a
load balancer any worker can then continue any thread, resume any stream and cancel any run.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import Any
from urllib.parse import urlsplit

import uvicorn
from fastapi import FastAPI

from api.app import create_app
from api.logs import configure_logging
from api.settings import Settings
from runtime.errors import ConfigError
from runtime.stores.factory import open_checkpointer, open_store

SHARED_CHECKPOINTS = ("redis", "rediss", "postgresql", "postgres", "sqlite")
"""Checkpoint stores every worker can reach (SQLite only on one host: its file is shared)."""


def register(subparsers: Any) -> None:
    """Add `kpl serve`."""
    parser = subparsers.add_parser("serve", help="run the HTTP + SSE service")
    parser.add_argument("--host", help="default: KPL_HOST or 127.0.0.1")
    parser.add_argument("--port", type=int, help="default: KPL_PORT or 8000")
    parser.add_argument(
        "--workers",
        type=int,
        default=1,
        help="worker processes; more than one needs KPL_REDIS_URL and a shared checkpoint store",
    )
    parser.set_defaults(handler=handle)


def why_not_many(settings: Settings) -> str | None:
    """What keeps these settings from running several workers, or None."""
    if not settings.redis_url:
        return (
            "several workers share runs through Redis: set KPL_REDIS_URL=redis://host:6379/0 "
            "(or run one worker)"
        )
    scheme = urlsplit(settings.checkpoint_url).scheme
    if scheme not in SHARED_CHECKPOINTS:
        return (
            f"KPL_CHECKPOINT_URL uses {scheme}://, which each worker would keep to itself; use "
            "redis://, postgresql:// or a sqlite:/// file on this host"
        )
    return None


async def prepare_stores(settings: Settings) -> None:
    """Set up the checkpoint and thread stores once, before the workers start.

    Every worker sets them up when it starts; workers starting at once on a fresh database race
    on the migrations (SQLite's store: `UNIQUE constraint failed: store_migrations.v`).
    """
    url = settings.checkpoint_url
    async with (
        open_checkpointer(
            url, ttl_s=settings.checkpoint_ttl_s, pool_size=1, prefix=settings.redis_prefix
        ),
        open_store(url, pool_size=1, prefix=settings.redis_prefix),
    ):
        pass


def worker_app() -> FastAPI:
    """One worker's app: uvicorn imports this factory in every worker process it starts."""
    settings = Settings()
    configure_logging(settings.log_level, json=settings.log_json)
    return create_app(settings)


def handle(args: argparse.Namespace, settings: Settings) -> int:
    """Serve until interrupted."""
    configure_logging(settings.log_level, json=settings.log_json)
    host = args.host or settings.host
    port = args.port if args.port is not None else settings.port
    if args.workers < 1:
        print(f"kpl: --workers must be 1 or more, got {args.workers}", file=sys.stderr)
        return 2
    if args.workers == 1:
        uvicorn.run(create_app(settings), host=host, port=port, log_config=None, proxy_headers=True)
        return 0
    problem = why_not_many(settings)
    if problem is not None:
        print(f"kpl: --workers {args.workers}: {problem}", file=sys.stderr)
        return 2
    try:
        asyncio.run(prepare_stores(settings))
    except ConfigError as exc:
        print(f"kpl: {exc.message}", file=sys.stderr)
        return 2
    # Each worker reads the same KPL_* settings (environment and .env) for itself.
    uvicorn.run(
        "api.cli.serve:worker_app",
        factory=True,
        workers=args.workers,
        host=host,
        port=port,
        log_config=None,
        proxy_headers=True,
    )
    return 0
