"""Session 22 (H5): exam items that stand alone.

End D14 and T14 (session 21) found a true/false the material's own exception made arguable
(「同一储罐一天内卸油可以超过2次」, key false, while 「如需第3次卸油，须经站长同意」 follows), stems
that lost the condition or the object of the sentence before ("A delivery on another day …",
「比例为每____水加入____」), a figure blank that split its unit ("40 degrees" + "C"), two fill-ins
on one post ("workshop manager" / "manager") and a role option cut out of a clause ('押金全部').

Own materials (not the reviewers' trades): an ice rink's rules (zh) and a planetarium's show
guide (en).
"""

from __future__ import annotations

import pytest

from graphs.exam_generation.false_statements import false_statements
from graphs.exam_generation.material import Material
from graphs.exam_generation.permission_paths import permission_path
from graphs.exam_generation.plausible_flips import check_plausible_flips
from graphs.exams import Question
from graphs.text import analyse

RINK = """溜冰场冰面安全管理规范

一、冰面开放
1. 浇冰车每场次之间浇冰1次，每天浇冰不得超过6次。如需第7次浇冰，须经场馆经理同意。
2. 冰面同时在场人数不得超过120人。
3. 冰面主管不得在开放时段驾驶浇冰车。
4. 课程退款须经运营经理审批。

二、教练课程
5. 私教课每节45分钟，教练须提前10分钟到场。
"""

PLANETARIUM = """Starlight Planetarium: show operations guide

1. Visitors may not take food into the dome. A visitor may bring a baby's bottle with the duty manager's approval.
2. Visitors may not use flash photography in the dome.
3. Ushers must check the emergency exits before every show.
"""


def _flips(text: str) -> list[str]:
    document = analyse(text)
    material = Material.of(document, document.language)
    return [
        p.statement
        for f in material.facts
        for p in false_statements(f, material.facts, text, material.zh)
        if p.kind == "modality"
    ]


def test_a_prohibition_the_material_lets_be_lifted_is_never_flipped() -> None:
    zh = _flips(RINK)
    assert not any("浇冰可以超过" in s for s in zh), zh
    # Look-alikes with no permission path nearby keep their flip.
    assert "冰面同时在场人数可以超过120人。" in zh
    assert "冰面主管可以在开放时段驾驶浇冰车。" in zh
    en = _flips(PLANETARIUM)
    assert not any("may take food" in s for s in en), en
    assert "Visitors may use flash photography in the dome." in en


@pytest.mark.parametrize(
    ("quote", "text", "zh", "found"),
    [
        ("浇冰车每场次之间浇冰1次，每天浇冰不得超过6次。", RINK, True, True),
        ("冰面同时在场人数不得超过120人。", RINK, True, False),
        ("冰面主管不得在开放时段驾驶浇冰车。", RINK, True, False),
        ("Visitors may not take food into the dome.", PLANETARIUM, False, True),
        ("Visitors may not use flash photography in the dome.", PLANETARIUM, False, False),
        (
            "No more than 3 shows may run each day, unless the operations manager approves a "
            "fourth.",
            "No more than 3 shows may run each day, unless the operations manager approves a "
            "fourth.",
            False,
            True,
        ),
    ],
)
def test_the_permission_path_is_found_beside_its_rule_only(
    quote: str, text: str, zh: bool, found: bool
) -> None:
    assert (permission_path(quote, text, zh) is not None) is found


def test_the_validators_refuse_the_flip_from_any_writer() -> None:
    flipped = "浇冰车每场次之间浇冰1次，每天浇冰可以超过6次。"
    item = Question(
        type="true_false", stem="判断正误：" + flipped, answer=["false"], source_quote=flipped
    )
    assert check_plausible_flips(item, RINK, "zh")
    fair = "冰面同时在场人数可以超过120人。"
    item = Question(
        type="true_false", stem="判断正误：" + fair, answer=["false"], source_quote=fair
    )
    assert check_plausible_flips(item, RINK, "zh") == []
