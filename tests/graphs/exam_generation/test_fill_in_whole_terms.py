"""Fill-in keys are whole terms as the material uses them: no adverb glued to a noun (货品原本), no
position word read as a figure (车辆四周 is "around the vehicle", not four weeks), a role keyed by
the name the material uses bare (装卸员, not 物流车装卸员 said once), and no two fill-ins of one exam
on the same key. Own material: a warehouse's goods-receiving procedure."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.exam_generation.fill_keys import as_the_material_says, check_fill_key_repeated
from graphs.exams import Question
from graphs.text import analyse
from graphs.text.anchors import Anchor
from graphs.text.facts import facts_for
from graphs.text.terms import NUMBER_PATTERN
from tests.support.exam_flow import delivered_exam

RECEIVING = """# 仓库收货作业规程

## 一、进库
1. 车辆进库前，由当班组长检查车辆四周，确认2米范围内无人员后方可启动。
2. 货物入库时，仓管员须与物流车装卸员共同核对《入库单》上的货品名称和数量。
3. 每托货物重量不得超过1.5吨，堆放高度不得超过3层。

## 二、卸货
4. 卸货全过程必须由叉车工和装卸员两人同时在场，任何一人不得离开。
5. 发现货品原本已有破损，须当场拍照并告知仓管员确认。
6. 卸货区地面湿滑时，须暂停卸货并由保洁员清理。
7. 冷链货品须在到货后20分钟内移入冷库。

## 三、离库
8. 车辆离库前，装卸员须再次清点空托盘数量。
9. 仓管员须在30分钟内完成系统登记，登记记录保存期限为一年。
"""


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("在卸货区四周摆放警示锥", []),
        ("检查车辆四周，确认无人", []),
        ("培训为期四周。", ["四周"]),
        ("须在四周内完成", ["四周"]),
        ("每两周盘点一次", ["两周"]),
    ],
)
def test_four_weeks_is_a_figure_only_where_it_counts(text: str, figures: list[str]) -> None:
    assert [m.group() for m in NUMBER_PATTERN.finditer(text)] == figures


def test_no_anchor_glues_an_adverb_or_a_position_to_a_term() -> None:
    anchors = [a.text for f in facts_for(analyse(RECEIVING)) for a in f.anchors]
    assert not [a for a in anchors if "原本" in a or "四周" in a], anchors


def _role(text: str) -> Anchor:
    return Anchor(
        text=text, start=0, end=len(text), role="role", word_class="noun", semantic="role"
    )


def test_a_role_is_keyed_by_the_name_the_material_uses_bare() -> None:
    assert as_the_material_says(_role("物流车装卸员"), RECEIVING).text == "装卸员"
    # 值班 is a verb: 值班药师 is a kind of pharmacist, its own term.
    pharmacy = "夜间由值班药师负责发药。药师须核对处方。"
    assert as_the_material_says(_role("值班药师"), pharmacy).text == "值班药师"
    # Said twice, the compound is the material's name for the role.
    twice = "设备主管负责维修。故障须报设备主管。主管不在时由店长处理。"
    assert as_the_material_says(_role("设备主管"), twice).text == "设备主管"
    # 区域经理 is no bare 经理: the key stays whole.
    regional = "门店经理负责排班。区域经理每月巡店一次。"
    assert as_the_material_says(_role("门店经理"), regional).text == "门店经理"


def test_a_second_fill_in_on_the_same_key_is_refused() -> None:
    def fill(stem: str, key: str) -> Question:
        return Question(
            type="fill_blank",
            stem=stem,
            answer=[key],
            explanation="See the source.",
            knowledge_point="Deliveries",
            source_quote=stem,
        )

    first = fill("Fill in the blank: The ____ signs the delivery note.", "driver's mate")
    second = fill("Fill in the blank: The ____ counts the pallets.", "Driver's mate")
    other = fill("Fill in the blank: The ____ checks the seals.", "yard supervisor")
    assert check_fill_key_repeated(second, [first])
    assert not check_fill_key_repeated(other, [first])
    # The same figure in two rules is two facts to recall.
    book = fill("Fill in the blank: Book the lift ____ ahead.", "2 hours")
    arrive = fill("Fill in the blank: Arrive within ____ of the call.", "2 hours")
    assert not check_fill_key_repeated(arrive, [book])


async def test_fill_ins_key_whole_terms_once_each(offline_context: FlowContext) -> None:
    exam = await delivered_exam(
        offline_context, {"material": RECEIVING, "fill_blank": 6, "true_false": 2}
    )
    keys = [k for q in exam.questions if q.type == "fill_blank" for k in q.answer]
    assert len(keys) >= 4, exam.shortfall
    assert len(keys) == len(set(keys)), keys
    assert not [k for k in keys if "原本" in k or k == "四周" or k == "物流车装卸员"], keys
