"""Helpers for the definition tests: a small valid definition, and where a marker sits in a text."""

from __future__ import annotations

import pytest

from graphs.definitions.issues import DefinitionIssue
from graphs.definitions.loader import ValidationResult

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


@pytest.fixture
def warmup_text() -> str:
    """The valid warm-up definition's text."""
    return WARMUP
