"""The `kpl` command line, run as a user runs it: real processes, a SQLite store in tmp_path."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.api.cli_process import run_kpl as kpl

pytestmark = pytest.mark.slow

MATERIAL = """# 会员服务

会员年卡价格为3980元，可以分12期免息支付。新会员入会时可以免费体测一次，体测包括体脂率和肌肉量。
门店营业时间为早上7点到晚上11点，节假日照常营业。年卡可以冻结一次，最长冻结30天，需要提前三天申请。
私教课每节300元，一次购买20节以上享受九折优惠。团课包括瑜伽、单车和搏击，会员可以免费预约。
会员到店需要刷脸入场，忘带手机也可以正常进入。更衣室提供毛巾和洗浴用品，储物柜需要自备锁。
"""


def test_exam_json_is_exactly_the_exam_and_grading_reads_it(tmp_path: Path) -> None:
    (tmp_path / "course.md").write_text(MATERIAL, encoding="utf-8")
    made = kpl(
        tmp_path,
        "exam",
        "--material",
        "course.md",
        "--single-choice",
        "2",
        "--true-false",
        "2",
        "--fill-blank",
        "1",
        "--difficulty",
        "easy",
        "--json",
    )
    exam = json.loads(made.stdout)  # stdout holds nothing but the exam
    assert "%]" in made.stderr  # progress went to stderr
    shown = [int(p) for p in re.findall(r"\[\s*(\d+)%\]", made.stderr)]
    assert shown == sorted(shown), shown  # one bar that only moves forward
    types = [q["type"] for q in exam["questions"]]
    missing = sum(gap["missing"] for gap in exam["shortfall"])
    assert len(types) + missing == 5
    assert made.returncode == (3 if missing else 0), made.stderr  # 3: short of the blueprint
    (tmp_path / "exam.json").write_text(made.stdout, encoding="utf-8")
    answers = {q["number"]: q["answer"] for q in exam["questions"]}
    (tmp_path / "answers.json").write_text(json.dumps(answers), encoding="utf-8")
    graded = kpl(tmp_path, "grade", "exam.json", "answers.json", "--json")
    assert graded.returncode == 0, graded.stderr
    report = json.loads(graded.stdout)
    assert report["percentage"] == 100.0
    assert report["retest"] == []


def test_exit_status_tells_a_short_or_empty_exam_and_help_is_quick_to_read(tmp_path: Path) -> None:
    (tmp_path / "short.md").write_text("# 说明\n\n欢迎来到本门店。\n", encoding="utf-8")
    empty = kpl(tmp_path, "exam", "--material", "short.md", "--single-choice", "2")
    assert empty.returncode == 1, empty.stderr
    assert "missing" in empty.stderr and "no question" in empty.stderr
    shown = kpl(tmp_path, "--help")
    assert shown.returncode == 0 and "exit status" in shown.stdout and "practice" in shown.stdout
    version = kpl(tmp_path, "--version")
    assert version.returncode == 0 and version.stdout.startswith("kpl ")


def test_bad_input_is_one_clear_line_and_status_1(tmp_path: Path) -> None:
    missing = kpl(tmp_path, "exam", "--material", "nope.md")
    assert missing.returncode == 1
    assert "cannot read material file nope.md" in missing.stderr
    assert "Traceback" not in missing.stderr
    (tmp_path / "exam.json").write_text("{not json", encoding="utf-8")
    bad = kpl(tmp_path, "grade", "exam.json", "exam.json")
    assert bad.returncode == 1
    assert "is not valid JSON" in bad.stderr


def test_a_practice_continues_in_a_new_process(tmp_path: Path) -> None:
    first = kpl(
        tmp_path,
        "practice",
        "objection-handling",
        stdin="您好，理解您觉得贵，请问您平时多久锻炼一次？\n",
    )
    assert first.returncode == 0, first.stderr
    thread_id = first.stderr.split("kpl practice --thread ")[-1].split()[0]
    assert "年卡" in first.stdout  # the persona's scripted opening, streamed to stdout

    routed = kpl(tmp_path, "route", "我主要是想减脂", "--thread", thread_id, "--offline")
    assert routed.returncode == 0, routed.stderr
    decision = json.loads(routed.stdout)
    assert decision["intent"] == "practice_reply"
    assert decision["source"] == "context"

    second = kpl(
        tmp_path, "practice", "--thread", thread_id, "--json", stdin="我主要是想减脂\n结束\n"
    )
    assert second.returncode == 0, second.stderr
    report = json.loads(second.stdout[second.stdout.index("{") :])
    learner = [t["text"] for t in report["transcript"] if t["role"] == "learner"]
    assert learner[:2] == ["您好，理解您觉得贵，请问您平时多久锻炼一次？", "我主要是想减脂"]
    assert report["ended"] == "quit"

    done = kpl(tmp_path, "practice", "--thread", thread_id)
    assert done.returncode == 1
    assert "has already ended" in done.stderr


def test_graphs_list_and_show(tmp_path: Path) -> None:
    listed = kpl(tmp_path, "graphs", "list", "--json")
    assert {g["name"] for g in json.loads(listed.stdout)} >= {
        "exam_generation",
        "exam_grading",
        "practice_dialogue",
        "help",
    }
    shown = kpl(tmp_path, "graphs", "show", "exam_generation")
    assert shown.returncode == 0
    assert "nodes:" in shown.stdout
    assert "graph TD" in shown.stdout
    unknown = kpl(tmp_path, "graphs", "show", "nope")
    assert unknown.returncode == 1
    assert "known graphs:" in unknown.stderr
