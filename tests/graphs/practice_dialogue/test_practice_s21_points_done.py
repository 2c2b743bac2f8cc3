"""Session 21, H7: what a strong learner did is credited (own scripts, real flow).

The session-20 trainer (P13), complaint strong: 「没做到：确认具体经过（预约时间…）」 though turn 2
read back 两点 / 两点五十 / 根管超时, and "acknowledging the lost time" missed though turn 1 said
「让您等了将近一个小时」. The rules: her times said back and checked with her make the
confirm-the-facts point (facts_confirmed.py); the length of her wait named in the apology owns the
time she lost (cue_families "time-lost"); an admission puts nothing on the table for a recap to
confirm (point_gates.ADMISSION).
"""

from __future__ import annotations

from graphs.context import FlowContext
from graphs.practice_dialogue.facts_confirmed import reads_back_her_facts
from tests.support.practice import criterion, played

READ_BACK = (
    "不好意思，让您等了将近五十分钟。",
    "我先跟您核实一下情况：您约的是下午两点，可一直等到两点五十才轮到您；这事确实是我们没安排好。",
    "结束",
)


async def test_her_times_read_back_confirm_what_happened(offline_context: FlowContext) -> None:
    values = await played(offline_context, "complaint-handling", *READ_BACK)
    second = values["turn_evaluations"][1]
    assert "visit" in [c["tag"] for c in second["covered"]], second
    assert "做到：确认具体经过" in criterion(values, "了解情况")["explanation"]


async def test_the_length_of_her_wait_in_the_apology_owns_the_lost_time(
    offline_context: FlowContext,
) -> None:
    values = await played(offline_context, "complaint-handling", *READ_BACK)
    explained = criterion(values, "处理不满")["explanation"]
    assert "做到：再次承认问题并回应时间损失" in explained, explained
    # owning the fault offers nothing: no recap of a deal is credited
    tags = [c["tag"] for e in values["turn_evaluations"] for c in e["covered"]]
    assert "recap" not in tags, tags


def test_a_time_offered_is_no_read_back() -> None:
    assert reads_back_her_facts("我跟您核对一下：您约的是两点，三点才叫到您，对吧？", "zh")
    assert not reads_back_her_facts("我跟您确认一下，下次给您约下午两点。", "zh")
    assert reads_back_her_facts("Just to confirm, you were booked in for 2 pm.", "en")
    assert not reads_back_her_facts("Just to confirm, I can book you in at 2 pm.", "en")
