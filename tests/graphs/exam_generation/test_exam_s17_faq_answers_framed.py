"""An English FAQ answer that is only a role, a list or a participle is asked in its question's
words (session 16 designer D9, B2 and pattern 1).

D9's self-storage FAQ gave 4 of 17 questions: "Only the X, with Y present" under "Who may cut a
lock?", a list under "What may not be stored?", "Not allowed." under a topic and "6:00 to 22:00
daily." were each left unread, and an answer joined to the one before was quoted without it.
Through the real flow on a staff canteen's and a rice mill's FAQ of our own, those answers are
rules stated whole ("Only the Storekeeper may sign for deliveries, with …"), and every statement
an item prints names what it speaks of.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from graphs.context import FlowContext
from graphs.exams import Question
from graphs.text.document import analyse
from graphs.text.facts import extract_facts
from tests.support.exam_flow import delivered_exam

MATERIALS = Path(__file__).parent / "materials"
CANTEEN = (MATERIALS / "canteen_kitchen_faq_en.md").read_text(encoding="utf-8")
RICE_MILL = (MATERIALS / "rice_mill_floor_faq_en.md").read_text(encoding="utf-8")

_FINITE = re.compile(
    r"\b(?:is|are|was|were|may|must|can|cannot|should|will|needs?|costs?|stays?|goes|go|wait)\b"
)
"""A statement says something of what it names; the answer alone ("Only the Head Chef, after …",
"Outdoor shoes, phones, …", "6:00 to 22:00 daily.") has no verb to say it with."""


@pytest.mark.parametrize(
    ("material", "stated"),
    [
        (
            CANTEEN,
            (
                "The serving hours are 11:00 to 13:30 on weekdays.",
                "Outdoor shoes, phones, rings and open drinks may not be brought past the yellow"
                " line.",
                "Only the Storekeeper may sign for deliveries, with the Duty Cook present.",
                "Hairnets are required for everyone in the kitchen, including visitors.",
                "Smoking near the loading bay is not allowed.",
                "Cut fruit, opened sauces and any dish left on the counter must be thrown away at"
                " closing time.",
            ),
        ),
        (
            RICE_MILL,
            (
                "The intake hours are 7:00 to 16:30, Monday to Saturday.",
                "Only the Shift Miller may start the husker, after the guard check is signed.",
                "Wet paddy, stones, plastic sacks and anything with mould must not be tipped into"
                " the intake pit.",
                "Dust masks are required in the milling hall at all times, visitors included.",
                "Open flames in the bran store are not permitted.",
                "Only the Weighbridge Clerk may sign a farmer's receipt.",
            ),
        ),
    ],
    ids=["canteen", "rice-mill"],
)
def test_faq_answers_are_rules_in_their_questions_words(
    material: str, stated: tuple[str, ...]
) -> None:
    facts = {fact.text for fact in extract_facts(analyse(material))}
    missing = [s for s in stated if s not in facts]
    assert not missing, sorted(facts)


def test_an_answer_joined_to_the_one_before_is_quoted_with_it() -> None:
    """ "The serving hours are …; the late counter stays open until 14:15.": the quote holds both
    sentences, so a blank or a true statement on it is found in the quote it names."""
    joined = [
        f for f in extract_facts(analyse(CANTEEN)) if f.text.startswith("The serving hours are")
    ]
    late = next(f for f in joined if "14:15" in f.text)
    assert "11:00 to 13:30" in late.quote and "14:15" in late.quote
    assert not any("11:00" in a.text for a in late.anchors)  # the first fact asks 11:00


def _statements(question: Question) -> list[str]:
    if question.type == "multiple_choice":
        return [o.text for o in question.options]
    return [
        re.sub(
            r"^(?:True or false|Fill in the blank):\s*|^根据课程材料，[^：]*：", "", question.stem
        )
    ]


@pytest.mark.parametrize("material", [CANTEEN, RICE_MILL], ids=["canteen", "rice-mill"])
async def test_faq_exam_asks_the_answers_whole(offline_context: FlowContext, material: str) -> None:
    payload = {
        "material": material,
        "single_choice": 3,
        "multiple_choice": 1,
        "true_false": 4,
        "fill_blank": 3,
        "difficulty": "mixed",
    }
    exam = await delivered_exam(offline_context, payload)
    printed = [s for q in exam.questions for s in _statements(q)]
    assert len(exam.questions) >= 6, printed
    cut = [s for s in printed if not _FINITE.search(s)]
    assert not cut, cut
    said = " ".join(printed)
    # The rules that were left unread before: a who-may, a must-not list, a not-allowed topic.
    asked = re.findall(
        r"Only the [A-Z]\w+(?: [A-Z]\w+)? (?:may|must)|(?:must|may) not be \w+|"
        r"(?:is|are) not (?:allowed|permitted)|(?:is|are) required",
        said,
    )
    assert len(asked) >= 2, printed


CANTEEN_ZH = (MATERIALS / "canteen_kitchen_faq_zh.md").read_text(encoding="utf-8")
RICE_MILL_ZH = (MATERIALS / "rice_mill_floor_faq_zh.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("material", "stated"),
    [
        (
            CANTEEN_ZH,
            (
                "只有厨师长可以调整每周菜单，且须经食堂经理签字。",
                "外穿鞋、手机、戒指和未加盖的饮料不能带进黄线以内。",
                "装卸区附近不得吸烟。",
                "开餐时间为工作日11:00至13:30。",
                "饭卡充值每次至少20元。",
                "煮好的米饭保持在63℃以上，最多存放2小时，超时即倒掉。",
            ),
        ),
        (
            RICE_MILL_ZH,
            (
                "只有过磅员有权校零地磅，厂长须在旁监看。",
                "湿谷、石块、塑料编织袋和发霉的粮食不得倒进进料坑。",
                "碾米间必须戴防尘口罩。",
                "收粮时间为每天7:00至16:30，超时到的车次日早上再收。",
            ),
        ),
    ],
    ids=["canteen-zh", "rice-mill-zh"],
)
def test_chinese_faq_answers_are_rules_in_their_questions_words(
    material: str, stated: tuple[str, ...]
) -> None:
    """「谁可以…？」「只有厨师长，…」, 「哪些东西不能…？」 and a list, 「…可以吸烟吗？」「不可以。」:
    each a rule in its question's words."""
    facts = {fact.text for fact in extract_facts(analyse(material))}
    missing = [s for s in stated if s not in facts]
    assert not missing, sorted(facts)


async def test_a_chinese_faq_exam_names_what_each_answer_speaks_of(
    offline_context: FlowContext,
) -> None:
    payload = {
        "material": CANTEEN_ZH,
        "single_choice": 3,
        "multiple_choice": 1,
        "true_false": 4,
        "fill_blank": 3,
        "difficulty": "mixed",
    }
    exam = await delivered_exam(offline_context, payload)
    printed = [
        re.sub(r"^(?:判断正误|填空)：", "", s) for q in exam.questions for s in _statements(q)
    ]
    assert len(exam.questions) >= 8, printed
    cut = [s for s in printed if re.match(r"^(?:只有|仅限)[^，可能]{2,8}，|^(?:保持在|当天向)", s)]
    assert not cut, cut
