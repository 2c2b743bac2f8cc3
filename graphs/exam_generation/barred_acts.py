"""The act an English rule bars, as a short answer names it ("What is the rule on drivers
leaving furniture?", "What is the rule about re-entering the building?").

The act is its verb as a gerund with the first words of its object, up to its place, time or
case (the learner's to write). An object that is the first of a list ("must not accept asbestos,
gas cylinders over 15 kg, or unlabelled chemical containers") is not named alone: "What is the
rule on the staff accepting asbestos? (give the weight)" asked one item and hinted another's
figure (session 15 designer D8, e3 Q10); the rule is asked by what may be done instead. A
comparative left before its figure ("steps higher" than 1.2 metres) is no part of the object.
"""

from __future__ import annotations

import re

from lemminflect import getInflection

from graphs.text.word_class import en_word_classes

TIME_WORDS = frozenset(["within", "before", "after", "at", "by", "every", "no", "up", "until"])
PREPOSITIONS = frozenset(["against", "for", "with", "to", "from", "on", "in"])
_EN_OBJECT_STOP = (
    frozenset(["outside", "inside", "without", "unless", "while", "when", "if", "than", "into"])
    | frozenset(["above", "below", "over", "under", "near", "beyond", "behind", "unattended"])
    | TIME_WORDS
    | PREPOSITIONS
)
"""Where the object of a barred act ends: its place, time or case is the learner's to write."""


_EN_BARRED = re.compile(
    # a hyphenated verb is one word ("re-enter", "co-sign"): cut at its hyphen it read "reing"
    r"\b(?:must|may|should|shall)\s+(?:not|never)\s+(?P<verb>[a-z]+(?:-[a-z]+)*)\b"
    r"(?P<rest>[^,;.]*)|\bcannot\s+(?P<verb2>[a-z]+(?:-[a-z]+)*)\b(?P<rest2>[^,;.]*)",
    re.IGNORECASE,
)


_TAKES_AN_INFINITIVE = frozenset(
    [
        *("permit", "allow", "ask", "tell", "require", "force", "enable", "encourage"),
        *("instruct", "invite", "pressure", "persuade", "expect", "advise", "order"),
    ]
)
"""Verbs whose object goes on with a to-infinitive ("permit passengers to board"): the act is
half named without it."""
_COMPARATIVE = re.compile(r"[a-z]{2,}er|more|less|fewer", re.IGNORECASE)
_LIST_GOES_ON = re.compile(r"^,[^;.]*\b(?:or|and|nor)\b", re.IGNORECASE)


def _listed_object(point: str, object_end: int) -> bool:
    """The barred act's object is the first of a list ("accept asbestos, gas cylinders over 15
    kg, or unlabelled chemical containers"): named alone, it was asked "What is the rule on the
    staff accepting asbestos? (give the weight)", the weight being the cylinders' (session 15
    D8, e3 Q10)."""
    return _LIST_GOES_ON.match(point[object_end:]) is not None


def listed_barred_verb(point: str) -> str | None:
    """The verb a rule bars on a list of objects ("accept" of "must not accept asbestos, gas
    cylinders …, or …"), or None."""
    barred = _EN_BARRED.search(point)
    if barred is None or not _listed_object(point, barred.end()):
        return None
    return barred["verb"] or barred["verb2"]


_PHRASE_GOES_ON = frozenset(
    [
        *("the", "a", "an", "any", "every", "each", "some", "their", "its", "his", "her", "our"),
        *("your", "who", "which", "that", "whose", "is", "are", "was", "were", "be", "been"),
        *("of", "and", "or", "very", "too", "more", "less"),
    ]
)
"""Words a noun phrase or a clause cannot end on: the words after them are still its own."""


def _goes_on(last: str, following: list[str]) -> bool:
    """The word `last` leaves its phrase open (an adverb, a determiner, a relative pronoun, an
    adjective before its noun) and `following` holds what closes it."""
    if not following:
        return False
    word = last.lower().strip(",;:")
    classes = en_word_classes(word)
    if word in _PHRASE_GOES_ON or classes == {"ADV"}:
        return True
    return "ADJ" in classes and "NOUN" not in classes and "NOUN" in en_word_classes(following[0])


def barred_act(point: str) -> str | None:
    """The act a rule bars, as a gerund with its object ("re-entering the building"), or None."""
    barred = _EN_BARRED.search(point)
    if barred is None:
        return None
    verb = barred["verb"] or barred["verb2"]
    if _listed_object(point, barred.end()):
        return None  # "accepting asbestos" of a list of three: the other two are not asked
    words: list[str] = []
    rest = (barred["rest"] or barred["rest2"] or "").split()
    for word in rest[:5]:
        if word.lower() in _EN_OBJECT_STOP or re.search(r"\d", word):
            if words and word.lower() == "than" and _COMPARATIVE.fullmatch(words[-1]):
                words.pop()  # "climbing onto container steps higher" (than 1.2 metres)
            break
        if len(words) == 4:
            words.pop() if _COMPARATIVE.fullmatch(words[-1]) else None
            break
        words.append(word)
    if len(words) == 4 and _goes_on(words[-1], rest[4:5]):
        # "What is the rule on the staff admitting anyone who is visibly?" of "… visibly
        # intoxicated" (session 22 designer, m2 q12): cut inside its phrase, the act is not named
        return None
    if verb.lower() in _TAKES_AN_INFINITIVE and rest[len(words) : len(words) + 1] == ["to"]:
        # "What is the rule on the staff permitting passengers?" of "must not permit passengers
        # to board without a valid ticket" (session 22 designer, m2 q12)
        return None
    if verb.lower() in ("be", "have", "do") or not (words or len(verb) > 3):
        return None
    if len(words) == len(rest):
        # "What is the rule on the trolleys leaving the premises?" of "… cannot leave the
        # premises" (session 18 D11, m4 Q11): the act named whole, the answer is the verdict
        return None
    return " ".join([gerund(verb.lower()), *words])


def gerund(verb: str) -> str:
    """ "leave" -> "leaving", "stop" -> "stopping", "admit" -> "admitting", "tie" -> "tying",
    "re-enter" -> "re-entering" (a hyphenated verb takes its -ing on its last part)."""
    prefix, hyphen, verb = verb.rpartition("-")
    if hyphen:
        return f"{prefix}-{gerund(verb)}"
    # lemminflect knows where a stressed last syllable doubles its consonant ("admit" ->
    # "admitting", "visit" -> "visiting"); a length rule made "the staff admiting anyone"
    # (session 22 designer, m2 q12)
    forms = getInflection(verb, tag="VBG")
    return forms[0] if forms else verb + "ing"
