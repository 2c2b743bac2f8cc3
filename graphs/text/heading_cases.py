"""Sentences whose heading is their condition: the material says the same sentence again, with
other figures, under another heading (「住宿报销上限为每晚500元」 under 出差一线城市, 「…350元」
under 出差其他城市). Alone, such a sentence is true of one case and false of the other; stated
with its heading ("出差一线城市：住宿报销上限为每晚500元。") it says which case it is for.

A heading is any the material is read with (graphs/text/sentences.py): a Markdown one, 「二、素烧
（第一次烧）」 or a numbered bare title; not the document's own title, nor an FAQ's question. In
Chinese the same kind of fact with another figure is a twin too, though the sentences differ:
「最高温度900℃，保温30分钟后停火」 under 素烧 and 「升温至1280℃，保温20分钟」 under 釉烧 both set
how long to soak (保温 … 分钟); 「最高温度____，保温____后停火」 asked alone lost its firing
(session 23 end designer D16, m1 FB10).
"""

from __future__ import annotations

import re
from functools import lru_cache

from graphs.exams import Language
from graphs.text.sentences import split_sentences
from graphs.text.similarity import normalise
from graphs.text.terms import NUMBER_PATTERN

_NUMBERING = re.compile(
    r"^\s*(?:第[一二三四五六七八九十百]+[章节部分条]|[一二三四五六七八九十]+、|\d{1,2}[.、)）])\s*"
)
"""A heading's number (「二、」, 「第三章」, "2."): no words of the case it names."""
_ZH_MEASURED = re.compile(
    r"(?P<what>[\u4e00-\u9fff]{2,8}?)"
    r"(?:不少于|不低于|不超过|不高于|不大于|不小于|不得超过|不得低于|至少|最多|超过|低于|高于|达到"
    r"|保持在|保持|控制在|须在|应在|在|为|至|到)?$"
)
"""The words a Chinese figure measures, up to its comparator: 「保温」 of 「保温30分钟」, 「慢步」 of
「慢步不少于10分钟」."""


def heading_twin(sentence: str, material: str) -> tuple[str, str] | None:
    """(its own heading, "" before any, and the other heading) for a sentence the material says
    again with other figures under another heading, or None."""
    masked = _masked(sentence)
    if not masked or not NUMBER_PATTERN.search(sentence):
        return None
    said = normalise(sentence)
    pieces = _pieces(material)
    own = next((p for p in pieces if p[2] == said), None)
    if own is None:
        return None
    for heading, piece_masked, piece, measures in pieces:
        if heading == own[0] or piece == said:
            continue
        if piece_masked == masked or any(
            what == mine and figure != own_figure
            for what, figure in measures
            for mine, own_figure in own[3]
        ):
            return own[0], heading
    return None


@lru_cache(maxsize=32)
def _pieces(
    material: str,
) -> tuple[tuple[str, str, str, tuple[tuple[str, str], ...]], ...]:
    """The material's sentences, each as (its heading, masked, normalised, what its figures
    measure): read once per material, not once per sentence asked about."""
    first = material.strip().split("\n", 1)[0]
    # The material's first line, a heading: the document's title, no case of its text.
    title = first.strip("# ") if not any(mark in first for mark in "。！？；.!?;") else None
    return tuple(
        (
            _case_heading(s.section, title),
            _masked(s.text),
            normalise(s.text),
            _measures(s.text),
        )
        for s in split_sentences(material)
    )


def _case_heading(section: str, title: str | None) -> str:
    """The section as a case its sentences are for ("" for the title and an FAQ's question)."""
    if not section or section == title or section.rstrip("*").endswith(("?", "？")):
        return ""
    return _NUMBERING.sub("", section.strip("#* ")).rstrip("：:. ")


def _measures(text: str) -> tuple[tuple[str, str], ...]:
    """(what it measures, the figure) for each Chinese figure with words before it in its clause
    (「保温」, 「30分钟」); an English text's figures are matched by the whole sentence only."""
    out = []
    for match in NUMBER_PATTERN.finditer(text):
        before = re.split(r"[^\u4e00-\u9fff]", text[: match.start()])[-1]
        found = _ZH_MEASURED.search(before[-10:]) if before else None
        if found is not None:
            out.append((found["what"][-2:], normalise(match.group())))
    return tuple(out)


def clear_pieces() -> None:
    """Forget the materials read (see graphs/text/caches.py)."""
    _pieces.cache_clear()


def with_heading_case(heading: str, text: str, language: Language) -> tuple[str, str]:
    """The heading as the case a statement is for, to put in front of it, and the statement
    after it: 「出差一线城市，」 + 「住宿报销上限为每晚500元。」, "For economy fares, " + "the meal
    allowance is …"."""
    if language == "zh":
        return f"{heading}，", text
    return f"For {_lowered(heading)}, ", _lowered(text)


def _lowered(text: str) -> str:
    """A capital that only opens the words is lowered ("Economy fares"); an acronym's is kept."""
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def names_its_case(statement: str, heading: str) -> bool:
    """Whether a statement names the heading its sentence is the case of."""
    return bool(heading) and normalise(heading) in normalise(statement)


def _masked(text: str) -> str:
    return normalise(NUMBER_PATTERN.sub("#", text.strip().rstrip("。.;；")))
