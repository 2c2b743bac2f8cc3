"""A shortfall note counts and quotes only rules (session 18 end designer D11, fault 3): whom the
material is for (「适用于：…全体收货员、叉车司机、质检员」, "For sales advisers and installation
crews.") and advice on using the document ("Quote them accurately.") were quoted as rules the exam
left untested; and each multi-fact reason reads as a trainer would write it, not as the generator's
workings ("could not draw from their rules points that open differently and hold a figure").
Own materials (materials/*): a hospital lab's specimen reception (zh), a piano studio's terms (en),
an allotment garden's FAQ (en), a parcel station's policy (zh); through the real functions and
the real flow."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphs.context import FlowContext
from graphs.exam_generation.assembly import rule_facts, unused_rules
from graphs.exam_generation.scope_lines import is_no_rule
from graphs.exam_generation.shortfall_reasons import cannot_make
from graphs.exam_generation.unread_rules import unread_rules
from graphs.text.document import analysed
from tests.support.exam_flow import delivered_exam

MATERIALS = Path(__file__).parent / "materials"
LAB = (MATERIALS / "lab_reception_zh.md").read_text(encoding="utf-8")
PIANO = (MATERIALS / "piano_studio_terms_en.md").read_text(encoding="utf-8")
ALLOTMENT = (MATERIALS / "allotment_faq_en.md").read_text(encoding="utf-8")
PARCELS = (MATERIALS / "parcel_station_policy_zh.md").read_text(encoding="utf-8")

NO_RULES = {
    LAB: ["适用于：检验科标本接收窗口全体接收员、运送员、审核员"],
    PIANO: ["These terms apply to all students", "Quote these terms accurately"],
    ALLOTMENT: ["For all plot holders and site wardens"],
    PARCELS: ["本制度适用于驿站全体店员"],
}
RULES = {
    LAB: ["微生物培养标本须在室温下保存", "夜班接收员连续工作不得超过6小时"],
    PIANO: ["Food and drinks other than water must not be taken", "Exam entry fees are paid"],
    ALLOTMENT: ["Hosepipes must not be used", "Plots must not be sublet"],
    PARCELS: ["驿站内严禁吸烟", "贵重物品包裹须由店员当面交接"],
}


@pytest.mark.parametrize("text", list(NO_RULES), ids=["lab", "piano", "allotment", "parcels"])
def test_scope_and_advice_lines_are_no_untested_rules(text: str) -> None:
    document = analysed(text)
    left = unused_rules(document, []) + unread_rules(document)
    for line in NO_RULES[text]:
        assert not any(line in rule for rule in left), (line, left)
    # The rules themselves are still counted as untested by an exam that asks nothing.
    for line in RULES[text]:
        assert any(line in rule for rule in left), (line, left)
    assert not any(is_no_rule(f.text, document.language) for f in rule_facts(document))


@pytest.mark.parametrize(
    ("line", "language", "expected"),
    [
        ("适用于：上海嘉定冷链仓全体收货员、叉车司机、质检员", "zh", True),
        ("本手册适用于全体司机和调度员。", "zh", True),
        ("请熟记以上规定。", "zh", True),
        ("押金适用于所有会员，须在3天内退还。", "zh", False),
        ("For sales advisers and installation crews.", "en", True),
        ("Quote them accurately.", "en", True),
        ("This guide applies to every volunteer steward.", "en", True),
        ("For a half plot, rent is 60 pounds a year.", "en", False),
        ("For late returns the fee is doubled.", "en", False),
        ("The limit applies to all claims.", "en", False),
        ("Keep them away from children.", "en", False),
    ],
)
def test_no_rule_lines_told_from_rules(line: str, language: str, expected: bool) -> None:
    assert is_no_rule(line, language) is expected


@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("kind", ["short_answer", "multiple_choice"])
def test_multi_fact_reasons_read_as_a_trainer_writes(language: str, kind: str) -> None:
    """The reason for rules enough left that made no question says what the question needs in
    the trainer's terms (a marker, true and false statements), not the generator's."""
    told = cannot_make(language, kind, None, 5, (5, 1, 1))  # type: ignore[arg-type]
    for jargon in (
        "open differently",
        "draw from",
        "hold a figure",
        "提示各不相同",
        "合格的选项组",
    ):
        assert jargon not in told
    needs = {
        ("en", "short_answer"): "a marker can check",
        ("zh", "short_answer"): "阅卷时可逐项核对",
        ("en", "multiple_choice"): "clearly false",
        ("zh", "multiple_choice"): "确定错误",
    }
    assert needs[(language, kind)] in told


async def test_the_lab_note_quotes_no_scope_line(offline_context: FlowContext) -> None:
    """Through the flow: the 17-question blueprint falls short on 13 rules, and its note names no
    scope line among the rules it leaves untested."""
    exam = await delivered_exam(
        offline_context,
        {
            "material": LAB,
            "single_choice": 4,
            "multiple_choice": 3,
            "true_false": 4,
            "fill_blank": 4,
            "short_answer": 2,
        },
    )
    assert exam.shortfall
    note = " ".join(gap.reason for gap in exam.shortfall)
    assert "适用于" not in note
    assert "检验科标本接收窗口全体接收员" not in note
