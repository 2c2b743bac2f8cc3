"""A Chinese clause that measures what the clause before it did, printed without it.

「车身划痕、凹陷须在验车单上标注并拍照留存，照片不少于8张」: cut from its sentence, 「照片不少于（ ）」
asks how many photos of nothing; the photos are those the clause before took of the damage
(session 20 lead, car-rental procedure, Q3). A statement that opens on such a clause (a short
noun, a bound and a figure) refuses when the material has it after a comma and the clause before
names the noun's own act (拍照 for 照片, 通知 for 通知期): the item states the clause before with it.
Judged on the question, whoever wrote it.
"""

from __future__ import annotations

import re

from graphs.exam_generation.blanks import BLANK_MARKER
from graphs.exam_generation.prose import statement_of
from graphs.exams import Language, Question

_BARE_MEASURE = re.compile(
    r"^(?P<noun>[\u4e00-\u9fff]{1,3}?)(?:须|应|均)?"
    r"(?:不少于|不超过|不低于|不高于|不多于|不得少于|不得超过|不得低于|至少|最多|最少)"
)

_INSTRUCTION = re.compile(r"^[^：:]{0,24}?(?:填入括号|判断正误|填空)[：:]\s*")
"""The offline writer's instruction in front of the statement (「根据课程材料，选择…填入括号：」)."""


def check_measure_has_its_act(question: Question, material: str, language: Language) -> list[str]:
    """No single-fact statement is a bare measure of an act only the clause before it names."""
    if language != "zh" or question.type not in ("true_false", "single_choice", "fill_blank"):
        return []
    statement = _INSTRUCTION.sub("", BLANK_MARKER.sub("X", statement_of(question.stem)).strip())
    match = _BARE_MEASURE.match(statement)
    if match is None:
        return []
    at = material.find(statement[: match.end()])
    before = material[:at].rstrip() if at > 0 else ""
    if not before.endswith(("，", ",")):
        return []
    clause = re.split(r"[。！？；;\n]", before[:-1])[-1]
    noun = match["noun"]
    if not any(char in clause for char in noun):
        return []
    return [
        f"{statement[:40]!r} measures what the clause before it in the material did "
        f"(「…{clause[-12:]}」), which the item does not show: 「{noun}」 of what? State that clause too"
    ]
