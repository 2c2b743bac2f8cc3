"""Rules written as orders: an English sentence that opens on a verb in its base form ("Evacuate
the lab, close the door, and call Security on extension 4444.", "Report all incidents to …").

A policy states many of its rules this way, with no modal at all; such a sentence is an obligation
as much as one with "must". Written right after a case it names ("Major spill: anything larger,
…"), the order is what to do in that case, and is stated with it: alone it does not say when.
"""

from __future__ import annotations

import re

from graphs.text.word_class import en_verb_lemma

_OBJECT_START = re.compile(
    r"^(?:the|a|an|all|any|every|each|your|their|its|it|them|this|that|these|those|both|no|"
    r"[A-Z][A-Za-z]+)\b"
)
"""What follows the verb of an order: its object ("the lab", "all incidents", "Security")."""
_DESCRIBED_OBJECT = re.compile(
    r"^(?:[a-z]+(?:ing|ed|en)|visible|loose|broken|old|new|wet|dirty|open|full|empty|all)\s+"
    r"[a-z]+(?:\s+(?:on|in|to|at|with|before|after|for|from|into|onto)\b|[.,;]|$)"
)
"""An object with a participle or a plain describing word before its noun ("existing damage on
…", "damaged parts.", "broken seals before …"): a noun of its own after the verb, not a verb."""
_FINITE = re.compile(
    r"\b(?:must|may|might|can|cannot|could|should|shall|will|would|is|are|was|were|has|have|had)\b"
)
"""A finite verb in the first clause: the first word was a subject ("Waste containers must …",
"Contact lenses may …"), not an order."""

_CASE_LABEL = re.compile(r"^[A-Z][A-Za-z][\w -]{0,40}:\s+\S")
"""A sentence that names a case and says what it is ("Major spill: anything larger, or …")."""


def is_imperative(text: str) -> bool:
    """An English order: a base-form verb first, then its object ("Evacuate the lab, …"; "Call
    Security on …"; not "Returns are …", "Waste containers must …")."""
    match = re.match(r"\s*(?P<verb>[A-Z][a-z]+)\s+(?P<rest>[^,;:]*)", text)
    if not match or _FINITE.search(match["rest"]):
        return False
    verb = match["verb"].lower()
    if en_verb_lemma(verb) != verb:
        return False  # "Returns …", "Staffed …": a noun or an inflected form, no order
    rest = match["rest"]
    # Its object: a determiner or a name ("the lab", "Security"), or a plain noun ("receipts"),
    # or one with a describing word before it ("existing damage", "missing buttons", "any loose
    # parts"): "Record existing damage on the ticket." was read as no rule (session 13 review).
    return (
        bool(_OBJECT_START.match(rest))
        or bool(re.match(r"[a-z]+s\b", rest))
        or bool(_DESCRIBED_OBJECT.match(rest))
    )


_PLEASE = re.compile(r"^\s*(?:please|kindly)\s+(?=[a-z])", re.IGNORECASE)


def plain_order(text: str) -> str:
    """A polite order as the order it is: "Please clear a 2-metre area …" -> "Clear a 2-metre
    area …". Read with its "Please", the sentence was no order, and its "subject" was asked
    "What is the rule on the please clear?" (session 25 designer D18, m2 Q12); the text is
    unchanged when what follows is no order ("Please note that fees rise in May")."""
    found = _PLEASE.match(text)
    if found is None:
        return text
    rest = text[found.end() :]
    order = rest[:1].upper() + rest[1:]
    if re.match(r"[A-Za-z]+\s+that\b", order):
        return text  # "Please note that …", "Please remember that …": what to bear in mind
    return order if is_imperative(order) else text


def names_a_case(text: str) -> bool:
    """A sentence that names a case and says what it is ("Major spill: anything larger, …")."""
    return bool(_CASE_LABEL.match(text))


def order_for_case(text: str, before: str) -> bool:
    """An order right after the sentence that names its case ("Major spill: …" then "Evacuate
    the lab, …"): what to do is said only for that case, so the order leans on it."""
    return names_a_case(before) and is_imperative(text)
