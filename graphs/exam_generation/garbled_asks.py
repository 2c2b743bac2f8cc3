"""An English short-answer ask is a whole sentence: a determiner names a noun, and a verb is
whole. "What must the in an evacuation do?", "What does the a cost?", "What is the rule on the
without the final artwork we giving a fixed quote?" and "the staff reing -enter the building"
were asks cut from a rule whose subject or verb was not found; a model can write the same. Such
an ask is refused, on either path: the learner cannot tell what it asks. So is one that asks
another thing than its rule says ("When must the rackets older than a set time be retired?" for
an age limit, "What must the duty manager be called for?" for 'called for any bleeding injury',
a clause in a noun's place: "the rule on the chalk goes into?"), and a Chinese ask whose topic was
cut before its verb (「鉴定证书随画作有什么规定？」, session 17 end reviewers D10 and T10).
"""

from __future__ import annotations

import re

from graphs.exam_generation.english_asks import PERSONS
from graphs.exam_generation.english_subjects import PRONOUNS
from graphs.exams import Language, Question
from graphs.text.segment import Token, tokenize
from graphs.text.word_class import en_word_classes

_DETERMINER_ORPHANED = re.compile(
    r"\b(?P<det>the|a|an)\s+(?P<next>"
    # a preposition straight after a determiner ("the in", "the without"); "the in-store" is a word
    r"(?:in|on|at|of|for|with|without|by|to|from|during|under|into|after|before)\b(?!-)"
    # another determiner or a pronoun ("the a", "the we")
    r"|(?:the|a|an|another|this|these|those|we|you|they|he|she|it)\b(?![-'])"
    # a possessive after an article ("the our target arrival time", session 19 D12 m2)
    r"|(?:our|your|their|my|his|her|its)\b(?![-'])"
    # a modal or an auxiliary verb ("the must", "the do")
    r"|(?:must|may|can|should|shall|do|does|did|is|are|was|were)\b(?![-'])"
    # a particle as a noun ("What must staff do about the up?" of "Borrow up to 3 tools",
    # session 23 designer D16 m2)
    r"|(?:up|down|off|out|away)\s*(?=[?.!,;]|$)"
    # nothing: the ask ends on the determiner ("What does the a cost?" ends on a noun; "the?" not)
    r"|[?.!,;:]|$)",
    re.IGNORECASE,
)
_CUT_VERB = re.compile(
    # a verb suffixed before its hyphen ("reing -enter", "coing-sign")
    r"\b[a-z]{1,4}ing\s*-[a-z]|\b(?:re|co|pre|de|un|non|self|over|under|out)ing\b",
    re.IGNORECASE,
)
_CUT_END = re.compile(
    # a preposition no English question ends on ("… for a set time during?"), or a word cut at
    # its hyphen ("the rule on the under- a set time"; session 15 reviewers and the lead)
    r"\b(?:during|within|until|till|below|above|than|per|via|except|unless|among|between|despite"
    r"|beyond|throughout)\s*\?|\b[a-z]+-\s"
    # a quantifier whose noun was cut ("… keeping a copy of any?", session 19 D12 m2)
    r"|\b(?:any|every|each|some|both|either|neither|another)\s*\?"
    # a participle or a limit whose figure was cut ("the students and people aged?", D16 m2)
    r"|\b(?:aged|up to|at least|at most|more than|less than|fewer than|no more than)\s*\?"
    # a possessive or an intensifier whose noun or adjective was cut ("guests bringing their?")
    r"|\b(?:their|our|your|its|my|very|quite|rather)\s*\?",
    re.IGNORECASE,
)
_ASK = re.compile(r"\(\d+\)\s*([^()]+)")
_ZH_ASK = re.compile(r"[（(]\d+[)）]\s*([^（()）]+)")
_LIMIT_AS_TIME = re.compile(
    r"^When (?:must|should|may|is|are)\b[^?]*\b(?:older|younger|newer) than a set \w+ be\b", re.I
)
"""'When must the rackets older than a set time be retired?': the limit sits in the subject and
the ask asks it again as a time (session 17 lead, m2 climbing: the harnesses)."""
_CLAUSE_IN_NOUN_SLOT = re.compile(
    r"\b(?:the rules? (?:on|about)|do about)\b[^?]*\s(?:into|onto|from|towards?|at)\?", re.I
)
"""'What is the rule on the heavy-metal waste goes into?': a clause where a noun phrase goes."""
_PERSON_COSTS = re.compile(
    rf"^What (?:does|do) (?:the |a |an )?(?:[\w'-]+ ){{0,3}}?(?:{PERSONS}|staff|customer|client|guest|passenger"
    r"|member|visitor|student|driver|owner)\s+cost\?",
    re.IGNORECASE,
)
"""'What do customers cost?' for 'Customers may cancel free of charge …', 'What do Priority Pass
holders cost?': a person has no price."""
_VERBLESS_CASE = re.compile(r"^What happens (?:if|when|once|whenever) (?P<case>[^?]+)\?", re.I)
"""'What happens if the customer?': the case was cut before its verb."""
_FOR_ASKED = re.compile(r"\bbe (?P<done>[a-z]+) for\?", re.I)
_SEARCHED = frozenset(["checked", "inspected", "tested", "searched", "screened", "examined"])
"""Verbs whose 'for' names what is looked for ("checked for any frayed cords"), not a case."""
_ZH_RULES_OF = re.compile(r"^(?P<what>[^，,：:；;（(“”]{2,16})有什么规定？")
_ZH_COVERBS = frozenset("随跟与同向对给替按凭经由从自在往朝为把被将")
"""Chinese coverbs: one before a noun makes a phrase that modifies the verb after it."""
ZH_BY_EACH = frozenset("逐每各")
"""Characters that make an adverb with the measure word after them (逐张, 每人): no verb, so
「场务员必须逐什么？」 of 「必须逐张核验电影票」 asks a fragment (session 22 designer, m1 q14)."""
_ZH_BOUND_ASKED = re.compile(rf"[{''.join(sorted(ZH_BY_EACH))}]什么(?![\u4e00-\u9fff])")


