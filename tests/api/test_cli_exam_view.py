"""`kpl exam`'s trainer view (without --json), run as a trainer runs it: in the exam's language, a
multiple choice's key with every option's source, a short answer's key with its scoring points."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.api.cli_process import run_kpl as kpl

pytestmark = pytest.mark.slow

MATERIALS = Path(__file__).parents[2] / "bench" / "materials"


def trainer_view(tmp_path: Path, material: str) -> str:
    """The printed exam for one multiple choice, one single choice and one short answer."""
    (tmp_path / "course.md").write_text(
        (MATERIALS / material).read_text(encoding="utf-8"), encoding="utf-8"
    )
    made = kpl(
        tmp_path,
        "exam",
        "--material",
        "course.md",
        "--single-choice",
        "1",
        "--multiple-choice",
        "1",
        "--short-answer",
        "1",
    )
    assert made.returncode == 0, made.stderr  # the material holds enough for this blueprint
    return made.stdout


def key_of(view: str, heading: str, number: int) -> list[str]:
    """The answer key's lines for question `number`: its answer, then what it rests on."""
    key = view.split(f"\n{heading}\n", 1)[1].splitlines()
    start = next(i for i, line in enumerate(key) if line.startswith(f"{number}. "))
    rest = key[start + 1 :]
    end = next((i for i, line in enumerate(rest) if not line.startswith("   ")), len(rest))
    return key[start : start + 1 + end]


def numbered(view: str, kind: str) -> int:
    """The number of the question whose label starts with `kind` (单选, 多选, 简答 ...)."""
    found = re.search(rf"^(\d+)\. \[{kind}", view, re.MULTILINE)
    assert found, view
    return int(found[1])


def test_a_chinese_exam_reads_in_chinese_with_every_source(tmp_path: Path) -> None:
    view = trainer_view(tmp_path, "pharmacy-rx-zh.md")
    assert re.search(r"（共3题，\d+分）", view), view.splitlines()[:3]
    for english in ("questions", "points)", "Answer key", "source:", "easy", "medium", "hard"):
        assert english not in view, english
    assert re.search(r"\[单选 · [易中难] · \d+\]", view)  # the level, its reason not on the paper
    assert re.search(r"^   （难度 [易中难]：[^）]+）$", view, re.M)  # but beside the key
    choice = key_of(view, "参考答案", numbered(view, "多选"))
    options = re.search(rf"^{numbered(view, '多选')}\. \[多选.*?\n\n", view, re.S | re.M)
    assert options is not None
    shown = len(re.findall(r"^   [A-E]\. ", options[0], re.MULTILINE))
    assert sum(line.strip().startswith("原文：") for line in choice[1:]) == shown, choice
    short = key_of(view, "参考答案", numbered(view, "简答"))
    assert short[1].strip().startswith("（难度 "), short  # why it is at its level
    assert short[2].strip() == "评分要点：", short
    marks = [re.fullmatch(r"\(\d\) .+（(\d+(?:\.5)?)分）", line.strip()) for line in short[3:]]
    assert marks and all(marks), short  # each point its whole or half marks, never 1.66667
    score = re.search(rf"^{numbered(view, '简答')}\. \[简答 · [^\]]* · (\d+)\]", view, re.M)
    assert score is not None, view
    assert sum(float(m[1]) for m in marks if m) == float(score[1])  # they add up to its score


def test_an_english_exam_keeps_its_english_words(tmp_path: Path) -> None:
    # lab-safety-en.md's short answers are refused as vague asks since session 14 (vague_asks)
    view = trainer_view(tmp_path, "it-security-en.md")
    assert re.search(r"\(3 questions, \d+ points\)", view), view.splitlines()[:3]
    choice = key_of(view, "Answer key", numbered(view, "multiple choice"))
    assert sum(line.strip().startswith("The material says") for line in choice[1:]) >= 4, choice
    short = key_of(view, "Answer key", numbered(view, "short answer"))
    assert short[1].strip().startswith("(difficulty "), short
    assert short[2].strip() == "scoring points:", short
    assert all(re.search(r" \(\d+(\.5)? marks?\)$", line) for line in short[3:]), short
