"""Scenario and rubric content: the shipped files are complete, and malformed files fail with
errors that name the file, the line and column, and the field path."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from graphs.context import FlowContext
from graphs.definitions.errors import DefinitionError
from graphs.definitions.issues import DefinitionIssue
from graphs.errors import ContentError
from graphs.library import SHIPPED_CONTENT, ContentLibrary
from graphs.practice_dialogue.build import FLOW
from graphs.practice_dialogue.figures import figures
from graphs.practice_dialogue.named_days import names_a_day
from graphs.rubrics import Rubric
from graphs.scenarios import STAGE_ORDER, Scenario


def shipped(kind: str, item_id: str) -> dict[str, Any]:
    """A shipped file's data, to be broken in one place."""
    folder = {"scenario": "scenarios", "rubric": "rubrics"}[kind]
    data = yaml.safe_load((SHIPPED_CONTENT / folder / f"{item_id}.yaml").read_text("utf-8"))
    assert isinstance(data, dict)
    return copy.deepcopy(data)


def write(root: Path, name: str, data: dict[str, Any]) -> None:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def load_problems(root: Path) -> list[DefinitionIssue]:
    with pytest.raises(DefinitionError) as caught:
        ContentLibrary.load(root)
    assert caught.value.problems == [str(issue) for issue in caught.value.issues]
    return caught.value.issues


def line_of(root: Path, name: str, marker: str) -> int:
    """The 1-based line of the first `marker` in the written file."""
    lines = (root / name).read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if marker in line)


@pytest.fixture
def pair() -> tuple[dict[str, Any], dict[str, Any]]:
    return shipped("scenario", "objection-handling"), shipped("rubric", "objection-handling-rubric")


def test_shipped_scenarios_are_complete(library: ContentLibrary) -> None:
    scenarios = {s.id: s for s in library.all(Scenario)}
    assert {
        "objection-handling", "complaint-handling", "english-upsell", "broadband-retention",
    } <= set(scenarios)  # fmt: skip
    assert {s.language for s in scenarios.values()} == {"zh", "en"}
    for scenario in scenarios.values():
        assert tuple(s.id for s in scenario.stages) == STAGE_ORDER, scenario.id
        for stage in scenario.stages:
            assert len(stage.points) >= 2 and all(p.keywords for p in stage.points), stage.id
            assert len(stage.persona_lines) >= 2, stage.id
            # a fallback for a turn nothing tagged answers
            assert any(not line.answers for line in stage.persona_lines), stage.id
        assert any(s.forbidden_claims for s in scenario.stages)
        # tagged lines that answer the points, the hidden goal behind a reveal rule, a brief
        tagged = {t for s in scenario.stages for line in s.persona_lines for t in line.answers}
        assert len(tagged) >= len(scenario.point_tags()) // 3, scenario.id
        assert any(line.reveals_goal for s in scenario.stages for line in s.persona_lines)
        assert scenario.persona.reveal.min_mood >= 0 or scenario.persona.reveal.needs
        assert scenario.learner.may_offer, scenario.id
        assert {r.when for r in scenario.behaviour} >= {"empathy", "forbidden_claim", "pushy"}
        rubric = library.get(Rubric, scenario.rubric)
        assert sum(c.weight for c in rubric.criteria) == pytest.approx(1.0)
        assert all(c.stage in [s.id for s in scenario.stages] for c in rubric.criteria if c.stage)


def test_the_pair_as_shipped_loads(
    tmp_path: Path, pair: tuple[dict[str, Any], dict[str, Any]]
) -> None:
    scenario, rubric = pair
    write(tmp_path, "scenarios/s.yaml", scenario)
    write(tmp_path, "rubrics/r.yaml", rubric)
    assert ContentLibrary.load(tmp_path).ids("scenario") == ["objection-handling"]


def test_weights_that_do_not_add_up(
    tmp_path: Path, pair: tuple[dict[str, Any], dict[str, Any]]
) -> None:
    scenario, rubric = pair
    rubric["criteria"][0]["weight"] = 0.5
    write(tmp_path, "scenarios/s.yaml", scenario)
    write(tmp_path, "rubrics/r.yaml", rubric)
    # The scenario's reference to the refused rubric is not reported a second time.
    (problem,) = load_problems(tmp_path)
    assert (problem.file, problem.path) == (f"{tmp_path.name}/rubrics/r.yaml", "criteria")
    assert problem.line == line_of(tmp_path, "rubrics/r.yaml", "- id: discovery")
    assert "weights must add up to 1.0, got 1.3" in problem.message
    assert "discovery=0.5" in problem.message and "change the weights" in problem.message


