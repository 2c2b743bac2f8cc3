"""Where a short answer's scoring point ends in its fact: the rule the cue opens, whole.

`rule_point` cuts the fact after the clause that holds its first figure or its modal, and goes on
past a clause end while what follows is still this rule's: the same modal's next duty, the
condition its action waits for, its sign-off, the other tier of its figure, a list the clause end
cut, a phrase of place or manner with no verb of its own. A clause with a verb and a figure of its
own is another rule, asked only with a cue of its own.
"""

from __future__ import annotations

import re

from graphs.exam_generation.choice_anchors import parallel_sibling
from graphs.exam_generation.rule_opening import ANY_MODAL, open_brackets
from graphs.exam_generation.scoring_points import WAITS_FOR
from graphs.text.clause_forms import en_verbless
from graphs.text.facts import Fact
from graphs.text.quantities import parse_quantities
from graphs.text.segment import tokenize
from graphs.text.word_class import en_verb_lemma, semantic_kind

_CLAUSE_END = re.compile(r"[，；。！？;!?]|,(?!\d{3})|\.(?=\s|$)")
"""A clause ends at a comma or a full stop, not at a thousands separator ($1,000)."""
_RELATIVE_OPENING = re.compile(r"[,，]\s*(?:who|which|whose|whom|where)\b", re.IGNORECASE)
"""A relative clause set off by commas ("Gold members, who earn 500 stars a year, get ..."): its
closing comma is not the end of the rule."""


def rule_point(fact: Fact) -> str:
    """The rule the cue opens: the fact up to the end of the clause that holds its first figure
    or its modal, whichever comes later (a condition's figure, then the action it calls for), so
    a second rule in the same sentence is not asked without a cue."""
    figures = [a.end for a in fact.anchors if a.role == "figure"]
    ends = [min(figures)] if figures else []
    if fact.modal is not None:
        ends.append(fact.modal[2])  # the action after a condition is part of the rule
    if not ends:
        # "Employee: keeps receipts, claims only actual costs, and never claims the same cost
        # twice": no figure or modal marks a first rule; the duties are the point, all of them.
        return fact.text.rstrip("。；;.!！，, ")
    anchor_end = max(ends)
    boundary = _CLAUSE_END.search(fact.text, anchor_end)
    if boundary and _RELATIVE_OPENING.search(fact.text, 0, boundary.start()):
        opened = list(_RELATIVE_OPENING.finditer(fact.text, 0, boundary.start()))[-1]
        if not _CLAUSE_END.search(fact.text, opened.end(), boundary.start()):
            boundary = _CLAUSE_END.search(fact.text, boundary.end())
    while (
        boundary
        and (
            # 免费（会员可申请，视房态而定）: a clause end inside brackets is not the rule's end.
            open_brackets(fact.text[: boundary.start()])
            # 「教练迟到超过15分钟的，本节课免费补上」: a condition's clause is not the rule.
            or fact.text[: boundary.start()].endswith("的")
            or _continues(fact.text, boundary.end(), zh=not fact.text.isascii())
            or _parallel_after(fact, boundary.end())
            # 「必须使用不同颜色的砧板：红色砧板用于生肉，蓝色砧板用于海鲜，…」: the list the
            # colon announces is the rule; its first item alone teaches a quarter of it.
            or (boundary.group() in "，," and "：" in fact.text[: boundary.start()])
            # 「…必须打开底坑照明，照度不低于50勒克斯」: the clause's figure checks the action
            or _figure_note(fact.text[: boundary.start()], fact.text[boundary.end() :])
            or _en_figure_note(fact.text, boundary.end())
        )
    ):
        boundary = _CLAUSE_END.search(fact.text, boundary.end())
    if boundary and _rest_of_rule(fact, fact.text[: boundary.start()], boundary.end()):
        boundary = None
    text = fact.text[: boundary.start()] if boundary else fact.text
    return text.rstrip("。；;.!！，, ")


_MAX_DUTY_CHARS = 12
_ZH_CLAUSE_CASE = re.compile(r"(?:的|时|前|后|期间)$|^(?:如果|如|若|凡|当|遇|一旦|但|否则|违者)")


def _same_duty(clause: str) -> bool:
    """A short closing clause with no modal, figure or case of its own: the modal's next duty."""
    clause = clause.strip()
    return (
        0 < len(clause) <= _MAX_DUTY_CHARS
        and ANY_MODAL[True].search(clause) is None
        and not parse_quantities(clause)
        and _ZH_CLAUSE_CASE.search(clause) is None
    )


