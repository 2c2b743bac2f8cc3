"""Courtesies of the scenario's trade: asked once, no small talk, and the persona's own answer.

At a hotel desk "Did you stop anywhere for lunch?" or "Is this your first time with us?" is part
of checking a guest in; to a customer with a complaint it is chatter. A scenario lists the
courtesies normal in its trade (`rapport`, graphs/scenarios.py). A turn whose last question asks
one of them, said beside nothing of the learner's own day or pastimes (chat_words.py), is not
small talk the first time (evaluation.finish), earns nothing (no question credit), and gets the
courtesy's `line` (replies.py). Asked again, or right after small talk (a run of it: "Did you eat?" then "First
time here?"), it is small talk as before; so is any question the scenario does not list (last
night's match). A scenario without `rapport` (complaint-handling) keeps them all small talk.
"""

from __future__ import annotations

from collections.abc import Sequence

from graphs.practice_dialogue.chat_words import CHAT, PASTIME
from graphs.practice_dialogue.question_forms import last_question
from graphs.practice_dialogue.signals import TurnText
from graphs.practice_dialogue.understanding import Understanding
from graphs.scenarios import Rapport, Scenario


def courtesy_asked(scenario: Scenario, reply: str) -> Rapport | None:
    """The scenario's courtesy the turn's last question asks, or None."""
    language = scenario.language
    question = last_question(reply)
    if question is None or CHAT[language].search(reply) or PASTIME[language].search(reply):
        return None
    said = TurnText.of(question, language)
    return next(
        (r for r in scenario.rapport if any(said.find(k) is not None for k in r.keywords)), None
    )


def only_courtesy(
    scenario: Scenario,
    reply: str,
    understanding: Understanding,
    covered: Sequence[object],
    pushy: Sequence[str],
) -> bool:
    """The turn asks one of the scenario's courtesies and does nothing else a trainer credits or
    faults: no point made, no point or topic asked, no claim, no pressure."""
    if understanding.asked or covered or understanding.claims or pushy:
        return False
    return courtesy_asked(scenario, reply) is not None


def courtesy_of_trade(
    scenario: Scenario, reply: str, her_lines: Sequence[str], small_talk_before: bool
) -> Rapport | None:
    """The courtesy the turn asks, when it opens no run of small talk (`small_talk_before`: the
    learner's last turn was small talk or a courtesy) and she has not answered it yet."""
    if small_talk_before:
        return None
    rapport = courtesy_asked(scenario, reply)
    if rapport is None or any(rapport.line in line for line in her_lines):
        return None
    return rapport


def courtesy_line(scenario: Scenario, rapport_id: str | None) -> str | None:
    """Her answer to the courtesy named `rapport_id` (None for none, or one the scenario no
    longer has)."""
    return next((r.line for r in scenario.rapport if r.id == rapport_id), None)
