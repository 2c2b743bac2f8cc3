"""English person nouns the material has act: a fitter, a service adviser, a second mechanic.

`graphs/text/word_class.py` reads an English role by a closed list of heads (manager, clerk,
technician ...), so a trade's own word for its staff (fitter, adviser, mechanic, warden) was a
plain term: never blanked, never asked among roles. A longer list would never end; the rule is
the one a reader uses: a noun with a person's ending (-er, -or, -ist, -ian, -ant, -ent) or a
person's head word (mechanic, nurse, guard) that the material has act as a person does: the
subject of a modal and an active verb ("a fitter may use"), "only a fitter with … may", the
agent of a passive ("checked by a second fitter") or the subject of a verb in -s ("the service
adviser checks").

Things with a person's ending (cover, charger, container, recycler) are left out by the same
rule: the material handles them ("the cover must be removed", "they go to the recycler") and
does not have them act. A firm the material sends things to (the recycler) is no member of
staff to ask among the staff.

No tagger: spaCy and WordNet need a model or data downloaded at run time (an offline install
cannot), and neither tells staff from things by the sentence; lemminflect's lexicon, already
used for word classes, tells the verb after the noun.
"""

from __future__ import annotations

import re

from graphs.text.word_class import en_word_classes

PERSON_ENDING = re.compile(r"[a-z]{2}(?:er|or|ist|ian|ant|ent)s?$", re.IGNORECASE)
"""A person's ending (fitter, adviser, inspector, specialist, attendant, resident)."""
_PERSON_HEADS_TEXT = (
    "mechanic mechanics medic medics nurse nurses guard guards lifeguard lifeguards guide guides "
    "host hosts coach coaches steward stewards warden wardens marshal marshals chef chefs cook "
    "cooks valet valets apprentice apprentices trainee trainees crew vet vets surgeon surgeons pilot pilots "
    "captain captains midwife midwives paramedic paramedics"
)
_PERSON_HEADS = frozenset(_PERSON_HEADS_TEXT.split())
"""People by trade whose word has no person's ending."""
_NOT_PEOPLE_TEXT = (
    "number numbers order orders paper papers water letter letters corner corners centre center "
    "counter counters floor floors door doors cover covers filter filters meter meters"
)
_NOT_PEOPLE = frozenset(_NOT_PEOPLE_TEXT.split())
"""Everyday things with a person's ending that stand as a rule's subject ("the counter must
be kept clear"): never staff, whatever verb follows them."""
_MODALS = r"(?:must|may|should|shall|will|can|cannot|needs?\s+to|has\s+to|have\s+to|is\s+to)"
_AUX = frozenset(["is", "was", "has", "does", "gets", "stays", "remains", "needs"])
_ARTICLE = r"(?:the|a|an|another|our)"
"""One person named: "every paddler", "each rider" or a bare plural is everyone the rule
binds (the customers a sport's material talks to), no member of staff."""


def person_head(word: str) -> bool:
    """True when the phrase's last word names a person by its ending or as a listed trade."""
    head = word.split()[-1].lower() if word.split() else ""
    if not head.isalpha() or head in _NOT_PEOPLE:
        return False
    return head in _PERSON_HEADS or PERSON_ENDING.search(head) is not None


def acts_in(word: str, material: str) -> bool:
    """True when the material has the person noun `word` act: the subject of a modal and an
    active verb, the one an "only a … may" rule names, the agent of a passive or the subject of
    a verb in -s."""
    if not person_head(word):
        return False
    noun = re.escape(word.strip()) + r"s?"
    # Within one line: a heading ("On the water") is no article of the next rule's noun.
    patterns = (
        rf"\b{_ARTICLE}[ \t]+(?:[a-z]+[ \t]+)?{noun}[ \t]+(?:\w+[ \t]+)?{_MODALS}[ \t]+(?:not[ \t]+)?(?:also[ \t]+|always[ \t]+|first[ \t]+)?"
        r"(?!be\b|have[ \t]+been\b|not\b)(?P<verb>[a-z]+)",
        rf"\bonly[ \t]+{_ARTICLE}[ \t]+(?:[a-z]+[ \t]+)?{noun}\b[^.;]{{0,80}}?\b{_MODALS}\b",
        rf"\bby[ \t]+{_ARTICLE}[ \t]+(?:[a-z]+[ \t]+){{0,2}}?{noun}\b",
        rf"\b{_ARTICLE}[ \t]+(?:[a-z]+[ \t]+)?{noun}[ \t]+(?P<verb>[a-z]+s)\b",
    )
    for pattern in patterns:
        for match in re.finditer(pattern, material, re.IGNORECASE):
            verb = match.groupdict().get("verb")
            # "the container is emptied": a be or have is no act of the noun's own.
            if verb is None or ("VERB" in en_word_classes(verb) and verb.lower() not in _AUX):
                return True
    return False


def acting_person(word: str, material: str) -> bool:
    """True when the phrase or its head word is a person the material has act ("second fitter"
    where "Only a fitter … may"): the phrase is then a role, asked among roles."""
    words = word.split()
    return acts_in(word, material) or (len(words) > 1 and acts_in(words[-1], material))
