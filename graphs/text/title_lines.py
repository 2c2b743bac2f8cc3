"""Title lines: a line of the material that names it or a part of it and states nothing.

A headingless material often opens on its title with no heading mark (「冷链仓库电动叉车作业规程」,
"Harbour Kayak Rental Terms") and may head its parts with short bare lines ("**Deposits**",
「充电管理」). Such a line is no rule to learn and never "the sentence before" a rule that leans
on what came before: joined to it, the stem printed the title (「…作业规程叉车电池电量低于20%时…」,
session 13). `is_title_line` tells one; graphs/text/sentence_form.py reads it as no statement,
and graphs/text/sentences.py does not run the line after it on as a hard-wrapped paragraph.
"""

from __future__ import annotations

import re

_MARKUP = re.compile(r"\*\*|__|`|^#+\s*")
_BOLD_LINE = re.compile(r"(\*\*|__)[^*_]+\1")
"""A line all in bold: a heading without its mark."""
_STATEMENT_MARK = re.compile(r"[。！？；，、,;!?]|[.:：]\s*$|\.\s")
"""Punctuation a title does not hold: a sentence or clause end, a list of items."""
_ZH_RULE_WORD = re.compile(
    r"须(?!知)|必须|不得|不能|不准|不可|禁止|严禁|应(?!急|用)|可以|方可|允许|需要|负责|为\d|是"
)
_EN_RULE_WORD = re.compile(
    r"\b(?:must|may|might|can|cannot|can't|should|shall|will|would|need|needs|is|are|was|were|"
    r"be|has|have|do|does|don't|doesn't|not|never|always|only)\b",
    re.IGNORECASE,
)
_DOCUMENT_NOUN = {
    "zh": re.compile(
        r"(?:规程|须知|制度|规定|办法|守则|细则|流程|规范|手册|指南|说明|事项|条款|政策|标准|程序"
        r"|问答|常见问题|FAQ|协议|公告|通知|要点|指引)\s*(?:[（(][^）)]*[）)])?$"
    ),
    "en": re.compile(
        r"\b(?:rules|policy|policies|terms|conditions|procedure|procedures|guide|guidelines|"
        r"handbook|manual|code|standards?|faq|faqs|notes|checklist|instructions|agreement)\s*$",
        re.IGNORECASE,
    ),
}
_MAX_LENGTH = {"zh": 30, "en": 12}
"""Characters (Chinese) or words (English): longer, a line is a sentence without its stop."""
_ZH_SHORT = 12
"""A bare Chinese line this short with no rule word or figure heads a part (「充电管理」)."""


def _title_case(words: list[str]) -> bool:
    """Most words of four letters or more capitalised ("Harbour Kayak Rental Terms"); a short
    line's every one ("Deposits", "Late Returns")."""
    long = [w for w in words if len(w) >= 4 and w[0].isalpha()]
    capitals = sum(w[0].isupper() for w in long)
    if len(words) <= 4:
        return bool(long) and capitals == len(long)
    return len(long) >= 2 and capitals * 3 >= len(long) * 2


def is_title_line(line: str, *, first: bool) -> bool:
    """Whether `line`, a whole line of the material, is a title or a bare heading: no sentence
    or clause punctuation, short, no modal or verb of a rule, and all in bold, the
    document's first line (`first`), named as a kind of document (…规程, "… Rental Terms"), in
    title case, or (in Chinese) a few characters."""
    text = _MARKUP.sub("", line).strip()
    if not text or _STATEMENT_MARK.search(text):
        return False
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", text)
    chinese = len(re.findall(r"[\u4e00-\u9fff]", text))
    language = "zh" if chinese >= len(words) else "en"
    bold = _BOLD_LINE.fullmatch(line.strip()) is not None  # "**Deposits**": a heading in bold
    if language == "zh":
        if len(text) > _MAX_LENGTH["zh"] or _ZH_RULE_WORD.search(text):
            return False
        short = len(text) <= _ZH_SHORT and not re.search(
            r"\d", text
        )  # 「营业时间9:00-21:00」 says one
        return first or short or bold or bool(_DOCUMENT_NOUN["zh"].search(text))
    if len(words) > _MAX_LENGTH["en"] or _EN_RULE_WORD.search(text):
        return False
    headed = _title_case(words) and not re.search(r"\d", text)  # "Opening Hours 9-5" says them
    return first or headed or bold or bool(_DOCUMENT_NOUN["en"].search(text))
