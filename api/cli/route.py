"""`kpl route` (one message → the router's decision as JSON) and `kpl router eval` (measure it)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from api.cli.console import print_json, run_command
from api.compose import open_services, router_for
from api.logs import configure_logging
from api.settings import Settings
from graphs.errors import ContentError
from graphs.flows import BUILTIN_FLOW_NAMES
from graphs.library import ContentLibrary
from routers.decision import STRATEGIES, RouteContext, Strategy
from routers.dispatch import route_context, thread_view
from routers.errors import RouterError
from routers.evaluation import evaluate, format_report, load_cases
from routers.router import IntentRouter
from runtime.models import build_models

FLOWS = BUILTIN_FLOW_NAMES


def register(subparsers: Any) -> None:
    """Add `kpl route` and `kpl router eval`."""
    route = subparsers.add_parser(
        "route",
        help="show which flow a chat message would start, and why",
        description="Route one message and print the decision (intent, graph, confidence, source, "
        "params, reasoning, trace) as JSON. Runs nothing.",
    )
    route.add_argument("message")
    route.add_argument(
        "--thread",
        help="the thread the message belongs to: its state (paused? last flow?) is read from "
        "the checkpoint store",
    )
    route.add_argument("--paused-in", choices=FLOWS, help="simulate a thread paused in this flow")
    route.add_argument("--last-graph", choices=FLOWS, help="simulate the thread's last flow")
    route.add_argument("--strategy", choices=STRATEGIES, help="override the routing strategy")
    route.add_argument(
        "--offline", action="store_true", help="ignore KPL_MODEL; use the offline analyzer"
    )
    route.set_defaults(handler=handle_route)

    router = subparsers.add_parser("router", help="evaluate the intent router")
    commands = router.add_subparsers(dest="router_command", required=True, metavar="COMMAND")
    run = commands.add_parser(
        "eval",
        help="measure the router on labelled cases",
        description="Per-intent precision and recall, confusion matrix, coverage, clarify rate, "
        "parameter accuracy and p50/p95 latency per strategy. Exits 1 when accuracy is below "
        "--min-accuracy (for --strategy all: the default strategy's accuracy).",
    )
    run.add_argument("file", type=Path, help="a YAML list of cases (routers/eval/cases.yaml)")
    run.add_argument("--split", choices=["dev", "test", "all"], default="test")
    run.add_argument(
        "--strategy",
        choices=[*STRATEGIES, "all"],
        default=None,
        help="a strategy, or all of them (default: the configured one)",
    )
    run.add_argument("--min-accuracy", type=float, default=0.0)
    run.add_argument(
        "--offline", action="store_true", help="ignore KPL_MODEL; use the offline analyzer"
    )
    run.add_argument("--json", action="store_true", help="print the figures as JSON")
    run.add_argument("--failures", action="store_true", help="list the cases routed wrong")
    run.set_defaults(handler=handle_eval)


def build_router(
    settings: Settings, *, offline: bool, strategy: Strategy | None = None
) -> IntentRouter:
    """The router over the configured content and models."""
    library = ContentLibrary.load(settings.content_dir)
    models = () if offline else build_models(settings)
    return router_for(settings, library, models, strategy=strategy)


def handle_route(args: argparse.Namespace, settings: Settings) -> int:
    """Print the decision for one message."""
    configure_logging("WARNING")

    async def main() -> int:
        try:
            router = build_router(settings, offline=args.offline, strategy=args.strategy)
        except (RouterError, ContentError) as exc:
            print(f"kpl: {exc}", file=sys.stderr)
            return 1
        context = RouteContext(paused_in=args.paused_in, last_graph=args.last_graph)
        if args.thread:
            async with open_services(settings, surface="cli") as services:
                state = await services.executor.thread_state(args.thread)
                seen = route_context(thread_view(*state))
            context = RouteContext(
                paused_in=args.paused_in or seen.paused_in,
                last_graph=args.last_graph or seen.last_graph,
            )
        decision = await router.route(args.message, context)
        print_json({"thread_id": args.thread, **decision.to_dict()})
        return 0

    return run_command(main)


def handle_eval(args: argparse.Namespace, settings: Settings) -> int:
    """Evaluate strategies on a cases file; status 1 below --min-accuracy."""
    configure_logging("WARNING")

    async def main() -> int:
        try:
            router = build_router(settings, offline=args.offline)
            cases = load_cases(args.file, None if args.split == "all" else args.split)
        except (RouterError, ContentError) as exc:
            print(f"kpl: {exc}", file=sys.stderr)
            return 1
        default: Strategy = (
            args.strategy if args.strategy not in (None, "all") else router.policy.strategy
        )
        strategies: tuple[Strategy, ...] = STRATEGIES if args.strategy == "all" else (default,)
        reports = [await evaluate(router, cases, strategy) for strategy in strategies]
        if args.json:
            print_json(
                {
                    "file": str(args.file),
                    "split": args.split,
                    "analyzer": "offline" if router.model is None else router.model.name,
                    "reports": [r.to_dict() for r in reports],
                }
            )
        else:
            analyzer = (
                "offline n-gram analyzer" if router.model is None else f"model {router.model.name}"
            )
            print(f"{args.file} ({args.split} split, {len(cases)} cases, {analyzer})\n")
            for report in reports:
                print(format_report(report) + "\n")
                if args.failures:
                    for outcome in report.failures():
                        print(
                            f"    ✗ {outcome.case.text!r}: expected {outcome.case.intent} "
                            f"{json.dumps(outcome.case.params, ensure_ascii=False)}, got {outcome.intent} "
                            f"{json.dumps(outcome.params, ensure_ascii=False)}"
                        )
        judged = next(r for r in reports if r.strategy == default)
        if judged.accuracy < args.min_accuracy:
            print(
                f"kpl: {default} accuracy {judged.accuracy:.3f} is below --min-accuracy {args.min_accuracy}",
                file=sys.stderr,
            )
            return 1
        return 0

    return run_command(main)
