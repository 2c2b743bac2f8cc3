"""The facts of a material: what a trainee must know, and the spans a question can ask about.

A fact is a sentence of the material that states something checkable: a figure with its unit (a
temperature, a deadline, an amount, a share, a count), an obligation or a prohibition (必须/须/应/
不得/禁止, must/may not/only), a responsibility (a role that does something), a condition or an
exception (如果/超过/除…外, if/when/unless/within), or a definition (是指, means). Sentences that
state nothing of the kind (introductions, filler), FAQ questions, headings, list lead-ins whose list
follows ("包括以下三项：") and markup are not facts.

Each fact carries its anchors, the whole terms a question may blank or change, best first: figures,
then roles, then the material's own domain terms (from the `Lexicon`), and its modal cue (the word
that a safe false statement may flip). The text of a fact is the sentence with markup and FAQ
prefixes ("**", "A:", "答：", "Yes, ") removed; its quote is still found in the material, since the
grounding check ignores punctuation and markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from graphs.exams import Language
from graphs.text.document import Document
from graphs.text.lexicon import ZH_MANNER, ZH_NOT_IN_TERMS, Lexicon, Segment
from graphs.text.references import (
    answers_the_question,
    leans_on_previous,
    without_pointer_ahead,
)
from graphs.text.segment import tokenize
from graphs.text.tables import CellStatement, table_statements
from graphs.text.terms import CLOCK_PATTERN, NUMBER_PATTERN, RANGE_PATTERN, is_stop_word
from graphs.text.word_class import en_word_classes, semantic_kind, word_class

FactKind = str
"""One of: figure, obligation, prohibition, permission, responsibility, condition, definition."""

_ZH_MODALS: tuple[tuple[str, str], ...] = (
    ("不得", "prohibition"),
    ("禁止", "prohibition"),
    ("严禁", "prohibition"),
    ("不能", "prohibition"),
    ("不可", "prohibition"),
    ("不允许", "prohibition"),
    ("不准", "prohibition"),
    ("请勿", "prohibition"),
    ("切勿", "prohibition"),
    ("不应", "prohibition"),
    ("必须", "obligation"),
    ("务必", "obligation"),
    ("应当", "obligation"),
    ("应该", "obligation"),
    ("应", "obligation"),
    ("须", "obligation"),
    ("需要", "obligation"),
    ("需", "obligation"),
    ("只能", "obligation"),
    ("一律", "obligation"),
    ("可以", "permission"),
    ("可", "permission"),
)
_EN_MODALS: tuple[tuple[str, str], ...] = (
    (r"\bmust not\b", "prohibition"),
    (r"\bmay not\b", "prohibition"),
    (r"\bcannot\b", "prohibition"),
    (r"\bcan't\b", "prohibition"),
    (r"\bshould not\b", "prohibition"),
    (r"\b(?:do|does) not\b", "prohibition"),
    (r"\bnever\b", "prohibition"),
    (r"\bis not allowed\b|\bare not allowed\b|\bnot permitted\b", "prohibition"),
    (r"\bmust\b", "obligation"),
    (r"\bshall\b", "obligation"),
    (r"\bshould\b", "obligation"),
    (r"\b(?:is|are) required\b", "obligation"),
    (r"\bonly\b", "obligation"),
    (r"\bmay\b", "permission"),
    (r"\bcan\b", "permission"),
)
_ZH_CONDITION = re.compile(
    r"如果|若|如遇|凡|当.{1,12}时|.{1,12}的，|超过|不足|以上|以下|以内|之内|除.{1,12}外|否则"
)
_EN_CONDITION = re.compile(
    r"\b(if|when|unless|within|after|before|except|only if|as long as|no later than|at least|"
    r"up to|more than|less than)\b",
    re.IGNORECASE,
)
_ZH_DEFINITION = re.compile(r"是指|指的是|(?<![立随])即(?![可使将时刻])|定义为|称为")
_EN_DEFINITION = re.compile(r"\b(means|is defined as|refers to|is called)\b", re.IGNORECASE)
_ZH_RESPONSIBILITY = re.compile(r"负责|由.{1,8}(负责|处理|签字|审核|确认|上报)|上报|交由|报告")
_EN_RESPONSIBILITY = re.compile(
    r"\b(is responsible|are responsible|responsible for|reports? to|approves?|notif(y|ies)|"
    r"escalates?|handles?|reviews?)\b",
    re.IGNORECASE,
)
_MARKUP = re.compile(r"\*\*|__|`|^#+\s*")
_FAQ_PREFIX = re.compile(
    r"^\s*(?:A\s*[:：]|答\s*[:：]|Answer\s*[:：])\s*"
    r"|^\s*(?:Yes|No)\s*[,，.]\s*|^\s*(?:是的|不是|可以|不可以|不)\s*[，,]\s*",
    re.IGNORECASE,
)
_QUESTION_START = re.compile(
    r"^\s*(?:Q\s*[:：]|问\s*[:：]|\*\*)?\s*(?:is|are|can|do|does|did|will|what|how|why|when|where|"
    r"who|which|should|may|could|would)\b"
    # "Do not ask for date of birth unless …" is an instruction, not a question.
    r"(?!\s+not\b)",
    re.IGNORECASE,
)


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


@dataclass(frozen=True)
class Fact:
    """One checkable statement of the material."""

    sentence: int
    """Index of its sentence in the Document."""
    text: str
    """The statement: the sentence without markup or FAQ prefix."""
    quote: str
    """The sentence verbatim, as the material has it."""
    section: str
    position: int
    """0 for the first sentence under its heading, 1 for the next, ...: distance from the heading."""
    kinds: tuple[FactKind, ...]
    anchors: tuple[Anchor, ...]
    modal: tuple[str, int, int] | None
    """The modal cue as written and its offsets in `text`, or None."""
    lead: int | None = None
    """The sentence stated in front of this one because it points back to it, or None."""
    answer: bool = False
    """Part of an FAQ answer: what it is about is partly the question's (a cue taken from it,
    "(2) The parent …", cannot be answered without the question)."""

    @property
    def sentences(self) -> frozenset[int]:
        """Every sentence of the material this fact states: a question on it uses them all."""
        return frozenset((self.sentence,) if self.lead is None else (self.lead, self.sentence))


_Q_LABEL = re.compile(r"^\s*(?:Q|Question|问|问题)\s*[:：]", re.IGNORECASE)
"""An FAQ question's label: what follows it (a situation, a question) is no rule, even when it
reads as a statement ("Q: A guest asks to swim at 10:15 pm.")."""


def _is_question(text: str, language: Language) -> bool:
    stripped = _MARKUP.sub("", text).strip()
    if _Q_LABEL.match(stripped):
        return True
    if stripped.endswith(("?", "？")) or "吗？" in stripped or stripped.endswith("吗"):
        return True
    if language == "zh":
        # "…是否…" closes an FAQ question written without its mark; a sentence that ends with
        # 。 is a statement (巡场员…检查消防通道是否被占用。).
        return bool(re.match(r"^\s*(问\s*[:：]|Q\s*[:：])", stripped)) or (
            "是否" in stripped[-8:] and not stripped.endswith("。")
        )
    return bool(_QUESTION_START.match(stripped))


def _unwrap(match: re.Match[str]) -> str:
    """A hard line break inside a sentence: a space between words, nothing between Chinese."""
    text = match.string
    before, after = text[match.start() - 1 : match.start()], text[match.end() : match.end() + 1]
    return "" if not (before.isascii() and after.isascii()) else " "


def _clean(text: str) -> str:
    cleaned = _MARKUP.sub("", re.sub(r"[ \t]*\n\s*", _unwrap, text)).strip()
    while (stripped := _FAQ_PREFIX.sub("", cleaned, count=1).strip()) != cleaned:
        cleaned = stripped
    if cleaned and cleaned[0].isascii() and cleaned[0].islower():
        cleaned = cleaned[0].upper() + cleaned[1:]
    # A clause that ended at a semicolon stands alone as a statement.
    if cleaned.endswith("；"):
        cleaned = cleaned[:-1] + "。"
    elif cleaned.endswith(";"):
        cleaned = cleaned[:-1] + "."
    return cleaned


def _modal(text: str, language: Language, lexicon: Lexicon) -> tuple[str, int, int, str] | None:
    if language == "zh":
        segments = lexicon.segment(text)
        for cue, kind in _ZH_MODALS:
            for seg in segments:
                if seg.text == cue:
                    return cue, seg.start, seg.end, kind
        return None
    best: tuple[str, int, int, str] | None = None
    for pattern, kind in _EN_MODALS:
        match = re.search(pattern, text, re.IGNORECASE)
        if match and (best is None or match.start() < best[1]):
            best = (match.group(), match.start(), match.end(), kind)
    return best


def _kinds(
    text: str, language: Language, anchors: list[Anchor], modal_kind: str | None
) -> list[str]:
    kinds = []
    if any(a.role == "figure" for a in anchors):
        kinds.append("figure")
    if modal_kind:
        kinds.append(modal_kind)
    zh = language == "zh"
    if any(a.role == "role" for a in anchors) and (
        modal_kind or (_ZH_RESPONSIBILITY if zh else _EN_RESPONSIBILITY).search(text)
    ):
        kinds.append("responsibility")
    if (_ZH_CONDITION if zh else _EN_CONDITION).search(text):
        kinds.append("condition")
    if (_ZH_DEFINITION if zh else _EN_DEFINITION).search(text):
        kinds.append("definition")
    return kinds


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
_EN_VERB_CONTEXT = re.compile(
    r"\b(may|must|can|will|would|should|shall|could|to|not|cannot|do|does|did)\s+$", re.IGNORECASE
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
    if re.fullmatch(r"-?\d+(?:\.\d+)?", value):
        return True
    return any(m.start() <= start < m.end() for m in _DATE.finditer(text))


_CLOCK_RANGE = re.compile(r"^\s*[-–—~～]\s*\d")
"""The start of an opening-hours range (9:00-21:00): half of it is no time to ask."""
_ZH_CLOCK_CONTEXT = re.compile(r"^(?:[前后以之开关结营整钟起到至]|[，。、,；;）)]|$)")


_EN_AGE = re.compile(
    r"\b(?:(?:children|child|kids?|people|persons?|adults?|anyone|guests?|customers?|visitors?|"
    r"bathers?|swimmers?|riders?|staff|employees?|someone|those|young people|minors?)\s+"
    r"(?:under|over|below|above|aged|of)|aged|age)\s+(?P<age>\d{1,2})\b"
    r"(?!\s*(?:%|percent|minutes?|hours?|days?|weeks?|months?|kg|cm|m\b|km|people|times))",
    re.IGNORECASE,
)
"""An age written without a unit ("children under 8", "an adult aged 16 or over"): a figure a
trainee must know, as 8岁以下 is in Chinese."""


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


def _noun_like(text: str, language: Language) -> bool:
    word = text.strip()
    if not word or is_stop_word(word) or NUMBER_PATTERN.fullmatch(word):
        return False
    if language == "en" and not word[:1].isalpha():
        return False
    return word_class(word, language) in ("noun", "name")


_LOCALIZERS = frozenset("时内中后前上下里外间")
"""One-character place and time words (…时, …内) that jieba tags as nouns: never part of a term."""
_ZH_MODAL_CHARS = frozenset("须应需必")
"""A "noun" jieba made of a modal and a verb (须报, 须经) is a misreading, not a term."""
_ZH_PREDICATE_BEFORE = frozenset(
    ["同时", "并", "再", "须", "必须", "应", "应当", "需", "需要", "其"]
)
"""What puts the word after it in a verb's place: 同时报告值班经理, 须清点备用金, 建议其联系医师."""


