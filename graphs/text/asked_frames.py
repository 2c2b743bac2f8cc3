"""An English FAQ question's own words, with its verbless answer put where the question asks.

    "Who may sign for deliveries?" + "Only the Storekeeper, with the Duty Cook present."
        -> "Only the Storekeeper may sign for deliveries, with the Duty Cook present."
    "What may not be brought past the yellow line?" + "Outdoor shoes, phones and rings."
        -> "Outdoor shoes, phones and rings may not be brought past the yellow line."
    "Hairnets?" + "Required for everyone in the kitchen." -> "Hairnets are required for …"
    "Smoking near the loading bay?" + "Not allowed." -> "Smoking near the loading bay is not allowed."
    "Can I leave my post?" + "Only after your captain agrees." -> "You may leave your post only
        after your captain agrees."
    "When does the course close?" + "At 6 hours after the start." -> "The course closes at 6 …"

Cut from its question, such an answer was a role, a list or a participle with nothing to be of,
and either left unread or printed as an option with no subject (session 16 designer D9, B2 and
pattern 1: "Only the X may cut a lock" not read as a rule, "What may not be stored?" and its list
not read as a prohibition). graphs/text/answer_referents.py asks this first for a verbless answer.
"""

from __future__ import annotations

import re

from graphs.text.word_class import en_verb_lemma, en_word_classes

_MODAL = r"(?:may not|must not|cannot|can not|should not|may|must|can|should|shall)"
_WHO_MAY = re.compile(rf"^who (?P<modal>{_MODAL}) (?P<rest>[a-z][^?]*)\?$", re.IGNORECASE)
_WHAT_DONE = re.compile(rf"^what (?P<modal>{_MODAL}) be (?P<rest>[a-z][^?]*)\?$", re.IGNORECASE)
_BARE_TOPIC = re.compile(r"^(?P<topic>[A-Z][a-z'-]+(?: [a-z'-]+){0,5})\?$")
_NOT_A_TOPIC = re.compile(
    r"^(?:what|who|whom|which|when|where|why|how|is|are|can|do|does|may|must|will|any)\b",
    re.IGNORECASE,
)
_ONLY = re.compile(r"^only (?P<who>[^,;]+?)(?P<tail>\s*,.*)?$", re.IGNORECASE)
_ROLE_HEAD = re.compile(r"^(?:the|a|an|any|our|your|each|every)\s", re.IGNORECASE)
_PREPOSITION = frozenset(
    ["in", "near", "on", "at", "for", "of", "with", "after", "before", "during", "inside", "by"]
)


def _participle(word: str) -> bool:
    """A past participle ("Required", "Held", "Kept"), not a noun or a base form ("Cut")."""
    lowered = word.lower()
    lemma = en_verb_lemma(lowered)
    return (
        "VERB" in en_word_classes(lowered)
        and lemma is not None
        and lemma != lowered
        and not lowered.endswith(("s", "ing"))
    )


def _lower_first(text: str) -> str:
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text


def _who_may(question: str, answer: str) -> str | None:
    """ "Who may V …?" answered by who ("Only the Storekeeper, with …", "The Duty Cook"): the
    answer names the doer, and the rest of it stays its condition."""
    asked = _WHO_MAY.match(question)
    if asked is None:
        return None
    only = _ONLY.match(answer)
    who, tail = (only["who"], only["tail"] or "") if only else (answer, "")
    if not only and (not _ROLE_HEAD.match(answer) or "," in answer):
        return None  # "Nobody." or a list of cases: no doer to name
    lead = f"Only {who}" if only else f"{answer[0].upper()}{answer[1:]}"
    return f"{lead} {asked['modal'].lower()} {asked['rest']}{tail}."


def _what_done(question: str, answer: str) -> str | None:
    """ "What may not be stored …?" answered by the things ("Food, live animals and …")."""
    asked = _WHAT_DONE.match(question)
    if asked is None or answer.lower().startswith(("only ", "no ", "nothing", "none")):
        return None
    return f"{answer[0].upper()}{answer[1:]} {asked['modal'].lower()} be {asked['rest']}."


def _topic_is(question: str, answer: str) -> str | None:
    """A topic question ("Hairnets?", "Smoking near the loading bay?") answered by a participle
    ("Required for everyone …", "Not allowed"): the topic is what the participle is said of."""
    topic = _BARE_TOPIC.match(question)
    if topic is None or _NOT_A_TOPIC.match(question):
        return None
    words = answer.split()
    first = words[1] if words[0].lower() == "not" and len(words) > 1 else words[0]
    if not _participle(first.rstrip(":,")):
        return None
    head_words: list[str] = []
    for word in topic["topic"].split():
        if word.lower() in _PREPOSITION:
            break
        head_words.append(word.lower())
    head = head_words[-1] if head_words else ""
    plural = head.endswith("s") and not head.endswith(("ss", "ing")) and len(head_words) < 3
    if head_words and head_words[0].endswith("ing"):
        plural = False  # "Living or working in units": a doing, one thing
    be = "are" if plural else "is"
    return f"{topic['topic']} {be} {_lower_first(answer)}."


