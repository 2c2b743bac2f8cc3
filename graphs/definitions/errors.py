"""Errors of authored graph definitions.

    ContentError (graphs.errors)   an authored file is wrong
    └── DefinitionError            authored files are invalid; carries every located issue
                                   (one graph definition, or a whole content folder)
    FlowError (graphs.errors)
    └── ExpressionFailed           an expression could not be evaluated on a run's state
        └── ExpressionOverBudget   it ran past a limit of the expression budget (steps, sizes)
    ExpressionSyntaxError          an expression or template does not parse (turned into an issue)
    yaml.MarkedYAMLError
    └── YamlLimitExceeded          an authored text is past a parser limit (turned into an issue)

Load-time problems are never raised one by one: the loader collects them as `DefinitionIssue`s
(file, line, column, field path, message) and raises or returns them all at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import yaml

from graphs.errors import ContentError, FlowError

if TYPE_CHECKING:
    from graphs.definitions.issues import DefinitionIssue


class DefinitionError(ContentError):
    """Authored files are invalid; `issues` holds every problem found, located.

    The issues of one file read `line:column: path: message` after the file's name; with
    `source` (the content folder they were loaded from) each reads `file:line:column: ...`.
    """

    def __init__(self, issues: list[DefinitionIssue], *, source: str | None = None) -> None:
        self.issues = issues
        if source is None:
            file = issues[0].file if issues else "<definition>"
            super().__init__(file, [issue.describe() for issue in issues])
        else:
            super().__init__(source, [str(issue) for issue in issues])


class ExpressionFailed(FlowError):
    """An expression met state it cannot work on (say, `len()` of a number)."""


class ExpressionOverBudget(ExpressionFailed):
    """An expression's evaluation would pass a limit of its budget; `limit` names which
    (`max_steps`, `max_size`, `max_allocated`, `max_int_bits`)."""

    def __init__(self, message: str, *, limit: str) -> None:
        self.limit = limit
        super().__init__(message)


class ExpressionSyntaxError(ValueError):
    """An expression or template does not parse, or uses something the language forbids.

    `offset` is where in the source text the problem starts (0-based), so the issue can point
    at the column in the YAML file.
    """

    def __init__(self, message: str, offset: int = 0) -> None:
        self.message = message
        self.offset = offset
        super().__init__(message)


class YamlLimitExceeded(yaml.MarkedYAMLError):
    """An authored YAML text is past one of the parser's limits (graphs/definitions/yaml_limits.py).

    Raised while composing, before any alias is expanded; `limit` names the limit (`max_bytes`,
    `max_depth`, `max_aliases`, `max_values`, `max_expanded_chars`, `recursive_alias`), `path` is
    where in the data the offending value sits and `problem_mark` its position.
    """

    def __init__(self, message: str, *, limit: str, path: tuple[str | int, ...], mark: yaml.Mark):
        super().__init__(problem=message, problem_mark=mark)
        self.message = message
        self.limit = limit
        self.path = path
