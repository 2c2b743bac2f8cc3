"""Chinese terms jieba fuses from a rule's parts, found by those parts: 严禁吸烟 (read 不得吸烟, a
ban fused with its act) and 违者罚款 (the violators' penalty).

"严禁吸烟，违者罚款200元" has two terms, 不得吸烟 and 违者罚款, and an answer that tells the rule
in its own words holds neither as written: 「吸烟的罚款200元」, 「不能抽烟，抽了罚200」 were 未答到
/ 缺少：违者罚款200元 (session 23, issue 11 leftovers). So:
- a ban fused with its act is found where the act is denied (不能吸烟), or where the act stands in
  a clause with a penalty (吸烟的罚款200元): a fine for an act says the act is banned;
- a violators' consequence (违者罚款) is found by its head (罚款), or by the head's verb right
  before a figure (罚200元).
A figure of the answer is still weighed against the point's (罚款500元 is 有误).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graphs.exam_grading.figures import clause_of
from graphs.exam_grading.point_terms import CLAUSE_BREAK, Term, occurrences
from graphs.exam_grading.scope import negated
from graphs.exam_grading.vocabulary import Vocabulary

_BAN = re.compile(r"^(?:不得|不准|不许|严禁|禁止)(?P<act>\w{2,})$")
"""A ban fused with its act (不得吸烟): its act after the cue."""
_VIOLATORS = re.compile(r"^(?:违者|违反者|违规者)(?P<head>\w{2,})$")
"""A violators' consequence (违者罚款): its head after 违者."""
_PENALTY = re.compile(r"罚")
"""A penalty in a clause: 罚款, 罚200元, 罚两百."""
_FIGURE_AFTER = r"\s*[\d零一二两三四五六七八九十百千万]"


def fused_found(
    terms: list[Term], answer: str, vocabulary: Vocabulary
) -> Iterator[tuple[Term, set[int]]]:
    """Each fused term of `terms` that the (canonical, zh) `answer` states by its parts, with the
    clauses where it does."""
    for term in terms:
        if term.negated:
            continue
        if ban := _BAN.match(term.text):
            clauses = _ban_clauses(ban.group("act"), answer, vocabulary)
        elif violators := _VIOLATORS.match(term.text):
            clauses = _head_clauses(violators.group("head"), answer)
        else:
            continue
        if clauses:
            yield term, clauses


def _ban_clauses(act: str, answer: str, vocabulary: Vocabulary) -> set[int]:
    """The clauses where `act` is denied, or stands beside a penalty."""
    found: set[int] = set()
    pieces = CLAUSE_BREAK.split(answer)
    for form in {act, *vocabulary.variants(act)}:
        for start, end in occurrences(form, answer, "zh"):
            clause = clause_of(answer, start)
            if negated(answer, start, end, "zh") or (
                clause < len(pieces) and _PENALTY.search(pieces[clause])
            ):
                found.add(clause)
    return found


def _head_clauses(head: str, answer: str) -> set[int]:
    """The clauses holding `head`, or its verb (first character) right before a figure."""
    spans = occurrences(head, answer, "zh") or [
        (m.start(), m.end()) for m in re.finditer(re.escape(head[0]) + _FIGURE_AFTER, answer)
    ]
    return {clause_of(answer, start) for start, _ in spans}
