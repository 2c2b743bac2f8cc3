"""The report says what happened: her answer, the time limits the learner gave (in words and
numerals, both languages), the turns that showed empathy, the rules broken, and never a rubric
level the session contradicts ("Asked, but she stayed unconvinced" after her yes, "方案含糊，没有时限"
after "1到3个工作日到账").

Every session runs through the real graph on the shipped scenarios (offline engine); the English
time limit runs on a copy whose rubric speaks of one.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from langgraph.types import Command

from graphs.context import FlowContext
from graphs.library import SHIPPED_CONTENT, ContentLibrary
from graphs.practice_dialogue.amounts import amounts
from graphs.practice_dialogue.time_limits import time_limits
from graphs.rubrics import Rubric
from graphs.scenarios import Scenario
from tests.support.practice import Session

APOLOGY = "李先生，非常抱歉让您久等了，您下午还特意请了假，换作是我也会着急。"
ASK_WHAT_HAPPENED = "我先核实一下：您约的是下午两点，是哪位医生给您看的？"
CLOSE_COMPLAINT = "我确认一下方案：免除120元抛光费，再送您一张100元抵用券。您看这样处理可以吗？"


async def _ended(session: Session) -> dict[str, Any]:
    values = await session._run(Command(resume={"action": "end"}))
    return values if values.get("report") else await session._run(Command(resume="结束"))


async def _report(context: FlowContext, scenario: str, replies: list[str]) -> dict[str, Any]:
    session = Session(context)
    values = await session.play(scenario, replies)
    if not values.get("report"):
        values = await _ended(session)
    report: dict[str, Any] = values["report"]
    return report


def _criterion(report: dict[str, Any], criterion_id: str) -> dict[str, Any]:
    found: dict[str, Any] = next(c for c in report["criteria"] if c["id"] == criterion_id)
    return found


def _rubric_levels(rubric_id: str, criterion_id: str) -> list[str]:
    rubric = ContentLibrary.load().get(Rubric, rubric_id)
    return [
        lv.description for lv in next(c for c in rubric.criteria if c.id == criterion_id).levels
    ]


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        ("退款1到3个工作日到账。", "zh", ["1到3个工作日"]),
        ("钱三天内退回您的账户。", "zh", ["三天内"]),
        ("我们会在两个工作日内处理好。", "zh", ["在两个工作日内"]),
        ("明天下午前我给您回电话。", "zh", ["明天下午前"]),
        ("周五之前一定办好，最迟下周一。", "zh", ["周五之前", "最迟下周一"]),
        ("The refund is back within two working days.", "en", ["within two working days"]),
        ("I'll have it sorted by Friday.", "en", ["by Friday"]),
        ("It takes 3-5 business days.", "en", ["3-5 business days"]),
        ("You'll hear from me before 5pm.", "en", ["before 5pm"]),
        # the day it is done is a limit given, true or not (claims.py judges it)
        ("退款今天就能到账。", "zh", ["今天就能到账"]),
        ("It'll be back in your account today.", "en", ["back in your account today"]),
        ("今天先聊到这儿。", "zh", []),
        # how long something lasted or lasts is no promise of when it is done
        ("您等了一个小时，下午还请了假。", "zh", []),
        ("31 a month for 12 months.", "en", []),
        ("前面的患者超时了，三天前也这样。", "zh", []),
    ],
)
def test_time_limits_are_read_in_words_and_numerals(
    text: str, language: str, said: list[str]
) -> None:
    assert time_limits(text, language) == said  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "remedy",
    [
        "没有提前告知的120元抛光费我们全部免除，退款1到3个工作日到账。",
        "这120元抛光费我们免了，钱三天内退回您的账户。",
        "抛光费120元不收了，两个工作日内原路退回。",
        "120元抛光费给您退掉，最迟下周一前就能到账。",  # 明天下午前 is sooner than 1-3 working days
    ],
)
async def test_a_time_limit_given_is_never_reported_as_missing(
    offline_context: FlowContext, remedy: str
) -> None:
    report = await _report(
        offline_context, "complaint-handling", [APOLOGY, ASK_WHAT_HAPPENED, remedy]
    )
    solution = _criterion(report, "solution")
    said = time_limits(remedy, "zh")
    assert said and all(limit in solution["explanation"] for limit in said), solution
    for vague in [
        d for d in _rubric_levels("complaint-handling-rubric", "solution") if "没有时限" in d
    ]:
        assert vague not in solution["explanation"]
    assert "没有给出时限" not in solution["explanation"]
    assert "只做到一部分" not in solution["explanation"]
    assert "说清楚时限" not in solution["advice"]


async def test_a_refund_without_a_time_limit_is_half_a_remedy(offline_context: FlowContext) -> None:
    with_limit = await _report(
        offline_context,
        "complaint-handling",
        [APOLOGY, ASK_WHAT_HAPPENED, "这120元抛光费我们给您退了，1到3个工作日到账。"],
    )
    without = await _report(
        offline_context,
        "complaint-handling",
        [APOLOGY, ASK_WHAT_HAPPENED, "这120元抛光费我们给您退了。"],
    )
    vague = _criterion(without, "solution")
    assert "只做到一部分" in vague["explanation"] and "没有给出时限" in vague["explanation"]
    assert "时限" in vague["advice"]
    assert vague["score"] < _criterion(with_limit, "solution")["score"]


@pytest.mark.parametrize(
    ("offer", "said"),
    [
        ("I can have an engineer look at the line by Friday, free of charge.", "by Friday"),
        (
            "A free engineer visit to check the line, booked within two working days.",
            "within two working days",
        ),
    ],
)
async def test_an_english_time_limit_is_stated_where_the_rubric_asks_for_one(
    tmp_path: Path, offer: str, said: str
) -> None:
    content = tmp_path / "content"
    shutil.copytree(SHIPPED_CONTENT, content)
    path = content / "rubrics" / "broadband-retention-rubric.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    offer_criterion = next(c for c in data["criteria"] if c["id"] == "offer")
    offer_criterion["levels"][1]["description"] = "Offered a fix or a price, with no time limit"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    context = FlowContext(library=ContentLibrary.load(content))
    replies = [
        "Hello, Northline Broadband, thanks for calling. I'm sorry to hear you want to leave.",
        "Can I ask what's made you want to go?",
        offer,
    ]
    given = _criterion(await _report(context, "broadband-retention", replies), "offer")
    assert f'"{said}" (turn 3)' in given["explanation"], given
    assert "no time limit" not in given["explanation"].lower()
    silent = _criterion(await _report(context, "broadband-retention", replies[:2]), "offer")
    assert "No time limit given" in silent["explanation"], silent


async def test_a_closing_she_agreed_to_says_so(offline_context: FlowContext) -> None:
    session = Session(offline_context)
    values = await session.play(
        "broadband-retention",
        [
            "Hi, thanks for calling Northline. I understand you want to cancel, I can help.",
            "Can I ask what's made you want to leave?",
            "I can book a free engineer visit for Thursday morning to check the line.",
            "And I can offer you our loyalty price of 31 a month for 12 months.",
            "Would you like me to go ahead with that?",
        ],
    )
    if not values.get("report"):
        values = await _ended(session)
    report = values["report"]
    assert values["ended"] == "goal", values["transcript"][-2:]  # she said yes
    closing = _criterion(report, "closing")
    assert closing["explanation"].startswith("The customer agreed"), closing
    assert closing["score"] >= 40  # her yes is worth the level just above none at least
    for level in _rubric_levels("broadband-retention-rubric", "closing"):
        if "unconvinced" in level or "Never" in level:
            assert level not in closing["explanation"]
    assert "Ask for her decision" not in closing["advice"]  # her yes answered it
    assert not any(
        "Ask for her decision" in item["advice"]
        for item in report["improvements"]
        if item["criterion"] == "closing"
    )


async def test_a_closing_she_declined_says_she_did_not_agree(offline_context: FlowContext) -> None:
    session = Session(offline_context)
    # asked for her yes before anything was fixed or offered: she does not give it
    values = await session.play(
        "broadband-retention",
        ["Hello, Northline Broadband.", "So would you like to stay with us?"],
    )
    values = await _ended(session) if not values.get("report") else values
    assert values["ended"] != "goal"
    closing = _criterion(values["report"], "closing")
    assert closing["explanation"].startswith("The customer did not agree"), closing
    rubric = ContentLibrary.load().get(Rubric, "broadband-retention-rubric")
    top = max(next(c for c in rubric.criteria if c.id == "closing").levels, key=lambda lv: lv.score)
    assert top.description not in closing["explanation"]  # "She chose to stay"
    # a decision asked without her yes is a third of the closing's points at 70%
    assert closing["score"] <= round(70 / 3)


async def test_one_early_apology_is_counted_as_one(offline_context: FlowContext) -> None:
    report = await _report(
        offline_context,
        "complaint-handling",
        [
            "非常抱歉让您久等了。",
            ASK_WHAT_HAPPENED,
            "抛光之前医生有没有跟您说明收费？",
            "这件事您希望我们怎么处理？",
        ],
    )
    empathy = _criterion(report, "empathy")
    assert empathy["turns"] == [1]
    assert "1/4 轮" in empathy["explanation"] and "第1轮" in empathy["explanation"]
    # the rubric's judgement of the manner ("显得敷衍") and of none are not the facts stated
    for level in _rubric_levels("complaint-handling-rubric", "empathy"):
        assert level not in empathy["explanation"]
    assert "1/4" in empathy["advice"]


async def test_small_talk_is_not_reported_as_pressure(offline_context: FlowContext) -> None:
    report = await _report(
        offline_context,
        "complaint-handling",
        ["您这块表真好看，什么牌子的呀？", "我们楼下新开了家面馆，味道还不错。"],
    )
    compliance = _criterion(report, "compliance")
    assert compliance["score"] == 0
    assert "施压" not in compliance["explanation"] and "虚假" not in compliance["explanation"]
    assert "施压" not in compliance["advice"] and "闲聊" in compliance["advice"]


async def test_a_broken_rule_is_no_strength(offline_context: FlowContext) -> None:
    report = await _report(
        offline_context,
        "english-upsell",
        [
            "Welcome to the hotel! Long drive?",
            "Is it a special occasion? You should really upgrade to the suite.",
            "The harbour-view suite is 55 extra a night, with late check-out and breakfast.",
        ],
    )
    compliance = _criterion(report, "compliance")
    assert compliance["turns"] and compliance["score"] >= 70, compliance
    assert "turn 2" in compliance["explanation"]
    assert not any(s.startswith(compliance["name"]) for s in report["strengths"])


async def test_every_point_named_done_or_missing_is_where_the_evaluations_put_it(
    offline_context: FlowContext, library: ContentLibrary
) -> None:
    """A point the turns covered is never listed as not done, one they did not cover is always
    listed as not done (a coverage level's wording said "没有改进" after "以后我们注意，会提前通知"
    covered the improvement)."""
    session = Session(offline_context)
    await session.play(
        "complaint-handling",
        [
            "不好意思啊李先生，今天医生那边有点忙。",
            "您是几点的预约来着？",
            "这样吧，我给您把抛光的钱退了，三天内到账。",
            "以后我们注意，会提前通知。",
        ],
    )
    values = await _ended(session)
    covered = {(c["stage"], c["index"]) for e in values["turn_evaluations"] for c in e["covered"]}
    scenario = library.get(Scenario, "complaint-handling")
    stages = {c.id: c.stage for c in library.get(Rubric, scenario.rubric).criteria}
    for criterion in values["report"]["criteria"]:
        if criterion["measures"] != "stage_coverage":
            continue
        stage = scenario.stage(str(stages[criterion["id"]]))
        explanation = criterion["explanation"]
        missing = explanation.split("没做到：", 1)[1] if "没做到：" in explanation else ""
        for index, point in enumerate(stage.points):
            assert ((stage.id, index) in covered) == (point.text not in missing), criterion


async def test_a_recap_names_no_point_as_newly_covered(offline_context: FlowContext) -> None:
    """A recap repeats the remedy: its comment said "覆盖了要点：免除…" as if just made."""
    session = Session(offline_context)
    remedy = "没有提前告知的120元抛光费我们全部免除，退款1到3个工作日到账。"
    values = await session.play("complaint-handling", [APOLOGY, ASK_WHAT_HAPPENED, remedy])
    first = values["turn_evaluations"][-1]
    refund = next(c["text"] for c in first["covered"] if c["tag"] == "refund")
    assert refund in first["comment"]
    values = await session.reply(CLOSE_COMPLAINT)
    recap = values["turn_evaluations"][-1]
    assert "refund" in {c["tag"] for c in recap["covered"]}  # heard again...
    assert refund not in recap["comment"], recap["comment"]  # ...but not made anew


async def test_small_talk_gets_a_hint_back_to_her_concern(offline_context: FlowContext) -> None:
    session = Session(offline_context)
    await session.start("complaint-handling")
    values = await session.reply("您这块表真好看，什么牌子的呀？")
    assert values["turn_evaluations"][-1]["off_topic"]
    hint = session.pauses[-1]["hint"]
    assert hint and "闲聊" in hint, hint


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        ("这120元抛光费我们免了，再送您一张100元抵用券。", "zh", ["120元", "100元"]),
        ("算下来一天不到11块钱。", "zh", ["11块钱"]),
        ("I could do 31 a month for 12 months.", "en", ["31 a month"]),
        ("The suite is 55 dollars extra per night.", "en", ["55 dollars extra per night"]),
        (
            "Thirty-one pounds a month, or £36 for the 500 Mb plan.",
            "en",
            ["Thirty-one pounds a month", "£36"],
        ),
        # a number with no currency and no period of charge is no amount
        ("An engineer can come at 2 pm; the plan runs 12 months.", "en", []),
        ("我们营业到晚上11点。", "zh", []),
    ],
)
def test_amounts_are_read_with_their_currency_or_period(
    text: str, language: str, said: list[str]
) -> None:
    assert amounts(text, language) == said  # type: ignore[arg-type]


async def test_the_price_quoted_is_stated_where_the_rubric_speaks_of_price(
    offline_context: FlowContext,
) -> None:
    report = await _report(
        offline_context,
        "english-upsell",
        [
            "Welcome to the hotel! How was the drive?",
            "Is it a special occasion this weekend?",
            "We have a harbour-view suite, lovely for an anniversary. It's 55 extra a night.",
        ],
    )
    presentation = _criterion(report, "presentation")
    assert '"55 extra a night" (turn 3)' in presentation["explanation"], presentation
    discovery = _criterion(report, "discovery")  # speaks of no price: no amounts there
    assert "amounts named" not in discovery["explanation"], discovery


async def test_a_turns_comment_says_whether_it_gave_a_time_limit(
    offline_context: FlowContext,
) -> None:
    with_limit = Session(offline_context)
    values = await with_limit.play(
        "complaint-handling",
        [APOLOGY, ASK_WHAT_HAPPENED, "这120元抛光费我们给您退了，两个工作日内到账。"],
    )
    assert "给出时限：两个工作日内" in values["turn_evaluations"][-1]["comment"]
    without = Session(offline_context)
    values = await without.play(
        "complaint-handling", [APOLOGY, ASK_WHAT_HAPPENED, "这120元抛光费我们给您退了。"]
    )
    evaluation = values["turn_evaluations"][-1]
    assert "refund" in evaluation["new_tags"]
    assert "这一轮没有说时限" in evaluation["comment"], evaluation["comment"]


async def test_a_remedy_without_a_time_limit_gets_a_hint_to_give_one(
    offline_context: FlowContext,
) -> None:
    session = Session(offline_context)
    await session.play(
        "complaint-handling", [APOLOGY, ASK_WHAT_HAPPENED, "这120元抛光费我们给您退了。"]
    )
    hint = session.pauses[-1]["hint"]
    assert hint and "还差时限" in hint, hint
    given = Session(offline_context)
    await given.play(
        "complaint-handling",
        [APOLOGY, ASK_WHAT_HAPPENED, "这120元抛光费我们给您退了，1到3个工作日到账。"],
    )
    assert "还差时限" not in given.pauses[-1]["hint"]


# ---- An independent trainer's review (session 6): her own lines, her false report sentences.


async def test_an_english_report_calls_no_customer_she(offline_context: FlowContext) -> None:
    """Mr Harper is no "she": the report's own words name the customer, never a pronoun."""
    report = await _report(
        offline_context,
        "english-upsell",
        [
            "Good evening, Mr Harper, welcome to the Harbourview.",
            "Are you here for anything special this trip?",
            "We have a harbour-view junior suite free tonight, 55 dollars extra a night.",
            "Would you like me to move you to the suite?",
        ],
    )
    criteria = {c["id"]: c for c in report["criteria"]}
    questions, closing = criteria["questions"], criteria["closing"]
    assert "the customer's needs" in questions["explanation"] or questions["score"] >= 90
    assert "the customer" in closing["explanation"].lower(), closing
    own_words = [
        questions["explanation"],
        closing["explanation"],
        *(i["advice"] for i in report["improvements"]),
    ]
    for text in own_words:
        assert not re.search(r"\b(?:she|her)\b", text, re.IGNORECASE), text


