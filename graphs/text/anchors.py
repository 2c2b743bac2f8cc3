"""What a question may ask about in a statement: its anchors, the whole terms a blank, a key or a
changed figure can stand on.

Figures first: a range with its unit (0℃～4℃), a time of day (6:30 am, 22点), an English age
written without a unit ("children under 8"), then quantities with their units (2小时, 14 days,
£150); labels are not figures (version and article numbers, list references 第1、2项, years,
dates, bare numbers such as phone numbers). Then roles and the material's domain terms: runs of
adjacent nouns as one compound (前厅服务员, "incident form"), ending at a role, never a verb jieba
or lemminflect would tag as a noun in a verb's place ("the pool stays closed"): those runs are
read in graphs/text/noun_groups.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graphs.exams import Language
from graphs.text.document import Document
from graphs.text.figure_sense import named_by_code, named_period, rating_labels
from graphs.text.lexicon import Lexicon
from graphs.text.noun_groups import noun_groups
from graphs.text.person_nouns import acting_person
from graphs.text.quantities import parse_quantities
from graphs.text.role_terms import modifier_start, verb_glued_start
from graphs.text.terms import CLOCK_PATTERN, NUMBER_PATTERN, RANGE_PATTERN, is_stop_word
from graphs.text.word_class import semantic_kind, word_class


@dataclass(frozen=True)
class Anchor:
    """A whole term of a fact that a question may ask about (offsets into `Fact.text`)."""

    text: str
    start: int
    end: int
    role: str
    """`figure`, `role` or `term`."""
    word_class: str
    semantic: str | None
    """The unit's dimension for a figure, `role` for a role, else None."""


_DATE = re.compile(
    r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]|\d{1,2}\s+(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)|(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\s+\d{1,2}"
)
_CLOCK = re.compile(r"\d\s*点|\d:\d\d|\b(am|pm)\b", re.IGNORECASE)
_RANGE_BEFORE = re.compile(r"\d+(?:\.\d+)?\s*(?:到|至|~|～|-|–|to|and)\s*$")
_RANGE_AFTER = re.compile(r"^\s*(?:到|至|~|～|–|to|and)\s*\d")
_LABEL_BEFORE = re.compile(r"(version|v\.?|版本|第|no\.|article|section|§)\s*$", re.IGNORECASE)
_YEAR = re.compile(r"^(19|20)\d\d\s*年?$")
"""A year ("2025", "2025年"): when a rule took effect is a date, not a figure to learn."""
_DEFINITIONAL = (
    # A figure the sentence's own words already say: 未成年人 are under 18, a minor is too.
    (re.compile(r"^18\s*(周岁|岁|years?)"), re.compile(r"未成年|成年|minor|adult|under-age", re.I)),
)


_ENUMERATION_BEFORE = re.compile(
    r"第\s*\d+(?:\s*[、,，和及与至到~-]\s*\d+)*\s*[、,，和及与至到~-]\s*$"
)
"""The later numbers of "第1、2项", "第3至5条": list references, not figures."""


def _not_a_figure(text: str, start: int, value: str) -> bool:
    """A version, an article number, a year, a date, a clock time or a bare number (a phone
    number, a code: 110, 1.67) is a label, not a figure to learn; nor is a figure the sentence's
    own words define (未满18周岁的未成年人)."""
    if _LABEL_BEFORE.search(text[:start]) or _ENUMERATION_BEFORE.search(text[:start]):
        return True
    if _YEAR.match(value) or _CLOCK.search(value):
        return True
    if any(figure.match(value) and words.search(text) for figure, words in _DEFINITIONAL):
        return True
    if named_period(text, value) is not None:
        return True  # 季卡：3个月内…: the card's name says the period
    if _PRODUCT_AFTER.match(text[start + len(value) :]) and not re.search(r"[月年天日周]$", value):
        return True  # 10节课包, 20次卡: a count that names a product, not a figure to learn
    if re.fullmatch(r"-?\d+(?:\.\d+)?", value) and not _PER_AFTER.match(text[start + len(value) :]):
        return True  # "limited to 2 per visit": a count per visit is a figure to learn
    if (
        _ROUND_THE_CLOCK.match(value)
        and _SERVICE_AFTER.match(text[start + len(value) :])
        and not text[:start].endswith("提前")  # 须提前24小时预订: a lead time, to learn
    ):
        return True  # 24小时医疗护理, a 24-hour helpline: round the clock, not a duration
    return any(m.start() <= start < m.end() for m in _DATE.finditer(text))


