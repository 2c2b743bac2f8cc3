"""Whether a figure is a bound: the edge of what a rule covers, read from the words around it.

"Children under 16 must be accompanied", 「200元以下的退款由收银组长审批」, "report within 2
hours", 「不超过账单金额的50%」 give an upper bound: what lies under it is covered. "50元及以上的
纸币须验钞", "at least 14 days before", 「超过30分钟按每小时8元收费」 give a lower one. A false
statement must move a bound outward (under 16 -> under 20), never inward: under 10 describes
children the rule covers too, and reads true. A plain figure ("kept for 3 years", 工本费20元) is
no bound: either way is false.
"""

from __future__ import annotations

import re
from typing import Literal

from graphs.text.anchors import Anchor
from graphs.text.facts import Fact

Bound = Literal["upper", "lower"] | None

_UPPER_BEFORE = re.compile(
    r"(?:未满|不足|低于|少于|小于|不超过|不高于|不多于|最多|至多|最高|在|于)\s*$"
    r"|\b(?:under|below|less than|fewer than|younger than|within|up to|no more than|not more than|"
    r"at most|a maximum of|maximum of|not exceed(?:ing)?|no later than|before)\s+$",
    re.IGNORECASE,
)
_UPPER_AFTER = re.compile(
    r"^\s*(?:以下|以内|及以下|之内|范围内|范围以内|内|以前|之前|前)"
    r"|^\s*(?:or (?:less|fewer|under|below|younger|earlier))\b",
    re.IGNORECASE,
)
_LOWER_BEFORE = re.compile(
    r"(?:超过|高于|多于|大于|满|不少于|不低于|至少|最少|最低)\s*$"
    r"|\b(?:over|above|more than|older than|at least|a minimum of|minimum of|"
    r"no less than|no fewer than|not less than|exceed|exceeds|exceeding|after)\s+$",
    re.IGNORECASE,
)
_LOWER_AFTER = re.compile(
    r"^\s*(?:以上|及以上|起|以后|之后|后)"
    r"|^\s*(?:or (?:more|over|above|older|later)|and (?:over|above|older))\b",
    re.IGNORECASE,
)
_DENIED_EXCESS = re.compile(
    r"(?:不|没|勿|别)(?:应|得|能|可|可以|要|宜|准|许|会|应该|应当|需)?(?:超过|高于|多于|大于)\s*$"
    r"|\b(?:not|never|no)\s+(?:be\s+|go\s+|stay\s+|take\s+)?"
    r"(?:more than|over|above|longer than|later than|exceed(?:ing)?)\s+$",
    re.IGNORECASE,
)
"""「不得超过2小时」, "no more than 2 hours", "must not exceed": the excess denied is an upper bound,
although its last words (超过, more than) are a lower one's."""
_ZH_UPPER_SPAN = re.compile(r"在\s*$")
"""「在2小时内」: 在 opens the span whose end (内) makes it a bound; alone (在门店) it is none."""


def bound_of(text: str, start: int, end: int) -> Bound:
    """Whether the figure at [start, end) of `text` is an upper bound, a lower bound or neither."""
    before, after = text[max(0, start - 24) : start], text[end : end + 16]
    if _DENIED_EXCESS.search(before):
        return "upper"
    if _LOWER_BEFORE.search(before) or _LOWER_AFTER.match(after):
        return "lower"
    if _UPPER_AFTER.match(after):
        return "upper"
    if _UPPER_BEFORE.search(before) and not _ZH_UPPER_SPAN.search(before):
        return "upper"
    return None


_OBLIGATION = re.compile(
    r"^(?:必须|务必|应当|应该|应|须|需要|需|只能|一律|must|shall|should|need|needs|has to|have to|"
    r"is required to|are required to|only)$",
    re.IGNORECASE,
)
_ZH_MODIFIER_AFTER = re.compile(r"^[^，。；]{0,4}的")
"""「200元以下的现金退款」: a bound inside a "…的" modifier says which things the rule is about."""
_EN_MAIN_VERB = re.compile(
    r"\b(?:is|are|was|were|will|must|may|can|need|needs|has|have|get|gets|should|shall)\b", re.I
)
_CONDITION_BETWEEN = re.compile(
    r"\b(?:if|when|whenever|unless|where)\b|如果|若|超过[^，。]*的|的，"
)
_STANDARD_COLUMN = re.compile(
    r"标准|要求|合格|限值|不少于|至少|最低|最高|standard|requirement|limit|acceptable|minimum|"
    r"maximum|required",
    re.IGNORECASE,
)


def is_requirement(fact: Fact, anchor: Anchor) -> bool:
    """Whether the figure is part of what the rule requires (the action after an obligation, a
    promise stated without a modal, a table's standard), rather than of what the rule covers
    (its subject, a condition, what it forbids or permits). A requirement's weaker version is
    implied by it; a scope's narrower version is."""
    text, start = fact.text, anchor.start
    if fact.quote.lstrip().startswith("|"):  # a table cell: "检查项目：风力；标准：6级以下。"
        column = text[:start].rsplit("；" if "；" in text else ";", 1)[-1]
        return _STANDARD_COLUMN.search(column) is not None
    if fact.modal is not None:
        cue, _, cue_end = fact.modal
        if not _OBLIGATION.match(cue.strip()):
            return False  # a prohibition or a permission: the figure bounds what it covers
        return start > cue_end and not _CONDITION_BETWEEN.search(text, cue_end, start)
    # No modal: a "…的" modifier or a subject before the verb is scope; the rest is what happens.
    if _ZH_MODIFIER_AFTER.match(text[anchor.end :]):
        return False
    verb = _EN_MAIN_VERB.search(text)
    return not (verb is not None and verb.start() > start)
