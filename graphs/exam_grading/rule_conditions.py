"""Whether a clause is the condition of a rule, not the rule: "现金差额超过 50 元的", "if the fee
is over $30". The rule, with its modal, is the clause after it (contradictions.flipped_modality);
an exemption under a condition is the rule's exception, not a waiver of it (到店自取的，不用送货:
waived_requirements.waived_act)."""

from __future__ import annotations

import re

from graphs.exams import Language

_EN_CONDITION = re.compile(r"^\s*(?:if|when|whenever|once|where|unless)\b", re.IGNORECASE)


def condition_clause(clause: str, language: Language) -> bool:
    """Whether `clause` is the condition of a rule: a Chinese clause ending in 的 ("现金差额超过
    50 元的") or opening on 如果/若, an English one opening on if/when."""
    text = clause.strip()
    if language == "zh":
        return text.endswith("的") or text.startswith(("如果", "若", "如", "凡"))
    return bool(_EN_CONDITION.match(text))
