"""An offer's figure heard: she reacts to it in the turn it is said, not a turn later.

"I can put you on GBP 31 if you stay." may make no point the evaluator credits, yet she has just
heard a price only the learner can name (script_lines.offer_figures). Her line that opens by
echoing it ("Thirty-one a month? That's nearer, but the other lot are still cheaper.") answers
the turn. Without this she said her next line ("I just want this sorted, honestly.") and echoed
the 31 only after "Do you still want to cancel?" (session 23, trainer P16, broadband weak: "the
customer reacts a turn late").
"""

from __future__ import annotations

from collections.abc import Callable

from graphs.practice_dialogue.figures import figures
from graphs.practice_dialogue.script_lines import (
    LineChoice,
    echoes_turn,
    from_current,
    keyed,
    offer_figures,
    said_line,
)
from graphs.scenarios import PersonaLine, Scenario, Stage


def figure_heard(
    scenario: Scenario,
    stage: Stage,
    reply: str,
    said: list[str],
    usable: Callable[[PersonaLine], bool],
) -> LineChoice | None:
    """Her first unsaid `usable` line (this stage on, then the earlier ones) that opens by
    echoing an offer's figure the learner's turn states, or None."""
    language = scenario.language
    offers = offer_figures(scenario)
    if not any(any(f.matches(o) for o in offers) for f in figures(reply, language)):
        return None
    for stage_ in from_current(scenario, stage):
        for key, line in keyed(stage_):
            if key in said or not usable(line) or not echoes_turn(line, reply, language):
                continue
            echoed = figures(line.text.split("?")[0].split("？")[0], language)
            if any(any(e.matches(o) for o in offers) for e in echoed):
                return said_line((key, line), line.answers[0] if line.answers else "")
    return None
