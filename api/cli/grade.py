"""`kpl grade EXAM ANSWERS`: grade a learner's answers to an exam."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from api.cli.console import follow, print_json, run_command
from api.cli.render import render_grade_report
from api.compose import open_services
from api.logs import configure_logging
from api.settings import Settings
from runtime.errors import InvalidRunInput
from runtime.run_request import RunRequest


def register(subparsers: Any) -> None:
    """Add `kpl grade`."""
    parser = subparsers.add_parser(
        "grade",
        help="grade answers to an exam",
        description="Grade answers (JSON: question number -> answer, or a list in order) against "
        "an exam (the JSON `kpl exam --json` prints).",
    )
    parser.add_argument("exam", type=Path, help="the exam as JSON")
    parser.add_argument("answers", type=Path, help="the answers as JSON")
    parser.add_argument("--json", action="store_true", help="print the report as JSON only")
    parser.add_argument(
        "--multiple-choice",
        choices=("partial", "all-or-nothing"),
        default="partial",
        help="how a multiple choice is marked: a correct subset earns half (partial, the default) "
        "or nothing (all-or-nothing); the report states it",
    )
    parser.set_defaults(handler=handle)


def read_json(path: Path, what: str) -> Any:
    """A JSON file's content; a clear error naming the file otherwise."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InvalidRunInput(f"cannot read the {what} file {path}: {exc.strerror}") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidRunInput(f"the {what} file {path} is not valid JSON: {exc}") from exc


def handle(args: argparse.Namespace, settings: Settings) -> int:
    """Run exam_grading and print the report."""
    configure_logging("WARNING")

    async def main() -> int:
        answers = read_json(args.answers, "answers")
        if isinstance(answers, dict) and "answers" in answers:
            answers = answers["answers"]  # accept {"answers": {...}} as well
        data = {
            "exam": read_json(args.exam, "exam"),
            "answers": answers,
            "multiple_choice": args.multiple_choice.replace("-", "_"),
        }
        async with open_services(settings, surface="cli") as services:
            result = await follow(services, RunRequest(graph="exam_grading", input=data))
        report = result.output["report"]
        if args.json:
            print_json(report)
        else:
            print(render_grade_report(report))
        return 0

    return run_command(main)
