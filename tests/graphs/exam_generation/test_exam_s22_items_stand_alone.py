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

import re

import pytest

from graphs.context import FlowContext
from graphs.exam_generation.blanks import check_blank_cuts_word
from graphs.exam_generation.distractors import distractors
from graphs.exam_generation.false_statements import false_statements
from graphs.exam_generation.fill_keys import check_fill_key_repeated
from graphs.exam_generation.lost_context import lost_context
from graphs.exam_generation.material import Material
from graphs.exam_generation.permission_paths import permission_path
from graphs.exam_generation.plausible_flips import check_plausible_flips
from graphs.exam_generation.prose import statement_of
from graphs.exams import Language, Question
from graphs.text import analyse
from graphs.text.lexicon import Lexicon
from graphs.text.word_class import semantic_kind
from tests.support.exam_flow import delivered_exam

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


RINK_REPAIR = """溜冰场冰面维护规范

1. 冰面修补必须使用专用补冰液，比例为每10升水加入200毫升。
2. 补冰后冰面须静置20分钟方可开放。
3. 冰面温度须保持在零下5摄氏度以下。
4. 冰刀损坏的，另收维修费30元。
5. 顾客摔伤时，安全员须在2分钟内到达现场。
"""

PLANETARIUM_TICKETS = """Starlight Planetarium: tickets

1. Visitors who arrive more than 10 minutes late are not admitted to the show.
2. A late visitor may instead book a later show that day at no charge.
3. A booking on another day costs a further 4 pounds.
4. The duty manager approves any refund above 30 pounds.
5. School groups need one teacher for every 10 pupils.
6. The projector lamp must cool for 15 minutes before the dome lights go up.
"""


@pytest.mark.parametrize(
    ("text", "language", "lost"),
    [
        ("比例为每10升水加入200毫升。", "zh", True),
        ("比例为每____水加入____。", "zh", True),
        ("冰面修补必须使用专用补冰液，比例为每10升水加入200毫升。", "zh", False),
        ("补冰液的比例为每10升水加入200毫升。", "zh", False),
        ("A booking on another day costs a further 4 pounds.", "en", True),
        ("A late visitor may instead book a later show that day at no charge.", "en", True),
        # Look-alikes that name their own case stay as they are.
        ("A late visitor may book a later show instead of a refund.", "en", False),
        ("Tickets cannot be exchanged after the show for another day.", "en", False),
        ("The duty manager approves any refund above 30 pounds.", "en", False),
    ],
)
def test_a_statement_measured_against_the_sentence_before_has_lost_its_context(
    text: str, language: Language, lost: bool
) -> None:
    assert (lost_context(text, language, judged=False) is not None) is lost


@pytest.mark.parametrize("text", [RINK_REPAIR, PLANETARIUM_TICKETS])
async def test_no_item_asks_a_case_or_a_ratio_cut_from_its_anchor(
    offline_context: FlowContext, text: str
) -> None:
    exam = await delivered_exam(
        offline_context, {"material": text, "single_choice": 2, "true_false": 3, "fill_blank": 3}
    )
    assert exam.questions
    for q in exam.questions:
        stem = statement_of(q.stem)
        assert not stem.startswith("比例"), q.stem
        assert "another day" not in stem and "instead" not in stem, q.stem


DOME = """Starlight Planetarium: dome care

1. The dome temperature must stay below 24 degrees C during a show.
2. The projector lamp must cool for 15 minutes before the dome lights go up.
3. The duty manager approves any refund above 30 pounds.
4. School groups need one teacher for every 10 pupils.
"""


async def test_a_figure_blank_takes_its_number_and_unit_whole(
    offline_context: FlowContext,
) -> None:
    exam = await delivered_exam(offline_context, {"material": DOME, "fill_blank": 3})
    stems = [q.stem for q in exam.questions]
    assert not any(re.search(r"____\s+C\b", s) for s in stems), stems
    keys = [a for q in exam.questions for a in q.answer]
    assert "24 degrees C" in keys, keys


def test_the_validators_refuse_a_blank_that_splits_a_figure_from_its_unit() -> None:
    quote = "The dome temperature must stay below 24 degrees C during a show."
    lexicon = Lexicon.of(DOME, "en")
    split = Question(
        type="fill_blank",
        stem="Fill in the blank: The dome temperature must stay below ____ C during a show.",
        answer=["24 degrees"],
        source_quote=quote,
    )
    assert check_blank_cuts_word(split, lexicon, "en")
    whole = split.model_copy(
        update={
            "stem": "Fill in the blank: The dome temperature must stay below ____ during a show.",
            "answer": ["24 degrees C"],
        }
    )
    assert check_blank_cuts_word(whole, lexicon, "en") == []


