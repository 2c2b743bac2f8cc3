"""Items with no heading labels, list numbers or dangling references, on knowledge points a trainer
recognises (session 18 held-out designer D11 and teacher T11). Own materials: a piano-tuning
service's customer terms (en, "Label: sentence" lines), an air-source heat pump's glossary (zh),
a lift-maintenance procedure (zh, numbered rules) and a parcel station's policy (zh, headed
parts), through the real functions and the real flow.

- A line's label is left off when what follows has its own subject and verb ("Deposit: customers
  pay a 30% deposit …" is "Customers pay a 30% deposit …"), whatever the verb.
- A glossary entry keeps its headword as the subject (「额定制热量是指热泵在…的热量，…」), not a
  definition of nothing.
"""

from __future__ import annotations

import re

from graphs.context import FlowContext
from graphs.exam_generation.clause_facts import by_clause
from graphs.exam_generation.item_points import rule_topic
from graphs.exam_generation.item_rebuilds import candidate_facts
from graphs.exam_generation.knowledge import chosen_points
from graphs.exam_generation.lost_context import lost_context
from graphs.exam_generation.material import Material
from graphs.exams import Question
from graphs.text import analyse
from graphs.text.facts import facts_for
from graphs.text.label_heads import definition_of, en_clause
from tests.support.exam_flow import delivered_exam

PIANO_TERMS = """# Harmony Keys Piano Service — Customer Terms (Technician Handbook, 2026)

For tuning technicians and front-desk staff. These terms are what we promise customers; quote them accurately.

1. Booking: every tuning visit is booked at least 3 working days ahead; same-day visits carry a call-out fee of 40 pounds.
2. Standard tuning: a standard tuning takes about 90 minutes and costs 85 pounds for an upright piano.
3. Pitch raise: pianos more than 20 cents flat require a pitch raise before tuning, which costs an extra 45 pounds.
4. Deposit: customers pay a 30% deposit on booking a restoration; the balance is due within 14 days after delivery.
5. Cancellation: customers may cancel a visit up to 24 hours before it for a full refund; later cancellations are charged half the fee.
6. Humidity check: the technician must measure room humidity at every visit and record readings below 40% on the job card.
7. Regulation: key regulation is an optional service priced at 120 pounds and takes half a day.
8. Removals: moving a grand piano requires a team of four movers; upright pianos need a team of two.
9. Warranty: restoration work carries a 2-year warranty on parts and labour.
10. Complaints: complaints are acknowledged within 3 working days and must receive a full response within 6 weeks.
"""

HEAT_PUMP_GLOSSARY = """# 空气源热泵产品术语与参数说明（门店销售用）

本说明供门店销售顾问向顾客介绍产品时使用，术语解释以本说明为准。

额定制热量：热泵在标准工况下连续运行时可稳定输出的热量，本店 HP-8 型号额定制热量为 8 kW。
能效比（COP）：热泵输出热量与消耗电能之比，本店 HP-8 型号在7℃工况下COP不低于4.2。
最低运行温度：热泵可正常启动制热的最低室外气温，本店全部型号为-25℃。
出水温度：热泵送入地暖或散热器的热水温度，地暖系统的出水温度不得高于45℃。
除霜周期：室外机结霜后自动除霜的间隔时间，一般为40至60分钟。
噪声值：室外机在额定工况下距机组1米处测得的声压级，本店 HP-8 型号不高于52分贝。
安装距离：室外机与墙面的距离不得小于30厘米，与窗户的距离不得小于1米。
"""

LIFT_PROCEDURE = """# 恒达电梯维保有限公司 电梯月度维保作业规程（第2版）

适用于：本公司全体维保技术员、班组长。

1. 到达现场后，维保技术员须先在电梯首层和轿厢内放置“维保中 暂停使用”警示牌，警示牌未放置前不得开始作业。
2. 进入底坑前须按下底坑急停开关，并确认轿厢停在顶层，急停开关未动作的不得进入底坑。
3. 曳引钢丝绳的断丝数在一个捻距内超过6根的，须当场停梯并报告班组长，由班组长决定更换时间。
4. 制动器闸瓦与制动轮的间隙不得大于0.7毫米，在最低气温下也不得超过此值。
5. 每台电梯须测试门锁回路，每次测试不少于3次，测试结果填入《维保记录单》。
6. 门锁回路测试中任一次失效的，该电梯一律停用，不得带病运行。
7. 维保技术员须逐项核对保养项目清单，漏项的须在记录单上注明原因并由班组长签字确认。
8. 轿厢内应急照明须能连续工作1小时以上，不足1小时的须在48小时内更换蓄电池。
9. 作业完成后须进行空载试运行，试运行不少于5个往返，试运行未完成的电梯不得恢复使用。
10. 离开机房时须锁好机房门并拍照上传，系统未显示“机房已锁”的工单不得关闭。
11. 维保记录单须在当日下班前交给资料员，资料员须在3个工作日内完成系统录入。
"""

