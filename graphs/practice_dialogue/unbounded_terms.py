"""A limited term said to have no limit: "冻结不限次数" for 60 days a year, "cancel any time with no
fee" for a 30-day window, "vouchers, as many as you like" for one of at most 100元.

A fact whose values are limits (`up_to`) or lengths of time (days, a clock time) is misstated by
a clause that names it and calls it unlimited, as surely as by a wrong figure; fact_figures.false_facts
reads it as that fact's false claim. A sentence that also states one of the fact's true figures
("您随时可以来办退款，一到三个工作日到账") only says when she may ask, and a negated word
("不是无限次的") claims no such thing.
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.practice_dialogue.fact_terms import term_spans
from graphs.practice_dialogue.figures import figures
from graphs.practice_dialogue.signals import TurnText
from graphs.scenarios import Fact

UNBOUNDED: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"无限|不限|没有限制|没限制|不设限|无上限|没有上限|随时|随便|永久|永远|"
        r"想[^，,。；;]{0,6}(?:多久|几次|几张|多少)[^，,。；;]{0,6}(?:都|就)|"
        r"(?:多久|几次|几张|多少次|多少张)都"
    ),
    "en": re.compile(
        r"\bunlimited\b|\bno (?:time )?limits?\b|\bwithout (?:a |any )?(?:time )?limits?\b"
        r"|\bany ?time\b|\bwhenever(?:,? you (?:like|want|wish|need)\b|\s*(?=[,.;!?]|$))|\bforever\b|\bindefinitely\b"
        r"|\bas (?:long|late|many|often|much) as you (?:like|want|wish|need)\b",
        re.IGNORECASE,
    ),
}
"""Words that take the limit off a term (无限次, 想停多久都行, "as late as you like")."""

TIMED_UNITS = frozenset({"工作日", "天", "周", "月", "年", "点", "night"})
"""Units of a length or point of time: a term told by one is a limit."""


_CONTACT: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"^\s*(?:都|可以|可)?\s*(?:打给|打电话|来电|致电|联系|找|问|告诉|微信|留言)"),
    "en": re.compile(
        r"\b(?:call|ring|phone|contact|email|message|text|ask|reach|tell)\b(?:\s+\w+){0,2}\s*$",
        re.IGNORECASE,
    ),
}
"""When she may get in touch, not how long the term runs: 「退款到账前有任何问题随时打给我」 was read as
a refund with no time limit (session 20 end trainer P13, a strong learner's last line), "call us
any time"."""


def _contact(clause: str, word: re.Match[str]) -> bool:
    """The unbounded word times a call or a question to the learner, not the fact's term."""
    if _CONTACT["zh"].match(clause[word.end() :]):
        return True
    return bool(_CONTACT["en"].search(clause[: word.start()]))


def limited(fact: Fact, language: Language) -> bool:
    """The fact's values are limits: an upper bound, or a length or point of time."""
    if fact.up_to:
        return True
    return any(f.unit in TIMED_UNITS for value in fact.values for f in figures(value, language))


def _denied(part: TurnText, span: tuple[int, int], ignored: list[tuple[int, int]]) -> bool:
    """The span lies in an odd number of negation scopes, not counting a negation word inside an
    `ignored` span: the "no" of "no fee" (a cue of the fact) or of "no time limit" (the unbounded
    word itself) denies neither the term nor the lack of a limit."""
    inside = sum(
        1
        for cue in part.cues
        if cue.end <= span[0]
        and span[1] <= cue.scope_end
        and not any(a <= cue.start and cue.end <= b for a, b in ignored)
    )
    return inside % 2 == 1


def unbounded(fact: Fact, clause: str, whole: str, language: Language) -> bool:
    """The clause names the fact and calls the limited term unlimited, and the sentence (`whole`)
    states none of its true figures."""
    if not limited(fact, language):
        return False
    part = TurnText.of(clause, language)
    words = [m.span() for m in UNBOUNDED[language].finditer(clause) if not _contact(clause, m)]
    own = [span for cue in fact.cues if (span := part.find(cue)) is not None]
    own = own or term_spans(fact, clause)  # "check-out for the suite is any time you like"
    if not words or not own:
        return False
    ignored = own + words
    if all(_denied(part, span, ignored) for span in own):
        return False  # the term itself denied: "you can't cancel for free"
    if all(_denied(part, span, ignored) for span in words):
        return False  # the limit's lack denied: "冻结不是无限的"
    true = [f for value in fact.values for f in figures(value, language)]
    return not any(f.matches(t) for f in figures(whole, language) for t in true)
