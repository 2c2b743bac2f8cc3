"""English asks: the question a trainer writes for one rule of a short answer, by its subject
("What must staff do if a dog bites someone?", "When must the scaffold be inspected?", "What must
dogs be vaccinated against?"). short_answer_asks cuts the rule's opening and checks the ask gives
nothing away; this module words it, around the subject english_subjects names.
"""

from __future__ import annotations

import re

from graphs.exam_generation.barred_acts import (
    PREPOSITIONS,
    TIME_WORDS,
    barred_act,
    listed_barred_verb,
)
from graphs.exam_generation.english_deeds import TIME_DIMENSIONS, own_subject, timed_act, two_deeds
from graphs.exam_generation.english_subjects import (
    EN_ARTICLE,
    EN_CASE_OPENING,
    PRONOUNS,
    clean_subject,
    en_named,
    en_noun_phrase,
    lower_phrase,
    narrowed,
    narrowing_dropped,
    singular,
)
from graphs.exam_generation.only_asks import only_ask
from graphs.text.facts import Fact
from graphs.text.quantities import parse_quantities
from graphs.text.word_class import en_word_classes

EN_CONDITION = re.compile(r"^(?:if|when|whenever|where|once|after|before)\b", re.IGNORECASE)
"""An English clause that is the rule's condition."""
EN_BARE_VERDICT = re.compile(
    r"^[^,;:]+?\s(?:is|are)\s+(?:not|never)\s+(?:\w+\s+)?[a-z]+(?:ed|en)\.?$", re.IGNORECASE
)
"""A rule that is its subject and a verdict, nothing more ("Pets are not allowed")."""
EN_LISTED_SUBJECT = re.compile(
    r"^(?!(?:if|when|whenever|where|once|after|before|in|on|at|during|for)\b)"
    r"[A-Za-z][\w'-]*(?: [\w'-]+){0,2}(?:, [\w'-]+(?: [\w'-]+){0,2})*,? (?:and|or) [\w'-]",
    re.IGNORECASE,
)
"""A subject that is a list of short noun phrases, the last joined by and/or."""


_EN_CAPPED = re.compile(
    r"^(?P<subject>[A-Za-z][\w' -]+?)\s+(?P<be>is|are)\s+(?P<limit>(?:capped|limited)\s+(?:at|to))\s",
    re.IGNORECASE,
)
_EN_ONLY_ON = re.compile(
    r"^(?P<subject>[A-Za-z][\w' -]+?)\s+(?P<be>is|are)\s+(?P<done>[a-z]+(?:ed|en|wn|ld|ne))\s+"
    r"(?:(?P<particle>back|out|over)\s+)?only\s+(?:against|after|once|with|on|if|when|upon)\b",
    re.IGNORECASE,
)
"""A passive rule on the condition its action waits for ("Garments are released only against the
ticket", "Keys are handed out only after …")."""