def cut_coverb(tokens: list[Token]) -> bool:
    """A topic ending on a coverb and its noun (「延保服务随机器」): its verb was cut away."""
    nouns = 0
    while nouns < len(tokens) and tokens[-1 - nouns].pos.startswith("n"):
        nouns += 1
    return 0 < nouns < len(tokens) - 1 and tokens[-1 - nouns].word in _ZH_COVERBS


def _asks(stem: str) -> list[str]:
    """The numbered asks of a short answer's stem, or the stem when it has none."""
    asks = [a.strip() for a in _ASK.findall(stem)]
    return asks or [stem]


def garbled(ask: str) -> str | None:
    """What makes an English ask a broken sentence, or None."""
    for at in _DETERMINER_ORPHANED.finditer(ask):
        if at["next"] == "A":
            continue  # "the A option", "plan A": a capital A is a label, no determiner
        return f"{at['det']} {at['next']}".strip()
    case = _VERBLESS_CASE.match(ask)
    if case is not None and not any(
        en_word_classes(w) & {"VERB", "AUX"} or w.lower() in _NEGATED
        for w in re.findall(r"[A-Za-z'-]+", case["case"])[1:]
    ):
        return case.group()[-40:]
    cut = (
        _PERSON_COSTS.search(ask)
        or _CUT_VERB.search(ask)
        or _CUT_END.search(ask)
        or _LIMIT_AS_TIME.search(ask)
        or _CLAUSE_IN_NOUN_SLOT.search(ask)
    )
    return cut.group().strip()[-40:] if cut is not None else None


_NEGATED = frozenset(["cannot", "can't", "won't", "doesn't", "don't", "isn't", "aren't"])
_ASKED_OBJECT = frozenset(
    ["against", "for", "to", "with", "about", "on", "in", "from", "by", "of", "at", "into"]
)
"""An ask ending on a preposition asks its object ("What must dogs be vaccinated against?")."""


