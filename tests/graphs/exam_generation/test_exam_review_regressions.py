"""Regressions from the seventh designer review (four unseen materials): an option that tells
another is false, two questions on one figure, absurd reversals, shortfall reasons a trainer
cannot act on. Each test is built from the review's examples, never matched on their strings."""

from __future__ import annotations

import re
from typing import Any

import pytest
from langgraph.runtime import Runtime

from graphs.context import FlowContext
from graphs.exam_generation import shortfall_reasons
from graphs.exam_generation.assembly import shortfall
from graphs.exam_generation.choice_anchors import choice_anchors, parallel_sibling
from graphs.exam_generation.choice_builders import _article_for, multiple_choice, single_choice
from graphs.exam_generation.distractors import distractors
from graphs.exam_generation.false_statements import false_statements, flip_modality
from graphs.exam_generation.material import Material
from graphs.exam_generation.nodes import assemble_exam, generate_questions
from graphs.exam_generation.options_tell_false import check_options_tell_false
from graphs.exam_generation.rule_opening import opening
from graphs.exam_generation.rule_points import rule_point as _point
from graphs.exam_generation.scoring_points import _fragment_problem
from graphs.exam_generation.short_answer_asks import ask
from graphs.exam_generation.short_answers import _usable, short_answer
from graphs.exam_generation.state import merge_notes
from graphs.exam_generation.statement_builders import fill_blank
from graphs.exam_generation.substance import check_same_fact
from graphs.exam_generation.validation import validate_question
from graphs.exam_generation.wording import section_point
from graphs.exams import BLANK, Exam, Language, Question
from graphs.text import analyse
from graphs.text.facts import Fact, facts_for


def only_fact(material: str) -> Fact:
    (fact,) = facts_for(analyse(material))
    return fact


@pytest.mark.parametrize(
    ("material", "zh"),
    [
        (
            "# Forklifts\n\nNever lift a load above the rated capacity shown on the data plate.\n",
            False,
        ),
        (
            "# Incidents\n\nAfter a serious injury, do not move equipment or clean up the scene "
            "until the Health & Safety Manager releases it.\n",
            False,
        ),
        (
            "# Billing\n\nAgents cannot cancel on a customer's behalf unless the request comes "
            "from the owner's registered email address.\n",
            False,
        ),
        ("# 常见问题\n\n前台一律不得透露住客房号及任何个人信息。\n", True),
        ("# 投诉处理\n\n前台严禁与宾客争辩。\n", True),
    ],
    ids=["never", "do-not", "cannot-unless", "yilv", "yanjin"],
)
def test_an_absolute_or_imperative_prohibition_is_not_reversed(material: str, zh: bool):
    """ "Always lift a load above the rated capacity", "do move equipment … until …" and
    「一律可以透露住客房号」 are false by common sense: no learner needs the material to reject them."""
    fact = only_fact(material)
    assert "prohibition" in fact.kinds
    assert flip_modality(fact, zh) == []
    made = false_statements(fact, (fact,), material, zh)
    assert not [p for p in made if p.kind == "modality"]


@pytest.mark.parametrize(
    ("material", "zh", "flipped"),
    [
        (
            "# Data\n\nAgents may not download customer data to a personal device.\n",
            False,
            "Agents may download customer data to a personal device.",
        ),
        (
            "# Refunds\n\nAgents must not promise a refund by chat.\n",
            False,
            "Agents may promise a refund by chat.",
        ),
        ("# 发票\n\n前台不得代填宾客的发票信息。\n", True, "前台可以代填宾客的发票信息。"),
    ],
    ids=["may-not", "must-not", "bude"],
)
def test_a_plain_prohibition_still_flips_into_a_permission(material: str, zh: bool, flipped: str):
    (made,) = flip_modality(only_fact(material), zh)
    assert made.statement == flipped


# 1. A true option that gives a false one away.

RETENTION = (
    "# Billing FAQ\n\n## Data retention\n\n**What happens to data after cancellation?**\n"
    "Workspace data is kept for 90 days after the subscription ends, so the customer can "
    "reactivate without losing anything. After 90 days it is permanently deleted and cannot be "
    "restored by support or engineering.\n\n**Can a customer get their data deleted sooner?**\n"
    "Yes. The account owner can request immediate deletion in writing. Deletion is completed "
    "within 30 days, and backups are purged within a further 35 days.\n"
)
COMPLAINTS = """# 前台接待操作规程

## 投诉处理

前台是处理宾客投诉的第一责任岗位。

- 10分钟内无法现场解决的投诉，须立即上报值班经理；
- 涉及人身伤害、财物丢失或报警的投诉，须在15分钟内报告值班经理及保安部；
- 所有投诉须在24小时内录入PMS系统投诉模块，并注明处理结果。

前台接待员可自行给予的补偿上限为每单200元（含赠送早餐、果盘或房费折扣）；超过200元的补偿须由值班经理批准，超过1,000元的须经前厅部经理批准。
"""


def statements(point: str, texts: list[str], answer: list[str]) -> dict[str, Any]:
    return {
        "type": "multiple_choice",
        "stem": f"Which statements about “{point}” agree with the course material?",
        "options": [{"key": "ABCDE"[i], "text": t} for i, t in enumerate(texts)],
        "answer": answer,
        "explanation": "See the material.",
        "knowledge_point": point,
        "source_quote": texts[0],
    }


def test_an_option_that_states_the_figure_a_false_one_changed_is_a_giveaway():
    """ "kept for 90 days" beside "After 60 days it is permanently deleted" (the material: 90),
    「超过200元的补偿须由值班经理批准」 beside 「补偿上限为每单150元」 (the material: 200元)."""
    kept = "Workspace data is kept for 90 days after the subscription ends, so the customer can reactivate without losing anything."
    owner = "The account owner can request immediate deletion in writing."
    given_away = statements(
        "Data retention",
        [
            owner,
            kept,
            "Deletion is completed within 21 days, and backups are purged within a further 35 days.",
            "After 60 days it is permanently deleted and cannot be restored by support or engineering.",
        ],
        ["A", "B"],
    )
    question, problems = validate_question(given_away, RETENTION, [])
    assert question is None
    assert any("option D" in p and "'90 days'" in p for p in problems)
    # The same question with the figure of another sentence changed: nothing tells it apart.
    sound = dict(given_away, options=given_away["options"][:3])
    assert validate_question(sound, RETENTION, [])[1] == []

    zh = statements(
        "投诉处理",
        [
            "所有投诉须在24小时内录入PMS系统投诉模块，并注明处理结果。",
            "超过200元的补偿须由值班经理批准，超过1,000元的须经前厅部经理批准。",
            "前台接待员可自行给予的补偿上限为每单150元（含赠送早餐、果盘或房费折扣）。",
            "10分钟内无法现场解决的投诉，须立即上报保安。",
        ],
        ["A", "B"],
    )
    assert any(
        "'200元'" in p for p in check_options_tell_false(Question.model_validate(zh), COMPLAINTS)
    )


def test_the_same_figure_about_another_thing_gives_nothing_away():
    """会员每消费1元积1分 says nothing about what 100 points are worth (抵扣1元, changed to 10元);
    积分有效期为24个月 beside 积分有效期为12个月 does."""
    material = (
        "# 会员制度\n\n会员每消费1元积1分，积分可在下次消费时抵扣现金，每100积分抵扣1元。"
        "积分有效期为24个月。金卡会员每年还可享受2次免费深度清洗镜架服务。\n"
    )
    texts = ["会员每消费1元积1分", "每100积分抵扣10元", "积分有效期为24个月"]
    sound = statements(
        "会员制度", [*texts, "金卡会员每年还可享受3次免费深度清洗镜架服务"], ["A", "C"]
    )
    assert check_options_tell_false(Question.model_validate(sound), material) == []
    told = statements("会员制度", [*texts, "积分有效期为12个月"], ["A", "C"])
    (problem,) = check_options_tell_false(Question.model_validate(told), material)
    assert "option D" in problem and "'24个月'" in problem


def test_the_builder_picks_false_statements_no_other_option_gives_away():
    material = Material.of(analyse(COMPLAINTS), "zh")
    made = [
        built[0]
        for fact in material.facts
        for level in ("easy", "medium", "hard")
        if (built := multiple_choice(material, fact, level, "投诉处理", set())) is not None
    ]
    # Four (fact, level) pairs since where a rule stands no longer moves its level (session 10,
    # difficulty.py): the same statements, fewer levels to make them at.
    assert len(made) >= 4
    assert all(check_options_tell_false(q, COMPLAINTS) == [] for q in made)


# 2. Two questions on one figure of one section.