def en_ask(fact: Fact, point: str, condition: str, subject: str) -> str | None:
    if EN_BARE_VERDICT.match(point.strip()):
        return None  # "Bicycles of other types are not accepted": asked, the answer is "no"
    capped = _EN_CAPPED.match(point.strip()) if not condition else None
    if capped is not None and 1 <= len(capped["subject"].split()) <= 6:
        # "Compensation is capped at 5 times the fee" was asked "What is the rule on the
        # compensation? (give how often)"
        subject = lower_phrase(EN_ARTICLE.sub("", capped["subject"]))
        return f"What {capped['be'].lower()} {subject} {capped['limit'].lower()}?"
    passive = _EN_ONLY_ON.match(point.strip()) if not condition else None
    if passive is not None and 1 <= len(passive["subject"].split()) <= 6:
        # "Garments are released only against the ticket" was asked "What is the rule on
        # garments?", which every rule on garments answers: the condition is what is asked.
        subject = lower_phrase(EN_ARTICLE.sub("", passive["subject"]))
        acted = " ".join(w for w in (passive["done"], passive["particle"]) if w)
        return f"On what condition {passive['be'].lower()} {subject} {acted}?"
    only = only_ask(point) if not condition else None
    if only is not None:
        return only  # "Who may use the address …?", "What may be worn …?"
    aged = _EN_AGE_LIMIT.match(point.strip()) if not condition else None
    if aged is not None and 1 <= len(aged["thing"].split()) <= 4:
        # "Rackets older than 4 years must be retired, whatever their condition" was asked "When
        # must the rackets older than a set time be retired?": the age is the limit asked
        thing = lower_phrase(aged["thing"])
        one = singular(thing)
        said = f"{'an' if thing[:1] in 'aeiou' else 'a'} {thing}" if one else thing
        return f"How old may {said} be before {'it' if one else 'they'} must be {aged['done']}?"
    # "Children under 16" is said "children under a set number": a person's figure is an age;
    # a subject cut before its figure ("students and people aged") is given it the same way
    subject = _PERSON_AGED.sub(r"\g<who> \g<side> a set age", subject)
    # "Lambs under 8 weeks old" is said "lambs under a set age", not "under a set time old"
    subject = _AGED_IN_TIME.sub(r"\g<side> a set age", subject)
    written = EN_ARTICLE.sub("", subject)
    subject = en_noun_phrase(written, before_figure=re.search(r"\bmust\b", point) is None)
    if narrowing_dropped(written, subject):
        # "Any copy that is certified after hours costs 25 dollars" was asked "What does the
        # copy cost?": every copy is not that copy. The ask keeps what narrows it, or is not made
        narrowing = narrowed(written, subject)
        if narrowing is None:
            return None
    else:
        narrowing = ""
    if subject and not clean_subject(subject):
        # "Without the final artwork we", "A" (an FAQ answer's article alone): no subject to
        # ask by; the barred act is asked on its own, or the rule is not asked
        return _en_general_ask(point, condition, subject)
    if (
        not condition
        and 6 < len(subject.split()) <= _MAX_CASE_WORDS
        and _EN_PASSIVE_CASE.search(subject)
        and re.search(r"\bmust\b", point, re.IGNORECASE) is None
    ):
        # "Bicycles not collected within a set time may be sold …": what is done with them
        return f"What happens to {lower_phrase(subject)}?"
    # "a set age" stands for one figure: "students and people aged a set age" is 5 words
    if subject.lower() in PRONOUNS or (
        subject and not 1 <= len(subject.replace("a set age", "age").split()) <= 6
    ):
        return None  # "We do not accept …": no subject to ask by
    head = subject
    subject = " ".join(filter(None, [en_named(subject), narrowing]))
    must = re.search(r"\bmust\b(?!\s+(?:not|never)\b)", point, re.IGNORECASE)
    own = own_subject(point, must.start()) if must is not None else None
    if must is not None and own is not None and subject and not must.start() < len(condition):
        # "Matted coats are charged …, and the owner must be called before this work starts"
        # was asked "When must matted coats be called?": the owner is called, about the coats.
        done = point[must.start() :].split()[1:4]
        named = en_named(EN_ARTICLE.sub("", own))
        if done[:1] == ["be"] and len(done) == 3 and done[2].lower() in TIME_WORDS:
            return f"On {subject}: when must {named} be {done[1].strip(',;.')}?"
        return f"On {subject}: what must happen to {named}?"
    if (
        must is not None
        and subject
        and not condition
        and _EN_QUALIFIES.match(point, must.end())
        and (" and " in point[must.end() :] or "," in point[must.end() :])
    ):
        # "Renters must be at least 21 years old and have held a licence for 2 years": the
        # conditions the subject must meet are the rule
        return f"What conditions must {subject} meet?"
    if must is not None and subject and not must.start() < len(condition):
        after = point[must.start() :].split()
        when = _EN_WHEN.match(point, must.start())
        if when is not None:
            return f"When must {subject} {when[1]}?"  # "must stop when wind speed exceeds …"
        if after[1:2] != ["be"] or len(after) < 3:
            # "must wear gloves when handling raw meat": the case names the duty asked
            case = _en_case(point, must.end()) if not condition else ""
            timed = timed_act(point, must.end()) if not (condition or case) else None
            if timed is not None:
                # "Wardens must log every bike left overnight within 1 hour": "What must wardens
                # do?" named only the role (issue 11); the act is asked by its time limit
                return f"When must {subject} {timed}?"
            return f"What must {subject} do{_en_condition(condition or case)}?"
        done = after[2:]
        if any(q.dimension in TIME_DIMENSIONS for q, _, _ in parse_quantities(point)):
            # "must be treated for fleas within 30 days": when, and the deed up to its time
            phrase: list[str] = []
            roles = [a.text.lower() for a in fact.anchors if "role" in (a.role, a.semantic)]
            for at, word in enumerate(done):
                rest = " ".join(done[at:]).lower()
                if any(rest.startswith((r, f"the {r}")) for r in roles):
                    # "reported to the Duty Manager": who is told is the learner's to write
                    if phrase and phrase[-1].lower() in PREPOSITIONS:
                        phrase.pop()
                    break
                if word.lower() in TIME_WORDS or re.search(r"\d", word):
                    break
                phrase.append(word.strip(",;."))
                if word.endswith((",", ";", ".")):
                    break
            if phrase and phrase[-1].lower() in ("and", "or"):
                # "must be refused and the duty manager called within 5 minutes" was asked
                # "When must the bag … be refused and?" (session 18 D11): the time is the next
                # doer's deed, not this one's
                return None
            if phrase and phrase[-1].lower() in _EN_DANGLING:
                # "must be kept below 25°C … and handed over within 48 hours" was asked "When
                # must packages be kept below?": the figure that ended the deed is no time
                return two_deeds(point[must.start() :], subject, phrase[0])
            if len(phrase) > 1 and phrase[-1].lower() == "for":
                # "must be held in the covered pens for at least 12 hours" was asked "When must
                # the wet sheep be held in the covered pens for?": a span is asked how long
                return f"How long must {subject} be {' '.join(phrase[:-1])}?"
            if phrase:
                return f"When must {subject} be {' '.join(phrase)}?"
            return f"What is the rule on {subject}?"
        # "vaccinated against", not "home to" (a participle, the deed asked by its object)
        if (
            len(done) >= 2
            and done[1].lower() in PREPOSITIONS
            # "be signed for by the client": "for" is the verb's, the answer is who
            and done[2:3] != ["by"]
            and re.search(r"(?:ed|en|wn)$", done[0].lower())
        ):
            if (
                done[1].lower() == "for"
                and done[2:3]
                and done[2].lower() in _EN_ANY
                and done[0].lower() not in _EN_SEARCHED
            ):
                # "must be called for any bleeding injury" was asked "What must the duty manager
                # be called for?": 'for any …' is the case the act is done in, not its purpose
                return f"When must {subject} be {done[0]}?"
            if done[1].lower() == "to" and _EN_TO_SOMEONE.match(" ".join(done[2:6])):
                # "What must documents be handed to?" (session 21 lead): handed to a person
                return f"To whom must {subject} be {done[0]}?"
            return f"What must {subject} be {done[0]} {done[1]}?"  # vaccinated against
        return _en_act_ask(point, subject)
    if condition:
        return f"What happens {lower_phrase(condition)}?"
    if not subject:
        return None
    if (
        must is None
        and _EN_PRICED.search(point)
        and any(str(q.dimension or "").startswith("money") for q, _, _ in parse_quantities(point))
    ):
        # "Delivery is free within 15 km, and costs $3 per km beyond that": what it costs
        # (session 12 designer D4, m4 Q11: "What is the rule on the delivery?")
        # A person has no price: "Loyalty card holders are charged £3" is what they pay.
        priced = "pay" if _PERSON_HEAD.search(head) else "cost"
        return f"What {'does' if singular(head) else 'do'} {subject} {priced}?"
    lasts = re.search(
        rf"{re.escape(head)}\s+(?P<verb>last|take)s?\s+(?:for\s+)?(?P<span>\d[^,;.]*)",
        re.sub(r"\s*\([^()]*\)", "", point),
        re.IGNORECASE,
    )
    spans = parse_quantities(lasts["span"]) if lasts is not None else []
    # "Each room takes 2 to 6 players" takes people, no time
    if (
        must is None
        and lasts is not None
        and spans
        and spans[0][0].dimension in ("duration", "working_day")
    ):
        # "A standard session lasts 60 minutes" was asked "What is the rule on the standard
        # session? (give the time limit)": how long it lasts is the rule; "Standard alterations
        # (hems, …) take 5 working days" how long they take (session 20 end designer D13, m4)
        return f"How long {'does' if singular(head) else 'do'} {subject} {lasts['verb'].lower()}?"
    return _en_act_ask(point, subject)