def _noun_groups(
    text: str, lexicon: Lexicon, language: Language
) -> list[tuple[int, int, list[str]]]:
    """Runs of adjacent nouns as one term (前厅 + 服务员, 市场 + 监管部门, "guest" "email address"):
    a blank or a key on a part of a compound would cut it. A role ends its run (市场监管部门 |
    报告): what follows a role is what the role does."""
    groups: list[tuple[int, int, list[str]]] = []
    run: list[tuple[int, int, str]] = []

    def close() -> None:
        if run:
            groups.append((run[0][0], run[-1][1], [w for _, _, w in run]))
            run.clear()

    previous = ""
    before: Segment | None = None
    ended = False
    for seg in lexicon.segment(text):
        # jieba tags 报告 and 清点 as nouns even where they are the verb (同时报告值班经理).
        predicate = (
            language == "zh"
            and before is not None
            and before.end == seg.start
            and (
                before.text in _ZH_PREDICATE_BEFORE
                or before.tag in ("d", "c")
                or before.text in ZH_MANNER
                or before.text in _LOCALIZERS  # 15分钟内报告…: after a time limit, the action
            )
            and seg.tag == "n"
            and semantic_kind(seg.text, language) != "role"
        )
        before = seg
        verb_slot = language == "en" and (
            bool(_EN_VERB_CONTEXT.search(text[: seg.start]))
            or (bool(run) and _en_verb_after_subject(seg.text, text[seg.end :]))
        )
        # 2小时内向当地…: jieba reads 内向 ("introvert") where the text says 2小时内 / 向.
        misread = previous == "qty" and seg.text[:1] in _LOCALIZERS
        previous = seg.tag
        # jieba's tag in context wins: 上报 in "必须上报店长" is a verb, whatever it is alone.
        verb_here = language == "zh" and seg.tag.startswith("v") and seg.tag != "vn"
        if (
            not _noun_like(seg.text, language)
            or verb_slot
            or verb_here
            or misread
            or predicate
            or seg.text in _LOCALIZERS
            or seg.text in ZH_NOT_IN_TERMS
            or (language == "zh" and seg.tag == "n" and seg.text[:1] in _ZH_MODAL_CHARS)
            or seg.tag in ("s", "f")
        ):
            close()
            continue
        gap = text[run[-1][1] : seg.start] if run else ""
        is_role = semantic_kind(seg.text, language) == "role"
        # A role ends its run, unless a role follows it (客服 + 主管, 值班 + 经理).
        if run and (
            not (gap == "" or (language == "en" and gap == " ")) or (ended and not is_role)
        ):
            close()
        run.append((seg.start, seg.end, seg.text))
        ended = is_role
    close()
    return groups