REFUNDS = (
    "# Billing FAQ\n\n## Cancellations and refunds\n\n**Is the subscription refunded?**\n"
    "Monthly plans are not refunded; access continues until the end of the paid month. Annual "
    "plans can be refunded in full within 30 days of purchase or renewal. After 30 days, annual "
    "plans are not refunded, except where local law requires it.\n\n" + RETENTION.split("\n", 2)[2]
)


def choice(stem: str, key: str, distractors: list[str], quote: str, **changes: Any) -> Question:
    texts = [key, *distractors]
    return Question.model_validate(
        {
            "type": "single_choice",
            "stem": stem,
            "options": [{"key": "ABCD"[i], "text": t} for i, t in enumerate(texts)],
            "answer": ["A"],
            "explanation": "See the material.",
            "knowledge_point": "Cancellations and refunds",
            "source_quote": quote,
            **changes,
        }
    )


def test_the_same_key_figure_in_one_section_is_one_fact():
    """ "within (    ) of purchase or renewal" and "After (    ), annual plans are not refunded":
    one limit asked twice, from neighbouring sentences, both keyed 30 days."""
    within = choice(
        "Annual plans can be refunded in full within (    ) of purchase or renewal.",
        "30 days",
        ["15 days", "45 days", "10 days"],
        "Annual plans can be refunded in full within 30 days of purchase or renewal.",
    )
    after = choice(
        "After (    ), annual plans are not refunded, except where local law requires it.",
        "30 days",
        ["15 days", "45 days", "10 days"],
        "After 30 days, annual plans are not refunded, except where local law requires it.",
    )
    assert any("30 day" in p for p in check_same_fact(after, [within], REFUNDS))
    _, problems = validate_question(after.model_dump(), REFUNDS, [within])
    assert any("same fact" in p for p in problems)
    # Written as a fill-in, a month instead of days: still the same quantity.
    as_fill = Question.model_validate(
        {
            "type": "fill_blank",
            "stem": f"After {BLANK}, annual plans are not refunded, except where local law requires it.",
            "answer": ["30 days"],
            "explanation": "See the material.",
            "knowledge_point": "Cancellations and refunds",
            "source_quote": after.source_quote,
        }
    )
    assert check_same_fact(as_fill, [within], REFUNDS)
    # 30 days in another section is another fact.
    deletion = choice(
        "Deletion is completed within (    ), and backups are purged within a further 35 days.",
        "30 days",
        ["15 days", "45 days", "10 days"],
        "Deletion is completed within 30 days, and backups are purged within a further 35 days.",
        knowledge_point="Data retention",
    )
    assert check_same_fact(deletion, [within], REFUNDS) == []


def test_the_same_key_figure_in_one_chinese_section_is_one_fact():
    limit = choice(
        "前台接待员可自行给予的补偿上限为每单（    ）。",
        "200元",
        ["100元", "300元", "500元"],
        "前台接待员可自行给予的补偿上限为每单200元（含赠送早餐、果盘或房费折扣）",
        knowledge_point="投诉处理",
    )
    approval = choice(
        "超过（    ）的补偿须由值班经理批准。",
        "200元",
        ["100元", "300元", "500元"],
        "超过200元的补偿须由值班经理批准，超过1,000元的须经前厅部经理批准。",
        knowledge_point="投诉处理",
    )
    assert check_same_fact(approval, [limit], COMPLAINTS)
    other = choice(
        "所有投诉须在（    ）内录入PMS系统投诉模块。",
        "24小时",
        ["12小时", "36小时", "48小时"],
        "所有投诉须在24小时内录入PMS系统投诉模块，并注明处理结果。",
        knowledge_point="投诉处理",
    )
    assert check_same_fact(other, [limit], COMPLAINTS) == []


# 4. Shortfall reasons a trainer can act on.

JARGON = ("terms of its head", "stated early", "with a topic", "写在各节开头", "有明确主题")


def all_reasons(language: Language) -> list[str]:
    made = [
        shortfall_reasons.no_rules(language, None),
        shortfall_reasons.no_rules(language, "押金管理"),
    ]
    for question_type in (
        "single_choice",
        "multiple_choice",
        "true_false",
        "fill_blank",
        "short_answer",
    ):
        for rules in (1, 4):
            made.append(shortfall_reasons.cannot_make(language, question_type, None, rules))
            made.append(
                shortfall_reasons.other_levels(
                    language, question_type, "hard", None, rules, ["easy"]
                )
            )
            made.append(
                shortfall_reasons.other_levels(
                    language, question_type, "easy", "Free trial", rules, ["medium", "hard"]
                )
            )
    return made


@pytest.mark.parametrize("language", ["en", "zh"])
def test_shortfall_reasons_say_it_plainly(language: Language):
    for reason in all_reasons(language):
        assert not any(word in reason for word in JARGON), reason


def test_an_english_reason_agrees_in_number_with_its_count():
    one = shortfall_reasons.other_levels("en", "true_false", "hard", None, 1, ["easy"])
    assert "the 1 rule left in the material is stated plainly, so it only makes easy" in one
    many = shortfall_reasons.other_levels("en", "true_false", "hard", None, 3, ["easy"])
    assert "the 3 rules left in the material are stated plainly, so they only make easy" in many
    single = shortfall_reasons.cannot_make("en", "fill_blank", None, 1)
    assert single.startswith("the 1 rule left in the material cannot make a fill-in question")
    assert not re.search(r"\b1 rules\b|\bnone of them\b|\bthey\b", single)


def slot(
    slot_id: str, difficulty: str, flexible: bool, question_type: str = "true_false"
) -> dict[str, Any]:
    return {
        "id": slot_id,
        "type": question_type,
        "difficulty": difficulty,
        "flexible": flexible,
        "knowledge_point": "",
        "fixed_point": False,
    }


@pytest.mark.parametrize("language", ["en", "zh"])
def test_one_shortfall_entry_never_gives_two_contradictory_reasons(language: Language):
    """ "the material has 1 rule no other question uses, but …" and "the material has no rule
    left …" in one entry: the trainer gets the most constrained slot's reason only."""
    slots = [slot("t1", "hard", False), slot("t2", "hard", False)]
    some_left = shortfall_reasons.other_levels(language, "true_false", "hard", None, 1, ["easy"])
    none_left = shortfall_reasons.no_rules(language, None)
    (entry,) = shortfall(slots, ["t1", "t2"], {"t1": some_left, "t2": none_left})
    assert entry.missing == 2 and entry.reason == none_left
    few, many = (
        shortfall_reasons.cannot_make(language, "true_false", None, rules) for rules in (1, 10)
    )
    (entry,) = shortfall(slots, ["t1", "t2"], {"t1": many, "t2": few})
    assert entry.reason == few


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_mixed_exam_is_never_told_to_ask_for_one_level(language: Language):
    """The trainer asked for "mixed": one entry per type with its count, and no "ask for easy"."""
    slots = [slot("s1", "medium", True), slot("s2", "easy", True), slot("s3", "hard", True)]
    reasons = {
        "s1": shortfall_reasons.other_levels(language, "true_false", "medium", None, 1, ["easy"]),
        "s3": shortfall_reasons.other_levels(language, "true_false", "hard", None, 1, ["easy"]),
        "s2": shortfall_reasons.no_rules(language, None),
    }
    (entry,) = shortfall(slots, ["s1", "s3"], reasons)
    assert entry.missing == 2 and entry.difficulty is None
    assert not re.search(r"ask for (easy|medium|hard)|请改为", entry.reason)
    assert "fewer" in entry.reason or "减少" in entry.reason
    # Asked for one level, the advice to ask for the level the material makes stays.
    fixed = [slot("f1", "hard", False)]
    (entry,) = shortfall(fixed, ["f1"], {"f1": reasons["s3"]})
    assert entry.difficulty == "hard"
    assert "ask for easy difficulty" in entry.reason or "请改为简单难度" in entry.reason


# Regressions from the eighth designer review (pharmacy, gym, data-protection, car-rental).


def texts_of(material: str) -> list[str]:
    return [fact.text for fact in facts_for(analyse(material))]


@pytest.mark.parametrize(
    "material",
    [
        "# 用药交代\n\n对以下顾客，药师应主动询问并重点交代：\n\n"
        "- 70 岁以上老人及每天服用 4 种以上药品的顾客；\n- 孕妇及哺乳期妇女。\n",
        "# 接待\n\n下列宾客，前台须优先安排低楼层：\n\n- 80 岁以上的宾客及携带 2 名以上婴儿的家庭。\n",
    ],
    ids=["patients", "guests"],
)
def test_a_list_item_without_a_predicate_is_not_a_fact(material: str):
    """「65岁以上老年人及同时服用5种以上药品的顾客」 names whom the lead-in speaks of; a blank on
    its figure asks a question with no rule in it."""
    assert texts_of(material) == []


