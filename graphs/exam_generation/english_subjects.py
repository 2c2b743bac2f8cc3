"""English subjects: the noun phrase an English ask names a rule by ("Dogs get" -> "Dogs",
"the scaffold", "Off-Peak members"), and whether a subject is one a question can name at all (not
a case clause, a pronoun or a determiner alone). english_asks words the ask around it.
"""

from __future__ import annotations

import re

from graphs.text.word_class import en_word_classes

EN_ARTICLE = re.compile(r"^(?:the|a|an|all|any|every|each)\s+", re.IGNORECASE)


def en_noun_phrase(subject: str, *, before_figure: bool = False) -> str:
    """The subject up to its verb or relative clause ("Dogs get" -> "Dogs", "employees who
    will" -> "employees"), without a dangling "and"/"or" at its end. `before_figure`: the
    opening was cut at the rule's figure, so an -s verb may be its last word ("a standard
    print run takes" 3 days)."""
    subject = re.split(r"\s+(?:who|which|that|whose|whom)\b", subject)[0]
    words = subject.split()
    for at, word in enumerate(words[1:], 1):
        classes = en_word_classes(word.strip(",;:"))
        listed = words[at - 1].lower() in ("and", "or") and "," in " ".join(words[:at])
        if (words[at - 1].lower() in _NOUN_NEXT or listed) and not _EN_AUXILIARY.fullmatch(word):
            # "Bicycles of other types" was cut to "the bicycles of other" (session 18 D11):
            # after "of" or "other" comes a noun, not the verb
            continue
        if (
            _EN_AUXILIARY.fullmatch(word)
            or (classes and classes <= {"VERB", "AUX"})
            # "members pay", "classes can": a verb after a plural noun
            or ("VERB" in classes and words[at - 1].endswith("s") and not word.endswith("s"))
            # "a rental day runs from": a verb's -s after a singular noun (session 10, m4)
            or (
                "VERB" in classes
                and word.endswith("s")
                and not words[at - 1].endswith("s")
                # "toe boards or locking pins": a list's last item is a noun (T11, B Q8)
                and "or" not in [w.lower() for w in words[max(0, at - 2) : at]]
                and "and" not in [w.lower() for w in words[max(0, at - 2) : at]]
                and (
                    (words[at + 1 : at + 2] != [] and words[at + 1].lower() in _AFTER_A_VERB)
                    or (before_figure and at == len(words) - 1)
                )
            )
        ):
            words = words[:at]
            break
    return re.sub(
        r"(?:\s+(?:and|or|of|the|a|from|until|to|at|in|on|for|by|with))+$", "", " ".join(words)
    )


_NOUN_NEXT = frozenset(["of", "other", "another", "same", "such"])
"""Words a noun follows, never a verb: "of other types", "such items"."""
_AFTER_A_VERB = frozenset(
    [
        "from",
        "until",
        "to",
        "at",
        "in",
        "on",
        "for",
        "by",
        "with",
        "after",
        "before",
        "within",
        "every",
        "the",
        "a",
        "an",
        "up",
        "out",
        "no",
    ]
)
"""Words after "runs" in "a rental day runs from": the -s word before them is the verb."""
_EN_AUXILIARY = re.compile(
    r"(?:is|are|was|were|be|has|have|had|can|could|will|would|may|might|must|should|shall|do|"
    r"does|did|get|gets|pay|pays|cost|costs)",
    re.IGNORECASE,
)


EN_CASE_OPENING = re.compile(
    r"^(?:in|on|at|during|under|upon|following|throughout|outside|within|without|for|in case of)"
    r"\s+\S",
    re.IGNORECASE,
)
"""A clause that opens a rule on its case, not its subject ("In a power cut, cashiers must …")."""
_EN_DETERMINERS = frozenset(
    ["the", "a", "an", "all", "any", "every", "each", "this", "these", "that", "those", "its"]
)


