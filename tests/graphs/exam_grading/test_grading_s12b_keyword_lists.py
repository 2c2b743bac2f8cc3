"""Session 12 (issue 11), held-out teacher T3 (W1-7, W2-7): bare keyword lists read alike.

「警示牌 急停 安全带」 gave one point 只列出关键词 and two 未答到 for the same kind of keyword (one
word of each point's own); 「晨检、电话、证明」 was read as a statement and got no keyword label. She
gives a list a little for every point it names. Own examples, another trade: a restaurant kitchen.
"""

from __future__ import annotations

from graphs.exam_grading.keyword_lists import is_keyword_list
from tests.support.grading import judged
from tests.support.grading import short_answer as _item

KITCHEN = _item(
    "后厨安全有什么规定？",
    "切配生食和熟食必须使用不同颜色的砧板",
    "油炸锅油温不得超过180℃",
    "下班前必须关闭燃气总阀",
)


def test_a_list_names_every_point_whose_own_word_it_gives() -> None:
    judgement, note = judged(KITCHEN, "砧板 油温 总阀")
    assert note.count("只列出关键词") == 3 and "未答到" not in note, note
    assert 0 < judgement.ratio <= 0.2, judgement.reason


def test_a_point_none_of_whose_words_are_listed_is_missing() -> None:
    judgement, note = judged(KITCHEN, "砧板、总阀")
    assert note.count("只列出关键词") == 2, note
    assert "未答到：油炸锅油温不得超过180℃" in note, note
    assert 0 < judgement.ratio < 0.2, judgement.reason


def test_two_character_words_joined_by_dun_are_a_list() -> None:
    assert is_keyword_list("夜检、砧板、总阀", "zh")  # 夜检 was read as 夜 and the verb 检
    # a verb with its object is still a terse statement, not a keyword
    assert not is_keyword_list("关燃气、换砧板", "zh")