_EN_CASE = re.compile(
    # "before taking any tool", "after closing the gate": the act a duty comes before or after
    # "at once and tagged red" is no case: "at once" is how soon, and a case opens on its own
    # words, not on "and" (session 26 teacher T19: "What must the mould do once and tagged red?")
    r"(?<!\bat)\s(?P<case>(?:when|whenever|once|while|(?:before|after)(?=\s+[a-z]+ing\b))"
    r"\s+(?!(?:and|or|but)\b)[^,;.]{3,60})",
    re.IGNORECASE,
)
PERSONS = (
    r"children|kids|minors|jumpers|riders|guests|visitors|people|persons|anyone|customers|"
    r"passengers|players|pupils|students|members|holders|drivers|hirers"
)
"""English nouns for people: a bare number after 'under', 'over' or 'aged' is their age."""
_PERSON_HEAD = re.compile(
    rf"\b(?:{PERSONS}|staff|customer|client|guest|passenger|member|visitor|student|driver|owner"
    r"|holder|rider|player|hirer|pupil|person)$",
    re.IGNORECASE,
)
"""A noun phrase whose head is a person ("loyalty card holders"): what it pays, not costs."""
_PERSON_AGED = re.compile(
    rf"\b(?P<who>{PERSONS})\s+(?P<side>under|over|aged|below|above)(?:\s+a set number\b|\s*$)",
    re.IGNORECASE,
)
_AGED_IN_TIME = re.compile(
    r"\b(?P<side>under|over|below|above|younger than|older than)\s+a set time\s+old\b", re.I
)
"""An age said in weeks, months or years ("under 8 weeks old"), masked as a time."""
_EN_AGE_LIMIT = re.compile(
    r"^(?:the |all |any |every |each |a |an )?(?P<thing>[A-Za-z][\w-]*(?: [\w-]+){0,3}?)\s+"
    r"older than \d[^,;.]*?\s+(?:must|should|shall) be (?P<done>[a-z]+(?:ed|en|wn|ld|ne|pt))\b",
    re.IGNORECASE,
)
"""A thing withdrawn at an age ("Rackets older than 4 years must be retired")."""
_EN_ANY = frozenset(["any", "every", "each", "all"])
_EN_SEARCHED = frozenset(["checked", "inspected", "tested", "searched", "screened", "examined"])
"""Verbs whose 'for' names what is looked for ("checked for any frayed cords"), not a case."""
_EN_YOU_MAY = re.compile(r"\byou\s+(must|may|can|should)\b(?!\s+(?:not|never)\b)", re.I)


