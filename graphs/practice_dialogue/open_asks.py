"""Her questions for a figure still open: no yes before what she demanded is given.

Told 「这120元可以给您免掉」 he asked 「多久能到账？你给我说清楚。」; the learner owned the fault and
recapped 「120元免掉，您看这样可以吗？」 without a time, and he said 「行，那就按你说的办」: a yes to
a remedy whose timing he had demanded and never heard (session 24, trainer P17, complaint c2: "the
customer can give in regardless of what was said"). A question of a line she has said (by its key
in `lines_said`) that asks for a figure (多少, 多久, how much, when: her_questions.QUANTITY) and that
nothing the learner has said in the session answers (her_questions.Told) keeps her from agreeing:
replies.py says her hesitation instead.
"""

from __future__ import annotations

from collections.abc import Sequence

from graphs.practice_dialogue.her_asks import asking_clause, questions_in
from graphs.practice_dialogue.her_questions import QUANTITY, Told
from graphs.scenarios import Scenario, Stage


def open_figure_asks(scenario: Scenario, said: Sequence[str], told: Told) -> list[str]:
    """Her questions for a figure, from the lines she has said, that the learner has not
    answered in the session (`told` holds all the learner has said)."""
    stages: dict[str, Stage] = {stage.id: stage for stage in scenario.stages}
    found: list[str] = []
    for key in said:
        stage_id, _, index = key.rpartition(":")
        stage = stages.get(stage_id)
        if stage is None or not index.isdigit() or int(index) >= len(stage.persona_lines):
            continue
        line = stage.persona_lines[int(index)]
        for asked in questions_in(line.text):
            question = asking_clause(asked) if scenario.language == "zh" else asked
            if not QUANTITY[scenario.language].search(question):
                continue
            if not told.answered(question, list(line.answers)):
                found.append(question)
    return found
