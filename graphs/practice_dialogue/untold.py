"""A point that speaks to what only she can tell is expected only once it was told.

"Wish them a happy anniversary" is owed to a guest who said it was their anniversary; to one who
said "just a quiet weekend", or nothing of it, no trainer writes "Not done: Wish them a happy
anniversary": the learner could not know. A wish point (unmade_points.WISH_POINT: "Wish …",
祝…) names its occasion in its text (anniversary, 生日); it is wanted once a line of hers, or the
learner's own (a guess she confirmed, a booking note read out), names that occasion.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from graphs.exams import Language
from graphs.practice_dialogue.unmade_points import WISH_POINT
from graphs.scenarios import Point, Scenario

_NOT_OCCASION: dict[Language, re.Pattern[str]] = {
    "en": re.compile(r"\b(?:wish|them|him|her|you|your|a|an|the|happy|lovely|great|nice)\b"),
    "zh": re.compile(r"祝|您|你|他们|她|他|快乐|愉快|顺利|开心|一个"),
}
"""The words of a wish that are no occasion."""


def _occasion(point: Point, language: Language) -> list[str]:
    """The occasion a wish point names: its text without the words of wishing."""
    rest = _NOT_OCCASION[language].sub(" ", point.text.lower())
    if language == "zh":
        rest = re.sub(r"[^\u4e00-\u9fff]+", " ", rest)
        return [w[i : i + 2] for w in rest.split() for i in range(len(w) - 1)]
    return [w for w in re.findall(r"[a-z]+", rest) if len(w) >= 4]


def untold(scenario: Scenario, lines: Iterable[str]) -> frozenset[tuple[str, int]]:
    """(stage, index) of the wish points whose occasion no line of the session names."""
    said = " ".join(lines).lower()
    language = scenario.language
    return frozenset(
        (stage.id, index)
        for stage in scenario.stages
        for index, point in enumerate(stage.points)
        if WISH_POINT.search(point.text)
        and (words := _occasion(point, language))
        and not any(word in said for word in words)
    )
