"""Plain-text renderings of flow results for the terminal: exam, grading report, practice report."""

from __future__ import annotations

import unicodedata
from typing import Any

from graphs.exam_grading.review_topics import review_line
from graphs.point_marks import point_marks

TYPE_LABELS = {
    "zh": {
        "single_choice": "单选",
        "multiple_choice": "多选",
        "true_false": "判断",
        "fill_blank": "填空",
        "short_answer": "简答",
    },
    "en": {
        "single_choice": "single choice",
        "multiple_choice": "multiple choice",
        "true_false": "true/false",
        "fill_blank": "fill in the blank",
        "short_answer": "short answer",
    },
}
TRUE_FALSE = {"zh": {"true": "正确", "false": "错误"}, "en": {"true": "true", "false": "false"}}
EXAM_WORDS = {
    "zh": {
        "size": "（共{count}题，{points:g}分）",
        "easy": "易",
        "medium": "中",
        "hard": "难",
        "why": "：",
        "level": "   （难度 {why}）",
        "key": "参考答案",
        "source": "原文：",
        "points": "评分要点：",
        "marks": "（{marks:g}分）",
        "shortfall": "未出齐：{label}题缺{missing}道（原因见 kpl: 提示行）",
    },
    "en": {
        "size": "({count} questions, {points:g} points)",
        "easy": "easy",
        "medium": "medium",
        "hard": "hard",
        "why": ": ",
        "level": "   (difficulty {why})",
        "key": "Answer key",
        "source": "source: ",
        "points": "scoring points:",
        "marks": " ({marks:g} {unit})",
        "shortfall": "shortfall: {missing} {label} missing (the reason is on the kpl: line)",
    },
}
"""The exam's own words in the trainer's view, in the exam's language."""


def render_exam(exam: dict[str, Any]) -> str:
    """The exam as a learner would read it, then the answer key (every source a multiple choice
    rests on, a short answer's scoring points) and what falls short, in the exam's language
    (the reasons are on `kpl exam`'s "kpl:" lines)."""
    language = exam.get("language", "zh")
    labels = TYPE_LABELS.get(language, TYPE_LABELS["en"])
    words = EXAM_WORDS.get(language, EXAM_WORDS["en"])
    lines = [
        exam["title"],
        words["size"].format(count=len(exam["questions"]), points=exam["total_score"]),
        "",
    ]
    for question in exam["questions"]:
        label = labels[question["type"]]
        level = words.get(question["difficulty"], question["difficulty"])
        lines.append(
            f"{question['number']}. [{label} · {level} · {question['score']:g}] {question['stem']}"
        )
        lines.extend(f"   {option['key']}. {option['text']}" for option in question["options"])
        lines.append("")
    lines.append(words["key"])
    for question in exam["questions"]:
        lines.extend(_key_lines(question, language, words))
    # What is missing, once: `kpl exam` gives each gap's reason on its "kpl:" line (stderr, in
    # text and JSON mode alike); printed here too, a trainer read every note twice (D12).
    for gap in exam.get("shortfall") or ():
        label = labels.get(gap["type"], gap["type"])
        lines.append(words["shortfall"].format(label=label, missing=gap["missing"]))
    return "\n".join(lines)


def _key_lines(question: dict[str, Any], language: str, words: dict[str, str]) -> list[str]:
    """One question's answer, why it is at its level, then where it comes from: a short answer's scoring points with
    their share of the score; a multiple choice's every source (the explanation names each
    option's sentence and what a false one changed); else the source sentence."""
    answer = question["answer"]
    if question["type"] == "true_false":
        answer = [TRUE_FALSE.get(language, TRUE_FALSE["en"])[a] for a in answer]
    shown = " / ".join(answer) if question["type"] != "short_answer" else answer[0]
    lines = [f"{question['number']}. {shown}"]
    if question.get("difficulty_reason"):
        # Beside the key, not on the paper: "easy: stated as the material says it" on a
        # true/false, or "only 2 statements are true", would tell a learner the answer.
        level = words.get(question["difficulty"], question["difficulty"])
        lines.append(
            words["level"].format(why=level + words["why"] + question["difficulty_reason"])
        )
    points = question.get("scoring_points") or []
    if question["type"] == "short_answer" and points:
        marks = point_marks(points, question.get("point_scores") or (), question["score"])
        lines.append("   " + words["points"])
        lines.extend(
            f"   ({n}) {point}"
            + words["marks"].format(marks=mark, unit="mark" if mark == 1 else "marks")
            for n, (point, mark) in enumerate(zip(points, marks, strict=True), 1)
        )
    elif question["type"] == "multiple_choice" and question.get("explanation"):
        lines.extend(f"   {line}" for line in question["explanation"].splitlines() if line)
    elif question.get("source_quote"):
        lines.append(f"   {words['source']}{question['source_quote']}")
    return lines


