"""Session 12, helper PR2: the report hears a strong complaint handler (issue 12, the lead's
learner): soothing is warmth, two warm turns are enough once apology and feelings were said and
the remedy follows, the cause owned is the cause explained, her next visit welcomed is half of
"thank her and invite her back"; through the real evaluator, flow and report. Each example is
worded apart from the lead's."""

from __future__ import annotations

from graphs.context import FlowContext
from graphs.library import ContentLibrary
from graphs.practice_dialogue.evaluation import OfflineEvaluator
from graphs.scenarios import Scenario
from tests.support.practice import Session

COMPLAINT_HER = ["你们这怎么回事？约的两点，我等到快三点！结账还多收我一百二，谁同意做抛光了？"]


def _evaluate(reply: str, covered: dict[str, list[int]] | None = None) -> dict:
    scenario = ContentLibrary.load().get(Scenario, "complaint-handling")
    return OfflineEvaluator(coaching=False).evaluate_now(
        scenario, scenario.stages[0], reply, covered or {}, 2, her_lines=COMPLAINT_HER
    )


def _criterion(values: dict, name: str) -> dict:
    return next(c for c in values["report"]["criteria"] if c["name"] == name)


def test_soothing_her_anger_is_warmth_but_no_understanding() -> None:
    # 「别生气」 was the example here until session 14: it orders her not to be angry, a command,
    # no warmth (test_credit_what_was_meant.py); soothing is 消消气
    evaluation = _evaluate("李先生您先消消气，我马上帮您查账单。")
    assert any(e.startswith("empathy:") for e in evaluation["empathy"])
    # 表示理解客户的感受 is not made by soothing her anger
    assert "feelings" not in [c["tag"] for c in evaluation["covered"]]


def test_the_cause_owned_is_the_cause_explained() -> None:
    evaluation = _evaluate("这是因为我们前台没协调好医生的时间，不怪别人。")
    assert "reason" in [c["tag"] for c in evaluation["covered"]]


STRONG = [
    "实在抱歉，李先生，耽误您一下午了。",  # apology (turn 1)
    "当时是哪位医生给您做的？做之前有没有人跟您讲过抛光要另收钱？",
    "我明白了，是我们的问题。抛光的一百二我给您全免了，退款1到3个工作日回到原账户。",
    "再送您一张100元的洁牙抵用券，以后每次我们都提前短信通知您。",
    "您下回再来，我给您留上午第一个号。您看这样处理可以吗？",
    "我的电话留给您，退款到了我再跟您联系确认。",
    "结束",
]


async def test_two_warm_turns_are_full_marks_once_the_remedy_follows(
    offline_context: FlowContext,
) -> None:
    values = await Session(offline_context).play("complaint-handling", STRONG)
    warmth = _criterion(values, "安抚与共情")
    assert warmth["turns"] == [1, 3]
    assert warmth["score"] == 100
    assert not any("安抚与共情" in item for item in values["report"]["improvements"])


async def test_her_next_visit_welcomed_is_half_of_thanks_and_invite(
    offline_context: FlowContext,
) -> None:
    values = await Session(offline_context).play("complaint-handling", STRONG)
    closing = _criterion(values, "确认与挽回")
    assert (
        # session 20: the done half alone, the unsaid one after 没说到 (never listed as both)
        "只做到一部分：邀请再来（没说到：感谢客户的反馈）" in closing["explanation"]
    )
    assert "没做到：感谢客户的反馈并邀请再来" not in closing["explanation"]


PRESSED = [
    "Good evening and welcome. Let me find your booking.",
    "We have a junior suite with a harbour view, 55 more a night.",
    "Decide now, it's a last chance. Do you want the suite?",  # pressure put as a question
    "Is this stay for a special occasion?",
    "quit",
]


async def test_a_question_put_as_pressure_is_no_questioning(offline_context: FlowContext) -> None:
    values = await Session(offline_context).play("english-upsell", PRESSED)
    asking = _criterion(values, "Asking questions")
    assert asking["turns"] == [4]
    assert asking["score"] == 50


async def test_a_closing_she_declined_quotes_her_last_words(offline_context: FlowContext) -> None:
    values = await Session(offline_context).play("english-upsell", PRESSED)
    report = values["report"]
    closing = _criterion(values, "Closing")
    assert not report["passed"]
    assert "final mood" not in closing["explanation"]
    hers = [e["text"] for e in values["transcript"] if e["role"] == "persona"]
    # the customer, not "her": an English report does not guess the customer's sex
    assert f"The customer's last words: \"{hers[-1][:20]}" in closing["explanation"]


def _warmth(name: str, reply: str) -> list[str]:
    scenario = ContentLibrary.load().get(Scenario, name)
    evaluation = OfflineEvaluator(coaching=False).evaluate_now(
        scenario, scenario.stages[1], reply, {}, 3, her_lines=["Hello."]
    )
    return evaluation["empathy"]


def test_her_situation_called_common_and_met_is_acknowledgement() -> None:
    met = "以前办了卡没坚持下来，这种情况挺常见的，我们有教练每周提醒您来练。"
    assert any(w.startswith("acknowledgement:") for w in _warmth("objection-handling", met))
    made_light = "以前办了卡没坚持下来？这很常见，大家都这样。"
    assert _warmth("objection-handling", made_light) == []
    english = "Drop-outs every evening? That's very common, and we can send an engineer."
    assert any(w.startswith("acknowledgement:") for w in _warmth("broadband-retention", english))


def _first_stage(name: str, reply: str) -> dict:
    scenario = ContentLibrary.load().get(Scenario, name)
    return OfflineEvaluator(coaching=False).evaluate_now(
        scenario, scenario.stages[0], reply, {}, 2, her_lines=[scenario.opening_line]
    )


def test_a_scenario_word_in_weather_or_own_day_talk_is_small_talk() -> None:
    # 早上 is a word of 了解作息 in the gym scenario; said of the learner's own morning it is chat
    chat = _first_stage("objection-handling", "这两天降温了，我早上出门的时候差点没赶上车。")
    assert chat["off_topic"]
    asked = _first_stage("objection-handling", "您早上一般几点有空过来？")
    assert not asked["off_topic"] and asked["covered"]


def test_small_talk_put_back_only_by_a_dropped_point_stays_small_talk() -> None:
    evaluation = _first_stage("objection-handling", "说远了哈。您要不要来杯咖啡？")
    assert evaluation["off_topic"]
    assert evaluation["questions"] == 0


async def test_an_off_topic_learner_scores_alike_in_every_scenario(
    offline_context: FlowContext,
) -> None:
    gym = [
        "您这件外套真好看，哪儿买的？",
        "今天外面风好大，我早上来的时候差点被吹跑。",
        "不好意思扯远了。您要不要来杯咖啡？",
        "结束",
    ]
    values = await Session(offline_context).play("objection-handling", gym)
    assert values["report"]["total"] == 0


def test_a_word_of_hers_before_the_question_is_no_friendly_follow_up() -> None:
    # "hope" is hers ("I hope the room is ready"), but the question asks about football
    chat = _first_stage("english-upsell", "I hope you like football, did you watch the match?")
    assert chat["off_topic"]
    taken_up = _first_stage("english-upsell", "Oh no, where did you drive in from?")
    assert not taken_up["off_topic"]
