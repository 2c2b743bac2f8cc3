"""`kpl definitions ...` run as an author runs it: real processes over a content folder in tmp_path."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.api.cli_process import run_kpl
from tests.support.definitions import (
    GREETER,
    GREETER_TYPO,
    PRACTICE_INPUT,
    REPLIES,
    TYPO_LINE,
    content_folder,
)

pytestmark = pytest.mark.slow


def kpl(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`kpl definitions *args` over the content folder in tmp_path."""
    return run_kpl(
        tmp_path, "definitions", *args, env={"KPL_CONTENT_DIR": str(tmp_path / "content")}
    )


def test_validate_prints_each_problem_located_and_fails(tmp_path: Path) -> None:
    content_folder(tmp_path, extra={"greeter.yaml": GREETER})
    (tmp_path / "typo.yaml").write_text(
        GREETER_TYPO.replace("{source: ask, target: END}", "{source: ask, target: bye}"),
        encoding="utf-8",
    )
    good = kpl(tmp_path, "validate", "content/graphs")
    assert good.returncode == 0, good.stdout + good.stderr
    assert good.stdout == ""
    assert "5 file(s) (graph 5), 0 with problems" in good.stderr

    bad = kpl(tmp_path, "validate", "typo.yaml", "content/graphs/greeter.yaml")
    assert bad.returncode == 1
    lines = bad.stdout.splitlines()
    typo = next(line for line in lines if ": nodes.greet.type: " in line)
    file, line, column, _ = typo.split(":", 3)
    assert (file, int(line)) == ("typo.yaml", TYPO_LINE) and int(column) >= 1
    assert any(": edges[1].target: " in line for line in lines)
    assert "Traceback" not in bad.stderr

    as_json = kpl(tmp_path, "validate", "--json", "typo.yaml")
    problems = json.loads(as_json.stdout)
    assert {p["path"] for p in problems} >= {"nodes.greet.type", "edges[1].target"}

    everything = kpl(tmp_path, "validate", "content")  # every kind is checked, none skipped
    assert everything.returncode == 0, everything.stdout + everything.stderr
    assert (
        "18 file(s) (blueprint 3, course 2, graph 5, rubric 4, scenario 4), 0 with problems"
        in everything.stderr
    )


def test_validate_checks_every_kind_against_the_folder_with_the_drafts_in_it(
    tmp_path: Path,
) -> None:
    content = content_folder(tmp_path)
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    rubric = (content / "rubrics" / "english-upsell-rubric.yaml").read_text(encoding="utf-8")
    heavy = rubric.replace(
        "weight: 0.15\n    measures: questions", "weight: 0.25\n    measures: questions"
    )
    (drafts / "heavy-rubric.yaml").write_text(heavy, encoding="utf-8")
    # A new rubric and the new scenario that uses it: each resolves the other.
    scenario = (content / "scenarios" / "english-upsell.yaml").read_text(encoding="utf-8")
    (drafts / "new-rubric.yaml").write_text(
        rubric.replace("id: english-upsell-rubric", "id: new-rubric"), encoding="utf-8"
    )
    (drafts / "new-scenario.yaml").write_text(
        scenario.replace("id: english-upsell\n", "id: new-scenario\n").replace(
            "rubric: english-upsell-rubric", "rubric: new-rubric"
        ),
        encoding="utf-8",
    )
    (drafts / "lost.yaml").write_text(
        scenario.replace("id: english-upsell\n", "id: lost\n").replace(
            "rubric: english-upsell-rubric", "rubric: new-rubrc"
        ),
        encoding="utf-8",
    )
    blueprint = "kind: blueprint\nid: b\nblueprint:\n  true_false: 1\n  knowledge_points: [a, b]\n"
    (drafts / "blueprint.yaml").write_text(blueprint, encoding="utf-8")
    course = "kind: course\nid: nameless\nlanguage: en\nmaterial: Pour slowly.\n"
    (drafts / "course.yaml").write_text(course, encoding="utf-8")
    (drafts / "rules.yaml").write_text(
        "kind: rules\nrules:\n"
        "  - {name: quiz-me, intent: exam_generate, priority: 60, keywords: {any: [quiz]}}\n"
        "  - {name: quiz-help, intent: help, priority: 60, keywords: {any: [quiz]}}\n",
        encoding="utf-8",
    )

    checked = kpl(tmp_path, "validate", "--json", "drafts")
    assert checked.returncode == 1, checked.stderr
    found = {(p["file"], p["path"]): p for p in json.loads(checked.stdout)}
    assert set(found) == {
        ("drafts/blueprint.yaml", "blueprint.knowledge_points"),
        ("drafts/course.yaml", "title"),
        ("drafts/heavy-rubric.yaml", "criteria"),
        ("drafts/lost.yaml", "rubric"),
        ("drafts/rules.yaml", "rules[1]"),
    }
    where = {path: (p["line"], p["column"]) for (_, path), p in found.items()}
    assert where["blueprint.knowledge_points"] == (5, 21)
    assert where["title"] == (1, 1)
    assert where["criteria"] == (heavy.splitlines().index("  - id: questions") + 1, 3)
    assert where["rules[1]"] == (4, 5)
    assert "did you mean 'new-rubric'" in found[("drafts/lost.yaml", "rubric")]["message"]
    assert "7 file(s) (blueprint 1, course 1, rubric 2, rules 1, scenario 2), 5 with problems" in (
        checked.stderr
    )

    printed = kpl(tmp_path, "validate", "drafts/heavy-rubric.yaml")
    assert printed.returncode == 1
    (line,) = printed.stdout.splitlines()
    assert line.startswith(f"drafts/heavy-rubric.yaml:{where['criteria'][0]}:3: criteria: ")
    assert "weights must add up to 1.0" in line