@pytest.mark.xfail(
    strict=True,
    reason="session 15 (issue 12): a bare 'So yes or no?' is an ultimatum, listed as pressure and "
    "not credited as asking for the decision (trainer P6: 'Yes or no?' credited as 'Ask for her "
    "decision'); review 6 credited it",
)
async def test_short_decision_asks_are_questions_and_asks(offline_context: FlowContext) -> None:
    """ "Do you want to upgrade?" and "So yes or no?" both ask for the decision; the report never
    lists the decision as not done. Since session 14 they are no questions about the guest (they
    only ask a yes: question_aims.py), so the questions criterion does not count them."""
    report = await _report(
        offline_context,
        "english-upsell",
        [
            "Name?",
            "OK, standard room. Do you want to upgrade? We have a suite.",
            "It's better. Bigger room.",
            "So yes or no?",
        ],
    )
    questions = _criterion(report, "questions")
    assert not {2, 4} & set(questions["turns"]), questions
    assert "only asked for a decision" in questions["explanation"], questions
    closing = _criterion(report, "closing")
    assert "Done: Ask for the decision" in closing["explanation"], closing
    assert "Not done: Ask for the decision" not in closing["explanation"]
    # closed asks for the decision are no "open questions throughout"
    top = max(
        _rubric_levels("english-upsell-rubric", "questions"),
        key=lambda level: "throughout" in level,
    )
    assert top not in questions["explanation"]


