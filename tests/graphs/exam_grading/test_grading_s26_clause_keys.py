"""Session 26: a fill-in key that is a clause (a place, an act, its object).

A key the generator cut from a clause ("____" for 「门口X池踏鞋底」, 「在____翻新标志」 keyed
「胎侧烙印本厂」) was 0 （用词不对） for the clause said with its verb's near verb and a locative
(踩 for 踏, 池里 for 池), and for its place alone (session 26 teacher T19). Now two one-character
verbs that together make one dictionary verb (踩踏, 堆放) are one act, unless they are opposites
(装卸, 收发); a locative (里, 内, 中) after a place adds nothing; and the place a 在 before the
blank asks for, said alone, is half the blank: the fact, without what is done there. Own course:
a coastal salt works (盐田).
"""

from __future__ import annotations

import pytest

from tests.support.grading import fill_blank, judged

STEM_BOOTS = "填空：盐工进入结晶池前须在池边____，再换上胶靴。"
STEM_SACKS = "填空：收盐后须在____，并挂上批次牌。"


@pytest.mark.parametrize(
    ("stem", "key", "answer"),
    [
        (STEM_BOOTS, "清水槽踏靴底", "清水槽里踩靴底"),
        (STEM_BOOTS, "清水槽踏靴底", "清水槽踩靴底"),
        (STEM_BOOTS, "清水槽踏靴底", "清水槽内踏靴底"),
        (STEM_SACKS, "仓棚北侧堆放盐包", "仓棚北侧里堆盐包"),
    ],
)
def test_the_clause_said_with_a_near_verb_and_a_locative(stem: str, key: str, answer: str) -> None:
    judgement, note = judged(fill_blank(stem, key), answer)
    assert judgement.ratio == 1, note


@pytest.mark.parametrize(
    ("stem", "key", "answer"),
    [
        (STEM_BOOTS, "清水槽踏靴底", "清水槽擦靴底"),  # another act
        (STEM_BOOTS, "清水槽踏靴底", "泥水槽踩靴底"),  # another place
        (STEM_SACKS, "仓棚北侧装盐包", "仓棚北侧卸盐包"),  # opposites
    ],
)
def test_another_act_or_place_is_still_wrong(stem: str, key: str, answer: str) -> None:
    judgement, note = judged(fill_blank(stem, key), answer)
    assert judgement.ratio == 0, note


def test_the_place_alone_is_half() -> None:
    judgement, note = judged(fill_blank(STEM_SACKS, "仓棚北侧烙印编号"), "仓棚北侧")
    assert judgement.ratio == 0.5, note
    judgement, note = judged(fill_blank(STEM_BOOTS, "清水槽踏靴底"), "清水槽")
    assert judgement.ratio == 0.5, note


@pytest.mark.parametrize(
    "stem", ["填空：盐工每班须把____交给班长。", "填空：盐工每班须在____上签字。"]
)
def test_the_place_alone_is_nothing_where_no_place_is_asked(stem: str) -> None:
    judgement, note = judged(fill_blank(stem, "卤水比重记录"), "卤水")
    assert judgement.ratio < 0.5, note
