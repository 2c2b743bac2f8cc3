"""Session 25 (F3): plain rules the facts reader passed over are facts.

The session 25 designer's m3 note said it "尚不能出题" of 「违反者一经查实，退还财物并罚款 2000 元」,
the highest-stakes rule of the material, and the lead's oil mill listed 「顾客现场购油每人每次限购
20斤」 and 「成品油灌装后贴好标签，注明生产日期和批次号」 the same way. Three causes: a ban on things it
lists (「严禁…收受红包、礼品等财物」) was taken for a bare list the sanction after it leans on, so the
sanction was dropped; 斤 and 吨, masses units.py measures, were no figure units; a step of the
routine whose time clause has no comma before its verb (「…磨好后装入刀套」) was no duty.

Own material (not the reviewers'): a knife-sharpening shop's staff rules (zh).
"""

from __future__ import annotations

import pytest

from graphs.exam_generation.unread_rules import unread_rules
from graphs.text import analyse
from graphs.text.duties import states_duty
from graphs.text.facts import facts_for
from graphs.text.lexicon import Lexicon

KNIVES = """# 快刃磨刀铺 店员守则

## 一、收刀与交刀
1. 收刀时须当面检查刀身有无裂纹，并在《收刀登记簿》上写明顾客姓名和刀具数量。
2. 刀具磨好后装入刀套，贴好标签，注明顾客姓名和取件日期；标签只能由店长填写。
3. 取件超过 30 天未取的，每天加收保管费 2 元。

## 二、送磨
4. 每位顾客每次送磨的刀具总重不超过 10 斤。
5. 普通菜刀每把收费 15 元，剪刀每把收费 10 元。

## 三、纪律
6. 严禁店员收受顾客的红包、礼品等财物。违反者一经查实，退还财物并罚款 800 元；情节严重的予以辞退。
7. 当班店员对本班收刀、交刀负直接责任。
"""


def _facts() -> dict[str, tuple[str, ...]]:
    return {f.text: tuple(a.text for a in f.anchors) for f in facts_for(analyse(KNIVES))}


def test_a_sanction_after_a_ban_on_listed_things_is_a_fact() -> None:
    facts = _facts()
    sanction = next((t for t in facts if "罚款 800 元" in t), None)
    assert sanction is not None, list(facts)
    # stated with the ban it sanctions: 违反者 are those who broke it
    assert sanction.startswith("严禁店员收受顾客的红包、礼品等财物。违反者"), sanction
    assert "800 元" in facts[sanction]


def test_a_limit_in_jin_is_a_figure() -> None:
    facts = _facts()
    limit = next((t for t in facts if "10 斤" in t), None)
    assert limit is not None, list(facts)
    assert "10 斤" in facts[limit]


def test_a_step_whose_verb_follows_its_time_at_once_is_a_duty() -> None:
    facts = _facts()
    assert any(t.startswith("刀具磨好后装入刀套") for t in facts), list(facts)


def test_the_note_no_longer_calls_them_unaskable() -> None:
    unread = " ".join(unread_rules(analyse(KNIVES)))
    for rule in ("罚款 800 元", "10 斤", "装入刀套"):
        assert rule not in unread, unread


@pytest.mark.parametrize(
    "text",
    ["营业时间为每天9点至18点。", "雨天时路面湿滑。", "周末时顾客较多。", "开业前三天全场八折。"],
)
def test_a_time_with_no_order_after_it_is_no_duty(text: str) -> None:
    """Without its comma a time clause still needs an order's verb after it: 时 of 营业时间 and a
    state after the time (路面湿滑) are none."""
    assert not states_duty(text, "zh", Lexicon.of(text, "zh"))
