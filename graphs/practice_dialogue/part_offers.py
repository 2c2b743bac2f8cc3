"""A half remedy: the learner gives part of what a point asks to be waived in full ("退一半，60块",
"I can take half off the fee"), and the customer says what is still missing.

A waiver point (its text asks for a fee waived, 免除, waive) is offered in part when a sentence
names one of its cues with a part of a sum (一半, 一部分, half, part of) or a sum under the
point's own figure (60 where the point names 120). She echoes the part and asks for the rest:
"一半？那剩下的60块呢？这钱我一分都不该出。" The evaluator credits no point for it
(unmade_points.py); this is what she says instead of moving on to her next complaint.
"""

from __future__ import annotations

from dataclasses import dataclass

from graphs.exams import Language
from graphs.practice_dialogue.figures import figures
from graphs.practice_dialogue.signals import TurnText, sentences
from graphs.practice_dialogue.unmade_sums import FIGURE, PART, WAIVER_POINT, sum_under_whole
from graphs.scenarios import Scenario

STILL_MISSING: dict[Language, tuple[str, str, str, str]] = {
    "zh": ("{part}？", "那剩下的{rest}块呢？", "那剩下的呢？", "这钱我一分都不该出。"),
    "en": (
        "{part}? ",
        "What about the other {rest}? ",
        "What about the rest? ",
        "I shouldn't pay any of it.",
    ),
}
"""Her echo of the part, her question for the rest (known, unknown), and why she wants it all."""


@dataclass(frozen=True)
class PartOffer:
    """A waiver point offered in part: its tag, the part as said, and what is left (None when
    the sums are not known)."""

    tag: str
    part: str
    rest: float | None


def part_offered(scenario: Scenario, reply: str) -> PartOffer | None:
    """The first waiver point the reply offers only in part, if any."""
    language = scenario.language
    for raw in sentences(reply):
        sentence = TurnText.of(raw, language)
        for stage in scenario.stages:
            for index, point in enumerate(stage.points):
                if not WAIVER_POINT.search(point.text):
                    continue
                cues = [k for k in sentence.said_any(point.keywords) if not FIGURE.fullmatch(k)]
                if not cues:
                    continue
                wholes = [
                    f.number
                    for k in point.keywords
                    if FIGURE.fullmatch(k)
                    for f in figures(k, language)
                ]
                whole = max(wholes) if wholes else None
                part = PART[language].search(raw)
                said = sum_under_whole(point.keywords, raw, language)
                if not (part or said):
                    continue
                if said is None and part and part.group(0) in ("一半", "half") and whole:
                    said = whole / 2
                rest = whole - said if whole is not None and said is not None else None
                unit = "块" if language == "zh" else ""
                echo = part.group(0) if part else f"{said:g}{unit}"
                return PartOffer(scenario.point_tag(stage.id, index), echo, rest)
    return None


def still_missing(offer: PartOffer, language: Language) -> str:
    """Her answer to a half remedy: the part echoed, the rest asked for."""
    echo, rest, rest_unknown, whole = STILL_MISSING[language]
    part = offer.part if language == "zh" else offer.part[:1].upper() + offer.part[1:]
    asked = rest.format(rest=f"{offer.rest:g}") if offer.rest else rest_unknown
    return echo.format(part=part) + asked + whole
