"""The material's key facts are asked, and a shortfall's reasons are true (issue 11, "Facts first";
session 15 D7 patterns 1-3, T7). Times of day and opening hours, prices per person or per hour,
"at least N days in advance" and limits in lux or decibels were rules the tool "cannot yet make a
question of"; an article's title (第二条 门票与优惠。) was listed as such a rule; a fill-in note said
the rules left held nothing to blank while they did. Reproduced on own materials (a hot-air
balloon operator, a botanical garden, a sailing school's FAQ) through the real flow."""

from __future__ import annotations

import re

import pytest

from graphs.context import FlowContext
from graphs.exam_generation.check_findings import in_trainer_words
from graphs.exam_generation.figure_options import check_age_options
from graphs.exam_generation.left_rules_made import asked_by
from graphs.exam_generation.material import Material
from graphs.exam_generation.statement_builders import fill_blank
from graphs.exam_generation.validation import validate_question
from graphs.exams import Exam, Question
from graphs.text.any_one_subject import any_one_subject
from graphs.text.document import analyse
from tests.support.exam_flow import delivered_exam
from tests.support.trade_materials import FULL_BLUEPRINT

BALLOON = """# Skyward Balloons: Flight Day Policy

## 1. Meeting and timing
Passengers meet at the launch field at 05:45. Check-in is 05:45 to 06:15. Boarding is by 06:30. The flight lasts about 60 minutes. Landing is usually by 08:30.

## 2. Prices and booking
The price is GBP 195 per passenger on weekdays and GBP 225 per passenger at weekends. Bookings must be made at least 10 days in advance. A deposit of GBP 50 per passenger confirms the booking.

## 3. Safety
Passengers must be at least 1.2 metres tall. Passengers over 120 kg must tell the office when booking. The pilot is responsible for the safety briefing. Wind above 15 knots cancels the flight.

## 4. Refunds
Cancel at least 48 hours before the flight for a full refund. A flight cancelled for weather is rebooked free of charge.
"""

GARDEN = """# 云岭植物园 游园须知

第一条 开放时间。夏季开放时间为08:00至18:00，冬季开放时间为08:30至17:00，闭园前1小时停止入园。温室每日12:00至13:00闭馆消杀。

第二条 门票与优惠。成人票每人60元，学生凭证每人30元。团体须至少提前3天预约，20人以上每人45元。

第三条 园内规定。园内禁止采摘花草，禁止放风筝。温室内湿度须保持在70%以上，由温室管理员每2小时记录一次。夜间巡逻员须每30分钟巡查一次温室。

第四条 导览服务。讲解员带团每团不超过25人，讲解时长为90分钟。

第五条 温室环境。兰花温室照度不低于3000勒克斯。园内广播音量不得超过60分贝。
"""

SAILING_FAQ = """# Bluewater Sailing School: Course FAQ

Q: When do courses run?
A: Courses start at 09:00. Students must leave the pontoon by 17:30.

Q: What does it cost?
A: The beginner course costs EUR 320 per student. Private lessons cost EUR 60 per hour.

Q: How far in advance must I book?
A: At least 14 days in advance.

Q: Who checks the life jackets?
A: The instructor is responsible for checking every life jacket before launch.

Q: Can I get a refund?
A: A refund is given if the course is cancelled at least 7 days before it starts.
"""

_UNREAD = {
    "en": re.compile(
        r"cannot yet make a question of, so this exam leaves \w+ untested too: (.+?)(?:\. For|$)"
    ),
    "zh": re.compile(r"本生成器尚不能出题，本卷也未考：(.+?)(?:。若要|$)"),
}
_QUOTED = re.compile(r"[\"“「]([^\"”」]+)[\"”」]")


def _unread_quoted(exam: Exam, language: str) -> list[str]:
    """The rules the note says this generator cannot yet make a question of."""
    quoted: list[str] = []
    for line in exam.shortfall:
        found = _UNREAD[language].search(line.reason)
        if found:
            quoted += _QUOTED.findall(found.group(1))
    return quoted


@pytest.mark.parametrize(
    ("material", "language"),
    [(BALLOON, "en"), (GARDEN, "zh"), (SAILING_FAQ, "en")],
    ids=["balloon-en", "garden-zh", "sailing-faq-en"],
)
async def test_times_prices_and_notice_are_rules_it_can_ask(
    offline_context: FlowContext, material: str, language: str
) -> None:
    """No rule holding a figure (a time of day, opening hours, a price per person, days in
    advance, 勒克斯, 分贝) and no article title is listed as one it cannot make a question of."""
    exam = await delivered_exam(offline_context, {"material": material, **FULL_BLUEPRINT})
    unread = _unread_quoted(exam, language)
    assert not [r for r in unread if re.search(r"\d", r)], unread
    assert not [r for r in unread if len(r) <= 8 and language == "zh"], unread  # 「门票与优惠」


