"""FAQ materials make sound exams: an item about an FAQ entry uses only that entry's answer, a
noun phrase never becomes a statement, a statement keeps the case or subject its question names,
an age limit ("at least 18") is a figure to ask, and shortfall notes are true and said once.

Own materials (tests/graphs/exam_generation/materials/): a self-storage counter FAQ in Q:/A:
with a plain title line, and an optician's 问/答 FAQ."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from graphs.context import FlowContext
from graphs.exams import Exam, Question
from graphs.text import analyse
from graphs.text.clause_forms import phrase_answer
from graphs.text.facts import facts_for
from graphs.text.sentence_form import as_read
from tests.support.exam_flow import delivered_exam

MATERIALS = Path(__file__).parent / "materials"
STORAGE = (MATERIALS / "self_storage_faq_en.md").read_text(encoding="utf-8")
OPTICIAN = (MATERIALS / "optician_faq_zh.md").read_text(encoding="utf-8")
BLUEPRINT = {
    "single_choice": 4,
    "multiple_choice": 3,
    "true_false": 4,
    "fill_blank": 4,
    "short_answer": 2,
}
_LABEL = re.compile(r"^\s*(?:Q|问)\s*[:：]\s*(.+?)\s*$", re.MULTILINE)


def _entry_of(material: str, source: str) -> str:
    """The FAQ question whose answer holds `source` (found by its last words: a statement may
    carry its question's case in front, which the material does not have)."""
    tail = re.sub(r"[.。;；]$", "", as_read(source).strip())[-18:]
    at = material.find(tail)
    assert at >= 0, source
    questions = [m for m in _LABEL.finditer(material) if m.start() < at]
    return questions[-1].group(1) if questions else ""


def _sources(question: Question) -> list[str]:
    if question.type == "short_answer":
        return list(question.point_sources)
    return re.findall(
        r'(?:The material says|原文)[:：]\s*["“「](.+?)["”」](?:;|；|$)', question.explanation, re.M
    )


def _statements(exam: Exam) -> list[str]:
    """What the learner reads as a statement: stems of true/false items, options of multiple
    choices, and short answers' scoring points."""
    out = [
        re.sub(r"^(?:True or false:|判断正误：)\s*", "", q.stem)
        for q in exam.questions
        if q.type == "true_false"
    ]
    out += [o.text for q in exam.questions if q.type == "multiple_choice" for o in q.options]
    out += [p for q in exam.questions if q.type == "short_answer" for p in q.scoring_points]
    return out


@pytest.fixture(scope="module")
def storage_exam_cache() -> dict[str, Exam]:
    return {}


async def _exam(context: FlowContext, text: str, cache: dict[str, Exam]) -> Exam:
    if text not in cache:
        cache[text] = await delivered_exam(context, {"material": text, **BLUEPRINT})
    return cache[text]


@pytest.mark.parametrize("text", [STORAGE, OPTICIAN], ids=["storage-en", "optician-zh"])
async def test_an_item_about_an_faq_entry_uses_only_that_entry(
    offline_context: FlowContext, storage_exam_cache: dict[str, Exam], text: str
) -> None:
    exam = await _exam(offline_context, text, storage_exam_cache)
    questions = [m.group(1) for m in _LABEL.finditer(text)]
    for question in exam.questions:
        named = [q for q in questions if f'"{q}"' in question.stem or f"「{q}」" in question.stem]
        if not named or question.type not in ("multiple_choice", "short_answer"):
            continue
        for source in _sources(question):
            assert _entry_of(text, source) in named, (question.stem, source)


@pytest.mark.parametrize(
    ("text", "noun_phrase"),
    [
        (
            "Cash, jewellery worth more than 500 pounds, and damage caused by items the tenant stored against the rules.",
            True,
        ),
        ("Fuel, gas cylinders, fireworks and food that can spoil.", True),
        ("Scratches on the frame, and marks on the walls if the owner refused a dust sheet.", True),
        ("Never with more than 500 kg on board.", True),
        ("Tyres, chains and lights.", True),
        ("Tenants who arrive late must sign the book.", False),
        ("Refunds go back to the card within 5 days.", False),
        ("Counter staff must never open a unit.", False),
        ("Users who click a link complete the training again.", False),
        ("The van carries boxes, chairs and tables.", False),
        ("The ____ opens a ticket and tells the duty lead.", False),
        ("The ____ checks the doors, logs faults, and locks up.", False),
        ("____ review their team's keys every month.", False),
    ],
)
def test_a_noun_phrase_is_no_statement(text: str, noun_phrase: bool) -> None:
    assert phrase_answer(text) is noun_phrase


async def test_no_noun_phrase_becomes_an_option_or_a_scoring_point(
    offline_context: FlowContext, storage_exam_cache: dict[str, Exam]
) -> None:
    exam = await _exam(offline_context, STORAGE, storage_exam_cache)
    for statement in _statements(exam):
        assert not phrase_answer(statement), statement
        assert not statement.startswith(("Cash, jewellery", "Fuel, gas")), statement


def test_an_answer_keeps_the_case_its_labelled_question_names() -> None:
    facts = {f.text for f in facts_for(analyse(STORAGE))}
    assert "If a tenant loses the padlock key, we cut the lock for 25 pounds." in facts
    assert not any(t.startswith(("We cut the lock", "A second cut")) for t in facts)


def test_a_pronoun_is_stated_with_the_thing_it_stands_for() -> None:
    facts = [f.text for f in facts_for(analyse(STORAGE))]
    for text in facts:
        if re.search(r"\bbook one\b", text):
            assert "Hand trucks" in text, text
        # "them" are the banned items of a listed answer, which is no statement to put in front
        assert not text.startswith("Staff must refuse a unit to anyone who declares them"), text


async def test_no_statement_loses_its_question_s_case_or_subject(
    offline_context: FlowContext, storage_exam_cache: dict[str, Exam]
) -> None:
    exam = await _exam(offline_context, OPTICIAN, storage_exam_cache)
    stems = [q.stem for q in exam.questions if q.type != "short_answer"] + _statements(exam)
    for stem in stems:
        statement = re.sub(r"^(?:判断正误|填空|根据课程材料，选择最恰当的一项填入括号)：", "", stem)
        if "未拆封的" in statement or "已拆封的" in statement:
            assert "隐形眼镜" in statement, stem
        assert not statement.startswith(("须", "不得")), stem


def test_a_chinese_answer_keeps_the_case_its_question_names() -> None:
    facts = [f.text for f in facts_for(analyse(OPTICIAN))]
    assert "顾客眼睛红肿时，营业员须建议顾客先到医院就诊。" in facts
    assert not any(t.startswith("营业员须建议顾客") for t in facts)


def test_an_age_limit_is_a_figure_to_ask() -> None:
    facts = facts_for(analyse(STORAGE))
    ages = [
        a.text for f in facts if f.text.startswith("Tenants must be at least") for a in f.anchors
    ]
    assert "18" in ages


async def test_shortfall_notes_are_said_once_and_never_ask_to_add_material(
    offline_context: FlowContext, storage_exam_cache: dict[str, Exam]
) -> None:
    for text in (STORAGE, OPTICIAN):
        exam = await _exam(offline_context, text, storage_exam_cache)
        notes = [s.reason for s in exam.shortfall]
        assert len(notes) == len(set(notes)), notes
        for note in notes:
            assert "add material" not in note and "材料偏短" not in note, note