async def test_an_acknowledged_doubt_compared_with_the_rival_is_done(
    offline_context: FlowContext,
) -> None:
    """ "I understand the rival is 30 pounds. We'd be a pound more a month" acknowledges the
    doubt and compares with the rival, even in the turn that also reassures."""
    report = await _report(
        offline_context,
        "broadband-retention",
        [
            "Thanks for calling Northline. I can certainly help you with the cancellation.",
            "May I ask what's made you decide to go?",
            "I can book a free engineer visit for Thursday and put you on 31 pounds a month.",
            "I understand the rival is 30 pounds. We'd be a pound more a month, and a new"
            " contract can be cancelled within 30 days without a fee.",
        ],
    )
    doubts = _criterion(report, "doubts")
    assert 4 in doubts["turns"], doubts
    _, _, missing = doubts["explanation"].partition("Not done:")
    assert "Acknowledge the doubt" not in missing and "Compare honestly" not in missing, doubts
    assert "Compare honestly" not in doubts["advice"]


async def test_a_refusal_a_half_refund_and_a_feature_list_earn_no_point(
    offline_context: FlowContext,
) -> None:
    """这个我管不了 checks no bill; 退一半 waives no fee (and 今天就能到账 is a time stated, which
    the compliance criterion judges); a list of everything on offer matches no need."""
    report = await _report(
        offline_context,
        "complaint-handling",
        [
            "先生您别激动，排队是正常的。",
            "抛光是医生的决定，这个我管不了，您得找医生。",
            "那行吧，我给您退一半，60块。",
            "退款今天就能到账。",
        ],
    )
    discovery = _criterion(report, "discovery")
    assert "做到：核对收费明细" not in discovery["explanation"].replace("没做到", ""), discovery
    solution = _criterion(report, "solution")
    assert "做到：免除" not in solution["explanation"].replace("没做到", ""), solution
    assert "没有给出时限" not in solution["explanation"], solution
    compliance = _criterion(report, "compliance")
    if compliance["turns"]:  # a broken rule: never "承诺都在权限内", never a strength
        for level in _rubric_levels("complaint-handling-rubric", "compliance"):
            if "权限内" in level:
                assert level not in compliance["explanation"]
        assert not any(s.startswith(compliance["name"]) for s in report["strengths"])
    gym = await _report(
        offline_context,
        "objection-handling",
        [
            "我们这年卡很划算的，您就办一张吧。",
            "我们这器械都是进口的，还有游泳池、瑜伽室、动感单车、团课，什么都有。",
        ],
    )
    presentation = _criterion(gym, "presentation")
    assert "做到：介绍与目标匹配的服务" not in presentation["explanation"].replace("没做到", "")


