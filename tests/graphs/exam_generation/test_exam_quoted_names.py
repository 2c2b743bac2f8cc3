"""A quoted number without a unit is a name (复述“95号”, “0号柴油”): never asked, never changed into
a false statement; a quoted duration (“7日退货”) is still a figure."""

from __future__ import annotations

from graphs.exam_generation.standalone import check_words_settle
from graphs.exams import Question
from graphs.text import analyse
from graphs.text.anchors import quoted_label
from graphs.text.facts import facts_for

MATERIAL = """# 取餐

叫号员须用广播复述“3号窗口”，并在2分钟内把餐盘送到窗口。
会员享受“7日退货”服务，退货须出示小票。
"""


def test_a_quoted_number_without_a_unit_is_no_figure() -> None:
    assert quoted_label("“95号”", "zh") and quoted_label("“0号柴油”", "zh")
    assert not quoted_label("“7日退货”", "zh")
    figures = {
        a.text for f in facts_for(analyse(MATERIAL)) for a in f.anchors if a.role == "figure"
    }
    assert "2分钟" in figures and "7日" in figures
    assert not any(f.startswith("3") for f in figures)


def _true_false(stem: str) -> Question:
    return Question(
        type="true_false",
        stem=stem,
        answer=["false"],
        explanation="原文如此",
        knowledge_point="取餐",
        difficulty="easy",
        source_quote="叫号员须用广播复述“3号窗口”，并在2分钟内把餐盘送到窗口。",
    )


def test_a_false_statement_that_changes_a_quoted_name_is_refused() -> None:
    changed = _true_false("判断正误：叫号员须用广播复述“5号窗口”，并在2分钟内把餐盘送到窗口。")
    assert any("a quoted name" in p for p in check_words_settle(changed, MATERIAL))
    fair = _true_false("判断正误：叫号员须用广播复述“3号窗口”，并在5分钟内把餐盘送到窗口。")
    assert not any("a quoted name" in p for p in check_words_settle(fair, MATERIAL))
