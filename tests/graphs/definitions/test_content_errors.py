"""Content files (course, scenario, rubric, blueprint) located like graph definitions: one text
checked against the library, both sides of a reference, and a whole content folder at once."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pydantic import BaseModel, ConfigDict, ValidationError

from graphs.definitions.errors import DefinitionError
from graphs.definitions.loader import validate_text
from graphs.definitions.pydantic_issues import format_validation_error
from graphs.library import SHIPPED_CONTENT, ContentLibrary
from tests.support.definitions import only_issue, position_of

COURSE = """\
kind: course
id: latte-art
title: Latte art
language: en
material: |
  Pour the milk slowly. Tilt the cup. Finish with a flick.
"""


def shipped_text(library: ContentLibrary, kind: str, item_id: str) -> str:
    return library.files[(kind, item_id)].read_text(encoding="utf-8")


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """A copy of the shipped content to break."""
    root = tmp_path / "content"
    shutil.copytree(SHIPPED_CONTENT, root)
    return root


def edit(path: Path, old: str, new: str) -> str:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text.replace(old, new, 1)


def test_a_valid_course_of_ones_own() -> None:
    result = validate_text(COURSE, file="latte.yaml")
    assert result.valid and result.definition is None  # content files give no graph


def test_a_course_missing_a_field() -> None:
    text = COURSE.replace("title: Latte art\n", "")
    issue = only_issue(validate_text(text, file="latte.yaml"))
    assert (issue.file, issue.path, issue.line, issue.column) == ("latte.yaml", "title", 1, 1)
    assert issue.message == "required field 'title' is missing: add it"


def test_a_course_in_a_language_that_is_not_offered() -> None:
    text = COURSE.replace("language: en", "language: english")
    issue = only_issue(validate_text(text, file="latte.yaml"))
    assert issue.path == "language"
    assert (issue.line, issue.column) == position_of(text, "english")
    assert "must be one of zh, en; got 'english'" in issue.message


def test_a_course_too_short_for_a_blueprint_that_uses_it(library: ContentLibrary) -> None:
    text = shipped_text(library, "course", "coffee-service-en")
    start = text.index("material: |\n") + len("material: |\n")
    short = text[:start] + "  Greet every guest. Offer the loyalty card.\n"
    issue = only_issue(validate_text(short, file="coffee.yaml", library=library))
    assert issue.path == "material"
    line, column = position_of(short, "material: |")
    assert (issue.line, issue.column) == (line, column + len("material: "))  # the value's start
    assert "blueprint 'coffee-service-check' asks for 10 questions" in issue.message
    assert "has 2 sentences" in issue.message and "lengthen the material" in issue.message


def test_a_rubric_scoring_a_stage_a_scenario_using_it_lacks(content: Path) -> None:
    scenario = content / "scenarios" / "english-upsell.yaml"
    text = scenario.read_text(encoding="utf-8")
    scenario.write_text(
        (text[: text.index("  - id: discovery")] + text[text.index("  - id: presentation") :])
        # The reveal waits for points of that stage: without them it names them first.
        .replace(", after_any_of: [occasion, preferences]", ""),
        encoding="utf-8",
    )
    library, problems = ContentLibrary.scan(content)
    assert [(p.path, "scores stage 'discovery'" in p.message) for p in problems] == [
        ("rubric", True)
    ]
    rubric = shipped_text(library, "rubric", "english-upsell-rubric")
    issue = only_issue(validate_text(rubric, file="rubric.yaml", library=library))
    line, _ = position_of(rubric, "stage: discovery")
    assert issue.path.startswith("criteria[") and issue.path.endswith("].stage")
    assert (issue.line, issue.column) == (
        line,
        rubric.splitlines()[line - 1].index("discovery") + 1,
    )
    assert (
        "scenario 'english-upsell' uses this rubric but has no stage 'discovery'" in issue.message
    )
    assert "score a stage it has, or add the stage" in issue.message


def test_a_file_that_repeats_another_files_id(library: ContentLibrary, tmp_path: Path) -> None:
    text = shipped_text(library, "rubric", "english-upsell-rubric")
    elsewhere = tmp_path / "copy.yaml"
    issue = only_issue(validate_text(text, file="copy.yaml", library=library, path=elsewhere))
    assert issue.path == "id"
    assert (issue.line, issue.column) == position_of(text, "english-upsell-rubric")
    assert "rubric 'english-upsell-rubric' is already defined in" in issue.message
    assert "give this one another id" in issue.message
    # The file itself, saved where the library has it, is no repeat.
    own = library.files[("rubric", "english-upsell-rubric")]
    assert validate_text(text, file="r.yaml", library=library, path=own).valid


def test_a_content_folder_reports_every_problem_of_every_file_at_once(content: Path) -> None:
    rubric = edit(
        content / "rubrics" / "english-upsell-rubric.yaml",
        "weight: 0.15\n    measures: questions",
        "weight: 0.25\n    measures: questions",
    )
    scenario = edit(
        content / "scenarios" / "complaint-handling.yaml",
        "rubric: complaint-handling-rubric",
        "rubric: complaint-rubric",
    )
    blueprint = edit(
        content / "blueprints" / "quick-quiz.yaml",
        "  difficulty: easy",
        "  difficulty: easy\n  knowledge_points: [menu, refunds, loyalty, milk, tea, cake]",
    )
    edit(content / "courses" / "coffee-service-en.yaml", "language: en\n", "")
    (content / "courses" / "broken.yaml").write_text("kind: course\nid: [unclosed\n", "utf-8")
    (content / "rules.yaml").write_text("kind: rules\nrules: []\n", "utf-8")  # not the library's
    (content / "graphs" / "draft.yaml").write_text("kind: graph\nnodes: [", "utf-8")  # nor this

    with pytest.raises(DefinitionError) as raised:
        ContentLibrary.load(content)
    found = {(i.file, i.path): i for i in raised.value.issues}
    assert set(found) == {
        ("content/blueprints/quick-quiz.yaml", "blueprint.knowledge_points"),
        ("content/courses/broken.yaml", "(file)"),
        ("content/courses/coffee-service-en.yaml", "language"),
        ("content/rubrics/english-upsell-rubric.yaml", "criteria"),
        ("content/scenarios/complaint-handling.yaml", "rubric"),
    }
    where = {path: (i.line, i.column) for (_, path), i in found.items()}
    assert where["blueprint.knowledge_points"] == position_of(blueprint, "[menu")
    assert where["(file)"] == (3, 1)
    assert where["language"] == (1, 1)  # missing: the mapping that lacks it
    assert where["criteria"] == position_of(rubric, "- id: questions")  # the list's start
    assert where["rubric"] == position_of(scenario, "complaint-rubric")
    messages = {path: i.message for (_, path), i in found.items()}
    assert "weights must add up to 1.0, got 1.1" in messages["criteria"]
    assert "change the weights" in messages["criteria"]
    assert "did you mean 'complaint-handling-rubric'" in messages["rubric"]
    assert (
        "names 6 knowledge points but asks for 5 questions"
        in messages["blueprint.knowledge_points"]
    )
    assert "raise the counts or drop points" in messages["blueprint.knowledge_points"]
    assert messages["language"] == "required field 'language' is missing: add it"
    assert "not valid YAML" in messages["(file)"]
    # The error's text lists each as file:line:column: path: message.
    assert raised.value.problems == [str(issue) for issue in raised.value.issues]
    assert raised.value.file == str(content)


def test_a_draft_takes_the_place_of_the_folders_file(content: Path, tmp_path: Path) -> None:
    draft = tmp_path / "drafts" / "english-upsell-rubric.yaml"
    draft.parent.mkdir()
    original = (content / "rubrics" / "english-upsell-rubric.yaml").read_text("utf-8")
    draft.write_text(original.replace("title: ", "title: Draft ", 1), "utf-8")
    library, problems = ContentLibrary.scan(content, extra=[draft])
    assert problems == []
    assert library.files[("rubric", "english-upsell-rubric")] == draft


def test_unlocated_errors_read_like_located_ones() -> None:
    class Input(BaseModel):
        model_config = ConfigDict(extra="forbid")
        text: str

    with pytest.raises(ValidationError) as raised:
        Input.model_validate({"txt": "x"})
    assert format_validation_error(raised.value) == [
        "text: required field 'text' is missing: add it",
        "txt: unknown field 'txt': remove it or fix its spelling",
    ]