BLUEPRINT = {
    "single_choice": 4,
    "multiple_choice": 3,
    "true_false": 4,
    "fill_blank": 4,
    "short_answer": 2,
}
_EN_LABELLED = re.compile(r"^[A-Z][\w'’-]*(?: [\w'’-]+){0,2}: [a-z]")


def _printed(question: object) -> list[str]:
    """The stem and option texts a learner reads, without the stem's lead-in."""
    stem = re.sub(r"^[^:：]*(?:brackets\?|blank:|false:|：)\s*", "", question.stem)  # type: ignore[attr-defined]
    return [stem, *(o.text for o in question.options or [])]  # type: ignore[attr-defined]


def test_a_label_before_a_clause_of_any_verb_is_left_off() -> None:
    """ "customers pay", "work carries", "we submit", "pianos … require": a subject and its verb,
    not only a modal's."""
    assert en_clause("customers pay a 30% deposit on signing.")
    assert en_clause("SunPath panels carry a 25-year product warranty.")
    assert en_clause("we submit the grid application on the customer's behalf.")
    assert en_clause("pianos more than 20 cents flat require a pitch raise before tuning.")
    assert not en_clause("within 10 business days of an undamaged return.")
    assert not en_clause("a 9.5 kWh lithium unit.")
    facts = [f.text for f in facts_for(analyse(PIANO_TERMS))]
    labelled = [t for t in facts if _EN_LABELLED.match(t)]
    assert not labelled, labelled
    assert "Customers pay a 30% deposit on booking a restoration." in facts


def test_a_glossary_entry_keeps_its_headword() -> None:
    """The definition after 「额定制热量：」 is the headword's: stated without it, a statement
    defines nothing (T11: 「逆变器在长期连续运行时可稳定输出的交流功率，本店 SG-5K 型号额定功率
    为 5 kW」)."""
    assert definition_of("噪声值", "室外机在额定工况下测得的声压级，不高于52分贝。", "zh") == (
        "噪声值是指室外机在额定工况下测得的声压级，不高于52分贝。"
    )
    assert definition_of("安装距离", "室外机与墙面的距离不得小于30厘米。", "zh") is None
    assert definition_of("Usable capacity", "the energy that the battery can deliver.", "en") == (
        "Usable capacity is the energy that the battery can deliver."
    )
    facts = {f.quote.split("：")[0]: f.text for f in facts_for(analyse(HEAT_PUMP_GLOSSARY))}
    assert facts["额定制热量"].startswith("额定制热量是指热泵在标准工况下")
    assert facts["能效比（COP）"].startswith("能效比（COP）是指热泵输出热量")
    assert facts["安装距离"].startswith("室外机与墙面的距离不得小于30厘米")


async def test_delivered_items_carry_no_line_labels(offline_context: FlowContext) -> None:
    """No stem or option opens on "Deposit:" or 「噪声值：」 (D11: "An editor has to clean every
    English item"), and no statement is a headless definition."""
    for material in (PIANO_TERMS, HEAT_PUMP_GLOSSARY):
        exam = await delivered_exam(offline_context, {"material": material, **BLUEPRINT})
        assert len(exam.questions) >= 4
        labels = re.findall(r"^(\S[^：:\n]{1,12})[：:]", material, re.MULTILINE)
        for question in exam.questions:
            for text in _printed(question):
                opened = [
                    lab
                    for lab in labels
                    if text.startswith(f"{lab}:") or text.startswith(f"{lab}：")
                ]
                assert not opened, (question.number, text)
                assert not text.startswith("热泵在"), (question.number, text)


def test_a_rule_topic_is_its_line_label_or_subject_never_the_title() -> None:
    """A flat material's rule is about its line's label, else its first thing named: not the
    document's title (T11: 「需复习：家用光伏逆变器产品术语与参数说明（门店销售用）」), not a
    unit, a modal or a verb (D11: "pounds", 「禁止」, 「改动」)."""
    piano = analyse(PIANO_TERMS)
    topics = {f.text: rule_topic(piano, f) for f in facts_for(piano)}
    assert topics["Customers pay a 30% deposit on booking a restoration."] == "Deposit"
    assert topics["The balance is due within 14 days after delivery."] == "Deposit"
    glossary = analyse(HEAT_PUMP_GLOSSARY)
    assert {rule_topic(glossary, f) for f in facts_for(glossary)} >= {
        "额定制热量",
        "噪声值",
        "安装距离",
    }
    lift = analyse(LIFT_PROCEDURE)
    lift_topics = {f.text[:6]: rule_topic(lift, f) for f in facts_for(lift)}
    assert lift_topics["离开机房时须"] == "机房"
    assert all(t and "规程" not in t for t in lift_topics.values()), lift_topics
    names = [p["name"] for p in chosen_points(piano, 17)]
    assert "pounds" not in names and "tuning" in names, names


