"""The modality of a rule's clause (forbidden / permitted) and when an answer flips it."""

from __future__ import annotations

import pytest

from graphs.exam_grading.modality import Modality, flips, modality
from graphs.exams import Language


@pytest.mark.parametrize(
    ("clause", "language", "expected"),
    [
        ("前台员工不得在电话中替会员查询储值余额", "zh", "forbidden"),
        ("前台不可以电话查余额", "zh", "forbidden"),
        ("前台不能在电话里帮会员查余额", "zh", "forbidden"),
        ("前台可以在电话里直接告诉会员余额", "zh", "permitted"),
        ("会员每月可带1名同伴入场", "zh", "permitted"),
        ("这可能是系统问题", "zh", None),
        ("会员须本人持身份证办理挂失", "zh", None),
        ("staff must not give out a member's balance", "en", "forbidden"),
        ("staff may not give out the balance", "en", "forbidden"),
        ("members cannot check it in the app", "en", "forbidden"),
        ("staff can tell members their balance", "en", "permitted"),
        ("staff are allowed to read it out", "en", "permitted"),
        ("staff are not allowed to read it out", "en", "forbidden"),
        ("trips abroad need approval from a director", "en", None),
    ],
)
def test_reads_a_clauses_modality(clause: str, language: Language, expected: str | None) -> None:
    assert modality(clause, language) == expected


@pytest.mark.parametrize(
    ("point", "clauses", "flipped"),
    [
        ("forbidden", ["permitted"], True),
        ("permitted", ["forbidden", None], True),
        ("forbidden", ["permitted", "forbidden"], False),  # stated the point's way somewhere
        ("forbidden", [None], False),
        (None, ["permitted"], False),
    ],
)
def test_flips(point: Modality | None, clauses: list[Modality | None], flipped: bool) -> None:
    assert flips(point, clauses) is flipped
