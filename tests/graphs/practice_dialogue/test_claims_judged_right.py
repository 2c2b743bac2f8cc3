"""Claims judged as a trainer judges them (issue 12, session 14's trainer review): an allowed
offer said with a hyphenated term is no offer beyond authority; a learner who grants the rival
is cheaper makes no false comparison; a part of the allowed refund is within authority; a
freebie or a sum beyond authority is flagged when it is put to her yes, said after a word of
when, or beside a wrong refund time, and earns no remedy credit; a rule for
whenever a delay happens is a change for next time; leaving her to complain in other words is
the brush-off the scenario forbids. New learner lines, through the real flow."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from graphs.context import FlowContext
from graphs.library import SHIPPED_CONTENT, ContentLibrary
from graphs.practice_dialogue.figures import Figure, figures
from tests.support.practice import played


def _line(values: dict[str, Any], measures: str) -> dict[str, Any]:
    return next(c for c in values["report"]["criteria"] if c["measures"] == measures)


def _turn(values: dict[str, Any], turn: int) -> dict[str, Any]:
    return next(e for e in values["turn_evaluations"] if e["turn"] == turn)


def _tags(evaluation: dict[str, Any]) -> list[str]:
    return [c["tag"] for c in evaluation["covered"]]


def test_a_hyphenated_term_keeps_its_unit() -> None:
    assert figures("a 12-month agreement", "en") == [Figure(12, "月")]
    assert figures("a 30-day window, a 45-minute wait", "en") == [
        Figure(30, "天"),
        Figure(45, "分钟"),
    ]


@pytest.mark.parametrize(
    "offer",
    [
        "On a fresh 12-month agreement you'd still be free to cancel with no fee inside the"
        " first 30 days.",
        "Take a new 12-month contract and there's a 30-day no-fee window to cancel in.",
    ],
)
async def test_the_allowed_cooling_off_offer_is_credited_not_flagged(
    offline_context: FlowContext, offer: str
) -> None:
    values = await played(
        offline_context,
        "broadband-retention",
        "Hello Ms Shah, I can help with that. What's made you want to leave?",
        offer,
        "quit",
    )
    evaluation = _turn(values, 2)
    assert evaluation["forbidden"] == [], evaluation["forbidden"]
    assert "no-fee" in _tags(evaluation)
    assert _line(values, "compliance")["score"] == 100


@pytest.mark.parametrize(
    "admission",
    [
        "隔壁便宜一点没错，您可以比较一下两家的营业时间再决定。",
        "说实话别家便宜些，但您可以对比一下冻结天数和营业时间。",
    ],
)
async def test_granting_the_rival_is_cheaper_is_no_false_comparison(
    offline_context: FlowContext, admission: str
) -> None:
    values = await played(
        offline_context,
        "objection-handling",
        "王女士，我理解，价格确实不是小数目。",
        admission,
        "结束",
    )
    assert _turn(values, 2)["forbidden"] == []
    assert "虚假比价" not in _line(values, "compliance")["explanation"]


async def test_saying_we_are_cheaper_is_still_a_false_comparison(
    offline_context: FlowContext,
) -> None:
    values = await played(
        offline_context, "objection-handling", "我们其实比隔壁便宜，您可以对比一下。", "结束"
    )
    assert any("虚假比价" in claim for claim in _turn(values, 1)["forbidden"])


async def test_a_part_of_the_allowed_refund_is_within_authority(
    offline_context: FlowContext,
) -> None:
    values = await played(
        offline_context,
        "complaint-handling",
        "非常抱歉让您久等了。",
        "抛光费我先退您80块。",
        "结束",
    )
    evaluation = _turn(values, 2)
    assert evaluation["forbidden"] == [], evaluation["forbidden"]
    assert "refund" not in _tags(evaluation)  # a part is no waiver (unmade_points.py)


async def test_a_freebie_after_a_word_of_when_is_beyond_authority(
    offline_context: FlowContext,
) -> None:
    values = await played(
        offline_context,
        "complaint-handling",
        "非常抱歉让您久等了。",
        "下次洗牙我再送您一次免费的牙齿美白。",
        "结束",
    )
    assert _turn(values, 2)["forbidden"] == ["超出权限的价格或优惠"]


@pytest.mark.parametrize(
    ("scenario", "opening", "gift"),
    [
        (
            "complaint-handling",
            "非常抱歉让您久等了。",
            "下次洗牙我再送您一次免费的牙齿美白，您看行吗？",
        ),
        (
            "broadband-retention",
            "I'm sorry the evenings have been so slow.",
            "I'll throw in six months of free TV on top, how does that sound?",
        ),
    ],
)
async def test_a_freebie_put_to_her_yes_is_beyond_authority(
    offline_context: FlowContext, scenario: str, opening: str, gift: str
) -> None:
    values = await played(offline_context, scenario, opening, gift, "结束")
    assert _turn(values, 2)["forbidden"], _turn(values, 2)
    line = _line(values, "compliance")
    assert line["score"] < 100 and 2 in line["turns"], line


async def test_a_question_of_her_wish_still_claims_nothing(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "complaint-handling",
        "您是希望退款，还是下次给您优先安排，您看呢？",
        "结束",
    )
    assert _turn(values, 1)["forbidden"] == []


async def test_a_sum_beyond_authority_beside_a_wrong_time_is_flagged_and_not_credited(
    offline_context: FlowContext,
) -> None:
    values = await played(
        offline_context,
        "complaint-handling",
        "非常抱歉让您久等了。",
        "这样吧，我直接退您四百块现金，今天就能到账。",
        "结束",
    )
    evaluation = _turn(values, 2)
    assert len(evaluation["forbidden"]) == 2, evaluation["forbidden"]
    assert any("超出权限" in claim for claim in evaluation["forbidden"])
    assert "refund" not in _tags(evaluation)
    solution = next(c for c in values["report"]["criteria"] if c["id"] == "solution")
    assert solution["score"] == 0, solution  # no partial credit for a refund it never offered


@pytest.mark.parametrize(
    "commitment",
    [
        "要是再碰到前面拖时间的情况，我们会提前发短信跟您说一声。",
        "前面的治疗我们没法百分百控制，一旦出现延误，前台会提前打电话通知您。",
    ],
)
async def test_a_rule_for_whenever_a_delay_happens_is_an_improvement(
    offline_context: FlowContext, commitment: str
) -> None:
    values = await played(
        offline_context, "complaint-handling", "非常抱歉，让您白等了这么久。", commitment, "结束"
    )
    assert "improve" in _tags(_turn(values, 2))


async def test_news_of_this_refund_is_still_no_improvement(offline_context: FlowContext) -> None:
    values = await played(
        offline_context, "complaint-handling", "退款办好了会有短信通知您。", "结束"
    )
    assert "improve" not in _tags(_turn(values, 1))


@pytest.mark.parametrize("brush_off", ["有意见的话您尽管去投诉。", "觉得不合理，您可以去投诉。"])
async def test_leaving_her_to_complain_is_the_forbidden_brush_off(
    offline_context: FlowContext, brush_off: str
) -> None:
    values = await played(offline_context, "complaint-handling", brush_off, "结束")
    assert _turn(values, 1)["forbidden"] == ["态度消极，让客户随便去投诉"]
    assert "让客户随便去投诉" in _line(values, "compliance")["explanation"]


@pytest.mark.parametrize(
    "line",
    ["如果您对结果还不满意，可以拨打我们的客服热线。", "您不用去投诉，这事我现在就给您处理。"],
)
async def test_a_helpline_or_a_remedy_is_no_brush_off(
    offline_context: FlowContext, line: str
) -> None:
    values = await played(offline_context, "complaint-handling", line, "结束")
    assert "态度消极，让客户随便去投诉" not in _turn(values, 1)["forbidden"]


async def test_an_english_dare_is_heard_in_other_words(tmp_path: Path) -> None:
    # a scenario-like situation of our own: the retention call, its author forbidding the dare
    content = tmp_path / "content"
    shutil.copytree(SHIPPED_CONTENT, content)
    path = content / "scenarios" / "broadband-retention.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    objections = next(s for s in data["stages"] if s["id"] == "objections")
    objections["forbidden_claims"].append(
        {"claim": "Telling her to go and complain", "patterns": ["go ahead and complain"]}
    )
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    context = FlowContext(library=ContentLibrary.load(content))
    values = await played(
        context,
        "broadband-retention",
        "If you're not happy, you're welcome to make a complaint.",
        "quit",
    )
    assert _turn(values, 1)["forbidden"] == ["Telling her to go and complain"]
    calm = await played(
        context, "broadband-retention", "I am sorry, I would have complained too.", "quit"
    )
    assert _turn(calm, 1)["forbidden"] == []


async def test_a_vow_of_no_wait_is_no_time_limit_given(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "complaint-handling",
        "非常抱歉让您久等了。",
        "下次您来，我保证五分钟也不会让您等。",
        "结束",
    )
    solution = next(c for c in values["report"]["criteria"] if c["id"] == "solution")
    assert "五分钟" not in solution["explanation"], solution  # no 给出的时限 for a vow
    assert _turn(values, 2)["time_limits"] == []
