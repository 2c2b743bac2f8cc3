"""A threat or a false excuse from the learner, and what the customer says to each.

Two things a learner says are neither small talk nor a point of the brief, and she answers them
for what they are (not with her next script line, nor with "你扯别的干什么？"):

- **threat**: something bad done to her, or befalling her, if she does not go along (「您要是再
  嚷嚷，我就叫保安了」, "If you don't upgrade now, I'll have to put you in the noisy room next to
  the lift", "If you cancel, you'll lose your email address"). She takes offence, doubts it and
  asks for someone in charge.
- **excuse**: the fault put on the system, the area or the costs (「这个是系统排号出了问题，不是医生
  的错」, 「价格高是因为房租涨了」, "It's just everyone in your street streaming, not our network").
  She does not believe it and says the fault is still theirs to put right.

A turn that also makes a new point (an excuse, then the refund) gets her answer to the point
after her disbelief; a threat gets her reaction alone (an offer held over her is no offer).
Her reaction said once, the second time is in other words (`AGAIN`), never word for word.
affronts.py holds the other affronts (rudeness, a forced close, a brush-off); those are heard
first (her_line.py).

She hears a threat and an excuse by the evaluator's own detectors (threats.py, false_excuses.py),
sentence by sentence as the report reads them: she takes offence at exactly what the report names
(session 21: she answered patterns of her own, and a legal threat the report missed, or one it
named, got her small-talk line).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import replace
from typing import Any, Literal

from graphs.exams import Language
from graphs.practice_dialogue.false_excuses import false_excuse
from graphs.practice_dialogue.phrases import question_starts
from graphs.practice_dialogue.script_lines import LineChoice
from graphs.practice_dialogue.signals import TurnText, sentences
from graphs.practice_dialogue.threats import threat_in
from graphs.scenarios import Scenario

Rebuttal = Literal["threat", "excuse"]

REACTIONS: dict[tuple[Language, Rebuttal], str] = {
    ("zh", "threat"): "你这是在威胁我？有这么对客人的吗？把你们负责人叫来。",
    (
        "en",
        "threat",
    ): "Are you threatening me? That's no way to talk to a customer. I'd like a manager.",
    ("zh", "excuse"): "这理由我可不信。不管什么原因，说到底都是你们的事，别往外推。",
    (
        "en",
        "excuse",
    ): "I'm not buying that. Whatever the cause, it's your side of things, so it's yours to fix.",
}

AGAIN: dict[tuple[Language, Rebuttal], tuple[str, ...]] = {
    ("zh", "threat"): ("吓唬我没用。我要找你们负责人说。", "还来这套？我不吃这一套。"),
    ("en", "threat"): (
        "Threats won't change my mind. Get me a manager, please.",
        "Again? Stop it.",
    ),
    ("zh", "excuse"): ("又找理由？我要的是解决办法。", "别再推了，说怎么办。"),
    ("en", "excuse"): ("Another excuse? I want it fixed, not explained away.", "Excuses again."),
}
"""Her reaction the second and third time, in other words (a canned line repeated reads as a
machine)."""


def rebuttal_in(scenario: Scenario, reply: str) -> Rebuttal | None:
    """The threat or excuse the learner's turn makes, heard by the evaluator's own detectors
    (threats.threat_in, false_excuses.false_excuse): she takes offence at what the report names."""
    for raw in sentences(unicodedata.normalize("NFKC", reply)):
        sentence = TurnText.of(raw, scenario.language)
        asking = question_starts(raw) is not None
        if threat_in(sentence, asking):
            return "threat"
        if false_excuse(scenario, sentence, asking):
            return "excuse"
    return None


def reaction_to(kind: Rebuttal, language: Language, said_before: Sequence[str]) -> str:
    """Her words to the threat or excuse, not one she has said already."""
    options = (REACTIONS[language, kind], *AGAIN[language, kind])
    fresh = [o for o in options if not any(o in earlier for earlier in said_before)]
    return fresh[0] if fresh else options[-1]


def answer_to(
    scenario: Scenario,
    kind: Rebuttal,
    choice: LineChoice,
    evaluation: dict[str, Any] | None,
    said_before: Sequence[str],
) -> LineChoice:
    """Her line to a threat or excuse, given her scripted `choice`: a correction of a false fact
    stands (it is her reaction); after an excuse, a point the turn newly made still gets its
    answer after her disbelief; otherwise her reaction alone."""
    if choice.corrects:
        return choice
    text = reaction_to(kind, scenario.language, said_before)
    new = (evaluation or {}).get("new_tags", [])
    if kind == "excuse" and choice.answers and choice.answers in new and choice.text not in text:
        space = "" if scenario.language == "zh" else " "
        return replace(choice, text=f"{text}{space}{choice.text}")
    return LineChoice(text=text)
