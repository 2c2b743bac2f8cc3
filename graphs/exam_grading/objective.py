"""Grading by key: single choice, multiple choice and true/false.

Multiple choice, by the run's policy (grading_policy.py, stated to learners in the report's
header and in each note):
- any chosen key that is not correct -> 0;
- exactly the correct keys -> full score;
- some of the correct keys and nothing wrong -> half the score ("partial", the default), or 0
  ("all_or_nothing").
Single choice and true/false are all or nothing; more than one key on a single choice is wrong.
Every answer that loses marks says why beside it (choice_notes.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import partial
from typing import Any, Literal

from graphs.exam_grading.answers import TRUE_WORDS, UNREADABLE_MARK
from graphs.exam_grading.blank_notes import blank_why
from graphs.exam_grading.choice_notes import choice_why, read_by_figure
from graphs.exam_grading.choice_rules import faults_note, wrong_options
from graphs.exam_grading.grading_policy import (
    DEFAULT_MULTIPLE_CHOICE,
    MultipleChoicePolicy,
    subset_share,
)
from graphs.exam_grading.point_claims import written_claims
from graphs.exam_grading.point_notes import PointNote, describe_notes
from graphs.exam_grading.scoring_points import judge_point
from graphs.exam_grading.word_answers import normalise
from graphs.exams import Language, Question
from graphs.text.language import detect_language

Verdict = Literal["correct", "partial", "wrong", "unanswered"]


def verdict_for(ratio: float) -> Verdict:
    """The verdict that goes with a share of the score earned."""
    if ratio >= 1:
        return "correct"
    return "partial" if ratio > 0 else "wrong"


def result(
    question: Question,
    response: list[str],
    max_score: float,
    ratio: float,
    reason: str,
    *,
    missed: Sequence[str] = (),
    partial: Sequence[str] = (),
    notes: Sequence[PointNote] = (),
    policy: MultipleChoicePolicy = DEFAULT_MULTIPLE_CHOICE,
    written: object = None,
) -> dict[str, Any]:
    """One graded question as plain JSON (what the report lists); `missed`: a short answer's
    scoring points not credited in full, named in its review note, `partial` those of them that
    earned part of their marks; `notes`: every point's verdict, which the note then shows point by
    point (point_notes.py).

    A short answer's points are split by what they earned, each in one list only, in the points'
    order: `missed_points` were left out and earned nothing, `contradicted_points` earned nothing
    because the answer says them wrong (another figure, the opposite, the order turned round:
    有误 / contradicted in the note), `partial_points` earned part of their marks (half a figure
    left out, a keyword list's share); a point in none was credited in full. A program summing
    the lists counts each point once (session 18 end teacher T11); the review list quotes all
    three. `policy`: how a multiple choice was marked, which its note says; `written`: the
    answer as the learner wrote it (a choice's figure alone, credited as its option, is said so)."""
    verdict: Verdict = "unanswered" if not response else verdict_for(ratio)
    wrong = {n.point for n in notes if n.verdict == "contradicted"}
    faults = wrong_options(question, response) if response and verdict != "correct" else []
    return {
        "number": question.number,
        "type": question.type,
        "verdict": verdict,
        "score": round(max_score * ratio, 2) if response else 0,
        "max_score": max_score,
        "reason": reason if response else "unanswered",
        "answer": response,
        "correct_answer": list(question.answer),
        "explanation": question.explanation,
        "knowledge_point": question.knowledge_point,
        "source_quote": question.source_quote,
        # a short answer's points left out, said wrong (有误 / contradicted), partly earned
        "missed_points": [p for p in missed if p not in partial and p not in wrong],
        "partial_points": [p for p in missed if p in partial],
        "contradicted_points": [p for p in missed if p in wrong and p not in partial],
        # a multiple choice's rules the learner got wrong: its missed and wrongly chosen options'
        "review_sources": [f.rule for f in faults],
        "review": correct_note(question, response, written)
        if verdict == "correct"
        else review_note(question, missed, notes, response, why=reason, policy=policy)
        if response
        else review_note(question),
    }


def _english(question: Question) -> bool:
    return detect_language(question.stem + question.source_quote) == "en"


def shown_answer(question: Question, values: Sequence[str], english: bool) -> str:
    """Answers as the learner reads them: a choice key with its option text ("A 店长"), a
    true/false key as 对/错 (True/False), a blank as written, units kept."""
    texts = {o.key.upper(): o.text for o in question.options}
    if question.type == "true_false":
        words = ("True", "False") if english else ("对", "错")
        values = [
            v.removeprefix(UNREADABLE_MARK)
            if v.startswith(UNREADABLE_MARK)
            else words[0]
            if v.strip().lower() in TRUE_WORDS
            else words[1]
            for v in values
        ]
    values = [v.removeprefix(UNREADABLE_MARK) for v in values]  # a choice that is no option
    shown = [f"{v} {texts[v.upper()]}" if v.upper() in texts else v for v in values]
    return ("; " if english else "；").join(shown)


def correct_note(question: Question, response: Sequence[str] = (), written: object = None) -> str:
    """What a learner reads for a right answer: that it is right, and what it matched.

    "回答正确：2小时" / "Correct: 2 hours"; a short answer names the points it states ("回答正确，
    要点全部答到：…"). Short and in the exam's language, like every other note: a teacher ticks a
    right answer and says what earned the tick. An answer accepted in other words than the key's
    is shown beside it ("回答正确：30分钟（你的答案：半小时）", "Correct: 280 fps (your answer: 280
    feet per second)"): the learner sees it was read as the key, and whoever checks the grader sees
    what was taken for what (a reviewer reading only the key cannot see a wrong substitution). A
    choice answered with its option's figure alone (`written` "20" for D 20升) says it was marked
    as that option: "回答正确：D 20升（你的答案：20，只写了数字，按选项D计分）".
    """
    english = _english(question)
    if question.type == "short_answer":
        language: Language = "en" if english else "zh"
        judge = partial(judge_point, language=language, stem=question.stem)
        points = [
            written_claims(p, " ".join(response), question.stem, language, judge)
            for p in question.scoring_points or question.answer[:1]
        ]  # an unasked rule a point bundles is named only where the answer states it
        stated = ("; " if english else "；").join(p.strip().rstrip(";；,，。.") for p in points)
        return (
            f"Correct, every point stated: {stated}"
            if english
            else f"回答正确，要点全部答到：{stated}"
        )
    shown = shown_answer(question, question.answer, english)
    if read_by_figure(question, written, response):
        key = response[0].upper()
        return (
            f"Correct: {shown} (your answer: {written}, option {key}'s figure alone, marked as {key})"
            if english
            else f"回答正确：{shown}（你的答案：{written}，只写了数字，按选项{key}计分）"
        )
    given = shown_answer(question, response, english) if response else shown
    if normalise(given) != normalise(shown):
        return (
            f"Correct: {shown} (your answer: {given})"
            if english
            else f"回答正确：{shown}（你的答案：{given}）"
        )
    return f"Correct: {shown}" if english else f"回答正确：{shown}"


def review_note(
    question: Question,
    missed: Sequence[str] = (),
    notes: Sequence[PointNote] = (),
    response: Sequence[str] = (),
    *,
    why: str = "",
    policy: MultipleChoicePolicy = DEFAULT_MULTIPLE_CHOICE,
) -> str:
    """What a learner reads to review a missed or partial item: the source and the answer.

    "原文：<source quote>；你的答案：<response>；正确答案：<answer>" (in English for an English
    question); the learner's own answer is shown for every type but short answers (whose points
    say what became of each), as written, units kept. Choice keys are shown with their option
    text and true/false keys as 对/错 so the note stands on its own. A short answer's scoring points
    not credited (`missed`) are named between them ("未答到的要点：…"): each is a fact of the
    material, and the source quote may be the sentence of a point the learner did state. With
    `notes` (the rule judge's per-point verdicts) every point is listed with what became of it:
    "要点：(1) 已答到：…；(2) 部分答到（缺少：1分钟）：…；(3) 有误（答成：5分钟…）：…". A fill-in's
    answer says what kind of miss it is, from the judge's reason `why` (你的答案：2天（单位错误）;
    blank_notes.py), and a choice's why it lost marks (你的答案：A 10℃（错选）; choice_notes.py).
    """
    english = _english(question)
    separator = "; " if english else "；"
    if response and (faults := wrong_options(question, response)):
        # each option got wrong named with the rule it tests (choice_rules.py), not the item's
        # first rule; its keys alone, since the rules quoted are what the options say
        given, key = (separator if english else "、").join(response), question.answer
        right = (", " if english else "、").join(sorted(k.upper() for k in key))
        if english:
            return f"{faults_note(faults, True)} — Your answer: {given} — Correct answer: {right}"
        return f"{faults_note(faults, False)}；你的答案：{given}；正确答案：{right}"
    shown = shown_answer(question, question.answer, english)
    if question.type == "fill_blank" and len(question.answer) > 1:
        response = _blanks_left(response, len(question.answer), english)
    given = shown_answer(question, response, english) if question.type != "short_answer" else ""
    language: Language = "en" if english else "zh"
    if question.type == "fill_blank" and (kind := blank_why(why, language, len(question.answer))):
        given += f" ({kind})" if english else f"（{kind}）"  # 你的答案：2天（单位错误）
    if kind := choice_why(question, response, language, policy):
        given += f" ({kind})" if english else f"（{kind}）"  # 你的答案：A 10℃（错选）
    quote = _quoted([question.source_quote], english)
    if missed and len(question.point_sources) == len(question.scoring_points):
        # Each missed point's own sentence, not the first point's (which the learner may have
        # stated): the item's `point_sources` run parallel to its points.
        own = [
            question.point_sources[question.scoring_points.index(p)]
            for p in missed
            if p in question.scoring_points
        ]
        quote = _quoted(own, english) or quote
    points = separator.join(p.strip().rstrip(";；,，。.") for p in missed)
    listed = describe_notes(
        [replace(n, point=n.point.strip().rstrip(";；,，。.")) for n in notes], language
    )
    if english:
        parts = [f"Source: {quote}"] if quote else []
        if given:
            parts.append(f"Your answer: {given}")
        if listed:
            parts.append(f"Points: {listed}")
        elif points:
            parts.append(f"Points missed: {points}")
        return " — ".join([*parts, f"Correct answer: {shown}"])
    parts = [f"原文：{quote}"] if quote else []
    if given:
        parts.append(f"你的答案：{given}")
    if listed:
        parts.append(f"要点：{listed}")
    elif points:
        parts.append(f"未答到的要点：{points}")
    return "；".join([*parts, f"正确答案：{shown}"])


def _blanks_left(response: Sequence[str], blanks: int, english: bool) -> list[str]:
    """The learner's blanks with each one left empty said so, by its number: "4℃；（第2空未作答）",
    not "4℃；；" (a double separator a learner cannot read)."""
    values = [*response, *[""] * (blanks - len(response))]
    return [
        value
        if value.strip()
        else (f"(blank {number} left empty)" if english else f"（第{number}空未作答）")
        for number, value in enumerate(values, start=1)
    ]


_LIST_MARK = re.compile(
    r"(?:(?<=^)|(?<=[。！？!?\n])|(?<=\D[.:：]))[ \t]*"
    r"(?:[-*•·][ \t]+|\d{1,2}(?:\.[ \t]+|[、)）][ \t]*))",
    re.MULTILINE,
)
"""A list item's marker at the start of a line or right after a sentence (…药物。3. 店长…,
"…service.\n- If the client…"): the material's layout, not its words. A colon or point after a
digit is a clock time or a decimal, no sentence's end: 早餐时间（7:30-9:30） keeps its 30）."""


def _quoted(sentences: Sequence[str], english: bool) -> str:
    """Source sentences as one quote: each ends as a sentence ("…通知。无故爽约…", not "…通知 无故
    爽约…"), without the material's list markers and line breaks ("…药物。店长…", not "…药物。3.
    店长…"), and a Chinese quote drops its last 。 before the note's ；."""
    end = "." if english else "。"
    kept = []
    for sentence in sentences:
        text = _LIST_MARK.sub(lambda m: " " if m.group()[:1] in " \t" else "", sentence)
        text = re.sub(r"\s*\n\s*", " " if english else "", text)
        text = text.strip().rstrip(";；,，:：")
        if text:
            kept.append(text if text.endswith((".", "。", "!", "！", "?", "？")) else text + end)
    joined = (" " if english else "").join(dict.fromkeys(kept))
    return joined if english else joined.removesuffix("。")


def grade_by_key(
    question: Question,
    response: list[str],
    policy: MultipleChoicePolicy = DEFAULT_MULTIPLE_CHOICE,
) -> tuple[float, str]:
    """The share of the score earned by a choice or true/false answer, and why (a multiple
    choice's correct subset by `policy`)."""
    expected = sorted(k.upper() for k in question.answer)
    if question.type == "true_false":
        key = "true" if question.answer[0].strip().lower() in TRUE_WORDS else "false"
        right = response == [key]  # a key written 对/错 or T/F is read as the learner's is
        if response and response[0].startswith(UNREADABLE_MARK):
            given = response[0].removeprefix(UNREADABLE_MARK)
            return 0.0, f"{given!r} says neither true nor false; the statement is {key}"
        return (1.0, "right") if right else (0.0, f"the statement is {key}")
    if response and response[0].startswith(UNREADABLE_MARK):
        given = response[0].removeprefix(UNREADABLE_MARK)
        options = ", ".join(o.key.upper() for o in question.options)
        return (
            0.0,
            f"{given!r} is none of the options ({options}); the answer is {', '.join(expected)}",
        )
    if question.type == "single_choice":
        if len(response) > 1:
            return 0.0, f"chose {len(response)} options; a single choice takes one ({expected[0]})"
        right = response == expected
        return (
            (1.0, "right") if right else (0.0, f"chose {response[0]}; the answer is {expected[0]}")
        )
    wrong = [k for k in response if k not in expected]
    if wrong:
        return 0.0, f"{', '.join(wrong)} is not correct; any wrong option scores 0"
    if response == expected:
        return 1.0, "right: all correct options and no other"
    missed = [k for k in expected if k not in response]
    share = subset_share(policy)
    cost = "half score for a correct subset" if share else "all or nothing"
    return share, f"correct but incomplete: missed {', '.join(missed)} ({cost})"
