"""An English fill-in blanks a person's whole title, never its last word alone.

"Every dog is checked by the duty vet ____ on arrival." keyed "nurse" (session 20 end designer
D13, m2 #15) blanks half of "duty vet nurse": the learner recalls which person from the words
printed before the blank, and a learner who writes the whole title is marked against a key of one
word. The Chinese form (值班____ for 值班药师) is read by graphs/text/role_terms.modifier_start;
graphs/exam_generation/blanks.py asks both through `check_blank_cuts_word`.
"""

from __future__ import annotations

import re

from graphs.text.person_nouns import person_head
from graphs.text.word_class import semantic_kind

_DETERMINERS_TEXT = "the a an our your their its his her each every any this that"
_DETERMINERS = frozenset(_DETERMINERS_TEXT.split())
"""Where a person's modifiers begin: "by the | duty vet ____"."""
_NOT_MODIFIERS_TEXT = (
    "these those by to with from for of at on in must may should shall will can cannot not never "
    "always only also and or is are be been who which than"
)
_NOT_MODIFIERS = _DETERMINERS | frozenset(_NOT_MODIFIERS_TEXT.split())
"""Words that end the run of modifiers going back from the blank."""
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def en_role_with_modifier(quote: str, start: int, end: int) -> str:
    """The whole title ("duty vet nurse") when `quote[start:end]` is a person's word and the
    words between a determiner and it name which one; "" otherwise. After a modal or a verb the
    words are no modifiers ("must notify ____"), nor is a possessive ("the owner's ____")."""
    key = quote[start:end]
    if not person_head(key) and semantic_kind(key, "en") != "role":
        return ""
    begin, stop = start, ""
    for word in reversed(list(_WORD.finditer(quote[:start]))):
        text = word.group().lower()
        if quote[word.end() : begin].strip():
            break  # a comma or a bracket: the run ends
        if text in _NOT_MODIFIERS or "'" in text or "’" in text:
            stop = text
            break
        begin = word.start()
    if begin == start or stop not in _DETERMINERS:
        return ""
    return quote[begin:end]
