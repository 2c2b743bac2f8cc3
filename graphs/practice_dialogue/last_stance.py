"""Where she stands at the end: her last word, not an earlier yes.

After her yes the learner's wrap-up can read as the question again ("let me know if you change
your mind" names her decision): her script's other answer to it is a no ("I don't know yet. The
standard room is probably fine for us."), which would take her yes back in the session's last
line, and the report would still say she agreed (session 23, trainer P16). `takes_back` finds such
a line: one of her scripted answers to the decision that is not a yes. Her parting words replace
it, and the report's outcome follows her last line.
"""

from __future__ import annotations

from graphs.practice_dialogue.asking import decision_tags
from graphs.scenarios import Scenario


def takes_back(scenario: Scenario, line: str) -> bool:
    """`line` (hers) holds a scripted answer to the decision that says no or not yet."""
    decisions = set(decision_tags(scenario))
    return any(
        not said.agrees and decisions.intersection(said.answers) and said.text in line
        for stage in scenario.stages
        for said in stage.persona_lines
    )
