"""A modal that goes on from the clause before it: flipped, the sentence contradicts itself.

「超出住宿标准的部分由员工个人承担，不得以其他费用名目报销」: the second clause has no subject of
its own and says the first one's rule again from the other side (the employee pays, so it is not
claimed elsewhere). Flipped, 「…由员工个人承担，可以以其他费用名目报销」 contradicts its own first
clause, and any learner marks it false without knowing the material (session 11 designer D3, m3
#6). The same holds for "Passwords are personal and may not be shared". A clause before that
only sets a case (「逾期未还的，不得…」, "If a card is lost, staff may not …") or a time
(「工作期间，不得…」) is no rule of its own, and the modal after it flips soundly.

    continues_clause_before   the modal at `start` opens a clause that goes on from a rule before
    second_act                an English modal governs a second act ("must sign the log and leave
                              by 9 pm") or the threat behind it ("… or it is removed")
    check_flip_contradicts    a false true/false item made by flipping such a modal
"""

from __future__ import annotations

import re

from graphs.exam_generation.prose import statement_of
from graphs.exams import Question
from graphs.text.segment import tokenize
from graphs.text.word_class import en_word_classes

_ZH_BREAK = re.compile(r"[，,；;]\s*$")
_ZH_CASE_END = re.compile(r"(?:的|时|后|前|期间|以内|之内|内|中|下|外)\s*[，,；;]\s*$")
_ZH_CASE_OPEN = re.compile(
    r"(?:^|[，,；;])\s*(?:如果|若|如|凡|对于|对|在|当|除|经)[^，,；;]*[，,；;]\s*$"
)
_EN_JOINED = re.compile(r"(?:,\s*(?:and|but|so)?|\b(?:and|but|so))\s*$", re.IGNORECASE)
_EN_CASE_OPEN = re.compile(
    r"^\s*(?:if|when|where|unless|once|after|before|during|within|for|in|on|at)\b", re.IGNORECASE
)
_ZH_MODALS = re.compile(
    r"(?:不得|禁止|不能|不可|不允许|不应|必须|务必|应当|应该|须|需要|应|可以|可)"
)
_EN_MODALS = re.compile(
    r"\b(?:must not|may not|cannot|should not|does not|must|should|may|can)\b", re.IGNORECASE
)


def continues_clause_before(text: str, start: int, zh: bool) -> bool:
    """Whether the modal at `start` opens a clause with no subject that goes on from a clause
    before it stating a rule of its own (its predicate a verb), not a case or a time."""
    before = text[:start]
    if zh:
        if not _ZH_BREAK.search(before) or _ZH_CASE_END.search(before):
            return False
        if _ZH_CASE_OPEN.search(before):
            return False
        clause = re.split(r"[，,；;。]", before.rstrip("，,；; "))[-1]
        tokens = tokenize(clause, "zh") if clause else []
        return bool(tokens) and tokens[-1].pos.startswith("v")
    if not _EN_JOINED.search(before):
        return False
    clause = re.split(r"[;.]", before)[-1]
    return not _EN_CASE_OPEN.match(clause) and len(clause.split()) >= 3


_EN_SECOND_ACT = re.compile(
    r"\band\s+(?:then\s+)?(?P<verb>[a-z]+)\s+(?:the|a|an|by|within|at|before|after|it|them|their"
    r"|all|any|every|no|\d)\b"
    r"|\bor\s+(?:else\b|(?:it|they|this|that)\b|(?:a|an|the)\s+[\w-]+(?:\s+[\w-]+){0,4}?\s+"
    r"(?:is|are|will|may|gets?)\b)",
    re.IGNORECASE,
)
"""A second act the modal governs without a comma ("must sign the log and leave the marina by 9
pm") or the threat that backs it ("must be labelled … or it is removed"): relaxed or flipped, the
first act turns and the second reads garbled ("need not sign … and leave by 9 pm"; session 14
designer D6, session 15 D7 e3-4)."""


def second_act(after_modal: str) -> bool:
    """Whether the English modal that opens `after_modal` governs a second act or a threat."""
    match = _EN_SECOND_ACT.search(after_modal)
    if match is None:
        return False
    return match["verb"] is None or "VERB" in en_word_classes(match["verb"].lower())


def _first_difference(statement: str, source: str) -> int | None:
    """Where the statement first differs from the source (None: it does not)."""
    for at, (mine, theirs) in enumerate(zip(statement, source, strict=False)):
        if mine != theirs:
            return at
    return None if len(statement) == len(source) else min(len(statement), len(source))


def check_flip_contradicts(question: Question) -> list[str]:
    """No false true/false statement made by flipping a modal that goes on from the clause
    before it (`continues_clause_before`): it contradicts itself."""
    if question.type != "true_false" or question.answer != ["false"]:
        return []
    source = question.source_quote.strip()
    statement = statement_of(question.stem)
    at = _first_difference(statement, source)
    if at is None:
        return []
    zh = re.search(r"[\u4e00-\u9fff]", source) is not None
    # The modal whose words hold the first change (不得 -> 可以 differs at its first character,
    # "may not" -> "may" only after "may ").
    modal = next(
        (
            m
            for m in (_ZH_MODALS if zh else _EN_MODALS).finditer(source)
            if m.start() <= at <= m.end()
        ),
        None,
    )
    if modal is None:
        return []
    if not zh and second_act(source[modal.start() :]):
        return [
            f"the false statement flips {modal.group()!r}, which governs a second act or the "
            "threat that backs the first; flipped, the rest of the sentence reads garbled; change "
            "a figure or flip a rule with one act"
        ]
    if not continues_clause_before(source, modal.start(), zh):
        return []
    return [
        f"the false statement flips {modal.group()!r} in a clause that goes on from the rule "
        "before it in the same sentence, so the statement contradicts itself and is false on "
        "its face; change a figure or flip a rule that stands alone"
    ]
