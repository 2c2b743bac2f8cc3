"""Everyday words for a short answer's point: 不起眼 for 不显眼, 私了 for 私下协商 (synonyms.yaml).

A learner who says the rule in the words of the shop floor states it: "先在耳后不起眼的地方试一下"
is the point "先在耳后不显眼处试染", "不能私了" is "不得与对方私下协商". Read through the synonym
groups, the point's words are found with the point's polarity; said the other way round
("可以和对方私了") the rule is turned round. Own examples: a hair salon, a chauffeur service.
"""

from __future__ import annotations

from tests.support.grading import judged, short_answer

PATCH_TEST = short_answer("染发前应如何处理？", "给客人染发前须先在耳后不显眼处试染")
SCRAPE = short_answer("发生剐蹭后代驾司机应怎么做？", "代驾司机不得与对方私下协商，须报告公司")
PRIVATE = short_answer("发生剐蹭后代驾司机应怎么做？", "代驾司机不得与对方私下协商")


def test_an_everyday_word_for_an_inconspicuous_place_states_the_point() -> None:
    judgement, note = judged(PATCH_TEST, "染发之前先在耳后不起眼的地方试一下颜色。")
    assert judgement.ratio == 1, judgement.reason
    assert "要点全部答到" in note


def test_settling_privately_in_two_characters_states_the_point() -> None:
    judgement, _ = judged(PRIVATE, "不能私了。")
    assert judgement.ratio == 1, judgement.reason
    judgement, _ = judged(SCRAPE, "剐蹭了不能私了，要报告公司。")
    assert judgement.ratio == 1, judgement.reason


def test_settling_privately_allowed_is_the_rule_turned_round() -> None:
    judgement, note = judged(SCRAPE, "可以和对方私了，不用报告公司。")
    assert judgement.ratio == 0
    assert "有误（答成：可以和对方私了）" in note
