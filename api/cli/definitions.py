"""`kpl definitions validate|preview|schema|list`: author definitions from the terminal.

    kpl definitions validate content/ my_flow.yaml my-rubric.yaml   # every problem, exit 1 if any
    kpl definitions preview my_flow.yaml --input sample.json --reply "你好"
    kpl definitions schema > kpl.schema.json                          # for editor completion
    kpl definitions list                                              # what a server would serve

`validate` checks files of every kind (graph, course, scenario, rubric, blueprint, rules) as the
server checks them: against the content folder (`KPL_CONTENT_DIR`) as it would be with the given
files saved into it (a file replaces the folder's file of the same kind and id), and the graphs it
would serve, so `subgraph` nodes, scenario, rubric and course references resolve the same way.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from api.cli.console import print_json, run_command
from api.logs import configure_logging
from api.settings import Settings
from graphs.definitions.issues import DefinitionIssue
from graphs.definitions.schema import definitions_json_schema
from graphs.definitions.yaml_limits import load_bounded
from graphs.library import ContentLibrary
from runtime.content.preview import offline_content, preview_events, preview_executor
from runtime.errors import InvalidRunInput
from runtime.events import RunEvent

SUFFIXES = (".yaml", ".yml")


def register(subparsers: Any) -> None:
    """Add `kpl definitions validate`, `preview`, `schema` and `list`."""
    parser = subparsers.add_parser(
        "definitions", help="check, try and describe definitions and content files"
    )
    commands = parser.add_subparsers(dest="definitions_command", required=True, metavar="ACTION")

    validate = commands.add_parser(
        "validate",
        help="check authored files of every kind; prints file:line:column: path: message per "
        "problem",
    )
    validate.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="a file or folder")
    validate.add_argument("--json", action="store_true", help="the problems as one JSON list")
    validate.set_defaults(handler=handle_validate)

    preview = commands.add_parser(
        "preview", help="run a definition on the offline engine and print its events"
    )
    preview.add_argument("file", type=Path)
    preview.add_argument("--input", type=Path, help="a JSON file with the run's input")
    preview.add_argument(
        "--reply",
        action="append",
        default=[],
        metavar="TEXT",
        help="answers the next interrupt (repeat for more); without one the preview stops there",
    )
    preview.add_argument("--json", action="store_true", help="one JSON object per event")
    preview.set_defaults(handler=handle_preview)

    schema = commands.add_parser("schema", help="print the JSON Schema of every content kind")
    schema.set_defaults(handler=handle_schema)

    listing = commands.add_parser("list", help="the content folder's definitions and status")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=handle_list)


def yaml_files(paths: list[Path]) -> list[Path]:
    """The YAML files among `paths`, folders searched."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.suffix in SUFFIXES))
        elif path.exists():
            found.append(path)
        else:
            raise InvalidRunInput(f"no such file or folder: {path}")
    return found


def _kind(path: Path) -> str:
    """A file's `kind` for the summary; `?` when it does not parse or has none."""
    try:
        data = load_bounded(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return "?"
    kind = data.get("kind") if isinstance(data, dict) else None
    return kind if isinstance(kind, str) else "?"


def handle_validate(args: argparse.Namespace, settings: Settings) -> int:
    """Print every problem of every file; status 1 when there is any."""
    configure_logging("ERROR")

    async def main() -> int:
        files = yaml_files(args.paths)
        # The folder as it would be with these files saved into it; its own problems are
        # not the files' (`kpl definitions list` and the server report those).
        library, _ = ContentLibrary.scan(settings.content_dir, extra=files)
        content = offline_content(settings, library=library)
        problems: list[DefinitionIssue] = []
        for path in files:
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                problems.append(
                    DefinitionIssue(
                        str(path), 1, 1, "(file)", f"cannot be read: {exc}; save it as UTF-8 text"
                    )
                )
                continue
            problems.extend(content.check(text, file=str(path), path=path)[1])
        if args.json:
            print_json([issue.public() for issue in problems])
        else:
            for issue in problems:
                print(str(issue))
        kinds = Counter(_kind(path) for path in files)
        shown = ", ".join(f"{kind} {count}" for kind, count in sorted(kinds.items()))
        bad = len({issue.file for issue in problems})
        print(
            f"{len(files)} file(s) ({shown or 'none'}), {bad} with problems, "
            f"{len(problems)} problem(s)",
            file=sys.stderr,
        )
        return 1 if problems else 0

    return run_command(main)


def handle_preview(args: argparse.Namespace, settings: Settings) -> int:
    """Run the file on the offline engine and an in-memory thread; print each event."""
    configure_logging("ERROR")

    async def main() -> int:
        content = offline_content(settings)
        definition, issues = content.check(_read(args.file), file=str(args.file))
        if definition is None:
            for issue in issues:
                print(str(issue), file=sys.stderr)
            print(f"kpl: {args.file} is invalid; nothing was run", file=sys.stderr)
            return 1
        sample = _input(args.input)
        executor = preview_executor(
            definition, registry=content.executor.registry, context=content.executor.context
        )
        failed = False
        async for event in preview_events(executor, definition.id, sample, replies=args.reply):
            failed = failed or event.event == "error"
            print(_event_line(event, as_json=args.json), flush=True)
        return 1 if failed else 0

    return run_command(main)


def handle_schema(args: argparse.Namespace, settings: Settings) -> int:
    """Print the JSON Schema (point an editor's YAML language server at it)."""
    print_json(definitions_json_schema())
    return 0


def handle_list(args: argparse.Namespace, settings: Settings) -> int:
    """Print each definition file of the content folder with its status; 1 if one is invalid."""
    configure_logging("ERROR")

    async def main() -> int:
        content = offline_content(settings)
        invalid = any(status.status == "invalid" for status in content.statuses)
        if args.json:
            print_json([status.public() for status in content.statuses])
            return 1 if invalid else 0
        from runtime.shapes import definition_label  # the label `kpl graphs list` shows

        for status in content.statuses:
            served = (
                definition_label(status.active_version, status.active_digest)
                if status.active_digest
                else "nothing runs"
            )
            print(f"{status.graph or '?':<24} {status.status:<8} {served:<14}  {status.file}")
            for issue in status.errors:
                print(f"    {issue}")
        return 1 if invalid else 0

    return run_command(main)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidRunInput(f"cannot read {path}: {exc}; pass a UTF-8 YAML file") from None


def _input(path: Path | None) -> dict[str, Any]:
    if path is None:
        return {}
    try:
        value = json.loads(_read(path))
    except json.JSONDecodeError as exc:
        raise InvalidRunInput(f"{path}:{exc.lineno}:{exc.colno}: not JSON: {exc.msg}") from None
    if not isinstance(value, dict):
        raise InvalidRunInput(f"{path}: the input must be a JSON object")
    return value


def _event_line(event: RunEvent, *, as_json: bool) -> str:
    if as_json:
        return json.dumps({"event": event.event, **event.data}, ensure_ascii=False)
    data = {k: v for k, v in event.data.items() if k != "run_id"}
    shown = json.dumps(data, ensure_ascii=False)
    return f"{event.event:<14} {shown if len(shown) <= 240 else shown[:240] + '…'}"
