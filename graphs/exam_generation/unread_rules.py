"""The rules a material states that this generator reads as no fact, so no question can ask them.

The exam's shortfall note counts the rules left untested. Counted over the facts alone
(graphs/text/facts.py), an FAQ whose answers are verbless ("In the app, at least 2 hours ahead."),
start with an order ("Report it the same day.") or state a right without a modal ("Resident members
have 24/7 key-card access.") read as "12 rules, 1 of them untested" while ten were untested
(session 11 designer, m4). A sentence is such a rule when the material states it (no heading, FAQ
question, lead-in, worked example or line about the document itself) and no fact is made of it.
A title or a heading is no rule: a line of its own with no closing punctuation, standing over
the lines after it (「…操作规程（站内员工适用）」, "PawsUp Grooming – Service Terms", "Booking and
arrival"), was counted as "a rule this generator cannot yet make a question of" (session 12
designer, m1-m4). Nor is a scope line or advice on using the document (scope_lines.py).
"""

from __future__ import annotations

import re

from graphs.exam_generation.importance import is_admin_line
from graphs.exam_generation.scope_lines import is_no_rule
from graphs.text.document import Document
from graphs.text.facts import Fact, facts_for
from graphs.text.sentence_form import clean_statement, is_question, not_a_statement

_MIN_CHARS = {"zh": 6, "en": 12}
"""Shorter than this, a statement is a fragment ("Yes.", 「可以。」), not a rule."""


def unread_rules(document: Document) -> list[str]:
    """The statements of the material no fact is made of, in the material's order."""
    facts = facts_for(document)
    read = {f.sentence for f in facts} | {f.lead for f in facts if f.lead is not None}
    read |= {i for f in facts for i in f.sentences}
    rules: list[str] = []
    stated = stated_rules(document) + _continued_rules(document) + _priced_sanctions(document)
    for index, text in sorted(stated):
        if index in read or text in rules or _figures_stated_beside(index, text, facts):
            continue
        if is_no_rule(text, document.language):
            continue  # whom the material is for, or advice on using it (scope_lines.py)
        if bare_case(text, document.language) or states_purpose(text, document.language):
            continue
        rules.append(text)
    return rules


_EN_CASE = re.compile(
    r"^(?:if|when|whenever|unless|once|as long as|provided(?: that)?|only if|even if)\b", re.I
)
_ZH_CASE = re.compile(r"^(?:如果|假如|若|如|凡|当|只要|一旦)")
_BREAK = re.compile(r"[,，;；:：]")


def bare_case(text: str, language: str) -> bool:
    """A condition with no rule after it: "If they bring the ticket." (an FAQ answer's "Yes, if
    they bring the ticket." without its question) or 「如果顾客带了取件单。」 says when, not what.
    The note quoted it as a rule this generator cannot make a question of (session 20 end
    designer D13, m4)."""
    pattern = _EN_CASE if language == "en" else _ZH_CASE
    return bool(pattern.match(text.strip())) and not _BREAK.search(text)


_ZH_PURPOSE = re.compile(r"^为[^。；;]{2,60}?[，,]\s*(?:特)?制定本[\u4e00-\u9fff]{1,4}[。.]?$")
_EN_PURPOSE = re.compile(
    r"^(?:(?:this|these)\s+(?:[a-z-]+\s+){0,3}?(?:policy|procedure|rules|terms|guide|guidelines"
    r"|document|standard|code)\s+(?:sets?|lays?)\s+out\b|the\s+purpose\s+of\s+(?:this|these)\b)",
    re.I,
)


def states_purpose(text: str, language: str) -> bool:
    """The document's own purpose (「为规范停车场秩序，保障车辆和人员安全，制定本办法。」, "This
    policy sets out how …"): why the rules exist, no rule a trainee keeps. The note listed it
    among the rules this generator cannot yet make a question of (session 21, the lead's m3)."""
    pattern = _EN_PURPOSE if language == "en" else _ZH_PURPOSE
    return bool(pattern.search(text.strip()))


_MODAL = re.compile(r"须|不得|严禁|禁止|不准|应当|应该")
"""A clause after a semicolon states a rule of its own when it holds one of these."""


def _continued_rules(document: Document) -> list[tuple[int, str]]:
    """The clauses cut at a semicolon that state a duty, a ban or a figure of their own, whose subject is
    the clause before's (「…须由副装在地面监护；严禁一人单独进行高空作业」): no statement alone,
    so `stated_rules` leaves them out, but a rule to learn. No fact read them, and the note said
    all the rules it reads were tested while 「严禁一人独自进行高空作业」 and 「迟到超过15分钟须由调度员
    向客户致歉并登记」 never were (session 16 end designer D9, section 3)."""
    if document.language != "zh":
        return []
    stated = {i for i, _ in stated_rules(document)}
    found: list[tuple[int, str]] = []
    for sentence in document.sentences:
        before = document.text[: sentence.start].rstrip()
        if sentence.index in stated or not before.endswith(("；", ";")):
            continue
        text = clean_statement(sentence.text).strip()
        if len(text) < _MIN_CHARS["zh"] or is_question(text, "zh"):
            continue
        said = document.sentences[sentence.index - 1].text if sentence.index else ""
        if _MODAL.search(text) or _own_figure(text, said):
            found.append((sentence.index, text))
    return found


