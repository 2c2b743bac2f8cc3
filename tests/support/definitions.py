"""Authored definitions for tests: texts to run and break, a content folder per test, edits to make
in it, where a marker sits in a text, and what a run or a check gave."""

from __future__ import annotations

import os
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from langchain_core.runnables import RunnableConfig

from api.settings import Settings
from graphs.definitions.issues import DefinitionIssue
from graphs.definitions.loader import ValidationResult
from graphs.library import SHIPPED_CONTENT
from runtime.events import RunEvent
from runtime.executor import GraphExecutor
from runtime.run_request import RunRequest

GREETER = """\
kind: graph
schema_version: 1
id: greeter
version: "1"
description: Greets the learner, asks how they are, and keeps the reply.
state:
  name: {type: string, input: true, description: who is greeted}
  greeting: {type: string, description: the greeting}
  cheer: {type: string, description: a cheering line}
  reply: {type: string, description: the learner's answer}
entry: greet
nodes:
  greet:
    type: llm_prompt
    params:
      prompt: "Say hello to {{ name }}."
      output:
        greeting: {type: string, to: greeting}
  ask:
    type: interrupt
    params: {prompt: "{{ greeting }} How are you?", store: reply}
edges:
  - {source: greet, target: ask}
  - {source: ask, target: END}
output: [greeting, cheer, reply]
"""

GREETER_CHEERING = (
    GREETER.replace('version: "1"', 'version: "2"')
    .replace(
        "  ask:\n",
        "  cheer_up:\n"
        "    type: llm_prompt\n"
        "    params:\n"
        '      prompt: "Cheer {{ name }} up."\n'
        "      output:\n"
        "        cheer: {type: string, to: cheer}\n"
        "  ask:\n",
    )
    .replace(
        "  - {source: greet, target: ask}\n",
        "  - {source: greet, target: cheer_up}\n  - {source: cheer_up, target: ask}\n",
    )
)
"""The greeter with a node added between greeting and asking."""

TYPO_LINE = GREETER.splitlines().index("    type: llm_prompt") + 1
"""The line `GREETER_TYPO` misspells the node type on (1-based)."""
GREETER_TYPO = GREETER.replace('version: "1"', 'version: "3"').replace(
    "    type: llm_prompt", "    type: llm_promt", 1
)

PRACTICE_INPUT = {"scenario": "objection-handling"}
REPLIES = (
    "您好，请问您平时什么时候有空锻炼？",
    "您的健身目标是减脂还是增肌呢？",
    "年卡折算下来每天不到11元，还可以分12期免息。",
)


WARMUP = """\
kind: graph
schema_version: 1
id: warmup_quiz
version: "1"
description: A warm-up question from the material, then the learner's answer.
state:
  text: {type: string, input: true}
  warmup: {type: string}
  reply: {type: string}
entry: warmup
nodes:
  warmup:
    type: llm_prompt
    params:
      prompt: "Material: {{ text }}"
      output:
        question: {to: warmup}
  ask:
    type: interrupt
    params: {prompt: "{{ warmup }}", store: reply}
edges:
  - {source: warmup, target: ask}
  - {source: ask, target: END}
"""
"""A valid definition the error tests break one way at a time."""


RULES_CONFLICT = """\
kind: rules
id: extra-rules
rules:
  - name: quiz-me
    intent: exam_generate
    priority: 60
    keywords: {any: [quiz]}
  - name: quiz-help
    intent: help
    priority: 60
    keywords: {any: [quiz]}
"""
"""A rules file whose second rule overlaps the first at the same priority."""


def coached_practice(text: str) -> str:
    """The practice definition with a coaching node after each turn's evaluation."""
    return (
        text.replace('version: "1"', 'version: "2-coached"')
        .replace(
            "  report: {type: object, description: the final report}\n",
            "  report: {type: object, description: the final report}\n"
            "  coach_note: {type: string, description: a coaching line after each turn}\n",
        )
        .replace(
            "  update_mood: {type: update_mood}\n",
            "  update_mood: {type: update_mood}\n"
            "  coach:\n"
            "    type: llm_prompt\n"
            "    params:\n"
            '      prompt: "Coach the learner after turn {{ turn }} in stage {{ stage }}."\n'
            "      output:\n"
            "        note: {type: string, to: coach_note}\n",
        )
        .replace(
            "  - {source: evaluate_turn, target: update_mood}\n",
            "  - {source: evaluate_turn, target: coach}\n  - {source: coach, target: update_mood}\n",
        )
    )


def content_folder(tmp_path: Path, *, extra: dict[str, str] | None = None) -> Path:
    """A copy of the shipped content (definitions included) plus `extra` definition files."""
    root = tmp_path / "content"
    shutil.copytree(SHIPPED_CONTENT, root)
    for name, text in (extra or {}).items():
        (root / "graphs" / name).write_text(text, encoding="utf-8")
    return root


def save(path: Path, text: str) -> None:
    """Write a file as editors do: a temporary file renamed over it, so no reader sees half."""
    temporary = path.with_name(f".{path.name}.saving")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def live_settings(tmp_path: Path, content: Path, **overrides: Any) -> Settings:
    """Settings over SQLite in tmp_path and the given content folder, no .env."""
    values: dict[str, Any] = {
        "checkpoint_url": f"sqlite:///{tmp_path}/kpl.db",
        "content_dir": content,
        "reload": False,
        **overrides,
    }
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


async def collect(executor: GraphExecutor, request: RunRequest) -> list[RunEvent]:
    """Every event of a run."""
    return [event async for event in executor.stream(request)]


def nodes(events: Sequence[RunEvent]) -> list[str]:
    """The nodes that ran, in order."""
    return [e.data["node"] for e in events if e.event == "node_start"]


def ending(events: Sequence[RunEvent]) -> dict[str, Any]:
    """The data of the run's last event (`completed` or `error`)."""
    assert events[-1].event in ("completed", "error"), events[-1]
    return events[-1].data


async def pinned_digest(executor: GraphExecutor, thread_id: str) -> str | None:
    """The definition digest the thread's latest checkpoint records."""
    config: RunnableConfig = {"configurable": {"thread_id": thread_id, "checkpoint_ns": ""}}
    found = await executor.checkpointer.aget_tuple(config)
    assert found is not None
    digest = found.metadata.get("definition_digest")
    return digest if isinstance(digest, str) else None


def position_of(text: str, marker: str, occurrence: int = 1) -> tuple[int, int]:
    """The 1-based line and column where the `occurrence`-th `marker` starts in `text`."""
    index = -1
    for _ in range(occurrence):
        index = text.index(marker, index + 1)
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def only_issue(result: ValidationResult) -> DefinitionIssue:
    """The one issue of a result (a check must not cascade into others)."""
    assert len(result.issues) == 1, [str(i) for i in result.issues]
    return result.issues[0]
