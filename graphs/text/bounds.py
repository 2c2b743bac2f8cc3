"""Whether a figure is a bound: the edge of what a rule covers, read from the words around it.

"Children under 16 must be accompanied", 「200元以下的退款由收银组长审批」, "report within 2
hours", 「不超过账单金额的50%」 give an upper bound: what lies under it is covered. "50元及以上的
纸币须验钞", "at least 14 days before", 「超过30分钟按每小时8元收费」 give a lower one, and so does
a shortfall denied (「不得低于160℃」, 「不能少于3人」, "must not be less than 2 hours": what lies
above it is required, as 「不得超过2小时」 is an upper bound). A lead time before an event
(「开船48小时以前退票」, "48 hours before the service") is a lower bound too: earlier is more. A
false
statement must move a bound outward (under 16 -> under 20), never inward: under 10 describes
children the rule covers too, and reads true. A plain figure ("kept for 3 years", 工本费20元) is
no bound: either way is false. Comparatives say bounds as well ("heavier than 500 kg", "no
narrower than 3 metres", 超出), read past a sign between them and the figure (低于零下18℃, "below
minus 5°C"); a figure in a case of when or if (「温度低于零下18℃时，…」, "When … below minus 5°C,")
says whom the rule covers, not what it requires.
"""

from __future__ import annotations

import re
from typing import Literal

from graphs.text.anchors import Anchor
from graphs.text.facts import Fact

Bound = Literal["upper", "lower"] | None

_EN_EXCESS_THAN = (
    r"(?:longer|later|wider|higher|taller|deeper|heavier|bigger|larger|greater|older|hotter|"
    r"warmer|louder|thicker|faster) than"
)
"""An English comparative of excess: "no gap wider than 5 cm", "no bag heavier than 20 kg" deny
what lies past the figure, an upper bound as "no more than" is."""
_EN_SHORTFALL_THAN = (
    r"(?:shorter|lower|narrower|smaller|lighter|younger|earlier|colder|cooler|thinner|slower|"
    r"shallower) than"
)
"""An English comparative of shortfall: "no colder than 2 °C" is a lower bound."""
_SIGN_BEFORE = re.compile(r"(?:零下|正负|负|±|\bminus)\s*$", re.IGNORECASE)
"""A sign between a comparison and its figure (低于零下18℃, "below minus 5°C", 不超过±10毫米):
the comparison is the figure's, read past the sign."""

