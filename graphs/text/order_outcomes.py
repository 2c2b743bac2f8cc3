"""What follows from an order, said after it: the outcome leans on the order it follows.

An FAQ answers "What if someone feels unwell?" with an order and what then happens: "Press the
red button by the door at any time; the game master opens the room within 30 seconds." Read
apart, "The game master opens the room within 30 seconds." says neither when nor why (the
learner cannot tell what the 30 seconds run from), and the order alone, "If someone feels
unwell, press the red button …", is a truism whose fact, the 30 seconds, went elsewhere (session
21 lead, an escape room's FAQ: a true/false on the order, a single choice on the outcome "The
game master opens the room within (    )"). `outcome_of_order(text, before)` says a statement
after a semicolon is such an outcome, `outcome_of_case` one that holds under the case the
sentence before opened on ("If the owner cannot be reached …, the duty manager may take the dog
to our partner vet; the owner pays all vet fees"); graphs/text/facts.py then states it with the
sentence before in front, so the item asks the figure with its case and its act.
"""

from __future__ import annotations

import re

from graphs.text.imperatives import is_imperative
from graphs.text.terms import NUMBER_PATTERN
from graphs.text.word_class import en_verb_lemma, en_word_classes

_EN_CASE_FIRST = re.compile(
    r"^\s*(?:if|when|whenever|once|should|in case)\b[^,;]{1,80},\s*", re.IGNORECASE
)
"""The case an order is framed with ("If someone feels unwell, press …")."""
_EN_OWN_CASE = re.compile(r"^\s*(?:if|when|whenever|once|unless|after|before|until)\b", re.I)
"""An outcome that names its own case ("If nobody answers, …") needs no order before it."""
_EN_OWN_SUBJECT = re.compile(r"^\s*(?:the|a|an|our|your|every|each)\s+[a-z]", re.IGNORECASE)
"""A statement whose subject is a noun phrase ("the game master opens …")."""


_EN_VERB_THEN_PLACE = re.compile(
    r"^(?P<verb>[A-Z][a-z]+)\s+(?:for|to|at|by|in|on|into|through|from|out of)\s+"
    r"(?:the|a|an|your|our)\b"
)
"""An order whose verb takes a preposition ("Shout for the supervisor", "Go to the exit")."""
_EN_FINITE = re.compile(r"\b(?:must|may|can|cannot|should|will|is|are|was|were|has|have)\b")


def framed_order(text: str) -> bool:
    """An English order, alone or after the case it is for ("Press the red button …", "If
    someone feels unwell, press the red button …", "Shout for the wall supervisor at once")."""
    main = _EN_CASE_FIRST.sub("", text, count=1)
    main = main[:1].upper() + main[1:]
    if is_imperative(main):
        return True
    found = _EN_VERB_THEN_PLACE.match(main)
    clause = re.split(r"[,;:]", main)[0]
    if found is None or _EN_FINITE.search(clause):
        return False
    if any(
        w.endswith(("s", "ed")) and "VERB" in en_word_classes(w)
        for w in re.findall(r"[a-z]+", clause)[1:]
    ):
        return False  # "Parking at the hotel costs nothing": a subject and its verb
    verb = found["verb"].lower()
    return en_verb_lemma(verb) == verb and "VERB" in en_word_classes(verb)


def outcome_of_case(text: str, before: str) -> bool:
    """Whether `text`, said after a semicolon right after a sentence that opens on its case ("If
    the owner cannot be reached within 1 hour, the duty manager may take the dog to our partner
    vet; the owner pays all vet fees"), holds under that case: it names none of its own. Alone,
    "The owner pays all vet fees." is stripped of when (session 20 end designer D13, m2 #14)."""
    if not before or _EN_OWN_CASE.match(text) or not _EN_OWN_SUBJECT.match(text):
        return False
    return _EN_CASE_FIRST.match(before) is not None


def outcome_of_order(text: str, before: str) -> bool:
    """Whether `text`, said after a semicolon right after the order `before`, is what follows
    from that order ("…; the game master opens the room within 30 seconds"): a statement with a
    subject of its own, no case of its own, after an order."""
    if not before or _EN_OWN_CASE.match(text) or not _EN_OWN_SUBJECT.match(text):
        return False
    return framed_order(before) and not is_imperative(text)


_EN_COUNT_WORD = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twice|once|half|double)\b", re.I
)


def truism_order(text: str) -> bool:
    """An English order, framed with its case or not, that holds no figure ("If someone feels
    unwell, press the red button by the door at any time."): judged true or false it tests
    nothing a learner must know; its figure, if any, is in what follows from it."""
    if not framed_order(text):
        return False
    return NUMBER_PATTERN.search(text) is None and _EN_COUNT_WORD.search(text) is None
