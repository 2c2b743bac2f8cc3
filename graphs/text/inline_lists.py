"""A list run into its lead-in's sentence, read as one rule: the lead-in's ban or duty on every item.

「以下物品不得带入园内：打火机、小于3厘米的玩具零件、玻璃制品、刀具。」, 「以下情况不予赔偿：（1）…；
（2）…；（3）…。」 and "The following may not be brought into the quiet zone: hot food, …" were no
fact: the lead-in points ahead (references.py drops it), and each item alone states nothing
(clause_forms.inline_list_item). A trainer asks exactly these (「以下哪些物品不得带入园内？」), so
the lead-in with its items is one fact, its modal the lead-in's; the items are the material's own,
never more. A list on lines of its own is read here too, unless lists.with_lead_in reads its items
one by one with their lead-in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graphs.exams import Language
from graphs.text.anchors import anchors_of
from graphs.text.document import Document
from graphs.text.fact_kinds import kinds_of, modal_cue, rule_clauses
from graphs.text.fact_record import Fact
from graphs.text.lexicon import Lexicon
from graphs.text.lists import lead_in_of


@dataclass(frozen=True)
class InlineList:
    """A lead-in that forbids or binds, and the items its list names."""

    first: int
    """The lead-in's sentence."""
    last: int
    """The sentence the list ends in (the lead-in's own when it ends there)."""
    lead: str
    """The lead-in, without its colon: 「以下物品不得带入园内」."""
    items: tuple[str, ...]


_ANNOUNCES = re.compile(r"以下|下列|如下|\bthe following\b", re.IGNORECASE)
_COLON = re.compile(r"：|:(?:\s|$)")
_MARKER = re.compile(r"^\s*(?:[（(]\d{1,2}[)）]|\d{1,2}[.、)）]\s|[-*•]\s)\s*")
_ZH_SEPARATOR = re.compile(r"[、；;]|[（(]\d{1,2}[)）]")
_EN_SEPARATOR = re.compile(r";\s*|,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|[（(]\d{1,2}[)）]")
_STRONG = re.compile(r"；|;\s*|[（(]\d{1,2}[)）]")
_MAX_ITEM = {"zh": 30, "en": 70}
_BINDING = ("prohibition", "obligation")


def inline_list_at(document: Document, index: int, lexicon: Lexicon) -> InlineList | None:
    """The list whose lead-in is sentence `index`, with the items it runs into, or None."""
    language = document.language
    sentences = document.sentences
    raw = sentences[index].text.strip()
    colon = _COLON.search(raw)
    if colon is None:
        return None
    lead = raw[: colon.start()].strip()
    found = modal_cue(lead, language, lexicon)
    if not _ANNOUNCES.search(lead) or found is None or found[3] not in _BINDING:
        return None
    said = [raw[colon.end() :]]
    last = index
    if not said[0].strip():
        # "The following may not be brought in:" then an item a line, 「以下物品不得带入诊室：」
        # then 「- 饮料」: read here unless its items are read one by one with it (a case or a
        # verdict lead-in, lists.with_lead_in), as 「出现以下任一情况，…：」 is.
        if index + 1 < len(sentences) and lead_in_of(
            document.text, sentences[index + 1].start, sentences[index + 1].text, language
        ):
            return None  # "If any of the following occurs, …:": each item is its own case
        while last + 1 < len(sentences) and _on_marked_line(document, last + 1):
            last += 1
            said.append(sentences[last].text)
    else:
        while said[-1].rstrip().endswith((";", "；")) and last + 1 < len(sentences):
            after = sentences[last + 1]
            if after.section != sentences[index].section:
                break
            last += 1
            said.append(after.text)
    # Items cut by ；, numbers or lines may hold 、 of their own (「滤芯、RO膜等耗材的正常更换」 is
    # one item, not 滤芯 alone): only a list with no stronger mark is cut at 、 or a comma.
    strong = len(said) > 1 or bool(_STRONG.search(said[0]))
    items = tuple(item for part in said for item in _items(part, language, strong))
    if len(items) < 2 or any(len(item) > _MAX_ITEM[language] for item in items):
        return None
    return InlineList(index, last, lead, items)


def list_text(listed: InlineList, language: Language) -> str:
    """The rule as the material words it, without the items' markers."""
    # An item with a 、 or a comma of its own keeps its bounds: the items are joined by ；.
    if language == "zh":
        joint = "；" if any("、" in item for item in listed.items) else "、"
        return f"{listed.lead}：{joint.join(listed.items)}。"
    joint = "; " if any("," in item for item in listed.items) else ", "
    return f"{listed.lead}: {joint.join(listed.items)}."


def list_fact(
    document: Document, lexicon: Lexicon, listed: InlineList, section: str, place: int
) -> Fact | None:
    """The list as one fact: its modal the lead-in's, its anchors what the whole names."""
    language = document.language
    text = list_text(listed, language)
    found = modal_cue(listed.lead, language, lexicon)  # the lead-in's: 不可 of an item is none
    anchors = anchors_of(text, document, lexicon, rule_clauses(text, language, lexicon))
    kinds = kinds_of(text, language, anchors, found[3] if found else None, lexicon)
    if not kinds or found is None:
        return None
    first, last = document.sentences[listed.first], document.sentences[listed.last]
    return Fact(
        sentence=listed.first,
        text=text,
        quote=document.text[first.start : last.start + len(last.text)],
        section=section,
        position=place,
        kinds=tuple(kinds),
        anchors=tuple(anchors),
        modal=(found[0], found[1], found[2]),
    )


def _items(said: str, language: Language, strong: bool) -> list[str]:
    """The items of one stretch of the list, without markers or the closing stop; `strong`:
    the list marks its items with ；, numbers or lines, and 、 or a comma stays inside one."""
    separator = _STRONG if strong else _ZH_SEPARATOR if language == "zh" else _EN_SEPARATOR
    parts = separator.split(_MARKER.sub("", said.strip()))
    return [p.strip().rstrip("。.；;，,").strip() for p in parts if p.strip(" 。.；;，,")]


def _on_marked_line(document: Document, index: int) -> bool:
    """Sentence `index` opens a line with a list marker ("- hot food", "2. speakers")."""
    sentence = document.sentences[index]
    line_start = document.text.rfind("\n", 0, sentence.start) + 1
    return _MARKER.fullmatch(document.text[line_start : sentence.start] + " ") is not None or bool(
        _MARKER.match(document.text[line_start : sentence.start + 1])
    )
