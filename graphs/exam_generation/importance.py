"""How much a trainee must know a fact: what keeps people safe and who must act, before trivia.

An exam designer asks first about the rules whose breach hurts someone or costs the business:
temperatures, deadlines (a time within which something must be done), prohibitions, who is
responsible or must be told, and what to do in an emergency. A badge's wording or where the
valuables locker is are facts too, but a trainee who misses them harms no one. What the customer
is promised or pays (a warranty's term, a deposit, a fee, a fine) and who is qualified to do a
job (a certificate, a licence) are what staff are asked about every day. `importance` scores
those cues, whatever the trade; the writers rank facts with it (graphs/exam_generation/
offline_writer.py), so that a small blueprint spends its questions on the rules that matter.

A line about the document itself (its number, owner, scope or version: "Document SP-WT-2025 |
Applies to …", 本规程由仓储安全部负责解释, "This policy is reviewed annually", its purpose: 为规范…，
制定本规定) is no rule of the trade: its cue `admin` weighs far below any rule, so that it is asked last of all, and
`is_document_admin` names it for a writer that must never ask it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from graphs.text.caches import register
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
    r"安全(?![部科处办委员组])|溺水|受伤|事故|急救|紧急|过敏|不良反应|中毒|火灾|消毒|感染|发热|召回|过期|隐私"
    r"|\b(?:safety|injur\w*|accident|emergenc\w*|allerg\w*|poison\w*|fire|infect\w*|expired|"
    r"recall|privacy|police|liability)\b",
    re.IGNORECASE,
)

_MONEY_OR_PROMISE = re.compile(
    r"押金|费用?|罚款|赔偿|退款|退还|保修|质保|保证金|折扣|优惠|元|"
    r"\b(?:fees?|deposits?|charged?|charges|fines?|penalt\w*|refund\w*|warrant\w*|"
    r"guarantee\w*|discounts?|costs?|prices?|EUR|USD|GBP|RMB)\b|[$€£¥]",
    re.IGNORECASE,
)
_QUALIFICATION = re.compile(
    r"持证|证件|资格|上岗证|作业证|\b(?:certificate\w*|certified|licen[cs]e\w*|qualified|"
    r"qualification\w*)\b",
    re.IGNORECASE,
)
_ADMIN = re.compile(
    r"负责解释|解释权|起施行|同时废止|每年.{0,4}复审|本(?:规程|规定|制度|办法|手册|政策|文件)"
    r"(?:由|自|适用)|制定本(?:规程|规定|制度|办法|手册|政策|守则|细则|规范)|文件编号|生效日期|版本[：:]|\d{4}\s*年\s*\d{1,2}\s*月\s*修订|"
    r"\bDocument\s+[A-Z][A-Z0-9-]*\d|\bDocument no\b|\bRevision\s+\d|\bEffective \d|(?:^|\|\s*)Applies to\b|\bOwner:|"
    r"\bVersion\s*\d|\b(?:[Ss]upersedes|[Tt]akes effect on|[Ee]ffective from)\b|"
    r"\b[Tt]his (?:policy|document|manual|guide) (?:is|was) (?:owned|issued|reviewed|maintained)\b"
    r"|\b[Tt]he purpose of this (?:policy|document|manual|guide|procedure) is\b"
)
"""Case matters: "Applies to" opening a header line is the document's scope, "the limit applies
to all claims" a rule."""

WEIGHTS = {
    "temperature": 1.0,
    "deadline": 1.0,
    "prohibition": 1.0,
    "absolute": 0.5,
    "responsibility": 0.75,
    "alert": 0.75,
    "harm": 1.0,
    "money": 0.75,
    "qualification": 0.75,
    "admin": -5.0,
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
    for name, pattern in (
        ("absolute", _ABSOLUTE),
        ("alert", _ALERT),
        ("harm", _HARM),
        ("money", _MONEY_OR_PROMISE),
        ("qualification", _QUALIFICATION),
    ):
        if pattern.search(fact.text):
            found.add(name)
    if is_document_admin(fact):
        found.add("admin")
    return found


def is_document_admin(fact: Fact) -> bool:
    """True for a line about the document itself (its number, owner, scope, version, who
    interprets it), not a rule of the trade."""
    return is_admin_line(fact.text)


def is_admin_line(text: str) -> bool:
    """True for a line about the document itself (`is_document_admin`), fact or not."""
    return _ADMIN.search(text) is not None


@lru_cache(maxsize=4096)
def importance(fact: Fact) -> float:
    """The sum of the fact's cue weights: 0 for a fact a trainee can miss without harm, below 0
    for a line about the document (cached: every slot's pool is sorted by it)."""
    return sum(WEIGHTS[cue] for cue in cues(fact))


register(importance.cache_clear)
