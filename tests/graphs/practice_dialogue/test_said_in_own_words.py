"""The report hears what a learner said in their own words, and no more than was said (session 17
lead's practice run, faults 1-4; fixer F8's finding), on own lines, not the lead's:

- the business's failing owned in free words is 再次承认问题 (owned_faults.py as a cue family), and
  the way of working changed (把叫号的办法改一改) is a step for next time (process_changes.py);
- "checkout is at 2 pm" says the late check-out: the brief names 2 pm with it (point_halves.py);
- a claim about the business's own service is on her matter, never small talk; better than all
  it is an unverifiable boast, and her complaint ruled out by what others say argues with her
  (sentence_content.claims_about_business, arguing.py);
- a point whose text names a particular (the 30 days) needs it: "no charge" for the engineer or
  "without any penalty" for the ended contract is not the 30-day window (point_particulars.py).
"""

from __future__ import annotations

from typing import Any

from graphs.context import FlowContext
from tests.support.practice import her_lines, played


def _explained(values: dict[str, Any], criterion: str) -> str:
    return next(str(c["explanation"]) for c in values["report"]["criteria"] if c["id"] == criterion)


def _done(explanation: str) -> str:
    """The "Done:"/做到 part of a criterion's explanation (before what was not done)."""
    for marker in ("Not done:", "没做到", "Partly done:", "只做到一部分"):
        explanation = explanation.split(marker)[0]
    return explanation


async def test_owned_fault_and_changed_way_of_working(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "complaint-handling",
        "您好，我是前台主管小王，让您等了这么久还多收钱，真的很抱歉。",
        "说到底是我们前后衔接没做到位，耽误了您一下午。",
        "我们会把叫号的办法改一改，不会再让后面的人干等。",
        "结束",
    )
    done = _done(_explained(values, "dissatisfaction"))
    assert "再次承认问题并回应时间损失" in done
    assert "说明后续改进措施" in done
    assert "第1、2" in _explained(values, "empathy")


async def test_late_checkout_said_by_its_hour(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "english-upsell",
        "Good evening, welcome to the Harbourview. Are you celebrating anything with us?",
        "The suite comes with breakfast for two, and checkout is at 2 pm instead of 11.",
        "quit",
    )
    presentation = _explained(values, "presentation")
    assert "Mention late check-out and breakfast for two" in _done(presentation)
    assert "not said" not in presentation


async def test_a_claim_about_the_service_is_on_her_matter(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "broadband-retention",
        "Hello, this is Northline, how can I help?",
        "Honestly, we've won awards for our coverage three years running.",
        "quit",
    )
    assert not values["turn_evaluations"][1]["off_topic"]
    assert "what has that got to do" not in her_lines(values)[-1]


async def test_a_boast_and_her_complaint_ruled_out_are_named(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "broadband-retention",
        "Hello, this is Northline, how can I help?",
        "Our engineers are the best in the business, and nobody else has had a problem.",
        "quit",
    )
    honesty = _explained(values, "compliance")
    assert "An unverifiable boast" in honesty
    assert "Arguing with the customer" in honesty
    assert "Small talk" not in honesty


async def test_no_charge_is_not_the_30_day_window(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "broadband-retention",
        "Hello, you're through to Northline, I'm Sam.",
        "I can have an engineer out to you on Thursday morning with no charge at all.",
        "Since your contract is over you could leave without any penalty, but I'd rather keep you.",
        "quit",
    )
    assert "Explain she can cancel without a fee within 30 days" not in _done(
        _explained(values, "offer")
    )


async def test_the_window_with_its_days_is_credited(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "broadband-retention",
        "Hello, you're through to Northline, I'm Sam.",
        "If you take the new deal, you can still cancel it with no penalty in the first 30 days.",
        "quit",
    )
    assert "Explain she can cancel without a fee within 30 days" in _done(
        _explained(values, "offer")
    )
