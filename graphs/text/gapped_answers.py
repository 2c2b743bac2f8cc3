"""FAQ answers that leave out what the words before them said: a verb, or the case asked about.

    gapped_clause   "Water-station volunteers check in at 05:30; finish-line volunteers at 07:00."
                    The second clause has a subject and a time but no verb: it is "Finish-line
                    volunteers check in at 07:00." (「收衣员7:30到岗；熨烫员8:00。」 likewise is
                    「熨烫员8:00到岗。」)
    case_order      "A runner collapses. What do I do?" + "Call the medical line …": the order is
                    for that case, "If a runner collapses, call the medical line …"

Read alone, the clause was printed as "True or false: Finish-line volunteers at 06:00." and the
question's case as a rule of its own (session 17 designer D10, m4: items 4 and 6 broken, "A runner
collapses." listed as a rule the generator could not test).
"""

from __future__ import annotations

import re

from graphs.text.imperatives import is_imperative
from graphs.text.word_class import en_verb_lemma, en_word_classes

_EN_TIMED_TAIL = re.compile(
    r"^(?P<subject>[A-Za-z][\w'-]*(?: [a-z][\w'-]*){0,3}) (?P<tail>(?:at|by|from|until|before|"
    r"after|on|within|every) [^,;]*\d[^;]*?)[.;]?$"
)
_ZH_TIMED_TAIL = re.compile(
    r"^(?P<subject>[\u4e00-\u9fff]{2,8}?)(?P<time>(?:早上|上午|中午|下午|晚上)?\d{1,2}[:：]\d{2})[。；]?$"
)
_ZH_TIMED_RULE = re.compile(
    r"^(?P<subject>[\u4e00-\u9fff]{2,8}?)(?:早上|上午|中午|下午|晚上)?\d{1,2}[:：]\d{2}"
    r"(?P<verb>[\u4e00-\u9fff]{1,6})[。；]?$"
)


def _en_predicate(before: str, lead: str) -> str | None:
    """The verb (and its particle) of `before` up to where its own `lead` word ('at') begins:
    "Deck hands sign on at 05:45" -> "sign on"; None when no noun is followed by a verb."""
    at = re.search(rf"\s{lead}\s", before)
    if at is None:
        return None
    words = before[: at.start()].split()
    for i in range(len(words) - 1, 0, -1):
        word = words[i].lower()
        if (
            "VERB" in en_word_classes(word)
            and en_verb_lemma(word) is not None
            and "NOUN" in en_word_classes(words[i - 1].lower())
        ):
            return " ".join(words[i:])
    return None


def gapped_clause(text: str, before: str) -> str | None:
    """`text` with the verb of the clause `before` it put back, or None when it has a verb of its
    own or `before` says no subject, verb and time of the same shape."""
    text, before = text.strip(), before.strip()
    if _ZH_TIMED_TAIL.match(text):
        gap, rule = _ZH_TIMED_TAIL.match(text), _ZH_TIMED_RULE.match(before)
        if gap is None or rule is None:
            return None
        return f"{gap['subject']}{gap['time']}{rule['verb']}。"
    gap = _EN_TIMED_TAIL.match(text)
    if gap is None or any(
        "VERB" in en_word_classes(w) and "NOUN" not in en_word_classes(w)
        for w in gap["subject"].split()[1:]
    ):
        return None
    lead = gap["tail"].split()[0]
    if not re.search(rf"\s{lead}\s[^,;]*\d", before):
        return None
    predicate = _en_predicate(before, lead)
    if predicate is None:
        return None
    subject = gap["subject"]
    return f"{subject[0].upper()}{subject[1:]} {predicate} {gap['tail']}."


_EN_CASE_ASKED = re.compile(
    r"^(?P<case>[A-Z][^.?!]{5,100})\.\s+what (?:do|should|must) (?:i|we|staff|you) do\?$",
    re.IGNORECASE,
)


def case_order(question: str, text: str) -> str | None:
    """An order under a question that sets its case first ("A runner collapses. What do I do?"),
    stated in that case; None for any other question or a sentence that is no order."""
    asked = _EN_CASE_ASKED.match(question.strip().strip("*").strip())
    if asked is None or not is_imperative(text):
        return None
    return f"If {_lower_first(asked['case'])}, {_lower_first(text)}"


def _lower_first(text: str) -> str:
    """ "A runner collapses" inside a sentence: "a runner collapses" (an acronym's case kept)."""
    first = text.split(" ", 1)[0]
    return text[0].lower() + text[1:] if first[1:] == first[1:].lower() else text


_EN_CASE_THEN_RULE = re.compile(
    r"^(?:if|unless|when|once|after|before)\b[^,;.]{3,80},\s*"
    r"(?:the|a|an|your|their|each|every|all|any|staff|members?|guests?|customers?|you|we)\s+"
    r"(?P<words>(?:[a-z][\w'-]*\s*){1,4})",
    re.IGNORECASE,
)
"""An answer that sets its case and then states a whole rule with its own subject and verb ("If
you do not check in within 15 minutes, the room is released"): a statement, not a condition on
the question's subject (session 11 designer D3, m4: the 15-minute check-in was never read). The
verb is any the lexicon knows ("If you tell us … before, we offer a make-up lesson …"): a closed
list of verbs left the music school's make-up rule unread (session 19 lead)."""
_EN_CASE_VERBS = frozenset(
    [
        "is",
        "are",
        "must",
        "may",
        "will",
        "can",
        "cannot",
        "should",
        "has",
        "have",
        "pay",
        "pays",
        "get",
        "gets",
        "lose",
        "loses",
    ]
)
_EN_CASE_NO_COMMA = re.compile(
    r"^(?P<case>(?:if|when)\s+[^,;.]{3,80}?)\s+(?P<rule>(?:we|you)\s+(?P<verb>[a-z][\w'-]*)\b.*)$",
    re.IGNORECASE,
)
"""A case run into its rule with no comma ("If rent is 14 days overdue we over-lock your unit
…", session 18 designer D11, m4): the rule begins at its "we" or "you" and a verb."""
_EN_CASE_THEN_ORDER = re.compile(r"^(?:if|when)\b[^,;.]{3,80},\s*", re.IGNORECASE)


def states_its_case(text: str) -> bool:
    """An answer that sets its case and then says the whole rule or order for it ("If you do not
    check in within 15 minutes, the room is released", "If a runner collapses, call …"): a
    statement of its own, not a condition on the question's subject."""
    if case_and_rule(text) is not None:
        return True
    case = _EN_CASE_THEN_ORDER.match(text)
    rest = text[case.end() :] if case else ""
    return bool(rest) and is_imperative(rest[0].upper() + rest[1:])


def _is_verb(word: str) -> bool:
    """A verb the lexicon knows, or a compound whose last part is one ("over-lock")."""
    last = word.lower().rsplit("-", 1)[-1]
    return word.lower() in _EN_CASE_VERBS or "VERB" in en_word_classes(last)


def case_and_rule(text: str) -> tuple[str, str] | None:
    """(the case, the rule) of an answer that states both, the case without its comma ("If rent
    is 14 days overdue", "we over-lock your unit …"); None when it does not."""
    stated = _EN_CASE_THEN_RULE.match(text)
    if stated is not None and any(_is_verb(word) for word in stated["words"].split()):
        comma = text.index(",")
        return text[:comma], text[comma + 1 :].strip()
    run_in = _EN_CASE_NO_COMMA.match(text)
    if run_in is not None and _is_verb(run_in["verb"]):
        return run_in["case"], run_in["rule"]
    return None