def _en_general_ask(point: str, condition: str, subject: str) -> str | None:
    """The ask of a rule whose subject cannot be named: its barred act ("What is the rule about
    re-entering the building?"), what happens in its case, or None (no ask beats a broken one)."""
    act = barred_act(point)
    if act is not None:
        return f"What is the rule about {act}{_en_condition(condition)}?"
    case, _, last = subject.rpartition(" ")
    modal = _EN_YOU_MAY.search(point)
    if not condition and last.lower() == "you" and EN_CASE_OPENING.match(case) and modal:
        # "For a gift order you may ask for …": the reader is the subject, the case opens it
        return f"What {modal[1].lower()} you do {lower_phrase(case)}?"
    if condition and EN_CONDITION.match(condition):
        return f"What happens {lower_phrase(condition)}?"
    return None


def _en_act_ask(point: str, subject: str) -> str:
    """ "What is the rule on customers?" names only whom a rule binds, which every rule on them
    answers: the ask names the case the rule is for ("What must customers do when the order is
    delivered?") or the act it bars ("What is the rule on drivers leaving furniture?"), and
    falls back to the subject only when the rule has neither."""
    must = re.search(r"\bmust\b(?!\s+(?:not|never)\b)", point, re.IGNORECASE)
    case = _en_case(point, must.end()) if must is not None else ""
    if case:
        return f"What must {subject} do {lower_phrase(case)}?"
    act = barred_act(point)
    if act is not None:
        return f"What is the rule on {subject} {act}?"
    listed = listed_barred_verb(point)
    if listed is not None:
        # the list is the answer: asked what may be done, not which one thing may not
        return f"What is the rule on what {subject} may {listed.lower()}?"
    timed = re.match(
        rf"{re.escape(subject)}\s+(?P<be>is|are)\s+(?P<done>[a-z]+ed)\b[^,;.\d]{{0,30}}?"
        r"\s(?:within|by|every|after)\b",
        point,
        re.IGNORECASE,
    )
    if timed is not None and parse_quantities(point[timed.end() :]):
        # "Deposits are refunded within 3 days": when, not "What is the rule on deposits?"
        return f"When {timed['be'].lower()} {en_named(subject)} {timed['done']}?"
    purpose = _EN_PURPOSE.search(point, must.end()) if must is not None else None
    if purpose is not None and "VERB" in en_word_classes(purpose["verb"]):
        # "Customers must be home to sign for the delivery": "What is the rule on customers?"
        # named only whom it binds (issue 11); the act it is for names what is asked
        return f"What must {subject} do to {purpose['verb']} {purpose['rest'].strip()}?"
    return f"What is the rule on {subject}?"


