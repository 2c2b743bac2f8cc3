"""A Chinese rule on who bears a cost, asked by the cost and its case: 「…由谁承担？」.

「因店员核对失误导致配错镜片的，由当班验光员承担重做费用的20%」 was asked 「因店员核对失误导致配错
镜片的，由当班验光员承担重做费用有什么规定？」 (session 19 end designer D12, m1 Q11: clumsy, and it
names who pays, the answer), and 「物品损坏赔偿：单件价值500元以下的由保洁员承担30%，…」
「单件价值有什么规定？」 (m3 Q11: vague). A trainer asks the case and the cost, and leaves who
bears how much to the learner: 「因店员核对失误导致配错镜片时，重做费用由谁承担？」, 「物品损坏
赔偿由谁承担？」.
"""

from __future__ import annotations

import re

_BEARS = r"(?P<verb>承担|负担|支付|赔付|赔偿|垫付)"
_CASE_COST = re.compile(
    rf"^(?P<case>[^，,；;。：:]{{4,30}}?)的[，,]\s*由[^，,；;。]{{1,10}}?{_BEARS}"
    r"(?P<what>[\u4e00-\u9fff]{2,8}?)(?:的)?\s*[\d一二三四五六七八九十半全]"
)
"""「因…的，由当班验光员承担重做费用的20%」: a case, who bears, the cost and its share."""
_LABEL_COST = re.compile(
    rf"^(?P<label>[\u4e00-\u9fff]{{2,10}})[：:][^；;。]*?由[^，,；;。]{{1,10}}?{_BEARS}"
)
"""「物品损坏赔偿：单件价值…由保洁员承担30%，其余由公司承担」: a cost's label, then who bears it."""


def cost_ask(point: str) -> str | None:
    """「因…时，重做费用由谁承担？」 / 「物品损坏赔偿由谁承担？」, or None when the rule is not on
    who bears a cost."""
    found = _CASE_COST.match(point)
    if found is not None:
        return f"{found['case']}时，{found['what']}由谁{found['verb']}？"
    labelled = _LABEL_COST.match(point)
    if labelled is not None:
        return f"{labelled['label']}由谁{labelled['verb']}？"
    return None