def _own_figure(text: str, before: str) -> bool:
    """The clause sets a figure the clause before does not (「升温至1280℃，保温20分钟；还原气氛从
    1050℃开始，由值班组长决定投柴节奏」): a fact to learn with no must in it, which the note left out
    of the untested rules while no item asked it (session 23 designer D16, m1)."""
    figures = set(_FIGURE.findall(text))
    return bool(figures - set(_FIGURE.findall(before)))


_FIGURE = re.compile(r"\d+(?:\.\d+)?")
_SANCTION = re.compile(
    r"违反本[\u4e00-\u9fff]{1,4}的|\b(?:breach|break)\w*\s+(?:of\s+)?(?:this|these)\b", re.I
)


def _priced_sanctions(document: Document) -> list[tuple[int, str]]:
    """The sanction for breaking the material when it names its figure (「违反本办法的，由仓库经理
    视情节给予警告或罚款100元至500元」): no fact is made of it (that breaking a rule is punished every
    learner knows), but who fines and how much is the material's own, and the note said every rule
    was tested while no item asked it (session 23 designer D16, m3)."""
    found: list[tuple[int, str]] = []
    for sentence in document.sentences:
        text = clean_statement(sentence.text).strip()
        if _SANCTION.search(text) and _FIGURE.search(_ARTICLE_LABEL.sub("", text)):
            found.append((sentence.index, _ARTICLE_LABEL.sub("", text)))
    return found


def _figures_stated_beside(index: int, text: str, facts: tuple[Fact, ...]) -> bool:
    """Whether every figure of the sentence is a fact's of the sentence before or after it: "The
    limit is 280 feet per second; a marker above 280 fps stays off the field …" is asked by any
    item on its neighbour, and was listed as a rule "this generator cannot yet make a question of"
    beside an item that asked 280 fps (session 15 end trainer T8)."""
    figures = set(_FIGURE.findall(text))
    beside = " ".join(f.text for f in facts if f.sentence in (index - 1, index + 1))
    return bool(figures) and figures <= set(_FIGURE.findall(beside))


def stated_rules(document: Document) -> list[tuple[int, str]]:
    """Every statement of the material that is a rule, read as a fact or not (no heading, FAQ
    question, lead-in, fragment or line about the document itself): its sentence index and its
    text without markup, in the material's order."""
    language = document.language
    rules: list[tuple[int, str]] = []
    for sentence in document.sentences:
        raw = sentence.text
        if is_question(raw, language):
            continue
        if not_a_statement(document, sentence.section, sentence.start, raw):
            continue
        text = clean_statement(raw).strip()
        if len(text) < _MIN_CHARS[language] or is_admin_line(text) or text.startswith("#"):
            continue
        if is_heading_line(document.text, sentence.start, raw) or is_article_title(
            document.text, sentence.start, raw
        ):
            continue
        rules.append((sentence.index, text))
    return rules


_CLOSED = ("。", ".", "!", "！", "?", "？", "；", ";", "：", ":", "…")
_LIST_ITEM = re.compile(r"^\s*(?:[-*•+]|\d+[.、)）]|[（(]\d+[)）])\s*")
_MARKUP = re.compile(r"^\s*#{1,6}\s*|[*_`]")


def is_heading_line(text: str, start: int, raw: str) -> bool:
    """Whether the sentence is a title or heading: the whole of its line, no list item, closed by
    no punctuation, with more of the material after it (a title or a heading stands over lines;
    a last line without a full stop is a rule whose writer left the stop off)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    if _MARKUP.sub("", line).strip() != _MARKUP.sub("", raw).strip():
        return False
    if _LIST_ITEM.match(line) or line.rstrip().rstrip("*_").endswith(_CLOSED):
        return False
    return bool(text[line_end:].strip())


_ARTICLE_LABEL = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?:第[一二三四五六七八九十百零〇\d]+[条章节款]|(?:Article|Section|Clause)\s+\d+"
    r"|\d+(?:\.\d+)*[.、])\s*[:：.]?\s*",
    re.IGNORECASE,
)
_TITLE_CHARS = {"zh": 12, "en": 40}
_TITLE_RULE = re.compile(
    r"\d|须|必须|不得|应|禁止|可以|must|may|should|not\b|only\b", re.IGNORECASE
)


def is_article_title(text: str, start: int, raw: str) -> bool:
    """Whether the sentence is an article's title: after its label on the line (第二条 储值与退款。
    Article 4 Cancellation.), short, with no figure or modal, and the article's text after it on
    the same line. Such titles were listed as rules the generator "cannot yet make a question of"
    (session 15 D7, m2: 「储值与退款」；「取消与迟到」)."""
    line_start = text.rfind("\n", 0, start) + 1
    label = _ARTICLE_LABEL.match(text[line_start:start] + raw)
    if label is None or label.end() < start - line_start:
        return False
    title = _MARKUP.sub("", raw[label.end() - (start - line_start) :]).strip().rstrip("。.：:")
    chinese = re.search(r"[\u4e00-\u9fff]", title) is not None
    if not title or len(title) > _TITLE_CHARS["zh" if chinese else "en"]:
        return False
    if _TITLE_RULE.search(title):
        return False
    line_end = text.find("\n", start)
    rest = text[start + len(raw) : len(text) if line_end < 0 else line_end]
    return bool(rest.strip())
