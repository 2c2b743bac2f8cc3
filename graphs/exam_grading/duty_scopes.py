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

Such an answer holds most of the point's words (当班, 熬蜡工, 直接, 责任), so it could read as the
whole point: 「当班熬蜡工要负直接责任」 was 已答到 for 「当班熬蜡工对本班蜂蜡熔化温度负直接责任」
(session 25, lead). `duty_as_stated` keeps such a credit to a part, naming the scope: the duty
without what it is for earns PARTIAL_CREDIT, the level a point without its figure earns. The
same words with the duty denied (「当班熬蜡工不负直接责任」: jieba's 不负 is one word, so the
denial was never read) turn the point round: contradicted.
"""

from __future__ import annotations

import re
from dataclasses import replace

from graphs.exam_grading.point_judgement import PointJudgement
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


def duty_as_stated(judgement: PointJudgement, answer: str, language: Language) -> PointJudgement:
    """A credited point made partial where the answer states its responsibility without its
    scope (`scope_left_out`), its note naming the scope; contradicted where the answer denies
    the point's bearer that responsibility (module doc)."""
    if judgement.verdict not in ("credited", "partial"):
        return judgement
    if language == "zh" and _zh_duty_denied(judgement.point, answer):
        return replace(
            judgement, verdict="contradicted", reason="denies the duty", flipped=True, part=None
        )
    if judgement.verdict != "credited" or not scope_left_out(judgement.point, answer, language):
        return judgement
    scope = _scope_of(judgement.point, language)
    return replace(
        judgement, verdict="partial", reason=f"states the duty, not what for: {scope}", lacks=scope
    )


def _scope_of(point: str, language: Language) -> str:
    """What the point's responsibility is for (本班蜂蜡熔化温度; "the hygiene of the tanks")."""
    scoped_at = _ZH_SCOPED if language == "zh" else _EN_SCOPED
    text = point if language == "zh" else point.lower()
    scoped = next((m for c in CLAUSE_BREAK.split(text) if (m := scoped_at.search(c))), None)
    if scoped is None:
        return ""
    if language == "zh":
        return scoped["scope"].strip()
    start, end = scoped.span("scope")
    return point[start:end].strip()


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


_ZH_NOT = re.compile(r"(?:并不|不用|不必|无需|无须|不)$")


def _zh_duty_denied(point: str, answer: str) -> bool:
    """Whether a clause of the answer denies the point's bearer the point's responsibility
    (当班熬蜡工不负直接责任, 熬蜡工对温度不承担责任) where the point asserts it."""
    clauses = CLAUSE_BREAK.split(point)
    scoped = next((m for c in clauses if (m := _ZH_SCOPED.search(c))), None)
    if scoped is None or is_negated(scoped.string, scoped.start(), scoped.end(), "zh"):
        return False
    bearer = _ZH_MODALS.sub("", scoped["bearer"].strip())
    for clause in CLAUSE_BREAK.split(answer):
        duty = _ZH_DUTY.search(clause)
        if duty is None or not is_negated(clause, duty.start(), duty.end(), "zh"):
            continue
        given = _ZH_MODALS.sub("", _ZH_NOT.sub("", clause[: duty.start()].strip()))
        given = given.split("对")[0].strip()  # its own scope said (对温度不承担责任)
        if len(given) >= 2 and bearer.endswith(given):
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