def test_an_instruction_whose_object_is_a_pronoun_is_stated_with_the_sentence_before():
    """ "Report it to your Store Manager … within 24 hours": "it" is the sentence before's, so
    the rule is stated with that sentence in front, and its figure is still the one asked."""
    material = (
        "# Incidents\n\nA security incident includes a lost badge or a forced door. "
        "Send it to the Facilities Desk within 12 hours using the incident form. "
        "Keys must be returned to the Facilities Desk within 12 hours of leaving.\n"
    )
    facts = facts_for(analyse(material))
    assert [f.text for f in facts] == [
        "A security incident includes a lost badge or a forced door. Send it to the Facilities "
        "Desk within 12 hours using the incident form.",
        "Keys must be returned to the Facilities Desk within 12 hours of leaving.",
    ]
    (figure,) = [a for a in facts[0].anchors if a.role == "figure"]
    assert facts[0].text[figure.start : figure.end] == "12 hours"
    assert figure.start > facts[0].text.index("Send it")


def test_a_clause_after_a_semicolon_that_opens_with_its_verb_is_not_a_fact():
    """「…；造成用药事故的，移交质量管理部处理」: who caused the accident is the clause before's."""
    material = "# 总则\n\n门店员工迟到的，扣减当月奖金；造成顾客投诉的，移交区域经理处理。\n"
    assert not [t for t in texts_of(material) if t.startswith("造成")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Applies to every employee, intern and agency worker who works at a Northwind warehouse "
        "or handles supplier invoices.",
        "Breaching this policy may result in disciplinary action, up to and including dismissal.",
        "Breaking a rule in this policy may lead to disciplinary action.",
        "本制度适用于公司全部直营门店的收银员，包括入职不足 3 个月的实习生。",
        "违反本制度的，按《员工奖惩办法》扣减当月绩效 200 元。",
    ],
)
def test_scope_and_sanction_boilerplate_are_not_facts(sentence: str):
    """Who a policy covers and that breaking it is punished: every learner answers those without
    reading a rule, so no question may rest on them."""
    heading = "# 总则" if sentence[0] > "\u2e80" else "# Scope"
    assert texts_of(f"{heading}\n\n{sentence}\n") == []


def point_of(material: str, start: str) -> str:
    fact = next(f for f in facts_for(analyse(material)) if f.text.startswith(start))
    return _point(fact)


@pytest.mark.parametrize(
    ("material", "start", "whole"),
    [
        (
            "# Payment\n\nGift vouchers are accepted only for in-store purchases, and only if "
            "the customer also shows the original receipt.\n",
            "Gift",
            "only if the customer also shows the original receipt",
        ),
        (
            "# Sharing\n\nPatient records must never be sent through personal email, Telegram or "
            "other chat apps.\n",
            "Patient",
            "Telegram or other chat apps",
        ),
        (
            "# Deposits\n\nThe deposit is $200 for bikes, $400 for scooters, and $1,200 for "
            "e-cars.\n",
            "The deposit",
            "and $1,200 for e-cars",
        ),
        (
            "# 不合格品\n\n过期食品不得退还供应商，也不得作为员工福利发放。\n",
            "过期",
            "也不得作为员工福利发放",
        ),
    ],
    ids=["only-if", "list", "parallel-figures", "ye"],
)
def test_a_scoring_point_keeps_what_continues_its_rule(material: str, start: str, whole: str):
    """ "Debit cards are accepted only for Economy cars" without ", and only if the customer
    also shows a return flight ticket" teaches the wrong rule; "sent through personal email"
    without "WhatsApp or other messaging apps" credits half of it."""
    assert point_of(material, start).endswith(whole)


def test_a_scoring_point_still_stops_before_a_second_rule():
    material = (
        "# Returns\n\nRefunds are paid within 14 days, and the store manager signs every refund "
        "above $500.\n"
    )
    assert point_of(material, "Refunds") == "Refunds are paid within 14 days"


def test_a_cue_never_states_the_half_its_answer_is_parallel_to():
    """ "(1) All cars leave full and ..." leaves only "must come back full" to guess."""
    material = (
        "# Bikes\n\nAll bikes leave charged and must come back charged. "
        "Late returns must be reported to the Duty Manager within 2 hours. "
        "A lost key must be paid at $40 per key.\n"
    )
    made = Material.of(analyse(material), "en")
    parallel = next(f for f in made.facts if f.text.startswith("All bikes"))
    asked = ask(parallel, _point(parallel), zh=False)
    assert asked is None or "charged" not in asked
    assert _usable(made, next(f for f in made.facts if f.text.startswith("Late")), zh=False)


def test_a_cue_never_stops_inside_brackets():
    """ "With Full Protection ($18 per day), the excess …": the cue is "With Full Protection"."""
    material = (
        "# Cover\n\nWith Basic Cover ($9 per day), the excess is reduced to $300, except for "
        "glass damage.\n"
    )
    fact = facts_for(analyse(material))[0]
    assert opening(fact, zh=False) == "With Basic Cover"


def single_choices(material_text: str) -> list[Question]:
    material = Material.of(analyse(material_text), "en")
    return [
        question
        for fact in material.facts
        for level in ("easy", "medium", "hard")
        if (question := single_choice(material, fact, level, "Fees")) is not None
    ]


def test_an_article_that_fits_every_figure_stays_in_the_stem():
    """ "plus (    ) refuelling service fee" over "a $10 / a $25": the options read oddly when
    "a" fits every figure; it moves into the options only when one would need "an"."""
    material = (
        "# Fees\n\nEvery late return is charged a $25 handling fee. "
        "A lost key costs $60 plus a $30 locksmith call-out. "
        "A cleaning charge of $50 applies to smoking in the car. "
        "Child seats cost $12 per day, capped at $70 per rental.\n"
    )
    asked = [q for q in single_choices(material) if re.search(r"\(\s+\) handling", q.stem)]
    assert asked
    for question in asked:
        assert "charged a (    ) handling fee" in question.stem
        assert not any(o.text.startswith(("a ", "an ")) for o in question.options or [])
    assert _article_for("$80") == "an" and _article_for("$18") == "an"
    assert _article_for("$25") == "a" and _article_for("$1,800") == "a"


def test_a_gap_is_never_the_first_thing_in_brackets():
    """ "With Full Protection ((    ) per day)": the doubled bracket reads as a typo."""
    material = (
        "# Cover\n\nWith Premium Cover ($21 per day), the excess is reduced to $100. "
        "Without cover, the customer pays up to $1,500 for each claim. "
        "Basic Cover costs $9 per day and reduces the excess to $700.\n"
    )
    stems = [q.stem for q in single_choices(material)]
    assert stems
    assert not [s for s in stems if re.search(r"[(（]\s*\(\s+\)", s)]


@pytest.mark.parametrize(
    ("material", "expected"),
    [
        (
            "# 星河影城 会员卡规则（员工培训用）\n\n## 常见问题\n\n**会员卡可以转让吗？**\n"
            "金卡在有效期内可转让一次，须缴纳手续费 50 元。\n",
            "会员卡可以转让吗？",
        ),
        (
            "# Bright Bikes Rental Rules\n\n## FAQ\n\nCash deposits must be at least $200 per "
            "bike.\n",
            "Bright Bikes Rental Rules",
        ),
        ("# 星河影城 会员卡规则\n\n## 退换规则\n\n金卡须在 7 天内退换。\n", "退换规则"),
    ],
    ids=["zh-faq", "en-faq", "named-section"],
)
def test_a_section_named_for_its_layout_takes_the_documents_title(material: str, expected: str):
    """ "关于“常见问题”，以下说法…" names nothing a learner can think about: the document's
    title does, or (session 7) the FAQ question in bold over the answer, which heads it."""
    document = analyse(material)
    (fact,) = facts_for(document)
    assert section_point(document, fact.section) == expected


PACKAGES = (
    "# 课程包\n\n## 私教课\n\n"
    "游泳课按课时包销售：10 节课包有效期 3 个月，20 节课包有效期 6 个月，自购买之日起计算。\n"
)


def test_a_figure_whose_parallel_sibling_is_printed_is_not_asked_alone():
    """「12节课包有效期4个月，24节课包有效期（ ）」 is answered by proportion (8个月); blanking
    both figures asks the rule."""
    material = Material.of(analyse(PACKAGES), "zh")
    (fact,) = material.facts
    made = [
        q
        for level in ("easy", "medium", "hard")
        for q in (
            single_choice(material, fact, level, "私教课"),
            fill_blank(material, fact, level, "私教课"),
        )
        if q is not None
    ]
    assert all(len(q.answer) == 2 for q in made if q.type == "fill_blank")
    assert not [q for q in made if q.type == "single_choice"]
    assert [q for q in made if q.type == "fill_blank"]


