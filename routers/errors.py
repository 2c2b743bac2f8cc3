"""Errors raised by the intent router.

    RouterError               the router cannot decide with what it was given
    ├── RulesError            a rules file is wrong; lists every problem with its file and rule name
    ├── ExamplesError         the analyzer's example utterances are wrong (file, intent, fix)
    └── AnalyzerUnavailable   every model provider failed; the caller may fall back to the offline analyzer

Messages say what happened and how to fix it; they are shown to content authors as they are.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RuleProblem:
    """One thing wrong with a rules file: where, which rule, what, and how bad."""

    file: str
    rule: str
    message: str
    severity: str = "error"
    """`error` (the file is refused) or `warning` (reported; the rule still loads)."""

    def __str__(self) -> str:
        return f"{self.file}: rule {self.rule!r}: {self.message}"


class RouterError(Exception):
    """The router cannot decide with what it was given."""


class RulesError(RouterError):
    """A rules file is wrong; `problems` names the file and rule of each."""

    def __init__(self, problems: list[RuleProblem]) -> None:
        self.problems = problems
        super().__init__("routing rules are wrong:\n" + "\n".join(f"  {p}" for p in problems))


class ExamplesError(RouterError):
    """The analyzer's example utterances are missing or malformed."""


class AnalyzerUnavailable(RouterError):
    """Every model provider failed for this message."""