_UPPER_BEFORE = re.compile(
    r"(?:未满|不满|不足|低于|少于|小于|不超过|不高于|不多于|最多|至多|最高|最近|(?<!接)近|在|于)\s*$"
    r"|(?:最多|至多)[\u4e00-\u9fff]{1,2}$"
    r"|\b(?:under|below|less than|fewer than|younger than|within|up to|no more than|not more than|"
    r"at most|a maximum of|maximum of|maximum|max\.?|not exceed(?:ing)?|no later than|before|"
    r"(?:in|within|over|during) the (?:last|past|previous)|" + _EN_SHORTFALL_THAN + r")\s+$",
    re.IGNORECASE,
)
_UPPER_AFTER = re.compile(
    r"^\s*(?:以下|以内|及以下|之内|范围内|范围以内|内|以前|之前|前)"
    r"|^\s*(?:or (?:less|fewer|under|below|younger|earlier)|at (?:the )?most|max(?:imum)?|tops)\b",
    re.IGNORECASE,
)
_LOWER_BEFORE = re.compile(
    r"(?:超过|超出|高于|多于|大于|(?<![未不])满|不少于|不低于|至少|最少|最低)\s*$"
    r"|超过[^，。；\d]{0,6}时间\s*$"  # 超过约定取宠时间2小时: late by more than 2 hours
    r"|\b(?:over|above|more than|in excess of|at least|a minimum of|minimum of|minimum|min\.|"
    r"no less than|no fewer than|not less than|exceed|exceeds|exceeding|after|"
    + _EN_EXCESS_THAN
    + r")\s+$",
    re.IGNORECASE,
)
_LOWER_AFTER = re.compile(
    r"^\s*(?:以上|及以上|或以上|或者以上|以及以上|起|以后|之后|后)"
    r"|^\s*(?:or (?:more|over|above|older|later|longer)|and (?:over|above|older)|"
    r"at (?:the )?least|minimum)\b",
    re.IGNORECASE,
)
_ZH_MODAL = r"(?:应|得|能|可|可以|要|宜|准|许|会|应该|应当|需)?"
"""A modal between a denial and its comparison (不得超过, 不应低于), or none (不超过)."""
_DENIED_EXCESS = re.compile(
    r"(?:不|没|勿|别)" + _ZH_MODAL + r"(?:超过|高于|多于|大于)\s*$"
    r"|\b(?:not|never|no)\s+(?:be\s+|go\s+|stay\s+|take\s+)?"
    r"(?:more than|over|above|longer than|later than|exceed(?:ing)?)\s+$",
    re.IGNORECASE,
)
"""「不得超过2小时」, "no more than 2 hours", "must not exceed": the excess denied is an upper bound,
although its last words (超过, more than) are a lower one's."""
_DENIED_SHORTFALL = re.compile(
    r"(?:不|没|勿|别|严禁|禁止)" + _ZH_MODAL + r"(?:低于|少于|小于|短于|不足)\s*$"
    r"|\b(?:not|never|no)\s+(?:be\s+|go\s+|stay\s+|take\s+|fall\s+)?"
    r"(?:less than|fewer than|under|below|shorter than|lower than)\s+$",
    re.IGNORECASE,
)
"""「不得低于160℃」, "must not be less than 2 hours": the shortfall denied is a lower bound,
although its last words (低于, less than) are an upper one's."""
_LEAD_AFTER = re.compile(
    r"^\s*(?:以前|之前|前|(?:before|ahead|in advance|earlier)\b)", re.IGNORECASE
)
"""「开船48小时以前」, "48 hours before the service": a span before an event is a lead time, whose
bound is a lower one (earlier is more); 「16点前」, a time of day before, is a deadline."""
_LATEST_BEFORE = re.compile(r"\b(?:no|not) later than\s+$", re.IGNORECASE)
"""A lead time given as the latest moment: "arrive no later than 10 minutes before the agreed
time" is at least 10 minutes early, a lower bound (session 25 teacher T18, e3 strong Q10: "at
least ten minutes early" was read as the bound the other way round)."""
_AHEAD_BEFORE = re.compile(r"提前\s*$")
"""「须提前48小时预订」: a span ahead of what it is before is a lead time, at least that long."""
_ZH_UPPER_SPAN = re.compile(r"在\s*$")
_ZH_RATE_BEFORE = re.compile(r"每(?:小时|天|日|人|次|周|月|年|单|件|间|辆)\s*$")
"""「最高不得超过每小时80公里」: the rate's 每小时 stands between the bound's words and its figure."""
"""「在2小时内」: 在 opens the span whose end (内) makes it a bound; alone (在门店) it is none."""


_DENIER = (
    r"(?:不得|不能|不可|不应|不要|不准|不许|不宜|不会|严禁|禁止|切勿|勿|别)[^，,；;。\d不]{0,8}"
)
_EN_DENIER = r"(?:\b(?:not|never|no|cannot)\b|n['’]t\b)[^,;.\d]{0,24}\b"
_DENIED_EXCESS_BEFORE = re.compile(
    _DENIER
    + r"(?:超过|高于|多于|大于|超出)\s*$|"
    + _EN_DENIER
    + r"(?:more than|over|above|beyond|"
    + _EN_EXCESS_THAN
    + r"|exceed(?:s|ing)?)\s*\$?\s*$",
    re.I,
)
_DENIED_SHORTFALL_BEFORE = re.compile(
    _DENIER
    + r"(?:低于|少于|小于|短于|不足)\s*$|"
    + _EN_DENIER
    + r"(?:less than|fewer than|under|below|"
    + _EN_SHORTFALL_THAN
    + r")\s*\$?\s*$",
    re.I,
)


_EN_DENIER_FAR = _EN_DENIER.replace("{0,24}", "{0,60}")
"""A grader's English cue and the act it bounds, up to about ten words ("Don't leave the
passenger on their own for longer than…"), as far as negation_limits.py reads a cue as a ceiling."""
_DENIED_EXCESS_FAR = re.compile(
    _DENIED_EXCESS_BEFORE.pattern.replace(_EN_DENIER, _EN_DENIER_FAR), re.I
)
_DENIED_SHORTFALL_FAR = re.compile(
    _DENIED_SHORTFALL_BEFORE.pattern.replace(_EN_DENIER, _EN_DENIER_FAR), re.I
)


