"""Session 19 (held-out teacher T11, fault 5): the JSON report's reasons agree with its labels
and count each point once.

A point a bare list named was "listed: … (says power, lines, written, clearance where the point
rules it out)": the reason of the contradiction the list was cleared of, and "(states …)" for a
point nobody stated. And every contradicted point sat in `missed_points` too, so a program summing
missed and contradicted points counted it twice. Own courses: a cherry-picker hire desk (en) and
a florist (zh), through the real grading flow.
"""

from __future__ import annotations

from graphs.context import FlowContext
from graphs.exam_grading.judges import OfflineJudge
from tests.support.grading import graded_report, short_answer

PICKER = [
    "Aerial platforms are hired for a minimum of 2 days",
    "Staff must not hire out a cherry picker for use within 4 metres of tram wires unless the "
    "tram operator gives written consent",
]
FLORIST = [
    "鲜切花到店后须在30分钟内剪根入水",
    "花材冷库温度须保持在2-5℃",
    "花束售出满48小时内枯萎的可免费更换一次",
]


async def test_a_listed_point_is_not_said_to_be_ruled_out_nor_stated(
    offline_context: FlowContext,
) -> None:
    report = await graded_report(
        [short_answer("What are the cherry picker hire rules?", *PICKER)],
        {"1": "2 days, 4 metres, tram wires, written consent"},
        offline_context,
        title="cherry picker",
        language="en",
    )
    item = report["questions"][0]
    assert "listed as keywords" in item["review"], item["review"]
    assert "rules it out" not in item["reason"] and "(states" not in item["reason"], item["reason"]
    # the JSON reason is the learner's note (session 20: T12); the judge's own says what the list gives
    assert "listed as keywords, not stated" in item["reason"], item["reason"]
    judgement = OfflineJudge().judge_now(
        short_answer("What are the cherry picker hire rules?", *PICKER),
        ["2 days, 4 metres, tram wires, written consent"],
    )
    assert "the list gives 1 of 1 figure(s)" in judgement.reason, judgement.reason


async def test_each_point_is_in_one_list_of_the_json_report(offline_context: FlowContext) -> None:
    report = await graded_report(
        [short_answer("花店收货和保鲜有哪些规定？", *FLORIST)],
        {"1": "鲜切花到店后要在60分钟内剪根入水；花束售出后枯萎的可以免费更换一次。"},
        offline_context,
        title="florist",
        language="zh",
    )
    item = report["questions"][0]
    missed, partial = item["missed_points"], item["partial_points"]
    contradicted = item["contradicted_points"]
    assert contradicted == [FLORIST[0]], item["review"]  # 60分钟 for 30分钟
    assert missed == [FLORIST[1]], item["review"]  # the cold room left out
    assert partial == [FLORIST[2]], item["review"]  # 48小时 left out
    assert len(missed + partial + contradicted) == len(set(missed + partial + contradicted))
