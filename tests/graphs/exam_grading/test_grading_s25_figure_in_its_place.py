"""A figure said where the point says another is that one told wrong, not part of the point
(session 25 teacher T18, e1 weak Q9: 「提前30分钟到」 for 「调音师须提前15分钟到达客户楼下，迟到超过
30分钟的，当次服务费减免50元」 earned 部分答到 with its 30分钟, though 30 is the lateness threshold and
the lead time is 15). figures_in_part.in_anothers_place: the answer's figure after the word the
point says another of its figures after (提前) is that figure told wrong. Own trade: a concert
hall's pipe organ.
"""

from __future__ import annotations

from tests.support.grading import judged, short_answer

STEM = "管风琴师须提前多长时间到达？迟到有什么后果？（写明时限和金额）"
ARRIVAL = "管风琴师须提前20分钟到达琴楼，迟到超过40分钟的，当次演奏费减免100元"
RULE = short_answer(STEM, ARRIVAL)


def test_the_lateness_figure_as_the_lead_time_earns_nothing() -> None:
    judgement, note = judged(RULE, "提前40分钟到")
    assert judgement.ratio == 0, note
    assert "答成：40分钟" in note, note


def test_the_lateness_rule_alone_is_still_part_of_it() -> None:
    judgement, note = judged(RULE, "迟到超过40分钟要减免演奏费")
    assert 0 < judgement.ratio < 1, note


def test_the_right_lead_time_is_still_part_of_it() -> None:
    judgement, note = judged(RULE, "提前20分钟到琴楼，迟到要减免100元")
    assert 0 < judgement.ratio < 1, note
