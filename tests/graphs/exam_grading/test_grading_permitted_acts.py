"""A forbidden act said to be allowed, and a wrong figure told beside the rule's act.

Permission of what a point forbids (可以收下 for 不得收取; "can accept" for "must not accept") is the
rule turned round: 0 for the point and the note 有误（答成：<the learner's words>）, though most of the point's
other words are there (permitted_acts.py). A figure of the point's kind told in the clause next to
the one doing its act ("有效期60天，过期不能配镜"; "valid for 60 days; after that it is not filled")
is the rule told with a wrong figure (有误（答成：…）), not a point left out (point_places.acted_beside).
Own examples: a gym's supplement rule, a hotel's tips rule, an optician's prescriptions.
"""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.exams import Question
from tests.support.grading import graded_paper, judged, short_answer

SUPPLEMENTS = short_answer(
    "会员问补剂时教练该怎么做？",
    "课后须登记会员的训练记录",
    "教练不得向会员推销私人补剂，会员主动询问时应建议其咨询医生",
)
TIPS = short_answer(
    "What is the rule on cash tips?",
    "Housekeepers must not accept cash tips from guests; if a guest insists, politely decline"
    " and tell the supervisor",
)
GLASSES_EN = short_answer(
    "(1) What are glasses made from? (2) How long is a prescription valid from issue, and what"
    " then? (3) Where is a copy kept?",
    "glasses are made only from an optometrist's prescription",
    "a prescription is valid for 30 days from issue; after 30 days it must not be filled and the"
    " customer is asked to book a new eye test",
    "a copy of the prescription is kept in the shop for at least 1 year",
)
GLASSES_ZH = short_answer(
    "根据材料回答：（1）配镜有什么规定？（2）验光单有效期为开具之日起时应如何处理？（3）验光单复印件须留存什么？",
    "配镜须凭验光师出具的验光单",
    "验光单有效期为开具之日起30天，超过30天的验光单不得调配，应请顾客重新验光",
    "验光单复印件须留存门店，保存不少于1年",
)


@pytest.mark.parametrize(
    "answer",
    [
        "课后登记训练记录。会员主动来问，教练也能把补剂卖给他，再让他问问医生。",
        "课后登记训练记录。会员坚持要买的话，教练可以推荐补剂给他。",
    ],
)
def test_a_forbidden_act_said_to_be_allowed_is_the_rule_turned_round_zh(answer: str) -> None:
    judgement, note = judged(SUPPLEMENTS, answer)
    assert judgement.ratio == 0.5
    assert "(2) 有误（" in note  # 说法与要点相反, or the learner's words quoted


def test_the_rule_stated_beside_a_permission_of_something_else_is_credited_zh() -> None:
    judgement, note = judged(
        SUPPLEMENTS, "课后登记训练记录。教练不能向会员推销补剂，会员可以自己去咨询医生。"
    )
    assert judgement.ratio == 1
    assert "有误" not in note


@pytest.mark.parametrize(
    "answer",
    [
        "If a guest insists, the housekeeper can accept the cash tip and then tell the supervisor.",
        "Housekeepers are allowed to accept a cash tip if the guest insists; just tell the"
        " supervisor.",
    ],
)
def test_a_forbidden_act_said_to_be_allowed_is_the_rule_turned_round_en(answer: str) -> None:
    judgement, _ = judged(TIPS, answer)
    assert judgement.ratio == 0
    assert "allowed where the point forbids" in judgement.reason


def test_declining_a_tip_a_guest_may_offer_is_the_rule_en() -> None:
    judgement, _ = judged(
        TIPS,
        "Never accept cash tips from guests. If a guest insists, you can politely decline and"
        " let the supervisor know.",
    )
    assert judgement.ratio == 1


def test_a_wrong_figure_beside_the_rules_act_is_told_wrong_en() -> None:
    judgement, note = judged(
        GLASSES_EN,
        "Glasses need a prescription. A prescription is valid for 60 days; after that it is not"
        " filled. A copy stays in the shop.",
    )
    assert "gives 60 days where the point says 30 days" in judgement.reason
    assert "(2) Wrong" in note or "60 days" in note


def test_the_right_figure_beside_the_rules_act_is_credited_zh() -> None:
    _, note = judged(
        GLASSES_ZH, "配镜要凭医生验光单。验光单有效期30天，过期不能调配。验光单要留存门店。"
    )
    assert "答成" not in note
    _, note = judged(
        GLASSES_ZH, "配镜要凭医生验光单。验光单有效期60天，过期不能调配。验光单要留存门店。"
    )
    assert "答成：60天，要点为30天" in note


async def test_a_tip_said_to_be_allowed_is_marked_wrong_through_the_flow(
    offline_context: FlowContext,
) -> None:
    question = Question(
        number=1,
        type="short_answer",
        stem="客人给小费时，客房服务员应怎么做？",
        answer=["客房服务员不得收取客人的小费，如客人坚持，应婉拒并告知领班"],
        scoring_points=[
            "打扫后须更换毛巾",
            "客房服务员不得收取客人的小费，如客人坚持，应婉拒并告知领班",
        ],
        source_quote="客房服务员不得收取客人的小费，如客人坚持，应婉拒并告知领班",
        score=4,
    )
    results = await graded_paper(
        [question],
        {"1": "打扫后更换毛巾。客人硬要给小费时可以收下，再跟领班说一声。"},
        offline_context,
        title="tips",
        language="zh",
    )
    assert results[1]["score"] == 2
    assert "(2) 有误（答成：客人硬要给小费时可以收下）" in results[1]["review"]