def test_figures_of_one_unit_in_clauses_of_another_shape_stay_askable():
    """ "$15 per day, capped at $150 per rental": the cap does not follow from the day rate."""
    material = (
        "# Drivers\n\nDrivers aged 21-24 pay a surcharge of $15 per day, capped at $150 per "
        "rental.\n"
    )
    (fact,) = facts_for(analyse(material))
    assert [a.text for a in fact.anchors if parallel_sibling(fact, a, zh=False)] == []


ROLES = (
    "# 门店规范\n\n执业药师负责处方审核与用药交代。\n"
    '执业药师不在岗时，门店应挂出"药师不在岗"的提示牌。\n'
    "药师负责每日检查冷柜温度。\n质量经理负责每月巡检门店。\n"
    "距有效期不足 1 个月的药品必须下架，由店长填写下架单。\n"
)


def test_no_term_is_cut_at_a_quotation_mark():
    """Option B 「"药师」: a term taken from inside a quotation keeps half of it."""
    anchors = [a.text for f in facts_for(analyse(ROLES)) for a in f.anchors]
    assert anchors and not [a for a in anchors if re.search(r"[\"“”「」『』《》]", a)]


def test_no_distractor_contains_another_option():
    """药师 beside 执业药师: one is the other's kind, so the learner cannot tell which is wrong."""
    material = Material.of(analyse(ROLES), "zh")
    fact = next(f for f in material.facts if "店长" in f.text)
    anchor = next(a for a in fact.anchors if a.text == "店长")
    offered = [c.text.strip('"“”') for c in distractors(fact, anchor, material.facts, ROLES, True)]
    assert {"药师", "执业药师"} & set(offered)
    assert not [a for a in offered for b in offered if a != b and a in b]


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("cause", ["none_left", "cannot_make", "other_levels", "repeats"])
def test_a_reason_is_told_from_the_rules_the_final_exam_leaves(language: Language, cause: Any):
    """A writer's note says why; the count and the advice come from the final exam: no rule left
    asks for material, rules left never do (they say why they make no question of this type)."""
    made = shortfall_reasons.note(language, cause, "fill_blank", "hard", None, ["easy"])
    assert shortfall_reasons.render(made, 0) == shortfall_reasons.no_rules(
        language, None, "fill_blank"
    )
    told = shortfall_reasons.render(made, 7)
    assert ("7 rules" in told or "7条规定" in told) and not re.search("add material|补充材料", told)
    assert "fewer fill-in" in told or "减少该题型数量" in told
    assert shortfall_reasons.render("the model wrote nothing", 7) == "the model wrote nothing"


async def test_an_early_rounds_reason_does_not_outlive_a_later_rejection(
    offline_context: FlowContext,
):
    """Round 1 left the slot empty ("every rule is already tested"); a later round wrote a
    question the validators rejected as a repeat: the trainer reads the later reason, with the
    count of rules the final exam leaves."""
    material = "# Fees\n\nA lost key costs $40 per key. Late returns cost $25 per hour.\n"
    slots = [slot("f1", "medium", True, "fill_blank")]
    stale = shortfall_reasons.note("en", "none_left", "fill_blank", "medium", None)
    task: Any = {
        "question_type": "fill_blank",
        "slots": slots,
        "plan": 1,
        "round": 2,
        "text": material,
        "points": [],
        "exam_language": "en",
        "avoid": [],
        "share": [0, 1],
        "claims": [],
        "rejected": [],
    }
    written = await generate_questions(task, Runtime(context=offline_context))
    assert written["candidates"]
    state: Any = {
        "spec": {"fill_blank": 1},
        "plan": 1,
        "slots": slots,
        "pending": ["f1"],
        "text": material,
        "accepted": [],
        "points": [],
        "exam_language": "en",
        "title_hint": None,
        "unfilled": merge_notes({"1:f1": stale}, written["unfilled"]),
        "rejections": {"f1": ["tests the same fact as the accepted question 'A lost key costs'"]},
    }
    exam = Exam.model_validate((await assemble_exam(state))["exam"])
    (entry,) = exam.shortfall
    assert "2 rules in the material still untested" in entry.reason, entry.reason
    assert "another question of this exam already asks" in entry.reason, entry.reason


def test_a_do_not_instruction_is_a_rule_not_a_question():
    """ "Do not confirm to anyone, including police officers, whether …" was read as a question
    (it opens with "Do"), so a key prohibition was never asked."""
    material = (
        "# Visitors\n\nDo not tell any caller, including police officers, which room a guest is "
        "in.\nDo not ask for a passport number unless the guest is checking in.\n"
    )
    texts = texts_of(material)
    assert len(texts) == 2 and all(t.startswith("Do not") for t in texts)
    terms = [a.text for f in facts_for(analyse(material)) for a in f.anchors]
    assert not [t for t in terms if re.search(r"\bunless\b|\bwhether\b|self\b", t)]


def test_an_example_in_brackets_does_not_hide_the_rule():
    """ "Paper forms (for example, special-order slips) must be … shredded after 90 days": the
    example names what the rule covers; the sentence is still a rule, not a worked example."""
    material = (
        "# Storage\n\nSigned forms (for example, delivery notes) must be kept in the safe and "
        "shredded after 60 days.\nFor example, a delivery note from May is shredded in July.\n"
    )
    assert texts_of(material) == [
        "Signed forms (for example, delivery notes) must be kept in the safe and shredded "
        "after 60 days."
    ]


def test_one_example_of_a_list_is_not_a_key():
    """ "Do not confirm to anyone, including ____, whether …": police officers is one example
    among others a learner could name (lawyers, journalists)."""
    material = (
        "# Visitors\n\nDo not tell any caller, including journalists, which room a guest is in.\n"
        "发生火警时，店长须在 5 分钟内到场，包括夜班保安在内的员工须协助疏散。\n"
    )
    for fact in facts_for(analyse(material)):
        asked = [a.text for a in choice_anchors(fact)]
        assert "journalists" not in asked and "夜班保安" not in asked
    assert "店长" in [a.text for f in facts_for(analyse(material)) for a in choice_anchors(f)]


def test_a_short_answer_asks_for_figures_only_where_its_rules_have_them():
    """ "…with their figures, time limits or people responsible" over two rules with none."""
    material = (
        "# Collecting data\n\nFor a gift order you may ask for a delivery note for the "
        "recipient. For a repair booking you may collect name, address and one phone number. "
        "Staff must never copy a passport page for any booking.\n"
    )
    made = Material.of(analyse(material), "en")
    asked = [
        built[0]
        for fact in made.facts
        for level in ("easy", "medium", "hard")
        if (built := short_answer(made, fact, level, "Collecting data", set())) is not None
    ]
    assert asked and not [q for q in asked if "figures, time limits" in q.stem]


@pytest.mark.parametrize(
    ("point", "problem"),
    [
        ("Without insurance, the renter pays damage up to the excess of $2,000", None),
        (
            "Late returns are reported to the Branch Supervisor, who decides whether to call "
            "the police",
            None,
        ),
        ("Send every complaint to the Area Manager, who replies within 5 days", None),
        ("Gold members, who earn 500 stars in a year", "ends inside a relative clause"),
        ("Silver members get free delivery on every order of", "ends mid-clause"),
    ],
)
def test_a_whole_rule_ending_on_a_figure_or_a_relative_clause_is_a_whole_point(
    point: str, problem: str | None
):
    """ "… up to the excess of $1,500" was read as ending mid-clause (its last word is "of"),
    "… reported to the Duty Supervisor, who decides …" as an open relative clause: the short
    answers on those rules were never delivered."""
    found = _fragment_problem(point, "en")
    assert (found is None) if problem is None else (found is not None and problem in found)


def test_a_verb_after_its_subject_pronoun_is_not_part_of_a_role():
    """「建议其联系开方医师修改」: the key 联系开方医师 carried the verb with it."""
    material = "# 审核\n\n发现用药不适宜的，应建议其联系开方医师修改，药师不得自行修改处方。\n"
    anchors = [a.text for f in facts_for(analyse(material)) for a in f.anchors]
    assert "开方医师" in anchors and not [a for a in anchors if a.startswith("联系")]