async def test_a_point_made_in_another_stage_is_not_reported_missing(
    offline_context: FlowContext,
) -> None:
    """The freeze said with the price answer (objections) is the presentation's point made."""
    report = await _report(
        offline_context,
        "objection-handling",
        [
            "您好，我是会籍顾问小陈。您这次想健身，主要想达到什么效果呢？",
            "我们店离地铁站走路3分钟，开到晚上11点，年卡里还包一次体测和两节私教体验课。",
            "三千九百八确实不是小数目，我理解您的顾虑。可以分12期免息，每个月大概332元；"
            "每年还可以冻结60天，出差的时候停卡，不浪费。",
        ],
    )
    presentation = _criterion(report, "presentation")
    assert "没做到：说明可以冻结" not in presentation["explanation"], presentation
    assert 3 in presentation["turns"]


async def test_a_short_english_decision_ask_is_asking_as_the_chinese_one_is(
    offline_context: FlowContext,
) -> None:
    """Pressed with 'then?' (as 那您到底办不办？ is) the question asks for her decision, though
    nothing was offered before it: the closing never says it was not asked."""
    report = await _report(
        offline_context,
        "broadband-retention",
        ["Hello there.", "Shall we keep your account running then?"],
    )
    closing = _criterion(report, "closing")
    assert "Not done: Ask for her decision" not in closing["explanation"], closing
    chinese = await _report(offline_context, "objection-handling", ["您好。", "那您到底办不办？"])
    assert "没做到：确认客户的意愿" not in _criterion(chinese, "closing")["explanation"]


