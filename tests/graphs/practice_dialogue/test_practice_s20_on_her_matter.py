"""Session 20, H9: a line on her matter is no small talk, and she answers it in kind.

The session-19 end trainer (P12): 「要不您跟医生去说吧」 got 你扯别的干什么？ and 别闲聊, "Checkout is
at 11." and "Cancelling? Are you sure?" got "what has that got to do with…" and "leave the small
talk"; "Here is your key" got "We're just here for a quiet weekend, really.". The general rules:
her sent to someone else or a rule read at her (deflection.py) is passing the buck, and she says
it is the learner she is asking (affronts.py); a fact of her visit told, her request questioned
(visit_facts.py) is on her matter; an answer to a question nobody asked is not said
(script_lines.answers_asking): told a fact with nothing fresh to say, she takes note of it
(fact_notes.py). Own lines, on the shipped scenarios, beside the trainer's.
"""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from tests.graphs.practice_dialogue.test_practice_hearing import turn

SMALL_TALK_HINTS = ("别闲聊", "small talk")
SMALL_TALK_LINES = ("扯别的", "跟我有什么关系", "has to do with", "got to do with")

PASSED_ON: list[tuple[str, str, str | None]] = [
    # the trainer's (ch_weak T4) and own
    ("complaint-handling", "要不您跟医生去说吧。", "别找借口"),  # the scenario's own line first
    ("complaint-handling", "这事您问收费处去，别问我。", None),
    ("objection-handling", "这个您问店长去吧，我做不了主。", "你让我找谁去"),
    ("broadband-retention", "Ring the shop about that, not me.", "Who else am I supposed to"),
]
STONEWALLED: list[tuple[str, str, str | None]] = [
    ("complaint-handling", "我们这边就是这个规定。", "别找借口"),
    ("objection-handling", "价格就是这样规定的。", "这事到底能怎么办"),
    ("broadband-retention", "That's the policy, I'm afraid.", "What can you actually do"),
]
REFERRED = [
    ("complaint-handling", "单子上都印着呢，您回去自己看吧。", "写着就完了"),
    ("complaint-handling", "价目表上都写着呢，您可以自己看。", "写着就完了"),  # ch_weak T3
    ("broadband-retention", "You can read it yourself on the website.", "I'm asking you"),
]
ON_HER_MATTER = [
    ("english-upsell", "Checkout is at 11."),  # eu_weak T4
    ("english-upsell", "The lift is just round the corner."),
    ("english-upsell", "Here is your key, room 412."),
    ("english-upsell", "Breakfast is served from 7 till 10."),
    ("broadband-retention", "Cancelling? Are you sure? That's a shame."),  # bb_weak T1
    ("broadband-retention", "Your contract ended in March."),
    ("complaint-handling", "这是您的收费单。"),
    ("objection-handling", "您确定要走？"),
]
STILL_SMALL_TALK = [
    ("english-upsell", "The match starts at 8 tonight, are you watching it?"),
    ("english-upsell", "Really? Did you see the match last night?"),
    ("english-upsell", "I finish at 6 today, then I'm off to the cinema."),
    ("english-upsell", "Your dress is lovely."),
    ("complaint-handling", "我今天六点下班，晚上去看电影。"),
    ("broadband-retention", "Are you sure you don't want to hear about the weather?"),
]


def _no_small_talk(evaluation: dict[str, object], line: str) -> None:
    assert not evaluation["off_topic"], evaluation
    hint = str(evaluation.get("hint") or "")
    assert not any(h in hint for h in SMALL_TALK_HINTS), hint
    assert not any(s in line for s in SMALL_TALK_LINES), line


