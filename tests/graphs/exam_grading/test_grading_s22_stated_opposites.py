"""An answer that says the opposite of a point is contradicted, not partial or missing: it
waives the act the point requires (骑完直接给马喝冷水，不用牵遛 for 必须先牵遛降温) or allows what it
forbids (深色衣服也可以 for 不得穿深色衣物). Session 21 end teacher T14: 「到了就直接做花束，不用
醒花」 earned 1.25 as partial, 「化纤衣服也可以」 was missing. An exemption that is not about the
point's act (不用担心), or that a condition bounds (会员已到场的，不用…), stays as it was."""

from __future__ import annotations

import pytest

from graphs.exam_grading.scoring_points import judge_point
from tests.support.grading import judged, short_answer

COOL_DOWN = "马匹运动后必须先牵遛降温，牵遛不少于15分钟，降温完成前不得饮冷水"
COOL_DOWN_STEM = "马匹运动后应如何处理？（写明时限）"
OTHERS = ["学员上马前必须由教练检查肚带松紧"]


@pytest.mark.parametrize(
    ("answer", "verdict"),
    [
        ("骑完直接给马喝冷水，不用牵遛。", "contradicted"),
        ("骑完就让马喝水，不必再牵遛了。", "contradicted"),
        ("先牵遛15分钟降温，不用担心马着凉。", "credited"),
        ("先牵遛15分钟降温，降温后再喝水。", "credited"),
    ],
)
def test_a_required_act_waived(answer: str, verdict: str) -> None:
    judged = judge_point(COOL_DOWN, answer, language="zh", others=OTHERS, stem=COOL_DOWN_STEM)
    assert judged.verdict == verdict


@pytest.mark.parametrize(
    ("answer", "contradicted"),
    [
        ("穿防蜂服就行，深色衣服也可以。", True),
        ("穿防蜂服，不能穿深色衣服。", False),
        ("穿防蜂服，浅色衣服也可以。", False),
        ("穿防蜂服，其他衣服也可以。", False),
    ],
)
def test_a_forbidden_garment_allowed(answer: str, contradicted: bool) -> None:
    point = "进入蜂场必须穿防蜂服，不得穿深色衣物"
    judged = judge_point(point, answer, language="zh", stem="进入蜂场对着装有什么要求？")
    assert (judged.verdict == "contradicted") == contradicted


@pytest.mark.parametrize(
    ("stem", "point", "answer", "quoted"),
    [
        (
            COOL_DOWN_STEM,
            COOL_DOWN,
            "骑完直接给马喝冷水，不用牵遛。",
            "有误（答成：不用牵遛）：马匹运动后必须先牵遛降温",
        ),
        (
            "What is the rule on boats leaving the wharf?",
            "Boats must not leave the wharf before the hirer has signed the handover sheet",
            "A boat can leave the wharf before the handover sheet is signed.",
            "contradicted (you gave: A boat can leave the wharf before the handover sheet is"
            " signed): Boats must not leave",
        ),
    ],
)
def test_the_note_quotes_the_learners_words_and_the_rule(
    stem: str, point: str, answer: str, quoted: str
) -> None:
    _, note = judged(short_answer(stem, point), answer)
    assert quoted in note