_EN_PURPOSE = re.compile(
    r"\sto\s+(?P<verb>(?!the\b|a\b|an\b|any|every|each|their|his|her|its)[a-z]+)"
    r"\s+(?P<rest>(?:for|the|a|an|their|with|at|on|in)\b[^,;.\d]{2,40})$",
    re.IGNORECASE,
)
"""The act a duty is for ("to sign for the delivery"), ending the rule; no figure in it."""


_EN_TO_SOMEONE = re.compile(
    rf"^(?:the|a|an|their|its|our|his|her)?\s*(?:[\w'-]+\s+){{0,2}}?(?:{PERSONS}|recipients?"
    r"|manager|supervisor|owner|reception|receptionist|desk|staff|guest|customer|client|member"
    r"|officer|nurse|doctor|driver|parent|guardian|tenant|agent|keeper|steward|chef|instructor"
    r"|technician|coordinator|controller|lead|head)\b",
    re.IGNORECASE,
)
"""Who a thing is handed or sent to ("to the named recipient", "to the duty manager")."""
_EN_DANGLING = frozenset(
    ["below", "above", "under", "over", "at", "in", "to", "from", "with", "than", "between", "of"]
)
"""A word a deed cannot end on: the figure after it ("kept below 25°C") belongs to the deed."""


def _en_case(point: str, after: int) -> str:
    """The case a duty is for, after its modal ("when the order is delivered"), without a figure
    (which would give the answer away); "" when the rule names none."""
    case = _EN_CASE.search(point, after)
    if case is None or parse_quantities(case["case"]):
        return ""
    return case["case"].strip()


_MAX_CASE_WORDS = 10
_EN_PASSIVE_CASE = re.compile(r"^\S+(?:\s+\S+)?\s+(?:not\s+)?[a-z]+ed\b")
"""A subject narrowed by a participle ("Bicycles not collected within …", "Items left …")."""


_EN_PRICED = re.compile(r"\b(?:costs?|charged|free|priced|fee)\b", re.IGNORECASE)
_EN_QUALIFIES = re.compile(
    r"\s+(?:be\s+(?:at\s+least|over|under|aged)|hold|have\s+held|have\s+(?:a|an|at least)|be\s+a\s+"
    r"(?:member|holder))\b",
    re.IGNORECASE,
)
_EN_WHEN = re.compile(r"must\s+([a-z]+)\s+(?:when|whenever|once|if)\b", re.IGNORECASE)


def _en_condition(condition: str) -> str:
    return f" {lower_phrase(condition)}" if condition else ""
