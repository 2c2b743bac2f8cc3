"""Errors raised by flows and their content.

    FlowError                 a flow cannot go on with what it was given
    ├── InvalidInput          the run's input is wrong (empty material, bad blueprint, unknown id)
    └── ContentError          an authored file is wrong; names the file, the field path and the fix
    ModelOutputError          a model's answer failed validation after the allowed repairs

The runtime wraps `FlowError` into its own `InvalidRunInput`; messages are shown to users as they are,
so they say what happened and how to fix it.
"""

from __future__ import annotations


class FlowError(Exception):
    """A flow cannot go on with what it was given."""


class InvalidInput(FlowError):
    """The run's input is wrong; the message names the field and the fix."""


class ContentError(FlowError):
    """An authored content file is wrong."""

    def __init__(self, file: str, problems: list[str]) -> None:
        self.file = file
        self.problems = problems
        joined = "; ".join(problems)
        super().__init__(f"{file}: {joined}")


class ModelOutputError(Exception):
    """A model's structured answer failed validation; the offline engine may take over."""
