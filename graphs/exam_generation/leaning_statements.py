"""An item's statement names what it speaks of: no 'both', 'then' or 'this' it does not show.

"Agents may open an account without both." (both what?), "Rent is then paid every 3 weeks in
advance." (after what?) and "One period's rent, refunded within 14 working days …" (of what?) were
an FAQ's answers lifted without their question (session 16 designer D9, B2). The offline writer
states them whole (graphs/text/answer_referents.py); this holds a model's items to the same.
"""

from __future__ import annotations

import re

from graphs.exam_generation.blanks import BLANK_MARKER
from graphs.exam_generation.prose import statement_of
from graphs.exams import Language, Question
from graphs.text.answer_referents import unresolved

_SENTENCE = re.compile(r"(?<=[.?!])\s+")


def check_statements_resolved(question: Question, language: Language) -> list[str]:
    """No statement of the item (its stem's sentence, a multiple choice's option) leans on a
    'both', 'then', 'this' or a missing verb that only the material's text around it explains."""
    if language != "en":
        return []
    if question.type == "multiple_choice":
        statements = [o.text for o in question.options]
    elif question.type in ("true_false", "single_choice", "fill_blank"):
        statements = [statement_of(question.stem)]
    else:
        return []
    problems = []
    for statement in statements:
        said = [s for s in _SENTENCE.split(BLANK_MARKER.sub("X", statement)) if s.strip()]
        stated = [s for s in said if not s.rstrip().endswith(("?", "？"))]  # not its ask
        leaning = next((found for s in stated if (found := unresolved(s)) is not None), None)
        if leaning is not None:
            problems.append(
                f"{statement[:50]!r} leans on {leaning} that only the material around it explains "
                "(an FAQ answer without its question); name what it speaks of"
            )
    return problems
