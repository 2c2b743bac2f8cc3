"""An English FAQ answer stated whole: the question's thing named, a back-reference resolved.

    answer_stated       a verbless answer takes its question's subject ("Deposit?" + "One period's
                        rent, refunded within 10 working days …" is "The deposit is one period's
                        rent, …"; "What ID does a new customer need?" + "Photo ID plus proof of
                        address." is "A new customer needs photo ID plus proof of address."); a
                        'both' names the two things of the sentence before ("Agents must not open
                        an account without both." is "… without photo ID and proof of address …");
                        a 'then' is stated after the answer it follows ("The minimum rental is
                        4 weeks; rent is then paid every 4 weeks in advance."); a role, a list
                        or a participle is put where its question asks (asked_frames.py: "Who
                        may cut a lock?" + "Only the X, with …" is "Only the X may cut a lock, …");
                        a fee the house keeps says what it is kept from, which only the question
                        named ("Can a customer get a refund on a returned ticket?" + "We deduct a
                        12% fee, and …" is "We deduct a 12% fee from a refund on a returned
                        ticket, and …"); a clause that leaves out the verb of the one before
                        takes it ("…; finish-line volunteers at 07:00" is "Finish-line volunteers
                        check in at 07:00"), and an order under a question that sets its case
                        is said in that case (gapped_answers.py)
    unresolved          a statement still leaning on words it does not show: a pronoun 'both',
                        'this' or 'these' with no noun, a 'then' with no case before it, a fee
                        the house keeps of nothing named (`house_fee_of_nothing`), or a
                        verbless fragment ("Photo ID plus proof of address …", "One period's rent,
                        refunded …"); the validators refuse it, on both paths

Lifted as the material has them, the self-storage FAQ's answers were all an exam made of it
(session 16 designer D9, B2: "Agents may open an account without both.", "Rent is then paid every
3 weeks in advance."). graphs/text/facts.py states every FAQ answer through `answer_stated`.
"""

from __future__ import annotations

import re
from itertools import pairwise

from graphs.text.asked_frames import asked_frame
from graphs.text.gapped_answers import case_order, gapped_clause
from graphs.text.terms import is_stop_word
from graphs.text.word_class import en_verb_lemma, en_word_classes

_FINITE = re.compile(
    r"\b(?:is|are|was|were|be|has|have|had|must|may|might|can|cannot|could|should|shall|will|"
    r"would|need|needs|do|does|did|costs?|applies|apply|pays?|gets?|takes?)\b",
    re.IGNORECASE,
)
_NUMBER_WORD = re.compile(
    r"^(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half)\b)",
    re.IGNORECASE,
)
_BOUND = re.compile(
    r"^(?:at least|at most|up to|no more than|no less than|not more than|under|over)\s+"
    r"(?:[£$€¥]\s?)?\d",
    re.IGNORECASE,
)
"""A figure with its bound ("At least 20 yuan" under "Meal card top-up?"): a figure all the same."""
_LABEL_COLON = re.compile(r":(?!\d)")
"""A colon that labels what follows ("Required: …"), not a clock time's ("11:00 to 13:30")."""
_BARE_TOPIC = re.compile(r"^(?P<topic>[A-Z][a-z'-]+(?: [a-z'-]+){0,3})\?$")
"""A question that is only its topic ("Deposit?", "Minimum rental?", "Notice to leave?")."""
_NOT_A_TOPIC = re.compile(
    r"^(?:what|who|whom|which|when|where|why|how|is|are|can|do|does|may|must|will|any)\b",
    re.IGNORECASE,
)
_OWN_HEAD = re.compile(r"\b(?:fee|charge|fine|penalty|surcharge|discount)s?\b", re.IGNORECASE)
"""An answer naming its own thing ("£15 fee after 7 days" under "Late rent?"): the topic is its
case, not what it is."""
_WHAT_DOES = re.compile(
    r"^what(?: [a-z]+)? (?P<aux>does|do) (?P<subject>(?:a|an|the|each|every|our|your) "
    r"[a-z' -]+?) (?P<verb>[a-z]+)\?$",
    re.IGNORECASE,
)
_PARTICLES = frozenset(["up", "in", "on", "off", "out", "back", "down", "over"])
_TWO_THINGS = re.compile(
    r"^(?P<first>[^,;:]+?) (?:plus|and|together with) (?P<second>[^,;:]+?)[.;]?$"
)
_BOTH = re.compile(r"\bboth\b(?=\s*(?:[.;,]|$|of them\b))", re.IGNORECASE)
_SUBORDINATE = re.compile(
    r"\b(?:after|before|when|if|until|once|unless|that|which|who|where|while)\b[^,;]*",
    re.IGNORECASE,
)
_DETERMINERS = frozenset(["a", "an", "the", "each", "every", "our", "your", "their", "its", "this"])
_THEN = re.compile(r"\bthen\b", re.IGNORECASE)
_CASE_BEFORE_THEN = re.compile(r"\b(?:if|when|once|after|until|before|first)\b", re.IGNORECASE)
_THIS_ALONE = re.compile(
    r"\b(?:this|these)\b(?=\s*(?:[.;,]|$|(?:is|are|was|were|must|may|can|will|applies|apply)\b))",
    re.IGNORECASE,
)


