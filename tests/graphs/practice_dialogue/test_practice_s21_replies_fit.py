"""Session 21, H4: the customer's reply follows what the learner just said (session-20 trainer P13
and lead: a threat answered "What's different about it?", a false excuse answered as small talk,
a trial offered answered with her schedule, "As I said…" to a question about books, a rebuke said
twice word for word). Own wording, other trades' turns than the reviewers'; the real graph."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.exams import Language
from graphs.practice_dialogue.threats_excuses import rebuttal_in
from graphs.practice_dialogue.try_first import offers_trial
from graphs.scenarios import Scenario
from tests.graphs.practice_dialogue.test_practice_hearing import turn
from tests.support.practice import Session


@pytest.mark.parametrize(
    ("scenario", "replies", "heard", "not_heard"),
    [
        (
            "english-upsell",
            ("If you don't take the suite you'll be stuck in a room over the bins all night.",),
            "threaten",
            "What's different",
        ),
        (
            "broadband-retention",
            (
                "Why do you want to leave us?",
                "If you cancel now, you'll lose your email address for good.",
            ),
            "threaten",
            "So where does that leave me",
        ),
        ("complaint-handling", ("您要是再在这嚷嚷，我就只能叫保安了。",), "威胁", "聊"),
    ],
)
async def test_a_threat_gets_her_reaction_to_it(
    offline_context: FlowContext,
    scenario: str,
    replies: tuple[str, ...],
    heard: str,
    not_heard: str,
) -> None:
    _, line = await turn(offline_context, scenario, *replies)
    assert heard in line, line
    assert not_heard not in line, line


@pytest.mark.parametrize(
    ("scenario", "replies", "heard", "not_heard"),
    [
        (
            "broadband-retention",
            (
                "Why do you want to leave us?",
                "The evening slowdown is just everyone in your street streaming, "
                "it's not our network at all.",
            ),
            "not buying",
            "offering me",
        ),
        (
            "complaint-handling",
            ("让您久等了。", "等这么久是因为电脑叫号系统出了故障，不是我们医生的问题。"),
            "不信",
            "扯别的",
        ),
    ],
)
async def test_a_false_excuse_gets_disbelief(
    offline_context: FlowContext,
    scenario: str,
    replies: tuple[str, ...],
    heard: str,
    not_heard: str,
) -> None:
    _, line = await turn(offline_context, scenario, *replies)
    assert heard in line, line
    assert not_heard not in line, line


async def test_a_trial_offered_gets_an_answer_about_trying(
    offline_context: FlowContext,
) -> None:
    _, line = await turn(
        offline_context,
        "objection-handling",
        "您平时健身主要想达到什么目标？",
        "要不您先来上一节体验课，觉得合适再办？",
    )
    assert "试" in line or "体验" in line, line
    assert "分期" not in line, line  # nobody offered instalments

    _, line = await turn(
        offline_context,
        "english-upsell",
        "Are you celebrating anything special on this stay?",
        "Would you like to have a look at the suite first before you decide?",
    )
    assert "look" in line.lower(), line
    assert "standard room" not in line, line


async def test_small_talk_on_a_stem_gets_no_answer_again(offline_context: FlowContext) -> None:
    _, line = await turn(
        offline_context,
        "english-upsell",
        "Welcome! I see your booking is for two nights.",
        "Do you like books? There's a great one on my desk.",
    )
    assert not line.startswith("As I said"), line


async def test_no_reply_is_said_twice_word_for_word(offline_context: FlowContext) -> None:
    session = Session(offline_context)
    await session.start("objection-handling")
    values = {}
    for reply in ("嫌贵您可以去隔壁啊。", "想好了再来。", "您去别家看看吧。", "想好了再来找我。"):
        values = await session.reply(reply)
    lines = [e["text"] for e in values["transcript"] if e["role"] == "persona"]
    assert len(lines) == len(set(lines)), lines


async def test_a_trial_taken_for_small_talk_still_gets_her_answer(
    offline_context: FlowContext,
) -> None:
    _, line = await turn(
        offline_context,
        "objection-handling",
        "您之前在别家办过卡吗？",
        "这样吧，您先来感受一个星期再决定。",
    )
    assert "试" in line or "体验" in line, line
    assert "有什么关系" not in line, line


async def test_a_trial_offered_is_not_asked_for_again(offline_context: FlowContext) -> None:
    """Her line asking for a trial (「…能先体验一次再说吗？」) is no answer to one just offered."""
    _, line = await turn(
        offline_context,
        "objection-handling",
        "您之前在别家办过卡吗？",
        "价格这块您觉得多少能接受？",
        "要不您先免费体验三天再决定？",
    )
    assert "试" in line or "体验" in line, line
    assert not line.endswith("？"), line
    assert "分期" not in line, line


async def test_a_time_word_alone_does_not_pick_her_line(offline_context: FlowContext) -> None:
    _, line = await turn(
        offline_context,
        "english-upsell",
        "Welcome, Mr Harper! Did you see the fireworks last night?",
    )
    assert "two nights" not in line, line


@pytest.mark.parametrize(
    ("reply", "language"),
    [
        ("If you don't like the suite, we'll move you back to your room, no problem.", "en"),
        ("If you don't want the suite, I'll put you in the standard room as booked.", "en"),
        ("If you cancel within 30 days you will not be charged anything.", "en"),
        ("要是不满意的话，我们就给您安排到别的房间。", "zh"),
        ("我们会检查一下是不是系统的问题。", "zh"),
        ("不好意思，是我们的问题。", "zh"),
    ],
)
def test_a_kind_offer_or_an_admission_is_no_threat_nor_excuse(
    offline_context: FlowContext, reply: str, language: Language
) -> None:
    name = "complaint-handling" if language == "zh" else "english-upsell"
    scenario = offline_context.library.get(Scenario, name)
    assert rebuttal_in(scenario, reply) is None


@pytest.mark.parametrize(
    ("reply", "language", "trial"),
    [
        ("您先做个体测再决定办不办。", "zh", True),
        ("先看看您的需求再决定推荐哪种。", "zh", False),
        ("我先了解一下您的情况再给您推荐。", "zh", False),
        ("Let me look at your account first.", "en", False),
        ("Why not try the faster plan for a month first?", "en", True),
    ],
)
def test_a_trial_is_one_offered_to_her(reply: str, language: Language, trial: bool) -> None:
    assert offers_trial(reply, language) is trial