_SPELLED_DIMENSIONS = frozenset(
    ["duration", "calendar", "working_day", "length", "mass", "volume", "temperature", "percent"]
)
"""What a figure in words measures when it is one to learn ("six months", "two working days"):
counts of people or times in words ("one member of staff", "once") are no figure."""


_SIGN_BEFORE = re.compile(r"(?:零下|(?<!正)负|\bminus\s+)$", re.IGNORECASE)
_BELOW_ZERO_AFTER = re.compile(r"^\s+below\s+(?:zero|freezing)\b", re.IGNORECASE)


def _signed(text: str, start: int, end: int) -> tuple[int, int]:
    """The figure at [start, end) with the sign said in words (零下18℃, 负5℃, minus 5°C, "5
    degrees below zero"): without it the figure is another one, so a blank or a changed value
    that left 零下 out of the term asked a positive 18℃ and moved the limit the wrong way."""
    if text[start : start + 1].isdigit() and (sign := _SIGN_BEFORE.search(text, 0, start)):
        start = sign.start()
    if (below := _BELOW_ZERO_AFTER.match(text[end:])) is not None:
        end += below.end()
    return start, end


def _spelled_figures(text: str, anchors: list[Anchor]) -> list[Anchor]:
    """English figures written in words with their unit ("Stains older than six months …",
    "within two working days"): no figure before, so a rule's only anchor was a word beside it
    ('working') or none (session 13 review)."""
    found = []
    for quantity, start, end in parse_quantities(text, "en"):
        value = text[start:end]
        if not value[:1].isalpha() or quantity.dimension not in _SPELLED_DIMENSIONS:
            continue
        if any(start < a.end and a.start < end for a in anchors):
            continue
        found.append(Anchor(value, start, end, "figure", "number", semantic_kind(value, "en")))
    return found


def _counts_a_rating(value: str, ratings: frozenset[str]) -> bool:
    """ "18 films" where the material rates films 15 and 18: a class named by a number, no count."""
    counted = re.fullmatch(r"(\d+)\s+[A-Za-z]+s", value)
    return counted is not None and counted.group(1) in ratings


_PER_AFTER = re.compile(r"^\s+per\s+[a-z]", re.IGNORECASE)
_PRODUCT_AFTER = re.compile(r"^\s*(?:包|卡|套餐|套装)")
_ROUND_THE_CLOCK = re.compile(r"^(?:24\s*小时|24-hour|24 hours?|7\s*[×x*]\s*24)$", re.IGNORECASE)
_SERVICE_AFTER = re.compile(
    r"^(?:[\u4e00-\u9fff](?<![内以后前之起])|\s*(?:(?!(?:after|before|of|from|to|in|on|at|"
    r"for|within|since|until|per|a|an|the)\b)[a-z]+\s+){0,2}?(?:line|helpline|hotline|"
    r"service|support|security|access|care|reception|desk|helpdesk|cover|emergency|opening|"
    r"monitoring|CCTV|assistance|pharmacy|shop|store|centre|center|number)\b)",
    re.IGNORECASE,
)
"""What a round-the-clock figure names ("a 24-hour helpline", "the Roadway 24-hour assistance
line"): a service always open; "a 24-hour notice period" is still a duration."""


_CLOCK_RANGE = re.compile(r"^\s*[-–—~～]\s*\d")
"""The start of an opening-hours range (9:00-21:00): half of it is no time to ask."""
_ZH_CLOCK_CONTEXT = re.compile(r"^(?:[前后以之开关结营整钟起到至]|[，。、,；;）)]|$)")


_EN_AGE = re.compile(
    r"\b(?:(?:children|child|kids?|people|persons?|adults?|anyone|guests?|customers?|visitors?|"
    r"bathers?|swimmers?|riders?|staff|employees?|someone|those|young people|minors?|tenants?|"
    r"renters?|members?|drivers?|passengers?|players?|patients?|students?|learners?|users?|"
    r"infants?|babies|baby|toddlers?|pupils?|teenagers?|seniors?|juniors?)\s+"
    r"(?:under|over|below|above|aged|of)|aged|age"
    # "The minimum age to rent is 21": the age a limit names, said after its verb.
    r"|(?:minimum|maximum|lowest|highest)\s+age\b[^.;,\d]{0,24}?\b(?:is|of)"
    r")\s+(?P<age>\d{1,2})\b"
    r"(?!\s*(?:%|percent|minutes?|hours?|days?|weeks?|months?|kg|cm|m\b|km|people|times))",
    re.IGNORECASE,
)
"""An age written without a unit ("children under 8", "an adult aged 16 or over"): a figure a
trainee must know, as 8岁以下 is in Chinese."""
_EN_AGE_LIMIT = re.compile(
    r"\b(?:must|should|need to|has to|have to)\s+be\s+(?:at least|over|under|aged)\s+"
    r"(?P<age>\d{1,2})(?=\s*(?:[.;,]|$|to\b|years?\b|or\s+(?:older|over)\b))",
    re.IGNORECASE,
)
"""A person's age limit said after its verb ("Tenants must be at least 18.", "… must be over
21 to hire"): with no unit it was no figure, and the rule was never asked (session 13 lead, m2)."""


