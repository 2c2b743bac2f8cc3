"""The built-in flows are authored definitions: what authors copy is what runs.

Also: the definition is part of a flow's version, the content library leaves graph and rules files
to their own loaders, and a content folder's definitions override the shipped ones by id.
"""

from __future__ import annotations

import dataclasses
import typing
from pathlib import Path
from typing import Any

import pytest

from graphs.definitions.compile import build_graph, input_model
from graphs.definitions.control_nodes import SubgraphCycle
from graphs.definitions.errors import DefinitionError
from graphs.definitions.loader import SHIPPED_DEFINITIONS, load_definition_file, load_definitions
from graphs.exam_generation.state import ExamGenerationState
from graphs.exam_grading.state import GradingState
from graphs.flows import FlowSpec, builtin_flows
from graphs.help.state import HelpState
from graphs.library import ContentLibrary
from graphs.practice_dialogue.state import PracticeState
from runtime.registry import flow_version
from tests.support.definitions import WARMUP

PYTHON_STATES = {
    "exam_generation": ExamGenerationState,
    "exam_grading": GradingState,
    "practice_dialogue": PracticeState,
    "help": HelpState,
}


@pytest.mark.parametrize("flow", builtin_flows(), ids=lambda f: f.name)
def test_each_flow_builds_from_its_shipped_definition(flow: FlowSpec) -> None:
    assert flow.definition == SHIPPED_DEFINITIONS / f"{flow.name}.yaml"
    definition = load_definition_file(flow.definition)
    assert definition.id == flow.name
    built = flow.build().compile().get_graph()
    authored = build_graph(definition).compile().get_graph()
    assert list(built.nodes) == list(authored.nodes)
    assert {(e.source, e.target) for e in built.edges} == {
        (e.source, e.target) for e in authored.edges
    }
    assert list(definition.model.nodes) == [n for n in built.nodes if not n.startswith("__")]
    assert tuple(definition.model.output) == flow.output_keys


@pytest.mark.parametrize("name", sorted(PYTHON_STATES))
def test_definition_state_matches_the_python_state_the_nodes_are_typed_with(name: str) -> None:
    definition = load_definition_file(SHIPPED_DEFINITIONS / f"{name}.yaml")
    hints = typing.get_type_hints(PYTHON_STATES[name], include_extras=True)
    assert set(definition.model.state) == set(hints)
    reduced = {k for k, v in hints.items() if typing.get_origin(v) is typing.Annotated}
    assert {k for k, f in definition.model.state.items() if f.reducer} == reduced


def test_a_definition_change_changes_the_flow_version(
    tmp_path: Path, library: ContentLibrary
) -> None:
    flow = next(f for f in builtin_flows() if f.name == "exam_generation")
    assert flow.definition is not None
    copy = tmp_path / "exam_generation.yaml"
    copy.write_text(flow.definition.read_text(encoding="utf-8"), encoding="utf-8")
    spec = dataclasses.replace(flow, definition=copy)
    before = flow_version(spec, library)
    assert before == flow_version(flow, library)
    copy.write_text(
        copy.read_text(encoding="utf-8").replace("max_rounds: 2", "max_rounds: 1"), encoding="utf-8"
    )
    assert flow_version(spec, library) != before


def test_the_content_library_skips_graph_and_rules_files(tmp_path: Path) -> None:
    (tmp_path / "graphs").mkdir()
    (tmp_path / "graphs" / "warmup.yaml").write_text(WARMUP, encoding="utf-8")
    (tmp_path / "rules.yaml").write_text("kind: rules\nrules: []\n", encoding="utf-8")
    (tmp_path / "quiz.yaml").write_text(
        "kind: blueprint\nid: quiz\nblueprint: {true_false: 2}\n", encoding="utf-8"
    )
    library = ContentLibrary.load(tmp_path)
    assert library.ids("blueprint") == ["quiz"]
    assert set(library.items) == {"blueprint"}


