"""Sentences whose heading is their condition: the material says the same sentence again, with
other figures, under another heading (「住宿报销上限为每晚500元」 under 出差一线城市, 「…350元」
under 出差其他城市). Alone, such a sentence is true of one case and false of the other; stated
with its heading ("出差一线城市：住宿报销上限为每晚500元。") it says which case it is for.

A heading is any the material is read with (graphs/text/sentences.py): a Markdown one, 「二、素烧
（第一次烧）」 or a numbered bare title (「二、初级班课程」 over 「热身阶段：慢步不少于10分钟…」,
「三、高级班课程」 over the same with 5分钟); not the document's own title, nor an FAQ's question.

In Chinese a clause that only measures a step (「保温30分钟后停火」 under 素烧, 「保温20分钟」 under
釉烧: the step, then its figure, binding no one) is a twin too, though the sentences around it
differ: 「最高温度____，保温____后停火」 asked alone lost its firing (session 23 end designer D16,
m1 FB10). A duty (「值班员须在1小时内报告」) is none: who must act says what it is for.
"""

from __future__ import annotations

import re
from functools import lru_cache

from graphs.exams import Language
from graphs.text.caches import register
from graphs.text.sentences import split_sentences
from graphs.text.similarity import normalise
from graphs.text.terms import NUMBER_PATTERN

_NUMBERING = re.compile(
    r"^\s*(?:第[一二三四五六七八九十百]+[章节部分条]|[一二三四五六七八九十]+、|\d{1,2}[.、)）])\s*"
)
"""A heading's number (「二、」, 「第三章」, "2."): no words of the case it names."""


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
    for heading, piece_masked, piece, steps in pieces:
        if heading == own[0] or piece == said:
            continue
        if piece_masked == masked or any(
            step == mine and figure != own_figure
            for step, figure in steps
            for mine, own_figure in own[3]
        ):
            return own[0], heading
    return None


@lru_cache(maxsize=32)
def _pieces(
    material: str,
) -> tuple[tuple[str, str, str, tuple[tuple[str, str], ...]], ...]:
    """The material's sentences, each as (its heading, masked, normalised, its measured steps):
    read once per material, not once per sentence asked about."""
    first = material.strip().split("\n", 1)[0]
    # The material's first line, a heading: the document's title, no case of its text.
    title = first.strip("# ") if not any(mark in first for mark in "。！？；.!?;") else None
    return tuple(
        (
            _case_heading(s.section, title),
            _masked(s.text),
            normalise(s.text),
            _measured_steps(s.text),
        )
        for s in split_sentences(material)
    )


register(_pieces.cache_clear)


def _case_heading(section: str, title: str | None) -> str:
    """The section as a case its sentences are for ("" for the title and an FAQ's question)."""
    if not section or section == title or section.rstrip("*").endswith(("?", "？")):
        return ""
    return _NUMBERING.sub("", section.strip("#* ")).rstrip("：:. ")


_ZH_STEP_CLAUSE = re.compile(r"^(?P<step>[\u4e00-\u9fff]{2,4})(?P<figure>\d[^，,；;。]*)")
"""A clause that opens on a step and its figure: 「保温30分钟后停火」."""
_ZH_BINDING = re.compile(r"须|应|必须|不得|可|由|禁止|严禁|负责|不准|要|需")
_ZH_NO_STEP = re.compile(r"[在并于从到至及和与]|[后前内的]$")
"""Not a step: a preposition or a joint (「并在1小时内报告」), or a time or a case (「购卡后7天内」)."""


def _measured_steps(text: str) -> tuple[tuple[str, str], ...]:
    """(the step, its figure) for each clause of a Chinese sentence that binds no one and that
    only measures a step (「保温」, 「30分钟」 of 「最高温度900℃，保温30分钟后停火」); a sentence of
    duties (「…须…，并在1小时内报告店长」) has none, nor an English text (whole sentences only)."""
    if _ZH_BINDING.search(text):
        return ()
    out = []
    for clause in re.split(r"[，,；;。]", text):
        found = _ZH_STEP_CLAUSE.match(clause.strip())
        figure = NUMBER_PATTERN.match(found["figure"]) if found else None
        if found and figure and not _ZH_NO_STEP.search(found["step"]):
            out.append((found["step"], normalise(figure.group())))
    return tuple(out)


def with_heading_case(heading: str, text: str, language: Language) -> tuple[str, str]:
    """The heading as the case a statement is for, to put in front of it, and the statement
    after it: 「出差一线城市，」 + 「住宿报销上限为每晚500元。」, "For economy fares, " + "the meal
    allowance is …"."""
    if language == "zh":
        return f"{heading}，", text
    return f"For {lowered(heading)}, ", lowered(text)


def lowered(text: str) -> str:
    """A capital that only opens the words is lowered ("Economy fares"); an acronym's is kept."""
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def names_its_case(statement: str, heading: str) -> bool:
    """Whether a statement names the heading its sentence is the case of."""
    return bool(heading) and normalise(heading) in normalise(statement)


def _masked(text: str) -> str:
    return normalise(NUMBER_PATTERN.sub("#", text.strip().rstrip("。.;；")))
