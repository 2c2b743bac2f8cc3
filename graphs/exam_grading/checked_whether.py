"""A check whether anyone is harmed, said as the point's check that no one is.

「先确认库内无人被困」 is said 「看看冷库里有没有人被关在里面」 by a learner: checking whether anyone is
trapped is confirming no one is (session 23 end teacher T16, C_strong Q9: "This is a false note").
Read as written, 有没有人被困 asserts 被困, which the point rules out: contradicted. So where the
point confirms that no one is (确认/检查…无人), the answer's check-verb with 有没有人 / 是否有人
after it is read as the point's 确认…无人; elsewhere the answer is left as it is.
"""

from __future__ import annotations

import re

_POINT_NOBODY = re.compile(r"(?:确认|检查|查看|核实)[^，。；,;]{0,8}?无人")
_ANSWER_WHETHER = re.compile(
    r"(?:看看|看一看|看一下|查看|查一查|检查|确认|问问)([^，。；,;]{0,8}?)(?:有没有|是否有|有无)人"
)


def whether_as_none(point: str, answer: str) -> str:
    """The answer with its check whether anyone is harmed read as the point's 确认…无人 (module
    doc); `answer` itself where the point confirms no such thing."""
    if not _POINT_NOBODY.search(point):
        return answer
    return _ANSWER_WHETHER.sub(lambda m: f"确认{m.group(1)}无人", answer)
