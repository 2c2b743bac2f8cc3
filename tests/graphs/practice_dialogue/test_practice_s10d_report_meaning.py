"""Session 10, issue 12, trainer P's report faults 1, 2 and 5 in wording of our own, through the
real evaluator: credit and breaks by what a sentence means, not by a phrase it shares with the
rule. A concession that the rival is cheap compares nothing; a delay or a procedure put before her
offers nothing; a question that reproaches her asks nothing and blames her; brushing her off is a
break. The bench counts an improvement item by the point as the report names it."""

from __future__ import annotations

from typing import Any

import pytest

from bench.practice_quality import false_improvements
from bench.practice_scripts import Turn
from graphs.library import ContentLibrary
from graphs.practice_dialogue.evaluation import OfflineEvaluator
from graphs.practice_dialogue.report_coverage import Session as ReportSession
from graphs.practice_dialogue.report_coverage import coverage_of
from graphs.rubrics import Rubric
from graphs.scenarios import Scenario


def _evaluated(scenario_id: str, stage: str, reply: str) -> dict[str, Any]:
    scenario = ContentLibrary.load().get(Scenario, scenario_id)
    evaluation: dict[str, Any] = OfflineEvaluator(coaching=False).evaluate_now(
        scenario, scenario.stage(stage), reply, {}, turn=3
    )
    return evaluation


def _tags(scenario_id: str, stage: str, reply: str) -> set[str]:
    return {c["tag"] for c in _evaluated(scenario_id, stage, reply)["covered"]}


def _breaks(scenario_id: str, stage: str, reply: str) -> list[str]:
    breaks: list[str] = _evaluated(scenario_id, stage, reply)["forbidden"]
    return breaks


@pytest.mark.parametrize(
    ("reply", "compares"),
    [
        ("那家便宜是便宜，可是没有淋浴间。", False),
        ("对面那家便宜一点也正常，面积小嘛。", False),
        ("隔壁便宜也正常，场地小。", False),
        ("隔壁是比我们便宜，这个不假。", False),
        ("我们比别家便宜，您放心。", True),
        ("全城就我们最便宜了。", True),
    ],
)
def test_granting_the_rival_is_cheap_is_no_false_comparison(reply: str, compares: bool) -> None:
    flagged = [c for c in _breaks("objection-handling", "objections", reply) if "比价" in c]
    assert bool(flagged) is compares, flagged


@pytest.mark.parametrize(
    ("scenario", "stage", "reply", "points", "made"),
    [
        # a notice before she may leave is no window in which she may
        (
            "broadband-retention",
            "objections",
            "Closing the account needs 30 days' notice.",
            {"no-fee", "reassure"},
            False,
        ),
        (
            "broadband-retention",
            "objections",
            "Ending the contract takes about thirty days to go through.",
            {"no-fee", "reassure"},
            False,
        ),
        (
            "broadband-retention",
            "objections",
            "You can walk away within 30 days at no charge.",
            {"no-fee"},
            True,
        ),
        # a procedure before any refund waives nothing
        ("complaint-handling", "presentation", "退钱得走个程序，您先填个单子。", {"refund"}, False),
        (
            "complaint-handling",
            "presentation",
            "抛光费我们给您退了，一到三个工作日到账。",
            {"refund"},
            True,
        ),
    ],
)
def test_a_step_put_before_her_offers_nothing(
    scenario: str, stage: str, reply: str, points: set[str], made: bool
) -> None:
    heard = _tags(scenario, stage, reply) & points
    assert (heard == points) if made else not heard, heard


@pytest.mark.parametrize(
    ("reply", "blames"),
    [
        ("您付钱的时候怎么不先看一眼账单呢？", True),
        ("您当时为什么没跟前台说一声呢？", True),
        ("您当时约的是几点？是哪位医生给您看的？", False),
    ],
)
def test_a_reproach_asks_nothing_and_blames_her(reply: str, blames: bool) -> None:
    evaluation = _evaluated("complaint-handling", "discovery", reply)
    blamed = [c for c in evaluation["forbidden"] if "推给客户" in c]
    assert bool(blamed) is blames, evaluation["forbidden"]
    if blames:
        assert not evaluation["covered"], evaluation["covered"]