_MAY_I = re.compile(r"^(?:can|may) (?P<who>i|we) (?P<act>[a-z][^?]*)\?$", re.IGNORECASE)
_ONLY_CASE = re.compile(r"^only (?P<case>(?:after|if|when|once|with|before|while)\b.+)$", re.I)
_NEVER = re.compile(r"^never\b[,;]?\s*(?P<tail>.*)$", re.IGNORECASE)
_NEVER_QUALIFIED = re.compile(
    r"^(?:not|nor|even|except|unless|whatever|however|including|without|under|during|at|in|on)\b",
    re.IGNORECASE,
)
"""What a flat "Never" may go on with: how far the no reaches ("not even when …"). "Never use wax
polish on suede, …" under "Can I shine suede shoes?" is an order of its own: spliced onto the
question it read "You may never shine suede shoes, use wax polish on suede, …" (session 26
designer D19, m4 Q6)."""
_WHEN_DOES = re.compile(
    r"^when (?P<aux>does|do) (?P<subject>(?:(?:the|a|an|our|your|each) )?[a-z][\w-]*"
    r"(?: [a-z][\w-]*)?) (?P<verb>[a-z]+)(?P<rest>(?: [a-z][\w-]*)*)\?$",
    re.IGNORECASE,
)
_TIME_LEAD = re.compile(r"^(?:at|by|on|from|before|after|until|within|every)\b", re.IGNORECASE)
_OWN_WORDS = {"my": "your", "our": "your", "me": "you", "us": "you", "myself": "yourself"}


def yours(words: str) -> str:
    """The asker's words said back to them ("leave my post" -> "leave your post"), with the
    space they open on: " for a standard tuning" after its verb was said "chargefor a standard
    tuning" (session 23 designer D16, m4)."""
    lead = words[: len(words) - len(words.lstrip())]
    return lead + " ".join(_OWN_WORDS.get(w.lower(), w) for w in words.split())


def _may_i(question: str, answer: str) -> str | None:
    """ "Can I leave my post?" answered by its condition ("Only after your zone captain agrees
    …") or a flat no ("Never, not even when …"): the asker may do it only then, or never."""
    asked = _MAY_I.match(question)
    if asked is None:
        return None
    act = yours(asked["act"])
    if only := _ONLY_CASE.match(answer):
        return f"You may {act} only {only['case']}."
    never = _NEVER.match(answer)
    if never is not None and (not never["tail"] or _NEVER_QUALIFIED.match(never["tail"])):
        tail = f", {never['tail']}" if never["tail"] else ""
        return f"You may never {act}{tail}."
    return None


_WHAT_MUST_I = re.compile(
    r"^what (?P<modal>must|should|do) (?:i|we) (?:need to |have to )?(?P<verb>[a-z]+)"
    r"(?P<rest>(?: [a-z][\w-]*)*)\?$",
    re.IGNORECASE,
)


def _what_must_i(question: str, answer: str) -> str | None:
    """ "What must I wear?" answered by the thing ("Your orange bib at all times"): the asker
    must do it with that thing ("You must wear your orange bib at all times")."""
    asked = _WHAT_MUST_I.match(question)
    verb = asked["verb"].lower() if asked else ""
    if asked is None or verb == "do" or en_verb_lemma(verb) != verb:
        return None
    if "VERB" not in en_word_classes(verb) or _TIME_LEAD.match(answer):
        return None
    modal = "must" if asked["modal"].lower() == "do" else asked["modal"].lower()
    return f"You {modal} {verb}{yours(asked['rest'])} {_lower_first(answer)}."


def _when_does(question: str, answer: str) -> str | None:
    """ "When does the course close?" answered by its time ("At 6 hours after the start gun"):
    the subject does it then ("The course closes at 6 hours after the start gun")."""
    asked = _WHEN_DOES.match(question)
    if asked is None or not _TIME_LEAD.match(answer):
        return None
    verb = asked["verb"].lower()
    if en_verb_lemma(verb) != verb or "VERB" not in en_word_classes(verb):
        return None
    if asked["aux"].lower() == "does":
        verb += "es" if verb.endswith(("s", "sh", "ch", "x", "o")) else "s"
    subject = yours(asked["subject"])
    return f"{subject[0].upper()}{subject[1:]} {verb}{yours(asked['rest'])} {_lower_first(answer)}."


def asked_frame(question: str, answer: str) -> str | None:
    """The verbless `answer` stated in its `question`'s words, or None when the question is of
    none of the shapes above."""
    answer = answer.strip().rstrip(".;").strip()
    question = question.strip().strip("*").strip()
    if not answer or not question:
        return None
    return (
        _who_may(question, answer)
        or _what_done(question, answer)
        or _topic_is(question, answer)
        or _may_i(question, answer)
        or _when_does(question, answer)
        or _what_must_i(question, answer)
    )
