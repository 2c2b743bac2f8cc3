"""The times she has named herself, against the times the learner names.

Two mistakes of a customer who does not follow the learner, both about a time of hers:
- **a booking for another time**: after her yes she has named when she can come ("周六上午我有空，
  那就先约个体测"; "Thursday morning? Fine"). A learner who then books another time ("那我帮您约
  周四晚上八点的体测", "So that's the engineer on Friday afternoon") has not listened: she keeps to
  her own time (「周四晚上八点？我刚说的是周六上午有空……」) instead of "好，那就这么定了". Before her
  yes a slot the learner names is a proposal, and she takes it (times.taking_the_slot);
- **her own time told back**: 「让您从两点一直等到快三点……我们慢慢说，好吗？」 recounts her wait, it
  proposes no slot; she does not answer it with 「两点？」 as if it were offered to her.

Times are read as times.py reads them (a day, a part of the day, a clock time); two times differ
when a part both name differs ("周六上午" and "周六上午十点" agree).
"""

from __future__ import annotations

from collections.abc import Sequence

from graphs.exams import Language
from graphs.practice_dialogue.times import Slot, slots_in

_RECENT = 3
"""How many of her last lines may hold the time she named: her yes, or the line that took the
learner's slot a turn or two before it ("Thursday morning? Fine…", "Go on then, book it")."""


_NOW = {"today", "今天"}
"""A day that alone names the call itself ("Anything else I can help with today?"), no booking."""


def _dated(slot: Slot) -> bool:
    # a clock time alone is no booking: 「便宜一点」 reads as one o'clock, 「约的两点」 is the past
    return bool(slot.part or (slot.day and slot.day.lower() not in _NOW))


def _told_back(slot: Slot, own: Slot) -> bool:
    # all the slot names is in her time: 「两点」 told back; 「明天下午三点」 after her 「快三点」 is new
    named = [(slot.day, own.day), (slot.part, own.part), (slot.clock, own.clock)]
    return not slot.differs(own) and all(b for a, b in named if a)


def proposed_slots(
    proposal: str, reply: str, said_before: Sequence[str], language: Language
) -> list[Slot]:
    """The slots a learner's turn offers her: those of its `proposal` sentence, else of the whole
    `reply`, less the times she named herself (her story told back proposes nothing)."""
    hers = [slot for line in said_before for slot in slots_in(line, language)]
    offered = slots_in(proposal, language) or slots_in(reply, language)
    return [slot for slot in offered if not any(_told_back(slot, own) for own in hers)]


def her_time(said_before: Sequence[str], language: Language) -> Slot | None:
    """The last time she named in her latest lines, if any."""
    for line in reversed(said_before[-_RECENT:]):
        found = [slot for slot in slots_in(line, language) if _dated(slot)]
        if found:
            return found[-1]
    return None


def wrong_booking(reply: str, said_before: Sequence[str], language: Language) -> str | None:
    """Her correction when `reply` books a time other than the one she named, else None."""
    hers = her_time(said_before, language)
    if hers is None:
        return None
    booked = next(
        (slot for slot in slots_in(reply, language) if _dated(slot) and slot.differs(hers)), None
    )
    if booked is None:
        return None
    if language == "zh":
        return f"{booked.text}？我刚说的是{hers.text}有空，{booked.text}我过不来，还是约{hers.text}吧。"
    echo = booked.text[0].upper() + booked.text[1:]
    return (
        f"{echo}? I said {hers.text} suits me. I can't do {booked.text},"
        f" so keep it to {hers.text}, please."
    )
