"""The registry: developers' graphs by import path, versions that follow source and content."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from api.settings import Settings
from graphs.flows import FlowSpec
from graphs.library import SHIPPED_CONTENT, ContentLibrary
from runtime.errors import ConfigError, GraphNotFound
from runtime.registry import GraphRegistry, flow_version, load_import_path
from tests.runtime import sample_graphs


def test_settings_parse_graph_import_paths() -> None:
    settings = Settings.model_validate(
        {"graphs": "mine=tests.runtime.sample_graphs:chain_builder, two=a.b:c"}
    )
    assert settings.graphs == {"mine": "tests.runtime.sample_graphs:chain_builder", "two": "a.b:c"}
    with pytest.raises(ValueError, match=r"name=package\.module:attr"):
        Settings.model_validate({"graphs": "broken"})


@pytest.mark.parametrize("attr", ["chain_builder", "five_node_chain"])
def test_an_import_path_may_name_a_builder_or_a_function(attr: str) -> None:
    graph = load_import_path("mine", f"tests.runtime.sample_graphs:{attr}")
    assert graph.source == "import"
    assert graph.uses_flow_context is False
    assert set(graph.build().nodes) == {"a", "b", "c", "d", "e"}
    assert len(graph.version) == 12


@pytest.mark.parametrize(
    ("target", "fragment"),
    [
        ("no.such.module:graph", "cannot import 'no.such.module'"),
        ("tests.runtime.sample_graphs:missing", "has no attribute 'missing'"),
        ("tests.runtime.sample_graphs:SAMPLE_COMPILED", "pass the builder, not `.compile()`"),
    ],
)
def test_bad_import_paths_say_what_is_wrong(
    target: str, fragment: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        sample_graphs, "SAMPLE_COMPILED", sample_graphs.chain_builder.compile(), raising=False
    )
    with pytest.raises(ConfigError) as error:
        load_import_path("mine", target)
    assert fragment in error.value.message


def test_unknown_names_list_the_known_ones() -> None:
    registry = GraphRegistry()
    registry.add(load_import_path("mine", "tests.runtime.sample_graphs:chain_builder"))
    with pytest.raises(GraphNotFound, match="known graphs: mine"):
        registry.get("yours")
    with pytest.raises(ConfigError, match="registered twice"):
        registry.add(load_import_path("mine", "tests.runtime.sample_graphs:chain_builder"))


def test_a_flow_version_follows_its_content_and_its_source(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(SHIPPED_CONTENT, content)
    source = tmp_path / "flow"
    source.mkdir()
    (source / "nodes.py").write_text("X = 1\n")
    spec = FlowSpec(
        name="f",
        description="d",
        build=sample_graphs.five_node_chain,
        content_kinds=("course",),
        source_dir=source,
    )
    before = flow_version(spec, ContentLibrary.load(content))
    assert flow_version(spec, ContentLibrary.load(content)) == before
    (source / "nodes.py").write_text("X = 2\n")
    after_code = flow_version(spec, ContentLibrary.load(content))
    assert after_code != before
    course = next((content / "courses").glob("*.yaml"))
    course.write_text(course.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert flow_version(spec, ContentLibrary.load(content)) != after_code
