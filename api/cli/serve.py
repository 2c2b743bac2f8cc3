"""`kpl serve`: run the HTTP service under uvicorn."""

from __future__ import annotations

import argparse
import sys
from typing import Any

import uvicorn

from api.app import create_app
from api.logs import configure_logging
from runtime.settings import Settings


def register(subparsers: Any) -> None:
    """Add `kpl serve`."""
    parser = subparsers.add_parser("serve", help="run the HTTP + SSE service")
    parser.add_argument("--host", help="default: KPL_HOST or 127.0.0.1")
    parser.add_argument("--port", type=int, help="default: KPL_PORT or 8000")
    parser.add_argument(
        "--workers",
        type=int,
        default=1,
        help="worker processes (more than one needs the Redis broker, not built yet)",
    )
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace, settings: Settings) -> int:
    """Serve until interrupted."""
    configure_logging(settings.log_level, json=settings.log_json)
    host = args.host or settings.host
    port = args.port if args.port is not None else settings.port
    if args.workers != 1:
        print(
            "kpl: --workers > 1 needs a shared event broker and thread locks (Redis), which are "
            "not built yet; run one worker",
            file=sys.stderr,
        )
        return 2
    uvicorn.run(create_app(settings), host=host, port=port, log_config=None, proxy_headers=True)
    return 0
