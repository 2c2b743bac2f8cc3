"""A clause or term of a tagged sentence is tagged from the sentence's tokens, never by jieba
again, and always exactly as jieba would tag it alone."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import jieba.posseg
import pytest

from graphs.text.segment import clear_tags, tokenize, warm_up

SENTENCES = (
    "宠物寄养须提前一天来店登记，店员应当核对疫苗证明。",
    "会员来店自提商品时须出示取货码。",
    "员工每天下班前须把收银台的零钱放回保险柜。",
    "收银员交班时须当面清点备用金并签字确认。",
)
_JIEBA_LCUT = jieba.posseg.lcut


@pytest.fixture
def jieba_calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The texts handed to jieba's posseg while the test runs."""
    warm_up()
    clear_tags()
    calls: list[str] = []
    real: Callable[..., Any] = _JIEBA_LCUT

    def counting(text: str, *args: Any, **kwargs: Any) -> Any:
        calls.append(text)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(jieba.posseg, "lcut", counting)
    yield calls
    clear_tags()


def _alone(text: str) -> list[tuple[str, str]]:
    return [(pair.word, pair.flag) for pair in _JIEBA_LCUT(text)]


def test_a_clause_and_a_term_of_a_tagged_sentence_are_not_tagged_again(
    jieba_calls: list[str],
) -> None:
    tokenize(SENTENCES[0], "zh")
    clause = tokenize("店员应当核对疫苗证明", "zh")
    term = tokenize("疫苗证明", "zh")
    assert jieba_calls == [SENTENCES[0]]
    assert [(t.word, t.pos) for t in clause] == _alone("店员应当核对疫苗证明")
    assert [(t.word, t.pos) for t in term] == [("疫苗", "n"), ("证明", "n")]


def test_a_cut_inside_a_run_of_one_character_words_is_tagged_by_jieba(
    jieba_calls: list[str],
) -> None:
    # jieba reads 来店自提 as one run of single characters (自 a preposition there); 店自 alone is
    # another run, in which 自 is a pronoun: the sentence's tokens would tag it wrong.
    tokenize(SENTENCES[1], "zh")
    piece = tokenize("店自", "zh")
    assert jieba_calls == [SENTENCES[1], "店自"]
    assert [(t.word, t.pos) for t in piece] == _alone("店自")


@pytest.mark.parametrize("sentence", SENTENCES)
def test_every_piece_between_token_boundaries_is_tagged_as_jieba_tags_it_alone(
    sentence: str, jieba_calls: list[str]
) -> None:
    bounds = [0]
    for token in tokenize(sentence, "zh"):
        bounds.append(bounds[-1] + len(token.word))
    pieces = {sentence[start:end] for i, start in enumerate(bounds) for end in bounds[i + 1 :]}
    for piece in sorted(pieces):
        assert [(t.word, t.pos) for t in tokenize(piece, "zh")] == _alone(piece), piece
    assert len(jieba_calls) < len(pieces) / 2  # most pieces sliced from the sentence
