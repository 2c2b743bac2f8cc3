"""The modality of a rule: forbidden (不得, must not) or permitted (可以, may), and its flip.

A scoring point that forbids something ("前台员工不得在电话中替会员查询储值余额") is contradicted by an
answer that permits it ("前台可以在电话里直接告诉会员余额"), even when the answer's verb is another one
(告诉 for 查询) so that the negation of the point's own words cannot catch it; and the other way
round ("会员可以免费使用休息区" against "会员不能使用休息区"). `modality(clause, language)` reads
one clause:

- forbidden: 不得 不准 不许 不予 禁止 严禁 不能 不可以 不可 不允许 不应 不要 切勿 勿 别; must not, may not,
  cannot, can't, not allowed/permitted, should not, do not, never, forbidden, prohibited;
- permitted: 可以 允许 准许 能够 能 可 有权 (not inside 可能, 功能, 认可 and the like), an act waved
  through at its clause's end (竞速没问题, 换鞋也没关系); may, can, could, allowed, permitted, free to,
  is fine / is OK, no problem.

A prohibition is read first and masked, so 不可以 is forbidden and never also permitted. A clause
with both (after masking) or neither has no modality.

Obligations are read apart (`obligation`): required (须, 必须, 需要, 应, must, have to, need to,
required) or exempt (不需要, 不用, 不必, 无需, 可以不 (may skip it), 可以跳过, need not, don't need, not
required, no need, optional, can be skipped / may be waived). An
answer whose topical clause exempts what the point requires ("退货不需要小票" for "退货须出示购物
小票") contradicts it even when the point's verb (出示) is not there for the negation scope to deny.
"""

from __future__ import annotations

import re
from typing import Literal

from graphs.exams import Language
from graphs.text.segment import tokenize

Modality = Literal["forbidden", "permitted"]

_FORBIDDEN = {
    "zh": re.compile(
        r"不得|不准|不许|不予|禁止|严禁|不允许|不可以|不可|不能够|不能|不应该|不应|不要|切勿|勿|别(?![人的处])"
    ),
    "en": re.compile(
        r"\b(?:must\s+not|mustn't|may\s+not|cannot|can't|can\s+not|could\s+not|couldn't|"
        r"(?:is|are|be)\s+not\s+(?:allowed|permitted|to)|not\s+allowed|not\s+permitted|"
        r"should\s+not|shouldn't|do\s+not|don't|does\s+not|doesn't|never|forbidden|prohibited|"
        r"no\s+one\s+may)\b"
    ),
}
_PERMITTED = {
    "zh": re.compile(
        r"可以|允许|准许|能够|有权|(?<![可功性智技本才])能(?![力够])|(?<![认许宁])可(?![能是靠])|"
        # the act said and then waved through at the clause's end: 初级道上竞速没问题
        r"(?:也|都)?(?:没问题|没关系|无所谓|没事)[的啦吧呢了]?\s*$"
    ),
    "en": re.compile(
        r"\b(?:may|can|could|allowed|permitted|free\s+to|"
        r"(?:is|are)\s+(?:fine|ok|okay)|(?:that's|it's)\s+(?:fine|ok|okay)|no\s+problem)\b"
    ),
}
OPPOSITE: dict[Modality, Modality] = {"forbidden": "permitted", "permitted": "forbidden"}

Obligation = Literal["required", "exempt"]

_EXEMPT = {
    "zh": re.compile(
        r"不需要|不需|不用|不必|无需|无须|没必要|不要求|可以不(?![得能要准许可])|"
        r"可以?(?:跳过|省略|省去|免做|免去)"
    ),
    "en": re.compile(
        r"\b(?:need\s+not|needn't|(?:do|does|did)\s+not\s+(?:need|have)\s+to|"
        r"(?:don't|doesn't|didn't)\s+(?:need|have)(?:\s+to)?|(?:do|does)\s+not\s+need|"
        r"not\s+required|no\s+need|not\s+necessary|not\s+obliged|optional|"
        r"(?:can|may|could)\s+(?:be\s+)?(?:skipped|skip|omitted|omit|waived|waive|left\s+out))\b"
    ),
}
_REQUIRED = {
    "zh": re.compile(r"必须|务必|须|需要|需(?!求)|应当|应该|(?<![反相响])应(?![用对急])|要求"),
    "en": re.compile(
        r"\b(?:must|have\s+to|has\s+to|need\s+to|needs\s+to|required|requires|require|"
        r"need|needs|should)\b"
    ),
}


