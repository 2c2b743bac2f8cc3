"""What the second trainer trial found, one test per class of defect, through the real flow
(offline engine, shipped scenarios), in wording of its own (not the trial's sentences).

Classes: empathy phrased as the customer's situation is empathy and on topic; ordinary service
lines are on topic and "just say yes"-style pushing is pressure; each scenario's facts and false
promises make a wrong figure or term a false claim, a false comparison earns no technique,
blame-shifting is forbidden; a crossing turn always gets a reaction; a statement holding an
indirect or indefinite question word asks nothing, and a question about her habits is discovery;
the customer never agrees to an offer nobody made, answers the price of a statement that gives it
and does not volunteer the hidden goal; the report's empathy needs more than one turn, a side
question counts half, a clean record kept while chatting is no strength, and a closing point made
is never its "none" level.
"""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.library import ContentLibrary
from graphs.practice_dialogue.persona import AGAIN
from graphs.rubrics import Rubric
from graphs.scenarios import Scenario
from tests.graphs.practice_dialogue.test_practice_hearing import turn
from tests.support.practice import Session


def _rules(scenario: str) -> dict[str, str | None]:
    return {r.when: r.line for r in ContentLibrary.load().get(Scenario, scenario).behaviour}


@pytest.mark.parametrize(
    ("scenario", "reply"),
    [
        ("complaint-handling", "搁谁请半天假过来干等一个钟头都得急，您这趟真是白来了。"),
        ("complaint-handling", "换了我也会憋一肚子气，一下午全耗在这儿了。"),
        ("english-upsell", "You must be exhausted after all that traffic, let's be quick."),
        ("objection-handling", "三千九这个数，换谁听了都得犹豫一下。"),
    ],
)
async def test_empathy_told_as_her_situation_is_empathy(
    offline_context: FlowContext, scenario: str, reply: str
) -> None:
    session = Session(offline_context)
    before = (await session.start(scenario))["mood"]
    values = await session.reply(reply)
    evaluation = values["turn_evaluations"][-1]
    assert not evaluation["off_topic"], evaluation
    assert any(e.startswith("empathy:") for e in evaluation["empathy"]), evaluation
    assert values["mood"] > before


@pytest.mark.parametrize(
    ("scenario", "reply"),
    [
        (
            "broadband-retention",
            "Good morning, you're through to Northline, what can I do for you?",
        ),
        ("english-upsell", "No problem at all, take your time."),
        ("broadband-retention", "Right, I'll sort that out for you now."),
    ],
)
async def test_service_lines_are_on_topic(
    offline_context: FlowContext, scenario: str, reply: str
) -> None:
    evaluation, line = await turn(offline_context, scenario, reply)
    assert not evaluation["off_topic"], evaluation
    off_reaction = _rules(scenario)["off_topic"]
    assert not off_reaction or off_reaction not in line


async def test_begging_for_a_yes_is_pressure_not_small_talk(offline_context: FlowContext) -> None:
    evaluation, line = await turn(
        offline_context, "english-upsell", "Come on, just say yes and I'll do the rest."
    )
    assert evaluation["pushy"] and not evaluation["off_topic"], evaluation
    assert str(_rules("english-upsell")["pushy"]) in line


@pytest.mark.parametrize(
    ("scenario", "reply"),
    [
        ("objection-handling", "您放心，这张卡想冻结多久都行，永久冻结也没问题。"),
        ("objection-handling", "年卡这周打九折，办下来也就三千五。"),
        ("objection-handling", "私教课在我们这儿一直免费，随便上。"),
        ("english-upsell", "The suite won't cost you a penny extra tonight."),
        ("english-upsell", "And you get late check-out until 4, so no rush."),
        ("complaint-handling", "这个等候跟我们前台没关系，是医生那边排的。"),
        ("complaint-handling", "您觉得不合理，那就去投诉吧。"),
    ],
)
async def test_false_terms_and_blame_are_claims_with_a_reaction(
    offline_context: FlowContext, scenario: str, reply: str
) -> None:
    session = Session(offline_context)
    before = (await session.start(scenario))["mood"]
    values = await session.reply(reply)
    evaluation = values["turn_evaluations"][-1]
    assert evaluation["forbidden"], evaluation
    assert evaluation["covered"] == []  # a lie earns no point
    assert values["mood"] < before
    line = values["transcript"][-1]["text"]
    reactions = [r.line for r in ContentLibrary.load().get(Scenario, scenario).behaviour]
    loaded = ContentLibrary.load().get(Scenario, scenario)
    corrections = [f.line for f in loaded.facts]
    corrections += [c.line for s in loaded.stages for c in s.forbidden_claims]
    assert any(r and r in line for r in [*reactions, *corrections]), line


async def test_a_false_comparison_is_no_technique(offline_context: FlowContext) -> None:
    evaluation, line = await turn(
        offline_context,
        "objection-handling",
        "隔壁那个两千多的其实是半年卡，一年算下来还是我们便宜。",
    )
    assert evaluation["forbidden"] and evaluation["covered"] == [], evaluation
    assert "一天十来块" not in line


async def test_pushed_twice_she_objects_twice(offline_context: FlowContext) -> None:
    session = Session(offline_context)
    await session.start("objection-handling")
    await session.reply("赶紧的，别犹豫了。")
    values = await session.reply("必须今天定下来，别想了。")
    # the second time in other words (persona.AGAIN), never silently
    again = AGAIN["zh", "pushy"]
    last = values["transcript"][-1]["text"]
    assert str(_rules("objection-handling")["pushy"]) in last or any(a in last for a in again)


