"""A short answer in everyday words with its figures on the right nouns (session 24, issue 11).

The lead's 旱冰场 FAQ: 「十岁以上能自己滑，小一点的要大人带着，一个大人最多带两个小孩。」 is 5/5 for a
teacher and was 0/5: 一个 (the adults) was read as a wrong value of 2名 (the children): a figure is
compared only with the figure of the same counted thing (figure_subjects.counts_another_thing);
小一点的 after 十岁以上 is 十岁以下的 (relative_figures.py); 自己滑, the stem's own words for the
point's 单独入场, states it as the question put it (stem_words.py). 大人 / 小孩 are 成人 / 儿童.
Own example: a children's swimming pool.
"""

from __future__ import annotations

from graphs.context import FlowContext
from graphs.exams import Language, Question
from tests.support.grading import graded_paper, short_answer

POOL_ZH = short_answer(
    "同事问：“多大的孩子可以自己游？”按课程材料应如何回答？请写出全部两条规定（写明年龄和人数）。",
    "12岁及以上的孩子可以单独下水",
    "12岁以下的须有成人陪同，一名成人最多看护3名儿童",
)
POOL_EN = short_answer(
    "A colleague asks: how old must a child be to swim on their own? Give both rules.",
    "Children aged 12 and over may swim without an adult",
    "Children under 12 must be accompanied by an adult, "
    "and one adult may supervise at most 3 children",
)
GUARDIANS_ZH = short_answer(
    "同事问：“多大的孩子可以自己游？”按课程材料应如何回答？",
    "12岁及以上的孩子可以单独下水",
    "12岁以下的须有监护人陪同，一名监护人最多看护3名儿童",
)


async def _graded(
    question: Question, answer: str, context: FlowContext, language: Language
) -> tuple[float, str]:
    results = await graded_paper(
        [question], {"1": answer}, context, title="pool", language=language
    )
    return results[1]["score"] / results[1]["max_score"], results[1]["review"]


async def test_everyday_words_in_the_stems_terms_state_both_rules(
    offline_context: FlowContext,
) -> None:
    answer = "十二岁以上能自己游，小一点的要大人带着，一个大人最多看三个小孩。"
    ratio, note = await _graded(POOL_ZH, answer, offline_context, "zh")
    assert ratio == 1.0, note
    assert "有误" not in note and "一个" not in note, note


async def test_a_wrong_count_of_the_children_is_the_one_named(
    offline_context: FlowContext,
) -> None:
    answer = "十二岁以上能自己游，小一点的要大人带着，一个大人最多看四个小孩。"
    ratio, note = await _graded(POOL_ZH, answer, offline_context, "zh")
    assert ratio == 0.75, note
    assert "答成：四个，要点为3名" in note, note


async def test_the_stems_words_alone_state_the_first_rule(offline_context: FlowContext) -> None:
    ratio, note = await _graded(POOL_ZH, "十二岁以上能自己游。", offline_context, "zh")
    assert ratio == 0.5, note
    assert "(1) 已答到" in note, note


async def test_one_of_another_noun_is_no_wrong_count(offline_context: FlowContext) -> None:
    answer = "十二岁以上能自己游，一个家长最多看三个娃。"
    ratio, note = await _graded(GUARDIANS_ZH, answer, offline_context, "zh")
    assert "有误" not in note and "一个" not in note, note
    assert ratio == 0.5, note  # 家长 and 娃 are not the point's 监护人 and 儿童: (2) left out


async def test_younger_ones_after_twelve_and_over_en(offline_context: FlowContext) -> None:
    answer = (
        "Kids 12 and over can swim without an adult; younger ones must be accompanied by a "
        "grown-up, one adult supervises at most three kids."
    )
    ratio, note = await _graded(POOL_EN, answer, offline_context, "en")
    assert ratio == 1.0, note
