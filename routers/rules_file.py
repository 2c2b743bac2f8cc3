"""Located validation of a `kind: rules` file, through the router's own model and checks
(plugged into the definitions loader as `RULES_KIND`, graphs/definitions/plugins.py).

The model is routers/rules.py `RulesFile`; the rules are compiled (`compile_rules`: regexes, time
zones, registered callables) and checked (routers/rule_checks.py: conflicts at equal priority,
shadowed rules, examples that do not fire) exactly as the router does on load, next to the shipped
dynamic rules of the library's content. Each error is located at its rule, and at the rule's field
when the router's message names one (`patterns: ...`).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any

from pydantic import ValidationError

from graphs.definitions.checks import BUILTIN_GRAPHS
from graphs.definitions.issues import DefinitionIssue, IssueCollector
from graphs.definitions.plugins import AuthoredKind
from graphs.definitions.pydantic_issues import issues_from_error
from graphs.definitions.source import Loc, LocatedYaml
from graphs.library import ContentLibrary
from routers.catalog import ContentCatalog
from routers.dynamic import shipped_dynamic_rules
from routers.rule_checks import check_rules
from routers.rules import RulesFile, compile_rules

_RULE_FIELD = re.compile(r"^([a-z_]+(?:\.[a-z_]+)?):")
"""A router message that starts with the rule's field (`time.timezone: unknown time zone`)."""


def check_rules_file(
    located: LocatedYaml,
    file: str,
    library: ContentLibrary | None,
    known_graphs: Collection[str] = (),
) -> list[DefinitionIssue]:
    """Every error of a rules file (the router's warnings are not problems of the file).

    Without a library the shipped content names the courses and scenarios dynamic rules know.
    """
    try:
        item = RulesFile.model_validate(located.data)
    except ValidationError as exc:
        return issues_from_error(exc, located, file, model=RulesFile)
    report = IssueCollector(located, file)
    catalog = ContentCatalog.from_library(library or ContentLibrary.load())
    rules, problems = compile_rules([(file, item)], shipped_dynamic_rules(catalog))
    problems += check_rules(rules, {*BUILTIN_GRAPHS, *known_graphs})
    index = {spec.name: i for i, spec in enumerate(item.rules)}
    for problem in problems:
        if problem.severity == "error":
            report.add(_rule_loc(problem.rule, problem.message, index), problem.message)
    return report.issues


def _rule_loc(rule: str, message: str, index: dict[str, int]) -> Loc:
    if rule not in index:
        return ()
    loc: tuple[Any, ...] = ("rules", index[rule])
    field = _RULE_FIELD.match(message)
    return (*loc, *field.group(1).split(".")) if field else loc


RULES_KIND = AuthoredKind(kind="rules", model=RulesFile, check=check_rules_file)
"""The router's authored kind, for the definitions loader and the authored-files schema."""
