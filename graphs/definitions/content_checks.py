"""Located validation of content files: course, scenario, rubric and blueprint.

The kinds' own pydantic models (graphs/courses.py, graphs/scenarios.py) check each file, rubric
weights included; `cross_check` then checks what needs the rest of the library: a scenario's
rubric exists and scores only stages the scenario has; a blueprint's course exists and its counts
fit. An exam needs at least one question per knowledge point it names, and each question rests on a
passage of its own (validation refuses two questions on one passage), so a course-bound blueprint
cannot ask for more questions than the course's material has sentences.

The same functions serve a whole content folder (`ContentLibrary.scan`, where a problem between two
files is reported once, in the file that makes the reference) and one text checked against the
library (`validate_text`, `both_sides=True`: an edited rubric or course is also checked against the
scenarios and blueprints that use it, since their files are not being checked).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from graphs.authored import Authored
from graphs.courses import BlueprintFile, Course
from graphs.definitions.issues import DefinitionIssue, IssueCollector
from graphs.definitions.pydantic_issues import did_you_mean, issues_from_error
from graphs.definitions.source import LocatedYaml
from graphs.rubrics import Rubric
from graphs.scenarios import Scenario
from graphs.text.sentences import split_sentences

if TYPE_CHECKING:  # the library loads files with these functions: no import at run time
    from graphs.library import ContentLibrary


def validate_item(
    model: type[Authored], located: LocatedYaml, file: str
) -> tuple[Authored | None, list[DefinitionIssue]]:
    """The item the kind's model makes of the file, or None and one issue per model error."""
    try:
        return model.model_validate(located.data), []
    except ValidationError as exc:
        return None, issues_from_error(exc, located, file, model=model)


def check_content(
    model: type[Authored],
    located: LocatedYaml,
    file: str,
    library: ContentLibrary | None,
    *,
    path: Path | None = None,
) -> list[DefinitionIssue]:
    """Every issue of one content file's text; with a library, its references both ways.

    With `path` (where the text is saved), another file of the library giving the same kind and
    id is a problem too.
    """
    item, issues = validate_item(model, located, file)
    if item is None:
        return issues
    report = IssueCollector(located, file)
    if library is not None and path is not None:
        other = library.files.get((item.kind, item.id))
        if other is not None and other.resolve() != path.resolve():
            report.add(("id",), already_defined(item, library.shown(other)))
    cross_check(item, report, library, both_sides=True)
    return report.issues


def already_defined(item: Authored, where: str) -> str:
    """The message for a second file giving a kind and id another file already gives."""
    return f"{item.kind} {item.id!r} is already defined in {where}: give this one another id"


def cross_check(
    item: Authored,
    report: IssueCollector,
    library: ContentLibrary | None,
    *,
    both_sides: bool = False,
) -> None:
    """Report what is wrong with a valid item beyond its own model; references need `library`.

    A reference to an item that failed its own validation (`library.failed`) is not reported:
    that file's own issues say what to fix.
    """
    if isinstance(item, BlueprintFile):
        _blueprint_points(item, report)
    if library is None:
        return
    if isinstance(item, Scenario):
        _scenario_rubric(item, report, library)
    elif isinstance(item, BlueprintFile):
        _blueprint_course(item, report, library)
    elif isinstance(item, Rubric) and both_sides:
        _rubric_users(item, report, library)
    elif isinstance(item, Course) and both_sides:
        _course_blueprints(item, report, library)


def stage_gaps(scenario: Scenario, rubric: Rubric) -> list[tuple[int, str]]:
    """(criterion index, stage) of each of the rubric's criteria on a stage the scenario lacks."""
    stages = {stage.id for stage in scenario.stages}
    return [
        (index, criterion.stage)
        for index, criterion in enumerate(rubric.criteria)
        if criterion.stage is not None and criterion.stage not in stages
    ]


def passages(course: Course) -> int:
    """How many questions the course's material can carry: one per sentence."""
    return len(split_sentences(course.material))


def _scenario_rubric(scenario: Scenario, report: IssueCollector, library: ContentLibrary) -> None:
    if ("rubric", scenario.rubric) in library.failed:
        return
    rubrics = library.ids("rubric")
    if scenario.rubric not in rubrics:
        report.add(
            ("rubric",),
            f"no rubric with id {scenario.rubric!r}{did_you_mean(scenario.rubric, rubrics)}; "
            f"known: {', '.join(rubrics) or 'none'}: fix the id or add the rubric file",
        )
        return
    rubric = library.get(Rubric, scenario.rubric)
    stages = ", ".join(stage.id for stage in scenario.stages)
    for index, stage in stage_gaps(scenario, rubric):
        report.add(
            ("rubric",),
            f"rubric {rubric.id!r} scores stage {stage!r} (criteria[{index}].stage), which this "
            f"scenario does not have ({stages}): add the stage or use another rubric",
        )


def _rubric_users(rubric: Rubric, report: IssueCollector, library: ContentLibrary) -> None:
    for scenario in library.all(Scenario):
        if scenario.rubric != rubric.id:
            continue
        stages = ", ".join(stage.id for stage in scenario.stages)
        for index, stage in stage_gaps(scenario, rubric):
            report.add(
                ("criteria", index, "stage"),
                f"scenario {scenario.id!r} uses this rubric but has no stage {stage!r} (its "
                f"stages: {stages}): score a stage it has, or add the stage to the scenario",
            )


def _blueprint_points(item: BlueprintFile, report: IssueCollector) -> None:
    total = item.blueprint.total_questions()
    points = item.blueprint.knowledge_points
    if len(points) > total:
        report.add(
            ("blueprint", "knowledge_points"),
            f"names {len(points)} knowledge points but asks for {total} questions, so "
            f"{len(points) - total} points would get none: raise the counts or drop points",
        )


def _blueprint_course(item: BlueprintFile, report: IssueCollector, library: ContentLibrary) -> None:
    if item.course is None or ("course", item.course) in library.failed:
        return
    courses = library.ids("course")
    if item.course not in courses:
        report.add(
            ("course",),
            f"no course with id {item.course!r}{did_you_mean(item.course, courses)}; "
            f"known: {', '.join(courses) or 'none'}: fix the id or add the course file",
        )
        return
    total = item.blueprint.total_questions()
    room = passages(library.get(Course, item.course))
    if total > room:
        report.add(
            ("blueprint",),
            f"asks for {total} questions but course {item.course!r} has {room} sentences, and "
            f"each question rests on a sentence of its own: lower the counts to at most {room}",
        )


def _course_blueprints(course: Course, report: IssueCollector, library: ContentLibrary) -> None:
    room = passages(course)
    for item in library.all(BlueprintFile):
        total = item.blueprint.total_questions()
        if item.course == course.id and total > room:
            report.add(
                ("material",),
                f"blueprint {item.id!r} asks for {total} questions on this course but the "
                f"material has {room} sentences, one per question: lengthen the material or "
                "lower the blueprint's counts",
            )
