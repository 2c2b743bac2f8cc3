"""Held-out learners (written last, after the fixes; never tuned to). Filled in after the fixes."""

from __future__ import annotations

from bench.practice_scripts import Turn

LEARNERS: tuple[str, ...] = ()
SCRIPTS: dict[str, dict[str, list[Turn]]] = {}
MUST_FAIL: tuple[str, ...] = ()
