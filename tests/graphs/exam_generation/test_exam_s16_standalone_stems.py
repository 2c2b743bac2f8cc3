"""Stems that stand alone, and rule shapes the generator reads (session 15 end designer D8,
patterns 6 and 7; end trainer T8). Own materials: a bus depot's yard procedure, a vet clinic's FAQ,
a supermarket deli's food-safety rules (zh), a bank counter's FAQ and an airsoft site's chrono
rules, through the real functions and the real flow.

- A section label in front of a rule that names its own subject is left off (「温度：热柜内…」,
  "Refuelling: The driver must …"); a label that is the rule's case is kept (工作日/周末).
- 'it' (执行) that stands for the document or the FAQ question's object is named ("enforcing this
  procedure", "must sign the consent form", 「监督本制度的执行」), and a model's item that leaves it
  unnamed is refused.
- A quoted cry ('"Clear the pit!" and all work … stops') ends no sentence.
- "Only one customer per counter window at a time.", "… are not allowed …", "limited to 500 per
  visit", 「…不允许吸烟」 are rules a question can ask; a sentence whose figures its neighbour's
  fact states is not listed as a rule no question can ask.
"""

from __future__ import annotations

from graphs.context import FlowContext
from graphs.exam_generation.clause_facts import clause_facts
from graphs.exam_generation.material import Material
from graphs.exam_generation.standalone import check_stands_alone
from graphs.exam_generation.unread_rules import unread_rules
from graphs.exams import Question
from graphs.text import analyse
from graphs.text.facts import facts_for
from graphs.text.self_contained import with_referent
from tests.support.exam_flow import delivered_exam

DEPOT = """# Eastgate Bus Depot - Yard Safety Procedure

## 1. Scope
This procedure applies to all drivers, fitters and cleaners working in the Eastgate yard. The Depot Supervisor is responsible for enforcing it.

## 2. Moving buses
Buses must not exceed 8 km/h anywhere in the yard. Reversing: A banksman must guide every bus that reverses more than 10 metres.

## 3. Refuelling
Refuelling: The driver must switch off the engine before the nozzle is inserted. Spills larger than 5 litres must be reported to the Depot Supervisor within 15 minutes.

## 4. Alarms
When the horn sounds, the pit marshal shouts "Clear the pit!" and all work in the pit stops. The pit must be empty within 2 minutes of the signal.
"""

VET = """# Riverside Vet Clinic - Client FAQ

Q: Who signs the consent form?
A: Every animal needs a signed consent form before surgery. For animals brought in by under-18s, a parent or guardian must sign it. Consent forms are valid for 6 months.

Q: When should my pet stop eating?
A: Dogs and cats must not eat for 12 hours before an anaesthetic. Water may be given until 2 hours before admission.
"""

DELI = """# 惠邻超市熟食档口 食品安全操作制度（2026版）

适用范围：本制度适用于熟食档口全体员工。店长负责监督执行，食品安全员负责每日检查。

1. 温度：热柜内熟食中心温度须保持在60℃以上，冷柜温度须控制在0℃至5℃之间。
2. 留样：食品安全员须对每批次熟食留样，每份不少于125克，留样保存48小时。
3. 过期处理：超过保质期的熟食须当场下架并登记，不得降价出售或加工后再售。
4. 着装：员工操作时须佩戴口罩、帽子和一次性手套，手套每2小时更换一次。
5. 卫生：档口内不允许吸烟，员工不准在操作间吃东西。
6. 工作日：试吃台每天开放8小时。
7. 周末：试吃台每天开放10小时。
"""

BANK = """# Harbour Savings Bank - Counter Hall FAQ

Q: How many customers can stand at a window?
A: Only one customer per counter window at a time. Mobile phone calls are not allowed in the counter hall.

Q: Can I pay in coins?
A: Coin deposits are accepted, limited to 500 per visit. Rolled coins must be counted by a cashier before they are credited.

Q: Who may open an account for a child?
A: Children must not open an account alone. Accounts for under-16s are opened by a parent, who must bring photo ID.
"""

AIRSOFT = """# Fort Ridge Airsoft - Chrono Rules

1. Chrono: Every rifle is chrono-tested at sign-in. The cap is 350 feet per second; a rifle above 350 fps is tagged red and kept in the safe zone.
2. Players must keep eye protection on in every game zone.
"""

COWORK = """# 云栖共享办公空间 会员须知

1. 入场：会员须刷卡入场，访客须在前台登记并由会员陪同。
2. 物品：会员须每天下班前清理工位，笔记本电脑等个人物品须自行妥善保管。
3. 会议室：会议室每次预约不得超过2小时，超时须另行付费。
4. 储物柜：会员可免费使用储物柜，每人限1个。
"""

BLUEPRINT = {"single_choice": 3, "multiple_choice": 1, "true_false": 4, "fill_blank": 3}


def _texts(material: str) -> list[str]:
    return [f.text for f in facts_for(analyse(material))]


