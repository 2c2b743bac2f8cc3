"""A subject said of each one ("Every guest", "Each installer", "All paddlers") when its duty is
made optional.

"Every guest must sign out" made optional reads "Every guest need not sign out": grammatical, but
stiff, and it half says "not every guest must". What a trainee might wrongly believe is that a
guest need not sign out, so the false statement says "A guest need not sign out" ("All paddlers
need not …" likewise says "Paddlers need not …"; an exam designer's note on the
duty-made-optional flip, session 13). `any_one_subject` rewrites the
subject in front of the modal; graphs/exam_generation/false_statements.py calls it.
"""

from __future__ import annotations

import re

from graphs.text.articles import takes_an

_EACH_SUBJECT = re.compile(
    r"(?:^|(?<=[,;:]\s))(?P<det>every|each)\s+(?!one\b|of\b|other\b|time\b)"
    r"(?P<noun>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3})\s+$",
    re.IGNORECASE,
)
"""Every/each and a noun phrase of up to four words right before the modal, opening the
statement or a clause ("Before leaving, each guest …"); not "each of the …", "every time"."""
_ALL_SUBJECT = re.compile(
    r"(?:^|(?<=[,;:]\s))(?P<det>all)\s+(?!of\b|the\b|other\b)"
    r"(?P<noun>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3})\s+$",
    re.IGNORECASE,
)
"""All and a plural noun phrase right before the modal ("All paddlers need not …" half says "not
all of them must"): "Paddlers need not …" says the misbelief."""
_NOT_A_NOUN_PHRASE = re.compile(
    r"\b(?:who|that|which|is|are|was|were|has|have|must|may|will|should|can|and|or)\b",
    re.IGNORECASE,
)


def any_one_subject(statement: str, modal_start: int) -> str:
    """`statement` with "Every X" / "Each X" right before its modal (at `modal_start`) said
    as "A X" / "An X" ("Each installer need not clip on" -> "An installer need not clip on"),
    and "All Xs" as "Xs"; unchanged when the modal has no such subject."""
    head = statement[:modal_start]
    every = _ALL_SUBJECT.search(head)
    if every is not None and not _NOT_A_NOUN_PHRASE.search(every["noun"]):
        noun = every["noun"]
        if every["det"][0].isupper():
            noun = noun[0].upper() + noun[1:]
        return head[: every.start()] + noun + " " + statement[modal_start:]
    match = _EACH_SUBJECT.search(head)
    if match is None or _NOT_A_NOUN_PHRASE.search(match["noun"]):
        return statement
    article = "an" if takes_an(match["noun"]) else "a"
    if match["det"][0].isupper():
        article = article.capitalize()
    return head[: match.start()] + article + " " + match["noun"] + " " + statement[modal_start:]
