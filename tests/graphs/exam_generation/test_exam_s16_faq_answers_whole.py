"""An English FAQ answer is asked with what its question names (session 16 designer D9, B2).

Lifted alone, the self-storage FAQ's answers were "Agents may open an account without both."
(both what?), "Rent is then paid every 3 weeks in advance." (after what?), "One period's rent,
refunded within 14 working days …" (the deposit, named only by the question) and "Unused full
weeks are refunded, never part weeks." (on leaving). Through the real flow on D9's material and on
a tool hire counter's FAQ of our own, every statement an item prints names what it speaks of; and
the validators refuse a writer's item that still leans on 'both', 'then' or a verbless answer.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from graphs.context import FlowContext
from graphs.exam_generation.standalone import check_stands_alone
from graphs.exams import Question
from graphs.text.document import analyse
from graphs.text.facts import extract_facts
from tests.support.exam_flow import delivered_exam

MATERIALS = Path(__file__).parent / "materials"
STORAGE = (MATERIALS / "self_storage_faq_d9_en.md").read_text(encoding="utf-8")
TOOLS = (MATERIALS / "tool_hire_faq_en.md").read_text(encoding="utf-8")

_LEANING = re.compile(
    r"\bwithout both\b|^(?:rent|extra days) (?:is|are) then\b|^(?:one|three) \w+'s? (?:rent|hire),"
    r"|^unused full \w+ are|^(?:photo id|a driving licence) plus\b",
    re.IGNORECASE,
)


def _statements(question: Question) -> list[str]:
    if question.type == "multiple_choice":
        return [o.text for o in question.options]
    stem = re.sub(r"^(?:True or false|Fill in the blank):\s*", "", question.stem)
    return [stem]


@pytest.mark.parametrize(
    ("material", "named"),
    [
        (STORAGE, ("photo ID and proof of address", "The deposit is one period's rent")),
        (TOOLS, ("a driving licence and a utility bill", "The security deposit is three days'")),
    ],
    ids=["self-storage-d9", "tool-hire"],
)
async def test_faq_answers_are_asked_with_their_question(
    offline_context: FlowContext, material: str, named: tuple[str, str]
) -> None:
    payload = {
        "material": material,
        "single_choice": 2,
        "multiple_choice": 2,
        "true_false": 4,
        "fill_blank": 3,
        "difficulty": "mixed",
    }
    exam = await delivered_exam(offline_context, payload)
    printed = [s for q in exam.questions for s in _statements(q)]
    assert len(exam.questions) >= 4, printed
    leaning = [s for s in printed if _LEANING.search(s.strip())]
    assert not leaning, leaning
    said = " ".join(printed)
    assert any(n in said for n in named), printed  # the answers are still asked, named


def _true_false(stem: str, source: str) -> Question:
    return Question(
        type="true_false",
        stem=f"True or false: {stem}",
        answer=["false"],
        explanation=f'The material says: "{source}"',
        knowledge_point="Tool Hire Counter FAQ",
        difficulty="easy",
        difficulty_reason="-",
        source_quote=source,
    )


@pytest.mark.parametrize(
    "stem",
    [
        "Clerks may release a tool without both.",
        "Extra days are then charged at £15 per day.",
        "Three days' hire, returned within 7 working days after the tool is checked back in.",
        "A driving licence plus a utility bill dated within 60 days.",
    ],
)
def test_a_writer_s_statement_leaning_on_its_faq_question_is_refused(stem: str) -> None:
    source = "Clerks must not release a tool without both."
    problems = check_stands_alone(_true_false(stem, source), TOOLS, "en")
    assert any("leans on" in p for p in problems), problems


@pytest.mark.parametrize(
    "stem",
    [
        "Clerks may release a tool without a driving licence and a utility bill.",
        "The minimum hire is 1 day; extra days are then charged at £15 per day.",
        "The security deposit is three days' hire, returned within 7 working days.",
        "If a tool comes back empty, the clerk then charges £20.",
    ],
)
def test_the_same_statement_named_stands(stem: str) -> None:
    source = "Clerks must not release a tool without both."
    problems = check_stands_alone(_true_false(stem, source), TOOLS, "en")
    assert not any("leans on" in p for p in problems), problems


def test_a_question_s_particle_is_no_verb_of_its_subject() -> None:
    """ "What does a renter pay up front?": the answer is not stated as 'A renter pay up fronts …'
    (the bench's kayak FAQ showed it); "What does a first-time hirer need?" still is."""
    material = (
        "# Paddleboard Hire FAQ\n\nQ1. What does a renter pay up front?\n"
        "A deposit of 60 GBP per board, taken on a card.\n\n" + TOOLS.split("\n", 2)[2]
    )
    facts = [f.text for f in extract_facts(analyse(material))]
    assert not any("pay up fronts" in t for t in facts), facts
    assert any(t.startswith("A first-time hirer needs a driving licence") for t in facts), facts
