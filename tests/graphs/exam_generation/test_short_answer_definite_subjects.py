"""A short answer asked whole names a definite subject and a true count (session 14 reviewers:
「关于估值，课程材料有哪些规定」, 「关于完成，课程材料有哪些规定？」, 「请写出全部两条」 where the
material has more on it, a hint naming 次数 that no point holds). Through the real flow, on
materials written for these tests (a tailor's and a greenhouse's numbered procedures)."""

from __future__ import annotations

import re

from graphs.context import FlowContext
from graphs.exam_generation.subject_groups import subject_groups
from graphs.text import analyse
from tests.support.exam_flow import delivered_exam

TAILOR = (
    "# 锦衣裁缝店改衣操作规程\n\n"
    "1. 接单时由前台登记顾客姓名、电话和取衣日期，并开具取衣单。\n"
    "2. 皮衣、礼服不提供改衣服务，须转交合作工坊处理。\n"
    "3. 基础西装含1次试穿、1次免费熨烫；礼服套餐含3次试穿、2次免费熨烫。\n"
    "4. 试穿须由主裁缝师陪同；未满16周岁的顾客须由家长陪同试穿。\n"
    "5. 单件面料价值超过5000元的订单，必须由主裁缝师亲自裁剪；面料价值在5000元以下的，"
    "可由助理裁剪，但须经店长签字同意。\n"
    "6. 店内禁止吸烟，缝纫区禁止饮食。\n"
    "7. 成衣做好后，店员须在24小时内电话通知顾客取衣。\n"
    "8. 顾客超过60天未取的衣物，本店不再承担保管责任。\n"
)

GREENHOUSE = (
    "# 绿野温室换盆服务规程\n\n"
    "1. 顾客送来的盆栽由前台登记品种和盆径，并拍照存档。\n"
    "2. 普通盆栽换盆3个工作日内完成；大型盆景换盆7个工作日内完成，加收原价的40%。\n"
    "3. 兰花、多肉不提供加急服务，须交给园艺师单独处理。\n"
    "4. 换盆用土由园艺师按品种配制，不得使用园土。\n"
    "5. 换好的盆栽须在温室缓苗2天后才能交给顾客。\n"
    "6. 顾客超过30天未取的盆栽，本店不再负责养护。\n"
)

_WHOLE = re.compile(
    r"^关于(?P<subject>[^，]+)，课程材料有哪些规定？请写出全部(?P<count>[两三四])条"
)
_COUNT = {"两": 2, "三": 3, "四": 4}


async def test_a_measure_a_counted_thing_or_the_rules_verb_is_no_subject(
    offline_context: FlowContext,
) -> None:
    """Before: 「关于面料价值，课程材料有哪些规定？请写出全部两条」 (the rules are on who cuts the
    cloth, the value only sets the case) and 「关于完成，…」 (the verb of 「…3个工作日内完成」)."""
    for material in (TAILOR, GREENHOUSE):
        exam = await delivered_exam(
            offline_context,
            {"material": material, "single_choice": 2, "fill_blank": 2, "short_answer": 2},
        )
        stems = [q.stem for q in exam.questions if q.type == "short_answer"]
        whole = [_WHOLE.match(s) for s in stems]
        assert not any(w and w["subject"] in ("面料价值", "完成") for w in whole), stems
        # 「（1）皮衣、礼服不提供改衣服务有什么规定？」: a clause asked as if it were a subject
        assert not any(re.search(r"不[^（）？]*有什么规定", s) for s in stems), stems
        assert not {g.subject for g in subject_groups(analyse(material))} & {
            "面料价值",
            "次免费熨烫",
            "完成",
            "换盆",
        }


FLOWER_SHOP = (
    "# 绿野温室花卉零售条款\n\n"
    "第一条 价格\n"
    "精品兰花每盆售价不低于300元。每增加一个礼盒包装收费20元。\n\n"
    "第二条 售后\n"
    "精品兰花售出后7天内开败的，可免费换一盆。精品兰花换盆须在售出后15天内到店办理。\n\n"
    "第三条 送货\n"
    "绿植在下单后3个工作日内送达；精品兰花在顾客付款后5个工作日内送达。"
    "送货由物流部安排，签收后发现破损的，可在2天内申请补发。\n"
)


async def test_a_whole_ask_counts_every_rule_on_its_subject(offline_context: FlowContext) -> None:
    """Before: 「售出后」 and 「个工作日内送达」 were subjects (a time word, a figure's tail), and
    「关于售出后…请写出全部两条」 asked two of the four rules on 精品兰花. A whole ask's count is
    every sentence of the material naming its subject."""
    document = analyse(FLOWER_SHOP)
    assert not {g.subject for g in subject_groups(document)} & {"售出后", "个工作日内送达"}
    exam = await delivered_exam(
        offline_context, {"material": FLOWER_SHOP, "true_false": 2, "short_answer": 2}
    )
    for q in exam.questions:
        found = _WHOLE.match(q.stem)
        if found is not None:
            naming = [s for s in document.sentences if found["subject"] in s.text]
            assert _COUNT[found["count"]] == len(naming), (q.stem, [s.text for s in naming])
