"""The `kpl` command line run as a user runs it: a real process in tmp_path, offline, SQLite there."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_kpl(
    tmp_path: Path, *args: str, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`python -m api.cli *args` in `tmp_path`, with checkpoints in `tmp_path/kpl.db`, the offline
    model and `env` on top; its output as text, whatever its exit code."""
    return subprocess.run(
        [sys.executable, "-m", "api.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env={
            **os.environ,
            "KPL_CHECKPOINT_URL": f"sqlite:///{tmp_path}/kpl.db",
            "KPL_MODEL": "offline",
            **(env or {}),
        },
        cwd=tmp_path,
        timeout=300,
        check=False,
    )