_EN_OBJECT_START = re.compile(
    r"^\s+(?:the|a|an|its|their|your|his|her|all|every|each|any|no|[a-z]+ed)\b", re.IGNORECASE
)


def _en_verb_after_subject(word: str, after: str) -> bool:
    """ "the pool stays closed", "the attendant tests the water": a word in -s after a noun, that
    can be a verb and is followed by an object's determiner or a participle, is the predicate,
    not the second half of a compound ("safety checks are done")."""
    lowered = word.lower()
    if lowered in _EN_STATE_VERBS:
        return True
    if not lowered.endswith("s") or lowered.endswith("ss"):
        return False
    return "VERB" in en_word_classes(word) and bool(_EN_OBJECT_START.match(after))


_EN_STATE_VERBS = frozenset(
    [
        "stays",
        "remains",
        "opens",
        "closes",
        "starts",
        "ends",
        "leaves",
        "arrives",
        "returns",
        "goes",
        "comes",
        "takes",
        "gets",
        "keeps",
        "needs",
        "requires",
        "reopens",
    ]
)
"""Verbs in -s that follow their subject in rules ("the pool closes at 10 pm", "a lifeguard
stays on the poolside") and are never the second half of a compound there."""


_QUOTE_MARKS = frozenset('"“”「」『』《》')