def _figure_note(point: str, rest: str) -> bool:
    """A Chinese point with no figure, followed by a clause with one and no modal of its own."""
    clause = re.split(r"[，,；;。]", rest, maxsplit=1)[0]
    return (
        re.search(r"[\u4e00-\u9fff]", point) is not None
        and not parse_quantities(point)
        and bool(parse_quantities(clause))
        and ANY_MODAL[True].search(clause) is None
    )


_EN_EACH_NOTE = re.compile(r"^\s*(?:each|per \w+|all)\b", re.IGNORECASE)


def _en_figure_note(text: str, after: int) -> bool:
    """An English clause with a figure and no verb that opens on 'each' ("Borrow up to 6 tools
    at a time, each for up to 14 days, and …"): the limit on every item the clause before
    counted. The key cut it off (session 23 designer D16, m2 SA9: "Borrow up to 6 tools at a
    time")."""
    if re.search(r"[\u4e00-\u9fff]", text):
        return False
    clause = _CLAUSE_END.split(text[after:], maxsplit=1)[0]
    return (
        _EN_EACH_NOTE.match(clause) is not None
        and bool(parse_quantities(clause))
        and en_verbless(clause)
    )


def _dimensions(text: str) -> set[str]:
    """The kinds of figure a text states (calendar, percent, money_cny, …)."""
    return {
        str(q.dimension or q.unit) for q, _, _ in parse_quantities(text) if q.dimension or q.unit
    }


def _rest_of_rule(fact: Fact, point: str, after: int) -> bool:
    """A figure after the cut that is still this rule's: another tier of the same kind of figure
    (「5年以内按5%折价，5至10年的按3%折价…」) or a verbless note on it ("£42 per month, minimum
    term 3 months"). A point without it teaches half the rule; a clause with a verb and a
    figure of its own ("and the manager signs refunds above $500") is another rule."""
    rest = fact.text[after:]
    if not any(a.role == "figure" and a.start >= after for a in fact.anchors):
        return False
    if _dimensions(rest) & _dimensions(point):
        return True
    # Not isascii(): "£" is no Chinese.
    return re.search(r"[\u4e00-\u9fff]", fact.text) is None and en_verbless(rest)


_ZH_CONTINUATION = re.compile(r"^\s*(?:也|并且?|且|或者?|以及|亦)")
_EN_CONTINUATION = re.compile(
    r"^\s*(?:(?:and|but)\s+)?(?:only\s+(?:if|when|after)|unless|provided|as long as)\b"
    # "claims only actual costs, and never claims the same cost twice": the same actor's duty
    r"|^\s*(?:and|but)\s+(?:never|must|must not|may not|should|cannot|can't|do not|does not)\b"
    r"|^\s*(?:or|nor)\b",
    re.IGNORECASE,
)
_EN_AUXILIARY = re.compile(
    r"\b(?:is|are|was|were|be|has|have|had|must|may|might|can|cannot|could|should|shall|will|"
    r"would|do|does|did|need|needs)\b",
    re.IGNORECASE,
)
"""The finite verbs that are words of their own, not an -ed form."""
# "-ed" before a hyphen is a compound's modifier ("closed-toe shoes"), no verb.
_EN_FINITE = re.compile(_EN_AUXILIARY.pattern + r"|\b\w+(?:ed)\b(?!-)", re.IGNORECASE)


_SIGN_OFF = re.compile(r"由[^，,；;。]{1,11}$|由[^，,；;。]{1,8}?决定[^，,；;。]{1,12}$")
"""A closing 「由店长审批」, 「由质检员决定拒收或让步接收」 (D11 m1 Q12) is the rule's own sign-off."""
_MAX_LIST_ITEM_WORDS = 6
"""A list item is a phrase ("$500 for SUVs and vans"); a longer piece is a clause of its own
("and the store manager signs every refund above $500"), whatever its verb's form."""