def test_a_shortened_reference_to_the_sentence_before_is_stated_with_it():
    """ "Both the agent and customer sign the sheet" after "… on the damage sheet": which sheet
    is the sentence before's; a role ("the barista" after "the opening barista") is clear alone."""
    material = (
        "# Pick-up\n\nRecord every dent longer than 3 cm on the inspection form. Both the agent "
        "and the driver sign the form before keys are handed over.\n\n# Opening\n\n"
        "The opening barista must arrive 30 minutes before opening time. Before the doors "
        "open, the barista checks that each shot runs for at least 25 seconds.\n"
    )
    texts = texts_of(material)
    assert [t for t in texts if "sign the form" in t] == [
        "Record every dent longer than 3 cm on the inspection form. Both the agent and the "
        "driver sign the form before keys are handed over."
    ]
    assert [t for t in texts if t.startswith("Before the doors open")]


def test_a_cue_that_is_only_an_exception_is_no_cue():
    """ "（1）除处方药外……": many rules complete it; the learner has to guess which is meant."""
    material = "# 特殊药品\n\n除处方药外，不得向未成年人销售含可待因的止咳药水。\n"
    (fact,) = facts_for(analyse(material))
    assert opening(fact, zh=True) is None


def test_no_two_cues_of_a_short_answer_read_alike():
    """ "（1）产品自售出之日起……（2）产品自售出之日起……": which rule goes where is a guess."""
    material = (
        "# 退换\n\n- 产品自售出之日起 7 日内出现故障的，消费者可选择退货；\n"
        "- 产品自售出之日起 15 日内出现故障的，消费者可选择换货；\n"
        "- 保修期内同一故障经两次修理仍不能使用的，须免费更换同型号产品；\n"
        # An ask of its own: 「保修期内同一故障经一定数量修理仍有什么规定？」 was garbled (s10).
        "- 门店须在 3 个工作日内完成换货登记；\n"
    )
    made = Material.of(analyse(material), "zh")
    asked = [
        built[0]
        for fact in made.facts
        for level in ("easy", "medium", "hard")
        if (built := short_answer(made, fact, level, "退换", set())) is not None
    ]
    assert asked
    for question in asked:
        asks = re.findall(r"（\d）([^（]*?)(?:（写明[^）]*）)?(?=（\d）|$)", question.stem)
        assert len(asks) == len(question.scoring_points), question.stem
        assert len(asks) == len(set(asks)), question.stem


def test_a_cue_never_stops_inside_quotation_marks():
    """ "且不享受“……": the cue cuts the quoted name of the service in half."""
    material = "# 渠道\n\n二手平台购买的产品按出厂日期计算保修期，且不享受“7日退货”服务。\n"
    (fact,) = facts_for(analyse(material))
    focus = opening(fact, zh=True)
    assert focus is not None and "“" not in focus


@pytest.mark.parametrize(
    ("material", "start", "whole"),
    [
        ("# 团课\n\n学员迟到超过 20 分钟的，本节课不予补课。\n", "学员", "本节课不予补课"),
        (
            "# 储存\n\n开封的酱料须冷藏保存 3 天，并贴上开封日期标签。\n",
            "开封",
            "并贴上开封日期标签",
        ),
        (
            "# 课包\n\n游泳课按课时包销售：10 节课包有效期 3 个月，20 节课包有效期 6 个月，"
            "自购买之日起计算。\n",
            "游泳课",
            # the list the colon announces, to its end: the periods count from the purchase
            "20 节课包有效期 6 个月，自购买之日起计算",
        ),
        ("# 储存\n\n发现过期食品须在 2 小时内下架，登记品名和数量。\n", "发现", "登记品名和数量"),
        (
            "# 押金\n\n收据遗失的，宾客须在 3 天内填写遗失声明，经值班经理签字后方可退还押金。\n",
            "收据",
            "经值班经理签字后方可退还押金",
        ),
    ],
    ids=["condition", "bing", "parallel", "verb", "fangke"],
)
def test_a_chinese_scoring_point_keeps_its_rule_whole(material: str, start: str, whole: str):
    """「教练迟到超过15分钟的」 alone is a condition with no rule; 「并随药附赠冰袋」 and the
    sibling package's period belong to the rule the cue opens."""
    assert point_of(material, start).endswith(whole)


def test_half_of_a_name_joined_by_an_ampersand_is_no_term():
    """ "until the Health & ____ releases it" (key "Safety Manager") cuts the role's name."""
    material = (
        "# Incidents\n\nAfter a fire, do not re-enter the building until the Fire & Rescue "
        "Officer releases it.\n"
    )
    anchors = [a.text for f in facts_for(analyse(material)) for a in f.anchors]
    assert "Rescue Officer" not in anchors and "Fire" not in anchors


def test_a_chinese_gap_is_never_inside_brackets():
    """「须当面清点备用金（定额（    ））」: the blank doubles the bracket it sits in."""
    material = (
        "# 交接班\n\n交班时须当面清点备用金（定额 2,000 元）及押金现金。\n"
        "短款超过 100 元的，须报财务部调查。\n补办钥匙牌按 50 元收取工本费。\n"
    )
    made = Material.of(analyse(material), "zh")
    stems = [
        q.stem
        for fact in made.facts
        for level in ("easy", "medium", "hard")
        if (q := single_choice(made, fact, level, "交接班")) is not None
    ]
    assert stems and not [s for s in stems if re.search(r"[（(][^）)]*[（(]\s+[）)]", s)]


# -- Eleventh review (session 6): a pharmacy procedure, swim-card terms, a dental policy and a
# car-rental FAQ the engine had never seen. Each rule is tested on material written here.


def _zh_lexicon(material: str) -> Any:
    from graphs.text.lexicon import Lexicon

    return Lexicon.of(material, "zh")


def test_a_clause_of_time_is_not_glued_to_the_noun_after_it():
    """「发药时药师须…」 gave the distractor 时药师: 时 closes 发药时, it starts no word."""
    material = "# 收银\n\n结账时收银员须唱收唱付，交班时收银员须清点备用金。\n"
    segments = [s.text for s in _zh_lexicon(material).segment(material)]
    assert "收银员" in segments and not [s for s in segments if s.startswith("时") and len(s) > 1]


def test_a_modal_fused_by_jieba_is_read_as_the_rules_modal():
    """jieba reads 「购买时须登记」 as 购买 / 时须 / 登记, which hid the obligation."""
    (fact,) = facts_for(analyse("# 登记\n\n顾客购买时须登记身份证号码，由店员核对。\n"))
    assert "obligation" in fact.kinds and fact.modal is not None and fact.modal[0] == "须"


def test_a_modal_is_never_the_end_of_a_term():
    """「观摩区禁止使用闪光灯」: 区 + 禁止 was one 'term', and the prohibition was lost."""
    (fact,) = facts_for(analyse("# 观摩\n\n家长观摩区禁止使用闪光灯拍照。\n"))
    assert "prohibition" in fact.kinds


CARDS = "# 会员卡\n\n月卡：1个月内不限次数使用，售价300元。\n半年卡：6个月内不限次数使用，售价1500元。\n"


def test_a_period_a_card_is_named_for_is_no_figure_to_ask_or_change():
    """「季卡：3个月内…」 asked 3个月 (the name says it) and 「年卡：9个月内」 was false by its name."""
    facts = facts_for(analyse(CARDS))
    figures = {a.text for f in facts for a in f.anchors if a.role == "figure"}
    assert figures == {"300元", "1500元"}
    material = Material.of(analyse(CARDS), "zh")
    for fact in material.facts:
        for made in false_statements(fact, material.facts, CARDS, True):
            assert ("1个月" in made.statement) == ("月卡" in made.statement)
            assert ("6个月" in made.statement) == ("半年卡" in made.statement)


def test_the_validators_refuse_a_key_or_a_change_the_name_settles():
    base = {"explanation": "原文如此", "knowledge_point": "会员卡", "difficulty": "easy"}
    fill = {
        **base,
        "type": "fill_blank",
        "stem": "填空：月卡：____内不限次数使用，售价300元。",
        "answer": ["1个月"],
        "source_quote": "月卡：1个月内不限次数使用，售价300元。",
    }
    _, problems = validate_question(fill, CARDS, [])
    assert any("given away by '月卡'" in p for p in problems)
    statement = {
        **base,
        "type": "true_false",
        "stem": "判断正误：半年卡：9个月内不限次数使用，售价1500元。",
        "answer": ["false"],
        "source_quote": "半年卡：6个月内不限次数使用，售价1500元。",
    }
    _, problems = validate_question(statement, CARDS, [])
    assert any("false by its name alone" in p for p in problems)


RUNS = "# 晋级\n\n学员连续2次考核通过后，可以升入上一级班级。\n"


