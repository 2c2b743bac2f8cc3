"""Session 12, helper PR: what the report counts (P3 review): questions asked on no matter of
hers are named as such, an apology for one's own chatter is no warmth, a good wish is no curt
turn, a glass of water offered is no decision asked; through the real evaluator and report."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.library import ContentLibrary
from graphs.practice_dialogue.curt import curt_turn
from graphs.practice_dialogue.evaluation import OfflineEvaluator
from graphs.scenarios import Scenario
from tests.support.practice import Session


def _evaluate(name: str, reply: str) -> dict:
    scenario = ContentLibrary.load().get(Scenario, name)
    return OfflineEvaluator(coaching=False).evaluate_now(
        scenario, scenario.stages[0], reply, {}, 5, her_lines=["Hello."]
    )


async def test_small_talk_questions_are_named_not_denied(offline_context: FlowContext) -> None:
    values = await Session(offline_context).play(
        "english-upsell",
        [
            "Morning! Did you have a good weekend?",
            "Have you tried that new bakery on the high street?",
            "Are you a football fan at all?",
            "quit",
        ],
    )
    line = next(c for c in values["report"]["criteria"] if "question" in c["name"].lower())
    assert "No question in" not in line["explanation"]
    assert "turns 1, 2, 3 were small talk" in line["explanation"]


def test_an_apology_for_ones_own_chatter_is_no_warmth_and_no_subject() -> None:
    evaluation = _evaluate(
        "english-upsell", "Sorry, I am rambling. Did you see the match last night?"
    )
    assert evaluation["empathy"] == []
    assert evaluation["off_topic"]
    assert _evaluate("complaint-handling", "不好意思，我话多了。")["empathy"] == []
    # a sorry for her trouble beside it still counts
    warm = _evaluate("broadband-retention", "Sorry, I'm rambling. I'm sorry the evenings are slow.")
    assert warm["empathy"]


@pytest.mark.parametrize(
    ("reply", "language", "curt"),
    [
        ("Have a good evening.", "en", False),
        ("Enjoy the weekend.", "en", False),
        ("慢走。", "zh", False),
        ("Name?", "en", True),
    ],
)
def test_a_good_wish_is_no_curt_turn(reply: str, language: str, curt: bool) -> None:
    assert curt_turn(reply, language) is curt  # type: ignore[arg-type]


def test_water_offered_is_no_decision_asked() -> None:
    evaluation = _evaluate("objection-handling", "您要不要喝杯茶？")
    assert not any(c["stage"] == "closing" for c in evaluation["covered"])


COMPLAINT_HER = ["你们这怎么回事？约的两点，我等到快三点！结账还多收我一百二，谁同意做抛光了？"]
OFFERED = {"presentation": [0, 1, 2]}


def _closing(reply: str) -> list[str]:
    scenario = ContentLibrary.load().get(Scenario, "complaint-handling")
    evaluation = OfflineEvaluator(coaching=False).evaluate_now(
        scenario, scenario.stages[0], reply, OFFERED, 6, her_lines=COMPLAINT_HER
    )
    return [c["tag"] for c in evaluation["covered"] if c["stage"] == "closing"]


def test_a_deal_declared_settled_recaps_nothing() -> None:
    assert "recap" not in _closing("那就这样吧，您在这签个字确认一下。")
    said_back = "确认一下：120元抛光费退回，1到3个工作日到账，再送您一张100元抵用券。"
    assert "recap" in _closing(said_back)
    # the matter closed on her, no remedy put to her yes
    assert "recap" not in _closing("您看这事就这么结了行吗？")


async def test_asks_for_her_decision_alone_are_no_strength(offline_context: FlowContext) -> None:
    values = await Session(offline_context).play(
        "english-upsell",
        [
            "Evening, Mr Harper. The harbour-view suite is free tonight, 55 a night more.",
            "Shall I move you into the suite, then?",
            "It has the best view in the house, sparkling wine and late check-out until 2 pm.",
            "So, suite or not?",
            "quit",
        ],
    )
    report = values["report"]
    questions = next(c for c in report["criteria"] if c["measures"] == "questions")
    # since session 14 a question that only asks her yes asks nothing of the guest (it scored 75)
    assert questions["score"] == 0, questions
    assert not any(s.startswith(questions["name"] + ":") for s in report["strengths"])


def test_a_chinese_two_part_point_said_in_half_is_partly_done() -> None:
    from graphs.practice_dialogue.point_halves import unsaid_half

    scenario = ContentLibrary.load().get(Scenario, "objection-handling")
    point = next(p for s in scenario.stages for p in s.points if p.id == "location-hours")
    said = ["出了地铁站走两步就是我们店。"]
    assert unsaid_half(point, said, "zh") == "营业到晚上 11 点，加班后也能来"
    assert unsaid_half(point, [*said, "我们一直开到晚上11点，下了班也来得及。"], "zh") is None
    # a bracket of examples is one thing asked, not two
    other = next(p for s in scenario.stages for p in s.points if "（体测" in p.text)
    assert unsaid_half(other, ["先给您做个体测。"], "zh") is None


def test_a_choice_of_goals_with_pingshi_asks_nothing_of_her_hours() -> None:
    scenario = ContentLibrary.load().get(Scenario, "objection-handling")

    def points(reply: str) -> list[str]:
        evaluation = OfflineEvaluator(coaching=False).evaluate_now(
            scenario, scenario.stages[0], reply, {}, 3, her_lines=["我就是随便问问。"]
        )
        return [c["tag"] for c in evaluation["covered"]]

    assert "schedule" not in points("您平常是想练力量还是练有氧？")
    assert "schedule" in points("您平常是上午有空还是晚上有空？")