def _date_or_label(text: str, match: re.Match[str]) -> bool:
    """A clock-like figure that is a date's, a version's or an article's ("第3点", "v2:10"), or
    a count of points ("以下3点注意事项"): a Chinese "…点" is a time only where a time goes."""
    if match.group().endswith("点") and not _ZH_CLOCK_CONTEXT.match(text[match.end() :]):
        return True
    return bool(_LABEL_BEFORE.search(text[: match.start()])) or any(
        m.start() <= match.start() < m.end() for m in _DATE.finditer(text)
    )


def _in_range(text: str, start: int, end: int) -> bool:
    """Half of a range (5到7个工作日, 5 to 10 business days): a blank on it leaves half a term."""
    before, after = text[max(0, start - 6) : start], text[end : end + 8]
    return bool(_RANGE_BEFORE.search(before) or _RANGE_AFTER.match(after))


_QUOTE_MARKS = frozenset('"“”「」『』《》')
QUOTED_NAME = re.compile(r"“[^”]{1,12}”|「[^」]{1,12}」|『[^』]{1,12}』|《[^》]{1,20}》")
"""A short quotation: what is said or printed as written (复述“92号”, “7日退货”服务)."""


def quoted_label(quoted: str, language: Language) -> bool:
    """A quotation whose numbers carry no unit of measure (“92号”, “0号柴油”): a name, not a
    quantity to ask or change. A quoted duration or amount (“7日退货”) is still a figure."""
    numbers = [m.group().strip() for m in NUMBER_PATTERN.finditer(quoted)]
    return bool(numbers) and all(semantic_kind(n, language) in (None, "number") for n in numbers)


_EN_ROLE_HEAD = re.compile(
    r" (?:head|lead|leader|manager|supervisor|officer|director|chief|coordinator|administrator"
    r"|staff|team|clerk|assistant|attendant|agent|worker)s?\b",
    re.IGNORECASE,
)
"""The noun after a department that makes it a person's title (department head, IT lead)."""


_MEASURED_AFTER = r"\s*(?:超过|不超过|大于|小于|低于|高于|不足|不低于|不高于|达到|为|≥|≤|>|<)?\s*\d"


def _measured(word: str, material: str) -> bool:
    """The material measures the word (「载荷中心超过 500 毫米」): a physical quantity named like a
    unit of the organisation, which a swapped role must never be (session 10 designer, m1 Q5:
    「载荷中心负责每月组织…」 for 仓储安全部)."""
    return re.search(re.escape(word) + _MEASURED_AFTER, material) is not None