def _continues(text: str, after: int, zh: bool) -> bool:
    """What follows a clause end still belongs to the rule: the same modal's next object
    (「不得退给顾客，也不得作为赠品发放」), the condition it is granted on ("accepted only for
    Economy cars, and only if the customer shows a return ticket") or the rest of a list the
    clause end cut ("never sent through personal email, WhatsApp or other messaging apps"). A
    clause with a verb of its own is another rule, asked only with a cue of its own."""
    rest = text[after:]
    if zh:
        parts = _CLAUSE_END.split(rest.lstrip("，,"), maxsplit=1)
        clause = parts[0]
        last = len(parts) == 1 or not parts[1].strip()
        return (
            bool(_ZH_CONTINUATION.match(rest))
            or _opens_with_verb(rest)
            # 「…，经值班经理签字后方可退还」, 「…，客户回复确认后才能施工」: the condition the
            # rule's action waits for, without which the point teaches the opposite.
            or WAITS_FOR["zh"].search(clause) is not None
            # 「…凭购药小票办理退换，由店长审批」: who signs this very rule off, at its end.
            or (last and _SIGN_OFF.match(clause) is not None)
            # 「离开前须关闭烤箱电源，工具清洗归位」: the same modal's last duty, said without a
            # modal of its own; a point without it keeps half the sentence (session 12 teacher T4)
            or (last and _same_duty(clause))
        )
    if _EN_CONTINUATION.match(rest) or (
        # "…, and repairs start only once the customer confirms": what the action waits for
        re.match(r"\s*(?:and|but)\b", rest) and WAITS_FOR["en"].search(re.split(r"[,;.]", rest)[0])
    ):
        return True
    if _participle_tail(rest) or _place_tail(rest) or _second_action(text[:after], rest):
        return True
    tier = _EN_NEXT_TIER.match(rest)
    if tier is not None and en_verb_lemma(tier[1].lower()) not in (None, tier[1].lower()):
        # "Delivery is free within 15 km, and costs $3 per km beyond that": the same subject's
        # next figure is the rule's other tier; the key without it drops a fact it asks
        return True
    # The rest of a list: verbless pieces up to the sentence end, the last joined by and/or.
    pieces = [p.strip() for p in re.split(r";|,(?!\d{3})", rest.rstrip(" .!?")) if p.strip()]
    return (
        bool(pieces)
        and all(len(p.split()) <= _MAX_LIST_ITEM_WORDS for p in pieces)
        and not any(_EN_FINITE.search(p) for p in pieces)
        and bool(re.search(r"\b(?:and|or)\b", pieces[-1]))
    )


_EN_NEXT_TIER = re.compile(r"\s*and\s+([a-z]+)\s+(?:at\s+|only\s+|just\s+)?[$€£]?\d", re.I)
"""", and costs $3 …": the subject's verb again, straight to a figure, no subject of its own."""
_PARTICIPLE = re.compile(r"^\s*(?:only\s+)?([a-z]+(?:ed|ing))\b", re.IGNORECASE)


def _participle_tail(rest: str) -> bool:
    """The sentence ends on a participle phrase of the rule's action ("done only on the company
    laptop, connected through the company VPN"): the manner it must be done in, no rule of its
    own; a point without it teaches half the rule."""
    tail = rest.strip().rstrip(".!?")
    opening = _PARTICIPLE.match(tail)
    return (
        opening is not None
        and not re.search(r"[,;:]|\b(?:who|which|that|where)\b", tail)
        # Only an auxiliary is a verb of its own here: "sealed in a labelled bag" is one phrase.
        and not _EN_AUXILIARY.search(tail, opening.end())
    )


def _second_action(point: str, rest: str) -> bool:
    """The same modal's next action ("must walk through every room …, and record existing damage
    on the inventory sheet", "must be 16, complete the course and sign …"): a bare verb after
    'and' or a comma, no subject or auxiliary of its own."""
    verb = re.match(r"\s*(?:and\s+)?([a-z]+)\b", rest)
    return (
        verb is not None
        and not _EN_AUXILIARY.search(re.split(r"[,;.]", rest[verb.end() :])[0])
        and ANY_MODAL[False].search(point) is not None
        and en_verb_lemma(verb[1]) == verb[1]
        and semantic_kind(verb[1], "en") is None
    )


_PLACE = re.compile(
    r"^\s*(?:against|on|onto|in|into|inside|outside|at|under|behind|beside|next to|near|by|"
    r"with|without|through|from)\s+(?:the|a|an|each|every|its|their)\b",
    re.IGNORECASE,
)


def _place_tail(rest: str) -> bool:
    """The clause after the comma is a phrase of place or manner of the rule's action, with no
    verb of its own ("loaded heaviest items first, against the front wall; …"): the point
    without it teaches half the rule."""
    clause = re.split(r"[;.,]", rest, maxsplit=1)[0]
    return _PLACE.match(clause) is not None and not _EN_FINITE.search(clause)


def _parallel_after(fact: Fact, after: int) -> bool:
    """The next clause states a sibling of a figure already in the point (「12节课包有效期4个月，
    24节课包有效期8个月」): half of the pair would teach half of the table."""
    zh = not fact.text.isascii()
    return any(
        a.end <= after
        and (sibling := parallel_sibling(fact, a, zh)) is not None
        and sibling.start >= after
        for a in fact.anchors
    )


def _opens_with_verb(clause: str) -> bool:
    """A Chinese clause with no subject of its own goes on with the one before: 「须使用专用拆零
    药袋，标明药品名称、规格……」 is one rule; 「……，由店长填写下架单」 names another actor."""
    token = next((t for t in tokenize(clause, "zh") if t.pos not in ("x", "w")), None)
    return token is not None and token.pos.startswith("v") and token.pos != "vn"
