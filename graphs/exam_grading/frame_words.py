"""A Chinese fill-in answer that holds the key and words that only restate the blank's frame, as
a teacher reads it (word_answers.py asks this when the answer is not the key by any other rule).

- The stem's own words next to the blank, said again: 药剂师审核 for 药剂师 in "由____审核处方"
  (审核 is the first word printed after the blank), 由店长 for 店长 in "由____签字" (由 is the last
  word before it). Only the words touching the blank: "____不得审核" leaves 审核 the learner's.
- A 的 between the key's modifier and its head where the key has none: 联系人的姓名 for 联系人姓名.

What is left must be the key by word_answers' own rules; the restated words add nothing, so they
cannot turn a wrong answer right. English frames are not read here (the frame's few characters
either side of the blank hold no whole English word to restate).
"""

from __future__ import annotations

from collections.abc import Callable

from graphs.text.language import detect_language

_MIN_RESTATED = 1
"""Characters of the frame the answer repeats at least (由, 审核)."""
_MIN_LEFT = 2
"""Characters of the answer left for the key at least."""
_DE = "的"


def without_frame_words(answer: str, wanted: str, frame: str) -> list[str]:
    """The answer's readings without the frame's words touching the blank and without a 的 the
    key lacks (both folded as `normalise` folds them); empty when there is none."""
    if detect_language(answer + wanted) != "zh":
        return []
    before, _, after = frame.partition(" ")
    readings = _restated_cut(answer, before, after)
    if _DE in answer and _DE not in wanted:
        plain = answer.replace(_DE, "")
        readings.append(plain)
        readings.extend(_restated_cut(plain, before, after))
    return [r for r in dict.fromkeys(readings) if len(r) >= _MIN_LEFT and r != answer]


def _restated_cut(answer: str, before: str, after: str) -> list[str]:
    """The answer without a tail the stem prints right after the blank, a head it prints right
    before it, or both."""
    tail = _longest(lambda n: after.startswith(answer[-n:]), len(answer))
    head = _longest(lambda n: before.endswith(answer[:n]), len(answer))
    cuts = []
    if tail:
        cuts.append(answer[:-tail])
    if head:
        cuts.append(answer[head:])
    if head and tail and head + tail < len(answer):
        cuts.append(answer[head:-tail])
    return cuts


def _longest(fits: Callable[[int], bool], size: int) -> int:
    """The longest n (from _MIN_RESTATED, leaving _MIN_LEFT) for which `fits(n)`; 0 if none."""
    for n in range(size - _MIN_LEFT, _MIN_RESTATED - 1, -1):
        if fits(n):
            return n
    return 0