def anchors_of(
    text: str, document: Document, lexicon: Lexicon, rules: tuple[tuple[int, int], ...] = ()
) -> list[Anchor]:
    """The whole terms of a statement a question may ask about, best first: figures (ranges,
    times of day, ages, quantities with units), then roles, then the material's domain terms.
    `rules` are the spans of its clauses that say must or must not: when the statement has no
    other term, the nouns of those clauses are its terms however rarely the material uses them (工作卡 in
    工作卡不得转借他人使用, 橡胶手套 in 必须佩戴橡胶手套: who or what the rule is about)."""
    language = document.language
    anchors: list[Anchor] = []
    ranges = list(RANGE_PATTERN.finditer(text))
    for match in ranges:
        anchors.append(Anchor(match.group(), *match.span(), "figure", "number", "range"))
    clocks = [
        m
        for m in CLOCK_PATTERN.finditer(text)
        if not _date_or_label(text, m) and not any(r.start() <= m.start() < r.end() for r in ranges)
    ]
    for match in clocks:
        if not _in_range(text, match.start(), match.end()) and not _CLOCK_RANGE.match(
            text[match.end() :]
        ):
            anchors.append(
                Anchor(match.group(), match.start(), match.end(), "figure", "number", "clock")
            )
    ratings = rating_labels(document.text) if language == "en" else frozenset()
    ages = list(_EN_AGE.finditer(text)) if language == "en" else []
    ages += [
        m
        for m in (_EN_AGE_LIMIT.finditer(text) if language == "en" else ())
        if all(m.span("age") != a.span("age") for a in ages)
    ]
    for match in ages:
        if _in_range(text, *match.span("age")):
            continue  # "aged 12 to 17": half of a range
        if named_by_code(text, match["age"]):
            continue  # "Films rated 12A … children under 12": the rating says the age
        if not any(f.match(match["age"]) and w.search(text) for f, w in _DEFINITIONAL):
            start, end = match.span("age")
            anchors.append(Anchor(match["age"], start, end, "figure", "number", "age"))
    taken = [r.span() for r in ranges] + [c.span() for c in clocks] + [m.span("age") for m in ages]
    taken += [m.span() for m in QUOTED_NAME.finditer(text) if quoted_label(m.group(), language)]
    for match in NUMBER_PATTERN.finditer(text):
        value = match.group().strip()
        if any(start <= match.start() < end for start, end in taken):
            continue  # part of a time of day, an age, or a quoted name (“92号”: a grade's name)
        if _not_a_figure(text, match.start(), value) or _in_range(text, match.start(), match.end()):
            continue
        if named_by_code(text, value) or _counts_a_rating(value, ratings):
            continue  # "under 12" beside "12A"; "for 18 films" where 18 is a rating
        if text[match.end() : match.end() + 1] in ("'", "’"):
            continue  # "30 days' notice": a blank before the apostrophe leaves it dangling
        if len(value) > 1 or not value.isdigit() or _PER_AFTER.match(text[match.end() :]):
            start = match.start() + (len(match.group()) - len(match.group().lstrip()))
            start, end = _signed(text, start, start + len(value))
            value = text[start:end]
            anchors.append(
                Anchor(
                    value,
                    start,
                    end,
                    "figure",
                    "number",
                    semantic_kind(value, language),
                )
            )
    if language == "en":
        anchors.extend(_spelled_figures(text, anchors))
    taken = [(a.start, a.end) for a in anchors]
    weights = {k.lower(): t.weight for k, t in document.terms.items()}
    terms: list[tuple[float, Anchor]] = []
    unweighed: list[Anchor] = []
    for start, end, parts in noun_groups(text, lexicon, language):
        word = text[start:end]
        if any(start < e and s < end for s, e in taken) or is_stop_word(word):
            continue
        if text[:start].rstrip().endswith("&") or text[end:].lstrip().startswith("&"):
            continue  # "Health & Safety Manager": half of a name joined by "&" is no term
        if any(mark in word for mark in _QUOTE_MARKS):
            continue  # '"药师' half inside a quotation: no whole term to print as an option
        if (language == "zh" and len(word) < 2) or (language == "en" and len(word) < 3):
            continue
        cls = word_class(word, language)
        if cls not in ("noun", "name"):
            continue
        kind = semantic_kind(word, language)
        if kind == "department" and _measured(word, document.text):
            kind = None  # 载荷中心超过 500 毫米: a quantity measured, no unit of the organisation
        if language == "en" and kind is None and acting_person(word, document.text):
            kind = "role"  # "Only a fitter … may": a trade's word for its staff, no listed head
        role = "role" if kind in ("role", "department") else "term"
        if language == "zh" and role == "role":
            # 值班 + 药师, 维保 + 主管: the modifier jieba cut off belongs to the role.
            start = verb_glued_start(word, start, document.text)
            start = modifier_start(text, start, end, document.text)
            word = text[start:end]
            if any(start < e and s < end for s, e in taken):
                continue
        if language == "en" and (head := _EN_ROLE_HEAD.match(text, end)):
            # "their department head approves": 'department' alone splits the role's name.
            end, word, role, kind = head.end(), text[start : head.end()], "role", "role"
        weight = sum(weights.get(p.lower(), 0.0) for p in parts) + (1.0 if role == "role" else 0.0)
        if role == "term" and weight <= 0:
            if any(first <= start and end <= last for first, last in rules):
                unweighed.append(Anchor(word, start, end, role, cls, kind))
            continue
        if (
            language == "en"
            and start == 0
            and cls == "noun"
            and (role == "term" or word.endswith("s"))
        ):
            # "Users must ...", "Agents must not ...": a sentence's generic subject (the readers
            # themselves) is no gap worth asking; "The supervisor enters ..." names who acts.
            # Of a rule with no other term it is what the rule is about ("Somersaults are not
            # allowed.", "Pregnant guests must not jump.": session 15 end designer D8, pattern 7).
            if any(first <= start and end <= last for first, last in rules):
                unweighed.append(Anchor(word, start, end, role, cls, kind))
            continue
        terms.append((weight, Anchor(word, start, end, role, cls, kind)))
    terms.sort(key=lambda t: -t[0])
    anchors.extend(a for _, a in terms)
    return anchors or unweighed
