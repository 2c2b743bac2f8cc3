"""She answers what was just said (session 19, trainer P11's faults), in learner lines of our own:
no stock line that answers nothing ("What else comes with it?" when nothing was offered, the
small-talk rebuke to a decision handed to her), no promise heard in a promise refused, and a
second "think it over" gets her leave-taking, not her script's next doubt. Through the real flow."""

from __future__ import annotations

import re

import pytest

from graphs.context import FlowContext
from graphs.practice_dialogue.gone import STILL_THINKING
from graphs.practice_dialogue.her_set_lines import LEAVING_DISPLEASED, LEAVING_UNDECIDED
from graphs.practice_dialogue.phrases import farewell_in
from graphs.practice_dialogue.presumed import presumes_unsaid
from graphs.practice_dialogue.thinking_over import leaves_it_to_her
from graphs.scenarios import Scenario
from tests.support.practice import her_lines, played


def _offer_lines(context: FlowContext, scenario_id: str) -> set[str]:
    """Her scripted lines about an offer: its stage's and her doubts'."""
    scenario = context.library.get(Scenario, scenario_id)
    return {
        line.text
        for stage in scenario.stages
        if stage.id in ("presentation", "objections")
        for line in stage.persona_lines
    }


def _undecided(context: FlowContext, scenario_id: str) -> set[str]:
    """Where she stands when the decision is left to her: a decision line that does not agree,
    or her leave-taking to think it over (once she has taken it, her going to think it over)."""
    scenario = context.library.get(Scenario, scenario_id)
    lines = {
        line.text
        for stage in scenario.stages
        for line in stage.persona_lines
        if not line.agrees and {"decision", "confirm"} & set(line.answers)
    }
    return lines | {LEAVING_UNDECIDED[scenario.language], *STILL_THINKING[scenario.language][:2]}


async def test_nothing_offered_gets_no_question_about_the_offer(
    offline_context: FlowContext,
) -> None:
    """ "Alright then." at a check-in where no upgrade was ever mentioned: no "What else comes
    with it?" nor any other line of the offer's stage or her doubts about it."""
    values = await played(
        offline_context,
        "english-upsell",
        "Good evening, welcome. Can I see some ID?",
        "Thanks. You're in room 512.",
        "Alright then.",
        "quit",
    )
    last = her_lines(values)[-1]
    assert last not in _offer_lines(offline_context, "english-upsell"), last
    assert "What else comes with it" not in last


_ZH_OFFER = ["您平时工作忙吗？想练点什么？", "我们离地铁3分钟，营业到晚上11点。"]
_EN_OFFER = ["Why are you thinking of leaving?", "I can offer GBP 31 a month for 12 months."]


@pytest.mark.parametrize(
    ("scenario", "replies", "handed"),
    [
        ("objection-handling", _ZH_OFFER, "您不着急，回去慢慢想。"),
        ("objection-handling", _ZH_OFFER, "那随您吧。"),
        ("broadband-retention", _EN_OFFER, "Sure, let me know what you decide."),
    ],
)
async def test_decision_handed_to_her_is_answered_where_she_stands(
    offline_context: FlowContext, scenario: str, replies: list[str], handed: str
) -> None:
    """The offer made, 「您不着急，回去慢慢想」, 「那随您吧」 or "let me know what you decide"
    leaves the decision to her: no small-talk rebuke ("你说这些跟我有什么关系？"), no next line
    of her script; she says where she stands."""
    values = await played(offline_context, scenario, *replies, handed, "quit")
    assert not values["turn_evaluations"][-1]["off_topic"]
    assert her_lines(values)[-1] in _undecided(offline_context, scenario)


@pytest.mark.parametrize(
    ("scenario", "replies", "again"),
    [
        # 我再想想吧 is her leave-taking (gone.py), so she goes; since session 24 her going says
        # where she stands (好，那我回去想想，想好了再来找你, gone.STILL_THINKING), not 没别的了，
        # 我先走了 as if she had dropped the matter
        ("objection-handling", [*_ZH_OFFER, "您今天能定吗？"], "好的，那您回去再琢磨琢磨。"),
        (
            "broadband-retention",
            [*_EN_OFFER, "Would you like to stay on that price?"],
            "No problem, have a think about it.",
        ),
    ],
)
async def test_told_to_think_it_over_after_her_hesitation_she_takes_it_away(
    offline_context: FlowContext, scenario: str, replies: list[str], again: str
) -> None:
    """Her hesitation said ("我再想想吧"), the learner leaves it to her: she takes her leave to think
    it over or says another line of where she stands, not her script's next doubt (「听着还行，
    可我怕又是办了不去」 to 「那您再考虑考虑」)."""
    values = await played(offline_context, scenario, *replies, again, "quit")
    lines = her_lines(values)
    assert lines[-1] in _undecided(offline_context, scenario), lines[-2:]
    assert lines[-1] != lines[-2]


