"""The turns of a session a trainer counts as chit-chat, for the report's small-talk line.

A turn the evaluator read as small talk (`off_topic`) is one. Two more say nothing of her matter
though the evaluator kept them on topic for a credit they rightly earn:

- a greeting with a side question ("Good evening, Mr Harper! Did you catch the match last
  night?"): the greeting is the opening's point, and the question, read alone, is small talk
  (understanding.py); the turn made no point past the opening. A question of the desk ("Can I
  have your ID?") or about her journey after she spoke of it ("How was the drive?",
  courtesies.friendly_follow_up) is no chat;
- a goodbye that closes a run of chat ("Anyway, have a lovely evening!" after the small talk): a
  bare goodbye (`leaving`) right after a chat turn ends the chat; it takes no step of hers.

The session-20 trainer read 「第1、2轮在闲聊」 and "small talk in turns 2, 4" as incomplete where
all five turns were chat. The score is unchanged (report_tone.py scales it by the turns on topic);
only the turns named are complete. A greeting alone, or a goodbye after a turn on her matter, is
not named.
"""

from __future__ import annotations

from typing import Any

from graphs.practice_dialogue.courtesies import friendly_follow_up
from graphs.practice_dialogue.phrases import question_starts
from graphs.practice_dialogue.report_coverage import Session
from graphs.practice_dialogue.signals import sentences
from graphs.practice_dialogue.understanding import understand


def chat_turns(session: Session) -> list[int]:
    """The turns that were chit-chat (module docstring), in order."""
    found: list[int] = []
    previous_chat = False
    for e in session.evaluations:
        turn = e["turn"]
        chat = bool(e["off_topic"]) or _greeting_and_chat(session, e)
        chat = chat or (previous_chat and bool(e.get("leaving")))
        if chat:
            found.append(turn)
        previous_chat = chat
    return found


def _greeting_and_chat(session: Session, evaluation: dict[str, Any]) -> bool:
    """Only opening points made, no fault, and a question that is small talk read alone."""
    e = evaluation
    opening = session.scenario.stages[0].id
    if not e["covered"] or any(c["stage"] != opening for c in e["covered"]):
        return False
    if e["questions"] or e.get("asked") or e["forbidden"] or e["pushy"] or e.get("rapport"):
        return False
    line = session.lines.get(e["turn"], "")
    language = session.scenario.language
    if friendly_follow_up(line, session.hers[: e["turn"]], language):
        return False
    asked = [s for s in sentences(line) if question_starts(s) is not None]
    return bool(asked) and all(understand(session.scenario, s).off_topic for s in asked)