@pytest.mark.parametrize(("scenario", "reply", "reaction"), PASSED_ON + STONEWALLED)
async def test_passing_her_on_is_passing_the_buck(
    offline_context: FlowContext, scenario: str, reply: str, reaction: str | None
) -> None:
    evaluation, line = await turn(offline_context, scenario, reply)
    _no_small_talk(evaluation, line)
    assert evaluation["forbidden"], evaluation  # named, and its hint says what was wrong
    assert any(f in str(evaluation.get("hint")) for f in evaluation["forbidden"])
    if reaction is not None:  # the scenario's own line for the claim comes first where it has one
        assert reaction in line, line


WEAK_SCRIPT = (  # the trainer's ch_weak, turns 1-5
    "这个没办法，前面的病人根管做得久，我们也控制不了。",
    "抛光是医生做的，我们前台不清楚。",
    "价目表上都写着呢，您可以自己看。",
    "要不您跟医生去说吧。",
    "我们这边就是这个规定。",
)


@pytest.mark.parametrize(("turns", "reaction"), [(4, "你让我找谁去"), (5, "这事到底能怎么办")])
async def test_the_trainers_weak_complaint_script(
    offline_context: FlowContext, turns: int, reaction: str
) -> None:
    evaluation, line = await turn(offline_context, "complaint-handling", *WEAK_SCRIPT[:turns])
    _no_small_talk(evaluation, line)
    assert evaluation["forbidden"], evaluation
    assert reaction in line, line


@pytest.mark.parametrize(("scenario", "reply", "reaction"), REFERRED)
async def test_her_pointed_at_the_paperwork_asks_to_be_told(
    offline_context: FlowContext, scenario: str, reply: str, reaction: str
) -> None:
    evaluation, line = await turn(offline_context, scenario, reply)
    _no_small_talk(evaluation, line)
    assert reaction in line, line
    # explaining nothing is a brush-off, named (the trainer's ch_weak T3 was not)
    assert evaluation["forbidden"], evaluation


@pytest.mark.parametrize(("scenario", "reply"), ON_HER_MATTER)
async def test_a_fact_of_her_visit_or_her_request_questioned_is_on_her_matter(
    offline_context: FlowContext, scenario: str, reply: str
) -> None:
    evaluation, line = await turn(offline_context, scenario, reply)
    _no_small_talk(evaluation, line)


@pytest.mark.parametrize(("scenario", "reply"), STILL_SMALL_TALK)
async def test_small_talk_with_a_time_or_a_doubt_is_still_small_talk(
    offline_context: FlowContext, scenario: str, reply: str
) -> None:
    evaluation, _ = await turn(offline_context, scenario, reply)
    assert evaluation["off_topic"], evaluation


@pytest.mark.parametrize(
    "replies",
    [
        # the trainer's eu_weak: her answer to a purpose question, with no question put
        ("Harper... yes, standard room, city view.", "Here is your key, room 412."),
        ("Your room is 508, on the fifth floor.", "The lift is just round the corner."),
        (
            "Your room is 508, on the fifth floor.",
            "The lift is just round the corner.",
            "Breakfast is served from 7 till 10.",
            "Checkout is at 11.",
        ),
    ],
)
async def test_no_answer_to_a_question_nobody_asked(
    offline_context: FlowContext, replies: tuple[str, ...]
) -> None:
    _, line = await turn(offline_context, "english-upsell", *replies)
    assert "quiet weekend" not in line, line
    # nor her next concern again, nor an offer's: she takes note of what she was told
    assert line == "Right, thanks.", line


async def test_asked_about_her_stay_she_still_answers(offline_context: FlowContext) -> None:
    _, line = await turn(
        offline_context,
        "english-upsell",
        "Good evening, Mr Harper, welcome.",
        "Is it business or pleasure this time?",
    )
    assert "anniversary" in line or "quiet weekend" in line, line


async def test_a_customer_with_a_grievance_presses_it_rather_than_take_note(
    offline_context: FlowContext,
) -> None:
    # told back what she said herself, a customer cancelling says what she wants, not "thanks"
    _, line = await turn(
        offline_context,
        "broadband-retention",
        "You want to leave? Really?",
        "Your contract ended in March.",
    )
    assert line != "Right, thanks.", line
