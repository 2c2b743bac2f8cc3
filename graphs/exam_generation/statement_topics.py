"""What a multiple choice over statements says it is about, in a trainer's words.

A heading of the material names a topic ("关于“交通标准”"). A material without headings (one
numbered list under its title) or an FAQ has none: the point a question got there is the
document's title or a bare term the planner picked ("statements about 'costs'", 「关于“禁止”」),
which names a fragment, not what the statements share. The stem then asks about the document as
a whole, by its kind when its title says it (「下列关于本规程的说法，哪些正确？」, "Which of these
statements agree with the Riverside Gym FAQ?"), else by its title, else about the course material;
the course material is named once ("Which statements about the course material agree with the
course material", session 13 review).
"""

from __future__ import annotations

import re

from graphs.exam_generation.material import Material
from graphs.exam_generation.unread_rules import is_heading_line
from graphs.exam_generation.wording import section_point
from graphs.exams import Language

_ZH_KINDS = (
    "规程",
    "制度",
    "规定",
    "办法",
    "守则",
    "须知",
    "条款",
    "细则",
    "流程",
    "规范",
    "指南",
    "手册",
    "政策",
)
"""Chinese document kinds, read from the end of the title (「加油站卸油作业规程」 -> 本规程)."""
_EN_KINDS = (
    ("procedure", "this procedure"),
    ("policy", "this policy"),
    ("terms", "these terms"),
    ("faq", "this FAQ"),
    ("rules", "these rules"),
    ("guide", "this guide"),
    ("handbook", "this handbook"),
    ("manual", "this manual"),
)
_TITLE = re.compile(r"^\s{0,3}#\s+(.+?)\s*#*\s*$", re.MULTILINE)

WHOLE_STEM: dict[Language, str] = {
    "zh": "下列关于{subject}的说法，哪些正确？（多选）",
    "en": "Which of these statements agree with {subject} (choose all that apply)?",
}
_PLAIN: dict[Language, str] = {"zh": "本课程材料", "en": "the course material"}


def names_a_topic(material: Material, point: str) -> bool:
    """True when the point is a heading of the material below its title: a topic a trainer
    would name. A document with no such heading, or a point that is none of them, names none.
    An FAQ question names its own entry, not the statements of several entries beside it
    (session 13 designer D5, m4: 'statements about "<one question>"' keyed another
    entry's answer)."""
    document = material.document
    title = _TITLE.search(document.text)
    headings = {
        section_point(document, section)
        for section in document.sections
        if section
        and (title is None or section != title.group(1))
        and not section.rstrip("*").endswith(("?", "？"))
    }
    headings.discard("")
    return point in headings


def document_subject(material: Material, language: Language) -> str:
    """The document as a trainer names it: 本规程 / this policy, by the kind its title ends in;
    its title quoted when the title names no kind; the course material when it has no title."""
    title = _title(material.document.text)
    if language == "zh":
        # 「冷库收货作业规程（仓储部员工适用）」: the kind stands before whom it is for.
        bare = re.sub(r"[（(][^（）()]*[）)]$", "", title)
        for kind in _ZH_KINDS:
            if bare.endswith(kind):
                return f"本{kind}"
        return f"“{title}”" if title else _PLAIN[language]
    words = re.findall(r"[a-z]+", title.lower())
    for word, subject in _EN_KINDS:
        if word in words or (word == "faq" and "faqs" in words):
            return _named(title, word) or subject
    return f'"{title}"' if title else _PLAIN[language]


_MAX_TITLE = 40


def document_point(material: Material) -> str:
    """The knowledge point of an item on the document as a whole: its title ("" if none)."""
    return _title(material.document.text)


def _title(text: str) -> str:
    """The material's title: its "# " line, else a first line that stands over the rest with no
    closing punctuation ("Riverside Gym FAQ", 「冷库收货作业规程（仓储部员工适用）」); "" if none."""
    found = _TITLE.search(text)
    if found:
        return found.group(1).strip()
    start = len(text) - len(text.lstrip())
    line = text[start:].split("\n", 1)[0].strip()
    if not line or len(line) > _MAX_TITLE or not is_heading_line(text, start, line):
        return ""
    return line


_NAME_BREAK = re.compile(r"\s*[:|–—]\s*|\s+-\s+")


def _named(title: str, kind: str) -> str | None:
    """ "the Riverside Gym FAQ" for "Riverside Gym: Reception FAQ" or "Riverside Gym FAQ": the name
    before the title's break or its kind, with the kind; None when the title names nothing."""
    parts = _NAME_BREAK.split(title, maxsplit=1)
    if len(parts) < 2 and re.search(rf"\b{kind}s?$", title, re.IGNORECASE):
        # "Riverside Gym FAQ": the name stands before the kind, with no break between them.
        name = re.sub(rf"\s*\b{kind}s?$", "", title, flags=re.IGNORECASE).strip()
        return f"the {name} {'FAQ' if kind == 'faq' else kind}" if name else None
    if len(parts) < 2 or not parts[0] or kind in parts[0].lower():
        return None
    return f"the {parts[0]} {'FAQ' if kind == 'faq' else kind}"


def whole_document_stem(material: Material, language: Language) -> str:
    """The multiple-choice stem that asks about the document as a whole."""
    return WHOLE_STEM[language].format(subject=document_subject(material, language))
