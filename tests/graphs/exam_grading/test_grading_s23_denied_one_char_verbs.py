"""A point whose rule is a denied one-character verb (押金不退, 概不赊账) is contradicted by the verb
said plainly (session 23 lead, untuned 汗蒸馆 paper: 「押金退」 was credited 已答到 for 手环押金不退:
退 alone was no term, so the point's only act went unread)."""

from __future__ import annotations

import pytest

from tests.support.grading import judged, short_answer

ITEM = short_answer(
    "关于储物柜钥匙牌，课程材料有哪些规定？",
    "钥匙牌遗失的，须赔偿30元",
    "钥匙牌押金不退",
)


@pytest.mark.parametrize("answer", ["钥匙牌押金可以退。", "押金会退给您。", "丢了赔30元，押金退。"])
def test_the_verb_said_plainly_contradicts_its_denial(answer: str) -> None:
    judgement, note = judged(ITEM, answer)
    assert "钥匙牌押金不退" not in {n.point for n in judgement.notes if n.verdict == "credited"}
    assert "说法与要点相反" in note


@pytest.mark.parametrize(
    "answer", ["押金是不退的。", "钥匙牌押金不予退还。", "丢了赔三十块，押金不退。"]
)
def test_the_denial_restated_is_credited(answer: str) -> None:
    judgement, _ = judged(ITEM, answer)
    assert "钥匙牌押金不退" in {n.point for n in judgement.notes if n.verdict == "credited"}
