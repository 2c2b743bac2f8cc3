"""How much a trainee must know a fact: what keeps people safe and who must act, before trivia.

An exam designer asks first about the rules whose breach hurts someone or costs the business:
temperatures, deadlines (a time within which something must be done), prohibitions, who is
responsible or must be told, and what to do in an emergency. A badge's wording or where the
valuables locker is are facts too, but a trainee who misses them harms no one. `importance` scores
those cues, whatever the trade; the writers rank facts with it (graphs/exam_generation/
offline_writer.py), so that a small blueprint spends its questions on the rules that matter.
"""

from __future__ import annotations

import re
from functools import lru_cache

from graphs.text.facts import Fact

_NEAR = 16
_DEADLINE_AFTER = re.compile(r"^\s*(?:内|以内|之内|前)")
_DEADLINE_BEFORE = re.compile(
    r"\b(?:within|no later than|at least|up to|by)\s+(?:the\s+)?$|[在于]$", re.IGNORECASE
)
_DEGREES = re.compile(r"℃|°C|°F|摄氏度")
_ABSOLUTE = re.compile(r"一律|严禁|绝不|任何情况|\bnever\b|\bunder no circumstances\b", re.I)
_ALERT = re.compile(
    r"报告|上报|通知|报警|拨打|立即|马上|\b(?:report|notify|inform|call|immediately|at once)\b",
    re.IGNORECASE,
)
_HARM = re.compile(
    r"安全|溺水|受伤|事故|急救|紧急|过敏|不良反应|中毒|火灾|消毒|感染|发热|召回|过期|隐私"
    r"|\b(?:safety|injur\w*|accident|emergenc\w*|allerg\w*|poison\w*|fire|infect\w*|expired|"
    r"recall|privacy|police|liability)\b",
    re.IGNORECASE,
)

WEIGHTS = {
    "temperature": 1.0,
    "deadline": 1.0,
    "prohibition": 1.0,
    "absolute": 0.5,
    "responsibility": 0.75,
    "alert": 0.75,
    "harm": 1.0,
}
"""What each cue adds; a fact with none scores 0."""


def cues(fact: Fact) -> set[str]:
    """The cues of importance a fact shows (see WEIGHTS)."""
    found: set[str] = set()
    figures = [a for a in fact.anchors if a.role == "figure"]
    if any(a.semantic == "temperature" for a in figures) or _DEGREES.search(fact.text):
        found.add("temperature")
    for a in figures:
        if a.semantic != "duration":
            continue
        after = fact.text[a.end : a.end + _NEAR]
        before = fact.text[max(0, a.start - _NEAR) : a.start]
        if _DEADLINE_AFTER.match(after) or _DEADLINE_BEFORE.search(before):
            found.add("deadline")  # 24小时内, within 48 hours: a time something must be done in
    if "prohibition" in fact.kinds:
        found.add("prohibition")
    if "responsibility" in fact.kinds:
        found.add("responsibility")
    for name, pattern in (("absolute", _ABSOLUTE), ("alert", _ALERT), ("harm", _HARM)):
        if pattern.search(fact.text):
            found.add(name)
    return found


@lru_cache(maxsize=4096)
def importance(fact: Fact) -> float:
    """The sum of the fact's cue weights: 0 for a fact a trainee can miss without harm (cached:
    every slot's pool is sorted by it)."""
    return sum(WEIGHTS[cue] for cue in cues(fact))
