"""Which of a scenario's points one sentence of a learner turn makes (understanding.py reads a
turn sentence by sentence with these): a point's longest phrase said, whether it stands in the
asking part of a question, a point heard only as a greeting ("您好" for the welcome), points heard
only inside a longer phrase of another point, and keywords that are warm-phrase words."""

from __future__ import annotations

from graphs.practice_dialogue.phrases import GREETINGS
from graphs.practice_dialogue.signals import TurnText
from graphs.scenarios import Point, Scenario


def point_in(point: Point, sentence: TurnText, asks_from: int | None) -> int:
    """How long the longest of the point's phrases the sentence says is (0: the point is not
    made); a point made `by_asking` is only made by a question."""
    if point.by_asking and asks_from is None:
        return 0
    heard = sentence.said_any(point.keywords or [point.text], cues_before=asks_from)
    return max((len(p) for p in heard), default=0)


def in_question(sentence: TurnText, phrases: list[str], asks_from: int | None) -> bool:
    """True when one of the phrases stands in the asking part of a question."""
    if asks_from is None:
        return False
    spans = [sentence.find(p) for p in phrases]
    return any(span is not None and span[1] > asks_from for span in spans)


def greeting_only(point: Point, sentence: TurnText, asks_from: int | None) -> bool:
    heard = sentence.said_any(point.keywords or [point.text], cues_before=asks_from)
    return bool(heard) and all(sentence.said_any([p]) and p.lower() in GREETINGS for p in heard)


def shadowed_points(
    scenario: Scenario, sentence: TurnText, asks_from: int | None
) -> set[tuple[str, int]]:
    """Points heard only inside a longer phrase of another point: in "提前短信通知" (an
    improvement, 短信通知) the 短信 of the follow-up point is part of the improvement."""
    spans: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for stage in scenario.stages:
        for index, point in enumerate(stage.points):
            if point.by_asking and asks_from is None:
                continue
            heard = sentence.said_any(point.keywords or [point.text], cues_before=asks_from)
            found = [span for p in heard if (span := sentence.find(p)) is not None]
            if found:
                spans[stage.id, index] = found
    shadowed = set()
    for key, own in spans.items():
        others = [span for other, found in spans.items() if other != key for span in found]
        if all(
            any(a <= start and end <= b and b - a > end - start for a, b in others)
            for start, end in own
        ):
            shadowed.add(key)
    return shadowed


def family_word(keyword: str, family_words: set[str], said: TurnText) -> bool:
    """A keyword heard is a warm-phrase word when it is one, holds one (价格我懂), or lies inside
    one the sentence says (顾虑 in 我理解您的顾虑): "why" is no warm word because "i can see why"
    is one ("Can I ask why you'd like to cancel?" is a question, not said in passing)."""
    k = keyword.lower()
    return any(k == f or f in k or (k in f and said.find(f) is not None) for f in family_words)
