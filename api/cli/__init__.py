"""The `kpl` command line: one module per command group, each with `register(subparsers)`.

A command module adds its parsers and sets `handler` on each: `handler(args, settings) -> int`,
the process exit status. Settings are parsed here, once, and passed down. A command's module is
imported only when that command runs (`kpl --help` imports none of them: under 0.3 s), so
`COMMANDS` carries each command's one-line help.

Exit status: 0 done; 1 an error (one line on stderr) or, for `kpl exam`, no question at all;
2 bad usage or configuration; 3 `kpl exam` short of the blueprint (the shortfall on stderr);
130 interrupted.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from importlib import metadata

COMMANDS: dict[str, tuple[str, str]] = {
    "exam": ("api.cli.exam", "generate an exam from course material"),
    "grade": ("api.cli.grade", "grade answers to an exam"),
    "practice": ("api.cli.practice", "role-play a practice scenario"),
    "graphs": ("api.cli.graphs", "list the flows or show one"),
    "definitions": ("api.cli.definitions", "check, try and describe definitions and content files"),
    "route": ("api.cli.route", "show which flow a chat message would start, and why"),
    "router": ("api.cli.route", "evaluate the intent router"),
    "serve": ("api.cli.serve", "run the HTTP + SSE service"),
}
"""Command -> (the module that registers it, its one-line help)."""

EPILOG = (
    "exit status: 0 done, 1 error (or no exam question), 2 bad usage or configuration, "
    "3 an exam short of its blueprint, 130 interrupted"
)


def version() -> str:
    """The installed package's version."""
    try:
        return metadata.version("kaopeilian")
    except metadata.PackageNotFoundError:  # a source tree run without installing
        return "unknown"


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The `kpl` parser: every command's one-line help, and the full arguments of `command`."""
    parser = argparse.ArgumentParser(
        prog="kpl", description="Kaopeilian 考培练 runtime", epilog=EPILOG
    )
    parser.add_argument("--version", action="version", version=f"kpl {version()}")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, (module_name, help_text) in COMMANDS.items():
        if name == command:
            importlib.import_module(module_name).register(_Only(subparsers, name))
        elif command is None or COMMANDS[command][0] != module_name:
            subparsers.add_parser(name, help=help_text)
    return parser


class _Only:
    """The subparsers of one command: a module that registers several adds only this one."""

    def __init__(self, subparsers: argparse._SubParsersAction[argparse.ArgumentParser], name: str):
        self.subparsers = subparsers
        self.name = name

    def add_parser(self, name: str, **kwargs: object) -> argparse.ArgumentParser:
        if name == self.name:
            return self.subparsers.add_parser(name, **kwargs)  # type: ignore[arg-type]
        return argparse.ArgumentParser(prog=f"kpl {name}", add_help=False)  # not this command


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `kpl` console script."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    command = next((a for a in arguments if not a.startswith("-")), None)
    parser = build_parser(command if command in COMMANDS else None)
    args = parser.parse_args(arguments)
    from pydantic import ValidationError

    from api.compose import register_authored_kinds
    from api.settings import Settings

    register_authored_kinds()
    try:
        settings = Settings()
    except ValidationError as exc:
        print(f"kpl: bad configuration:\n{exc}", file=sys.stderr)
        return 2
    status: int = args.handler(args, settings)
    return status
