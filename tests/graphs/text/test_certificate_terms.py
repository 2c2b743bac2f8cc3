"""A certificate's name is one term, its verb included: 危险化学品从业资格证, 特种设备作业人员证.

jieba tags 从业 and 作业 as verbs, so the run of nouns broke there and a fill-in blanked 资格证
alone ("其中一人须持有危险化学品从业____", session 19 lead, a petrol station's rules): a blank that
cuts the term, the very thing the issue names (免（  ） → 赔额).
"""

from __future__ import annotations

from graphs.text.document import analysed
from graphs.text.facts import facts_for


def _anchors(text: str, needle: str) -> list[str]:
    facts = facts_for(analysed(text))
    return [a.text for f in facts if needle in f.text for a in f.anchors]


def test_a_certificate_named_by_a_verb_is_one_term() -> None:
    material = (
        "# 液化气站充装规定\n\n"
        "1. 气瓶充装时须由一名员工操作，该员工须持有燃气经营从业资格证。\n"
        "2. 每班交接须填写《充装记录》。\n"
    )
    anchors = _anchors(material, "资格证")
    assert "燃气经营从业资格证" in anchors, anchors
    assert "资格证" not in anchors, anchors


def test_a_licence_after_a_verb_of_holding_keeps_its_verb() -> None:
    material = (
        "# 物流园区作业规定\n\n"
        "1. 叉车司机须持有叉车驾驶操作证。\n"
        "2. 进入冷库的人员须持有健康证明。\n"
        "3. 每辆货车装载不得超过 12 吨。\n"
    )
    assert "叉车驾驶操作证" in _anchors(material, "操作证")
    assert "健康证明" in _anchors(material, "健康证明")
