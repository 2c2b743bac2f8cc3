"""A name (a role, a term) that one item asks for is neither asked again nor shown by another.

Session 18 designer D11 (m1): the key 收货员 answered a single choice and a fill-in of the same
paper, and a short answer's stem printed 「收货员应如何处理」 beside the fill-in 「____须先核对预约
单号与车牌号」. A name asked twice is one answer learnt once, and a fill-in's name printed in another
stem is its answer shown where the blank is who acts: a learner writes the role the paper has
just named. answer_leaks.py
catches an answer printed with its neighbours; this catches the name itself. Figures are not
names: "7 days" may be the deadline of two rules, each a fact of its own. A single choice's key
printed elsewhere is no giveaway (its options print every candidate), but asked twice it is.
"""

from __future__ import annotations

import re

from graphs.exam_generation.blanks import blank_answers, blank_spans
from graphs.exams import Language, Question
from graphs.text.similarity import normalise

_MIN_NAME = {"zh": 2, "en": 4}
"""Letters a name needs to be told from a common word (员 / team)."""
_ASKING = ("single_choice", "fill_blank")


def _names(question: Question, language: Language) -> list[str]:
    """The item's keys that are names: no figure in them, long enough to be a term."""
    if question.type not in _ASKING:
        return []
    return [
        answer
        for answer in blank_answers(question)
        if not re.search(r"\d", answer) and len(normalise(answer)) >= _MIN_NAME[language]
    ]


def _stem_words(question: Question) -> str:
    """The stem a learner reads, without its blanks, its options kept apart."""
    stem = question.stem
    for start, end in sorted(blank_spans(stem), key=lambda span: -span[0]):
        stem = stem[:start] + " " + stem[end:]
    return stem


_CLAUSE_BREAK = re.compile(r"[：:，,。；;！!？?]")
_DOER_LEAD = re.compile(
    r"^(?:(?:only|and|then)\s+)?(?:the|a|an)?\s*$|(?:由|应由|须由|必须由|交由|并由)\s*$"
    r"|\bby\s+(?:the|a|an)?\s*$",
    re.IGNORECASE,
)


def _asks_doer(question: Question) -> bool:
    """Whether the fill-in's blank is who acts: it opens its clause ("____须先核对…", "The ____
    inspects …") or follows 由 / "by the". A name in another role ("even with ____ consent")
    printed elsewhere is no answer shown (session 11 designer, m2)."""
    spans = blank_spans(question.stem)
    if len(spans) != 1:
        return False
    before = _CLAUSE_BREAK.split(question.stem[: spans[0][0]])[-1]
    return _DOER_LEAD.search(before.strip()) is not None


def _prints(stem: str, name: str, language: Language) -> bool:
    if language == "zh":
        return name in stem
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", stem, re.IGNORECASE) is not None


def shared_name(question: Question, other: Question, language: Language) -> str | None:
    """A name one of the two items asks for that the other asks for too, or that a short
    answer's ask prints while the asking item is a fill-in on who acts (a single choice shows
    its candidates). A short answer's ask names the role beside what it must do (「收货员应如何
    处理」); a true/false statement of another rule with its doer is the material's own wording,
    which an independent reviewer signed off beside the fill-in (「安装工私自收费的…」 and
    「安装完成后，____须现场通电试机」, bench/labels batch 7)."""
    mine, theirs = _names(question, language), _names(other, language)
    asked = {normalise(n) for n in theirs}
    for name in mine:
        if normalise(name) in asked:
            return name
    for asking, showing in ((question, other), (other, question)):
        if asking.type != "fill_blank" or showing.type != "short_answer":
            continue
        if not _asks_doer(asking):
            continue
        stem = _stem_words(showing)
        for name in _names(asking, language):
            if _prints(stem, name, language):
                return name
    return None
