"""Session 9, fix round 2c of issue 12's report faults (trainers P1 and P2), through the real flow
in wording of our own: a figure that follows from the scenario's facts is no false price; a move
done on her booking is a break before her yes and none after it; a remark on her person is a
break."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.library import ContentLibrary
from graphs.practice_dialogue.evaluation import OfflineEvaluator
from graphs.scenarios import Scenario
from tests.graphs.practice_dialogue.test_practice_hearing import turn

SUITE_PRICE = "A wrong price for the suite (USD 55 extra a night, 45 for an occasion)"
CARD_PRICE = "谎报年卡价格（年卡 3980 元）"


@pytest.mark.parametrize(
    ("scenario", "opening", "reply", "claim", "false"),
    [
        (
            "english-upsell",
            "Welcome to the Harbourview! Are you celebrating anything this weekend?",
            "With the occasion rate it's 45 more per night - that's 90 altogether for your stay.",
            SUITE_PRICE,
            False,
        ),
        (
            "english-upsell",
            "Welcome to the Harbourview! Are you celebrating anything this weekend?",
            "With your room that makes it 235 a night all in.",
            SUITE_PRICE,
            False,
        ),
        (
            "english-upsell",
            "Welcome to the Harbourview! Are you celebrating anything this weekend?",
            "It's only 30 a night extra, so 60 for both nights.",
            SUITE_PRICE,
            True,
        ),
        (
            "english-upsell",
            "Welcome to the Harbourview! Are you celebrating anything this weekend?",
            "That's 250 a night in total.",
            SUITE_PRICE,
            True,
        ),
        (
            "objection-handling",
            "姐您好，我是会籍顾问小周。",
            "年卡三千九百八，摊到每天不到十一块。",
            CARD_PRICE,
            False,
        ),
        (
            "objection-handling",
            "姐您好，我是会籍顾问小周。",
            "算下来一个月三百出头，一天也就十一块钱。",
            CARD_PRICE,
            False,
        ),
        (
            "objection-handling",
            "姐您好，我是会籍顾问小周。",
            "一个月只要两百块，一天不到七块钱。",
            CARD_PRICE,
            True,
        ),
    ],
)
async def test_a_figure_that_follows_from_the_facts_is_no_false_price(
    offline_context: FlowContext, scenario: str, opening: str, reply: str, claim: str, false: bool
) -> None:
    evaluation, line = await turn(offline_context, scenario, opening, reply)
    assert (claim in evaluation["forbidden"]) is false, evaluation
    if not false:
        assert "website" not in line and "到底哪个是真的" not in line, line


MOVED = "Moving the guest without consent"


async def test_a_move_before_her_yes_is_a_break_in_other_words(
    offline_context: FlowContext,
) -> None:
    evaluation, line = await turn(
        offline_context,
        "english-upsell",
        "Welcome! The harbour suite is 55 extra a night, with breakfast for two.",
        "Lovely, I've already switched you over on the system.",
    )
    assert MOVED in evaluation["forbidden"], evaluation
    assert "haven't agreed" in line, line


@pytest.mark.parametrize(
    "reply",
    ["Wonderful, I've moved you to the suite for both nights.", "Perfect, I've upgraded you now."],
)
def test_a_move_after_her_yes_is_no_break(reply: str) -> None:
    scenario = ContentLibrary.load().get(Scenario, "english-upsell")
    yes = next(p.text for s in scenario.stages for p in s.persona_lines if p.agrees)
    evaluator = OfflineEvaluator(coaching=False)
    stage = scenario.stage("closing")
    after = evaluator.evaluate_now(
        scenario, stage, reply, {}, 5, her_lines=["Hi, checking in.", yes]
    )
    before = evaluator.evaluate_now(
        scenario, stage, reply, {}, 5, her_lines=["Hi, checking in.", "Hm, I am not sure yet."]
    )
    assert MOVED not in after["forbidden"], after
    assert MOVED in before["forbidden"], before


@pytest.mark.parametrize(
    ("scenario", "reply", "claim"),
    [
        ("objection-handling", "说实话，您这肚子确实该减减了。", "对客户进行人身评价"),
        (
            "english-upsell",
            "Honestly, at your age you should treat yourselves.",
            "Insulting the guest",
        ),
    ],
)
async def test_a_remark_on_her_person_is_a_break(
    offline_context: FlowContext, scenario: str, reply: str, claim: str
) -> None:
    evaluation, _ = await turn(offline_context, scenario, reply)
    assert claim in evaluation["forbidden"], evaluation
    assert evaluation["claims_said"][claim].startswith(claim), evaluation


@pytest.mark.parametrize(
    ("scenario", "reply", "claim"),
    [
        ("objection-handling", "对面那家健身房人特别多，器材也老。", "贬低竞争对手"),
        (
            "broadband-retention",
            "The other provider is unreliable, honestly, and always packed with complaints.",
            "Belittling the rival",
        ),
        ("complaint-handling", "抛光是常规操作，对牙齿有好处。", "把未告知的抛光费说成正常收费"),
        (
            "complaint-handling",
            "以后您来之前最好先打个电话问一下。",
            "把责任推给客户（他准时到了）",
        ),
    ],
)
async def test_conduct_worded_otherwise_is_heard(
    offline_context: FlowContext, scenario: str, reply: str, claim: str
) -> None:
    evaluation, _ = await turn(offline_context, scenario, reply)
    assert claim in evaluation["forbidden"], evaluation


@pytest.mark.parametrize(
    ("scenario", "reply"),
    [
        ("objection-handling", "隔壁营业到九点，我们开到十一点，离地铁也近。"),
        ("objection-handling", "下次您来可以提前打电话约私教。"),
        ("complaint-handling", "下次您来我们一定提前安排好，不让您再等。"),
    ],
)
async def test_a_fair_comparison_or_a_tip_is_no_break(
    offline_context: FlowContext, scenario: str, reply: str
) -> None:
    evaluation, _ = await turn(offline_context, scenario, reply)
    assert evaluation["forbidden"] == [], evaluation


@pytest.mark.parametrize(
    ("reply", "limits"),
    [
        ("做完四十八小时内请勿吸烟，抛光费三天内退回。", ["三天内"]),
        ("洗完牙两小时之内别吃东西。", []),
    ],
)
async def test_care_advice_is_no_time_limit(
    offline_context: FlowContext, reply: str, limits: list[str]
) -> None:
    evaluation, _ = await turn(offline_context, "complaint-handling", "非常抱歉让您久等了。", reply)
    assert evaluation["time_limits"] == limits, evaluation


@pytest.mark.parametrize(
    ("scenario", "replies", "tag"),
    [
        (
            "broadband-retention",
            (
                "Hello, Northline. Can I ask why you are thinking of leaving?",
                "I can offer you 31 pounds a month if you stay another 12 months.",
                "So, do you want to go with the 31 pound loyalty deal?",
            ),
            "decision",
        ),
        (
            "complaint-handling",
            ("非常抱歉让您久等了。", "我跟您核实一下，您是两点的号，医生也没提前说要抛光，对吧？"),
            "visit",
        ),
    ],
)
async def test_a_point_asked_in_other_words_is_credited(
    offline_context: FlowContext, scenario: str, replies: tuple[str, ...], tag: str
) -> None:
    evaluation, _ = await turn(offline_context, scenario, *replies)
    assert tag in {c["tag"] for c in evaluation["covered"]}, evaluation
