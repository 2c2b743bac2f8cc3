"""FAQ answers read with their questions whatever the FAQ's marks (session 17 designer D10, m4).

D10's volunteer FAQ numbered its questions ("Q5. Can I leave my post?") and marked its answers
"A.": the mark was a sentence of its own between question and answer, so no answer was read as
one, and the exam printed "Finish-line volunteers at 06:00.", "Only after your zone captain
agrees …" and "At 6 hours after the start gun." as statements, and listed the question's case "A
runner collapses." as a rule. Through the real flow on a ferry terminal's and a laundry counter's
FAQ of our own, every such answer is a statement framed by its question.
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
FERRY = (MATERIALS / "ferry_deck_faq_en.md").read_text(encoding="utf-8")
LAUNDRY = (MATERIALS / "laundry_counter_faq_zh.md").read_text(encoding="utf-8")


def _facts(material: str) -> dict[str, str]:
    """Each statement read from the material, with the section (the question) it is under."""
    return {fact.text: fact.section for fact in extract_facts(analyse(material))}


@pytest.mark.parametrize(
    "stated",
    [
        "Ticket-desk staff sign on at 06:15.",
        "You may leave the gangway only after the duty mate agrees and a relief has taken your"
        " place.",
        "Boarding closes at 10 minutes before the scheduled departure.",
        "You may never smoke on the open deck, not even when the ferry is moored.",
        "If a passenger misses the ferry, the ticket is valid for the next sailing on the same day.",
    ],
)
def test_numbered_faq_answers_are_stated_in_their_questions_words(stated: str) -> None:
    assert stated in _facts(FERRY), sorted(_facts(FERRY))


def test_a_question_that_sets_its_case_is_one_question() -> None:
    """ "Q5. A passenger falls overboard. What do I do?": the case is the question's, no rule."""
    facts = _facts(FERRY)
    assert not any(text.startswith("A passenger falls overboard") for text in facts)
    assert "Only the master may order the rescue boat launched." in facts


def test_a_numbered_case_question_frames_its_order() -> None:
    material = (
        "# Bike Workshop - Mechanic FAQ\n\n"
        "Q3. A customer's brake cable snaps on a test ride. What do I do?\n"
        "A. Walk the bike back, tag it 'unsafe' and tell the workshop lead before any repair.\n"
    )
    assert (
        "If a customer's brake cable snaps on a test ride, walk the bike back, tag it 'unsafe'"
        " and tell the workshop lead before any repair." in _facts(material)
    )


@pytest.mark.parametrize(
    ("stated", "section"),
    [
        ("取衣期限为30天。", "取衣期限是多久？"),
        ("只有在店长同意且有人顶岗后才可以离开收衣台。", "可以离开收衣台吗？"),
        ("晚上21:00关门。", "什么时候关门？"),
    ],
)
def test_chinese_faq_answers_are_stated_in_their_questions_words(stated: str, section: str) -> None:
    facts = _facts(LAUNDRY)
    assert facts.get(stated) == section, facts


def test_a_numbered_chinese_question_is_one_question_over_its_answer() -> None:
    """「3. 谁可以给顾客打折？」: the answer under it is read as its answer (仅限店长 -> 只有店长…)."""
    facts = _facts(LAUNDRY)
    assert "只有店长可以给顾客打折，店员不得自行打折。" in facts, facts
    assert "口袋内的物品、衣物原有的破损和污渍，都须当面与顾客确认并写在收衣单上。" in facts


def test_a_chinese_clause_without_its_verb_takes_the_one_before() -> None:
    material = "# 洗衣店 早班常见问题\n\n问：早班几点到岗？\n答：洗衣工7:30到岗；收银员8:00。\n"
    assert "收银员8:00到岗。" in _facts(material)


_FINITE = re.compile(
    r"\b(?:is|are|may|must|can|cannot|should|will|needs?|closes?|sign|signs|carry)\b"
)
_FRAGMENT = re.compile(r"^(?:Only (?:after|if|when)|At \d|By \d|Never,)|^[a-z]")


def _statements(question: Question) -> list[str]:
    if question.type == "multiple_choice":
        return [o.text for o in question.options]
    return [re.sub(r"^(?:True or false|Fill in the blank):\s*", "", question.stem)]


async def test_ferry_faq_exam_prints_no_answer_without_its_question(
    offline_context: FlowContext,
) -> None:
    payload = {
        "material": FERRY,
        "multiple_choice": 1,
        "true_false": 5,
        "fill_blank": 3,
        "difficulty": "mixed",
    }
    exam = await delivered_exam(offline_context, payload)
    printed = [s for q in exam.questions for s in _statements(q)]
    assert len(exam.questions) >= 6, printed
    cut = [s for s in printed if _FRAGMENT.match(s) or (not _FINITE.search(s) and "If " not in s)]
    assert not cut, cut
    assert not any("falls overboard." in s for s in printed), printed
