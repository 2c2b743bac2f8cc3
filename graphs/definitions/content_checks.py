"""Located validation of the other kinds: course, scenario, rubric, blueprint and rules files.

The kinds' own pydantic models (graphs/courses.py, graphs/scenarios.py, routers/rules.py) check
each file; with a content library at hand the references are checked too (a scenario's rubric, a
blueprint's course), and so are a blueprint's counts: an exam needs at least one question per
knowledge point it names, and each question rests on a passage of its own (validation refuses two
questions on one passage), so a course-bound blueprint cannot ask for more questions than the
course's material has sentences. A rules file goes through the router's own checks
(routers/rule_checks.py: conflicts, shadowed rules, examples that do not fire).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any

from pydantic import BaseModel, ValidationError

from graphs.courses import BlueprintFile, Course
from graphs.definitions.checks import BUILTIN_GRAPHS
from graphs.definitions.issues import DefinitionIssue, IssueCollector
from graphs.definitions.pydantic_issues import did_you_mean, issues_from_error
from graphs.definitions.source import Loc, LocatedYaml
from graphs.library import KINDS, ContentLibrary
from graphs.scenarios import Rubric, Scenario
from graphs.text.sentences import split_sentences


def _rules_model() -> type[BaseModel]:
    # Imported here: graphs sit below routers, and only a rules file needs the router's model.
    from routers.rules import RulesFile

    return RulesFile


def content_model(kind: str) -> type[BaseModel] | None:
    """The model of a content kind (`rules` included), or None for an unknown kind."""
    if kind == "rules":
        return _rules_model()
    return KINDS.get(kind)


def check_content(
    kind: str,
    data: dict[str, Any],
    located: LocatedYaml,
    file: str,
    library: ContentLibrary | None,
    known_graphs: Collection[str] = (),
) -> list[DefinitionIssue]:
    """Every issue of a content file of `kind` (not `graph`)."""
    model = content_model(kind)
    assert model is not None
    try:
        item = model.model_validate(data)
    except ValidationError as exc:
        return issues_from_error(exc, located, file, model=model)
    report = IssueCollector(located, file)
    if isinstance(item, BlueprintFile):
        _blueprint(item, report, library)
    elif isinstance(item, Scenario) and library is not None:
        _scenario(item, report, library)
    elif kind == "rules":
        _rules(item, report, library, known_graphs)
    return report.issues


def _scenario(scenario: Scenario, report: IssueCollector, library: ContentLibrary) -> None:
    rubrics = library.ids("rubric")
    if scenario.rubric not in rubrics:
        report.add(
            ("rubric",),
            f"no rubric with id {scenario.rubric!r}{did_you_mean(scenario.rubric, rubrics)}; "
            f"known: {', '.join(rubrics) or 'none'}: fix the id or add the rubric file",
        )
        return
    rubric = library.get(Rubric, scenario.rubric)
    stages = [stage.id for stage in scenario.stages]
    for index, criterion in enumerate(rubric.criteria):
        if criterion.stage is not None and criterion.stage not in stages:
            report.add(
                ("rubric",),
                f"rubric {rubric.id!r} scores stage {criterion.stage!r} (criteria[{index}].stage), "
                f"which this scenario does not have ({', '.join(stages)}): add the stage or use "
                "another rubric",
            )


def _blueprint(item: BlueprintFile, report: IssueCollector, library: ContentLibrary | None) -> None:
    blueprint = item.blueprint
    total = blueprint.total_questions()
    points = blueprint.knowledge_points
    if len(points) > total:
        report.add(
            ("blueprint", "knowledge_points"),
            f"names {len(points)} knowledge points but asks for {total} questions, so "
            f"{len(points) - total} points would get none: raise the counts or drop points",
        )
    if item.course is None or library is None:
        return
    courses = library.ids("course")
    if item.course not in courses:
        report.add(
            ("course",),
            f"no course with id {item.course!r}{did_you_mean(item.course, courses)}; "
            f"known: {', '.join(courses) or 'none'}",
        )
        return
    course = library.get(Course, item.course)
    passages = len(split_sentences(course.material))
    if total > passages:
        report.add(
            ("blueprint",),
            f"asks for {total} questions but course {item.course!r} has {passages} sentences, and "
            "each question rests on a sentence of its own: lower the counts to at most "
            f"{passages}",
        )


_RULE_FIELD = re.compile(r"^([a-z_]+(?:\.[a-z_]+)?):")


def _rules(
    item: Any, report: IssueCollector, library: ContentLibrary | None, known_graphs: Collection[str]
) -> None:
    from routers.catalog import ContentCatalog
    from routers.dynamic import shipped_dynamic_rules
    from routers.rule_checks import check_rules
    from routers.rules import compile_rules

    catalog = ContentCatalog.from_library(library or ContentLibrary.load())
    rules, problems = compile_rules([(report.file, item)], shipped_dynamic_rules(catalog))
    problems += check_rules(rules, {*BUILTIN_GRAPHS, *known_graphs})
    index = {spec.name: i for i, spec in enumerate(item.rules)}
    for problem in problems:
        if problem.severity != "error":
            continue
        loc: Loc = ("rules", index[problem.rule]) if problem.rule in index else ()
        field = _RULE_FIELD.match(problem.message)
        if field and loc:
            loc = (*loc, *field.group(1).split("."))
        report.add(loc, problem.message)