@pytest.mark.parametrize(
    ("scenario", "reply", "dismisses"),
    [
        ("complaint-handling", "我这边还要接待别人，后面还有人等着。", True),
        ("complaint-handling", "您就别投诉了，这事儿算了吧。", True),
        ("objection-handling", "嫌贵的话您就去别家办吧。", True),
        ("broadband-retention", "If you don't like it, go elsewhere.", True),
        ("objection-handling", "不着急，您想好了再来找我就行。", False),
        ("broadband-retention", "No rush at all, take your time to think it over.", False),
    ],
)
def test_brushing_her_off_is_a_break(scenario: str, reply: str, dismisses: bool) -> None:
    stage = ContentLibrary.load().get(Scenario, scenario).stages[3].id
    # sent to a rival is named as that since session 25 (rival_send_offs.py)
    sent_off = ("敷衍", "Brushing", "推给竞争对手", "to a competitor")
    flagged = [c for c in _breaks(scenario, stage, reply) if any(w in c for w in sent_off)]
    assert bool(flagged) is dismisses, _breaks(scenario, stage, reply)


@pytest.mark.parametrize(("covered", "false"), [(("matching-service",), 1), ((), 0)])
def test_the_bench_reads_a_point_as_the_report_names_it(
    covered: tuple[str, ...], false: int
) -> None:
    """介绍与目标匹配的服务 is named without 减脂团课 (the gym has no such class): the item asks
    for that point, false only when the labels say it was made."""
    library = ContentLibrary.load()
    scenario = library.get(Scenario, "objection-handling")
    rubric = library.get(Rubric, scenario.rubric)
    report = {
        "turns": 1,
        "improvements": [
            {
                "criterion": "presentation",
                "advice": "没做到：介绍与目标匹配的服务（体测、私教体验）",
            }
        ],
    }
    script = [Turn("我们有体测，也有私教体验。", covers=covered)]
    assert len(false_improvements(scenario, rubric, script, report)) == false


@pytest.mark.parametrize(
    ("hers", "owed"),
    [
        (
            (
                "Evening. Long drive, that.",
                "My wife and I are just after a restful couple of days.",
            ),
            False,
        ),
        (("Evening.", "It's my wife's birthday on Saturday, actually."), False),
        (("Evening.", "We're celebrating twenty years married, our anniversary."), True),
    ],
)
def test_a_wish_is_owed_only_for_an_occasion_she_told(hers: tuple[str, ...], owed: bool) -> None:
    scenario = ContentLibrary.load().get(Scenario, "english-upsell")
    session = ReportSession(
        scenario=scenario,
        evaluations=[],
        mood=0,
        agreed=False,
        lines={1: "Good evening, sir, welcome.", 2: "Two nights in a city-view room, correct?"},
        hers=hers,
    )
    missing = coverage_of(session, ["closing"]).missing
    assert ("Wish them a happy anniversary" in missing) is owed, missing


@pytest.mark.parametrize(
    ("scenario", "reply", "empathy"),
    [
        ("objection-handling", "您是担心办了卡又没时间来吧？那可以先冻结。", True),
        ("broadband-retention", "If you're worried it won't improve, you can still cancel.", True),
        ("objection-handling", "您不用担心，这个卡很划算。", False),
        ("broadband-retention", "Don't worry, it's all fine.", False),
    ],
)
def test_her_worry_named_is_empathy_and_reassurance_is_not(
    scenario: str, reply: str, empathy: bool
) -> None:
    stage = ContentLibrary.load().get(Scenario, scenario).stages[3].id
    heard = _evaluated(scenario, stage, reply)["empathy"]
    assert bool(heard) is empathy, heard