def _anchors(text: str, document: Document, lexicon: Lexicon) -> list[Anchor]:
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
    ages = list(_EN_AGE.finditer(text)) if language == "en" else []
    for match in ages:
        if _in_range(text, *match.span("age")):
            continue  # "aged 12 to 17": half of a range
        if not any(f.match(match["age"]) and w.search(text) for f, w in _DEFINITIONAL):
            start, end = match.span("age")
            anchors.append(Anchor(match["age"], start, end, "figure", "number", "age"))
    taken = [r.span() for r in ranges] + [c.span() for c in clocks] + [m.span("age") for m in ages]
    for match in NUMBER_PATTERN.finditer(text):
        value = match.group().strip()
        if any(start <= match.start() < end for start, end in taken):
            continue  # part of a time of day or an age, read above
        if _not_a_figure(text, match.start(), value) or _in_range(text, match.start(), match.end()):
            continue
        if text[match.end() : match.end() + 1] in ("'", "’"):
            continue  # "30 days' notice": a blank before the apostrophe leaves it dangling
        if len(value) > 1 or not value.isdigit():
            start = match.start() + (len(match.group()) - len(match.group().lstrip()))
            anchors.append(
                Anchor(
                    value,
                    start,
                    start + len(value),
                    "figure",
                    "number",
                    semantic_kind(value, language),
                )
            )
    taken = [(a.start, a.end) for a in anchors]
    weights = {k.lower(): t.weight for k, t in document.terms.items()}
    terms: list[tuple[float, Anchor]] = []
    for start, end, parts in _noun_groups(text, lexicon, language):
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
        role = "role" if kind == "role" else "term"
        weight = sum(weights.get(p.lower(), 0.0) for p in parts) + (1.0 if role == "role" else 0.0)
        if role == "term" and weight <= 0:
            continue
        if (
            language == "en"
            and start == 0
            and cls == "noun"
            and (role == "term" or word.endswith("s"))
        ):
            # "Users must ...", "Agents must not ...": a sentence's generic subject (the readers
            # themselves) is no gap worth asking; "The supervisor enters ..." names who acts.
            continue
        terms.append((weight, Anchor(word, start, end, role, cls, kind)))
    terms.sort(key=lambda t: -t[0])
    anchors.extend(a for _, a in terms)
    return anchors


