"""A difficulty reason a trainer reads is true of the item: a figure changed by half or more is no
"near" or "very near" number, and a multiple choice whose false statements each change one near
figure is not easy "because only 2 are true". Own materials: a pool's operating rules and a
freezer alarm procedure, through the real flow."""

from __future__ import annotations

import re

import pytest

from graphs.context import FlowContext
from graphs.exam_generation.difficulty import measured_change, rate, statements_score, subtlety
from graphs.exam_generation.difficulty_reasons import difficulty_reason
from graphs.exam_generation.material import Material
from graphs.exam_generation.near_values import figure_value
from graphs.exam_generation.statement_builders import true_false
from graphs.exams import Language, Question
from graphs.text import analyse
from tests.support.exam_flow import delivered_exam

POOL = (
    "恒温泳池运营规定\n\n"
    "1. 池水每两小时检测一次余氯，余氯低于0.3毫克/升时须立即加药。\n"
    "2. 更衣柜钥匙遗失的，会员须赔偿50元。\n"
    "3. 监控录像保存不少于90天。\n"
    "4. 救生员每年参加不少于16学时的复训。\n"
    "5. 发生溺水事故时，救生员须在12小时内填写事故报告。\n"
    "6. 水温须保持在26至28摄氏度之间。\n"
    "7. 未满8周岁的儿童只能在浅水区活动。\n"
)

FREEZER = (
    "# Freezer Alarm Procedure\n\n"
    "1. When the alarm sounds, the shift lead must check the display within 5 minutes.\n"
    "2. Stock must be moved to the back-up freezer once the freezer has been above -12°C for "
    "2 hours.\n"
    "3. After a repair, the freezer must run empty for at least 3 hours before restocking.\n"
    "4. The alarm log is kept for at least 12 months.\n"
    "5. Frozen meat above -5°C for more than 4 hours must be thrown away.\n"
)

_ZH_CHANGE = re.compile(r"将“(?P<old>[^”]+)”改成了“(?P<new>[^”]+)”")
_EN_CHANGE = re.compile(r'changes "(?P<old>[^"]+)" to "(?P<new>[^"]+)"')
_NEAR_WORDS = re.compile(r"接近|相近|near", re.IGNORECASE)


def _changes(question: Question) -> list[tuple[float, float]]:
    pairs = []
    said = question.explanation or ""
    for match in [*_ZH_CHANGE.finditer(said), *_EN_CHANGE.finditer(said)]:
        old, new = figure_value(match["old"]), figure_value(match["new"])
        if old and new:
            pairs.append((old, new))
    return pairs


def _ratio(pair: tuple[float, float]) -> float:
    old, new = pair
    return max(old / new, new / old)


@pytest.mark.parametrize(("material", "language"), [(POOL, "zh"), (FREEZER, "en")])
def test_a_far_figure_is_never_called_near(material: str, language: Language) -> None:
    read = Material.of(analyse(material), language)
    far = []
    for fact in read.facts:
        for target in ("easy", "medium", "hard"):
            question = true_false(read, fact, target, "rule", False, only_preferred=True)
            if question is not None and any(_ratio(p) >= 1.5 for p in _changes(question)):
                far.append(question)
    assert far
    for question in far:
        reason = question.difficulty_reason or ""
        assert not _NEAR_WORDS.search(reason), (question.explanation, reason)


@pytest.mark.parametrize("material", [POOL, FREEZER])
async def test_near_figure_falses_are_not_an_easy_choice(
    offline_context: FlowContext, material: str
) -> None:
    exam = await delivered_exam(offline_context, {"material": material, "multiple_choice": 1})
    [question] = exam.questions
    changes = _changes(question)
    assert len(changes) == 2, question.explanation
    if all(_ratio(p) < 1.5 for p in changes):
        assert question.difficulty != "easy", question.difficulty_reason
    reason = question.difficulty_reason or ""
    if question.difficulty == "easy":
        # an easy item has no subtle false statement: none changes a figure by less than half
        assert any(_ratio(p) >= 1.5 for p in changes), (question.explanation, reason)


def test_a_doubled_figure_is_measured_as_far_and_its_reason_says_so() -> None:
    assert measured_change("figure", "90天", "180天") == "figure_far"
    assert measured_change("figure", "2 hours", "1 hour") == "figure_far"
    assert measured_change("figure", "16学时", "20学时") == "figure"
    assert measured_change("figure", "-12°C", "-15°C") == "figure"
    assert measured_change("swap", "主管", "技师") == "swap"
    for level in ("medium", "hard"):
        for language in ("zh", "en"):
            reason = difficulty_reason(
                level,
                {"change": (0.55, subtlety("figure_far")), "length": (0.15, 0.3)},
                language,
                change="figure_far",
            )
            assert not _NEAR_WORDS.search(reason), reason


def test_two_true_statements_beside_two_near_figures_are_medium() -> None:
    near = subtlety("figure")
    assert rate(statements_score(0.0, 2, near)) == "medium"
    assert rate(statements_score(0.0, 2, subtlety("modality"))) == "easy"
