"""`kpl exam`: generate a validated exam from course material."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from api.cli.console import follow, print_json, run_command
from api.cli.render import render_exam
from api.compose import open_services
from api.logs import configure_logging
from api.settings import Settings
from graphs.exams import QUESTION_TYPES
from runtime.errors import InvalidRunInput
from runtime.run_request import RunRequest


def register(subparsers: Any) -> None:
    """Add `kpl exam`."""
    parser = subparsers.add_parser(
        "exam",
        help="generate an exam from course material",
        description="Generate a validated exam. Progress goes to stderr; with --json, stdout "
        "holds exactly the exam as JSON.",
        epilog="exit status: 0 every question asked for; 3 short of the blueprint (what is "
        "missing and why on stderr); 1 no question at all, or an error",
    )
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--material", type=Path, help="a text or markdown file ('-' for stdin)")
    source.add_argument("--course", help="the id of an authored course")
    parser.add_argument("--blueprint", help="the id of an authored blueprint")
    for question_type in QUESTION_TYPES:
        flag = "--" + question_type.replace("_", "-")
        parser.add_argument(flag, type=int, metavar="N", help=f"how many {question_type} questions")
    parser.add_argument("--difficulty", choices=["easy", "medium", "hard", "mixed"])
    parser.add_argument(
        "--knowledge-point",
        action="append",
        dest="knowledge_points",
        metavar="POINT",
        help="a point the exam must cover (repeatable)",
    )
    parser.add_argument("--language", choices=["zh", "en"])
    parser.add_argument("--json", action="store_true", help="print the exam as JSON only")
    parser.add_argument("--thread", help="run on this thread id (default: a new thread)")
    parser.set_defaults(handler=handle)


def exam_input(args: argparse.Namespace) -> dict[str, Any]:
    """The exam_generation input the arguments describe."""
    data: dict[str, Any] = {}
    if args.material is not None:
        data["material"] = read_material(args.material)
    if args.course:
        data["course"] = args.course
    if args.blueprint:
        data["blueprint_id"] = args.blueprint
    for name in (*QUESTION_TYPES, "difficulty", "knowledge_points", "language"):
        value = getattr(args, name)
        if value is not None:
            data[name] = value
    return data


def read_material(path: Path) -> str:
    """The material file's text; a clear error if it cannot be read."""
    if str(path) == "-":
        return sys.stdin.read()
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidRunInput(f"cannot read material file {path}: {exc}") from exc


def handle(args: argparse.Namespace, settings: Settings) -> int:
    """Run exam_generation and print the exam."""
    configure_logging("WARNING")

    async def main() -> int:
        async with open_services(settings, surface="cli") as services:
            request = RunRequest(graph="exam_generation", input=exam_input(args))
            if args.thread:
                request = RunRequest(
                    graph="exam_generation", input=request.input, thread_id=args.thread
                )
            result = await follow(services, request)
        if result.status == "interrupted":
            raise InvalidRunInput(f"the flow asks for more: {result.interrupt}")
        exam = result.output["exam"]
        if args.json:
            print_json(exam)
        else:
            print(render_exam(exam))
        return exam_status(exam)

    return run_command(main)


SHORT_OF_THE_BLUEPRINT = 3
"""The exit status of an exam with fewer questions than asked for (1 is for none at all)."""


def exam_status(exam: dict[str, Any]) -> int:
    """0 when the exam is complete; else its shortfall on stderr, and 3 (some questions) or 1
    (none)."""
    missing = exam.get("shortfall") or []
    for gap in missing:
        print(
            f"kpl: {gap['missing']} {gap['type']} missing: {gap['reason']}",
            file=sys.stderr,
        )
    if not exam.get("questions"):
        print("kpl: the exam has no question (see above)", file=sys.stderr)
        return 1
    return SHORT_OF_THE_BLUEPRINT if missing else 0
