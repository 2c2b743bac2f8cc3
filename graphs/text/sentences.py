"""Split material into sentences, each a verbatim slice of it, with the section it belongs to.

Markdown headings (`# ...`), short numbered Chinese titles (`一、...`) and FAQ questions in bold on
a line of their own open sections; bullet
and list markers (clause numbers such as 1.2 and 3.1.4 too) are left out of the sentence; Chinese (。！？；) and English (. ! ? ;) sentence
ends split a line. Keeping `start` offsets means a sentence can be quoted exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graphs.text.title_lines import is_title_line

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(?P<title>.+?)\s*#*\s*$")
_CN_TITLE = re.compile(
    r"^\s*(?:第[一二三四五六七八九十百]+[章节部分]|[一二三四五六七八九十]+、)\s*\S.{0,30}$"
)
_BULLET = re.compile(
    r"^\s*(?:[-*+•·]\s+|\d{1,2}(?:\.\d{1,2})+\.?\s+|\d{1,2}[.、)）]\s*|[（(]\d{1,2}[)）]\s*"
    r"|[（(][一二三四五六七八九十][)）]\s*)"
)
_ZH_END = "。！？；!?;"
_CLOSERS = "”’\"')）】"
_ABBREVIATIONS = ("e.g.", "i.e.", "etc.", "mr.", "mrs.", "dr.", "no.", "vs.", "approx.")


@dataclass(frozen=True)
class Sentence:
    """One sentence: its text (verbatim), offset in the material, and its section title."""

    text: str
    start: int
    section: str


def _is_title(line: str) -> str | None:
    match = _HEADING.match(line)
    if match:
        return match.group("title").strip()
    stripped = line.strip()
    if _CN_TITLE.match(stripped) and not any(p in stripped for p in "。！？；"):
        return stripped
    return None


_NUMBERED = re.compile(r"^\s*(?:\d{1,2}|[A-Z])[.、)）]\s*(?P<title>\S.*?)\s*$")


def _numbered_heading(line: str, following: str | None) -> str | None:
    """A numbered bare title over a paragraph ("1. Bookings", 「2、退货」 then the part's text): a
    heading written without its mark. Read as a list item, a sectioned text of six parts was one
    part, and the shortfall note told its designer "the material has no sections" (session 13
    designer D5, m2). A numbered line over another numbered line is a list, not a heading."""
    numbered = _NUMBERED.match(line)
    if numbered is None or following is None or _BULLET.match(following):
        return None
    title = numbered.group("title")
    # The number marks the line's place as a title's (first=True: no title case asked, "2. On
    # the water"); a few words only, so that a step without its full stop stays a step.
    chinese = len(re.findall(r"[\u4e00-\u9fff]", title))
    limit = _NUMBERED_TITLE_ZH if chinese * 2 >= len(title) else _NUMBERED_TITLE_CHARS
    short = len(title.split()) <= _NUMBERED_TITLE_WORDS and len(title) <= limit
    return title if short and is_title_line(title, first=True) else None


_NUMBERED_TITLE_WORDS = 6
_NUMBERED_TITLE_CHARS = 40
_NUMBERED_TITLE_ZH = 12
"""A numbered title's most words and characters (English), and characters (Chinese)."""


def _ends_sentence(line: str, i: int) -> bool:
    char = line[i]
    if char in _ZH_END:
        return True
    if char != ".":
        return False
    # An English full stop ends a sentence only before a space (or the line's end) and not
    # inside a number or a common abbreviation.
    after = line[i + 1 : i + 2]
    if after and not after.isspace():
        return False
    word_start = line.rfind(" ", 0, i) + 1
    return line[word_start : i + 1].lower() not in _ABBREVIATIONS


def _split_line(line: str, offset: int, section: str) -> list[Sentence]:
    if line.lstrip().startswith("|"):
        # A table row is one unit whatever its cells say: its cells are read by graphs/text/tables.py.
        text = line.strip()
        return [Sentence(text=text, start=offset + line.index(text), section=section)]
    sentences = []
    begin = 0
    i = 0
    while i < len(line):
        if _ends_sentence(line, i):
            end = i + 1
            while end < len(line) and line[end] in _CLOSERS:
                end += 1
            if line[i] in "!?" and line[end:].lstrip()[:1].islower():
                # 'he calls "Blind man!" and all play stops.': a quoted cry, not the sentence's
                # end ("And all play stops." was listed as a rule, session 15 end trainer T8).
                i = end
                continue
            sentences.append((begin, end))
            begin = end
            i = end
            continue
        i += 1
    sentences.append((begin, len(line)))
    out = []
    for start, end in sentences:
        piece = line[start:end]
        lead = len(piece) - len(piece.lstrip())
        text = piece.strip()
        if len(text) > 1 and text.strip("*_`"):  # not the "**" closing a bold question
            out.append(Sentence(text=text, start=offset + start + lead, section=section))
    return out


_FAQ_HEADING = re.compile(
    r"^\s*(?:\*\*|__)\s*(?:(?:Q|问)\s*[:：]\s*)?(?P<question>[^*_\n]{4,120}?[?？])\s*(?:\*\*|__)\s*$"
)
"""An FAQ question in bold on a line of its own: the topic of the answer under it."""
_FAQ_LABELLED = re.compile(r"^\s*(?:Q|问)\s*[:：]\s*(?P<question>[^\n]{4,120}?[?？])\s*$")
_FAQ_NUMBERED = re.compile(
    r"^\s*(?:(?:Q|问)\s*\d{1,3}\s*[:：.、)）]|\d{1,2}[.、)）])\s*(?P<question>[^\n]{4,120}?[?？])\s*$"
)
"""An FAQ question on a line of its own after its label ("Q: How do I cancel?"): as in bold, the
topic of the answer under it; read under the title alone, every answer of an FAQ was one section
and no multiple choice or short answer could be named by its question (session 11 designer D3,
m4). A numbered question ("Q4.", a bare "4." or 「4、」 over its answer, `_FAQ_NUMBERED`) is one
sentence, with the case it sets ("Q4. A runner collapses. What do I do?"), in the section it is
under: split, the case was read as a rule and the number as a sentence between the question and
its answer, which was then read as no answer (session 17 designer D10, m4)."""
_ANSWER_LABEL = re.compile(r"^\s*(?:A\d{0,3}\.\s|A\d{1,3}\s*[:：)]|答\d{1,3}\s*[:：、.])\s*")
"""A numbered or dotted answer label ("A.", "A4:", 「答4：」), left out of the answer as a bullet is:
a sentence of its own, it stood between the question and its answer, which was then read as no
answer at all. ("A:" and 「答：」 stay in the sentence: graphs/text/sentence_form.py strips them.)"""
_RUN_IN_LABEL = re.compile(
    r"^\s*(?:\*\*|__)(?P<label>[^*_\n.?？:：。]{1,40}?)\s*[.。](?:\*\*|__)\s+(?=\S)"
)
"""A paragraph's run-in heading: a bold label closed by a full stop, then its text on the line
("**Prices.** A mini valet costs …"). A bold label closed by a colon stays on its line: it may be
the headword a definition needs (graphs/text/label_heads.py)."""
_LABEL_START = re.compile(r"^\s*(?:\*\*|__)?\s*(?:Q|A|问|答)\s*[:：]", re.IGNORECASE)
_FIELD_START = re.compile(
    r"^\s*(?:\*\*|__)?[\u4e00-\u9fff]{2,8}(?:\*\*|__)?\s*[:：]|^\s*[A-Z][a-z]{2,11}:\s"
)
"""A line that opens a field of its own (「适用范围：…」, "Scope: …") under a header line
(「文件编号：…　版本：…　生效日期：…」): a new statement, not the wrapped rest of the line above,
which glued the document's number and date into the statement after it (session 10 designer, m1
Q6)."""


def _continues(previous: str, line: str) -> bool:
    """Whether `line` carries on the sentence that the line `previous` left open: a paragraph
    hard-wrapped in the source ("…must be reported to the" / "Duty Manager at once …"). A line
    that ended its sentence, a short line (a title without its #), a line ending in a colon (a
    lead-in), a list item, a table row or an FAQ label ("Q:", "答：") does not run on."""
    last = previous.rstrip().rstrip("*_`").rstrip()[-1:]
    if not last or last in _ZH_END or last in ".:：?!？！" or _BULLET.match(line):
        return False
    if line.lstrip().startswith("|") or _LABEL_START.match(line) or _FIELD_START.match(line):
        return False
    if last in "，、,":
        return True
    head = line.lstrip()[:1]
    if head.isascii() and not head.islower():
        return len(previous.strip()) >= 40  # a wrapped line may start with a name
    return head.isascii() or len(previous.strip()) >= 20


def split_sentences(text: str) -> list[Sentence]:
    """Every sentence of the material in order, headings excluded but remembered as sections.
    A hard-wrapped paragraph is read as its sentences, not as its lines."""
    sentences: list[Sentence] = []
    section = ""
    offset = 0
    in_code = False
    block: tuple[int, int] | None = None  # [start, end) of the lines read as one run of text
    opening = len(text) - len(text.lstrip())  # where the material's first line begins

    def close() -> None:
        nonlocal block
        if block is not None:
            sentences.extend(_split_line(text[block[0] : block[1]], block[0], section))
            block = None

    lines = text.splitlines(keepends=True)
    # The next non-empty line after each line, read backwards once (a numbered title is one
    # over a paragraph, not over the next list item).
    nexts: list[str | None] = [None] * len(lines)
    for number in range(len(lines) - 2, -1, -1):
        later = lines[number + 1]
        nexts[number] = later if later.strip() else nexts[number + 1]
    for number, raw_line in enumerate(lines):
        line = raw_line.rstrip("\r\n")
        line_start = offset
        offset += len(raw_line)
        if line.strip().startswith("```"):
            close()
            in_code = not in_code
            continue
        if in_code or not line.strip():
            close()
            continue
        title = _is_title(line) or _numbered_heading(line, nexts[number])
        if title is not None:
            close()
            section = title
            continue
        labelled = _FAQ_LABELLED.match(line)
        numbered = None if labelled else _FAQ_NUMBERED.match(line)
        if numbered and (_BULLET.match(line) is None or not _BULLET.match(nexts[number] or "-")):
            # One sentence from the question's first word to its mark; a numbered question over
            # another numbered line is an item of a list, not an FAQ's question.
            close()
            asked_here = numbered.group("question").strip()
            sentences.append(Sentence(asked_here, line_start + numbered.start("question"), section))
            continue
        asked = _FAQ_HEADING.match(line) or labelled
        if asked:
            # "**Who can join the library?**" on its own line heads its answer, as a heading
            # would: the question is its section, and stays a sentence (an FAQ answer is read
            # with its question, graphs/text/faq_answers.py).
            close()
            section = asked.group("question").strip()
        if block is not None and _continues(text[block[0] : block[1]].splitlines()[-1], line):
            run = text[block[0] : block[1]]
            # "Harbour Kayak Rental Terms for Guided Trips" over the first rule: a title, not a
            # wrapped line (graphs/text/title_lines.py).
            first = block[0] <= opening
            carried = line.lstrip()[:1].islower()  # "…Sports Centre" / "must show …" runs on
            if carried or "\n" in run or not is_title_line(run, first=first):
                block = (block[0], line_start + len(line))
                continue
        close()
        run_in = _RUN_IN_LABEL.match(line)
        if run_in:
            # "**Prices.** A mini valet costs 25 GBP …": the bold label heads its paragraph as a
            # heading would (asked with it glued on: "What does Prices. A mini valet cost?").
            section = run_in.group("label").strip()
        bullet = run_in or _BULLET.match(line) or _ANSWER_LABEL.match(line)
        skip = bullet.end() if bullet else 0
        block = (line_start + skip, line_start + len(line))
    close()
    return sentences


def quoted_span(text: str, start: int, end: int) -> str:
    """The material from `start` to `end` as a learner may read it: a sentence and the one
    before it on an earlier line are quoted without the later line's list marker (「…填入《收货
    温度记录表》。6. 冷冻品中心温度…」 showed the author's number 6; session 18 designer D11)."""
    lines = text[start:end].split("\n")
    return "\n".join([lines[0], *(_BULLET.sub("", line, count=1) for line in lines[1:])])