def test_a_run_is_never_changed_to_one_time():
    """「连续1次水平考核通过」 reads as nonsense: one time is no run."""
    material = Material.of(analyse(RUNS), "zh")
    (fact,) = material.facts
    made = [s.statement for s in false_statements(fact, material.facts, RUNS, True)]
    assert made and not [s for s in made if "连续1次" in s]
    question = {
        "type": "true_false",
        "stem": "判断正误：学员连续1次考核通过后，可以升入上一级班级。",
        "answer": ["false"],
        "explanation": "原文为连续2次",
        "knowledge_point": "晋级",
        "difficulty": "medium",
        "source_quote": "学员连续2次考核通过后，可以升入上一级班级。",
    }
    _, problems = validate_question(question, RUNS, [])
    assert any("a run of one is no run" in p for p in problems)


PARKING = (
    "# Parking\n\nStaff park free for up to 4 hours. Longer stays cost 5 dollars per hour.\n\n"
    "Visitors must sign in at reception; they receive a badge that is valid for 8 hours.\n"
)


def test_a_comparison_or_a_clause_after_a_semicolon_is_stated_with_what_it_leans_on():
    """ "Shorter rentals include 200 kilometres per day" and "…; the dentist decides whether
    they can still be seen" were asked alone."""
    texts = [f.text for f in facts_for(analyse(PARKING))]
    assert "Longer stays cost 5 dollars per hour." not in texts
    assert any(t.startswith("Staff park free") and "Longer stays" in t for t in texts)
    assert not [t for t in texts if t.startswith("They receive")]


def test_the_validators_refuse_an_item_that_leans_on_text_it_does_not_show():
    base = {"explanation": "As written.", "knowledge_point": "Parking", "difficulty": "easy"}
    cloze = {
        **base,
        "type": "single_choice",
        "stem": "According to the course material, which option fits the brackets? Longer stays "
        "cost (    ) per hour.",
        "options": [
            {"key": "A", "text": "5 dollars"},
            {"key": "B", "text": "3 dollars"},
            {"key": "C", "text": "8 dollars"},
            {"key": "D", "text": "10 dollars"},
        ],
        "answer": ["A"],
        "source_quote": "Longer stays cost 5 dollars per hour.",
    }
    _, problems = validate_question(cloze, PARKING, [])
    assert any("compares with the sentence before" in p for p in problems)
    statement = {
        **base,
        "type": "true_false",
        "stem": "True or false: They receive a badge that is valid for 8 hours.",
        "answer": ["true"],
        "source_quote": "they receive a badge that is valid for 8 hours.",
    }
    _, problems = validate_question(statement, PARKING, [])
    assert any("after a semicolon" in p for p in problems)


FAQ_PHRASES = (
    "# Check-in FAQ\n\n**What ID is needed?**\nA passport valid for at least 6 months.\n"
    "Staff must check the passport at the desk.\n\n**What if a case is not listed?**\n"
    "If a case is not covered here, ask the duty manager before promising anything.\n\n"
    "## Closing\n\nWhen closing, staff must count the float twice. If the lift fails, for "
    "example because of a power cut, the engineer must be called within 30 minutes. The "
    "minimum age to work the bar is 18.\n"
)


def test_faq_noun_phrases_and_here_are_no_facts_and_conditions_are():
    """ "A credit card in the main driver's name." answered its question and was asked as a
    statement; "not covered here" named nothing; "When booking, staff confirm…" was taken for a
    question and "…, for example because a dentist is ill, …" for a worked example."""
    facts = facts_for(analyse(FAQ_PHRASES))
    texts = " | ".join(f.text for f in facts)
    assert "A passport valid" not in texts and "covered here" not in texts
    assert "When closing, staff must count the float twice." in texts
    assert "the engineer must be called within 30 minutes" in texts
    (age,) = [f for f in facts if "minimum age" in f.text]
    assert [a.text for a in age.anchors if a.role == "figure"] == ["18"]


def test_the_validators_refuse_a_noun_phrase_offered_as_a_statement():
    question = {
        "type": "multiple_choice",
        "stem": 'Which statements about "Check-in FAQ" agree with the course material?',
        "options": [
            {"key": "A", "text": "A passport valid for at least 3 months."},
            {"key": "B", "text": "Staff must check the passport at the desk."},
            {"key": "C", "text": "When closing, staff must count the float twice."},
            {"key": "D", "text": "Staff must count the float three times when closing."},
        ],
        "answer": ["B", "C"],
        "explanation": "As written.",
        "knowledge_point": "Check-in FAQ",
        "difficulty": "medium",
        "source_quote": "Staff must check the passport at the desk.",
    }
    _, problems = validate_question(question, FAQ_PHRASES, [])
    assert any("holds a noun phrase (an FAQ answer" in p for p in problems)


SIGN_OFF = "# 退换\n\n商品有质量问题的，顾客可在购买后3天内凭小票退换，由值班经理审批。\n"


def test_a_scoring_point_keeps_who_signs_the_rule_off():
    """「…顾客可在购药后7天内凭购药小票办理退换」 dropped 「由店长审批」."""
    (fact,) = facts_for(analyse(SIGN_OFF))
    assert _point(fact).endswith("由值班经理审批")
    question = {
        "type": "short_answer",
        "stem": "根据课程材料“退换”部分，把下面的规定补充完整：（1）商品有质量问题的，顾客……",
        "answer": ["商品有质量问题的，顾客可在购买后3天内凭小票退换"],
        "scoring_points": ["商品有质量问题的，顾客可在购买后3天内凭小票退换"],
        "explanation": "原文如此",
        "knowledge_point": "退换",
        "difficulty": "easy",
        "source_quote": "商品有质量问题的，顾客可在购买后3天内凭小票退换，由值班经理审批。",
    }
    _, problems = validate_question(question, SIGN_OFF, [])
    assert any("drops '由值班经理审批'" in p for p in problems)


def test_an_option_glued_to_the_grammar_before_it_is_no_term():
    material = "# 发药\n\n发药时药师须向顾客说明用法用量。\n营业员负责收款，店长负责审批退货。\n"
    question = {
        "type": "single_choice",
        "stem": "根据课程材料，选择最恰当的一项填入括号：（    ）负责收款。",
        "options": [
            {"key": "A", "text": "营业员"},
            {"key": "B", "text": "时药师"},
            {"key": "C", "text": "店长"},
        ],
        "answer": ["A"],
        "explanation": "原文如此",
        "knowledge_point": "发药",
        "difficulty": "easy",
        "source_quote": "营业员负责收款，店长负责审批退货。",
    }
    _, problems = validate_question(question, material, [])
    assert any("'时药师' is no term" in p for p in problems)


def test_safety_deadlines_and_duties_rank_before_trivia():
    """The swim exam asked where valuables go before how fast an accident is reported."""
    from graphs.exam_generation.offline_writer import _fact_rank

    material = (
        "# 规定\n\n学员的贵重物品须存入前台保管柜。\n"
        "发生溺水事故的，馆长须在2小时内向区域经理书面报告。\n"
    )
    trivia, urgent = facts_for(analyse(material))
    for kind in ("single_choice", "fill_blank", "short_answer"):
        assert _fact_rank(urgent, kind) < _fact_rank(trivia, kind)


def test_a_changed_range_is_a_safe_figure_change():
    """「5到7个工作日」 -> 「5到8个工作日」 was read as a verb phrase turned noun, once the engine's
    own 「改成了」 explanations were read."""
    from graphs.exam_generation.swap_safety import stated_changes, unsafe_change

    assert stated_changes("题干将“5到7个工作日”改成了“5到8个工作日”。") == [
        ("5到7个工作日", "5到8个工作日")
    ]
    assert unsafe_change("5到7个工作日", "5到8个工作日", "zh") is None


def test_a_reported_question_does_not_make_a_statement_a_question():
    """「顾客询问“配一副眼镜要多久”时，前台应…」 states what the front desk does."""
    from graphs.exam_generation.prose import check_statement_form

    question = Question(
        type="true_false",
        stem="判断正误：顾客询问“配一副眼镜要多久”时，前台应如实回答：定制镜片需要5到7个工作日。",
        answer=["true"],
        explanation="原文如此",
        knowledge_point="配镜",
        difficulty="easy",
        source_quote="顾客询问“配一副眼镜要多久”时，前台应如实回答：定制镜片需要5到7个工作日。",
    )
    assert check_statement_form(question, "") == []


