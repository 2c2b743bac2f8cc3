"""Session 25 (F3): a list item's lead label of nine characters or more is a label too.

The session 25 designer's m1 Q10 printed 「填空：检查压力表和安全阀：压力表须在校验有效期内（校验周期
____）…」: the item's lead label (what to check) stayed in front of a rule that names its own
subject, because a label was read as at most eight characters (self_contained.without_label).
Its rule is stated without it, as a shorter label's is.

Own material (not the reviewers'): a knife-sharpening shop's grinding procedure (zh).
"""

from __future__ import annotations

from graphs.text import analyse
from graphs.text.facts import facts_for

GRINDING = """# 快刃磨刀铺 磨削操作规程

## 一、开机前检查
1. 检查砂轮和护罩螺丝：砂轮须无裂纹、无缺口（检查周期 7 天），护罩螺丝每班拧紧一次。
2. 检查冷却水箱：水位须高于警戒线 5 厘米以上。

## 二、磨削
3. 磨削时刀刃温度不得超过 95℃，每磨 6 分钟须蘸水冷却一次。
"""


def test_a_long_lead_label_is_not_stated() -> None:
    texts = [f.text for f in facts_for(analyse(GRINDING))]
    assert "砂轮须无裂纹、无缺口（检查周期 7 天），护罩螺丝每班拧紧一次。" in texts, texts
    assert not any(t.startswith("检查") for t in texts), texts


def test_a_rule_in_the_label_keeps_it() -> None:
    """A label that states a rule itself (「顾客须注意以下几点：」) is no label to drop."""
    texts = [
        f.text
        for f in facts_for(
            analyse("# 须知\n\n1. 店员须按下列顺序开机检查：先检查砂轮，再检查护罩。\n")
        )
    ]
    assert all(t.startswith("店员须") for t in texts), texts
