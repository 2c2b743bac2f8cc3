"""Times and days in what is said: the customer takes the slot the learner offered.

A time is a run of a day (周六, 这周日, 明天, Thursday, tomorrow), a part of the day (上午, 晚上,
morning, evening) and a clock time (三点, 3 pm, 10:30), in that order, any of them left out
("周六上午", "下午三点", "Thursday evening", "at 6 pm").

When the learner proposes a slot ("要不这周日下午三点过来做个体测，可以吗？", "The engineer could
come Thursday evening. Would that work?") the customer answers that slot, not her script's:
a line of hers that names another time says the learner's instead ("周六上午我有空" becomes "这周日
下午三点我有空"; "An engineer on Thursday morning?" becomes "…on Thursday evening?"), and a line
that names no time while it answers the proposal (a hesitation) repeats the slot first, as she
repeats an offer's figure ("周日下午三点？我再想想吧…").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graphs.exams import Language
from graphs.text.clock_times import CLOCK_MINUTES

_ZH_NUMBER = r"[零一二两三四五六七八九十\d]{1,3}"
_ZH = re.compile(
    r"(?P<day>(?:这|本|下|这个|下个)?(?:周|星期|礼拜)[一二三四五六日天末]|大后天|后天|明天|今天|今晚|明晚)?"
    r"(?P<part>上午|下午|晚上|早上|中午|傍晚|早晨|夜里|凌晨)?"
    # its minutes as the clock reader takes them: 九点十五分, 9点30, 9点半, never 「两点一直等」's 一
    r"(?P<clock>" + _ZH_NUMBER + r"点(?:" + CLOCK_MINUTES.pattern + r")?)?"
)
_EN_DAYS = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today"
_EN = re.compile(
    r"\b(?P<lead>(?:on|at)\s+)?(?P<day>(?:(?:this|next)\s+)?(?:" + _EN_DAYS + r"))?\s*"
    r"(?P<part>(?:in the |this )?(?:morning|afternoon|evening|night))?\s*"
    r"(?P<clock>(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:am|pm)|(?:at\s+)?\d{1,2} o'clock|noon|midday)?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Slot:
    """A time as said: its text and where it stands, with the day, part and clock it names."""

    text: str
    start: int
    end: int
    day: str | None
    part: str | None
    clock: str | None

    def differs(self, other: Slot) -> bool:
        """Whether the two name another time: a day, part or clock both name that differs."""
        pairs = [(self.day, other.day), (self.part, other.part), (self.clock, other.clock)]
        return any(a and b and _bare(a) != _bare(b) for a, b in pairs)


def _bare(word: str) -> str:
    return re.sub(r"^(?:这个|下个|这|本|下|on |this |next |in the |at )", "", word.lower()).strip()


def slots_in(text: str, language: Language) -> list[Slot]:
    """The times a text names, in order."""
    pattern = _ZH if language == "zh" else _EN
    found = []
    for match in pattern.finditer(text):
        if not (match.group("day") or match.group("part") or match.group("clock")):
            continue
        if language == "en" and not (match.group("day") or match.group("clock")):
            continue  # "in the evening" alone is a habit, not a slot
        # "on Thursday": the preposition stays with her words, the slot is "Thursday"
        lead = len(match.groupdict().get("lead") or "")
        said = match.group()[lead:]
        found.append(
            Slot(
                text=said.strip(),
                start=match.start() + lead + len(said) - len(said.lstrip()),
                end=match.start() + lead + len(said.rstrip()),
                day=match.group("day"),
                part=match.group("part"),
                clock=match.group("clock"),
            )
        )
    return found


def taking_the_slot(line: str, offered: Slot, language: Language, *, answers: bool) -> str:
    """Her line for a proposal of `offered`: her own time replaced by it; a line that names no
    time and `answers` the proposal gets the slot repeated first."""
    hers = slots_in(line, language)
    for slot in hers:
        if slot.differs(offered):
            return line[: slot.start] + offered.text + line[slot.end :]
    if hers or not answers:
        return line
    echo = offered.text if language == "zh" else offered.text[0].upper() + offered.text[1:]
    return f"{echo}？{line}" if language == "zh" else f"{echo}? {line}"


def without_slot_parts(text: str, language: Language) -> str:
    """The text with the part of the day blanked in each slot that names a day or a clock time:
    in "How about Thursday evening for the engineer?" the evening is when he comes, not how she
    uses the line (a point's keyword), while "晚上11点" keeps its clock and "您晚上有空吗" its 晚上."""
    pattern = _ZH if language == "zh" else _EN
    blanked = list(text)
    for match in pattern.finditer(text):
        if (match.group("part") or "").lower().endswith("night"):
            continue  # a night is also a stay: "just for Saturday night" offers one night
        if match.group("part") and (match.group("day") or match.group("clock")):
            start, end = match.span("part")
            blanked[start:end] = " " * (end - start)
    return "".join(blanked)


def without_clock_times(text: str, language: Language) -> str:
    """The text with each slot that names a clock time blanked: "我明天上午十点给您回电话" tells
    when the learner calls, so its 十 is no figure of a price or a term (fact_figures.false_facts)."""
    blanked = list(text)
    for slot in slots_in(text, language):
        if slot.clock:
            blanked[slot.start : slot.end] = " " * (slot.end - slot.start)
    return "".join(blanked)
