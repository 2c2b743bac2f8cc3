"""A floor said from either face: the minimum a learner states for the bound a point sets.

A rule with a floor can be said two ways, and a teacher credits either:
- the floor itself in other words: 至少45公斤, 不少于45公斤, 45公斤以上, 起码45公斤, "at least
  45 kg", "45 kg or more" for a point's 不低于45公斤 ("no less than 45 kg");
- the floor as what is required instead of what is forbidden under it: "男的至少45公斤（才能单独驾驶）"
  for 男性体重低于45公斤不得单独驾驶, "a man must weigh at least 45 kg to sail alone" for "men under
  45 kg may not sail alone". Below the floor is forbidden exactly when the floor is required.

`said_with_its_floor` rewrites, in the answer, such a minimum of the point's own figure (the same
quantity) into the point's words for it (不低于45公斤; 低于45公斤不得), and a permission the minimum
opens (才能, 方可, "to", "before they can") into the point's prohibition, so the judge reads the
point's terms and polarity there. Nothing else is read in: a ceiling (不超过45公斤, "under 45 kg may
sail") is not a floor and stays the reversal it is; another figure is not the point's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from graphs.exam_grading.modality import modality
from graphs.exam_grading.point_terms import CLAUSE_BREAK
from graphs.exams import Language
from graphs.text.quantities import Quantity, parse_quantities, same_quantity

_FLOOR_BEFORE = {
    "zh": re.compile(r"(?:至少|不低于|不少于|不小于|不得低于|不能低于|最少|最低|起码|满)\s*$"),
    "en": re.compile(
        r"\b(?:at\s+least|no\s+less\s+than|not\s+less\s+than|a\s+minimum\s+of)\s+$", re.I
    ),
}
_FLOOR_AFTER = {
    "zh": re.compile(r"^\s*(?:及以上|或以上|以上|或更多|或更重|或更高)"),
    "en": re.compile(r"^\s+(?:or\s+(?:more|over|above|heavier|older|higher|longer))\b", re.I),
}
_UNDER_BEFORE = {
    "zh": re.compile(r"(?:低于|少于|小于|不足|不满|未满|不到)\s*$"),
    "en": re.compile(
        r"\b(?:under|below|less\s+than|lighter\s+than|younger\s+than|shorter\s+than)\s+$", re.I
    ),
}
_DENIED_UNDER = {
    "zh": re.compile(r"^不(?:得|能)?(低于|少于|小于)$"),
    "en": re.compile(r"^(?:no|not)\s+(less\s+than)\s+$", re.I),
}
_CEILING_BEFORE = {
    "zh": re.compile(r"(?:不超过|不高于|不多于|不大于|最多|至多|顶多|最高)\s*$"),
    "en": re.compile(
        r"\b(?:at\s+most|no\s+more\s+than|not\s+more\s+than|up\s+to|a\s+maximum\s+of)\s+$",
        re.I,
    ),
}
_CEILING_AFTER = {
    "zh": re.compile(r"^\s*(?:及以下|或以下|以下|以内)"),
    "en": re.compile(r"^\s+or\s+(?:less|under|below|lighter|younger)\b", re.I),
}
_PERMITTING = re.compile(r"可以|能|可|允许|准")
_PERMISSION_AFTER = {
    "zh": re.compile(r"[^，,；;。！？!?]{0,6}?(才能|才可以|才可|才允许|方可|才准|才让)"),
    "en": re.compile(
        r"[^,;.!?]*?\b((?:in\s+order\s+)?to|before\s+(?:they|he|she|you)\s+(?:can|may))\b"
        r"(?=\s+[a-z])",
        re.I,
    ),
}
_NEGATIVE_MODAL = {
    "zh": re.compile(r"不得|不能|不可|不准|不许|禁止|严禁"),
    "en": re.compile(
        r"\b(?:may\s+not|must\s+not|cannot|can't|can\s+not|are\s+not\s+allowed\s+to)\b", re.I
    ),
}


@dataclass(frozen=True)
class _Floor:
    """A floor the point sets: its quantity, the point's words for it before the figure (不低于,
    低于) and the prohibition where the point forbids what lies under it (不得, may not)."""

    quantity: Quantity
    said: str
    modal: str
    under: str = ""
    """The under word a floor says denied (低于 of 不低于, "less than" of "no less than"): a ceiling
    at the floor is said with it, so the judge reads the floor denied."""


def said_with_its_floor(point: str, answer: str, language: Language) -> str:
    """`answer` with each minimum of a floor the point sets said in the point's words, and each
    ceiling at it said as the point's words turned round (module doc); the answer as it is where
    the point sets no floor or the answer bounds none of its figures."""
    for floor in _floors(point, language):
        answer = _restated(answer, floor, language)
    return answer


def _floors(point: str, language: Language) -> Iterator[_Floor]:
    """Each floor of the point (`_Floor`)."""
    for quantity, start, end in parse_quantities(point):
        before, after = point[:start], point[end:]
        clause = CLAUSE_BREAK.split(point[start:])[0]
        if (found := _FLOOR_BEFORE[language].search(before)) is not None:
            denied = _DENIED_UNDER[language].search(found.group())
            yield _Floor(quantity, found.group(), "", denied.group(1) if denied else "")
        elif _FLOOR_AFTER[language].match(after):
            yield _Floor(quantity, "不低于" if language == "zh" else "at least ", "")
        elif (under := _UNDER_BEFORE[language].search(before)) is not None and (
            modality(clause, language) == "forbidden"
            and (modal := _NEGATIVE_MODAL[language].search(clause)) is not None
        ):
            yield _Floor(quantity, under.group(), modal.group())


def forbidden_below(clause: str, written: str, language: Language) -> bool:
    """Whether the figure `written` of `clause` is a floor the clause forbids under (低于45公斤不得
    驾驶, "under 45 kg may not sail"): whom the rule forbids, not how far an act may go, so an answer
    that permits under it ("低于45公斤也可以驾驶") turns it round."""
    at = clause.find(written)
    return (
        at >= 0
        and _UNDER_BEFORE[language].search(clause[:at]) is not None
        and modality(clause, language) == "forbidden"
    )


def _restated(answer: str, floor: _Floor, language: Language) -> str:
    """The answer with its bounds of the floor's quantity said in the point's words: a minimum
    (a floor word before it, or 以上 / "or more" after it) as the point's floor; where the point
    forbids what lies under it, a ceiling (不超过, 最多, 以下, "at most") as its under word,
    permitted (the rule turned round); right to left, so earlier spans keep their place."""
    for got, start, end in reversed(parse_quantities(answer)):
        if not same_quantity(got, floor.quantity):
            continue
        before, after = answer[:start], answer[end:]
        low = _FLOOR_BEFORE[language].search(before), _FLOOR_AFTER[language].match(after)
        high = _CEILING_BEFORE[language].search(before), _CEILING_AFTER[language].match(after)
        figure = answer[start:end]
        if any(low):
            rest = after[low[1].end() :] if low[1] else after
            if floor.modal:  # the point forbids what lies under its floor
                rest = _prohibited(rest, floor.modal, language)
            said = floor.said
        elif any(high) and (floor.modal or floor.under):
            rest = after[high[1].end() :] if high[1] else after
            permitted = _PERMITTING.search(CLAUSE_BREAK.split(rest)[0])
            if floor.modal and language == "zh" and not permitted:
                rest = "可以" + rest  # 不超过45公斤 where 低于45公斤不得: under it, permitted
            said, low = floor.under or floor.said, high  # 不超过45 where 不低于45: 低于45
        else:
            continue
        head = answer[: low[0].start()] if low[0] else before
        answer = f"{head}{said}{figure}{rest}"
    return answer


def _prohibited(rest: str, modal: str, language: Language) -> str:
    """What follows a minimum, saying the point's prohibition: the permission the minimum opens
    in its clause (才能, "to") becomes `modal`; with none, `modal` is said after the figure,
    unless the clause says a prohibition already or opens its permission after another figure
    ("at least 45 kg and a woman at least 40 kg to sail": that figure's permission)."""
    gap = " " if language == "en" else ""
    clause = CLAUSE_BREAK.split(rest)[0]
    if _NEGATIVE_MODAL[language].search(clause):
        return rest
    opened = _PERMISSION_AFTER[language].match(clause)
    if opened is None:  # English words no prohibition without its act ("under 45 kg may not.")
        if language == "en" or _PERMISSION_AFTER[language].search(clause):
            return rest
        return f"{modal}{rest}"
    if parse_quantities(clause[: opened.start(1)]):
        return rest
    kept, went = rest[: opened.start(1)].rstrip(), rest[opened.end(1) :].lstrip()
    return f"{kept}{gap}{modal}{gap}{went}"
