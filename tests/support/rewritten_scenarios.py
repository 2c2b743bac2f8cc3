"""A shipped scenario rewritten for a test's own trade: same stages and points, another brief."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml


def rewritten(root: Path, shipped: str, changes: dict[str, Any]) -> None:
    """Write `changes['id']`.yaml into the content folder `root`: the shipped scenario `shipped`
    with no aliases, the learner's `may_offer` and the top-level fields of `changes` replaced."""
    data = yaml.safe_load((root / "scenarios" / f"{shipped}.yaml").read_text(encoding="utf-8"))
    data["aliases"] = []
    data["learner"]["may_offer"] = changes["may_offer"]
    data.update({k: v for k, v in changes.items() if k != "may_offer"})
    (root / "scenarios" / f"{changes['id']}.yaml").write_text(
        yaml.safe_dump(data, allow_unicode=True), encoding="utf-8"
    )