async def test_no_item_reports_the_document_title(offline_context: FlowContext) -> None:
    """Every delivered item of a material with no sections names a topic of its own; an item
    on a labelled line names the label."""
    for material in (PIANO_TERMS, LIFT_PROCEDURE):
        exam = await delivered_exam(offline_context, {"material": material, **BLUEPRINT})
        title = material.splitlines()[0].lstrip("# ").strip()
        points = [q.knowledge_point for q in exam.questions]
        assert len(points) >= 6
        assert title not in points, points
        assert not {"pounds", "minutes", "禁止", "须"} & set(points), points
        labels = set(re.findall(r"^\d+\. ([A-Z][\w -]+):", material, re.MULTILINE))
        single = [q for q in exam.questions if q.type not in ("multiple_choice", "short_answer")]
        if labels:
            assert single and all(q.knowledge_point in labels for q in single), points


def test_a_case_own_thing_is_no_pointer_to_the_rule_before() -> None:
    """「门锁回路测试中任一次失效的，该电梯一律停用」: 该电梯 is the case's own lift; the rule before
    (the test count) is not printed in front of it (D11 m1 Q3)."""
    lift = analyse(LIFT_PROCEDURE)
    stopped = next(f for f in facts_for(lift) if "该电梯一律停用" in f.text)
    assert stopped.text.startswith("门锁回路测试中任一次失效的"), stopped.text
    assert stopped.lead is None


def test_a_quote_over_two_list_items_shows_no_list_number() -> None:
    """A rule that does lean on the item before is quoted with it, without the author's list
    number between them (D11: 「…填入《收货温度记录表》。6. 冷冻品中心温度…」)."""
    material = (
        "# 社区药房 处方审核规程\n\n"
        "1. 药师须在收方后10分钟内完成处方审核。\n"
        "2. 上述审核未通过的处方须退回医师修改，不得调配。\n"
    )
    facts = facts_for(analyse(material))
    joined = next(f for f in facts if "退回医师" in f.text)
    assert joined.lead is not None, joined
    assert "10分钟" in joined.quote and "2." not in joined.quote, joined.quote


def test_this_value_of_nothing_shown_is_lost_context() -> None:
    """「此值」 at a clause's end names the figure of the clause before: a statement that holds
    only its own clause refers to nothing (T11 C Q5: 「____在最低气温下也不得超过此值。」)."""
    assert lost_context("闸瓦间隙在最低气温下也不得超过此值。", "zh") is not None
    whole = "制动器闸瓦与制动轮的间隙不得大于0.7毫米，在最低气温下也不得超过此值。"
    assert lost_context(whole, "zh") is None
    assert lost_context("此外，维保记录单须当日交回。", "zh") is None


def test_a_duty_is_asked_with_its_undone_case() -> None:
    """「离开机房时须锁好机房门并拍照上传，系统未显示“机房已锁”的工单不得关闭」: the case of the
    duty left undone is the half of the rule that matters; no item asks the duty without it
    (D11 m1 Q8: 「入库时须用手持终端扫描托盘码并绑定库位。」)."""
    lift = analyse(LIFT_PROCEDURE)
    material = Material.of(lift, lift.language)
    texts = [f.text for f in by_clause(list(material.facts), material)]
    locked = [t for t in texts if "锁好机房门" in t]
    assert locked and all("不得关闭" in t for t in locked), locked
    # A clause that shares nothing with the duty before is still a rule of its own.
    assert any(t.startswith("每台电梯须测试门锁回路") for t in texts), texts


def test_an_item_rebuilt_on_another_rule_takes_that_rule_topic() -> None:
    """A true/false item rebuilt on another fact (item_rebuilds) is asked under that rule's
    topic, not the document's title (D11 m2: "We submit the grid application …" under
    "SunPath Home Solar — Product and Service Terms …")."""
    piano = analyse(PIANO_TERMS)
    material = Material.of(piano, piano.language)
    deposit = next(f for f in material.facts if f.text.startswith("Customers pay"))
    question = Question(
        type="true_false",
        stem="True or false: Customers pay a 30% deposit on booking a restoration.",
        answer=["true"],
        explanation="",
        knowledge_point="Deposit",
        difficulty="easy",
        source_quote=deposit.quote,
    )
    points = {point for _, point in candidate_facts(question, material, any_point=True)}
    title = PIANO_TERMS.splitlines()[0].lstrip("# ")
    assert title not in points and "Warranty" in points, points
    assert en_clause("the string inverter carries a 10-year warranty, extendable to 15 years")
