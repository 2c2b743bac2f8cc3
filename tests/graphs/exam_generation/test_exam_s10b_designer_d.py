"""Session 10 (issue 11, designer D's findings), each on materials of other trades than hers
(a pool's lifeguard and water rules in Chinese, an e-bike rental desk in English):

1. true/false keys are spread: an exam of true statements gets safe false versions, never a
   forced one (graphs/exam_generation/true_false_balance.py);
2. a line about the document is asked last, what the customer pays or is promised and who is
   qualified count as rules that matter (importance.py);
3. one item cueing another is caught: a role printed with its duty, roles of one section asked
   in one frame, one statement printed twice, a sentence going on from a stated rule
   (substance.py, item_cues.py);
4. a difficulty's reason is true and stands beside one level only (difficulty_reasons.py).
"""

from __future__ import annotations

from graphs.digest import text_digest
from graphs.exam_generation.choice_builders import single_choice
from graphs.exam_generation.difficulty_reasons import difficulty_reason
from graphs.exam_generation.importance import cues, importance, is_document_admin
from graphs.exam_generation.item_cues import same_statement
from graphs.exam_generation.material import Material
from graphs.exam_generation.statement_builders import fill_blank, true_false
from graphs.exam_generation.substance import check_same_fact
from graphs.exam_generation.true_false_balance import balance_true_false
from graphs.exam_generation.validation import validate_question
from graphs.exams import DIFFICULTIES, Option, Question
from graphs.text import analyse
from graphs.text.facts import Fact, facts_for

POOL = (
    "# 游泳馆救生与水质管理规程\n\n"
    "## 一、岗位职责\n\n"
    "值班经理负责每日开馆前检查救生设备，并在设备检查表上签字。\n"
    "救生员负责泳池区域的巡视和救护，巡视时不得使用手机。\n"
    "前台负责核验游泳卡并发放更衣柜手环。\n\n"
    "## 二、上岗要求\n\n"
    "救生员必须持有有效的《游泳救生员国家职业资格证书》，证书过期者不得上岗。\n"
    "救生员连续值守不得超过 1 小时，每 1 小时轮换一次。\n\n"
    "## 三、水质管理\n\n"
    "池水余氯应保持在 0.3 至 1.0 毫克/升之间。\n"
    "每 2 小时检测一次水质，结果记入水质记录表。\n"
    "池水温度低于 26℃ 时，应暂停儿童池开放。\n\n"
    "## 四、安全规定\n\n"
    "身高不足 1.4 米的儿童必须在成人陪同下进入深水区。\n"
    "发生溺水事故时，救生员必须立即施救，并在 5 分钟内报告值班经理。\n"
    "泳池内严禁跳水。\n\n"
    "## 五、收费与处罚\n\n"
    "游泳卡押金为 100 元，退卡时全额退还。\n"
    "遗失手环的，每个收取工本费 20 元。\n"
    "散客入场时，由前台登记姓名并发放手环。\n\n"
    "## 六、附则\n\n"
    "本规程由运营部负责解释，自 2026 年 1 月 1 日起施行。\n"
)

EBIKE = (
    "# CityVolt E-Bike Rental Desk Handbook\n\n"
    "Document CV-RD-2026 | Applies to all CityVolt rental desks from 1 March 2026\n"
    "Owner: Desk Operations\n\n"
    "## Deposits and Fees\n\n"
    "Customers must pay a deposit of 150 EUR per e-bike.\n"
    "Staff must charge 35 EUR for a lost lock.\n"
    "Late returns must be charged 8 EUR per started hour.\n\n"
    "## Batteries\n\n"
    "The battery must be charged to at least 80% before every rental. If the battery is below "
    "80% at hand-over, the customer gets one free hour.\n\n"
    "## Safety\n\n"
    "Riders under 16 must wear a helmet. Staff must not rent an e-bike to anyone under 14.\n"
    "Only mechanics with the CityVolt service certificate may adjust the brakes.\n"
    "The limit of 25 km/h applies to all rental e-bikes.\n"
)


def _material(text: str) -> Material:
    document = analyse(text)
    return Material.of(document, document.language)


def _fact(material: Material, words: str) -> Fact:
    return next(f for f in material.facts if words in f.text)


