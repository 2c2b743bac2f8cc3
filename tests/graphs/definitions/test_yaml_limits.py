"""Authored YAML within limits: alias bombs, endless aliases, deep nesting and oversized texts are
refused before anything is expanded, each as one located issue, for every kind and every reader.

The bombs are files in `bombs/`: `billion_laughs.yaml` is the 361-byte text that once took 5 s
(9 levels of 9 aliases: 387 million values expanded).
"""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from graphs.definitions.documents import read_document
from graphs.definitions.errors import YamlLimitExceeded
from graphs.definitions.loader import load_definitions, validate_text
from graphs.definitions.source import parse_located
from graphs.definitions.yaml_limits import DEFAULT_LIMITS, YamlLimits, load_bounded
from graphs.library import ContentLibrary
from routers.errors import RulesError
from routers.rules import read_rule_files

BOMBS = Path(__file__).parent / "bombs"

MAX_PEAK_BYTES = 2_000_000
"""Refusing any bomb allocates less than this: nothing was expanded (the billion laughs would
take gigabytes)."""


def bomb(name: str) -> str:
    return (BOMBS / name).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "limit", "line", "column", "path", "words"),
    [
        ("billion_laughs.yaml", "max_values", 7, 23, "e[5]", "50,000 values"),
        ("long_text_echo.yaml", "max_expanded_chars", 7, 20, "d[5]", "1,000,000 characters"),
        ("endless.yaml", "recursive_alias", 5, 11, "topics[0].more", "endless"),
        ("deep_nesting.yaml", "max_depth", 3, 43, "criteria", "deeper than 32 levels"),
        ("many_aliases.yaml", "max_aliases", 4, 408, "uses[100]", "more than 100 aliases"),
    ],
)
def test_a_bomb_is_one_located_issue_and_nothing_is_expanded(
    name: str, limit: str, line: int, column: int, path: str, words: str
) -> None:
    tracemalloc.start()
    try:
        document = read_document(bomb(name), name)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    (issue,) = document.issues
    assert (issue.file, issue.line, issue.column, issue.path, issue.limit) == (
        name,
        line,
        column,
        path,
        limit,
    )
    assert words in issue.message
    assert ": " in issue.message  # what is wrong, then how to fix it
    assert document.located is None and document.kind is None
    assert peak < MAX_PEAK_BYTES


@pytest.mark.parametrize("kind", ["graph", "course", "scenario", "rubric", "blueprint", "rules"])
def test_every_kind_is_read_within_the_limits(kind: str) -> None:
    text = bomb("billion_laughs.yaml").replace("kind: graph", f"kind: {kind}")
    result = validate_text(text, file=f"{kind}.yaml")
    assert result.definition is None
    assert [(i.limit, i.path) for i in result.issues] == [("max_values", "e[5]")]


def test_the_size_limit_points_at_the_first_byte_past_it() -> None:
    limits = YamlLimits(max_bytes=64)
    text = "kind: scenario\nid: long\n" + "description: " + "很长" * 30 + "\n"
    (issue,) = read_document(text, "long.yaml", limits).issues
    assert issue.limit == "max_bytes"
    # 64 bytes: 24 of the first two lines, 13 of `description: `, then 9 three-byte characters.
    assert (issue.line, issue.column) == (3, 14 + 9)
    assert f"{len(text.encode()):,} bytes, over the limit of 64" in issue.message


def test_aliases_within_the_limits_still_read_as_before() -> None:
    text = (
        "kind: rubric\nshared: &levels {low: 1, high: 3}\n"
        "a: *levels\nb: *levels\nmerged: {<<: *levels, low: 0}\n"
    )
    located = parse_located(text, YamlLimits(max_aliases=3, max_values=40))
    assert located.data["a"] == {"low": 1, "high": 3}
    assert located.data["merged"] == {"low": 0, "high": 3}
    assert located.locate(("b", "high"))[0] == "b.high"


def test_each_limit_is_its_own_setting() -> None:
    text = "a: &a [1, 2]\nb: [*a, *a, *a]\n"
    assert load_bounded(text) == {"a": [1, 2], "b": [[1, 2]] * 3}
    with pytest.raises(YamlLimitExceeded, match="more than 2 aliases") as refused:
        load_bounded(text, YamlLimits(max_aliases=2))
    assert refused.value.limit == "max_aliases"
    # 7 values before b's list items; each alias adds a's 3: the second passes 10.
    with pytest.raises(YamlLimitExceeded, match="more than 10 values") as over:
        load_bounded(text, YamlLimits(max_values=10))
    assert over.value.path == ("b", 1)
    assert YamlLimits() == DEFAULT_LIMITS


def test_a_content_folder_with_a_bomb_keeps_its_other_files(tmp_path: Path) -> None:
    root = tmp_path / "content"
    (root / "rubrics").mkdir(parents=True)
    (root / "rubrics" / "bomb.yaml").write_text(
        bomb("long_text_echo.yaml").replace("kind: scenario", "kind: rubric"), encoding="utf-8"
    )
    library, issues = ContentLibrary.scan(root)
    assert [(i.file, i.limit, i.line) for i in issues] == [
        ("content/rubrics/bomb.yaml", "max_expanded_chars", 7)
    ]
    assert library.ids("rubric") == []


def test_the_definitions_folder_reports_a_bomb_as_that_files_issue(tmp_path: Path) -> None:
    graphs = tmp_path / "graphs"
    graphs.mkdir()
    (graphs / "bomb.yaml").write_text(bomb("billion_laughs.yaml"), encoding="utf-8")
    (graphs / "deep.yaml").write_text(bomb("deep_nesting.yaml"), encoding="utf-8")
    found = load_definitions(graphs, library=None)
    assert found.definitions == {}
    assert {Path(f).name: [i.limit for i in issues] for f, issues in found.issues.items()} == {
        "bomb.yaml": ["max_values"],
        "deep.yaml": ["max_depth"],
    }


def test_the_routers_rules_reader_has_the_same_limits(tmp_path: Path) -> None:
    rules = tmp_path / "rules.yaml"
    rules.write_text(bomb("endless.yaml").replace("kind: course", "kind: rules"), encoding="utf-8")
    with pytest.raises(RulesError, match="endless"):
        read_rule_files(rules)


@pytest.mark.parametrize(
    ("value", "column", "words"),
    [("9" * 5000, 4, "4300 digits"), ("[1, 2001-13-45]", 8, "month must be in 1..12")],
)
def test_a_scalar_python_cannot_build_is_a_located_yaml_error(
    value: str, column: int, words: str
) -> None:
    (issue,) = read_document(f"kind: graph\nx: {value}\n", "odd.yaml").issues
    assert (issue.line, issue.column, issue.limit) == (2, column, None)
    assert words in issue.message and "quote it to keep it as text" in issue.message