def test_an_unknown_stage_id(tmp_path: Path, pair: tuple[dict[str, Any], dict[str, Any]]) -> None:
    scenario, rubric = pair
    scenario["stages"][1]["id"] = "negotiation"
    write(tmp_path, "scenarios/s.yaml", scenario)
    write(tmp_path, "rubrics/r.yaml", rubric)
    (problem,) = load_problems(tmp_path)
    assert (problem.file, problem.path) == (f"{tmp_path.name}/scenarios/s.yaml", "stages[1].id")
    assert problem.line == line_of(tmp_path, "scenarios/s.yaml", "id: negotiation")
    assert "must be one of opening, discovery" in problem.message


def test_a_goal_stage_the_scenario_lacks(
    tmp_path: Path, pair: tuple[dict[str, Any], dict[str, Any]]
) -> None:
    scenario, rubric = pair
    scenario["stages"] = scenario["stages"][:4]
    write(tmp_path, "scenarios/s.yaml", scenario)
    write(tmp_path, "rubrics/r.yaml", rubric)
    (problem,) = load_problems(tmp_path)
    assert (problem.file, problem.path) == (f"{tmp_path.name}/scenarios/s.yaml", "end")
    assert "goal_stage 'closing' is not one of this scenario's stages" in problem.message


def test_stages_out_of_order(tmp_path: Path, pair: tuple[dict[str, Any], dict[str, Any]]) -> None:
    scenario, rubric = pair
    scenario["stages"][1], scenario["stages"][2] = scenario["stages"][2], scenario["stages"][1]
    write(tmp_path, "scenarios/s.yaml", scenario)
    write(tmp_path, "rubrics/r.yaml", rubric)
    (problem,) = load_problems(tmp_path)
    assert (problem.path, problem.file) == ("stages", f"{tmp_path.name}/scenarios/s.yaml")
    assert "must follow the order" in problem.message and "reorder them" in problem.message


def test_a_missing_rubric(tmp_path: Path, pair: tuple[dict[str, Any], dict[str, Any]]) -> None:
    scenario, _ = pair
    scenario["rubric"] = "no-such-rubric"
    write(tmp_path, "scenarios/s.yaml", scenario)
    (problem,) = load_problems(tmp_path)
    assert (problem.file, problem.path) == (f"{tmp_path.name}/scenarios/s.yaml", "rubric")
    assert (problem.line, problem.column) == (
        line_of(tmp_path, "scenarios/s.yaml", "rubric: no-such-rubric"),
        len("rubric: ") + 1,
    )
    assert "no rubric with id 'no-such-rubric'" in problem.message


def test_several_problems_are_reported_at_once(
    tmp_path: Path, pair: tuple[dict[str, Any], dict[str, Any]]
) -> None:
    scenario, rubric = pair
    scenario["stages"][0]["persona_lines"] = []
    scenario["persona"]["initial_mood"] = 9
    rubric["criteria"][2]["levels"][0]["score"] = 140
    rubric["criteria"][3]["stage"] = "discovery"  # an empathy criterion has no stage
    write(tmp_path, "scenarios/s.yaml", scenario)
    write(tmp_path, "rubrics/r.yaml", rubric)
    problems = {(p.file.rsplit("/", 1)[-1], p.path): p for p in load_problems(tmp_path)}
    assert set(problems) == {
        ("s.yaml", "stages[0].persona_lines"),
        ("s.yaml", "persona.initial_mood"),
        ("r.yaml", "criteria[2].levels[0].score"),
        ("r.yaml", "criteria[3]"),
    }
    assert "stage is only used with" in problems[("r.yaml", "criteria[3]")].message