def test_true_false_slots_ask_the_scarcer_false_first():
    """Exams leaned true (about two in three): a slot whose false version failed became true,
    and a material that fills only some slots filled the true ones. The first slot now asks for
    a false statement, and a batch takes the answer it has fewer of."""
    from graphs.exam_generation.offline_writer import OfflineQuestionWriter
    from graphs.exam_generation.writers import WriteRequest

    material = (
        "# 门店\n\n冷藏柜温度须保持在2℃至8℃之间。\n收银员须在交班后30分钟内上交备用金。\n"
        "店长每周检查一次消防器材。\n员工不得在操作区吸烟。\n"
    )
    slots = [
        {
            "id": f"true_false-{i}",
            "type": "true_false",
            "difficulty": "medium",
            "flexible": True,
            "knowledge_point": None,
            "fixed_point": False,
        }
        for i in (1, 2)
    ]
    request = WriteRequest(
        question_type="true_false",
        slots=slots,
        document=analyse(material),
        points=[],
        language="zh",
    )
    made = OfflineQuestionWriter().write_now(request).questions
    assert made["true_false-1"].answer == ["false"]
    assert sorted(q.answer[0] for q in made.values()) == ["false", "true"]


def test_a_chinese_amount_with_a_multiplier_is_a_figure():
    """「年度免赔额为1万元」 and 「保险金额为200万元」 read as bare numbers, labels, so the
    insurance terms' key amounts were never asked."""
    material = "# 保障\n\n一般医疗保险金的年度免赔额为1万元，保险金额为200万元。\n"
    (fact,) = facts_for(analyse(material))
    assert [a.text for a in fact.anchors if a.role == "figure"] == ["1万元", "200万元"]


# -- Found by the held-out judgement of the eleventh review (fixed after it was recorded).


def test_an_organisation_after_a_role_is_one_term():
    """区域客服 was swapped into a false option: a piece of 区域客服中心."""
    material = "# 上报\n\n发现账目异常的，店长须在2小时内报告区域财务中心。\n"
    (fact,) = facts_for(analyse(material))
    assert "区域财务中心" in [a.text for a in fact.anchors]


RATINGS = (
    "# Rides\n\nRides rated 8B may be used by children under 8 only with an adult. Rides rated "
    "10 and 14 are closed to anyone younger.\n\nStaff check wristbands again for 14 rides.\n"
)


def test_a_number_a_code_or_rating_holds_is_no_figure():
    """ "children under 12" beside "12A" was changed to "under 15" (false by the code alone), and
    "for 18 films" was asked against 10, 15 and 20 films (18 is a rating, not a count)."""
    figures = [a.text for f in facts_for(analyse(RATINGS)) for a in f.anchors if a.role == "figure"]
    assert "8" not in figures and "14 rides" not in figures
    question = {
        "type": "true_false",
        "stem": "True or false: Rides rated 8B may be used by children under 10 only with an adult.",
        "answer": ["false"],
        "explanation": "The material says under 8.",
        "knowledge_point": "Rides",
        "difficulty": "medium",
        "source_quote": "Rides rated 8B may be used by children under 8 only with an adult.",
    }
    _, problems = validate_question(question, RATINGS, [])
    assert any("which '8B' names" in p for p in problems)


def test_items_on_two_clauses_of_one_sentence_do_not_print_each_others_key():
    """ "收寄的包裹须在当日18点前交给干线车辆" printed the key of "____以后收寄的，次日首班车发出"."""
    material = "# 交接\n\n当日的货款须在17点前交给财务；17点以后收到的货款，次日上午交给财务。\n"
    statement = Question(
        type="true_false",
        stem="判断正误：当日的货款须在17点前交给财务。",
        answer=["true"],
        explanation="原文如此",
        knowledge_point="交接",
        difficulty="easy",
        source_quote="当日的货款须在17点前交给财务；",
    )
    cloze = {
        "type": "fill_blank",
        "stem": "填空：____以后收到的货款，次日上午交给财务。",
        "answer": ["17点"],
        "explanation": "原文如此",
        "knowledge_point": "交接",
        "difficulty": "easy",
        "source_quote": "17点以后收到的货款，次日上午交给财务。",
    }
    _, problems = validate_question(cloze, material, [statement])
    assert any("rests on the same sentence and prints '17点'" in p for p in problems)


def test_a_term_the_material_only_says_with_its_head_is_no_option():
    material = "# 上报\n\n发现账目异常的，店长须在2小时内报告区域财务中心。\n收银员负责每日对账。\n"
    question = {
        "type": "single_choice",
        "stem": "根据课程材料，选择最恰当的一项填入括号：（    ）负责每日对账。",
        "options": [
            {"key": "A", "text": "收银员"},
            {"key": "B", "text": "区域财务"},
            {"key": "C", "text": "店长"},
        ],
        "answer": ["A"],
        "explanation": "原文如此",
        "knowledge_point": "上报",
        "difficulty": "easy",
        "source_quote": "收银员负责每日对账。",
    }
    _, problems = validate_question(question, material, [])
    assert any("it only ever says '区域财务中心'" in p for p in problems)


# --- Independent review, session 6: an exam designer who had not read the generator judged 77
# questions on three materials she wrote (bench/labels/exam_designer_batch7_independent.yaml).
# The tests below use sentences written for them, not hers.


def test_a_short_condition_after_a_semicolon_is_stated_with_the_clause_before():
    """「…由主管致电住户；打不通的，由主管与保安一同上门」: whom they cannot reach is the first
    clause's; alone, the condition has no subject."""
    from graphs.text.clause_forms import leans_across_semicolon

    assert leans_across_semicolon("打不通的，由主管与保安一同上门查看。", "zh")
    assert not leans_across_semicolon("包裹破损的，须当场拍照并由顾客签字。", "zh")
    material = (
        "# 上门\n\n住户连续三天未取件的，由主管致电住户；打不通的，由主管与保安一同上门查看。\n"
    )
    texts = texts_of(material)
    assert not any(t.startswith("打不通的") for t in texts)


def test_a_verbless_note_after_a_semicolon_leans_on_its_plan():
    """ "Evening plan: £20 per month; access only after 18:00 on weekdays": whose access."""
    from graphs.text.clause_forms import leans_across_semicolon

    assert leans_across_semicolon("access only after 18:00 on weekdays and all day Sunday.", "en")
    assert not leans_across_semicolon("every extra hour costs 3 pounds.", "en")
    assert not leans_across_semicolon("staff must check the booking.", "en")
    material = (
        "# Plans\n\nEvening plan: £20 per month; access only after 18:00 on weekdays and all "
        "day Sunday.\n"
    )
    question = choice(
        "According to the course material, which option fits the brackets? Access only after "
        f"{BLANK} on weekdays and all day Sunday.",
        "18:00",
        ["17:00", "19:00", "20:00"],
        "access only after 18:00 on weekdays and all day Sunday.",
    )
    _, problems = validate_question(question.model_dump(), material, [])
    assert any("clause after a semicolon" in p for p in problems)


def test_the_one_the_sentence_before_introduced_is_named_on_both_paths():
    """ "The visitor pays £6" after "members may bring one visitor": whose visitor."""
    from graphs.text.references import leans_on_previous, names_one_introduced

    before = "Members may bring one visitor per week."
    assert names_one_introduced("The visitor pays £6 at the desk.", before)
    assert not names_one_introduced("The visitor pays £6 at the desk.", "Visitors are welcome.")
    assert leans_on_previous("The visitor pays £6 at the desk.", before, "en")
    material = (
        "# Visitors\n\nMembers may bring one visitor per week. The visitor pays £6 at the desk.\n"
    )
    item = Question(
        type="true_false",
        stem="True or false: The visitor pays £6 at the desk.",
        answer=["true"],
        explanation='The material says: "The visitor pays £6 at the desk."',
        knowledge_point="Visitors",
        difficulty="easy",
        source_quote="The visitor pays £6 at the desk.",
    )
    _, problems = validate_question(item.model_dump(), material, [])
    assert any("the sentence before it" in p for p in problems)


def test_an_item_of_a_list_run_into_one_sentence_is_no_statement():
    """「以下商品不予退货：已拆封的耳机；…；已绑定账号的游戏机」: an item is a noun phrase whose rule
    is the lead-in's; as a multiple-choice option (or a fact) it states nothing."""
    from graphs.text.clause_forms import inline_list_item

    material = (
        "# 退货\n\n以下商品不予退货：已拆封的耳机；定制刻字的手表；已绑定账号的游戏机。\n"
        "顾客须在签收后7天内申请退货，门店须在3个工作日内完成审核。\n"
    )
    assert inline_list_item("以下商品不予退货：已拆封的耳机；")
    assert not inline_list_item("门店须在3个工作日内完成审核；")
    assert not any("游戏机" in t and not t.startswith("以下") for t in texts_of(material))
    item = statements(
        "退货",
        [
            "顾客须在签收后7天内申请退货。",
            "门店须在3个工作日内完成审核。",
            "已绑定账号的游戏机在10天内。",
            "顾客须在签收后15天内申请退货。",
        ],
        ["A", "B"],
    )
    _, problems = validate_question(item, material, [])
    assert any("an item of a list" in p for p in problems)