def _lower_first(text: str) -> str:
    """ "Photo ID …" as the object of a sentence: "photo ID …" (an acronym's case is kept)."""
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text


def verbless(text: str) -> bool:
    """No finite verb outside its clauses: "One period's rent, refunded within 10 working days
    after the unit is emptied" (the unit's 'is' is the clause's, not the answer's)."""
    text = _SUBORDINATE.sub("", text)
    if _FINITE.search(text):
        return False
    # Within a clause only: "Wet paddy, stones, …" is a list, not paddy that stones.
    return all(_no_noun_verb(part) for part in re.split(r"[,;:]", text))


def _no_noun_verb(text: str) -> bool:
    """No noun followed by a verb in -s ("A fee applies", "The agent signs …"); "at all times"
    is no 'all' that times, "plastic sacks" no plastic that sacks."""
    words = re.findall(r"[A-Za-z][A-Za-z'-]*|\d[\d.,]*", text)
    for index, (before, word) in enumerate(pairwise(words)):
        named = index > 0 and words[index - 1].lower() in _DETERMINERS  # "A party runs"
        lemma = en_verb_lemma(word)
        counted = any(w[0].isdigit() for w in words[max(0, index - 1) : index + 1])
        verb_s = bool(lemma) and word.lower().endswith("s") and lemma != word.lower()
        classes = en_word_classes(before)  # "plastic sacks": an adjective's noun, no verb
        noun = "NOUN" in classes and ("ADJ" not in classes or named)
        singular = noun and not before.endswith("s")
        if verb_s and singular and not counted and not is_stop_word(before.lower()):
            return False
    return True


def verbless_fragment(text: str) -> bool:
    """A noun phrase where a statement should be, of the shapes an FAQ answer has: a figure first
    ("One period's rent, refunded …", "4 weeks") or two things joined ("Photo ID plus …")."""
    text = text.strip()
    return verbless(text) and (
        _NUMBER_WORD.match(text) is not None or " plus " in f" {text.lower()} "
    )


def _with_topic(question: str, answer: str) -> str | None:
    """The verbless answer stated as its question's subject and verb, or None."""
    answer = answer.strip().rstrip(".;").strip()
    if not answer or not verbless(answer):
        return None
    question = question.strip().strip("*").strip()
    if framed := asked_frame(question, answer):
        return framed
    if _LABEL_COLON.search(answer):
        return None  # "Required: own policy or …": what is required is the list, not the topic
    if asked := _WHAT_DOES.match(question):
        verb, last = asked["verb"].lower(), asked["subject"].split()[-1]
        if en_verb_lemma(verb) != verb or "VERB" not in en_word_classes(verb):
            return None
        classes = en_word_classes(last)  # an unknown word ('hirer') is read as a noun
        if (classes and "NOUN" not in classes) or last.lower() in _PARTICLES:
            return None  # "What does a customer pay up front?": 'front' is no verb of its
        if asked["aux"].lower() == "does":
            verb += "es" if verb.endswith(("s", "sh", "ch", "x", "o")) else "s"
        subject = asked["subject"]
        return f"{subject[0].upper()}{subject[1:]} {verb} {_lower_first(answer)}."
    topic = _BARE_TOPIC.match(question)
    if topic is None or _NOT_A_TOPIC.match(question) or _OWN_HEAD.search(answer):
        return None
    if not (_NUMBER_WORD.match(answer) or _BOUND.match(answer)):
        return None  # "Drive-up units only" under "Cars?": what the cars are is not the answer
    words = topic["topic"].split()
    head = next((w for w in reversed(words) if "NOUN" in en_word_classes(w)), words[-1])
    be = "are" if head.endswith("s") and not head.endswith("ss") else "is"
    return f"The {topic['topic'].lower()} {be} {_lower_first(answer)}."


