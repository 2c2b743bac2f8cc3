"""The customer does not say the same thing twice unasked.

Two ways a run had her repeat herself:

- **answered again on a stem**: an English word that only shares a stem with a point's keyword
  ("Do you know any good books?" heard as the booking) made the turn ask again about a point she
  had answered, and she said "As I said, thanks. Yes, two nights." to small talk. Her earlier
  answer is said again only when the turn names the point by one of its keywords as a whole word,
  or shares a word with that earlier answer (`asks_about`); otherwise she steers back.
- **word for word**: a reaction with no fresh wording left (brushed off a third time) came out as
  an earlier reply again. The reply said before gets a line that says she is going round in
  circles instead, each of those once (`unrepeated`); a short acknowledgement ("Right,
  thanks.") may be said again.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from graphs.exams import Language
from graphs.scenarios import Scenario

_WORD = re.compile(r"[a-z][a-z']{3,}")
_COMMON = frozenset(
    [
        "that",
        "this",
        "with",
        "what",
        "your",
        "have",
        "just",
        "about",
        "there",
        "they",
        "them",
        "then",
        "than",
        "from",
        "were",
        "will",
        "would",
        "could",
        "should",
        "really",
        "thanks",
        "thank",
        "know",
        "good",
        "some",
        "something",
        "like",
        "want",
    ]
)


def asks_about(scenario: Scenario, tag: str, reply: str, earlier: str) -> bool:
    """Whether the turn really asks about `tag` again (not on a stem alone: see the docstring).
    Chinese turns are taken as heard: their keywords match as written."""
    if scenario.language != "en":
        return True
    text = reply.lower()
    points = scenario.point_tags()
    if tag in points:
        stage_id, index = points[tag]
        keywords = scenario.stage(stage_id).points[index].keywords
    else:
        keywords = next((t.keywords for t in scenario.topics if t.id == tag), [])
    if not keywords:
        return True
    if any(re.search(rf"\b{re.escape(k.lower())}\b", text) for k in keywords):
        return True
    shared = (set(_WORD.findall(text)) & set(_WORD.findall(earlier.lower()))) - _COMMON
    return bool(shared)


CIRCLES: dict[Language, tuple[str, ...]] = {
    "zh": (
        "这话我刚才已经说过了，你到底打算怎么办？",
        "我们这是在原地打转，说点实际的吧。",
        "同样的话我不想再说第三遍了。",
    ),
    "en": (
        "I've already said that. What are you actually going to do?",
        "We're going round in circles. Give me something concrete.",
        "I'm not going to keep repeating myself.",
    ),
}


def unrepeated(line: str, said_before: Sequence[str], language: Language) -> str:
    """`line`, unless she has said it word for word before: then a fresh word that she is going
    round in circles (the line itself when every one of those is said)."""
    if not line.strip() or line.strip() not in {s.strip() for s in said_before}:
        return line
    if _acknowledgement(line, language):
        return line  # "Right, thanks." to each fact told is how people talk

    fresh = [c for c in CIRCLES[language] if not any(c in s for s in said_before)]
    return fresh[0] if fresh else line


def _acknowledgement(line: str, language: Language) -> bool:
    """A word of acknowledgement ("Right, thanks.", 「好的。」), short enough to say again."""
    if language == "zh":
        return len(re.sub(r"[，。！？、,.!?\s]", "", line)) <= 5
    return len(line.split()) <= 3
