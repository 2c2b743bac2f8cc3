"""An English answer that holds part of a point's facts in other words: partial, not missing.

"Make a job card with the phone number" for "The service desk assistant must write a job card
for every bike, with the customer's phone number and the frame number" names the card and the
phone number but says "make" for "write" and leaves out the frame number: no statement of the
point, yet more than a teacher marks as nothing (session 21 end teacher T14: "'Make a job card
with the phone number' … should be partial"). `part_stated` gives the note of such a partial:
more than TERMS_SHARE of the words the learner had to write are there, two or more of them the
point's own (neither printed by the stem nor shared with another point), nothing denied; what
it leaves out is named. Chinese points are read by their own rules (their verbs are found as
written, so a missing act there is a missing fact). In either language, a responsibility stated
without what it is for (司炉工负直接责任 for 当班司炉工对本班锅炉安全运行负直接责任) is part of
it: duty_scopes.py. So is an English point's first act said on its subject, the acts joined to it
left out ("Take the mould out of use" for "… must be taken out of use at once and tagged red":
core_acts.py).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from lemminflect import getAllLemmas

from graphs.exam_grading.core_acts import first_act_said
from graphs.exam_grading.duty_scopes import scope_left_out
from graphs.exam_grading.list_items import list_of
from graphs.exam_grading.point_terms import CLAUSE_BREAK, EN_WORD, TERMS_SHARE, Term, term_key
from graphs.exam_grading.vocabulary import word_key
from graphs.exams import Language

OWN_WORDS_FOR_PART = 2
"""The point's own words an answer must give for a part of it: one alone is a keyword."""


def part_stated(
    point: str,
    answer: str,
    needed: Sequence[Term],
    found: Collection[str],
    shared: Collection[str],
    printed: Collection[str],
    language: Language,
    written: Callable[[Sequence[str]], str],
) -> str | None:
    """What an answer that holds part of the point (see the module doc) leaves out, as the point
    writes it ("write, every, frame"), for the learner's note; else None. `needed`: the terms the
    learner had to write; `written`: terms as the point writes them."""
    missing = [t.text for t in needed if t.text not in found]
    if missing and scope_left_out(point, answer, language):
        return written(missing)  # 司炉工负直接责任: who and how, not what for
    if missing and first_act_said(point, needed, found, language):
        return written(missing)  # "Take the mould out of use": the first of its acts
    if language != "en" or not needed or list_of(point, language):
        return None  # a list's items are list_items.py's to count
    own = [
        t.text
        for t in needed
        if t.text in found and t.text not in shared and term_key(t.text, language) not in printed
    ]
    said = sum(t.text in found for t in needed)
    if len(own) < OWN_WORDS_FOR_PART or said / len(needed) <= TERMS_SHARE:
        return None
    if not says_an_act(answer, {term_key(t, language) for t in own}):
        return None
    missing = [t.text for t in needed if t.text not in found]
    return written(missing) if missing else None


_MODAL = frozenset({"must", "should", "need", "needs", "have", "has", "is", "are", "will"})
_DETERMINERS = frozenset({"a", "an", "the", "each", "every", "all", "any", "their", "its", "his"})


def says_an_act(answer: str, own: set[str]) -> bool:
    """Whether a clause of the answer that holds the point's own words (`own`: term keys) says
    an act: a modal, or a verb opening it before its object's determiner ("Make a job card …");
    "Wind speed." names a thing and does nothing."""
    for clause in CLAUSE_BREAK.split(answer.lower()):
        words = EN_WORD.findall(clause)
        if not own & {word_key(w) for w in words}:
            continue
        if _MODAL & set(words):
            return True
        if len(words) > 1 and "VERB" in getAllLemmas(words[0]) and words[1] in _DETERMINERS:
            return True
    return False
