"""`kpl graphs list|show`: the registered flows, their nodes, edges and mermaid diagram."""

from __future__ import annotations

import argparse
from typing import Any

from api.cli.console import print_json, run_command
from api.compose import open_services
from api.logs import configure_logging
from api.settings import Settings
from runtime.shapes import graph_shape, graph_summary


def register(subparsers: Any) -> None:
    """Add `kpl graphs list` and `kpl graphs show NAME`."""
    parser = subparsers.add_parser("graphs", help="list the flows or show one")
    commands = parser.add_subparsers(dest="graphs_command", required=True, metavar="ACTION")
    listing = commands.add_parser("list", help="every registered flow with its version")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=handle_list)
    show = commands.add_parser("show", help="a flow's nodes, edges and mermaid text")
    show.add_argument("name")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=handle_show)


def handle_list(args: argparse.Namespace, settings: Settings) -> int:
    """Print every registered flow."""
    configure_logging("WARNING")

    async def main() -> int:
        async with open_services(settings, surface="cli") as services:
            rows = graph_summary(services.executor)
        if args.json:
            print_json(rows)
        else:
            width = max(len(row["name"]) for row in rows)
            for row in rows:
                print(
                    f"{row['name']:<{width}}  {row['label']:<14}  {row['source']:<10}  "
                    f"{row['description']}"
                )
        return 0

    return run_command(main)


def handle_show(args: argparse.Namespace, settings: Settings) -> int:
    """Print one flow's nodes, edges and mermaid text."""
    configure_logging("WARNING")

    async def main() -> int:
        async with open_services(settings, surface="cli") as services:
            shape = graph_shape(services.executor, args.name)
        if args.json:
            print_json(shape)
            return 0
        print(f"{shape['name']} ({shape['label']}, {shape['source']})")
        print(shape["description"])
        print("\nnodes: " + ", ".join(shape["nodes"]))
        print("edges:")
        for edge in shape["edges"]:
            arrow = "-.->" if edge["conditional"] else "--->"
            print(f"  {edge['source']} {arrow} {edge['target']}")
        print("\n" + shape["mermaid"])
        return 0

    return run_command(main)