async def test_a_rubric_criterion_on_a_stage_the_scenario_lacks(
    tmp_path: Path, pair: tuple[dict[str, Any], dict[str, Any]]
) -> None:
    scenario, rubric = pair
    scenario["stages"] = [s for s in scenario["stages"] if s["id"] != "presentation"]
    write(tmp_path, "scenarios/s.yaml", scenario)
    write(tmp_path, "rubrics/r.yaml", rubric)
    # Loading refuses the pair, at the scenario's reference to the rubric ...
    library, (problem,) = ContentLibrary.scan(tmp_path)
    assert (problem.file, problem.path) == (f"{tmp_path.name}/scenarios/s.yaml", "rubric")
    assert problem.line == line_of(tmp_path, "scenarios/s.yaml", "rubric: objection-handling")
    assert "scores stage 'presentation' (criteria[1].stage)" in problem.message
    # ... and a flow given such a library anyway refuses to run the practice.
    context = FlowContext(library=library)
    graph = FLOW.build().compile()
    with pytest.raises(ContentError) as caught:
        await graph.ainvoke({"scenario": "objection-handling"}, context=context)
    assert caught.value.file == f"{tmp_path.name}/rubrics/r.yaml"
    assert caught.value.problems == [
        "criteria[1].stage: 'presentation' is not a stage of scenario 'objection-handling' "
        "(['opening', 'discovery', 'objections', 'closing'])"
    ]


def test_plain_string_points_and_claims_are_accepted() -> None:
    data = shipped("scenario", "english-upsell")
    data["stages"][0]["points"] = ["Greet the guest"]
    data["stages"][0]["forbidden_claims"] = ["The room is free"]
    data["stages"][0]["persona_lines"] = ["Hello."]  # the tagged lines named points now gone
    data["persona"].pop("reveal")
    scenario = Scenario.model_validate(data)
    assert scenario.stages[0].points[0].text == "Greet the guest"
    assert scenario.stages[0].points[0].keywords == []
    assert scenario.stages[0].forbidden_claims[0].claim == "The room is free"
    assert scenario.stages[0].persona_lines[0].text == "Hello."
    assert scenario.stages[0].persona_lines[0].answers == []


def test_a_line_tagged_with_an_unknown_point_or_topic(
    tmp_path: Path, pair: tuple[dict[str, Any], dict[str, Any]]
) -> None:
    scenario, rubric = pair
    scenario["stages"][1]["persona_lines"][0]["answers"] = ["goals"]
    scenario["persona"]["reveal"]["after_points"] = ["discovery#9"]
    write(tmp_path, "scenarios/s.yaml", scenario)
    write(tmp_path, "rubrics/r.yaml", rubric)
    (issue,) = load_problems(tmp_path)
    assert "stages[1].persona_lines[0].answers: 'goals'" in issue.message
    assert "persona.reveal.after_points: 'discovery#9'" in issue.message
    assert "'goal'" in issue.message and "'discovery#1'" in issue.message  # the known tags


def test_a_reveal_earned_by_any_of_its_points_names_known_points(
    tmp_path: Path, pair: tuple[dict[str, Any], dict[str, Any]]
) -> None:
    scenario, rubric = pair
    scenario["persona"]["reveal"]["after_any_of"] = ["goal", "discovery#9"]
    write(tmp_path, "scenarios/s.yaml", scenario)
    write(tmp_path, "rubrics/r.yaml", rubric)
    (issue,) = load_problems(tmp_path)
    assert "persona.reveal.after_any_of: 'discovery#9'" in issue.message
    assert "'goal'" not in issue.message.split("known")[0]  # a known point is no problem


def test_shipped_facts_state_figures_and_agreeing_lines_have_a_hesitation(
    library: ContentLibrary,
) -> None:
    for scenario_id in library.ids("scenario"):
        scenario = library.get(Scenario, scenario_id)
        for fact in scenario.facts:
            # a value without a figure or a day could never tell a true one from a false one
            assert all(figures(v, scenario.language) or names_a_day(v) for v in fact.values), fact
        for stage in scenario.stages:
            for line in stage.persona_lines:
                if line.agrees:  # when she is not won over, another line of a tag answers
                    others = [
                        o for s in scenario.stages for o in s.persona_lines
                        if not o.agrees and set(o.answers) & set(line.answers)
                    ]  # fmt: skip
                    assert others, (scenario_id, line.text)


def test_a_fact_needs_cues_and_values() -> None:
    data = shipped("scenario", "broadband-retention")
    data["facts"] = [{"claim": "A wrong price", "cues": ["price"], "values": []}]
    with pytest.raises(ValueError, match="values"):
        Scenario.model_validate(data)
