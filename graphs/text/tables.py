"""Markdown tables read as statements: a cell says something only with its row and its column.

Trainers put the figures that matter most in tables (acceptance temperatures, tier thresholds,
chemistry limits, travel classes). A row alone ("| 冷冻食品 | -18℃及以下 | … |") is no statement a
learner can judge; stated with its row's label and its column's header it is one:

    | 品类 | 合格温度 |            ->  品类：冷冻食品；合格温度：-18℃及以下。
    | Parameter | Acceptable range | ->  Parameter: free chlorine; acceptable range: 1.0 – 3.0 mg/L.

`table_statements(document)` gives, for each data row (by sentence index), one statement per
non-empty cell after the first, with where the cell's value stands in it, so that a question asks
the value and never the label or the header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graphs.text.document import Document

_SEPARATOR = re.compile(r"^:?-{2,}:?$")
_EMPTY = frozenset(["", "-", "—", "–", "/", "无", "N/A", "n/a", "none", "None", "—"])
_MARKUP = re.compile(r"\*\*|__|`")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


@dataclass(frozen=True)
class CellStatement:
    """One cell as a statement, with the offsets of the cell's value in it."""

    text: str
    value_start: int
    value_end: int


def _cells(row: str) -> list[str]:
    inner = row.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") else inner
    return [_MARKUP.sub("", cell).strip() for cell in inner.split("|")]


def _column(header: str, zh: bool) -> str:
    """A header as the middle of a sentence: "Acceptable range" -> "acceptable range"; a name
    keeps its capitals ("Main Hall", "Terrace (May to September only)" were "main Hall",
    "terrace (May …", session 10 designer m2 Q5)."""
    if zh or len(header) < 2 or not header[1].islower():
        return header
    if any(word[:1].isupper() for word in header.split()[1:]):
        return header
    return header[0].lower() + header[1:]


def _lead(first: str, label: str, name: str, zh: bool) -> str:
    """What a cell's value is of: the row and the column, each with its header when the first
    column has one ("计费重量：续重每1千克；跨省：", "Unit size: Large; weekly rent: "); a row
    label alone ("续重每1千克，跨省：") reads as a riddle without the table."""
    if first:
        if zh:
            return f"{first}：{label}；{name}："
        return f"{first}: {_column(label, zh)}; {_column(name, zh)}: "
    return f"{label}，{name}：" if zh else f"{label}, {_column(name, zh)}: "


def table_statements(document: Document) -> dict[int, list[CellStatement]]:
    """The statements of every data row of the material's tables, by the row's sentence index."""
    out: dict[int, list[CellStatement]] = {}
    header: list[str] | None = None
    previous: list[str] | None = None
    for sentence in document.sentences:
        if not sentence.text.lstrip().startswith("|"):
            header = previous = None
            continue
        cells = _cells(sentence.text)
        if all(_SEPARATOR.match(cell) for cell in cells):
            header = previous  # the row above the separator names the columns
            continue
        previous = cells
        if header is None or len(cells) != len(header) or len(cells) < 2 or not cells[0]:
            continue
        statements = []
        # A table's own language: an English table in a Chinese material reads as English.
        zh = _CJK.search("".join(header + cells)) is not None
        named = set(_NUMBER.findall(cells[0]))
        for name, value in zip(header[1:], cells[1:], strict=True):
            if value in _EMPTY or not name:
                continue
            if named & set(_NUMBER.findall(value)):
                continue  # "Plan: fibre 900; download speed: 900 Mbps": the label says it
            lead = _lead(header[0], cells[0], name, zh)
            end = "" if value.endswith(("。", ".")) else ("。" if zh else ".")
            statements.append(CellStatement(lead + value + end, len(lead), len(lead) + len(value)))
        out[sentence.index] = statements
    return out
