"""An English short-answer ask is a whole sentence: a determiner names a noun, and a verb is
whole. "What must the in an evacuation do?", "What does the a cost?", "What is the rule on the
without the final artwork we giving a fixed quote?" and "the staff reing -enter the building"
were asks cut from a rule whose subject or verb was not found; a model can write the same. Such
an ask is refused, on either path: the learner cannot tell what it asks.
"""

from __future__ import annotations

import re

from graphs.exams import Language, Question

_DETERMINER_ORPHANED = re.compile(
    r"\b(?P<det>the|a|an)\s+(?P<next>"
    # a preposition straight after a determiner ("the in", "the without"); "the in-store" is a word
    r"(?:in|on|at|of|for|with|without|by|to|from|during|under|into|after|before)\b(?!-)"
    # another determiner or a pronoun ("the a", "the we")
    r"|(?:the|a|an|another|this|these|those|we|you|they|he|she|it)\b(?![-'])"
    # a modal or an auxiliary verb ("the must", "the do")
    r"|(?:must|may|can|should|shall|do|does|did|is|are|was|were)\b(?![-'])"
    # nothing: the ask ends on the determiner ("What does the a cost?" ends on a noun; "the?" not)
    r"|[?.!,;:]|$)",
    re.IGNORECASE,
)
_CUT_VERB = re.compile(
    # a verb suffixed before its hyphen ("reing -enter", "coing-sign")
    r"\b[a-z]{1,4}ing\s*-[a-z]|\b(?:re|co|pre|de|un|non|self|over|under|out)ing\b",
    re.IGNORECASE,
)
_CUT_END = re.compile(
    # a preposition no English question ends on ("… for a set time during?"), or a word cut at
    # its hyphen ("the rule on the under- a set time"; session 15 reviewers and the lead)
    r"\b(?:during|within|until|till|below|above|than|per|via|except|unless|among|between|despite"
    r"|beyond|throughout)\s*\?|\b[a-z]+-\s",
    re.IGNORECASE,
)
_ASK = re.compile(r"\(\d+\)\s*([^()]+)")


def _asks(stem: str) -> list[str]:
    """The numbered asks of a short answer's stem, or the stem when it has none."""
    asks = [a.strip() for a in _ASK.findall(stem)]
    return asks or [stem]


def garbled(ask: str) -> str | None:
    """What makes an English ask a broken sentence, or None."""
    for at in _DETERMINER_ORPHANED.finditer(ask):
        if at["next"] == "A":
            continue  # "the A option", "plan A": a capital A is a label, no determiner
        return f"{at['det']} {at['next']}".strip()
    cut = _CUT_VERB.search(ask) or _CUT_END.search(ask)
    return cut.group().strip() if cut is not None else None


def check_asks_whole(question: Question, language: Language) -> list[str]:
    """An English short answer's asks are whole sentences (no "the in", "the a", "reing")."""
    if question.type != "short_answer" or language != "en":
        return []
    problems = []
    for ask in _asks(question.stem):
        broken = garbled(ask)
        if broken is not None:
            problems.append(
                f"the ask {ask[:60]!r} is a broken sentence ({broken!r}): name the subject and "
                "its act in whole words, or leave the rule out"
            )
    return problems