def test_list_shows_what_a_server_would_serve(tmp_path: Path) -> None:
    content = content_folder(tmp_path, extra={"greeter.yaml": GREETER})
    listed = kpl(tmp_path, "list")
    assert listed.returncode == 0, listed.stderr
    rows = {line.split()[0]: line.split() for line in listed.stdout.splitlines()}
    assert set(rows) == {"exam_generation", "exam_grading", "help", "practice_dialogue", "greeter"}
    assert rows["greeter"][1] == "active"

    (content / "graphs" / "greeter.yaml").write_text(GREETER_TYPO, encoding="utf-8")
    broken = kpl(tmp_path, "list", "--json")
    assert broken.returncode == 1
    greeter = next(row for row in json.loads(broken.stdout) if row["id"] == "greeter")
    assert greeter["status"] == "invalid" and greeter["active_digest"] is None
    assert greeter["errors"][0]["line"] == TYPO_LINE


def test_preview_runs_on_the_offline_engine_and_prints_events(tmp_path: Path) -> None:
    content = content_folder(tmp_path)
    (tmp_path / "sample.json").write_text(json.dumps(PRACTICE_INPUT), encoding="utf-8")
    practice = str(content / "graphs" / "practice_dialogue.yaml")
    shown = kpl(tmp_path, "preview", practice, "--input", "sample.json")
    assert shown.returncode == 0, shown.stderr
    names = [line.split()[0] for line in shown.stdout.splitlines()]
    assert names[0] == "started" and names[-1] == "completed"
    assert "interrupt" in names

    lines = kpl(
        tmp_path, "preview", practice, "--input", "sample.json", "--reply", REPLIES[0], "--json"
    )
    assert lines.returncode == 0, lines.stderr
    events = [json.loads(line) for line in lines.stdout.splitlines()]
    completed = [e for e in events if e["event"] == "completed"]
    assert [e["status"] for e in completed] == ["interrupted", "interrupted"]
    assert completed[-1]["output"]["turn"] == 2
    assert "evaluate_turn" in [e["node"] for e in events if e["event"] == "node_start"]
    assert not (tmp_path / "kpl.db").exists()  # nothing opened, nothing saved

    (tmp_path / "typo.yaml").write_text(GREETER_TYPO, encoding="utf-8")
    refused = kpl(tmp_path, "preview", "typo.yaml")
    assert refused.returncode == 1
    assert f"typo.yaml:{TYPO_LINE}:" in refused.stderr and "nothing was run" in refused.stderr


def test_schema_is_json_schema_for_every_kind(tmp_path: Path) -> None:
    content_folder(tmp_path)
    printed = kpl(tmp_path, "schema")
    assert printed.returncode == 0, printed.stderr
    schema = json.loads(printed.stdout)
    assert schema["$schema"].startswith("https://json-schema.org/")
    text = json.dumps(schema)
    for kind in ("graph", "scenario", "rubric", "blueprint", "course", "rules"):
        assert f'"{kind}"' in text