async def test_a_total_of_a_true_rate_and_a_count_is_true_and_a_false_rate_is_not(
    offline_context: FlowContext,
) -> None:
    """'55 a night, so 110 on top for your two nights' multiplies a true rate by the nights: no
    wrong price. A rate that is no true rate stays a false claim."""
    opening = "Good evening Mr Harper, welcome. I have your two-night booking here."
    told = await _report(
        offline_context,
        "english-upsell",
        [
            opening,
            "Our harbour-view junior suite is 55 dollars extra a night, so for your two nights "
            "that comes to 110 dollars on top.",
        ],
    )
    # no fault: the clean line cites the turn that made the point, and names no claim
    assert "Turn 2" not in _criterion(told, "compliance")["explanation"], told["criteria"]
    assert _criterion(told, "compliance")["score"] == 100, _criterion(told, "compliance")
    wrong = await _report(
        offline_context,
        "english-upsell",
        [opening, "Our harbour-view junior suite is 90 dollars extra a night."],
    )
    assert 2 in _criterion(wrong, "compliance")["turns"], _criterion(wrong, "compliance")


async def test_a_statement_about_looking_into_it_is_no_question_and_evidence_is_the_ask(
    offline_context: FlowContext,
) -> None:
    """'我们商量一下怎么解决' states what they will do: it asks her nothing. Her wish asked in the
    next turn is the discovery's evidence."""
    report = await _report(
        offline_context,
        "complaint-handling",
        ["我们会商量一下怎么处理。", "您有什么想法？您希望我们怎么处理？"],
    )
    discovery = _criterion(report, "discovery")
    assert discovery["turns"] == [2], discovery