def _true_items(material: Material, words: list[str]) -> list[Question]:
    """True/false items stating each fact as written, at the level the builder rates it."""
    items = []
    for each in words:
        fact = _fact(material, each)
        made = next(
            q
            for level in DIFFICULTIES
            if (q := true_false(material, fact, level, "rules", True, only_preferred=True))
        )
        items.append(made)
    return items


# 1. True/false keys -------------------------------------------------------------------------


def test_an_exam_of_true_statements_gets_safe_false_versions_for_about_half():
    material = _material(POOL)
    items = _true_items(
        material, ["巡视时不得使用手机", "泳池内严禁跳水", "每 2 小时检测一次水质", "游泳卡押金为"]
    )
    assert [q.answer for q in items] == [["true"]] * 4
    balanced = balance_true_false(items, POOL, "zh", text_digest(POOL))
    answers = [q.answer[0] for q in balanced]
    assert answers.count("true") <= 2 and answers.count("false") >= 1, answers
    for index, question in enumerate(balanced):
        others = [q for j, q in enumerate(balanced) if j != index]
        accepted, problems = validate_question(question.model_dump(), POOL, others)
        assert accepted is not None and problems == [], (question.stem, problems)
    # The same material gives the same exam.
    again = balance_true_false(items, POOL, "zh", text_digest(POOL))
    assert [q.stem for q in again] == [q.stem for q in balanced]


def test_an_item_is_not_forced_false_where_the_material_has_no_safe_false_version():
    text = (
        "# 前厅礼仪\n\n## 仪容\n\n员工上班须穿着统一工服。员工上班须佩戴工牌。\n"
        "员工见到客人须主动问好。员工接听电话须先报酒店名称。\n"
    )
    material = _material(text)
    items = _true_items(material, ["佩戴工牌", "主动问好", "报酒店名称"])
    balanced = balance_true_false(items, text, "zh", text_digest(text))
    for before, after in zip(items, balanced, strict=True):
        if after.answer == ["false"]:
            accepted, problems = validate_question(after.model_dump(), text, [])
            assert accepted is not None and problems == []
        else:
            assert after == before


# 2. What matters -----------------------------------------------------------------------------


def test_document_lines_rank_below_every_rule():
    for text in (POOL, EBIKE):
        # Every fact read, document lines too (Material.facts leaves them out: E3, no builder
        # asks them).
        read = facts_for(_material(text).document)
        admin = [f for f in read if is_document_admin(f)]
        rules = [f for f in read if not is_document_admin(f)]
        assert admin and rules
        assert max(importance(f) for f in admin) < min(importance(f) for f in rules)


def test_a_scope_sentence_inside_a_rule_is_no_document_line():
    material = _material(EBIKE)
    assert not is_document_admin(_fact(material, "25 km/h"))


def test_fees_deposits_and_certificates_are_rules_that_matter():
    material = _material(EBIKE)
    assert "money" in cues(_fact(material, "deposit of 150 EUR"))
    assert "qualification" in cues(_fact(material, "service certificate"))
    pool = _material(POOL)
    assert "money" in cues(_fact(pool, "工本费 20 元"))
    assert "qualification" in cues(_fact(pool, "资格证书"))


def test_a_safety_department_is_no_harm():
    text = "# 仓库\n\n## 职责\n\n运营安全部负责每季度更新本岗位的培训教材。\n"
    fact = _material(text).facts[0]
    assert "harm" not in cues(fact)


# 3. One item cueing another ----------------------------------------------------------------


def _fill(material: Material, words: str) -> Question:
    fact = _fact(material, words)
    made = next(q for level in DIFFICULTIES if (q := fill_blank(material, fact, level, "职责")))
    return made


def test_a_role_printed_with_its_duty_gives_the_blank_away():
    material = _material(POOL)
    asked = _fill(material, "前台负责核验游泳卡")
    assert asked.answer == ["前台"]
    printer = _true_items(material, ["散客入场时"])[0]  # 由前台…发放手环: 发放 is the duty
    problems = check_same_fact(asked, [printer], POOL)
    assert problems and "前台" in problems[0]


