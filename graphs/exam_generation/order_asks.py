"""English asks for rules written as orders, with no subject and often no modal.

A counter handbook states most of its rules as orders: "Check every garment with the customer
before accepting it: …", "If a garment is damaged, apologise, take photos, and report it …",
"Record existing damage on the ticket …". The rule's opening (rule_opening.opening) is empty, so
no ask was made and a sectioned English handbook made no short answer at all (session 12
teacher T4, material C). A trainer asks such a rule by the case it is for, or by what it acts on:

    If X, <order>                       What must staff do if X?
    <order> before/after/when <act>     What must staff do before <act>?
    <verb> <person> <what/to/that …>    What must staff <verb> <person>?
    (never) <verb> <object> …           How must staff handle <object>?
    <Label>: <item>, <item>, …          What do the <label> stand for?

A figure in the case is said without its value (the learner writes it) and the order's own verb
is never in the ask.
"""

from __future__ import annotations

import re

from graphs.exam_generation.barred_acts import gerund
from graphs.text.imperatives import is_imperative
from graphs.text.quantities import parse_quantities
from graphs.text.segment import tokenize
from graphs.text.word_class import en_verb_lemma, en_word_classes

_ACTOR = "staff"
_READER = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
_CASE = re.compile(
    r"^(?P<case>(?:if|when|whenever|once|after|before)\b[^,;:]{3,80}),\s+(?P<order>.+)$", re.I
)
_WHEN = re.compile(
    r"\b(?P<case>(?:before|after|when|whenever|until|once)\s+[a-z][^,;:.]{2,60})", re.IGNORECASE
)
_DETERMINER = re.compile(r"^(?:the|a|an|all|any|every|each|your|their|its|our)\s+", re.I)
_OBJECT_END = re.compile(
    r"\s+(?:on|in|into|onto|at|to|for|with|from|by|before|after|when|until|and|or|that|which|who|"
    r"what|whether|if|as|within|across|past|through|along|over|under|around|behind|against|"
    r"off|out|beside|near|towards?|once|while|unless|whenever)\b|[,;:.(]",
    re.IGNORECASE,
)
_PERSON = re.compile(
    r"^(?:the\s+)?(?:customer|client|guest|patient|owner|caller|visitor)s?\b", re.I
)
_TELLING = frozenset(
    ["ask", "tell", "remind", "warn", "advise", "instruct", "invite", "urge", "direct"]
)
"""Verbs whose object is a person told to do or know something."""
_ADDRESSEE = {
    words: re.compile(
        rf"^(?:the|a|an|any|every|each|their|its|our)(?:\s+[a-z][\w'-]*){{{words}}}", re.I
    )
    for words in (1, 2)
}
"""Whom a verb of telling addresses: a determiner and one or two words ("the duty manager")."""
_WHEN_WORDS = frozenset(["once", "twice", "first", "again", "last"])
"""Words after an order's object that say when or how often it is done ("Check the machine's
display first"), no part of the object."""
_TO_DO = re.compile(r"^\s+to\s+[a-z]", re.I)
_SAYING = re.compile(r"^\s+(?:what|whether|if|how|why|when|where|which|who|to|that|for)\b", re.I)
_PRONOUN = re.compile(r"\b(?:it|them)\b")
_NEGATION = re.compile(r"^(?:never|do not|don't|not)\s+", re.IGNORECASE)
_FINITE = re.compile(
    r"\b(?:must|may|might|can|cannot|could|should|shall|will|would|is|are|was|were|has|have|"
    r"had|gets?|costs?|takes?)\b",
    re.IGNORECASE,
)
_LABEL_LIST = re.compile(r"^(?P<label>[A-Z][A-Za-z -]{2,30}):\s+(?P<items>[^:;]+,[^:;]+)$")


_LABELLED_STATEMENT = re.compile(rf"^[A-Z][\w -]{{0,30}}:\s+[^,;:]*?(?:{_FINITE.pattern})", re.I)
"""A label, then a clause with a finite verb of its own: the label's first word is no verb."""
_PLACED = re.compile(
    r"^[A-Z][\w-]*(?:\s+[\w-]+)?\s+(?:goes|go|belongs?|stays?|lives?)\s+(?:in|into|on|onto|to|at|behind|under|in)\b"
)
"""'Chalk goes into the tub': a verb of where a thing goes, then its place; the first word is the
thing, no order ('What must staff do about goes?', session 17 designer D10's waste rule)."""
_CODE = re.compile(r"^\s*(?:[A-Z0-9]{1,3}|\S{1,3}\s*=)\s")
_LABELLED_FIGURE = re.compile(r"^[A-Z][\w -]{0,30}:\s+(?:[£$€¥]\s?)?\d")
"""'Party plan: £12 per month': a label and its figure, no order ('Party' is no verb here)."""
_PARTICLE = re.compile(
    r"^(?:(?:down|up|out|off|away|back)\s+)?(?:into|onto|on|in|at|through|across|against)\s+"
    r"|^(?:down|up|out|off|away|back)\s+(?=(?:the|a|an|each|every|all|any)\b)",
    re.IGNORECASE,
)
"""A particle or a preposition the order's verb takes before its object."""
_LIMITED_OBJECT = re.compile(
    r"^(?:up to|no more than|not more than|at most|a maximum of|at least|a minimum of)\s+"
    r"\d[\d.,]*\s+(?P<thing>[a-z][\w-]*)",
    re.IGNORECASE,
)
"""'Borrow up to 3 tools at a time': the object is the tools, the figure is the learner's to
write; 'up' is no object ('What must staff do about the up?', session 23 designer D16 m2)."""