_ABOUT_SECTION = re.compile(
    r"课程说明|课程介绍|课程简介|关于本课程|前言|about this course|about the course|course overview",
    re.IGNORECASE,
)
_EXAMPLE_SECTION = re.compile(r"示例|案例|举例|例题|example|case stud", re.IGNORECASE)
_EXAMPLE_START = re.compile(r".*(例如|比如|举例|for example|e\.g\.)", re.IGNORECASE)
_BRACKETED = re.compile(r"[（(][^（()）]*[）)]")
"""An aside in brackets ("Paper forms (for example, special-order slips) must be …"): an example
there names what the rule covers; the rule is still the sentence's."""
_ABOUT_THE_DOCUMENT = {
    # The material speaking of itself: its scope (本规范适用于…, "Applies to every employee …")
    # and the sanction for breaking it. Every learner answers those without reading a rule.
    "zh": re.compile(
        r"^本(?:规范|制度|规定|办法|手册|条款|政策|守则|细则)适用于"
        r"|违反本(?:规范|制度|规定|办法|手册|条款|政策|守则|细则)"
    ),
    "en": re.compile(
        r"^(?:this (?:policy|document|procedure|standard|code|handbook|manual|guideline)s? )?"
        r"appl(?:y|ies) to\b"
        r"|\b(?:break|breaking|breach|breaching|violat\w*|non-compliance with)\b[^.;]{0,30}?"
        r"\b(?:this|these) (?:policy|policies|document|procedure|standard|code|rules|handbook)\b",
        re.IGNORECASE,
    ),
}
_MIN_CHARS = {"zh": 8, "en": 25}
_MAX_CHARS = {"zh": 110, "en": 260}
_MAX_JOINED = {"zh": 150, "en": 340}
"""A statement with the sentence it points back to in front: a stem a learner still reads at once."""