def denied_edge(
    text: str, start: int, end: int, is_negated: bool, bound: Bound
) -> tuple[bool, Bound]:
    """A denied excess is a ceiling and a denied shortfall a floor, said either way: "never hold
    more than $1,000" and 「车门不得连续敞开超过5分钟」 are "at most", as "must not exceed" is;
    「烤箱温度不得低于160℃」 and "must not be less than 2 hours" are "at least". The figure is then
    that bound and not negated (its negation is the bound's): (negated, bound) of the figure at
    [start, end), given what the negation scope and `bound_of` read."""
    before = _words_before(text, start, 80)
    if _latest_lead(text, start, end):
        return False, "lower"  # "no later than" denies no excess of a lead time
    if _DENIED_EXCESS_FAR.search(before):
        return False, "upper"
    if _DENIED_SHORTFALL_FAR.search(before):
        return False, "lower"
    return is_negated, bound


def _latest_lead(text: str, start: int, end: int) -> bool:
    """The figure at [start, end) is a lead time said as the latest moment ("no later than 10
    minutes before the agreed time"): at least that long ahead (`_LATEST_BEFORE`)."""
    before = _words_before(text, start, 24)
    return bool(_LATEST_BEFORE.search(before) and _LEAD_AFTER.match(text[end : end + 16]))


def _words_before(text: str, start: int, reach: int) -> str:
    """The words before the figure at `start` that may bound it, without a rate's 每小时 or a
    sign word between them and the figure (最高不得超过每小时80公里, 低于零下18℃)."""
    return _SIGN_BEFORE.sub("", _ZH_RATE_BEFORE.sub("", text[max(0, start - reach) : start]))


def bound_of(text: str, start: int, end: int, *, span: bool = False) -> Bound:
    """Whether the figure at [start, end) of `text` is an upper bound, a lower bound or neither.

    `span`: the figure is a time span (48小时, 2 days), so words that put it before an event make
    it a lead time (a lower bound), not a deadline."""
    before, after = _words_before(text, start, 24), text[end : end + 16]
    # A denial a few words back ("must not be stacked higher than", 不得连续停放超过) is read as
    # far as `is_requirement` reads it, so that the two agree on which side the rule leaves.
    denied = _words_before(text, start, 40)
    if span and _latest_lead(text, start, end):
        return "lower"  # no later than 10 minutes before: at least 10 minutes early
    if _DENIED_EXCESS.search(before) or _DENIED_EXCESS_BEFORE.search(denied):
        return "upper"
    if _DENIED_SHORTFALL.search(before) or _DENIED_SHORTFALL_BEFORE.search(denied):
        return "lower"
    lead = (span and _LEAD_AFTER.match(after)) or _AHEAD_BEFORE.search(before)
    if lead and not _UPPER_BEFORE.search(before):
        return "lower"
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
_EN_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who|whose)\b[^,;.]*$", re.IGNORECASE)
_EN_MAIN_VERB = re.compile(
    r"\b(?:is|are|was|were|will|must|may|can|need|needs|has|have|get|gets|should|shall"
    # a rule stated with its own verb: "Bookings over 14 nights require a 50% deposit" (over 14
    # is whom it covers: "over 20 nights" is implied, session 20 end designer D13's broken key)
    r"|require|requires|pay|pays|cost|costs|incur|incurs|attract|attracts|qualify|qualifies"
    r"|receive|receives|earn|earns)\b",
    re.I,
)


def _in_object_clause(text: str, start: int) -> bool:
    """Whether the figure at `start` is in a relative clause on what the verb is done to ("… is
    paid for each job that lasts longer than 5 hours"); one on the subject ("Users who click a
    link complete it within 5 days") runs up to the verb, and the figure after it is the rule's."""
    clause = _EN_RELATIVE_BEFORE.search(text, 0, start)
    return clause is not None and _EN_MAIN_VERB.search(text, 0, clause.start()) is not None


_CONDITION_BETWEEN = re.compile(
    r"\b(?:if|when|whenever|unless|where)\b|如果|若|超过[^，。]*的|的，"
)
_STANDARD_COLUMN = re.compile(
    r"标准|要求|合格|限值|不少于|至少|最低|最高|standard|requirement|limit|acceptable|minimum|"
    r"maximum|required",
    re.IGNORECASE,
)


_OBLIGATION_BEFORE = re.compile(
    r"必须|务必|应当|应该|(?<![无不])须|(?<![无不])需要"
    r"|\b(?:must|shall|has to|have to|(?:is|are) required to)\b(?!\s+not)",
    re.IGNORECASE,
)
"""An obligation written before the figure, when the fact's first-read modal comes after it:
「必须由一名持证满3年的销售顾问…陪同，不得让客户单独驾驶」 requires the 3 years, 不得 does not."""
_CAP = re.compile(
    r"(?:最多|至多)[\u4e00-\u9fff]{0,2}\s*$|\b(?:up to|at most|a maximum of|maximum of)\s+$",
    re.IGNORECASE,
)
"""「车内最多乘坐3人」, "up to 3 guests": a cap on what is allowed. With no obligation it reads as a
permission (up to 3 may ride), which only a higher figure makes false."""