def test_a_section_label_is_left_off_unless_it_is_the_rules_case() -> None:
    deli = _texts(DELI)
    assert "热柜内熟食中心温度须保持在60℃以上，冷柜温度须控制在0℃至5℃之间。" in deli
    assert not any(t.startswith(("温度：", "留样：", "着装：", "过期处理：")) for t in deli), deli
    # the same rule with another figure under another label: the label is its case
    assert "工作日：试吃台每天开放8小时。" in deli and "周末：试吃台每天开放10小时。" in deli
    depot = _texts(DEPOT)
    assert "The driver must switch off the engine before the nozzle is inserted." in depot
    assert "A banksman must guide every bus that reverses more than 10 metres." in depot


def test_it_is_named_by_the_document_or_the_faq_question() -> None:
    assert "The Depot Supervisor is responsible for enforcing this procedure." in _texts(DEPOT)
    assert any(t.endswith("a parent or guardian must sign the consent form.") for t in _texts(VET))
    assert any(t.startswith("店长负责监督本制度的执行") for t in _texts(DELI))
    # nothing before it names the document, and no FAQ question: 'it' is left as it is
    tag = "If a fitter finds a cracked jack, the fitter must tag it."
    assert with_referent(tag, "Buses must not exceed 8 km/h.", "", "en") == tag
    # the sentence brings in a thing of its own: 'it' may be the jack, not the procedure
    assert with_referent(tag, "This procedure applies to all fitters.", "", "en") == tag


def test_a_model_item_that_leaves_it_unnamed_is_refused() -> None:
    quote = "The Depot Supervisor is responsible for enforcing it."
    item = Question(
        type="fill_blank",
        stem="Fill in the blank: The ____ is responsible for enforcing it.",
        answer=["Depot Supervisor"],
        explanation="As the material says.",
        knowledge_point="Scope",
        difficulty="easy",
        source_quote=quote,
    )
    assert any("'it'" in p for p in check_stands_alone(item, DEPOT, "en"))
    named = item.model_copy(
        update={"stem": "Fill in the blank: The ____ is responsible for enforcing this procedure."}
    )
    assert not any("'it'" in p for p in check_stands_alone(named, DEPOT, "en"))


def test_a_quoted_cry_ends_no_sentence() -> None:
    texts = [s.text for s in analyse(DEPOT).sentences]
    assert any(t.endswith('"Clear the pit!" and all work in the pit stops.') for t in texts)
    assert not any(r.startswith("And all work") for r in unread_rules(analyse(DEPOT)))


def test_limits_and_bans_without_a_figure_or_term_are_rules() -> None:
    bank = _texts(BANK)
    assert "Only one customer per counter window at a time." in bank
    assert "Mobile phone calls are not allowed in the counter hall." in bank
    assert "Children must not open an account alone." in bank
    coins = next(f for f in facts_for(analyse(BANK)) if f.text.startswith("Coin deposits"))
    assert "500" in [a.text for a in coins.anchors if a.role == "figure"]
    assert unread_rules(analyse(BANK)) == []
    deli = facts_for(analyse(DELI))
    smoking = next(f for f in deli if "不允许吸烟" in f.text)
    assert "prohibition" in smoking.kinds


def test_a_figure_its_neighbour_states_is_not_listed_as_unaskable() -> None:
    assert not any("350 feet per second" in r for r in unread_rules(analyse(AIRSOFT)))


async def test_delivered_stems_stand_alone(offline_context: FlowContext) -> None:
    for material in (DEPOT, VET, DELI, BANK):
        exam = await delivered_exam(offline_context, {"material": material, **BLUEPRINT})
        stems = [q.stem for q in exam.questions]
        stems += [o.text for q in exam.questions for o in q.options]
        for stem in stems:
            assert not stem.rstrip().endswith((" it.", "负责监督执行。")), stem
            for label in ("温度：", "留样：", "着装：", "过期处理：", "Refuelling:", "Reversing:"):
                assert label not in stem, stem
        if material is BANK:
            asked = " ".join(q.source_quote for q in exam.questions)
            assert "500 per visit" in asked or "not allowed" in asked or "Only one" in asked, stems


def test_a_clause_done_by_oneself_is_stated_with_the_clause_that_names_who() -> None:
    """「笔记本电脑等个人物品须自行妥善保管」 alone says nothing of whose things: 自行 is the
    clause before's subject's (会员); the rule is asked whole, and a label before 可 is left off."""
    document = analyse(COWORK)
    material = Material.of(document, "zh")
    clauses = [c.text for f in material.facts for c in clause_facts(f, material)]
    assert "笔记本电脑等个人物品须自行妥善保管。" not in clauses, clauses
    assert "访客须在前台登记并由会员陪同。" in clauses  # a clause with its own subject still alone
    assert "会员可免费使用储物柜，每人限1个。" in _texts(COWORK)


SAUNA = """# 松林桑拿会所 安全须知

1. 桑拿：每位顾客在桑拿房内连续停留不得超过20分钟，服务员应每5分钟巡查一次。
2. 饮水：服务员须在休息区提供温水，每2小时更换一次饮水机滤芯。
"""


def test_a_round_with_nothing_to_go_round_keeps_the_place_before() -> None:
    """「服务员应每（    ）巡查一次」 lost 桑拿房: the round is of the place the clause before names."""
    material = Material.of(analyse(SAUNA), "zh")
    clauses = [c.text for f in material.facts for c in clause_facts(f, material)]
    assert "服务员应每5分钟巡查一次。" not in clauses, clauses
    assert any("桑拿房内" in f.text and "巡查一次" in f.text for f in material.facts)
