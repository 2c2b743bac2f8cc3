"""`kpl practice` as a learner runs it: the brief first, then the customer; a sentence in role that
holds a quit word goes on, a bare quit word ends with the report."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
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


def test_ctrl_c_at_the_prompt_ends_at_once_with_the_resume_command(tmp_path: Path) -> None:
    """stdin stays open (a terminal): Ctrl-C at `you>` ends the command without waiting for Enter,
    and says how to continue."""
    env = {
        **os.environ,
        "KPL_CHECKPOINT_URL": f"sqlite:///{tmp_path}/kpl.db",
        "KPL_MODEL": "offline",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "api.cli", "practice", "complaint-handling"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
        env=env,
        text=True,
    )
    assert process.stderr is not None
    seen = ""
    while "you>" not in seen:  # the prompt: the session is waiting for the learner
        char = process.stderr.read(1)
        assert char, "kpl practice ended before asking for a reply"
        seen += char
    process.send_signal(signal.SIGINT)
    try:
        _, rest = process.communicate(timeout=120)  # a guard against a hang, not a speed limit
    finally:
        process.kill()
    assert process.returncode == 130
    assert "session saved: kpl practice --thread " in rest


def test_the_default_store_is_the_same_from_any_folder(tmp_path: Path) -> None:
    """The store is in KPL_HOME, not the current folder: a session started in one folder
    continues from another; an unknown session is reported with the store it was looked in."""
    home = {"KPL_HOME": str(tmp_path / "home"), "KPL_CHECKPOINT_URL": ""}
    first = tmp_path / "one"
    first.mkdir()
    started = kpl(first, "practice", "complaint-handling", stdin="", env=home)
    assert started.returncode == 0, started.stderr
    # Input ended before the session did: it is saved, and the learner is told why no report.
    assert "not ended, so no report yet" in started.stderr
    assert "pass mark" not in started.stdout  # the report's heading line
    thread = started.stderr.split("kpl practice --thread ")[1].split()[0].rstrip(")")
    other = tmp_path / "two"
    other.mkdir()
    again = kpl(other, "practice", "--thread", thread, stdin="", env=home)
    assert again.returncode == 0, again.stderr
    unknown = kpl(other, "practice", "--thread", "nope", stdin="", env=home)
    assert unknown.returncode == 1
    assert f"no session nope in sqlite:///{tmp_path}/home/kpl.db" in unknown.stderr
