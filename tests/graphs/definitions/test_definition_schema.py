"""The exported JSON Schema: a valid Draft 2020-12 schema that accepts every shipped file and
refuses what the loader refuses."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from graphs.definitions.schema import definitions_json_schema
from graphs.library import SHIPPED_CONTENT
from routers.rules import SHIPPED_RULES

SHIPPED_FILES = [*sorted(SHIPPED_CONTENT.rglob("*.yaml")), SHIPPED_RULES]


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = definitions_json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_every_kind_is_in_the_schema(validator: jsonschema.Draft202012Validator) -> None:
    kinds = {
        kind
        for variant in validator.schema["oneOf"]
        for kind in [
            validator.schema["$defs"][variant["$ref"].rsplit("/", 1)[1]]["properties"]["kind"][
                "const"
            ]
        ]
    }
    assert kinds == {"graph", "course", "scenario", "rubric", "blueprint", "rules"}


@pytest.mark.parametrize("path", SHIPPED_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_the_schema_validates_every_shipped_file(
    validator: jsonschema.Draft202012Validator, path: Path
) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert [e.message for e in validator.iter_errors(data)] == []


def test_the_shipped_graphs_are_all_checked() -> None:
    names = {p.stem for p in SHIPPED_FILES if p.parent.name == "graphs"}
    assert names == {"exam_generation", "exam_grading", "practice_dialogue", "help"}


def _graph(**nodes: Any) -> dict[str, Any]:
    return {
        "kind": "graph",
        "id": "probe",
        "state": {"text": {"type": "string", "input": True}, "note": {"type": "string"}},
        "entry": "a",
        "nodes": nodes,
        "edges": [{"source": "a", "target": "END"}],
    }


def test_node_params_are_checked_by_their_type(validator: jsonschema.Draft202012Validator) -> None:
    good = _graph(
        a={
            "type": "llm_prompt",
            "params": {"prompt": "{{ text }}", "output": {"x": {"to": "note"}}},
        }
    )
    assert list(validator.iter_errors(good)) == []
    misspelt = _graph(
        a={"type": "llm_prompt", "params": {"promt": "{{ text }}", "output": {"x": {"to": "note"}}}}
    )
    assert list(validator.iter_errors(misspelt))
    unknown_type = _graph(a={"type": "llm_promt"})
    assert list(validator.iter_errors(unknown_type))
    bad_rounds = _graph(a={"type": "validate_questions", "params": {"max_rounds": -1}})
    assert list(validator.iter_errors(bad_rounds))
