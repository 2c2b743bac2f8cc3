"""`kpl grade`'s review header names only what the lines under it share (session 18 end designer
D11 / teacher T11: 「需复习：车厢温度」 over items none of which was about 车厢温度): where a line has
no topic of its own, the header is bare and each line names its own topic."""

from __future__ import annotations

from api.cli.render import render_grade_report
from graphs.exam_grading.objective import result
from graphs.exam_grading.report import build_report
from graphs.exams import Question


def _blank(number: int, stem: str, key: str, point: str) -> Question:
    return Question(
        number=number,
        type="fill_blank",
        stem=stem,
        answer=[key],
        source_quote=stem.replace("____", key),
        knowledge_point=point,
        score=2,
    )


TOPIC = _blank(1, "电梯维保后须在____内填写维保记录。", "24小时", "维保记录")
NO_TOPIC = _blank(2, "电梯轿厢内须张贴____。", "安全须知", "张贴")
EN_TOPIC = _blank(1, "Log each lift service within ____.", "24 hours", "service logs")
EN_NO_TOPIC = _blank(2, "Each lift car must display the ____.", "safety notice", "display")


def test_a_topic_heads_the_review_only_over_lines_that_share_it() -> None:
    wrong = [result(q, ["无"], 2, 0.0, "not the key") for q in (TOPIC, NO_TOPIC)]
    printed = render_grade_report(build_report("测验", wrong, "zh"))
    assert "需复习：\n" in printed, printed
    assert "需复习：维保记录" not in printed, printed
    assert "  - 第1题 维保记录：「电梯维保后须在24小时内填写维保记录」" in printed, printed
    english = [result(q, ["none"], 2, 0.0, "not the key") for q in (EN_TOPIC, EN_NO_TOPIC)]
    printed = render_grade_report(build_report("Quiz", english, "en"))
    assert "Review: service logs" not in printed, printed
    assert "Q1 (service logs):" in printed, printed


def test_a_topic_every_line_shares_still_heads_the_review() -> None:
    printed = render_grade_report(
        build_report("测验", [result(TOPIC, ["无"], 2, 0.0, "not the key")], "zh")
    )
    assert "需复习：维保记录\n" in printed, printed
