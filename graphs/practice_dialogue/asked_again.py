"""Her question, pressed once and still open, said again to "anything else?".

Pressed once ("You haven't answered me. What's different about it, and how much more is it?"),
she does not press again (her_questions.pressed_question). If the learner then asks "Anything
else?", her script's "what else" line ("Hm. What else comes with it?") reads as an echo of the
question and her next line as a change of subject: she has one thing she still wants, and she says
it again ("As I said, what's different about it, and how much more is it?").
"""

from __future__ import annotations

from graphs.exams import Language
from graphs.practice_dialogue.her_questions import PRESS
from graphs.practice_dialogue.question_forms import question_kind
from graphs.practice_dialogue.script_lines import LineChoice

AS_SAID: dict[Language, str] = {"zh": "我刚才说了，", "en": "As I said, "}
"""Before her open question said again."""


def asked_again(
    said: list[str], previous: str | None, reply: str, language: Language
) -> LineChoice | None:
    """Her pressed question again when the learner's `reply` only asks "anything else?" and her
    `previous` line pressed it; else None."""
    if previous is None or not previous.startswith(PRESS[language]) or not said:
        return None
    if question_kind(reply, language) != "anything-else":
        return None
    question = previous.removeprefix(PRESS[language]).strip()
    if language == "en" and question:
        question = question[0].lower() + question[1:]
    return LineChoice(text=AS_SAID[language] + question, key=said[-1])
