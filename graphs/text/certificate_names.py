"""A certificate's or a licence's name is one term, the verbs in it included.

jieba tags 从业, 驾驶 and 安装 as verbs and 健康 as an adjective, so a run of nouns breaks inside
危险化学品从业资格证, 叉车驾驶操作证 and 健康证明, and a fill-in blanked 资格证 alone ("其中一人须持有
危险化学品从业____", session 19 lead, a petrol station's rules): the blank cut the term. A name that
ends in a certificate's head word (证, 证书, 证明, 执照, 许可证) reaches back over the words glued
to it, nouns, verbs and adjectives, to the verb that holds it (持有, 出示, 取得 …), a modal or a
stop: that whole run is what the learner must know.
"""

from __future__ import annotations

from collections.abc import Sequence

from graphs.text.zh_tokens import Segment

_HEADS = ("证", "证书", "证明", "执照")
"""What a certificate's name ends in (资格证, 操作证, 健康证明, 营业执照, 许可证)."""
_PART_TAGS = frozenset(["n", "nz", "nr", "ns", "nt", "vn", "v", "a", "an", "j", "l", "term"])
"""Tags of the words a certificate's name is made of."""
_HOLDING = frozenset(
    [
        "持有",
        "持",
        "取得",
        "出示",
        "携带",
        "具备",
        "提供",
        "办理",
        "查验",
        "核对",
        "凭",
        "领取",
        "考取",
        "交验",
        "更换",
    ]
)
"""Verbs that take the certificate as their object: where its name begins."""
_MAX_CHARS = 14
"""Longer than this, the run has taken in more than a name."""


def certificate_spans(segments: Sequence[Segment]) -> list[tuple[int, int, list[str]]]:
    """(start, end, words) of each certificate's whole name in the segmented text, when it
    takes in more than its head word's own segment."""
    spans: list[tuple[int, int, list[str]]] = []
    for index, seg in enumerate(segments):
        if not seg.text.endswith(_HEADS) or seg.tag not in ("n", "nz", "nr", "term"):
            continue
        first = index
        while first > 0:
            before = segments[first - 1]
            if (
                before.end != segments[first].start
                or before.tag not in _PART_TAGS
                or before.text in _HOLDING
                or seg.end - before.start > _MAX_CHARS
            ):
                break
            first -= 1
        if first < index:
            words = [part.text for part in segments[first : index + 1]]
            spans.append((segments[first].start, seg.end, words))
    return spans
