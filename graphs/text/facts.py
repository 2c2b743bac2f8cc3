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
from graphs.text.anchors import Anchor, anchors_of
from graphs.text.document import Document
from graphs.text.duties import states_duty
from graphs.text.lexicon import Lexicon
from graphs.text.lists import continues_clause, lead_in_of, with_lead_in
from graphs.text.references import (
    answer_with_subject,
    answers_the_question,
    inline_list_item,
    leans_across_semicolon,
    leans_on_previous,
    phrase_answer,
    without_pointer_ahead,
)
from graphs.text.tables import CellStatement, table_statements

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
    if _CONDITION_STATEMENT.match(stripped):
        return False  # "When booking, staff confirm …": a condition, then its rule
    return bool(_QUESTION_START.match(stripped))


_CONDITION_STATEMENT = re.compile(r"^\s*(?:when|where|while)\b[^?]*,[^?]*\.$", re.IGNORECASE)
"""A sentence opening with when/where that has a clause after a comma and ends with a full stop
states a rule under a condition; an FAQ question ends with its mark or with nothing."""


def _unwrap(match: re.Match[str]) -> str:
    """A hard line break inside a sentence: a space between words, nothing between Chinese."""
    text = match.string
    before, after = text[match.start() - 1 : match.start()], text[match.end() : match.end() + 1]
    return "" if not (before.isascii() and after.isascii()) else " "


_ARTICLE_NUMBER = re.compile(
    r"^(?:第[一二三四五六七八九十百零〇\d]+条|(?:Article|Clause|Section)\s+\d+(?:\.\d+)*[.:]?)\s*",
    re.IGNORECASE,
)
"""A regulation's article number in front of its text (第十七条 …, "Clause 4.2"): a label."""


def _clean(text: str) -> str:
    cleaned = _MARKUP.sub("", re.sub(r"[ \t]*\n\s*", _unwrap, text)).strip()
    cleaned = _ARTICLE_NUMBER.sub("", cleaned)
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
    text: str,
    language: Language,
    anchors: list[Anchor],
    modal_kind: str | None,
    lexicon: Lexicon | None = None,
) -> list[str]:
    kinds = []
    if any(a.role == "figure" for a in anchors):
        kinds.append("figure")
    if modal_kind:
        kinds.append(modal_kind)
    zh = language == "zh"
    if (
        any(a.role == "role" for a in anchors)
        and (modal_kind or (_ZH_RESPONSIBILITY if zh else _EN_RESPONSIBILITY).search(text))
    ) or (lexicon is not None and states_duty(text, language, lexicon)):
        kinds.append("responsibility")  # "Staff log the report …": a duty without a modal
    if (_ZH_CONDITION if zh else _EN_CONDITION).search(text):
        kinds.append("condition")
    if (_ZH_DEFINITION if zh else _EN_DEFINITION).search(text):
        kinds.append("definition")
    return kinds


_ABOUT_SECTION = re.compile(
    r"课程说明|课程介绍|课程简介|关于本课程|前言|about this course|about the course|course overview",
    re.IGNORECASE,
)
_EXAMPLE_SECTION = re.compile(r"示例|案例|举例|例题|example|case stud", re.IGNORECASE)
_EXAMPLE_START = re.compile(r".*(例如|比如|举例|for example|e\.g\.)", re.IGNORECASE)
_BRACKETED = re.compile(
    r"[（(][^（()）]*[）)]"
    r"|[,，]\s*(?:for example|for instance|e\.g\.|例如|比如)[^,，。.;；:：]*[,，]",
    re.IGNORECASE,
)
"""An aside in brackets or commas ("Paper forms (for example, special-order slips) must be …",
"If the clinic must cancel, for example because a dentist is ill, the front desk calls …"): an
example there names what the rule covers; the rule is still the sentence's."""
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
        # "If a question is not covered here, …": "here" is the material itself.
        r"|\b(?:covered|listed|described|explained|answered|set out)\s+here\b"
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
    question = ""  # the FAQ question last read
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
            question = _clean(raw)
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
        listed = lead_in_of(document.text, sentence.start, raw, language)
        stated = with_lead_in(_clean(listed[1]), _clean(raw), language) if listed else None
        if listed is not None and stated is None:
            continue  # an item under "须注意以下几点：": the lead-in announces, it says nothing
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
        if answering == sentence.section and language == "en" and phrase_answer(text):
            continue  # "A credit card in the main driver's name.": the question's answer, no rule
        if after_question and (named := answer_with_subject(question, text, language)):
            text = named  # "They must call …": the question says who they are
        after_semicolon = document.text[: sentence.start].rstrip().endswith((";", "；"))
        if inline_list_item(document.text[: sentence.start]):
            continue  # 「以下情况不予退换：…；已激活的智能电视…」: an item, its rule is the lead-in's
        lead, lead_index, quote = "", None, raw
        if stated is not None and listed is not None:
            # "You must not:" + "accept gifts …" -> "You must not accept gifts …": the rule is
            # the lead-in's modal with the item's action.
            lead, text = stated[0][: stated[1]], stated[0][stated[1] :]
            lead_index = _sentence_at(document, listed[0])
        elif leans_on_previous(text, before.text if before else "", language, document.text) or (
            after_semicolon and leans_across_semicolon(text, language)
        ):
            if before is None:
                continue  # "It takes about 3 hours" with nothing before it to say what "it" is
            if language == "en" and phrase_answer(text):
                continue  # "…; entry only before 16:00": a verbless note, no statement even joined
            lead = before.text + (" " if language == "en" else "")
            lead_index = before.sentence
            quote = document.text[before.start : sentence.start + len(raw)]
        else:
            context = _Context(sentence.section, text, sentence.start, sentence.index)
        shift = len(lead)
        if listed is not None:
            found = _modal(lead + text, language, lexicon)  # the lead-in's modal is the rule's
            modal = (found[0], found[1], found[2]) if found else None
        else:
            found = _modal(text, language, lexicon)
            modal = (found[0], found[1] + shift, found[2] + shift) if found else None
        anchors = anchors_of(text, document, lexicon)
        kinds = _kinds(lead + text, language, anchors, found[3] if found else None, lexicon)
        if not kinds or not anchors or len(lead) + len(text) > _MAX_JOINED[language]:
            continue
        facts.append(
            Fact(
                sentence=sentence.index,
                text=lead + text,
                quote=quote,
                section=sentence.section,
                position=place,
                kinds=tuple(kinds),
                anchors=tuple(
                    replace(a, start=a.start + shift, end=a.end + shift) for a in anchors
                ),
                modal=modal,
                lead=lead_index,
                answer=answering == sentence.section,
            )
        )
    return facts


def _sentence_at(document: Document, offset: int) -> int | None:
    """The index of the sentence that holds `offset` of the material, if any."""
    for sentence in document.sentences:
        if sentence.start <= offset < sentence.start + max(1, len(sentence.text)):
            return sentence.index
    return None


def _value_anchors(document: Document, lexicon: Lexicon, cell: CellStatement) -> list[Anchor]:
    value = cell.text[cell.value_start : cell.value_end]
    return [
        replace(a, start=a.start + cell.value_start, end=a.end + cell.value_start)
        for a in anchors_of(value, document, lexicon)
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
        or continues_clause(document.text, start, raw, language)
        or _ABOUT_THE_DOCUMENT[language].search(raw)
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
