"""A responsibility stated without what it is for: the point's core, partly answered.

「当班司炉工对本班锅炉安全运行负直接责任」 answered 「司炉工负直接责任」 says who bears the duty and
how (直接), and leaves out what for (本班锅炉安全运行). Its terms found are few, so the point read
as 未答到; a teacher marks it 部分答到 and names the scope left out (session 25 designer D18, m1
Q13). `scope_left_out` says when an answer does that: a clause of it holds the point's bearer (the
same role, or the point's role without its shift word: 司炉工 for 当班司炉工; "the brewer" for "the
brewer on shift"), the point's duty word (负…责任, 承担…责任; "is responsible", "bears
responsibility") with the point's degree or none, not denied, and no scope of its own (对…,
"for …": another scope is another duty, not part of this one). Another bearer (班长负直接责任),
another degree (间接 for 直接) or a denial (不负直接责任) states no part of it.
"""

from __future__ import annotations

import re

from graphs.exam_grading.point_terms import CLAUSE_BREAK
from graphs.exams import Language
from graphs.text.negation import is_negated

_ZH_DEGREES = "直接|间接|主要|次要|全部|全面|连带|首要|第一|领导|管理|监督|相应"
_ZH_DUTY = re.compile(rf"(?:负|承担)(?P<degree>{_ZH_DEGREES})?(?:的)?责任")
_ZH_SCOPED = re.compile(
    rf"^(?P<bearer>[^，,；;。对]{{2,12}}?)对(?P<scope>[^，,；;。]+?)(?:{_ZH_DUTY.pattern})"
)
_ZH_MODALS = re.compile(r"(?:应当|应该|必须|须|应|需|要|将|由)$")
_EN_DEGREES = "directly|indirectly|fully|primarily|mainly|chiefly|solely|personally|jointly"
_EN_DUTY = re.compile(
    rf"\b(?:(?:is|are|be|remains?)\s+(?:(?P<degree>{_EN_DEGREES})\s+)?responsible"
    rf"|(?:bears?|takes?|has|have|holds?)\s+(?:(?P<bdegree>direct|indirect|full|primary|main|"
    r"sole|personal|joint)\s+)?responsibility)\b"
)
_EN_SCOPED = re.compile(rf"^(?P<bearer>.+?)\s+(?:{_EN_DUTY.pattern})\s+for\s+(?P<scope>\S.*)$")
_EN_WORD = re.compile(r"[a-z]+")
_EN_LEAD_WORDS = frozenset(
    {"the", "a", "an", "each", "every", "our", "must", "shall", "will", "should", "be"}
)


def scope_left_out(point: str, answer: str, language: Language) -> bool:
    """Whether the answer states the point's responsibility (its bearer, its duty word and
    degree) without saying what it is for (see the module doc)."""
    if language == "zh":
        return _zh_scope_left_out(point, answer)
    return _en_scope_left_out(point.lower(), answer.lower())


def _zh_scope_left_out(point: str, answer: str) -> bool:
    scoped = next((m for c in CLAUSE_BREAK.split(point) if (m := _ZH_SCOPED.search(c))), None)
    if scoped is None:
        return False
    bearer = _ZH_MODALS.sub("", scoped["bearer"].strip())
    for clause in CLAUSE_BREAK.split(answer):
        duty = _ZH_DUTY.search(clause)
        if duty is None or duty["degree"] not in (None, scoped["degree"]):
            continue
        given = _ZH_MODALS.sub("", clause[: duty.start()].strip())
        if "对" in given or len(given) < 2 or not bearer.endswith(given):
            continue  # a scope of its own, or another bearer (班长 for 当班司炉工)
        if not is_negated(clause, duty.start(), duty.end(), "zh"):
            return True
    return False


def _en_scope_left_out(point: str, answer: str) -> bool:
    scoped = next((m for c in CLAUSE_BREAK.split(point) if (m := _EN_SCOPED.search(c))), None)
    if scoped is None:
        return False
    bearer = set(_EN_WORD.findall(scoped["bearer"])) - _EN_LEAD_WORDS
    degree = scoped["degree"] or scoped["bdegree"]
    for clause in CLAUSE_BREAK.split(answer):
        duty = _EN_DUTY.search(clause)
        if duty is None or re.match(r"\s+for\b", clause[duty.end() :]):
            continue  # "responsible for …": a scope of its own
        if not _same_degree(duty["degree"] or duty["bdegree"], degree):
            continue
        given = [w for w in _EN_WORD.findall(clause[: duty.start()]) if w not in _EN_LEAD_WORDS]
        if not given or not set(given) <= bearer:
            continue  # another bearer ("the team leader" for "the brewer on shift")
        if not is_negated(clause, duty.start(), duty.end(), "en"):
            return True
    return False


def _same_degree(given: str | None, wanted: str | None) -> bool:
    """No degree said, or the point's ("direct responsibility" for "directly responsible")."""
    return given is None or (wanted is not None and given[:4] == wanted[:4])
