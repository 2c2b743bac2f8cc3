"""What a learner reads about each scoring point of a short answer, in the learner's language.

The judge's `reason` is for whoever checks the grader (English, with the terms it matched); the
learner's review note says, point by point, what became of it:

- 已答到 / credited;
- 部分答到（缺少：20分钟）/ partial (missing: 20 minutes): the topic is there, not the figure;
  部分答到（缺少：严禁重复使用）: one rule of the point stated, the one named left out;
  部分答到（答成：60分钟，要点为30分钟）: one rule of the point right, another's figure wrong;
  部分答到（答成：3天，要点为3个工作日，自然日不是工作日）: its working days said as days;
- 有误（答成：5分钟）/ contradicted (you gave: 5 minutes): a different figure; with 单位错误 /
  wrong unit after it where the number is the point's and the unit another (5天 for 5小时); with
  the bounds where only they differ (答成：最多160℃，要点为至少160℃);
  有误（说法相反）/ contradicted (says the opposite): a denial, the opposite modality or order;
- 未答到 / missing;
- 只列出关键词，未写成完整说法 / listed as keywords, not stated: a bare keyword list names the point
  (what it earns: keyword_lists.py).

Each point ends with its marks when the question carries its score: earned of worth, as a teacher
writes them (（2/2分）, " (0/1 marks)"; graphs/point_marks.py).

Figures are shown as a learner writes them (20分钟, 600度, 1到2周 is shown as its two figures), not
as the grader's canonical units ("600 celsius", "1 times").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from graphs.exam_grading.figures import Figure, readable, wrong_unit
from graphs.exam_grading.same_figures import working_days_as_days
from graphs.exams import Language
from graphs.text.quantities import Quantity

_ZH_UNITS = {
    "second": "秒",
    "minute": "分钟",
    "hour": "小时",
    "day": "天",
    "week": "周",
    "fortnight": "两周",
    "month": "个月",
    "year": "年",
    "working_day": "个工作日",
    "yuan": "元",
    "dollar": "美元",
    "pound": "英镑",
    "euro": "欧元",
    "percent": "%",
    "celsius": "℃",
    "fahrenheit": "℉",
    "degree": "度",
    "times": "次",
    "people": "人",
    "items": "个",
    "steps": "步",
    "points": "分",
    "metre": "米",
    "gram": "克",
    "litre": "升",
    "km/h": "公里/小时",
    "clock": "点",
    "class_hour": "学时",
}
_EN_UNITS = {
    "celsius": "°C",
    "fahrenheit": "°F",
    "percent": "%",
    "working_day": "working days",
    "times": "times",
    "people": "people",
    "items": "items",
    "clock": "o'clock",
    "class_hour": "class hours",
    "degree": "degrees",
    "dollar": "dollars",
}
_LABELS = {
    "zh": {
        "credited": "已答到",
        "partial": "部分答到",
        "contradicted": "有误",
        "missing": "未答到",
        "listed": "只列出关键词，未写成完整说法",
        "lacks": "缺少",
        "gave": "答成",
        "opposite": "说法与要点相反",
        "unit": "单位错误",
        "calendar": ", 自然日不是工作日",
    },
    "en": {
        "credited": "credited",
        "partial": "partial",
        "contradicted": "contradicted",
        "missing": "missing",
        "listed": "listed as keywords, not stated",
        "lacks": "missing",
        "gave": "you gave",
        "opposite": "says the opposite",
        "unit": "wrong unit",
        "calendar": "; days are not working days",
    },
}


@dataclass(frozen=True)
class PointNote:
    """One scoring point as the learner's review note shows it."""

    point: str
    verdict: str
    """credited, partial, contradicted or missing (scoring_points.PointVerdict), or listed."""
    figure: Figure | None = None
    """partial: the point's figure the answer lacks; contradicted: the point's figure."""
    rival: Figure | None = None
    """contradicted by a figure: the one the answer gave instead."""
    said: str = ""
    """contradicted by a sentence (an order turned round): the learner's words, quoted."""
    marks: tuple[float, float] | None = None
    """The marks the point earned and its worth (1/2分 of a 2-mark point), when known."""
    lacks: str = ""
    """partial: the point's rule the answer leaves out (部分答到（缺少：严禁重复使用）)."""


def spoken(figure: Figure, language: Language) -> str:
    """A figure as a learner writes it: 20分钟, 600度, 5 dollars, 8:30."""
    if figure.identifier is not None:
        return figure.identifier.digits
    if figure.said or figure.written:
        return figure.said or figure.written
    quantity = figure.quantity
    if quantity is None:
        return ""
    return _spoken_quantity(quantity, language)