def test_an_invalid_shipped_style_file_raises_every_issue(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text(
        WARMUP.replace("type: llm_prompt", "type: llm_promt").replace(
            "target: END", "target: ENDD"
        ),
        encoding="utf-8",
    )
    with pytest.raises(DefinitionError) as raised:
        load_definition_file(path)
    assert [i.path for i in raised.value.issues] == ["nodes.warmup.type", "edges[1].target"]
    assert str(path) in str(raised.value)


def test_a_content_folder_overrides_shipped_definitions_by_id(
    tmp_path: Path, library: ContentLibrary
) -> None:
    shipped = (SHIPPED_DEFINITIONS / "exam_generation.yaml").read_text(encoding="utf-8")
    (tmp_path / "exam_generation.yaml").write_text(
        shipped.replace("max_rounds: 2", "max_rounds: 0"), encoding="utf-8"
    )
    (tmp_path / "warmup.yaml").write_text(WARMUP, encoding="utf-8")
    (tmp_path / "warmup_copy.yaml").write_text(WARMUP, encoding="utf-8")
    (tmp_path / "help.yaml").write_text(
        (SHIPPED_DEFINITIONS / "help.yaml")
        .read_text(encoding="utf-8")
        .replace("help_answer", "help_answr"),
        encoding="utf-8",
    )
    found = load_definitions(tmp_path, library=library, fallback=SHIPPED_DEFINITIONS)
    assert sorted(found.definitions) == [
        "exam_generation",
        "exam_grading",
        "practice_dialogue",
        "warmup_quiz",
    ]
    override = found.definitions["exam_generation"]
    assert override.path == tmp_path / "exam_generation.yaml"
    assert override.model.nodes["validate_questions"].params == {"max_rounds": 0}
    assert (
        override.digest != load_definition_file(SHIPPED_DEFINITIONS / "exam_generation.yaml").digest
    )
    # An invalid override is reported, not silently replaced by the shipped flow.
    assert "help" not in found.definitions
    (help_issue,) = found.issues[str(tmp_path / "help.yaml")]
    assert (
        help_issue.path == "nodes.answer.type"
        and "did you mean 'help_answer'" in help_issue.message
    )
    (duplicate,) = found.issues[str(tmp_path / "warmup_copy.yaml")]
    assert duplicate.path == "id" and "already defined in" in duplicate.message
    assert set(found.issues) == {str(tmp_path / "help.yaml"), str(tmp_path / "warmup_copy.yaml")}


def test_subgraph_references_may_name_other_definitions_of_the_folder(tmp_path: Path) -> None:
    (tmp_path / "warmup.yaml").write_text(WARMUP, encoding="utf-8")
    (tmp_path / "outer.yaml").write_text(
        "kind: graph\nid: outer\nstate:\n  text: {type: string, input: true}\n  question: {type: string}\n"
        "entry: inner\nnodes:\n  inner:\n    type: subgraph\n"
        "    params: {graph: warmup_quiz, inputs: {text: text}, outputs: {question: warmup}}\n"
        "edges:\n  - {source: inner, target: END}\n",
        encoding="utf-8",
    )
    found = load_definitions(tmp_path, library=None)
    assert found.issues == {}
    assert sorted(found.definitions) == ["outer", "warmup_quiz"]


def test_input_model_of_a_definition() -> None:
    definition = load_definition_file(SHIPPED_DEFINITIONS / "practice_dialogue.yaml")
    model = input_model(definition)
    assert model is not None
    assert set(model.model_fields) == {"scenario", "coaching"}
    assert model.model_validate({"scenario": "objection-handling"}).model_dump(
        exclude_unset=True
    ) == {"scenario": "objection-handling"}
    with pytest.raises(ValueError, match="extra"):
        model.model_validate({"scenario": "x", "stage": "opening"})


def test_a_content_file_in_the_definitions_folder_is_reported(tmp_path: Path) -> None:
    (tmp_path / "quiz.yaml").write_text(
        "kind: blueprint\nid: quiz\nblueprint: {true_false: 2}\n", encoding="utf-8"
    )
    found = load_definitions(tmp_path, library=None)
    (issue,) = found.issues[str(tmp_path / "quiz.yaml")]
    assert (issue.path, issue.line, issue.column) == ("kind", 1, 7)
    assert "not blueprint files" in issue.message
    assert found.definitions == {}


def test_graphs_calling_each_other_in_a_cycle_fail_to_compile(tmp_path: Path) -> None:
    def calling(own: str, other: str) -> str:
        return (
            f"kind: graph\nid: {own}\nstate:\n  x: {{type: string, input: true}}\nentry: call\n"
            f"nodes:\n  call: {{type: subgraph, params: {{graph: {other}}}}}\n"
            "edges:\n  - {source: call, target: END}\n"
        )

    (tmp_path / "a.yaml").write_text(calling("graph_a", "graph_b"), encoding="utf-8")
    (tmp_path / "b.yaml").write_text(calling("graph_b", "graph_a"), encoding="utf-8")
    found = load_definitions(tmp_path, library=None)
    assert found.issues == {}

    def resolve(name: str) -> Any:
        return build_graph(found.definitions[name], resolve_graph=resolve)

    with pytest.raises(SubgraphCycle, match="graph_a -> graph_b -> graph_a"):
        build_graph(found.definitions["graph_a"], resolve_graph=resolve)
