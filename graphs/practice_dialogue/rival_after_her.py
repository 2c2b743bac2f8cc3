"""The rival she just named, run down by a pronoun: she says 「对面那家才一千八」 and the learner
answers 「他们老师都不专业」; she mentions "the other studio's deal" and hears "they're cowboys".

conduct.py hears the rival run down when the learner's own sentence names it; here the name is in
her line just before, and the learner's 他们 / "they" points back at it (session 22 trainer: 「他们
器械很旧的」 went unnamed). A put-down of "them" with no rival named by her is left alone (他们 may
be anyone), as is a negated or asked one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from graphs.exams import Language
from graphs.practice_dialogue.conduct import CONDUCT_LABELS, PUT_DOWN, RUNS_DOWN_RIVAL
from graphs.practice_dialogue.phrases import question_starts
from graphs.practice_dialogue.rival_claims import RIVAL
from graphs.practice_dialogue.signals import TurnText, sentences
from graphs.scenarios import Scenario

THEM: dict[Language, str] = {
    "zh": r"(?:他们|他家|那边|人家)(?:家|那边|店里|那儿)?的?",
    "en": r"\b(?:they|their|they're|them)\b",
}
"""The rival pointed back at."""
RUN_DOWN: dict[Language, re.Pattern[str]] = {
    language: re.compile(rf"{THEM[language]}[^。！!？?，,.]{{0,12}}{PUT_DOWN[language]}", re.I)
    for language in ("zh", "en")
}
_DENIED_FLAW = re.compile(
    r"(?:不|没|并不|并没)(?:是|太|很|算|怎么|那么)?(?:旧|老|差|烂|脏|挤|多)"
    r"|\b(?:not|never|isn't|aren't|wasn't|weren't)\b",
    re.IGNORECASE,
)
"""A flaw denied inside the put-down's words (「他们器械也不旧」): its 不 is no negation before it."""
BELITTLING = re.compile(r"贬低|belittl|running down", re.IGNORECASE)
"""The scenario's own claim of running the rival down, by its wording."""


def rival_run_down_after_her(
    scenario: Scenario, reply: str, her_lines: Sequence[str]
) -> str | None:
    """The label of running down the rival her last line named, if the reply does so."""
    language = scenario.language
    if not her_lines or not RIVAL[language].search(her_lines[-1]):
        return None
    for raw in sentences(reply):
        if RUNS_DOWN_RIVAL.search(raw) or question_starts(raw) is not None:
            continue  # named in the sentence itself (conduct.py) or asked
        sentence = TurnText.of(raw, language)
        found = RUN_DOWN[language].search(sentence.raw)
        if (
            found
            and not sentence.negated(found.start(), found.end())
            and not _DENIED_FLAW.search(found.group())
        ):
            claims = [c.claim for s in scenario.stages for c in s.forbidden_claims]
            own = next((c for c in claims if BELITTLING.search(c)), None)
            return own or CONDUCT_LABELS["rival"][language]
    return None
