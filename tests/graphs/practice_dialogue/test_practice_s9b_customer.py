"""Session 9's second trainer round with the customer (issue 12), through the real flow (offline
engine, shipped scenarios), in wording of our own: her lines that quote the learner are said only
when the learner said it (no 「你们每次都说改进」 when nobody said improve, no "I've heard promises
before." after a plain offer, no 说来说去 as her first reply); rudeness and a close forced on her
get their own reaction, not "what has that got to do with…"; small talk repeated gets sharper
words, not the same line four times; a courtesy is answered as one; a goodbye after nothing was
offered leaves nothing to think over; "What would you like to do?" is no small offer."""

from __future__ import annotations

from typing import Any

import pytest

from graphs.context import FlowContext
from graphs.exams import Language
from graphs.practice_dialogue.presumed import presumes_unsaid
from tests.graphs.practice_dialogue.test_practice_hearing import turn
from tests.support.practice import Session


async def _lines(context: FlowContext, scenario: str, *replies: str) -> list[str]:
    session = Session(context)
    await session.start(scenario)
    values: dict[str, Any] = {}
    for reply in replies:
        values = await session.reply(reply)
    return [e["text"] for e in values["transcript"] if e["role"] == "persona"][1:]


@pytest.mark.parametrize(
    ("scenario", "replies", "unsaid"),
    [
        (
            "complaint-handling",
            (
                "今天外面好热啊。",
                "我们有新的美白套餐，挺受欢迎的。",
                "刷牙要用软毛牙刷。",
                "您平时喝咖啡吗？",
                "还有别的吗？",
            ),
            "每次都说改进",
        ),
        (
            "broadband-retention",
            (
                "Hello, Northline. Why are you leaving?",
                "Speeds dip in the evening, that's normal.",
                "I can offer 31 pounds a month for a year.",
                "Then there's the 500 Mb deal, 36 a month.",
            ),
            "heard promises",
        ),
    ],
)
async def test_a_line_quoting_the_learner_needs_their_words(
    offline_context: FlowContext, scenario: str, replies: tuple[str, ...], unsaid: str
) -> None:
    lines = await _lines(offline_context, scenario, *replies)
    assert not any(unsaid in line for line in lines), lines


@pytest.mark.parametrize(
    ("line", "reply", "language", "presumes"),
    [
        (
            "你们每次都说改进，下次还不是一样。",
            "以后我们一定提前通知，不会再让您白等。",
            "zh",
            False,
        ),
        ("你们每次都说改进，下次还不是一样。", "还有别的要说的吗？", "zh", True),
        ("I've heard promises before.", "I'll make sure the engineer sorts it.", "en", False),
        ("I've heard promises before.", "The faster plan is 36 a month.", "en", True),
    ],
)
def test_a_reported_word_is_heard_in_its_family(
    line: str, reply: str, language: Language, presumes: bool
) -> None:
    assert presumes_unsaid(line, reply, language) is presumes


async def test_her_first_reply_does_not_say_after_all_that(offline_context: FlowContext) -> None:
    _, line = await turn(offline_context, "objection-handling", "这价格真的不算贵，您放心。")
    assert not line.startswith("说来说去"), line


@pytest.mark.parametrize(
    ("scenario", "reply", "reaction", "not_said"),
    [
        ("objection-handling", "您好。您这体重确实该减减了，再拖就晚了。", "客气", "有什么关系"),
        ("objection-handling", "您好。微信还是支付宝？我这就帮您开卡。", "没答应", "有什么关系"),
        (
            "english-upsell",
            "Evening. Honestly, you would be mad to stay in the standard room.",
            "rude",
            "has to do with",
        ),
        (
            "english-upsell",
            "Evening. I've already changed it on the system, you're in the suite.",
            "haven't agreed",
            "has to do with",
        ),
    ],
)
async def test_rudeness_and_a_forced_close_get_their_own_reaction(
    offline_context: FlowContext, scenario: str, reply: str, reaction: str, not_said: str
) -> None:
    _, line = await turn(offline_context, scenario, reply)
    assert reaction in line, line
    assert not_said not in line, line


async def test_a_gym_question_about_her_weight_is_no_affront(
    offline_context: FlowContext,
) -> None:
    _, line = await turn(offline_context, "objection-handling", "您的体重目标大概是多少？")
    assert "客气" not in line, line


@pytest.mark.parametrize(
    ("scenario", "replies"),
    [
        (
            "complaint-handling",
            ("今天外面好热啊。", "我们新出了美白套餐，您要不要试试？", "周末有什么安排吗？"),
        ),
        (
            "broadband-retention",
            ("Lovely sunshine today!", "Did you catch the match last night?", "Any holiday plans?"),
        ),
    ],
)
async def test_small_talk_again_gets_sharper_words(
    offline_context: FlowContext, scenario: str, replies: tuple[str, ...]
) -> None:
    lines = await _lines(offline_context, scenario, *replies)
    openings = [line.split("？")[0].split("?")[0] for line in lines]
    assert len(set(openings)) == len(openings), lines