CHECK_OUT = """# Harbourside Guest House: Front Desk Rules

Guests must check out of their rooms by 10:30. Breakfast is served from 07:00 to 09:30. The front desk closes at 23:00.
Late check-out until 13:00 costs EUR 15. Guests must return the key card at check-out.
"""


async def test_times_of_day_are_asked_against_the_hours_around_them(
    offline_context: FlowContext,
) -> None:
    """A time of day is asked against the hours around it (10:30 against 10:00 or 11:00, not
    only 9:30, 11:30 and 8:30), and breakfast hours as whole spans (they were two half ranges,
    no figure), none ending before it starts."""
    exam = await delivered_exam(
        offline_context,
        {"material": CHECK_OUT, "single_choice": 4, "difficulty": "mixed", "language": "en"},
    )
    keys = [[o.text.strip() for o in q.options if o.key in q.answer] for q in exam.questions]
    half_hour = [q for q, key in zip(exam.questions, keys, strict=True) if key == ["10:30"]]
    assert half_hour, [q.stem for q in exam.questions]
    offered = {o.text.strip() for o in half_hour[0].options}
    assert offered & {"10:00", "11:00"}, offered
    spans = [
        q
        for q, key in zip(exam.questions, keys, strict=True)
        if re.fullmatch(r"\d\d:\d\d to \d\d:\d\d", key[0])
    ]
    assert spans, [q.stem for q in exam.questions]
    for option in spans[0].options:
        start, end = (int(h) * 60 + int(m) for h, m in re.findall(r"(\d\d):(\d\d)", option.text))
        assert start < end, [o.text for o in spans[0].options]


async def test_a_fill_in_note_is_true_of_the_rules_left(offline_context: FlowContext) -> None:
    """The fill-in line never says the rules the exam leaves hold nothing to blank when one of
    them makes a fill-in the checks pass (session 15 D7: e1 said so of 「超出该范围时，制冰员须每
    15分钟记录一次温度」, and bp1-10 blanked it)."""
    exam = await delivered_exam(offline_context, {"material": BALLOON, **FULL_BLUEPRINT})
    claims_none = [
        s.reason for s in exam.shortfall if s.type == "fill_blank" and "cannot make" in s.reason
    ]
    if not claims_none:
        return
    material = Material.of(analyse(BALLOON), "en")
    accepted = [{"question": q.model_dump()} for q in exam.questions]
    asked = asked_by(accepted)
    blankable = [
        f.text
        for f in material.facts
        if not asked(f.text)
        for level in ("easy", "medium", "hard")
        if (q := fill_blank(material, f, level, "-")) is not None
        and validate_question(q.model_dump(), BALLOON, exam.questions)[0] is not None
    ]
    assert not blankable, (claims_none, blankable)


def test_a_figure_check_is_told_in_chinese_without_its_figures() -> None:
    """A zh note quoted the age check's English with an option the generator made (「the ages
    45周岁 are far from the key …」, session 15 T7 exam A): it is said in the trainer's words."""
    question = Question.model_validate(
        {
            "type": "single_choice",
            "stem": "献血者年龄上限为（    ）。",
            "options": [
                {"key": "A", "text": "60周岁"},
                {"key": "B", "text": "10周岁"},
                {"key": "C", "text": "12周岁"},
                {"key": "D", "text": "14周岁"},
            ],
            "answer": ["A"],
            "explanation": "材料规定献血者年龄上限为60周岁。",
            "knowledge_point": "献血条件",
            "difficulty": "medium",
            "source_quote": "献血者年龄上限为60周岁。",
        }
    )
    findings = check_age_options(question)
    assert findings
    told = in_trainer_words("zh", findings)
    assert not [t for t in told if re.search(r"[A-Za-z]{3,}|周岁", t)], told


def test_a_subject_said_of_any_one_takes_the_right_article() -> None:
    """ "Each user need not …" made optional reads "A user need not …", not "An user"."""
    statement = "Each user need not log out after every session."
    assert any_one_subject(statement, statement.index("need")).startswith("A user need not")
