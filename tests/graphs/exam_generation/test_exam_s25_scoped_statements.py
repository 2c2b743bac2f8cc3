"""A rule stated with its exception reads as a trainer writes it (session 24 lead:
「除值班组长在夜间巡检时外，单人不得进入…」 is no sentence a trainer writes). Own materials: an
apiary (Chinese) and a chimney sweep's roof rules (English).
"""

from __future__ import annotations

import pytest

from graphs.exam_generation.excepted_truths import scoped_cases
from graphs.exam_generation.material import Material
from graphs.exam_generation.scoped_rules import scoped_rule
from graphs.exams import Question
from graphs.text import analyse
from graphs.text.special_cases import special_case

APIARY = """# 蜂场安全

## 摇蜜间
1. 单人不得进入摇蜜间。
2. 场长在分蜂季节可单人进入摇蜜间。
"""
ROOFS = """# Sweep safety

## Roofs
No one may climb onto a thatched roof.
The lead sweep may climb onto a thatched roof in dry weather.
"""


@pytest.mark.parametrize(
    ("text", "scoped"),
    [
        (APIARY, "单人不得进入摇蜜间，但场长在分蜂季节除外。"),
        # the case repeats the rule's act: it is said by who and when alone
        (ROOFS, "No one may climb onto a thatched roof, except the lead sweep in dry weather."),
    ],
)
def test_a_rule_is_scoped_as_a_trainer_writes_it(text: str, scoped: str) -> None:
    document = analyse(text)
    material = Material.of(document, document.language)
    rule = material.facts[0]
    case = special_case(rule.text, rule.quote, material.text, document.language)
    assert case is not None
    stated = scoped_rule(rule.text, case, material.zh)
    assert stated == scoped
    # the scoped statement is still read as the rule and its case
    question = Question.model_validate(
        {
            "type": "true_false",
            "stem": stated,
            "answer": ["true"],
            "explanation": rule.quote,
            "knowledge_point": "x",
            "difficulty": "easy",
            "difficulty_reason": "x",
            "source_quote": rule.quote,
        }
    )
    assert scoped_cases(question, material.text, document.language)
