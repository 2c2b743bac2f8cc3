"""Which anchor of a fact a choice or fill-in gap may take.

A gap is a whole term the rule is about: not one that the rest of the fact repeats (`echoed`),
not a figure a parallel clause answers by proportion (`parallel_sibling`), not one example of a
list, not a count an aside adds up, not a role's bare head word (`choice_anchors`). Figures come
first, then roles, then domain terms.
"""

from __future__ import annotations

import re

from graphs.exam_generation.near_values import figure_unit
from graphs.text.anchors import Anchor
from graphs.text.facts import Fact

_ROLE_ORDER = {"figure": 0, "role": 1, "term": 2}


def echoed(fact: Fact, anchor: Anchor, zh: bool) -> bool:
    """True when the rest of the fact repeats the anchor's head ("the store manager ... the
    manager calls"): the stem would hint at the key."""
    rest = fact.text[: anchor.start] + " " + fact.text[anchor.end :]
    if anchor.role == "figure":
        return False
    if zh:
        head = anchor.text[-2:] if len(anchor.text) >= 3 else anchor.text
        return head in rest
    head = anchor.text.split()[-1].lower()
    return re.search(rf"\b{re.escape(head)}\b", rest.lower()) is not None


_CLAUSE_BREAK = re.compile(r"[，；。：,;:]")
_DIGITS = re.compile(r"[\d.,，]+")
_EN_CONTENT_WORD = re.compile(r"[A-Za-z]{3,}")


def _clause_lead(text: str, anchor: Anchor) -> str:
    """The words of the anchor's clause before it, figures taken out."""
    starts = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, anchor.start)]
    lead = text[max(starts, default=0) : anchor.start]
    return " ".join(_DIGITS.sub(" ", lead).split())


def parallel_sibling(fact: Fact, anchor: Anchor, zh: bool) -> Anchor | None:
    """Another figure of the same unit that the fact states in a clause of the same shape:
    「12节课包有效期4个月，24节课包有效期（ ）」 is answered by proportion, not by knowing the
    rule. None when the anchor has no such sibling."""
    if anchor.role != "figure":
        return None
    lead = _clause_lead(fact.text, anchor)
    for other in fact.anchors:
        if other == anchor or other.role != "figure" or other.semantic != anchor.semantic:
            continue
        other_lead = _clause_lead(fact.text, other)
        if zh:
            if len(lead) >= 2 and len(other_lead) >= 2 and lead[-2:] == other_lead[-2:]:
                return other
            continue
        words = [w.lower() for w in _EN_CONTENT_WORD.findall(lead)]
        other_words = [w.lower() for w in _EN_CONTENT_WORD.findall(other_lead)]
        if words and other_words and words[-1] == other_words[-1]:
            return other
    return None


_EXAMPLE_BEFORE = re.compile(
    r"(?:\bincluding|\bsuch as|\be\.g\.|\bfor example|包括|例如|比如|[（(，,]如)\s*[^，。,;；]*$",
    re.IGNORECASE,
)
"""A term in an example list ("Do not confirm to anyone, including police officers, …"): one
example among others the learner could name as well, not the rule's term."""


_ASIDE = re.compile(r"[（(][^（()）]*[）)]")


def _counted_in_aside(fact: Fact, anchor: Anchor) -> bool:
    """A figure whose count an aside spells out: 「至少（ ）照片（外箱和温度读数各1张）」 adds up
    to the key. A figure of the same unit stands on the other side of a bracket."""
    if anchor.role != "figure":
        return False
    asides = [m.span() for m in _ASIDE.finditer(fact.text)]

    def aside(a: Anchor) -> bool:
        return any(start <= a.start < end for start, end in asides)

    # Either way round: the count outside adds up from the aside, the aside's from the count.
    return any(
        other is not anchor
        and other.role == "figure"
        and figure_unit(other.text) == figure_unit(anchor.text)
        and aside(other) != aside(anchor)
        for other in fact.anchors
    )


_VALUE_AFTER = re.compile(
    r"^\s*(?:or|and|to|或|和|及|至|、|/)\s*\d+(?:\.\d+)?\s*(?P<unit>[^\s\d，。,;；]*)",
    re.IGNORECASE,
)
_VALUE_BEFORE = re.compile(r"\d\s*(?:or|and|to|或|和|及|至|、|/)\s*$", re.IGNORECASE)


def one_of_listed_values(fact: Fact, anchor: Anchor) -> bool:
    """A figure listed with another bare number ("members aged 16 or 17", 「16、17岁」): the
    listed neighbour gives the gap away (the one before 17), and a near value beside it reads
    absurd ("aged 20 or 17")."""
    if anchor.role != "figure":
        return False
    listed = _VALUE_AFTER.match(fact.text[anchor.end :])
    unit = figure_unit(anchor.text)
    # "3 adults and 2 children" lists two counts, not two values of one.
    if listed and (not unit or listed.group("unit").startswith(unit)):
        return True
    return _VALUE_BEFORE.search(fact.text[: anchor.start]) is not None


def choice_anchors(fact: Fact) -> list[Anchor]:
    """Anchors worth a choice question, figures first; none whose text occurs twice in the fact,
    none that is one example of a list the rule gives, nor one of a list of values."""
    usable = [
        a
        for a in fact.anchors
        if fact.text.lower().count(a.text.lower()) == 1
        and (a.role == "figure" or not _EXAMPLE_BEFORE.search(fact.text[: a.start]))
        and not _counted_in_aside(fact, a)
        and not one_of_listed_values(fact, a)
        and a.text.lower() not in _BARE_HEADS
    ]
    return sorted(usable, key=lambda a: _ROLE_ORDER[a.role])


_BARE_HEADS = frozenset(
    ["部门", "人员", "团队", "小组", "部", "组", "department", "team", "staff", "unit"]
)
"""A role's head word alone (部门 of 审计部门): blanked or swapped it tests nothing (teacher T's
ferry Q6: 「以备审计____检查」, key 部门)."""
