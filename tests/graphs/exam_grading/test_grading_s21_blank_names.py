"""A fill-in that names what the key names, as a teacher marks it (session 20 end teacher T13:
「医生和护士」「医生」 for 医护人员, "Receptionists" and "front desk staff" for "Reception staff",
「豆子」 for 咖啡豆 all 0 用词不对; designer D13: 煤气味 for 燃气味).

A key for a group is matched by its members (role_families.py: every member is the key, some
are their share with a note of who is left out); a post's everyday names and English plurals fold
to one (synonyms.yaml, word_forms.in_singular); a compound key's head alone is the key where the
exam's other items show the material is about its modifier, else half (topic_heads.py). Another
figure, an opposite, another role of the same kind and a person outside the group stay 0.
Own trades: a swimming pool, a hotel, a hotpot kitchen, a chocolate workshop, a Pu'er tea shop
(zh); a gym, a hotel, a pharmacy, a cocoa workshop (en)."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.exams import Question
from tests.support.grading import fill_blank, graded_report, judged

POOL = fill_blank("溺水者被救上岸后，救生员须持续心肺复苏，直到____赶到。", "医护人员")
HOTEL_ZH = fill_blank("客人寄存贵重物品须由____登记并开具寄存单。", "前台")
HOTPOT = fill_blank("后厨闻到____时，须立即关闭总阀并开窗通风，不得开关电器。", "燃气味")
DEADLINE = fill_blank("会员须在____内提出退款申请。", "3个工作日")
MUST = fill_blank("救生员离岗前____向值班经理报告。", "必须")
DUTY = fill_blank("泳池水质异常时，由____决定是否闭馆。", "值班经理")
NURSE = fill_blank("晕倒的学员由____先做初步检查。", "护士")
GYM = fill_blank(
    "If a member collapses on the gym floor, staff must call ____ at once.", "medical staff"
)
HOTEL_EN = fill_blank(
    "Guests' parcels are signed for by ____ and kept in the back office.", "front desk staff"
)
POOL_EN = fill_blank("Only ____ may open the pool gate before 7 am.", "lifeguard")
KIT = fill_blank("Every coach must carry a ____ on outdoor sessions.", "first aid kit")
PORTAL = fill_blank("Refill requests are taken ____ only.", "online")
LOCKERS = fill_blank("____ hand out the locker keys at the gym's entrance.", "reception staff")
CHEMIST = fill_blank("Only the ____ may hand over prescription medicine.", "pharmacist")


@pytest.mark.parametrize(
    ("question", "answer", "credit", "label"),
    [
        # a group's members, its other name: the key
        (POOL, "医生和护士", 1.0, ""),
        (POOL, "医生、护士", 1.0, ""),
        (POOL, "医务人员", 1.0, ""),
        (GYM, "doctors and nurses", 1.0, ""),
        (GYM, "a doctor or a nurse", 1.0, ""),
        # some of the members: their share, the note naming who is left out
        (POOL, "医生", 0.5, "只写了医生，还应包括护士"),
        (POOL, "护士们", 0.5, "只写了护士们，还应包括医生"),
        (GYM, "a doctor", 0.5, "also nurse"),
        (GYM, "nurses", 0.5, "also doctor"),
        # one post's everyday names, English plurals and hyphens
        (HOTEL_ZH, "前台人员", 1.0, ""),
        (HOTEL_ZH, "接待员", 1.0, ""),
        (HOTEL_EN, "receptionists", 1.0, ""),
        (HOTEL_EN, "Reception", 1.0, ""),
        (HOTEL_EN, "front-desk staff", 1.0, ""),
        (POOL_EN, "lifeguards", 1.0, ""),
        (KIT, "first-aid kits", 1.0, ""),
        (KIT, "first aid box", 1.0, ""),
        # an everyday synonym
        (HOTPOT, "煤气味", 1.0, ""),
        # the head of a role that is a word for anyone on the staff: which staff is left out
        (LOCKERS, "staff", 0.5, "lacks the word that says which"),
        (LOCKERS, "the receptionists", 1.0, ""),
    ],
)
def test_a_blank_that_names_what_the_key_names_earns_what_a_teacher_gives(
    question: Question, answer: str, credit: float, label: str
) -> None:
    judgement, note = judged(question, answer)
    assert judgement.ratio == credit, judgement.reason
    assert "用词不对" not in note and "not the key's word" not in note, note
    if label:
        assert label in note, note


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (POOL, "家长"),  # a person outside the group
        (POOL, "保安和医生"),  # a member beside someone outside it
        (POOL, "护士长"),  # a member's rank
        (GYM, "the trainer"),
        (GYM, "doctors and trainers"),
        (HOTEL_ZH, "后厨"),  # the other end of the house
        (HOTEL_ZH, "保洁员"),
        (HOTEL_EN, "housekeeping"),
        (HOTEL_EN, "back office staff"),
        (HOTPOT, "烟味"),  # another smell
        (DEADLINE, "5个工作日"),  # another figure, however close
        (DEADLINE, "13个工作日"),
        (MUST, "不得"),  # the opposite
        (PORTAL, "offline"),
        (DUTY, "店长"),  # another role of the same kind
        (NURSE, "医生"),  # another member of the group the key belongs to
        (CHEMIST, "pharmacy assistant"),
        (CHEMIST, "pharmacists' assistants"),
    ],
)
def test_another_person_figure_or_opposite_stays_wrong(question: Question, answer: str) -> None:
    judgement, _ = judged(question, answer)
    assert judgement.ratio == 0.0, judgement.reason


def _numbered(questions: list[Question]) -> list[Question]:
    return [q.model_copy(update={"number": n}) for n, q in enumerate(questions, start=1)]


# A chocolate workshop's exam: its other items name 可可 (the material's subject) and call the
# beans 豆 alone; a grocer's names 黄豆 beside 可可豆 (another bean); a one-item exam shows
# nothing of the material.
BEANS_ZH = fill_blank("本坊____开箱后须在48小时内放入恒温库。", "可可豆")
CHOCOLATE = _numbered(
    [
        BEANS_ZH,
        fill_blank("可可脂含量不低于____的才能标为黑巧克力。", "35%"),
        fill_blank("调温时可可液温度不得超过____。", "50℃"),
        fill_blank("成品须存放在____以下的环境中。", "18℃"),
        fill_blank("发酵后的豆须晒至含水率____以下。", "7%"),
    ]
)
# The same items but none that calls the beans 豆 alone: the material never says it that way.
NEVER_ALONE = CHOCOLATE[:4]
GROCER = _numbered(
    [
        BEANS_ZH,
        fill_blank("可可粉开封后须在____内用完。", "30天"),
        fill_blank("可可脂须单独存放在____。", "冷库"),
        fill_blank("黄豆须存放在____的货架上。", "离地15厘米"),
    ]
)
TEA = fill_blank("本店出售的____均标注年份与仓储地。", "普洱茶")
PUER = _numbered(
    [
        TEA,
        fill_blank("普洱生茶存放须避光、防潮，湿度不超过____。", "70%"),
        fill_blank("普洱熟茶冲泡水温为____。", "100℃"),
        fill_blank("拆开的茶须密封保存，不超过____。", "1年"),
    ]
)
BEANS_EN = fill_blank("Our ____ are stored at 16 to 18 degrees.", "cocoa beans")
COCOA = _numbered(
    [
        BEANS_EN,
        fill_blank("Cocoa butter must be tempered to ____ degrees.", "31"),
        fill_blank("Cocoa nibs are roasted for ____ minutes.", "20"),
        fill_blank("Beans must be turned every ____ hours while drying.", "6"),
    ]
)


@pytest.mark.parametrize(
    ("questions", "answer", "language", "marks", "label"),
    [
        (CHOCOLATE, "豆子", "zh", 2.0, ""),  # the workshop's beans are cocoa beans
        (CHOCOLATE, "豆", "zh", 2.0, ""),
        (PUER, "茶", "zh", 2.0, ""),
        (COCOA, "beans", "en", 2.0, ""),
        (GROCER, "豆子", "zh", 1.0, "缺少限定词"),  # 黄豆 too: which beans
        (NEVER_ALONE, "豆子", "zh", 1.0, "缺少限定词"),  # the material never says 豆 alone
        (_numbered([BEANS_ZH]), "豆子", "zh", 1.0, "缺少限定词"),  # the material unknown
        (_numbered([TEA]), "茶", "zh", 1.0, "缺少限定词"),
        (CHOCOLATE, "黄豆", "zh", 0.0, ""),  # another bean
    ],
)
async def test_a_keys_head_alone_is_the_key_where_the_material_is_about_its_modifier(
    offline_context: FlowContext,
    questions: list[Question],
    answer: str,
    language: str,
    marks: float,
    label: str,
) -> None:
    """Through the real grading flow: the exam's other items reach the judge."""
    report = await graded_report(
        questions,
        {"1": answer},
        offline_context,
        title=f"s21-heads-{language}",
        language="zh" if language == "zh" else "en",
    )
    result = report["questions"][0]
    assert result["score"] == marks, result["reason"]
    if marks:
        assert "用词不对" not in result["review"], result["review"]
    if label:
        assert label in result["review"], result["review"]


async def test_the_group_note_reaches_the_learner_through_the_flow(
    offline_context: FlowContext,
) -> None:
    report = await graded_report(
        [POOL], {"1": "医生"}, offline_context, title="s21-group", language="zh"
    )
    result = report["questions"][0]
    assert result["score"] == 1.0, result["reason"]
    assert "只写了医生，还应包括护士" in result["review"], result["review"]
