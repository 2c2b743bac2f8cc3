"""Whether a changed figure still reads true: the one judgement every false statement passes.

A statement keyed false must be false for a careful reader. A changed figure is not always so:
「未满12周岁的儿童不得乘坐试驾车」 makes 「未满10周岁的儿童不得乘坐」 true (every child under 10
is under 12), and "We do not groom pets that had surgery in the last 14 days" makes "…in the
last 10 days" true. Whether a change is implied depends on what the figure bounds
(`graphs/text/bounds.py`: `bound_of` says which side is covered, `is_requirement` what it bounds):

| the figure bounds                  | example                    | false when     | implied when           |
|------------------------------------|----------------------------|----------------|------------------------|
| whom or what a duty, a prohibition | under 12 may not ride; had | widened: 14,   | narrowed: under 10, 10 |
| or a permission covers (scope)     | surgery in the last 14     | 21 days, more  | days, more than 20     |
|                                    | days; more than 15 minutes | than 10        | minutes: IMPLIED       |
|                                    | late may be rescheduled    | minutes        |                        |
| what a duty requires               | collect within 30 minutes; | narrowed:      | loosened: within 45,   |
|                                    | at least 15 minutes; 满3年  | within 20, 4年 | 2年: LOOSENED          |
| what a prohibition leaves allowed  | 最高不得超过80公里         | narrowed: 60   | loosened: 100: LOOSENED|
| what a permission allows (a cap)   | 最多乘坐3人; up to 3 guests| widened: 4人   | narrowed: 2人: LOOSENED|
| a term's gloss, a plain figure     | 市区（30公里以内）; 3 years | either way     | never                  |

IMPLIED is true on any reading: whoever the narrower rule names, the material's rule names too.
LOOSENED is true as logic (a 30-minute limit keeps a 45-minute one) but reads as the wrong
limit (the designers call "must install updates within 30 days" for a 7-day rule a sound false
item), and a cap narrowed is true as a permission (2 may ride) and false as the limit. The
offline writers (`false_statements.change_figure`, shared by true/false and multiple choice)
make neither; the validators (`check_false_not_implied`, on every writer's output) refuse a
statement keyed false that is IMPLIED. A range the rule requires is LOOSENED by any wider one
(0-6℃ for 0-4℃); a range it covers is IMPLIED by any narrower one (12:00-13:00 of a barred
12:00-14:00).
"""

from __future__ import annotations

import re
from typing import Literal

from graphs.exam_generation.near_values import figure_value, range_ends
from graphs.exam_generation.prose import statement_of
from graphs.exams import Question
from graphs.text.anchors import Anchor
from graphs.text.bounds import Bound, bound_of, in_case, is_cap, is_requirement
from graphs.text.document import analysed
from graphs.text.facts import Fact, facts_for

_FIGURE_TEXT = re.compile(r"[\d一二两三四五六七八九十百千万半]")
_GLOSS_BEFORE = re.compile(r"[（(][^（()）]*$")
"""An open bracket before the figure: the figure glosses a term (市区范围内（距门店30公里以内）)."""


Reading = Literal["implied", "loosened"] | None

_CLAUSE_START = re.compile(r"[，,；;。.:：]")
_CASE_DENIED = re.compile(r"\b(?:not|never)\b|n['’]t\b|未(?!满)|没有?", re.IGNORECASE)
"""A denial in a case before its figure: "If a patient has not confirmed by 24 hours before …"."""


def _case_bound(text: str, start: int, end: int, bound: Bound) -> Bound:
    """The bound of a figure in a case that denies what the figure bounds ("has not confirmed by
    24 hours before": the case is the later confirmer, so a nearer 12 hours narrows it, and
    "does not pay within 7 days" is anyone past 7 days): the other side of the bound read."""
    if bound is None or not in_case(text, start, end):
        return bound
    opened = max((m.end() for m in _CLAUSE_START.finditer(text, 0, start)), default=0)
    if not _CASE_DENIED.search(text, opened, start):
        return bound
    return "lower" if bound == "upper" else "upper"


def implied_change(fact: Fact, anchor: Anchor, changed: str) -> Reading:
    """How `fact` reads with its figure `anchor` changed to `changed` (wherever the figure is
    written): "implied" (true on any reading), "loosened" (true as logic, the wrong limit as
    read), or None (false)."""
    if _GLOSS_BEFORE.search(fact.text, 0, anchor.start):
        return None  # 「市区范围内（距门店30公里以内）」: the figure defines the term before it
    required = is_requirement(fact, anchor)
    if anchor.semantic == "range":
        was, now = range_ends(anchor.text), range_ends(changed)
        if was is None or now is None:
            return None
        if required:
            return "loosened" if now[0] <= was[0] and now[1] >= was[1] else None
        return "implied" if now[0] >= was[0] and now[1] <= was[1] else None
    bound = bound_of(fact.text, anchor.start, anchor.end, span=anchor.semantic == "duration")
    bound = _case_bound(fact.text, anchor.start, anchor.end, bound)
    value, new = figure_value(anchor.text), figure_value(changed)
    if bound is None or value is None or new is None or new == value:
        return None
    outward = new > value if bound == "upper" else new < value
    if outward != required:
        return None
    return "loosened" if required or is_cap(fact.text, anchor.start) else "implied"


def still_implied(fact: Fact, anchor: Anchor, changed: str) -> bool:
    """Whether the changed fact may read true on some reading: no writer makes such a change."""
    return implied_change(fact, anchor, changed) is not None


def _spaced(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().rstrip("。.；;！!")


def changed_figure(statement: str, fact: Fact) -> tuple[Anchor, str] | None:
    """The fact's figure the statement changes, and what it says instead, when the statement is
    the fact word for word but for that one figure (written the same new way wherever the fact
    writes it); None otherwise."""
    said = _spaced(statement)
    for anchor in fact.anchors:
        if anchor.role != "figure":
            continue
        parts = [re.escape(_spaced(p)) for p in _spaced(fact.text).split(anchor.text)]
        if len(parts) < 2:
            continue
        pattern = r"\s*".join([parts[0], r"(?P<new>[^，,；;。]{1,24}?)"])
        for part in parts[1:-1]:
            pattern += r"\s*" + part + r"\s*(?P=new)"
        pattern += r"\s*" + parts[-1]
        match = re.fullmatch(pattern, said)
        if match and match.group("new") != anchor.text and _FIGURE_TEXT.search(match["new"]):
            return anchor, match.group("new")
    return None


def _keyed_false(question: Question) -> list[tuple[str, str]]:
    """(where, statement) of every statement the key calls false."""
    if question.type == "true_false" and question.answer == ["false"]:
        return [("the statement", statement_of(question.stem))]
    if question.type == "multiple_choice":
        return [
            (f"option {o.key}", o.text) for o in question.options if o.key not in question.answer
        ]
    return []


def check_false_not_implied(question: Question, material: str) -> list[str]:
    """A statement keyed false that changes one figure of a fact in a way the fact implies
    ("under 10" for a rule on under-12s) is true for a careful reader: the key is wrong."""
    statements = _keyed_false(question)
    if not statements:
        return []
    facts = [f for f in facts_for(analysed(material)) if any(a.role == "figure" for a in f.anchors)]
    problems = []
    for where, statement in statements:
        for fact in facts:
            found = changed_figure(statement, fact)
            if found is not None and implied_change(fact, found[0], found[1]) == "implied":
                problems.append(
                    f"{where} is keyed false, but it changes {found[0].text!r} to {found[1]!r} in "
                    f"{fact.text!r}, which the rule still implies (it reads true): change the "
                    "figure the other way or key it true"
                )
                break
    return problems