GRADE_WORDS = {
    "zh": {
        "correct": "正确",
        "partial": "部分正确",
        "wrong": "错误",
        "unanswered": "未作答",
        "review": "需复习：",
        "retest": "重做题号：",
        "list": "、",
    },
    "en": {
        "correct": "correct",
        "partial": "partial",
        "wrong": "wrong",
        "unanswered": "unanswered",
        "review": "Review: ",
        "retest": "Retest questions: ",
        "list": ", ",
    },
}
"""The grading report's own words, in the exam's language (its notes already are)."""


def _columns(text: str) -> int:
    """Terminal columns: a Chinese character takes two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def render_grade_report(report: dict[str, Any]) -> str:
    """Score, per-question verdicts with the learner's notes, what to review and retest, all in
    the exam's language."""
    words = GRADE_WORDS[report.get("language", "zh")]
    width = max(_columns(words[v]) for v in report["counts"]) + 1
    lines = [
        f"{report['title']}: {report['total']:g} / {report['max_total']:g} "
        f"({report['percentage']:g}%)",
        "  ".join(f"{words[verdict]} {count}" for verdict, count in report["counts"].items()),
        *report.get("scoring_rules", []),  # how multiple choices were marked, before the marks
        "",
    ]
    for result in report["questions"]:
        # One note per question, the learner's, in the exam's language (原文, 你的答案, 要点, 正确答案
        # or 回答正确); the judge's English reason, for whoever checks the grader, is in --json.
        note = result.get("review") or result["reason"]
        verdict = words[result["verdict"]]
        lines.append(
            f"{result['number']:>3}. {verdict}{' ' * (width - _columns(verdict))}"
            f"{result['score']:g}/{result['max_score']:g}  {note}"
        )
    topics = report.get("review_topics", [])
    if report["review_knowledge_points"] or topics:
        shown = [entry for entry in topics if entry["fact"]]
        # The header names only what every line under it shares: each line names its own topic.
        shared = all(entry["topic"] for entry in shown)
        points = words["list"].join(report["review_knowledge_points"]) if shared else ""
        lines += ["", (words["review"] + points).rstrip()]
        language = report.get("language", "zh")
        lines += [f"  - {review_line(entry, language)}" for entry in topics if entry["fact"]]
    if report["retest"]:
        lines.append(words["retest"] + words["list"].join(str(n) for n in report["retest"]))
    return "\n".join(lines)


def render_practice_report(report: dict[str, Any]) -> str:
    """Total, pass or fail, each criterion with its turns, strengths and improvements."""
    verdict = "passed" if report["passed"] else "not passed"
    lines = [
        f"{report['title']}: {report['total']} / 100 ({verdict}, pass mark {report['pass_mark']}; "
        f"{report['turns']} turns, ended: {report['ended']})",
        "",
    ]
    if report.get("note"):  # a short report (quit before any reply) says why it is short
        lines.append(report["note"])
    for criterion in report["criteria"]:
        turns = ", ".join(str(t) for t in criterion["turns"]) or "-"
        lines.append(
            f"- {criterion['name']} ({criterion['weight']:.0%}): {criterion['score']}"
            f"  [turns {turns}] {criterion['explanation']}"
        )
    if report["strengths"]:
        lines += ["", "Strengths:"] + [f"  + {s}" for s in report["strengths"]]
    if report["improvements"]:
        lines += ["", "To improve:"] + [
            f"  - {item['name']} ({item['score']}): {item['advice']}"
            for item in report["improvements"]
        ]
    return "\n".join(lines)
