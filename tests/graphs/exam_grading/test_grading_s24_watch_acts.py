"""Two words of one act of watching over are one word in a fill-in (session 24 teacher T17, e3
strong Q4: 「仓外看护」 got 0/2 用词不对 for 仓外监护, a plain synonym). watch_acts.py reads a
watching morpheme before a guarding head (看护, 监护, 守护, 照看); acts that only share the head
(保护, 维护) or another head (监管) stay wrong. Own trade: a seed warehouse's fumigation watch."""

from __future__ import annotations

import pytest

from graphs.exams import Question
from tests.support.grading import fill_blank, judged

GUARD = fill_blank("熏蒸期间须安排专人____，严禁无关人员靠近。", "仓外监护")
WATCH = fill_blank("夜间出苗试验区由值班员在棚外____。", "看护")


@pytest.mark.parametrize(
    ("item", "answer"),
    [(GUARD, "仓外看护"), (GUARD, "仓外守护"), (GUARD, "仓外照看"), (WATCH, "监护")],
)
def test_a_word_of_the_same_watch_is_the_key(item: Question, answer: str) -> None:
    judgement, note = judged(item, answer)
    assert judgement.ratio == 1.0, note


@pytest.mark.parametrize("answer", ["仓外保护", "仓外维护", "仓外监管", "仓外不用看护"])
def test_another_act_or_the_watch_denied_stays_wrong(answer: str) -> None:
    judgement, note = judged(GUARD, answer)
    assert judgement.ratio < 1.0, note