def extract_facts(document: Document) -> list[Fact]:
    """Every fact of the analysed material, in material order. A sentence that leans on the one
    before it ("If a reading is outside this range, …") is stated with that sentence in front, so
    that what it depends on is said; its anchors are still only its own."""
    language = document.language
    lexicon = Lexicon.of(document.text, language)
    facts: list[Fact] = []
    position: dict[str, int] = {}
    context: _Context | None = None
    asked = ""  # the section of the FAQ question just read, if the sentence before was one
    answering = ""  # the section whose FAQ answer is being read
    answer_begun = False  # its first sentence is read
    read_to = 0  # where the sentence before ended
    cells = table_statements(document)
    for sentence in document.sentences:
        # The statement before, in the same section: what a sentence that points back needs.
        before = context if context and context.section == sentence.section else None
        after_question, asked = asked == sentence.section, ""
        context = None
        place = position.get(sentence.section, 0)
        position[sentence.section] = place + 1
        raw = sentence.text
        if _is_question(raw, language):
            asked = answering = sentence.section
            answer_begun = False
        elif answering != sentence.section or (
            # An answer is its paragraph: a blank line after it begins the section's own text.
            answer_begun and _BLANK_LINE.search(document.text, read_to, sentence.start)
        ):
            answering = ""
        else:
            answer_begun = True
        read_to = sentence.start + len(raw)
        if sentence.index in cells:
            facts.extend(
                _cell_fact(document, lexicon, sentence.index, sentence.section, place, cell, raw)
                for cell in cells[sentence.index]
                if _has_figure(document, lexicon, cell)
            )
            continue
        if _not_a_statement(document, sentence.section, sentence.start, raw):
            continue
        ahead = without_pointer_ahead(_clean(raw), language)
        if ahead is None:
            continue  # it announces what follows ("须熟悉以下内容"): no rule, nor a context
        text = ahead
        if not (_MIN_CHARS[language] <= len(text) <= _MAX_CHARS[language]):
            continue
        if after_question and answers_the_question(text, language):
            continue  # 「已发运的，…」 under 「寄出后还能取消吗？」: its subject is the question's
        lead = ""
        if leans_on_previous(text, before.text if before else "", language):
            if before is None:
                continue  # "It takes about 3 hours" with nothing before it to say what "it" is
            lead = before.text + (" " if language == "en" else "")
        else:
            context = _Context(sentence.section, text, sentence.start, sentence.index)
        found = _modal(text, language, lexicon)
        anchors = _anchors(text, document, lexicon)
        kinds = _kinds(text, language, anchors, found[3] if found else None)
        if not kinds or not anchors or len(lead) + len(text) > _MAX_JOINED[language]:
            continue
        shift = len(lead)
        end = sentence.start + len(raw)
        facts.append(
            Fact(
                sentence=sentence.index,
                text=lead + text,
                quote=document.text[before.start : end] if lead and before else raw,
                section=sentence.section,
                position=place,
                kinds=tuple(kinds),
                anchors=tuple(
                    replace(a, start=a.start + shift, end=a.end + shift) for a in anchors
                ),
                modal=(found[0], found[1] + shift, found[2] + shift) if found else None,
                lead=before.sentence if lead and before else None,
                answer=answering == sentence.section,
            )
        )
    return facts


def _value_anchors(document: Document, lexicon: Lexicon, cell: CellStatement) -> list[Anchor]:
    value = cell.text[cell.value_start : cell.value_end]
    return [
        replace(a, start=a.start + cell.value_start, end=a.end + cell.value_start)
        for a in _anchors(value, document, lexicon)
    ]


def _has_figure(document: Document, lexicon: Lexicon, cell: CellStatement) -> bool:
    """A cell worth a question states a figure (a temperature, a threshold, a time): a cell of
    words ("Economy", 入会即享) asked alone is guessed from the other rows."""
    return any(a.role == "figure" for a in _value_anchors(document, lexicon, cell))


def _cell_fact(
    document: Document,
    lexicon: Lexicon,
    index: int,
    section: str,
    place: int,
    cell: CellStatement,
    raw: str,
) -> Fact:
    """A table cell as a fact: its row's label and its column's header say what the value is of;
    only the value is asked."""
    anchors = [a for a in _value_anchors(document, lexicon, cell) if a.role == "figure"]
    kinds = _kinds(cell.text, document.language, anchors, None)
    return Fact(
        sentence=index,
        text=cell.text,
        quote=raw,
        section=section,
        position=place,
        kinds=tuple(kinds),
        anchors=tuple(anchors),
        modal=None,
    )


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


@dataclass(frozen=True)
class _Context:
    """A statement that a following sentence may point back to."""

    section: str
    text: str
    start: int
    sentence: int


def _not_a_statement(document: Document, section: str, start: int, raw: str) -> bool:
    """A sentence that is no rule to learn: a worked example, what the course itself takes, a
    question, a lead-in, a table row, a list item or clause whose subject is elsewhere, or the
    material speaking of itself (who the policy covers, that breaking it is punished)."""
    language = document.language
    return bool(
        _EXAMPLE_SECTION.search(section)
        or _EXAMPLE_START.match(_BRACKETED.sub("", raw))
        or _ABOUT_SECTION.search(section)
        or _is_question(raw, language)
        or raw.rstrip().endswith((":", "："))
        or raw.lstrip().startswith("|")
        or _leans_on_lead_in(document.text, start, raw, language)
        or _continues_clause(document.text, start, raw, language)
        or _ABOUT_THE_DOCUMENT[language].search(raw)
    )


_LIST_MARKER = re.compile(r"^\s*(?:[-*•·]|\d+[.)、]|[（(]?\d+[）)])\s*")
_LABEL_VALUE = re.compile(r"^[^，。,.:：]{1,16}[:：]\s*\S")


