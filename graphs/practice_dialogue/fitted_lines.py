"""The line chosen to answer a turn, fitted to what was said in it and before it.

replies.py chooses her line from the script; the line is then kept true to the conversation:
her first reply restates nothing (no 说来说去 before anything was said twice: presumed.py), an
echo of a word said turns ago goes ("A suite?" after turns of suites: stale_echoes.py), a day the
learner never named goes (untold_days.py), and a proposal ("您看可以吗？", "Would that work for
you?") gets no yes she does not mean (false_yes.py) and, answered, the slot it proposed (这周日下午
三点 for her own time: times.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from graphs.practice_dialogue.asking import decision_tags
from graphs.practice_dialogue.false_yes import without_false_yes
from graphs.practice_dialogue.her_times import proposed_slots
from graphs.practice_dialogue.presumed import without_rehash
from graphs.practice_dialogue.question_forms import proposal_in
from graphs.practice_dialogue.script_lines import LineChoice
from graphs.practice_dialogue.stale_echoes import without_stale_echo
from graphs.practice_dialogue.times import taking_the_slot
from graphs.practice_dialogue.untold_days import without_untold_days
from graphs.scenarios import Scenario


def fitted_to_turn(
    scenario: Scenario,
    choice: LineChoice,
    evaluation: dict[str, Any],
    said: list[str],
    learner_said: str,
    reply: str,
    said_before: Sequence[str],
    offered_yet: bool,
) -> LineChoice:
    """`choice` (her line to the turn `reply`, whose `evaluation` it is) kept true to what was
    said: `learner_said` everything the learner said, `said` her lines by key, `said_before` her
    lines so far, `offered_yet` whether anything was offered (replies.choose_line)."""
    if len(said_before) <= 1:  # her first reply: no 说来说去
        choice = replace(choice, text=without_rehash(choice.text))
    if not choice.corrects:  # no "A suite?" after turns of suites,
        text = without_stale_echo(choice.text, learner_said, scenario.language)  # no untold day
        choice = replace(choice, text=without_untold_days(scenario, text, learner_said))
    proposal = proposal_in(reply, scenario.language)
    if proposal is None or choice.corrects:
        return choice
    choice = without_false_yes(scenario, choice, said, proposal, offered_yet, learner_said)
    offered = proposed_slots(proposal, reply, said_before, scenario.language)
    answering = set(decision_tags(scenario)) | set(evaluation.get("new_tags", []))
    if not offered or not (choice.agrees or choice.answers in answering):
        return choice
    text = taking_the_slot(choice.text, offered[0], scenario.language, answers=True)
    return replace(choice, text=text)