def test_a_figure_in_a_purpose_clause_is_not_the_one_a_false_statement_changes():
    """「须在12:00前完成，以保证13:00起用餐的客人不等候超过30分钟」: 30分钟 says why, not what is
    required; changed, the key is arguable. The rule's own figure is changed instead."""
    from graphs.exam_generation.false_statements import change_figure
    from graphs.text.figure_sense import in_purpose_clause

    text = "备餐须在12:00前完成，以保证13:00起用餐的客人不等候超过30分钟。"
    assert in_purpose_clause(text, text.index("30分钟"))
    assert not in_purpose_clause(text, text.index("12:00"))
    fact = only_fact(f"# 备餐\n\n{text}\n")
    changed = {f.original for f in change_figure(fact)}
    assert "12:00" in changed and "30分钟" not in changed and "13:00" not in changed
    material = f"# 备餐\n\n{text}\n"
    item = Question(
        type="true_false",
        stem="判断正误：备餐须在12:00前完成，以保证13:00起用餐的客人不等候超过45分钟。",
        answer=["false"],
        explanation="原文为“不等候超过30分钟”，题中改成了“45分钟”。",
        knowledge_point="备餐",
        difficulty="medium",
        source_quote=text,
    )
    _, problems = validate_question(item.model_dump(), material, [])
    assert any("purpose clause" in p for p in problems)


def test_a_scoring_point_keeps_the_other_tiers_and_the_note_of_its_rule():
    """「使用3年以内的按8%折价，3至6年的按4%折价」 and "£35 per month, minimum term 6 months": the
    rest of the rule is in the point; "and the manager signs refunds above $500" (another rule
    with a verb of its own) still is not."""
    tiers = only_fact("# 回收\n\n旧机折价标准：使用3年以内的按8%折价，3至6年的按4%折价。\n")
    assert "4%" in _point(tiers)
    note = only_fact("# Plans\n\nStandard plan: £35 per month by card, minimum term 6 months.\n")
    assert "6 months" in _point(note)


def short_item(points: list[str], material: str, zh: bool) -> dict[str, Any]:
    cues = [p[:8] for p in points]
    stem = (
        "根据课程材料，把下面规定补充完整："
        + "".join(f"（{i}）{c}……" for i, c in enumerate(cues, 1))
        if zh
        else "Complete these rules: " + " ".join(f"({i}) {c} ..." for i, c in enumerate(cues, 1))
    )
    return Question(
        type="short_answer",
        stem=stem,
        answer=[("；" if zh else "; ").join(points)],
        scoring_points=points,
        explanation="",
        knowledge_point="x",
        difficulty="medium",
        source_quote=points[0],
    ).model_dump()


def test_a_scoring_point_that_stops_before_its_consequence_is_refused_on_both_paths():
    """A point that stops before the rest of its rule: the other tiers of the same figure, or the
    next sentence that escalates it ("If it is late again, …"). A clause after a semicolon is a
    rule of its own, and the next plain sentence too."""
    from graphs.exam_generation.scoring_points import check_scoring_points
    from graphs.text.lexicon import Lexicon

    material = (
        "# Payments\n\nIf a payment is late, we send a reminder after 3 days. If it is late "
        "again, the account is paused and a £8 fee is charged.\nLockers cost £1 per visit; "
        "they must be emptied by closing time.\n"
    )
    lexicon = Lexicon.of(material)
    late = short_item(
        [
            "If a payment is late, we send a reminder after 3 days",
            "Lockers cost £1 per visit",
        ],
        material,
        zh=False,
    )
    problems = check_scoring_points(Question.model_validate(late), lexicon, "en")
    assert any("scoring point 1" in p and "stops before" in p for p in problems)
    assert not any("scoring point 2" in p for p in problems)
    zh_material = "# 回收\n\n旧机折价标准：使用3年以内的按8%折价，3至6年的按4%折价。\n"
    zh_item = short_item(["旧机折价标准：使用3年以内的按8%折价"], zh_material, zh=True)
    zh_problems = check_scoring_points(
        Question.model_validate(zh_item), Lexicon.of(zh_material), "zh"
    )
    assert any("stops before" in p for p in zh_problems)


def test_a_cue_stops_at_the_first_modal_of_its_rule():
    """「毛巾发黄的，须挑出报废，不得继续使用」: the cue prints the condition, not 须挑出报废."""
    fact = only_fact("# 布草\n\n毛巾出现破洞或明显发黄的，须挑出报废，不得继续使用。\n")
    focus = opening(fact, True)
    assert focus is not None and "须" not in focus and "报废" not in focus


def test_a_shortfall_for_a_multi_fact_type_is_told_by_part_not_by_the_whole_material():
    """ "31 rules left could not make a multiple choice" while another run on the same material
    made two: what a multiple choice needs is rules under one heading, so the reason counts them
    there, and says what failed when some headings have enough."""
    note = shortfall_reasons.note("zh", "cannot_make", "multiple_choice", "easy", None)
    spread = shortfall_reasons.render(note, 31, (2, 0))
    assert "31" not in spread and "最多2条" in spread
    some = shortfall_reasons.render(note, 31, (5, 2))
    assert "31" not in some and "2个部分" in some
    en = shortfall_reasons.note("en", "cannot_make", "short_answer", "easy", None)
    assert "at most 1 under one heading" in shortfall_reasons.render(en, 12, (1, 0))


def test_a_shortfall_names_the_checks_in_the_trainers_words_and_never_advises_below_delivered():
    from graphs.exam_generation.capacity import small_material_note

    finding = (
        "'A towel ...' holds a noun phrase that answers an FAQ question, not a statement to judge"
    )
    note = shortfall_reasons.note(
        "zh", "failed_checks", "fill_blank", "easy", None, problems=[finding]
    )
    told = shortfall_reasons.render(note, 9)
    assert re.search(r"[A-Za-z]{3,}", told) is None and "上下文" in told
    counts = {"single_choice": 4, "multiple_choice": 2, "true_false": 4, "fill_blank": 4}
    missing = {"single_choice": 0, "multiple_choice": 1, "true_false": 0, "fill_blank": 0}
    said = small_material_note("en", 20, counts, missing)
    asked = re.search(r"ask for (.+?) \(what it made now\)", said)
    assert asked is not None
    numbers = dict((kind, int(n)) for n, kind in re.findall(r"(\d+) ([a-z/-]+)", asked.group(1)))
    assert numbers["single-choice"] >= 4 and numbers["true/false"] >= 4


def test_a_cue_that_prints_the_action_and_most_of_its_point_is_refused():
    """「（1）毛巾出现破洞或明显发黄的，须挑出报废……」 leaves only 「不得继续使用」 to write; a cue
    that opens the rule (「（1）毛巾出现破洞或明显发黄的……」) is fine."""
    from graphs.exam_generation.scoring_points import check_scoring_points
    from graphs.text.lexicon import Lexicon

    material = (
        "# 布草\n\n毛巾出现破洞或明显发黄的，须挑出报废，不得继续使用。\n"
        "布草间每周五下午须盘点一次，差异超过5条的报主管。\n"
    )
    points = ["毛巾出现破洞或明显发黄的，须挑出报废，不得继续使用", "布草间每周五下午须盘点一次"]

    def item(first_cue: str) -> Question:
        return Question(
            type="short_answer",
            stem=f"把下面规定补充完整：（1）{first_cue}……（2）布草间每周五……",
            answer=["；".join(points)],
            scoring_points=points,
            explanation="",
            knowledge_point="布草",
            difficulty="medium",
            source_quote=points[0],
        )

    lexicon = Lexicon.of(material)
    told = check_scoring_points(item("毛巾出现破洞或明显发黄的，须挑出报废"), lexicon, "zh")
    assert any("cue 1" in p for p in told)
    assert not any("cue" in p for p in check_scoring_points(item("毛巾出现破洞"), lexicon, "zh"))


@pytest.mark.parametrize("language", ["en", "zh"])
def test_types_with_no_rule_left_are_told_apart(language: Language) -> None:
    """Three types short with no rule left were three identical lines (「请减少该题型的题量」
    thrice, session 15): each reason names its type."""
    told = [
        shortfall_reasons.render(
            shortfall_reasons.note(language, "none_left", kind, "easy", None, []), 0
        )
        for kind in ("multiple_choice", "true_false", "fill_blank")
    ]
    assert len(set(told)) == 3, told
    assert all("该题型" not in t and "of this type" not in t for t in told), told
