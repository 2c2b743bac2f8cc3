"""Duties that are no fair false made optional: a purpose lost, two acts, a minimum.

`relax_obligation` (false_statements.py) turns 须 into 无须 and "must" into "need not": "it is
optional" is the misconception a trainee holds about a duty. Three kinds of duty do not turn into
a statement a designer signs off (session 18 designer D11):

- a duty that holds only for a purpose: "SunPath does not pay for exported electricity; customers
  must apply to an energy supplier" (to get export payments). Nobody is obliged to claim a
  payment, so "Customers need not apply to an energy supplier" read literally is true. Where the
  fact states its purpose and the statement keeps it ("To claim for damage, customers need not
  report it within 7 days") it is still a fair false; where the purpose stands elsewhere in its
  numbered item (a clause before that says what the house does not do) or is cut off with the
  reason clause, the statement loses it;
- a duty of two acts or of alternatives: 「无须拍照留存并通知寄件人」 (does 无须 cover 通知 too?),
  "need not demonstrate the app … and hand over the certificate", "in writing or through the
  app": the negation's reach is ambiguous, so the key is arguable;
- a duty with a minimum: "need not give at least 7 days' notice" is clumsy English, and the
  figure change tests the same rule soundly.

    lost_condition   the relaxed statement drops the purpose the duty holds for
    joined_acts      the modal governs two acts or alternatives
    has_minimum      the act carries "at least" / 至少 / 不少于
"""

from __future__ import annotations

import re

from graphs.exam_generation.continued_clauses import second_act
from graphs.text.segment import tokenize
from graphs.text.word_class import en_word_classes

_EN_PURPOSE = re.compile(
    r"\b(?:in order to|so as to|to|so that \w+(?: \w+)? (?:can|may|will))\s+"
    r"(?:get|claim|receive|qualify|obtain|keep|secure|earn|recover|reclaim|have|enjoy|use"
    r"|be (?:eligible|refunded|paid|reimbursed|covered|entitled|issued|given))\b"
    r"|\b(?:if|where|when)\s+(?:\w+\s+){0,3}(?:wants?|wish(?:es)?|would like|prefers?|asks? for"
    r"|chooses?|opts?)\b"
    r"|\bwho (?:wants?|wish(?:es)?|would like)\b",
    re.IGNORECASE,
)
"""A purpose or a wish the duty holds for: "to get the deposit back", "if a guest wants …"."""
_ZH_PURPOSE = re.compile(
    r"如需|如要|若需|若要|如想|想要|希望|为了|为获得|为享受|为保留|以便|以获得|以享受"
    r"|(?:需要|要|想)[^，,；;。]{1,12}的\s*[，,]"
)
_EN_HOUSE_DENIAL = re.compile(
    r"\b(?:does not|do not|will not|doesn't|don't|won't|cannot|can't|is not able to)\s+"
    r"(?:pay|provide|offer|supply|cover|arrange|handle|include|refund|reimburse|issue|insure"
    r"|collect|accept|deliver|process)\b"
    r"|\b(?:is|are)\s+not\s+(?:included|covered|provided|refunded|paid|arranged|offered)\b",
    re.IGNORECASE,
)
"""What the house does not do: the duty after it is the customer's way to get it themselves."""
_ZH_HOUSE_DENIAL = re.compile(
    r"不(?:提供|负责|承担|支付|包含|包括|代办|代为|受理|退还|赔付|安排|办理|代收|代寄|收取)"
)
_EN_MINIMUM = re.compile(
    r"\b(?:at least|no (?:less|fewer) than|not (?:less|fewer) than|a minimum of|minimum of"
    r"|at the latest|no later than)\b",
    re.IGNORECASE,
)
_ZH_MINIMUM = re.compile(r"至少|不少于|不低于|最少|起码|最迟|最晚")
_ZH_JOINERS = frozenset(["并", "并且", "且", "同时", "然后", "再", "随后", "并同时"])
_ZH_ALTERNATIVES = frozenset(["或", "或者", "或是"])
_EN_PHRASAL = re.compile(
    r"\band\s+(?:then\s+)?(?P<verb>[a-z]+)\s+(?:over|up|out|back|down|off|away|on|in|to|with"
    r"|for|from|into|his|her|its|our|your|each|this|these|those)\b",
    re.IGNORECASE,
)
"""A second act whose verb takes a particle or a pronoun ("and hand over the certificate",
"and label every box"): continued_clauses.second_act knows the determiners."""
_EN_ALTERNATIVE = re.compile(r"\bor\b", re.IGNORECASE)


def _item_before(quote: str, material: str) -> str:
    """The text of the fact's numbered item (its line) before the fact's sentence."""
    # A statement opens with a capital the material's clause after "; " does not have.
    at = material.lower().find(quote.strip().lower()) if quote.strip() else -1
    if at < 0:
        return ""
    return material[material.rfind("\n", 0, at) + 1 : at]


def lost_condition(text: str, quote: str, relaxed: str, material: str, zh: bool) -> bool:
    """Whether the duty of `text` holds only for a purpose that the relaxed statement does not
    carry: one stated in the fact and cut from the statement, one stated before the fact in its
    item, or a clause before it saying what the house does not do (the duty is the way round)."""
    purpose = _ZH_PURPOSE if zh else _EN_PURPOSE
    own = purpose.search(text)
    if own is not None and own.group() not in relaxed:
        return True
    before = _item_before(quote, material)
    if not before:
        return False
    denial = _ZH_HOUSE_DENIAL if zh else _EN_HOUSE_DENIAL
    return bool(denial.search(before)) or (own is None and bool(purpose.search(before)))


def joined_acts(after_modal: str, zh: bool) -> bool:
    """Whether the modal that opens `after_modal` governs two acts or alternatives of one act:
    made optional, the negation's reach is ambiguous."""
    clause = re.split(r"[，,；;。.!?！？]", after_modal, maxsplit=1)[0] if zh else after_modal
    if zh:
        tokens = [t for t in tokenize(clause, "zh") if t.word.strip()]
        for i, token in enumerate(tokens):
            if token.word in _ZH_ALTERNATIVES or (token.pos == "c" and token.word[0] == "或"):
                return True
            if token.word in _ZH_JOINERS and any(
                t.pos.startswith("v") for t in tokens[i + 1 : i + 3]
            ):
                return True
        return False
    if second_act(after_modal) or _EN_ALTERNATIVE.search(after_modal):
        return True
    match = _EN_PHRASAL.search(after_modal)
    return match is not None and "VERB" in en_word_classes(match["verb"].lower())


def has_minimum(after_modal: str, zh: bool) -> bool:
    """Whether the act carries a minimum or a latest time ("at least 7 days", 至少3天): made
    optional, it reads clumsy ("need not give at least …"); a changed figure tests it."""
    return bool((_ZH_MINIMUM if zh else _EN_MINIMUM).search(after_modal))
