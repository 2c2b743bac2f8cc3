"""A multiple choice over statements on a material without sections asks about the document as a
whole, and names it once: by its kind and name from its title ("the Lakeside Pool rules", 本守则),
else by its title, never "Which statements about the course material agree with the course
material" (session 13 review) nor 「关于本规程，以下说法符合课程材料的是」."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from tests.support.exam_flow import delivered_exam

POOL_RULES = """Lakeside Pool Rules

1. Children under 12 must be watched by an adult at all times.
2. Lane swimming starts at 6:30 and the pool closes at 21:00.
3. The last entry is 30 minutes before closing.
4. Swimmers with hair longer than 10 cm must wear a swim cap.
5. A locker costs $2 per visit.
6. Food may not be taken onto the pool deck.
7. Lifeguards check the water quality every 2 hours.
"""

BAKERY_RULES = """烘焙坊后厨卫生守则（后厨员工适用）

1. 进入后厨前须洗手消毒，洗手时间不少于20秒。
2. 奶油类原料须在4摄氏度以下冷藏，开封后须在48小时内用完。
3. 烤箱使用后须在10分钟内关闭电源。
4. 面团发酵时间不得超过3小时。
5. 生熟食品不得使用同一块案板。
6. 过期原料须在当天报废，并登记报废数量。
7. 后厨员工每年须体检1次，健康证过期的不得上岗。
8. 地面每2小时清洁一次，垃圾桶须加盖。
"""

TILE_NOTES = """瓷砖铺贴施工要点

1. 铺贴前须把墙面浇水湿润，浇水后2小时内开始铺贴。
2. 砂浆厚度不得超过15毫米。
3. 瓷砖缝隙宽度须保持在2毫米左右。
4. 铺贴完成后24小时内不得踩踏地砖。
5. 阴角处须留出3毫米伸缩缝。
6. 每铺贴10平方米须用水平尺复查一次平整度。
"""


@pytest.mark.parametrize(
    ("material", "named"),
    [
        (POOL_RULES, "Which of these statements agree with the Lakeside Pool rules"),
        (BAKERY_RULES, "下列关于本守则的说法，哪些正确？"),
        (TILE_NOTES, "下列关于“瓷砖铺贴施工要点”的说法，哪些正确？"),
    ],
    ids=["en-rules", "zh-rules-for-whom", "zh-title-of-no-kind"],
)
async def test_the_whole_document_stem_names_the_document_once(
    offline_context: FlowContext, material: str, named: str
) -> None:
    exam = await delivered_exam(offline_context, {"material": material, "multiple_choice": 3})
    stems = [q.stem for q in exam.questions if q.type == "multiple_choice"]
    assert stems
    for stem in stems:
        assert stem.count("course material") + stem.count("课程材料") == 0, stem
        assert stem.startswith(named), stem