def _spoken_quantity(quantity: Quantity, language: Language) -> str:
    if quantity.unit == "clock":
        hours = int(quantity.value)
        minutes = round((quantity.value - hours) * 60)
        return f"{hours}:{minutes:02d}" if language == "en" else f"{hours}点{minutes or ''}"
    value = f"{quantity.value:g}"
    if quantity.unit is None:
        return value
    fraction = readable(quantity)
    if "/" in fraction:  # 三分之一, read as 33.3%: said as the fraction it was
        numerator, denominator = fraction.split("/")
        return f"{denominator}分之{numerator}" if language == "zh" else fraction
    if language == "zh":
        return f"{value}{_ZH_UNITS.get(quantity.unit, quantity.unit)}"
    unit = _EN_UNITS.get(quantity.unit, quantity.unit)
    if unit in {"%", "°C", "°F"}:
        return f"{value}{unit}"
    if quantity.value != 1 and unit.isalpha() and not unit.endswith("s"):
        unit += "s"
    return f"{value} {unit}"


def describe_note(note: PointNote, language: Language) -> str:
    """ "部分答到（缺少：20分钟）：<point>" / "partial (missing: 20 minutes): <point>"."""
    labels = _LABELS[language]
    head = labels[note.verdict]
    detail = ""
    if note.verdict == "partial" and note.figure is not None and note.rival is None:
        detail = f"{labels['lacks']}: {spoken(note.figure, language)}"
    elif note.verdict == "partial" and note.rival is None and note.lacks:
        detail = f"{labels['lacks']}: {note.lacks}"
    elif note.verdict == "contradicted" or note.rival is not None:  # partial: one rule wrong
        if note.rival is not None:
            given, wanted = spoken(note.rival, language), ""
            if note.figure is not None:
                wanted = spoken(note.figure, language)
                same = given == wanted or note.rival.quantity == note.figure.quantity
                if same and note.rival.opposes(note.figure):  # 四十五公斤 is 45公斤: the bound
                    given, wanted = _bounded(note.rival, language), _bounded(note.figure, language)
            detail = f"{labels['gave']}: {given}"
            if note.figure is not None:
                point_says = "，要点为" if language == "zh" else ", the point says "
                detail += f"{point_says}{wanted}"
                if _days_for_working_days(note.rival, note.figure):
                    detail += labels["calendar"]
                elif wrong_unit(note.rival, note.figure):
                    detail += f", {labels['unit']}"
        elif note.said:
            detail = f"{labels['gave']}: {note.said}"
        else:
            detail = labels["opposite"]
    marks = _marks(note.marks, language)
    if language == "zh":
        detail = detail.replace(": ", "：").replace(", ", "，")
        return (
            f"{head}（{detail}）：{note.point}{marks}" if detail else f"{head}：{note.point}{marks}"
        )
    return f"{head} ({detail}): {note.point}{marks}" if detail else f"{head}: {note.point}{marks}"


def _days_for_working_days(given: Figure, wanted: Figure) -> bool:
    return (
        given.quantity is not None
        and wanted.quantity is not None
        and working_days_as_days(given.quantity, wanted.quantity)
    )


_EDGES = {
    "zh": {"upper": "最多", "lower": "至少"},
    "en": {"upper": "at most ", "lower": "at least "},
}


def _bounded(figure: Figure, language: Language) -> str:
    """A figure with its bound, where only the bound tells two figures apart (答成：最多160℃，
    要点为至少160℃; not 答成：160℃，要点为160℃)."""
    return _EDGES[language].get(figure.bound or "", "") + spoken(figure, language)


def _marks(marks: tuple[float, float] | None, language: Language) -> str:
    """A point's marks as a teacher writes them after it: "（1/2分）", " (1/2 marks)"."""
    if marks is None:
        return ""
    earned, worth = (f"{round(value, 2):g}" for value in marks)
    return f"（{earned}/{worth}分）" if language == "zh" else f" ({earned}/{worth} marks)"


def describe_notes(notes: Sequence[PointNote], language: Language) -> str:
    """Every point's note, numbered in the question's order."""
    separator = "；" if language == "zh" else "; "
    return separator.join(
        f"({n}) {describe_note(note, language)}" for n, note in enumerate(notes, start=1)
    )


def reason_in_language(notes: Sequence[PointNote], language: Language, reason: str) -> str:
    """A short answer's `reason` in the paper's language, as the learner's note says it: its
    points' notes with their marks (要点：(1) 已答到：…（2/2分）；…, "Points: (1) missing: … (0/2.5
    marks); …"), each verdict and detail said once; never the judge's working ("states 2 of 3 of
    its terms (not measure)", "(denies move)": session 19 end teacher T12 read them as verdicts).
    The judge's own `reason` only where there are no points."""
    if not notes:
        return reason
    return ("要点：" if language == "zh" else "Points: ") + describe_notes(notes, language)
