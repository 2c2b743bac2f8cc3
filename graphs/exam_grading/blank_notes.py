"""Why a fill-in missed, as the learner reads it, in the exam's language.

The judge's reason is for whoever checks the grader ("0 of 1 blank(s) right; blank 1: '2天' is not
'2小时': the wrong unit"); a teacher writes the same thing beside the learner's answer, in the
learner's language: 你的答案：2天（单位错误）, "Your answer: 14 weeks (wrong unit)"; another word
than the key's is 用词不对 / "not the key's word", so that a learner sees which blank failed (园长
for 保育员); with several blanks, each is numbered (第2空：数字不对).
"""

from __future__ import annotations

import re

from graphs.exams import Language

_KINDS: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(r"days, not working days"), "自然日不是工作日", "days, not working days"),
    (
        re.compile(r": the span counted in days$"),
        "按天数换算，不是原文的月数",
        "counted in days, not the key's months",
    ),
    (
        re.compile(r": the span counted in months, not the key's days$"),
        "按月数作答，原文是天数",
        "counted in months, not the key's days",
    ),
    (re.compile(r": the wrong unit$"), "单位错误", "wrong unit"),
    (re.compile(r": another counting unit$"), "计量单位不同", "another counting unit"),
    (re.compile(r": a different figure$"), "数字不对", "a different figure"),
    (re.compile(r"unit of .* is missing$"), "缺少单位", "unit missing"),
    (re.compile(r"^gives another figure too"), "另写了别的数字", "gives another figure too"),
    (re.compile(r"opposite|negates"), "意思相反", "the opposite"),
    (re.compile(r"not the key's words '(.+)'$"), "缺少“{}”", "lacks '{}'"),
    (re.compile(r"says which, without its head '(.+)'$"), "缺少“{}”", "lacks '{}'"),
    (
        re.compile(r"without the word that says which$"),
        "缺少限定词",
        "lacks the word that says which",
    ),
    (re.compile(r"^no figure where"), "缺少数字", "no figure"),
    (
        re.compile(r"^'(.+)' names only part of '.+' \(left out: (.+)\)$"),
        "只写了{}，还应包括{}",
        "only {}; also {}",
    ),
    (
        re.compile(r"a person the rule does not$"),
        "多写了规定未提到的人",
        "names a person the rule does not",
    ),
    (re.compile(r"is another post than '"), "另一个岗位", "another post"),
    (re.compile(r"works, not the post$"), "只说了岗位所在的地方", "names where the post works"),
    (re.compile(r"^'.*' is not '"), "用词不对", "not the key's word"),
)
_BLANK = re.compile(r"blank (\d+): (.*?)(?=; blank \d+: |$)")


def blank_why(reason: str, language: Language, blanks: int) -> str:
    """The kinds of miss the judge's `reason` gives for a fill-in's blanks, in `language`
    ("单位错误", "第2空：数字不对"); empty when none has a kind worth a word."""
    kinds = []
    for number, why in _BLANK.findall(reason):
        kind = next(
            (
                (zh if language == "zh" else en).format(*found.groups())
                for pattern, zh, en in _KINDS
                if (found := pattern.search(why))
            ),
            "",
        )
        if kind and blanks > 1:
            kind = f"第{number}空：{kind}" if language == "zh" else f"blank {number}: {kind}"
        if kind:
            kinds.append(kind)
    return ("；" if language == "zh" else "; ").join(kinds)
