"""A rule of order done the other way round: the act the point allows only after a check, done first.

"客户确认后才能施工" against "增项可以先施工再告诉客户"; "收衣前须当面检查" against "先收下衣服，回店里
再检查"; "inspect the parcel before signing for it" against "sign for it first and inspect it
later"; an act with a direction said the other way round (directed_acts.py: "add the water to
the acid" for "add acid to water"). The point's act (what comes second) is found in the answer, not denied there, and put
first: 先 right before it, 后再/完再 right after it, or in English "first" just after it or
"then/later/afterwards" before one of the point's first words. The learner's own sentence is kept
for the note, which says what they said against the rule.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from graphs.exam_grading.directed_acts import ENUMERATOR, turned_round
from graphs.exam_grading.point_terms import CLAUSE_BREAK, Term, occurrences
from graphs.exam_grading.scope import negated
from graphs.exam_grading.vocabulary import Vocabulary
from graphs.exams import Language

_ZH_RULES = (
    # 客户确认后才能施工: the act after 才能, once what comes before it
    re.compile(
        r"(?P<first>[^，,；;。]+?)(?:之后|以后|后)(?:才能|才可以|才可|方可|方能|才|再)"
        r"(?P<then>[^，,；;。]+)"
    ),
    # 收衣前须当面检查: the act before 前, what the modal after it asks first
    re.compile(
        r"(?P<then>[^，,；;。]+?)(?:之前|以前|前)[，,]?(?:必须|须|应当|应|需要|需|要)(?:先)?"
        r"(?P<first>[^，,；;。]+)"
    ),
    # 须先核对处方，再发药; 先显影后定影
    re.compile(
        r"先(?P<first>[^，,；;。]+?)[，,]?(?:然后|再|才|后(?![台面方门厨]))(?P<then>[^，,；;。]+)"
    ),
)
_EN_RULES = (
    re.compile(r"^(?P<first>[^;.]+?)\s+before\s+(?P<then>[^,;.]+)", re.IGNORECASE),
    re.compile(r"^before\s+(?P<then>[^,;.]+),\s*(?P<first>[^;.]+)", re.IGNORECASE),
    re.compile(r"^(?P<then>[^;.]+?)\s+only\s+after\s+(?P<first>[^,;.]+)", re.IGNORECASE),
)
_ZH_ACT_FIRST = re.compile(r"先[^，,；;。]{0,3}$")
_ZH_THEN_AFTER = re.compile(r"^[^；;。]{0,6}?(?:之后|以后|后|完)[^；;。]{0,2}?(?:再|才)")
_AHEAD_OF = re.compile(
    r"(?:之前|以前|前)[，,]?(?:必须|须|应当|应|需要|需|要)?(?:先[^，,；;。]{0,3})?$"
)
"""The answer's act put ahead of the point's first act: 断电前先拆电池."""
_EN_BEFORE = re.compile(r"^\W*before\b", re.IGNORECASE)
_EN_FIRST = re.compile(r"^\W*(?:[\w'-]+\W+){0,4}?first\b", re.IGNORECASE)
# The act, then one of the point's first words after one of these: the act is done first. A bare
# "after" is the rule's own order ("remove the battery after switching off the power").
_EN_LATER = re.compile(r"\b(?:then|later|afterwards|after that|before)\b", re.IGNORECASE)
_SENTENCE = re.compile(r"[^。！？!?.;；\n]+[。！？!?.;；]?")


@dataclass(frozen=True)
class Reversal:
    """An order rule the answer turns round: why (for the judge's reason) and the learner's
    sentence that does it (for the note)."""

    reason: str
    said: str


def reversed_order(
    point: str, terms: Sequence[Term], answer: str, language: Language, *, written: str = ""
) -> Reversal | None:
    """The reversal of the point's order rule in `answer`, if it does one (see the module); an
    answer that denies the act there (不能先施工) or keeps the order (客户确认后先施工) does not.
    `point` and `answer` are read with synonyms folded; `written`, the point as the exam words
    it, is what the reason quotes."""
    quoted = order_rules(written, language) if written else []
    for index, rule in enumerate(order_rules(point, language)):
        said_first = quoted[index]["first"] if index < len(quoted) else rule["first"]
        first = [t for t in terms if t.text in rule["first"]]
        acts = [t for t in terms if t.text in rule["then"] and t.text not in rule["first"]]
        for act in acts:
            for start, end in act_spans(act.text, answer, language):
                if negated(answer, start, end, language):
                    continue
                clause = CLAUSE_BREAK.split(answer[:start])[-1]
                named = any(occurrences(t.text, clause, language) for t in first)
                if named and not _AHEAD_OF.search(clause):
                    continue  # "客户确认后先施工": the answer keeps the order
                if _put_ahead(answer, start, first, language) or _put_first(
                    answer, start, end, first, language
                ):
                    return Reversal(
                        f"does {act.text} first where the point allows it only after "
                        f"{said_first.strip()}",
                        _sentence_at(answer, start),
                    )
    turned = turned_round(point, answer, language)  # 把水倒进药粉 for 须把药粉倒入水中
    return Reversal(turned.reason, turned.said) if turned else None


def order_rules(point: str, language: Language) -> list[re.Match[str]]:
    """The point's order rules: each a match with the act done `first` and the one `then`."""
    if language == "zh":
        return [m for m in (r.search(point) for r in _ZH_RULES) if m]
    return [m for m in (r.search(point.strip()) for r in _EN_RULES) if m]


def act_spans(act: str, answer: str, language: Language) -> list[tuple[int, int]]:
    """Where the act stands; a two-character Chinese verb and object also with a word between
    (收衣 in 收下衣服, 验货 in 验一下货) or said object first with 把 (发药 in 把药发给顾客, 发卡 in
    把房卡发给客人): the span runs from 把 to the verb."""
    found = occurrences(act, answer, language)
    if not found and language == "zh" and len(act) == 2:
        verb, thing = (re.escape(c) for c in act)
        pattern = verb + r"[^，,；;。]{1,2}?" + thing + "|" + r"把[^，,；;。]{0,3}?" + thing
        pattern += r"[^，,；;。]{0,2}?" + verb
        found = [(m.start(), m.end()) for m in re.finditer(pattern, answer)]
    return found


def _put_first(
    answer: str, start: int, end: int, first: Sequence[Term], language: Language
) -> bool:
    later = answer[end:]
    named_later = any(occurrences(t.text, later, language) for t in first)
    if language == "zh":
        after = _ZH_THEN_AFTER.match(later)
        return bool(_ZH_ACT_FIRST.search(answer[:start]) or (after and named_later))
    sentence_end = re.search(r"[.!?;]", later)
    rest = later[: sentence_end.start()] if sentence_end else later
    if _EN_FIRST.match(rest):
        return True
    cue = _EN_LATER.search(rest)
    return cue is not None and any(occurrences(t.text, rest[cue.end() :], language) for t in first)


def _put_ahead(answer: str, start: int, first: Sequence[Term], language: Language) -> bool:
    """Whether the act at `start` is said to come before the point's first act: 断电前先拆电池,
    "Before switching off the power, remove the battery"."""
    if language == "zh":
        clause = CLAUSE_BREAK.split(answer[:start])[-1]
        ahead = _AHEAD_OF.search(clause) is not None
        return ahead and any(occurrences(t.text, clause, language) for t in first)
    lead = _sentence_to(answer, start)
    return bool(_EN_BEFORE.match(lead)) and any(occurrences(t.text, lead, language) for t in first)


def _sentence_to(answer: str, index: int) -> str:
    """The answer's sentence up to `index`, without the number before it ("(1) ")."""
    start = max(answer.rfind(mark, 0, index) for mark in "。！？!?.;；\n") + 1
    return ENUMERATOR.sub("", answer[start:index])


def _sentence_at(answer: str, index: int) -> str:
    for match in _SENTENCE.finditer(answer):
        if match.start() <= index < match.end():
            return match.group().strip().rstrip("。.!！?？;；")
    return ""


def learners_sentence(canonical: str, answer: str, vocabulary: Vocabulary) -> str:
    """The learner's sentence as written (without the number before it, "(2)") whose canonical form (synonyms read as one word) is
    `canonical`; `canonical` itself when none is."""
    canonical = ENUMERATOR.sub("", canonical)
    for match in _SENTENCE.finditer(answer):
        written = ENUMERATOR.sub("", match.group()).strip().rstrip("。.!！?？;；")
        if vocabulary.canonical(written).strip().rstrip("。.!！?？;；") == canonical:
            return written
    return canonical
