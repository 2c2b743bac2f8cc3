"""What a sentence of the material is as written, before it is read as a fact: an FAQ question,
markup and FAQ prefixes to strip, or a sentence that is no rule to learn (a worked example, the
course's own introduction, a lead-in, a table row, the material speaking of itself, its title).
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.text.document import Document
from graphs.text.lists import case_of_clause_before, continues_clause
from graphs.text.title_lines import is_title_line

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


_Q_LABEL = re.compile(r"^\s*(?:Q|Question|问|问题)\s*[:：]", re.IGNORECASE)
"""An FAQ question's label: what follows it (a situation, a question) is no rule, even when it
reads as a statement ("Q: A guest asks to swim at 10:15 pm.")."""


def question_asked(text: str) -> str:
    """An FAQ question as asked, without markup or its label ("Q: What if a tenant loses the
    key?" -> "What if a tenant loses the key?"): the answer is read with what it asks, and a
    label left in front hid the case from every reading of it."""
    return _Q_LABEL.sub("", clean_statement(text), count=1).strip()


def is_question(text: str, language: Language) -> bool:
    """An FAQ question (a Q: label, a question mark, 吗, a question word first), not a rule."""
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
_STEP_NUMBER = re.compile(
    r"^(?:步骤\s*[\d一二三四五六七八九十]+|第\s*[\d一二三四五六七八九十]+\s*步|Step\s+\d+)\s*[：:.]\s*"
    r"(?=\S)",
    re.IGNORECASE,
)
"""A procedure's step number in front of its text (「步骤7：」, "Step 4:"): the list's numbering,
as 「7.」 is. Kept, it was printed inside stems (「步骤7：…」, "Step 4: The shorn sheep is pushed
… within (    )", session 24 lead's read) and keyed in points."""


_MARKUP_LINES = re.compile(r"\*\*|__|`|^#+\s*", re.MULTILINE)


def as_read(quote: str) -> str:
    """A quote of the material as the learner read it rendered: bold, underscores, backticks and
    heading marks removed, hard line breaks joined ("**10 litres**" is "10 litres")."""
    return _MARKUP_LINES.sub("", re.sub(r"[ \t]*\n\s*", _unwrap, quote)).strip()


def clean_statement(text: str) -> str:
    """The sentence as a statement: hard line breaks joined, markup, article numbers and FAQ
    prefixes (A:, 答：, "Yes,") removed, a closing semicolon made a full stop."""
    cleaned = _MARKUP.sub("", re.sub(r"[ \t]*\n\s*", _unwrap, text)).strip()
    cleaned = _STEP_NUMBER.sub("", _ARTICLE_NUMBER.sub("", cleaned))
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
        r"^本(?:规范|规程|制度|规定|办法|手册|条款|政策|守则|细则|流程|标准|指引)(?:仅|只)?适用于"
        # A field that lists whom or what it covers (适用岗位：…, 适用对象：…, 适用范围：…): a list of
        # roles read off the header, no duty; a blank in it tests the header, not the trade. A
        # scope set by a figure (适用范围：库温在-18℃及以下的冷库) says when the rules hold: kept.
        r"|^适用(?:岗位|对象|范围|人员|人群|部门|门店|场所|区域|车型|机型)[：:](?!.*\d)"
        r"|违反本(?:规范|制度|规定|办法|手册|条款|政策|守则|细则)"
        # Its parties and how it is accepted (本协议由…与…签订; 点击“同意”即视为…接受本协议):
        # a preamble, no duty of the trainee's.
        r"|^本(?:协议|合同|条款|规范|制度|规定|办法|手册|政策|守则|细则)由.{0,60}?(?:签订|订立|制定|发布)"
        r"|即视为.{0,10}?(?:同意|接受|阅读).{0,10}?本(?:协议|合同|条款|政策)"
    ),
    "en": re.compile(
        r"^(?:this (?:policy|document|procedure|standard|code|handbook|manual|guideline)s? )?"
        r"appl(?:y|ies) to\b"
        # A scope field ("Scope: …", "Who this applies to: …", "Audience: …"): whom it covers.
        r"|^(?:scope|audience|who this (?:policy |document |procedure )?applies to)\s*:(?!.*\d)"
        # "If a question is not covered here, …": "here" is the material itself.
        r"|\b(?:covered|listed|described|explained|answered|set out)\s+here\b"
        # Its parties and how it is accepted: a preamble, no duty of the trainee's.
        r"|^(?:this|these) (?:agreement|contract|terms)\b[^.;]{0,20}?\b(?:is|are) (?:made|entered"
        r" into|concluded|issued)\b[^.;]{0,20}?\b(?:between|by)\b"
        r"|\bdeemed to (?:have )?(?:accept|agree|read)\w*\b[^.;]{0,20}?\b(?:this|these) (?:agreement"
        r"|contract|terms)\b"
        r"|\b(?:break|breaking|breach|breaching|violat\w*|non-compliance with)\b[^.;]{0,30}?"
        r"\b(?:this|these) (?:policy|policies|document|procedure|standard|code|rules|handbook)\b",
        re.IGNORECASE,
    ),
}


def not_a_statement(document: Document, section: str, start: int, raw: str) -> bool:
    """A sentence that is no rule to learn: a worked example, what the course itself takes, a
    question, a lead-in, a table row, a list item or clause whose subject is elsewhere, or the
    material speaking of itself (who the policy covers, that breaking it is punished). A clause
    that states the other case of the clause before's rule is a rule stated with it
    (graphs/text/facts.py)."""
    language = document.language
    return bool(
        _EXAMPLE_SECTION.search(section)
        or _EXAMPLE_START.match(_BRACKETED.sub("", raw))
        or _ABOUT_SECTION.search(section)
        or is_question(raw, language)
        or raw.rstrip().endswith((":", "："))
        or raw.lstrip().startswith("|")
        or (
            continues_clause(document.text, start, raw, language)
            and not case_of_clause_before(document.text, start, raw, language)
        )
        or speaks_of_itself(raw, language)
        or _title(document.text, start, raw)
    )


def _title(text: str, start: int, raw: str) -> bool:
    """The sentence is a whole line of its own that names the material or a part of it
    (graphs/text/title_lines.py): no rule, and never the sentence a rule after it leans on."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start + len(raw))
    rest = text[start + len(raw) : line_end if line_end >= 0 else len(text)]
    if text[line_start:start].strip() or rest.strip():
        return False  # a sentence among others on its line, or after a list marker
    if not is_title_line(raw, first=True):
        return False  # no title even opening the material: a rule without its full stop
    return is_title_line(raw, first=False) or not text[:line_start].strip()


def speaks_of_itself(raw: str, language: Language) -> bool:
    """The material speaking of itself (who it covers, its parties, how it is accepted, that
    breaking it is punished): every learner answers that without reading a rule."""
    return bool(_ABOUT_THE_DOCUMENT[language].search(re.sub(r"[*_`]", "", raw).strip()))