def cut_phrase(ask: str, sources: list[str]) -> str | None:
    """The words an English ask ends on when its rule goes on with their noun ("… the key copies
    of restricted-profile?" for "restricted-profile keys", "clients who have drunk?" for "drunk
    alcohol"): the ask cut a noun phrase in half. None when it ends where its rule's phrase does."""
    words = re.findall(r"[A-Za-z0-9'-]+", ask)
    if ask.rstrip().endswith(("…", "...")):
        return None  # "A patient who arrives …": an opening printed for the learner to finish
    if len(words) < 2 or words[-1].lower() in _ASKED_OBJECT:
        return None
    tail = (
        rf"\b{re.escape(words[-2])}\s+{re.escape(words[-1])}\s+(?P<next>[A-Za-z'-]+)"
        r"(?:\s+(?P<then>[A-Za-z'-]+))?"
    )
    for source in sources:
        for found in re.finditer(tail, source, re.IGNORECASE):
            following = en_word_classes(found["next"])
            if (
                "NOUN" not in following
                or following & {"AUX", "ADP"}
                or found["next"].lower() in PRONOUNS
            ):
                continue
            # "print run takes 3 working days": a word both noun and verb is the verb unless a
            # verb follows it ("restricted-profile keys may only be cut")
            then = en_word_classes(found["then"] or "")
            if "VERB" not in following or "AUX" in then or found["then"] in _NEGATED:
                return f"{words[-2]} {words[-1]}"
    return None


def cut_after_adverb(ask: str, sources: list[str]) -> str | None:
    """The adverb an English ask ends on when its rule goes on with the word it modifies ("… anyone
    who is visibly?" of "visibly drunk", session 22 designer m2 q12): the ask dropped the
    complement its verb binds. An adverb that ends its rule's phrase ("report promptly to the
    desk", "leave quietly") is a whole ask."""
    words = re.findall(r"[A-Za-z'-]+", ask)
    if len(words) < 2 or not words[-1].lower().endswith("ly"):
        return None
    if en_word_classes(words[-1]) != {"ADV"}:
        return None
    tail = rf"\b{re.escape(words[-2])}\s+{re.escape(words[-1])}\s+(?P<next>[A-Za-z'-]+)"
    for source in sources:
        for found in re.finditer(tail, source, re.IGNORECASE):
            following = en_word_classes(found["next"])
            if following & {"ADJ", "VERB"} and not following & {"ADP", "AUX", "CCONJ", "DET"}:
                return f"{words[-1]} ({found['next']})"
    return None


def _asks_the_wrong_thing(ask: str, sources: list[str]) -> str | None:
    """An English ask that asks another thing than its rule says: a limit in its subject asked as
    a time, a case ('called for any head injury') asked as a purpose ('… be called for?')."""
    asked = _FOR_ASKED.search(ask)
    if asked is not None and asked["done"].lower() not in _SEARCHED:
        case = re.compile(rf"\b{asked['done']} for (?:any|every|each|all)\b", re.I)
        if any(case.search(s) for s in sources):
            return f"be {asked['done']} for"
    return None


def zh_garbled(ask: str) -> str | None:
    """A Chinese ask whose topic was cut before its verb (「延保服务随机器有什么规定？」), or
    that asks 什么 in a measure word's place (「必须逐什么？」)."""
    bound = _ZH_BOUND_ASKED.search(ask)
    if bound is not None:
        return bound.group()
    found = _ZH_RULES_OF.match(ask.strip())
    if found is None:
        return None
    tokens = [t for t in tokenize(found["what"], "zh") if t.pos not in ("x", "w")]
    return found["what"] if cut_coverb(tokens) else None


def check_asks_whole(question: Question, language: Language) -> list[str]:
    """A short answer's asks are whole sentences (no "the in", "the a", "reing", no topic cut
    before its verb) that ask what their rule says."""
    if question.type != "short_answer":
        return []
    if language != "en":
        return [
            f"the ask {ask[:40]!r} is cut before its verb ({cut!r}): name the act, or leave the "
            "rule out"
            for ask in (a.strip() for a in _ZH_ASK.findall(question.stem))
            if (cut := zh_garbled(ask)) is not None
        ]
    problems = []
    sources = [*question.scoring_points, *question.point_sources, question.source_quote]
    for ask in _asks(question.stem):
        broken = (
            garbled(ask)
            or _asks_the_wrong_thing(ask, sources)
            or cut_phrase(ask, sources)
            or cut_after_adverb(ask, sources)
        )
        if broken is not None:
            problems.append(
                f"the ask {ask[:60]!r} is a broken sentence ({broken!r}): name the subject and "
                "its act in whole words, or leave the rule out"
            )
    return problems