_EN_HOUSE_FEE = re.compile(
    r"^\s*we\s+(?P<verb>keep|retain|deduct|take|withhold|charge|add)\s+(?:a|an)\s+"
    r"(?:[£$€¥]?\d[\w.,%-]*|X|\(\s*\)|_+)\s+(?:fee|charge|surcharge|commission)\b"
    r"(?!\s+(?:of|on|for|from|per|to|when|if|in|at)\b)",
    re.IGNORECASE,
)
"""A fee the house keeps, only a figure, with nothing it is kept from or charged on ("We keep a 10%
fee, and …" of an FAQ answer on refunds: of what, the question alone said; session 17 lead, m4).
"We charge a 5-pound booking fee" names what it is for. X is a blank, as the validators print it."""
_EN_ASKED_THING = re.compile(
    r"\b(?:get|receive|have|claim|ask for|request)\s+(?P<thing>(?:a|an)\s+[a-z][^?,]{1,50}?)\s*\?$",
    re.IGNORECASE,
)


def house_fee_of_nothing(text: str) -> bool:
    """ "We deduct a (    ) fee, and …": a fee the house keeps, never said to be kept from what."""
    return _EN_HOUSE_FEE.match(text) is not None


def _fee_of_asked(question: str, text: str) -> str:
    """ "We deduct a 12% fee, …" under "Can a customer get a refund on a returned ticket?" is
    "We deduct a 12% fee from a refund on a returned ticket, …": what the question asks to get
    is what the fee is kept from (charged on, for a charge added)."""
    fee = _EN_HOUSE_FEE.match(text)
    asked = _EN_ASKED_THING.search(question.strip().strip("*").strip()) if fee else None
    if fee is None or asked is None:
        return text
    on = "on" if fee["verb"].lower() in ("charge", "add") else "from"
    return f"{text[: fee.end()]} {on} {asked['thing']}{text[fee.end() :]}"


def answer_stated(question: str, text: str, before: str, first: bool) -> str:
    """The FAQ answer's sentence `text` stated whole (see the module's docstring); `before` is the
    answer's sentence before it, `first` whether `text` opens the answer."""
    text = _fee_of_asked(question, text)
    if first:
        return _with_topic(question, text) or case_order(question, text) or text
    if gapped := gapped_clause(text, before):
        return gapped
    said_before = _with_topic(question, before) or before.strip()
    if _BOTH.search(text) and (two := _TWO_THINGS.match(before.strip())) and verbless(before):
        named = f"{_lower_first(two['first'])} and {two['second']}"
        return _BOTH.sub(named, text, count=1)
    if said_before == before.strip():
        return text
    if _leaning_then(text) or not _shares_word(question, text):
        # "Notice to leave?" "7 days. Unused full weeks are refunded …": refunded on leaving
        return f"{said_before.rstrip('.;')}; {_lower_first(text)}"
    return text


def _leaning_then(text: str) -> bool:
    """A 'then' in the sentence's first clause with no case before it ("Rent is then paid …"):
    after what, the sentence does not say ("use the eyewash …, then seek …" says it)."""
    found = _THEN.search(text)
    if found is None:
        return False
    head = text[: found.start()]
    return not _CASE_BEFORE_THEN.search(head) and not re.search(r"[,;:]", head)


def _shares_word(question: str, text: str) -> bool:
    """Whether the sentence says a word of the question's own (its topic named again)."""
    asked = {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z]{4,}", question)}
    return any(w.lower().rstrip("s") in asked for w in re.findall(r"[A-Za-z]{4,}", text))


def unresolved(text: str) -> str | None:
    """What a statement leans on that it does not show ('both', 'then', 'this', a verbless
    fragment), or None when it stands alone."""
    if _BOTH.search(text):
        return "'both'"
    if _leaning_then(text):
        return "'then'"
    if this := _THIS_ALONE.search(text):
        return f"'{this.group().lower()}'"
    if house_fee_of_nothing(text):
        return "a fee of nothing named"
    if verbless_fragment(text):
        return "a verbless fragment"
    return None