async def test_how_are_you_is_answered_as_a_courtesy(offline_context: FlowContext) -> None:
    evaluation, line = await turn(
        offline_context, "broadband-retention", "Morning, Northline here. How's your week been?"
    )
    assert evaluation["off_topic"], evaluation  # the report still hears no subject in it
    assert line.startswith("Not great"), line
    assert "has that got to do" not in line, line


async def test_a_goodbye_with_nothing_offered_leaves_nothing_to_think_over(
    offline_context: FlowContext,
) -> None:
    lines = await _lines(
        offline_context,
        "broadband-retention",
        "Hello, thanks for calling Northline, I completely understand.",
        "Have a lovely afternoon, bye now.",
    )
    assert "think about it" not in lines[-1], lines


async def test_what_would_you_like_to_do_is_no_small_offer(offline_context: FlowContext) -> None:
    _, line = await turn(
        offline_context,
        "broadband-retention",
        "Hello Ms Shah, why are you thinking of leaving?",
        "I can book a free engineer for Thursday morning, and put you on 31 pounds a month.",
        "It's your choice. What would you like to do?",
    )
    assert not line.startswith("Do?"), line


async def test_a_deal_declared_done_before_her_yes_is_no_request(
    offline_context: FlowContext,
) -> None:
    _, line = await turn(
        offline_context,
        "broadband-retention",
        "Hello, Northline. Why are you leaving?",
        "I can offer 31 pounds a month for a year.",
        "Right, that's sorted, you'll get an email about it.",
    )
    assert "haven't agreed" in line, line
    assert "my email" not in line, line


async def test_anything_else_after_her_yes_is_nothing_else(offline_context: FlowContext) -> None:
    lines = await _lines(
        offline_context,
        "broadband-retention",
        "Hi, Northline, sorry to hear that. What's making you want to leave?",
        "That's rubbish for video calls, I'm sorry. I can send an engineer out free on Thursday"
        " morning to test the line.",
        "And I can drop you to 31 pounds a month for 12 months, same plan.",
        "If it isn't fixed you can still cancel within 30 days with no fee. It's up to you, what"
        " would you like to do?",
        "Great. Anything else I can help with today?",
    )
    assert lines[-2].startswith("Go on then"), lines
    assert lines[-1] == "No, that's everything, thanks.", lines


async def test_what_she_keeps_until_asked_is_not_in_her_other_lines(
    offline_context: FlowContext,
) -> None:
    _, line = await turn(
        offline_context,
        "english-upsell",
        "Evening, Mr Harper. Let me move you up to the harbour suite, it's just 45 dollars a night"
        " extra.",
    )
    assert "occasion" not in line, line
    _, asked = await turn(
        offline_context,
        "english-upsell",
        "Evening, Mr Harper, anything special bringing you here?",
        "The harbour suite is 45 a night extra for guests celebrating something.",
    )
    assert asked.startswith("Forty-five for the occasion?"), asked


async def test_sent_off_after_small_talk_while_angry_she_says_it_is_not_over(
    offline_context: FlowContext,
) -> None:
    lines = await _lines(
        offline_context,
        "complaint-handling",
        "今天外面好热啊。",
        "我们有新的美白套餐，挺受欢迎的。",
        "刷牙要用软毛牙刷。",
        "您平时喝咖啡吗？",
        "好的，那祝您周末愉快，再见。",
    )
    assert "领导" in lines[-1], lines
    assert "扯别的" not in lines[-1], lines


async def test_pushed_again_and_again_she_stays_on_her_doubts(
    offline_context: FlowContext,
) -> None:
    lines = await _lines(
        offline_context,
        "objection-handling",
        "王女士，这价真不贵，是您不会算账。",
        "就剩今天了，明天涨到五千。",
        "您这肚子确实该减了。",
        "我保证您两个月瘦十五斤。",
        "微信还是支付宝？我马上给您开卡。",
        "今天不办明天就没了，我也没办法。",
    )
    assert lines[0].startswith("你这话什么意思"), lines  # 不会算账: rude
    assert lines[2].startswith("你怎么又说这种话"), lines  # rude again: other words
    assert lines[4].startswith("等等，我还没答应呢"), lines
    assert not any("分期的话每个月多少钱" in line for line in lines), lines


@pytest.mark.parametrize(
    ("scenario", "reply", "concern"),
    [
        ("objection-handling", "您好，我们年卡其实挺划算的，器械种类也全。", "三千九百八"),
        ("objection-handling", "你好呀，隔壁那家哪有我们好。", "隔壁"),
    ],
)
async def test_her_concern_spoken_to_is_answered_before_the_greeting(
    offline_context: FlowContext, scenario: str, reply: str, concern: str
) -> None:
    _, line = await turn(offline_context, scenario, reply)
    assert concern in line, line
    assert "时间不多" not in line, line


async def test_her_question_of_when_is_pressed_after_a_vague_yes(
    offline_context: FlowContext,
) -> None:
    lines = await _lines(
        offline_context,
        "complaint-handling",
        "抱歉让您久等了。",
        "抛光费我们不收了，给您退掉。",
        "放心，钱肯定会退给您的。",
    )
    assert "多久能到账" in lines[-2], lines
    assert "多久能到账" in lines[-1], lines
