"""The `kpl` command line: one module per command group, each with `register(subparsers)`.

A command module adds its parsers and sets `handler` on each: `handler(args, settings) -> int`,
the process exit status. Settings are parsed here, once, and passed down.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from pydantic import ValidationError

from api.compose import register_authored_kinds
from api.settings import Settings

COMMAND_MODULES = (
    "api.cli.exam",
    "api.cli.grade",
    "api.cli.practice",
    "api.cli.graphs",
    "api.cli.definitions",
    "api.cli.route",
    "api.cli.serve",
)


def build_parser() -> argparse.ArgumentParser:
    """The whole `kpl` parser, with every command module's subcommands."""
    parser = argparse.ArgumentParser(prog="kpl", description="Kaopeilian 考培练 runtime")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module_name in COMMAND_MODULES:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
            continue
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `kpl` console script."""
    register_authored_kinds()
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        settings = Settings()
    except ValidationError as exc:
        print(f"kpl: bad configuration:\n{exc}", file=sys.stderr)
        return 2
    status: int = args.handler(args, settings)
    return status