def test_roles_of_one_section_asked_in_one_frame_are_answered_by_elimination():
    material = _material(POOL)
    first = _fill(material, "值班经理负责每日开馆前")
    second = _fill(material, "前台负责核验游泳卡")
    assert first.answer == ["值班经理"] and second.answer == ["前台"]
    problems = check_same_fact(second, [first], POOL)
    assert problems and "elimination" in problems[0]


def test_a_statement_printed_twice_is_one_fact_asked_twice():
    material = _material(EBIKE)
    fact = _fact(material, "must wear a helmet")
    statement = next(
        q
        for level in DIFFICULTIES
        if (q := true_false(material, fact, level, "fees", False, only_preferred=True))
    )
    assert statement.answer == ["false"]
    printed = statement.stem.split(": ", 1)[1]
    choice = Question(
        type="multiple_choice",
        stem='Which statements about "Safety" agree with the course material?',
        options=[
            Option(key="A", text="The limit of 25 km/h applies to all rental e-bikes."),
            Option(key="B", text=printed),
            Option(key="C", text="Staff must not rent an e-bike to anyone under 14."),
            Option(key="D", text="Late returns are charged 20 EUR per started hour."),
        ],
        answer=["A", "C"],
        explanation="x",
        knowledge_point="Safety",
        difficulty="medium",
        source_quote="The limit of 25 km/h applies to all rental e-bikes.",
    )
    assert same_statement(statement, choice) is not None
    assert check_same_fact(statement, [choice], EBIKE) != []
    assert (
        same_statement(statement, choice.model_copy(update={"options": choice.options[2:]})) is None
    )


def test_a_sentence_going_on_from_a_stated_rule_is_not_asked_beside_it():
    material = _material(EBIKE)
    rule = _true_items(material, ["charged to at least 80%"])[0]
    going_on = _true_items(material, ["free hour"])[0]
    problems = check_same_fact(going_on, [rule], EBIKE)
    assert problems and "presupposes" in problems[0]
    # Two rules of one paragraph that do not go on from each other stay apart.
    helmet = _true_items(material, ["must wear a helmet"])[0]
    minors = _true_items(material, ["anyone under 14"])[0]
    assert check_same_fact(minors, [helmet], EBIKE) == []


# 4. Difficulty reasons -----------------------------------------------------------------------


def test_where_a_rule_stands_is_never_a_reason():
    for level in DIFFICULTIES:
        for language in ("zh", "en"):
            reason = difficulty_reason(
                level,
                {"depth": (0.3, 1.0), "similarity": (0.55, 0.8), "length": (0.2, 0.1)},
                language,
                figure=True,
            )
            assert "section" not in reason and "靠后" not in reason and "开头" not in reason


def test_one_reason_never_stands_beside_two_levels():
    seen: dict[str, set[str]] = {}
    for text in (POOL, EBIKE):
        material = _material(text)
        for fact in material.facts:
            for level in DIFFICULTIES:
                for build in (single_choice, fill_blank):
                    made = build(material, fact, level, "rules")
                    if made is not None:
                        seen.setdefault(made.difficulty_reason, set()).add(made.difficulty)
                for answer in (True, False):
                    item = true_false(material, fact, level, "rules", answer, only_preferred=True)
                    if item is not None:
                        seen.setdefault(item.difficulty_reason, set()).add(item.difficulty)
    assert len(seen) >= 4
    shared = {reason: levels for reason, levels in seen.items() if len(levels) > 1}
    assert shared == {}


def test_options_one_step_apart_are_not_called_far_from_the_key():
    reason = difficulty_reason(
        "easy", {"similarity": (0.55, 0.46), "length": (0.2, 0.3)}, "en", figure=True
    )
    assert "far" not in reason
    assert "差别明显" not in difficulty_reason(
        "easy", {"similarity": (0.55, 0.46), "length": (0.2, 0.3)}, "zh", figure=True
    )


def test_an_easy_multiple_choice_counts_its_true_statements_not_its_rules():
    reason = difficulty_reason(
        "easy",
        {"depth": (0.25, 0.0), "combined": (0.4, 0.0), "similarity": (0.35, 0.4)},
        "en",
        count=2,
    )
    assert reason == "only 2 of its statements are true"