def _codes(items: str) -> bool:
    """Items that define codes ("P dry clean, W wash", "A = adult"): what the codes stand for."""
    return all(_CODE.match(item) for item in items.split(","))


_ZH_CASE = re.compile(r"^(?P<case>[^，,；;。]{2,20}?)(?:的|时)[，,](?P<order>[^。；;]+)$")
_ZH_ORDER_START = re.compile(r"^(?:先|立即|马上|当场|及时|随即)")


def zh_order_ask(point: str, modal: bool) -> str | None:
    """「鞋子在店内损坏的，先向顾客道歉，拍照留存，并于当天报告店长」: an order for a case with no
    modal word; asked 「鞋子在店内损坏时应如何处理？」. `modal`: the rule has a modal word (its
    opening asks it then)."""
    case = _ZH_CASE.match(point.strip().rstrip("。"))
    if case is None or modal or parse_quantities(case["case"]):
        return None
    if not _ZH_ORDER_START.match(case["order"]) and not _zh_verb_first(case["order"]):
        return None
    return f"{case['case']}时应如何处理？"


def _zh_verb_first(clause: str) -> bool:
    token = next((t for t in tokenize(clause, "zh") if t.pos not in ("x", "w")), None)
    return token is not None and token.pos.startswith("v") and token.pos != "vn"


def order_ask(point: str) -> str | None:
    """The ask of an English rule written as an order, or None when it is none."""
    text = point.strip().rstrip(".")
    case = _CASE.match(text)
    if case is not None and _is_order(case["order"]):
        said = _said(case["case"][0].lower() + case["case"][1:])
        return f"What must {_actor(said)} do {said}?"
    labelled = _LABEL_LIST.match(text)
    if labelled is not None and not _codes(labelled["items"]):
        # "Removals: give one warning before asking a player to leave, …" was asked "What do the
        # removals stand for?": a label before an order is no list of codes; the order is asked
        return order_ask(labelled["items"]) if _is_order(labelled["items"]) else None
    if labelled is not None:
        label = labelled["label"].strip()
        first = label.split()[0]
        if not first[1:].islower() or not label.endswith("s"):
            return None
        return f"What do the {first.lower()} {' '.join(label.split()[1:])} stand for?".replace(
            "  ", " "
        )
    if (
        not _is_order(text)
        or _LABELLED_STATEMENT.match(text)
        or _PLACED.match(text)
        or _LABELLED_FIGURE.match(text)
    ):
        # "Bag checks: any bag wider than 40 cm must be left at the desk" was asked "What must
        # staff do about checks?": a label before a statement is no order ("Bag" no verb)
        return None
    order = _NEGATION.sub("", text)
    verb, _, rest = order.partition(" ")
    head = rest.split(":")[0]
    limited = _LIMITED_OBJECT.match(rest)
    if limited is not None:
        return f"What is the rule on {gerund(verb.lower())} {limited['thing'].lower()}?"
    person = _PERSON.match(rest) or _addressed(verb, rest)
    if person is not None and _SAYING.match(rest[person.end() :]):
        # "Remind every guest to sign the book": what they are told to do is asked as such
        to_do = " to do" if _TO_DO.match(rest[person.end() :]) else ""
        return f"What must {_ACTOR} {verb.lower()} {_named(person.group())}{to_do}?"
    # "cut into the growing block", "press down on the risen dough": the verb's particle is no
    # object ("What must staff do about the into …?", session 24 lead, a mushroom farm)
    thing = _DETERMINER.sub("", _OBJECT_END.split(_PARTICLE.sub("", head), maxsplit=1)[0]).strip()
    while len(thing.split()) > 1 and (
        en_word_classes(thing.split()[-1]) == {"ADV"} or thing.split()[-1].lower() in _WHEN_WORDS
    ):
        # "Count the takings twice at …" was asked "What must staff do about the takings
        # twice?": how the act is done is no part of its object
        thing = thing.rsplit(" ", 1)[0]
    when = _WHEN.search(head)
    if when is not None and order == text and _FINITE.search(when["case"]):
        # "Pick oyster mushrooms when the cap edge is still curled under": the moment is a state
        # of the thing, and it is what a marker checks; asked by it, "What must staff do when the
        # cap edge is still curled under?" keyed only the act the ask names (pick them)
        return f"When must {_ACTOR} {verb.lower()} {head[: when.start()].strip()}?"
    if when is not None and thing and _FINITE.search(thing):
        # an object that runs into a clause of its own would stand for "it" in the case: "once
        # the steel once it has cooled has cooled" (session 26 lead); no ask beats a garbled one
        return None
    if when is not None:
        said = _PRONOUN.sub(f"the {thing}" if thing and _single(thing) else "it", when["case"])
        said = _said(said.lower()).strip()
        return f"What must {_actor(said)} do {said}?"
    if not thing or person is not None or len(thing.split()) > 5:
        return None
    # "What must staff do about the cluster?" named a bare object and no act (session 24 lead,
    # mushroom Q11): a trainer asks how the thing is handled. A barred order is asked so too:
    # "What must staff never do to …?" would state its verdict (short_answer_asks._gives_away)
    return f"How must {_ACTOR} handle {_named(thing)}?"


