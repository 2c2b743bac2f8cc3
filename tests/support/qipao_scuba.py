"""Two trades' scenarios for practice tests, each a shipped scenario rewritten for the trade: a qipao
tailor's complaint desk (Chinese, from complaint-handling) and a scuba shop's retention call
(English, from broadband-retention). `trades_library(root)` writes them beside the shipped content."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import yaml

from graphs.library import SHIPPED_CONTENT, ContentLibrary

QIPAO: dict[str, Any] = {
    "id": "qipao-complaint",
    "title": "投诉处理：旗袍晚交五天还多收钱",
    "background": "你是「锦绣旗袍定制」的店长。周女士定制的一件真丝旗袍，因绣娘病假，比约定晚了五天才做好；"
    "取衣时发现比下单时说的 1800 元多收了 150 元的手工盘扣费，量体时店员没有说明。店规：店长可以免除未事先"
    "告知的盘扣费，并可赠送一次免费修改；退款需 1–3 个工作日原路退回。定制合同约定：交货逾期，客户可以无条件"
    "退单。",
    "opening_line": "我的旗袍晚了五天才做好，结账还多收我一百五的盘扣费，谁同意加盘扣了？",
    "may_offer": [
        "免除未事先告知的 150 元盘扣费（退款 1–3 个工作日到账）",
        "赠送一次免费修改",
        "下次定制优先排期",
    ],
    "facts": [
        {
            "claim": "谎报退款到账时间（实际 1–3 个工作日）",
            "cues": ["到账", "退款", "退回"],
            "values": ["1-3个工作日", "150元"],
        }
    ],
}
SCUBA: dict[str, Any] = {
    "id": "scuba-retention",
    "title": "Retention call: 'I want to cancel my dive club membership'",
    "background": "You answer the phone at Blue Reef Divers. Ms Dana Cole has had the dive club "
    "membership (GBP 45 a month) for two years; her membership ended in April. Her weekend boat dives "
    "keep being cancelled and a rival shop offers GBP 35 a month. You may book her a free regulator "
    "service (next available: Saturday morning), offer the loyalty price of GBP 38 a month for 12 "
    "months, or the premium membership with guaranteed boat places at GBP 42. A new 12-month "
    "membership can be cancelled without a fee within 30 days. You may not promise that the sea "
    "conditions or the visibility will be good, and you may not say that leaving will cost her a "
    "fee: her membership has ended.",
    "opening_line": "Hi. I'd like to cancel my dive club membership. It ended in April, so I'm "
    "free to go.",
    "may_offer": [
        "A free regulator service (next available Saturday morning)",
        "The loyalty price of GBP 38 a month for 12 months",
        "The premium membership with guaranteed boat places at GBP 42 a month",
        "Cancellation without a fee within 30 days of a new membership",
    ],
    "facts": [
        {
            "claim": "A wrong loyalty price (GBP 38 a month for 12 months)",
            "cues": ["loyalty price", "loyalty"],
            "values": ["38", "12"],
        }
    ],
}


VISIBILITY = {
    "claim": "Guaranteed visibility or sea conditions",
    "patterns": ["guarantee the visibility", "guaranteed visibility", "guarantee calm seas"],
}
"""The scuba brief's forbidden promise, in place of the broadband's guaranteed speed."""


def _rewritten(root: Path, shipped: str, changes: dict[str, Any]) -> None:
    data = yaml.safe_load((root / "scenarios" / f"{shipped}.yaml").read_text(encoding="utf-8"))
    data["aliases"] = []
    data["learner"]["may_offer"] = changes["may_offer"]
    data.update({k: v for k, v in changes.items() if k != "may_offer"})
    for stage in data["stages"]:
        for claim in stage.get("forbidden_claims", []):
            if changes is SCUBA and claim["claim"] == "A guaranteed speed":
                claim.update(VISIBILITY)
    (root / "scenarios" / f"{changes['id']}.yaml").write_text(
        yaml.safe_dump(data, allow_unicode=True), encoding="utf-8"
    )


def trades_library(root: Path) -> ContentLibrary:
    """The shipped content copied to `root`, with the qipao and scuba scenarios added."""
    shutil.copytree(SHIPPED_CONTENT, root)
    _rewritten(root, "complaint-handling", QIPAO)
    _rewritten(root, "broadband-retention", SCUBA)
    return ContentLibrary.load(root)