GROUPS = """Starlight Planetarium: group bookings

1. The bookings manager approves any change to a group booking.
2. The manager handles any dispute about a group invoice.
3. School groups need one teacher for every 10 pupils.
4. Group tickets must be paid 14 days before the visit.
5. The usher checks the group's tickets at the dome door.
"""

SIGN_SCHOOL = """手语培训中心学员管理规定

1. 课程调整由教务主管审批。
2. 学员投诉由主管处理。
3. 每期课程为12周，缺课超过3次的不予结业。
4. 学员须在开课前7天缴清学费。
5. 手语翻译员负责课堂示范。
"""


@pytest.mark.parametrize("text", [GROUPS, SIGN_SCHOOL])
async def test_two_fill_ins_never_ask_the_same_post(
    offline_context: FlowContext, text: str
) -> None:
    exam = await delivered_exam(offline_context, {"material": text, "fill_blank": 4})
    keys = [k.lower() for q in exam.questions for k in q.answer]
    assert keys
    for key in keys:
        assert not any(o != key and o.endswith(key) for o in keys), keys


@pytest.mark.parametrize(
    ("first", "second", "twice"),
    [
        ("workshop manager", "manager", True),
        ("教务主管", "主管", True),
        ("duty manager", "education manager", False),
        ("值班经理", "区域经理", False),
        ("14 days", "4 days", False),
    ],
)
def test_a_fill_in_on_a_post_another_fill_in_asks_is_refused(
    first: str, second: str, twice: bool
) -> None:
    accepted = Question(
        type="fill_blank", stem="Fill in the blank: The ____ acts.", answer=[first], source_quote=""
    )
    item = Question(
        type="fill_blank",
        stem="Fill in the blank: The ____ acts too.",
        answer=[second],
        source_quote="",
    )
    assert bool(check_fill_key_repeated(item, [accepted])) is twice


SIGN_RULES = """手语培训中心教学管理规定

1. 课程大纲修订须经教学委员会讨论通过后公布。
2. 教务部负责排课，市场部负责招生宣传。
3. 学员证遗失的，押金全部扣除。
4. 教材损坏的，押金部分扣除，由教务部登记。
5. 每期课程为12周，缺课超过3次的不予结业。
"""


def test_a_role_option_is_a_body_never_a_cut_fragment() -> None:
    document = analyse(SIGN_RULES)
    material = Material.of(document, document.language)
    fact = next(f for f in material.facts if "教学委员会" in f.text)
    anchor = next(a for a in fact.anchors if a.text == "教学委员会")
    options = [c.text for c in distractors(fact, anchor, material.facts, SIGN_RULES, True)]
    assert "教务部" in options and "市场部" in options, options
    assert semantic_kind("运营安全部", "zh") == "department"  # 安全部 is a unit, not 全部
    assert not any(o.startswith("押金") for o in options), options
    # Nor is 押金全部 a term a fill-in may blank: 「…，____扣除」 cuts it out of its act.
    terms = [a.text for f in material.facts for a in f.anchors]
    assert "押金全部" not in terms and "押金部分" not in terms, terms


SHOWS = """Starlight Planetarium: the dome's day

1. No more than 3 shows may run in the dome each day, unless the operations manager approves a fourth.
2. Ushers must open the dome doors 10 minutes before each show.
"""


def test_a_changed_count_moves_the_ordinal_its_exception_names() -> None:
    document = analyse(SHOWS)
    material = Material.of(document, document.language)
    made = [
        p.statement
        for f in material.facts
        for p in false_statements(f, material.facts, SHOWS, material.zh)
        if p.kind == "figure" and "shows may run" in p.statement
    ]
    assert made, [f.text for f in material.facts]
    for statement in made:
        # The count and "a fourth" move together (2 shows ... a third), never one alone.
        count = int(re.search(r"No more than (\d+)", statement).group(1))  # type: ignore[union-attr]
        assert not statement.endswith("a fourth."), statement
        assert (
            count + 1
            == ["second", "third", "fourth", "fifth", "sixth"].index(
                statement.rsplit(" ", 1)[1].rstrip(".")
            )
            + 2
        ), statement