def _addressed(verb: str, rest: str) -> re.Match[str] | None:
    """Whom a verb of telling addresses, where what they are told follows ("Ask the adult to take
    the child off the dryers"): a person, whoever the material names. Asked how staff "handle
    the adult", a person was a thing (session 25 lead, a laundromat's staff FAQ)."""
    if verb.lower() not in _TELLING:
        return None
    for words in (1, 2):
        phrase = _ADDRESSEE[words].match(rest)
        if phrase is not None and _SAYING.match(rest[phrase.end() :]):
            return phrase
    return None


def _actor(case: str) -> str:
    """Who the ask is put to: the reader where the case speaks to them ("before your shift
    ends": "What must you do …", not "What must staff do before your shift ends?"), else staff."""
    return "you" if _READER.search(case) else _ACTOR


def _is_order(text: str) -> bool:
    """An order: a base-form verb first ("Record existing damage …", "apologise, take photos"),
    no finite verb in its first clause ("Record cards are kept …" has a subject)."""
    text = _NEGATION.sub("", text.strip())
    if is_imperative(text[:1].upper() + text[1:]):
        return True
    first = re.match(r"([A-Za-z]+)\b", text)
    if first is None:
        return False
    word = first[1].lower()
    clause = re.split(r"[,;:.]", text, maxsplit=1)[0]
    # "Pick oyster mushrooms when the cap edge is still curled under": the case's verb is its own
    clause = clause[: found.start()] if (found := _WHEN.search(clause)) else clause
    return (
        en_verb_lemma(word) == word
        and "VERB" in en_word_classes(word)
        and _FINITE.search(clause) is None
    )


def _single(phrase: str) -> bool:
    return not phrase.endswith("s") or phrase.endswith("ss")


def _named(phrase: str) -> str:
    phrase = _DETERMINER.sub("", phrase.strip())
    return f"the {phrase.lower()}" if _single(phrase) else phrase.lower()


def _said(case: str) -> str:
    """The case with its figures said without their values ("costs more than a set amount")."""
    out, at = "", 0
    for quantity, start, end in parse_quantities(case):
        said = _placeholder(quantity.dimension or "")
        if _DETERMINER_BEFORE.search(case[:start]):
            said = said.removeprefix("a ")  # "after every set number", not "every a set number"
        after = re.match(r"\s*([A-Za-z]+)", case[end:])
        if said.endswith("number") and after is not None and _counted_noun(after[1]):
            said += " of"  # "10 loads": "a set number of loads", not "a set number loads"
        out += case[at:start] + said
        at = end
    return re.sub(r"\s+", " ", out + case[at:]).strip()


_DETERMINER_BEFORE = re.compile(r"\b(?:every|each|per|the|a|an|any)\s*$", re.IGNORECASE)


def _counted_noun(word: str) -> bool:
    """A plural noun a bare number counts ("loads", "guests"), not a verb or a preposition."""
    classes = en_word_classes(word)
    return word.lower().endswith("s") and "NOUN" in classes and not classes & {"AUX", "ADP"}


def _placeholder(kind: str) -> str:
    if kind in ("duration", "calendar", "clock"):
        return "a set time"
    if kind == "percent":
        return "a set share"
    if kind.startswith("money"):
        return "a set amount"
    return "a set number"