@pytest.mark.parametrize(
    ("line", "refused", "promised", "language"),
    [
        (
            "I've heard promises before.",
            "To be straight with you, I can't guarantee a set speed in the evening.",
            "I promise the evenings will be fine after this.",
            "en",
        ),
        (
            "I've heard promises before.",
            "I won't promise you a fixed evening speed, though.",
            "I guarantee it'll be quicker.",
            "en",
        ),
        (
            "你们每次都说保证，结果还不是一样。",
            "准时这个我不敢保证，但我们会提前打电话通知您。",
            "我保证下次一定准时。",
            "zh",
        ),
        (
            "你们每次都说保证，结果还不是一样。",
            "这个我们没法承诺，只能尽量安排。",
            "我们承诺以后不会再让您等。",
            "zh",
        ),
    ],
)
def test_a_promise_refused_is_no_promise_heard(
    line: str, refused: str, promised: str, language: str
) -> None:
    """ "I can't guarantee…", 「这个我不敢保证」 refuse a promise: her line about promises heard
    before would answer one nobody made; a promise made still gets it."""
    assert presumes_unsaid(line, refused, language)  # type: ignore[arg-type]
    assert not presumes_unsaid(line, promised, language)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("reply", "language", "hands_over"),
    [
        ("您不着急，回去慢慢想。", "zh", True),
        ("那随您吧。", "zh", True),
        ("您自己看着办。", "zh", True),
        ("Sure, let me know what you decide.", "en", True),
        ("Just let me know if you change your mind.", "en", True),
        ("Could you let me know your account number?", "en", False),
        ("随时欢迎您来。", "zh", False),
        ("我再想想办法。", "zh", False),
    ],
)
def test_decision_handed_over_in_other_words(reply: str, language: str, hands_over: bool) -> None:
    """The words that leave the decision to her, and near misses that do not."""
    assert leaves_it_to_her(reply, language) is hands_over  # type: ignore[arg-type]


_YES = re.compile(r"^(?:(?:thanks|thank you|great|ok(?:ay)?)[.,!]?\s*)?(?:yes|yeah|sure)\b", re.I)


async def test_no_yes_she_does_not_mean_to_the_offer_proposed(
    offline_context: FlowContext,
) -> None:
    """The suite given away free, then hurried, then "Right, so shall I book it?": she has not
    agreed, so her answer does not open with a yes ("Thanks. Yes, two nights." read as a yes to
    the booking); it says where she stands."""
    values = await played(
        offline_context,
        "english-upsell",
        "Evening! The suite's yours tonight, no extra charge.",
        "Only a couple of suites left and people are queueing for them, so be quick.",
        "Right, so shall I book it?",
        "quit",
    )
    last = her_lines(values)[-1]
    assert not values.get("agreed")
    assert not _YES.match(last), last


async def test_her_booking_confirmed_at_the_welcome_keeps_its_yes(
    offline_context: FlowContext,
) -> None:
    """Her booking asked about before any offer: her "Yes, two nights" is the answer."""
    values = await played(
        offline_context,
        "english-upsell",
        "Welcome, Mr Harper. Shall I confirm your booking for two nights?",
        "quit",
    )
    assert _YES.match(her_lines(values)[-1]), her_lines(values)


@pytest.mark.parametrize(
    ("sentence", "takes_leave"),
    [
        ("Have a pleasant stay.", True),
        ("祝您入住愉快。", True),
        ("Have a pleasant evening, both of you.", True),
        ("You'll enjoy the harbour view.", False),
        ("请问您怎么称呼？", False),
    ],
)
def test_wishing_her_well_takes_leave(sentence: str, takes_leave: bool) -> None:
    """ "Have a pleasant stay", 「祝您入住愉快」 say goodbye as "have a nice day" does."""
    assert farewell_in(sentence) is takes_leave


async def test_sent_off_with_a_wish_she_takes_her_leave(offline_context: FlowContext) -> None:
    """Given a room number and "Have a pleasant stay." with nothing offered: she takes her
    leave, not the small-talk rebuke and her next script line ("Maybe later. We'd really just
    like to get to the room. Is there parking included?")."""
    values = await played(
        offline_context,
        "english-upsell",
        "Good evening, welcome. Can I see some ID?",
        "Have a pleasant stay.",
        "quit",
    )
    assert not values["turn_evaluations"][-1]["off_topic"]
    assert her_lines(values)[-1] in {LEAVING_DISPLEASED["en"], LEAVING_UNDECIDED["en"]}


async def test_asked_why_she_gives_her_reason_before_her_condition(
    offline_context: FlowContext,
) -> None:
    """ "That makes sense… What's gone wrong?" asks her reason and acknowledges her: her reason
    comes first, not her condition for staying before anything was offered."""
    scenario = offline_context.library.get(Scenario, "broadband-retention")
    reason = next(
        line.text for s in scenario.stages for line in s.persona_lines if "reason" in line.answers
    )
    values = await played(
        offline_context,
        "broadband-retention",
        "That makes sense, and you're free to leave with no fee. What's gone wrong, if you don't "
        "mind me asking?",
        "quit",
    )
    assert her_lines(values)[-1].startswith(reason), her_lines(values)


async def test_no_yes_after_only_false_offers_of_the_suite(offline_context: FlowContext) -> None:
    """The suite only ever given away falsely (each line of hers a correction): "So, shall I
    book that for you?" still asks about the suite, and gets no "Thanks. Yes, two nights."."""
    values = await played(
        offline_context,
        "english-upsell",
        "Welcome! I've upgraded you to the suite at no cost.",
        "Late check-out is until 7 pm with it.",
        "So, shall I book that for you?",
        "quit",
    )
    assert not _YES.match(her_lines(values)[-1]), her_lines(values)