def _leans_on_lead_in(material: str, start: int, raw: str, language: Language) -> bool:
    """An item of a list whose lead-in holds what it is about: a "label: value" item ("押金标准
    如下：" then "- 套房：每间每晚800元"), a step that opens with its verb ("If there is an
    incident:" then "2. Tell your shift supervisor …") or a phrase that continues the lead-in
    ("must be worn:" then "- Cut-resistant gloves when …"). Alone it does not say what it is of."""
    line_start = material.rfind("\n", 0, start) + 1
    line = material[line_start : material.find("\n", start) if "\n" in material[start:] else None]
    marker = _LIST_MARKER.match(line)
    if not marker or line_start + marker.end() < start - 1:
        return False  # not a list item, or a later sentence of the item
    labelled = _LABEL_VALUE.match(raw) is not None
    if not labelled and not _opens_without_subject(raw, language):
        return False
    for previous in reversed(material[:line_start].splitlines()):
        if not previous.strip() or _LIST_MARKER.match(previous) or previous[:1].isspace():
            continue  # another item, or the wrapped rest of one ("  disciplined for doing so;")
        return previous.rstrip().endswith((":", "："))
    return False


def _continues_clause(material: str, start: int, raw: str, language: Language) -> bool:
    """A clause cut at a semicolon that opens with its verb: "违反本规范的，扣减绩效；造成用药
    事故的，移交质量管理部处理" — who caused the accident is the clause before's subject."""
    before = material[:start].rstrip()
    if not before.endswith(("；", ";")) or language != "zh":
        return False
    token = next((t for t in tokenize(raw, "zh") if t.pos not in ("x", "w")), None)
    return token is not None and token.pos.startswith("v") and token.pos != "vn"


_ZH_COPULAS = frozenset(["是", "为", "有", "属于"])


def _opens_without_subject(text: str, language: Language) -> bool:
    """The item opens with a verb (an instruction: its condition is the lead-in's) or is a
    phrase with no finite verb of its own ("Cut-resistant gloves when handling strapping",
    「65岁以上老年人及同时服用5种以上药品的顾客」: who the lead-in speaks of, not a rule)."""
    if language == "zh":
        tokens = [t for t in tokenize(text, "zh") if t.pos not in ("x", "w")]
        if not tokens:
            return False
        if tokens[0].pos.startswith(("v", "d")) and tokens[0].pos != "vn":
            return True
        # What a "…的" modifier holds is not the item's predicate: look after the last 的.
        last_de = max((i for i, t in enumerate(tokens) if t.word == "的"), default=-1)
        head = tokens[last_de + 1 :]
        return not any(
            (t.pos.startswith("v") and t.pos != "vn") or t.word in _ZH_COPULAS for t in head
        )
    words = re.findall(r"[A-Za-z][A-Za-z'\-]*", text)
    if not words:
        return False
    first = en_word_classes(words[0])
    if first and first <= {"VERB", "AUX"}:
        return True
    # "Make the area safe": a verb before its object's determiner is an instruction.
    if "VERB" in first and len(words) > 1 and words[1].lower() in _EN_DETERMINERS:
        return True
    return not any(_finite(word) for word in words[1:])


def _finite(word: str) -> bool:
    """An English word that can only be a verb here (enters, must): not a noun, not an -ing."""
    if word.lower() in _EN_FINITE:
        return True
    classes = en_word_classes(word)
    return "VERB" in classes and "NOUN" not in classes and not word.lower().endswith("ing")


_EN_DETERMINERS = frozenset(["the", "a", "an", "your", "their", "all", "every", "any", "sure"])
_EN_FINITE = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "must",
        "may",
        "might",
        "can",
        "cannot",
        "could",
        "should",
        "shall",
        "will",
        "would",
        "need",
        "needs",
        "do",
        "does",
        "did",
    ]
)


_CACHE: dict[str, tuple[Fact, ...]] = {}
_CACHE_SIZE = 16


def clear_facts() -> None:
    """Forget the cached facts (see graphs/text/caches.py)."""
    _CACHE.clear()


def facts_for(document: Document) -> tuple[Fact, ...]:
    """The facts of an analysed material (cached by its text: every branch asks for them)."""
    key = document.text
    if key not in _CACHE:
        if len(_CACHE) >= _CACHE_SIZE:
            _CACHE.pop(next(iter(_CACHE)))
        _CACHE[key] = tuple(extract_facts(document))
    return _CACHE[key]