_ZH_CASE_AFTER = re.compile(
    r"[^，,。；;]{0,6}?(?:的时候|(?<![及准按随同届临当实定适暂小])时)(?![间限效段候刻])"
)
"""「温度低于零下18℃时，…」: the figure closes a clause of when, with or without a modal after."""
_ZH_CASE_CLAUSE = re.compile(r"[^，,。；;：:]{0,8}?的\s*[，,]")
"""「停场超过30分钟的，按剩余时间退款」, 「超载的，…」: a clause closed by 的 and a comma is a case
(whoever or whatever it names), as a clause of 时 is: the figure in it says what the rule
covers, not what it requires."""
_NO_MODAL = r"(?:(?!必须|须|应|不得|\b(?:must|shall|should|may|can|will)\b)[^，,。；;.!?])*$"
_CASE_BEFORE = re.compile(
    r"(?:如果|若|如遇|一旦|\b(?:if|when|whenever|while)\b)" + _NO_MODAL, re.IGNORECASE
)
""""When the temperature is below minus 5°C, …", 「如果温度高于零下10℃，…」: the figure stands in
a clause of when or if (one with no modal of its own: "once staff must …" is the rule)."""


def in_case(text: str, start: int, end: int) -> bool:
    """Whether the figure at [start, end) is in a clause of when or if, which says whom or when
    the rule covers (its scope), whatever modal the rule has or lacks."""
    return bool(
        _ZH_CASE_AFTER.match(text, end)
        or _ZH_CASE_CLAUSE.match(text, end)
        or _CASE_BEFORE.search(text, 0, start)
    )


def is_cap(text: str, start: int) -> bool:
    """Whether the figure at `start` is a cap on what is allowed (最多乘坐3人, up to 3 guests)."""
    return _CAP.search(_ZH_RATE_BEFORE.sub("", text[max(0, start - 24) : start])) is not None


_BENEFIT = re.compile(r"\bfor free\b|\bfree of charge\b|\bwithout (?:a |any )?charge\b|免费|不收费")
"""A benefit the figure earns ("Cancel at least 24 hours before for free"): with no modal, the
figure says when the benefit applies (its scope), not what anyone must do."""


def is_requirement(fact: Fact, anchor: Anchor) -> bool:
    """Whether the figure is part of what the rule requires (the action after an obligation, a
    promise stated without a modal, a table's standard, the edge of what a prohibition allows:
    「最高不得超过每小时80公里」), rather than of what the rule covers (its subject, a condition,
    what it forbids or permits: 「未满12周岁的儿童不得乘坐」, "may carry up to 3"). A requirement's
    weaker version is implied by it; a scope's narrower version is."""
    text, start = fact.text, anchor.start
    if fact.quote.lstrip().startswith("|"):  # a table cell: "检查项目：风力；标准：6级以下。"
        column = text[:start].rsplit("；" if "；" in text else ";", 1)[-1]
        return _STANDARD_COLUMN.search(column) is not None
    before = _words_before(text, start, 40)
    if _DENIED_EXCESS_BEFORE.search(before) or _DENIED_SHORTFALL_BEFORE.search(before):
        return True  # what the denial leaves allowed is what the rule requires
    if in_case(text, start, anchor.end):
        return False  # 「冷冻柜温度低于零下18℃时，…」: when the rule applies, not what it asks
    modal = fact.modal
    if modal is not None and modal[1] > start:
        earlier = list(_OBLIGATION_BEFORE.finditer(text, 0, start))
        if earlier:
            modal = (earlier[-1].group(), earlier[-1].start(), earlier[-1].end())
    if modal is not None:
        cue, _, cue_end = modal
        if not _OBLIGATION.match(cue.strip()):
            return False  # a prohibition or a permission: the figure bounds what it covers
        return start > cue_end and not _CONDITION_BETWEEN.search(text, cue_end, start)
    if is_cap(text, start) or _BENEFIT.search(text):
        return False  # 「车内最多乘坐3人」: what may be; "Cancel 24 hours before for free": when
    # No modal: a "…的" modifier, a relative clause after the verb ("… is paid for each job that
    # lasts longer than 5 hours") or a subject before the verb is scope; the rest is what happens.
    if _ZH_MODIFIER_AFTER.match(text[anchor.end :]) or _in_object_clause(text, start):
        return False
    verb = _EN_MAIN_VERB.search(text)
    return not (verb is not None and verb.start() > start)
