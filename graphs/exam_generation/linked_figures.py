"""Figures a sentence links: a count and the ordinal that starts after it.

「每个合同期内免费更换2次，第3次起每次收取200元」: 第3次 is the first time after the 2 free
ones. A false statement that changes the count alone (免费更换1次，第3次起…) says nothing of the
second change and contradicts itself, which shows the learner the option is false without
knowing the material (session 15 end designer D8, e2 Q3). Changed, the two move together (免费更
换1次，第2次起…), or not at all. English alike: "the first 2 reschedules are free; from the 3rd
reschedule, GBP 10 each".
"""

from __future__ import annotations

import re

from graphs.exam_generation.near_values import figure_value

_ZH_ORDINAL = re.compile(r"第\s*(\d+)\s*([次天日晚个件张位周月年台辆单])")
_EN_ORDINAL = re.compile(r"\b(\d+)(?:st|nd|rd|th)\s+([a-z]+)", re.IGNORECASE)
_ZH_COUNT = r"(?<![\d第.])({n})\s*{unit}"
_EN_COUNT = r"(?<![\d.])({n})\s+{unit}s?\b"


_EN_WORDS = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_EN_WORD_ORDINAL = re.compile(rf"\b(?:a|an|the)\s+({'|'.join(_EN_WORDS)})\b", re.IGNORECASE)
""""No more than 3 shows a day, unless the operations manager approves a fourth": the one after
the count, its noun left out. Changed alone ("No more than 2 shows …, unless … a fourth") the
count no longer leads to it."""


def _word_ordinals(text: str) -> list[tuple[int, re.Match[str]]]:
    """Each ordinal word after an article, with its number (a fourth -> 4)."""
    return [(_EN_WORDS.index(m.group(1).lower()) + 2, m) for m in _EN_WORD_ORDINAL.finditer(text)]


def _ordinals(text: str) -> list[re.Match[str]]:
    return [*_ZH_ORDINAL.finditer(text), *_EN_ORDINAL.finditer(text)]


def _count_pattern(ordinal: re.Match[str], count: int) -> re.Pattern[str]:
    unit = re.escape(ordinal.group(2))
    if ordinal.re is _ZH_ORDINAL:
        return re.compile(_ZH_COUNT.format(n=count, unit=unit))
    word = re.escape(ordinal.group(2).lower().removesuffix("s"))
    return re.compile(_EN_COUNT.format(n=count, unit=word), re.IGNORECASE)


def linked_ordinals(text: str) -> list[tuple[int, int, int]]:
    """Each ordinal that follows a count of its unit (第3次 after 2次): (count's start, count's
    end, ordinal's number's start) in `text`."""
    out = []
    for ordinal in _ordinals(text):
        number = int(ordinal.group(1))
        if number < 2:
            continue
        for count in _count_pattern(ordinal, number - 1).finditer(text):
            out.append((count.start(1), count.end(1), ordinal.start(1)))
    for number, word in _word_ordinals(text):
        for count in re.finditer(rf"(?<![\d.])({number - 1})\s+[a-z]+", text[: word.start()]):
            out.append((count.start(1), count.end(1), word.start(1)))
    return out


def in_ordinal(text: str, start: int) -> bool:
    """Whether the figure at `start` is a linked ordinal's number (第3次 of 免费更换2次，第3次起):
    changed alone it breaks the link."""
    return any(at == start for _, _, at in linked_ordinals(text))


def relinked(original: str, changed: str, old: str, new: str) -> str | None:
    """`changed` (a statement made from `original` by writing `new` for the figure `old`) with
    every ordinal linked to that figure moved with it (免费更换1次，第2次起); None when the new
    figure is no whole number, so the pair cannot move together. `changed` itself when `old`
    links no ordinal."""
    links = [(s, e, at) for s, e, at in linked_ordinals(original) if original[s:e] == _number(old)]
    if not links:
        return changed
    value = figure_value(new)
    if value is None or value != int(value) or value < 1:
        return None
    for ordinal in _ordinals(changed):
        if int(ordinal.group(1)) == int(figure_value(old) or 0) + 1:
            start, end = ordinal.span(1)
            moved = int(value) + 1
            if ordinal.re is _EN_ORDINAL:
                end = start + len(ordinal.group(1)) + 2  # the suffix too: 2nd, not 2rd
                return changed[:start] + _english_ordinal(moved) + changed[end:]
            return changed[:start] + str(moved) + changed[end:]
    for number, word in _word_ordinals(changed):
        if number == int(figure_value(old) or 0) + 1:
            moved = int(value) + 1
            if not 2 <= moved <= len(_EN_WORDS) + 1:
                return None  # "a first" or "an eleventh": no ordinal word reads
            said = _EN_WORDS[moved - 2]
            article = "an" if said[0] in "aeiou" else "a"
            start, end = word.span()
            if changed[start:end].split()[0].lower() == "the":
                article = changed[start:end].split()[0]
            elif changed[start].isupper():
                article = article.capitalize()
            return changed[:start] + f"{article} {said}" + changed[end:]
    return None


def breaks_link(statement: str, source: str) -> bool:
    """Whether a statement changed one of two figures its source links (免费更换1次，第3次起 from
    免费更换2次，第3次起): it contradicts itself."""
    units = {
        ordinal.group(2).lower()
        for ordinal in _ordinals(source)
        if int(ordinal.group(1)) >= 2
        and _count_pattern(ordinal, int(ordinal.group(1)) - 1).search(source)
    }
    return any(
        stated.group(2).lower() in units
        and not _count_pattern(stated, int(stated.group(1)) - 1).search(statement)
        for stated in _ordinals(statement)
    )


def _english_ordinal(number: int) -> str:
    if 10 <= number % 100 <= 20:
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }"


def _number(figure: str) -> str:
    match = re.search(r"\d+", figure)
    return match.group() if match else figure