def clean_subject(subject: str) -> bool:
    """A subject a question can name: not a case clause ("In a power cut", "Without the
    artwork we"), no pronoun among its words, not a determiner alone ("A")."""
    words = [w.lower().strip(",;:") for w in subject.split()]
    return (
        bool(words)
        and EN_CASE_OPENING.match(subject) is None
        and not any(w in PRONOUNS for w in words)
        and not all(w in _EN_DETERMINERS for w in words)
    )


def en_named(subject: str) -> str:
    """The subject as a question names it: lowered, with "the" before a singular noun ("the
    scaffold", not "scaffold"), names kept ("Off-Peak members")."""
    subject = lower_phrase(subject)
    # "our target arrival time" has its determiner: "the our …" (session 19 D12, m2)
    one = singular(subject) and subject[:1].islower() and not _POSSESSIVE.match(subject)
    return f"the {subject}" if one else subject


_POSSESSIVE = re.compile(r"^(?:our|your|their|its|his|her|my)\s", re.IGNORECASE)


def singular(phrase: str) -> bool:
    """ "day pass", "bus", "scaffold": a noun phrase read as one thing ("passes" is many)."""
    return not phrase.endswith("s") or phrase.endswith(("ss", "us"))


PRONOUNS = frozenset(
    [
        *("we", "you", "they", "it", "i", "he", "she", "this", "these"),
        *("anyone", "everyone", "someone", "anybody", "everybody", "somebody"),
        # "Nobody may stand under a suspended load" was asked "What is the rule on the nobody?"
        *("nobody", "no one", "none"),
    ]
)


def lower_phrase(phrase: str) -> str:
    """A phrase lowered into a question, not its names ("the Duty Manager", "VPN")."""
    first, _, rest = phrase.partition(" ")
    named = any(word[:1].isupper() for word in rest.split())  # "Guest Card holders"
    if not named and (first[1:].islower() or len(first) == 1):
        first = first.lower()
    return f"{first} {rest}".strip()


_NARROWING = re.compile(
    r"^(?:(?:who|which|that|whose|whom)\s+\S+\s+\S+|[a-z]+(?:ed|en|nt|wn)\s+"
    r"(?:by|after|before|at|in|on|with|from|within|outside|overnight)\b"
    # 'Documents marked "signature required"': a label quoted after a participle
    r"|[a-z]+(?:ed|en)\s+[\"“'‘]"
    # "A dog showing signs of fleas is treated at the owner's cost" was asked "What does the dog
    # cost?" (session 21, D13 m2 re-run)
    r"|[a-z]{3,}ing\s+[a-z]+\s+(?:of|for|with|to)\b)",
    re.IGNORECASE,
)
"""A relative clause or a participle phrase after the head noun ("copy that is certified after
hours", "copy sent by courier"): it says which of the things the rule is for."""


def narrowing_dropped(written: str, phrase: str) -> bool:
    """The noun phrase `phrase` cut from the subject as `written` leaves out what narrows it
    ("copy" of "copy that is certified after hours"): asked by the bare noun, the rule reads as
    one on every copy."""
    if not phrase or not written.lower().startswith(phrase.lower()):
        return False
    return _NARROWING.match(written[len(phrase) :].strip()) is not None


def narrowed(written: str, phrase: str) -> str | None:
    """What narrows the subject, as an ask can name it after the noun ("certified after hours"
    of "copy that is certified after hours costs"), up to its verb; None when the whole is too
    long to name or holds a figure (which may be the answer)."""
    rest = re.sub(r"^(?:who|which|that)\s+(?:is|are)\s+", "", written[len(phrase) :].strip())
    words: list[str] = []
    for word in rest.split():
        if _VERB_AFTER.fullmatch(word) or re.search(r"\d", word):
            break
        words.append(word)
    whole = " ".join([phrase, *words])
    if re.search(r"\d", rest[: len(" ".join(words)) + 1]) or len(whole.split()) > 7:
        return None
    return " ".join(words).strip(",;: ")


_VERB_AFTER = re.compile(r"(?:must|may|can|should|shall|will|is|are|costs?|pays?|gets?)", re.I)
"""Where a narrowed subject ends: its rule's verb."""