@pytest.mark.parametrize(
    "reply",
    [
        "我不敢跟您保证三个月能减多少，关键还是看您自己。",
        "卡办了以后，您哪天有空都可以过来练。",
    ],
)
async def test_a_statement_with_a_question_word_asks_nothing(
    offline_context: FlowContext, reply: str
) -> None:
    evaluation, line = await turn(offline_context, "objection-handling", reply)
    assert evaluation["questions"] == 0 and evaluation["asked"] == [], evaluation
    assert "我刚才说了" not in line


async def test_a_question_about_her_habits_is_discovery(offline_context: FlowContext) -> None:
    evaluation, _ = await turn(offline_context, "objection-handling", "您平时会去跑跑步吗？")
    assert evaluation["questions"] == 1
    assert "schedule" in evaluation["asked"], evaluation


async def test_she_never_agrees_to_an_offer_nobody_made(offline_context: FlowContext) -> None:
    session = Session(offline_context)
    values = await session.play(
        "broadband-retention",
        [
            "Thanks for calling Northline, I'm sorry you've had such a rough time with it.",
            "What's been the main problem, if you don't mind me asking?",
            "That must be maddening when you're on calls. I can take you to 31 a month for a year.",
            "Fair enough. Shall we keep you with us then?",
        ],
    )
    said = " ".join(e["text"] for e in values["transcript"] if e["role"] == "persona")
    assert "engineer" not in said.lower()


async def test_a_statement_with_the_price_is_answered_about_the_price(
    offline_context: FlowContext,
) -> None:
    _, line = await turn(
        offline_context,
        "english-upsell",
        "Good evening, welcome to the Harbourview.",
        "We've got a junior suite over the water, 55 more per night.",
    )
    assert "how much" not in line.lower(), line
    assert "anniversary" not in line.lower(), line  # her goal, not asked for


async def test_one_apology_in_two_turns_is_not_full_empathy(offline_context: FlowContext) -> None:
    session = Session(offline_context)
    await session.play("complaint-handling", ["真对不起，让您久等了。", "您约的是几点？"])
    values = await session.reply({"action": "end"})  # type: ignore[arg-type]
    empathy = next(c for c in values["report"]["criteria"] if c["measures"] == "empathy")
    assert 0 < empathy["score"] < 100, empathy


async def test_side_questions_are_no_open_questions(offline_context: FlowContext) -> None:
    session = Session(offline_context)
    await session.play(
        "english-upsell",
        [
            "Hello there, could I get a surname for the booking?",
            "Thanks. Fancy a suite instead of the standard room?",
            "It's a harbour-view junior suite, 55 a night extra.",
            "Breakfast is in there as well.",
        ],
    )
    values = await session.reply({"action": "end"})  # type: ignore[arg-type]
    questions = next(c for c in values["report"]["criteria"] if c["measures"] == "questions")
    rubric = ContentLibrary.load().get(Rubric, "english-upsell-rubric")
    top = max(lv.score for lv in next(c for c in rubric.criteria if c.id == "questions").levels)
    assert questions["score"] < top, questions


async def test_chatting_politely_is_no_strength(offline_context: FlowContext) -> None:
    session = Session(offline_context)
    await session.play(
        "complaint-handling",
        ["您这块表真好看，什么牌子的呀？", "我们楼下新开了家面馆，味道还不错。"],
    )
    values = await session.reply({"action": "end"})  # type: ignore[arg-type]
    compliance = next(c for c in values["report"]["criteria"] if c["measures"] == "compliance")
    assert compliance["score"] == 0
    assert not any(c["name"] in s for s in values["report"]["strengths"] for c in [compliance])


async def test_a_decision_asked_is_never_never_asked(offline_context: FlowContext) -> None:
    session = Session(offline_context)
    await session.play(
        "broadband-retention",
        [
            "Hi, Northline here.",
            "Why are you thinking of going?",
            "I could do our loyalty price, 31 a month for 12 months.",
            "Would you like to stay with us, then?",
        ],
    )
    values = await session.reply({"action": "end"})  # type: ignore[arg-type]
    closing = next(c for c in values["report"]["criteria"] if c["measures"] == "closing")
    rubric = ContentLibrary.load().get(Rubric, "broadband-retention-rubric")
    none = next(lv for lv in next(c for c in rubric.criteria if c.id == "closing").levels)
    assert closing["turns"], closing  # the decision was asked
    assert not closing["explanation"].startswith(none.description), closing


async def test_her_question_ignored_is_asked_again_and_wins_nothing(
    offline_context: FlowContext,
) -> None:
    session = Session(offline_context)
    await session.start("complaint-handling")
    values = await session.reply("抛光那笔钱我们给您退掉。")
    asked = values["transcript"][-1]["text"]
    assert "？" in asked and "退" in asked, asked  # she asks about the refund
    mood = values["mood"]
    values = await session.reply("以后我们这边会多注意的。")
    line = values["transcript"][-1]["text"]
    assert line.startswith("你先回答我") and "多少" in line and "多久" in line, line
    assert values["mood"] <= mood
    values = await session.reply("退您一百二，一到三个工作日到账。")
    assert not values["transcript"][-1]["text"].startswith("你先回答我")
