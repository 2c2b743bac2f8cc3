"""Everyday Chinese words for the acts of a complaint rule are the rule's own words: 记下来 for
登记/记录, 吵 for 争执, 道歉 for 致歉 (session 21 lead: 「店员先道歉，记下来，别跟顾客吵」 earned
nothing for 「先致歉并记录，不得与顾客争辩」). Read through synonyms.yaml, so they hold in every
question: 吵闹 (noise) stays 喧哗, never a quarrel."""

from __future__ import annotations

import pytest

from graphs.exam_grading.scoring_points import judge_point

COMPLAINT = "会员当面投诉的，值班教练应先致歉并记录，不得与会员争辩"
COMPLAINT_STEM = "马术俱乐部会员投诉时，前台应如何处理？"
NOISE = "马厩内不得大声喧哗"
NOISE_STEM = "马厩内有什么禁止的？"


@pytest.mark.parametrize(
    ("answer", "verdict"),
    [
        ("教练先道歉，记下来，别跟会员吵。", "credited"),
        ("教练先赔个不是，把投诉记好，别和会员吵架。", "credited"),
        ("跟会员吵一架，把事情说清楚。", "contradicted"),
    ],
)
def test_everyday_words_state_a_complaint_rule(answer: str, verdict: str) -> None:
    judged = judge_point(COMPLAINT, answer, language="zh", stem=COMPLAINT_STEM)
    assert judged.verdict == verdict


@pytest.mark.parametrize(
    ("answer", "verdict"),
    [
        ("马厩里不要吵闹。", "credited"),
        ("别跟会员吵。", "missing"),  # a quarrel with a member is no noise in the stable
    ],
)
def test_noise_is_not_a_quarrel(answer: str, verdict: str) -> None:
    assert judge_point(NOISE, answer, language="zh", stem=NOISE_STEM).verdict == verdict


@pytest.mark.parametrize(
    ("point", "answer"),
    [
        ("不得与访客争执", "别跟访客吵。"),
        ("登记投诉内容", "把投诉记下来。"),
    ],
)
def test_one_act_said_in_everyday_words(point: str, answer: str) -> None:
    stem = "养蜂场访客投诉时，员工应如何处理？"
    assert judge_point(point, answer, language="zh", stem=stem).verdict == "credited"


def test_a_beekeepers_register_said_as_writing_it_down() -> None:
    point = "访客被蜇伤的，蜂场员工须登记伤者姓名"
    judged = judge_point(point, "员工要把被蜇访客的名字记下来。", language="zh")
    assert judged.verdict == "credited"
