"""`kpl practice` as a learner runs it: the brief first, then the customer; a sentence in role that
holds a quit word goes on, a bare quit word ends with the report."""

from __future__ import annotations

import json
from pathlib import Path

from tests.api.cli_process import run_kpl as kpl


def test_the_banner_is_the_brief_and_only_a_bare_quit_word_ends(tmp_path: Path) -> None:
    lines = "您先别急着结束，听我说完，非常抱歉让您久等了。\n结束\n"
    run = kpl(tmp_path, "practice", "complaint-handling", "--json", stdin=lines)
    assert run.returncode == 0, run.stderr
    banner = run.stdout[: run.stdout.index("你们这怎么回事")]
    assert "你的角色 Your role: 微笑口腔前台主管" in banner
    assert "赠送一张 100 元洁牙抵用券" in banner  # what the learner may offer
    assert "不想换诊所" not in run.stdout  # the hidden goal stays hidden
    report = json.loads(run.stdout[run.stdout.index("{") :])
    learner = [t["text"] for t in report["transcript"] if t["role"] == "learner"]
    assert learner == ["您先别急着结束，听我说完，非常抱歉让您久等了。"]
    assert report["ended"] == "quit" and report["turns"] == 1
