"""`kpl practice SCENARIO` / `kpl practice --thread ID`: role-play in the terminal.

The learner's brief (background, their role, objectives, what they may offer; never the customer's
hidden goal) is printed first; then the persona's lines stream to stdout and the learner types
replies. Ctrl-D (or the end of piped input) leaves the session where it is, checkpointed, and says
that no report was made yet: `kpl practice
--thread ID` continues it, in any later process. A reply that is only a quit word (结束, quit) ends
it with the report; a sentence that contains one is a reply.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import threading
from typing import Any

from api.cli.console import follow, print_json, run_command
from api.cli.render import render_practice_report
from api.compose import open_services
from api.logs import configure_logging
from api.services import Services
from api.settings import Settings
from graphs.practice_dialogue.brief import scenario_brief
from graphs.scenarios import Scenario
from runtime.errors import InvalidRunInput
from runtime.executor import GraphExecutor
from runtime.redaction import redacted
from runtime.run_request import RunRequest, RunResult, new_id

GRAPH = "practice_dialogue"
NOT_ENDED = (
    "not ended, so no report yet: continue it with the command above; a line that is only "
    "结束 (or quit) ends it with the report / 会话未结束，尚无报告：用上面的命令继续，"
    "输入单独一行“结束”即结束并生成报告"
)
"""Said when input ends before the session does: a scripted learner without a quit line
would otherwise wonder where the report went."""


def register(subparsers: Any) -> None:
    """Add `kpl practice`."""
    parser = subparsers.add_parser(
        "practice",
        help="role-play a practice scenario",
        description="Role-play a scenario: the customer's lines stream to stdout, you type your "
        "replies. A reply that is only 结束 (or quit, end, 退出) ends the session with its "
        "report; Ctrl-D or Ctrl-C leaves it where it is, checkpointed, and prints the "
        "`kpl practice --thread ID` that continues it.",
    )
    parser.add_argument("scenario", nargs="?", help="scenario id (see --list)")
    parser.add_argument("--thread", help="continue this session")
    parser.add_argument("--list", action="store_true", help="list the scenarios")
    parser.add_argument("--no-coaching", action="store_true", help="no hints after each turn")
    parser.add_argument("--json", action="store_true", help="print the final report as JSON")
    parser.set_defaults(handler=handle)


async def read_reply() -> str | None:
    """The learner's next line; None at end of input.

    Read on a daemon thread: Ctrl-C at the prompt then ends the command at once, where a pool
    thread blocked in `readline` would hold the exit until Enter."""
    print("\n你 / you> ", end="", file=sys.stderr, flush=True)
    loop = asyncio.get_running_loop()
    answer: asyncio.Future[str] = loop.create_future()

    def settle(line: str) -> None:
        if not answer.done():
            answer.set_result(line)

    def read() -> None:
        loop.call_soon_threadsafe(settle, sys.stdin.readline())

    threading.Thread(target=read, name="kpl-stdin", daemon=True).start()
    line = await answer
    return line.rstrip("\n") if line else None


async def pending_prompt(executor: GraphExecutor, thread_id: str, store: str) -> Any:
    """The interrupt a saved session is waiting on; a clear error naming the store if there is
    none (a session kept in another store is not found in this one)."""
    graph, state = await executor.thread_state(thread_id)
    if graph is None or state is None:
        raise InvalidRunInput(
            f"no session {thread_id} in {store} (KPL_CHECKPOINT_URL, KPL_HOME): run kpl with "
            "the store the session was started in"
        )
    if graph != GRAPH:
        raise InvalidRunInput(f"thread {thread_id} in {store} is not a practice session")
    if not state.interrupts:
        raise InvalidRunInput(f"practice session {thread_id} has already ended")
    return state.interrupts[0].value


def render_brief(brief: dict[str, Any]) -> str:
    """The brief as the session's banner."""
    lines = [
        f"== {brief['title']} ==",
        f"背景 Background: {brief['background']}",
        f"你的角色 Your role: {brief['role']}",
        "目标 Objectives:",
        *(f"  - {item}" for item in brief["objectives"]),
    ]
    if brief["may_offer"]:
        lines += ["可以提供 You may offer:", *(f"  - {item}" for item in brief["may_offer"])]
    lines.append("(只输入「结束」或 quit 结束练习 / type only 结束 or quit to end)")
    return "\n".join(lines) + "\n"


def print_brief(executor: GraphExecutor, scenario_id: str) -> None:
    """Print the scenario's brief (an unknown id is left for the flow to report)."""
    library = executor.context.library
    if scenario_id in library.ids("scenario"):
        print(render_brief(scenario_brief(library.get(Scenario, scenario_id))))


def show_hint(value: Any) -> None:
    """End the persona's streamed line; then the coaching hint attached to it, if any."""
    print(flush=True)
    if isinstance(value, dict) and value.get("hint"):
        print(f"\n(提示 hint: {value['hint']})", file=sys.stderr)


async def take_turn(services: Services, request: RunRequest) -> RunResult:
    """Run one persona turn: its line streams to stdout, then the hint for the learner."""
    result = await follow(services, request, progress=False, tokens=True)
    show_hint(result.interrupt)
    return result


def handle(args: argparse.Namespace, settings: Settings) -> int:
    """Run the interactive session."""
    configure_logging("WARNING")

    async def main() -> int:
        async with open_services(settings, surface="cli") as services:
            executor = services.executor
            if args.list:
                for scenario_id in executor.context.library.ids("scenario"):
                    scenario = executor.context.library.items["scenario"][scenario_id]
                    print(f"{scenario_id:<24} {getattr(scenario, 'title', '')}")
                return 0
            if args.thread:
                thread_id = args.thread
                store = redacted(settings.checkpoint_url)
                question = await pending_prompt(executor, thread_id, store)
                if isinstance(question, dict) and question.get("scenario"):
                    print_brief(executor, str(question["scenario"]))
                print(question.get("prompt", "") if isinstance(question, dict) else question)
                show_hint(question)
                result: RunResult | None = None
            else:
                if not args.scenario:
                    raise InvalidRunInput("name a scenario (kpl practice --list) or --thread ID")
                thread_id = new_id()
                data: dict[str, Any] = {"scenario": args.scenario}
                if args.no_coaching:
                    data["coaching"] = False
                print(
                    f"session {thread_id} (continue later: kpl practice --thread {thread_id})",
                    file=sys.stderr,
                )
                print_brief(executor, args.scenario)
                result = await take_turn(
                    services, RunRequest(graph=GRAPH, thread_id=thread_id, input=data)
                )
            while result is None or result.status == "interrupted":
                try:
                    reply = await read_reply()
                except asyncio.CancelledError:  # Ctrl-C at the prompt
                    print(f"\nsession saved: kpl practice --thread {thread_id}", file=sys.stderr)
                    raise
                if reply is None:
                    print(f"\nsession saved: kpl practice --thread {thread_id}", file=sys.stderr)
                    print(NOT_ENDED, file=sys.stderr)
                    return 0
                if not reply.strip():
                    continue
                result = await take_turn(
                    services, RunRequest(graph=GRAPH, thread_id=thread_id, resume=reply)
                )
        print()
        report = result.output.get("report") or {}
        if args.json:
            print_json(report)
        else:
            print(render_practice_report(report))
        return 0

    return run_command(main)
