"""Sentences that add to the rule before them and say it nowhere themselves: alone, a learner
cannot tell what rule they belong to.

    exception_without_rule  "The only exception is a guide dog …", 「持有研学证的…研学团体除外，
                            但…」: an exception to a rule the sentence before states
    ordinal_without_noun    "a second within 6 months brings a fine": a second what? The noun
                            ("late return", "breach") is the clause before's
    object_of_the_one_before
                            "The skipper tests it every 12 hours": the subject acts on "it", and
                            nothing in the sentence but the subject could be "it"; the bilge
                            alarm is the sentence before's

    share_of_nothing        "Club members pay 15 percent.", 「老客户预付10%。」: a share paid of a
                            sum (the charter price, 货款) the sentence before names

`graphs/text/unstated_referents.referent_elsewhere` answers with these, so the facts reader
states such a sentence with the one before it (the stem then prints the rule and its exception
together) and `graphs/exam_generation/lost_context.py` refuses an item, on either path, that
prints one alone (session 14 designer D6: "A second within (    )", "checks it every ____";
session 15 D7: "The only exception is a birthday cake", 「…教学课除外」). Each pattern reads the
opening of the text only: printed after its rule, the sentence stands.
"""

from __future__ import annotations

import re

from graphs.text.word_class import en_word_classes

_EN_EXCEPTION = re.compile(
    r"^\s*(?:the\s+|one\s+|an?\s+)?(?:only\s+|sole\s+|single\s+|one\s+)?exceptions?\s+"
    r"(?:is|are|being|:)|^\s*except\b",
    re.IGNORECASE,
)
_ZH_EXCEPTION = re.compile(
    r"^[^，。；;,:：]{1,40}?(?:除外|不在此列|不受此限)(?:[，,。；;]|$)|^(?:唯一的)?例外(?:是|为|情况)"
)
"""「持有研学证的带队老师在场指导的研学团体除外，…」: the exception opens the sentence; 「…须佩戴头盔，
教学课除外」 states its rule first and stands."""

_EN_ORDINAL = re.compile(
    r"^\s*(?:a|an|the|any)\s+(?:second|third|fourth|fifth|further|subsequent|repeat|later)\s+"
    r"(?P<next>[a-z]+)",
    re.IGNORECASE,
)

_EN_OPENING_CASE = re.compile(
    r"^\s*(?:if|when|whenever|once|after|before|unless|while|where|as|until|should|on|in|at|"
    r"during|for|from|by|outside|within|between|over|under)\b",
    re.I,
)
"""A sentence that opens on its case or time ("On public holidays it closes at 6 pm"): its "it"
is a subject, and the context a heading gives."""
_EN_SUBJECT_ACTS_ON_IT = re.compile(
    r"^\s*(?P<subject>(?:[A-Za-z][\w'’-]*\s+){1,4}?)"
    r"(?:(?:must|may|should|will|can|shall|does|do)\s+(?:not\s+)?(?:also\s+)?)?"
    r"(?P<verb>[a-z]+)\s+(?:it|them)\b(?P<after>\s+[a-z]+)?",
)
"""The subject (a noun phrase of up to four words), a verb, then "it": the pronoun is the verb's
object, and no noun but the subject stands before it."""


_EN_SHARE_END = re.compile(
    r"\b(?:pays?|paid|charges?|charged|takes?|refunds?|refunded|gets?|keeps?)\s+(?:only\s+|just\s+)?"
    r"\d+(?:\.\d+)?\s*(?:%|percent|per cent)\s*[.;]?\s*$",
    re.IGNORECASE,
)
_ZH_SHARE_END = re.compile(
    r"(?:预付|支付|缴纳|交纳|收取|退还|退|付|扣除|扣)(?:货款|费用|价款)?\s*\d+(?:\.\d+)?\s*[%％]\s*[。；;]?\s*$"
)
"""A share that ends its sentence right after a verb of paying: of what sum, the sentence never says
("pay 15 percent of the charter price", 「预付10%的货款」 say it)."""


def share_of_nothing(text: str, language: str) -> bool:
    """ "Club members pay 15 percent.": a share paid of a sum the sentence does not name."""
    pattern = _ZH_SHARE_END if language == "zh" else _EN_SHARE_END
    match = pattern.search(text.strip())
    # Printed after the sentence that names the sum (「…须预付30%的货款；老客户预付10%。」), it stands.
    return match is not None and not re.search(r"[。；;!?！？]|\.\s", text.strip()[: match.start()])


_EN_OWN_RULE = re.compile(
    r"^\s*except\b[^,;.]*,\s*[^,;.]*?\b(?:must|may|can|cannot|should|shall|will|need)\b", re.I
)
"""'Except for the lead sweep in dry weather, no one may climb onto a thatched roof': the
exception opens the sentence and the rule it excepts from follows, a rule of its own."""


def exception_without_rule(text: str, language: str) -> bool:
    """The text opens on an exception ("The only exception is …", 「…除外，」) to a rule it does
    not state."""
    if language != "zh" and _EN_OWN_RULE.match(text) is not None:
        return False
    pattern = _ZH_EXCEPTION if language == "zh" else _EN_EXCEPTION
    return pattern.match(text.strip()) is not None


def ordinal_without_noun(text: str) -> bool:
    """ "a second within 12 months brings a suspension": an ordinal whose noun ("breach") is left
    to the clause before. "A second breach within …", "a second driver" name theirs."""
    match = _EN_ORDINAL.match(text)
    return match is not None and "NOUN" not in en_word_classes(match["next"].lower())


_MODALS = frozenset(["is", "are", "was", "were", "must", "may", "can", "will", "should", "has"])


def object_of_the_one_before(text: str) -> bool:
    """ "The skipper tests it every 12 hours": "it" is the object of the subject's verb and the
    sentence names nothing else it could be. "The desk supervisor issues every item and checks
    it" names the item; "If a device is lost, report it" its device."""
    if _EN_OPENING_CASE.match(text):
        return False
    match = _EN_SUBJECT_ACTS_ON_IT.match(text)
    if match is None:
        return False
    after = (match["after"] or "").strip().lower()
    if after and (("VERB" in en_word_classes(after) and after.endswith("s")) or after in _MODALS):
        return False  # "… it closes at 6 pm": "it" is the subject of a verb of its own
    verb = match["verb"].lower()
    if "VERB" not in en_word_classes(verb) or verb in ("make", "makes", "made"):
        return False  # "Late returns make it harder": "it" is what follows, no thing named
    subject = match["subject"].split()
    return not any(
        "VERB" in en_word_classes(w.lower()) and "NOUN" not in en_word_classes(w.lower())
        for w in subject
    )


def rule_elsewhere(text: str, language: str) -> bool:
    """Whether `text` adds an exception, a repeat, an act on "it" or a share of a sum to a rule
    only the sentence before states."""
    if exception_without_rule(text, language) or share_of_nothing(text, language):
        return True
    if language == "zh":
        return False
    return ordinal_without_noun(text) or object_of_the_one_before(text)