_ZH_CONDITION = re.compile(
    r"(?:不能够|不能|不可以|可以|能够|能)[^，,；;。！？!?是]*的(?:(?![是的])[\u4e00-\u9fff]){0,4}"
    r"(?=[，,；;。！？!?]|$)"
)
"""A modal inside a condition that ends in 的 ("不能当场解决的，…", "前台能够当场解决的投诉，…"): it
says what the rule is about (complaints that cannot be solved), not what the rule permits. A
是…的 sentence ("可以说自己的是最好的") is no condition: its modal is the rule's."""


def _condition_masked(found: re.Match[str]) -> str:
    """A condition masked; not a possessive 的 with the rule's object and verb after it
    ("可以借朋友的证登记": 的 + 证 + 登记 is the act permitted, no condition)."""
    tail = found.group().rpartition("的")[2]
    tags = [token.pos[:1] for token in tokenize(tail, "zh")] if tail else []
    acted = "n" in tags and "v" in tags[tags.index("n") :]
    return found.group() if acted else " "


def modality(clause: str, language: Language) -> Modality | None:
    """Whether `clause` forbids or permits (None: neither, or both); a modal inside a condition
    ending in 的 is no modality of the rule."""
    text = clause.lower()
    if language == "zh":
        text = _ZH_CONDITION.sub(_condition_masked, text)
    forbidden = _FORBIDDEN[language].search(text) is not None
    masked = _FORBIDDEN[language].sub(" ", text)
    permitted = _PERMITTED[language].search(masked) is not None
    if forbidden == permitted:
        return None
    return "forbidden" if forbidden else "permitted"


def forbidden_cue(clause: str, language: Language) -> bool:
    """Whether `clause` says a prohibition anywhere (不能, never), a condition's 的 not read: the
    cue alone, for a prohibition said with the learner's own verb ("也不能说出送礼人的名字")."""
    return _FORBIDDEN[language].search(clause.lower()) is not None


def forbidden_span(clause: str, language: Language) -> tuple[int, int] | None:
    """Where the first prohibition cue of `clause` stands (不能, must not), if it has one."""
    found = _FORBIDDEN[language].search(clause.lower())
    return found.span() if found else None


def flips(point_modality: Modality | None, clause_modalities: list[Modality | None]) -> bool:
    """True when the clauses that state a point's topic say the opposite of the point.

    A clause with the point's own modality wins: the learner stated the rule there.
    """
    if point_modality is None or point_modality in clause_modalities:
        return False
    return OPPOSITE[point_modality] in clause_modalities


def obligation(clause: str, language: Language) -> Obligation | None:
    """Whether `clause` requires or exempts (None: neither, or both); the exemption is read
    first and masked, so 不需要 is exempt and never also required."""
    text = clause.lower()
    exempt = _EXEMPT[language].search(text) is not None
    required = _REQUIRED[language].search(_EXEMPT[language].sub(" ", text)) is not None
    if exempt == required:
        return None
    return "exempt" if exempt else "required"


def exemption(clause: str, language: Language) -> int | None:
    """Where the first exemption of `clause` ends (不需要, no need), if it has one."""
    span = exemption_span(clause, language)
    return span[1] if span else None


def exemption_span(clause: str, language: Language) -> tuple[int, int] | None:
    """Where the first exemption of `clause` begins and ends, if it has one."""
    found = _EXEMPT[language].search(clause.lower())
    return found.span() if found else None
