"""A noun jieba glued to the next noun's first character is read as the two nouns (session 20 end
teacher T13: "跌倒后两小时内要通知家属" was "未答到" for a point 「跌倒事件必须在2小时内通知老人家属」,
read as 老人家 + 属, so 家属 was never found)."""

from __future__ import annotations

import pytest

from graphs.exam_grading.point_terms import tokens_with_offsets


def _words(text: str) -> list[str]:
    return [token.word for _, token in tokens_with_offsets(text, "zh")]


def test_the_glued_family_is_two_nouns() -> None:
    words = _words("护理员必须在2小时内通知老人家属")
    assert "家属" in words and "老人" in words, words


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("交给老人家保管", "老人家"),  # the next token is a word of its own
        ("老人家里有事", "老人家"),  # 里 is a locality word, not a noun's first character
    ],
)
def test_a_noun_with_no_glued_neighbour_is_kept(text: str, kept: str) -> None:
    assert kept in _words(text), _words(text)
