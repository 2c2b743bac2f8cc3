"""Safe false statements: changes to a fact that keep the sentence grammatical and make it false.

Only these kinds of change are made, each of which a trainer would accept as a fair "false":
- a figure changed to a near value of the same unit (10分钟 -> 15分钟, 14 days -> 10 days), in the
  direction the rule does not imply (entailed_changes.py: "under 12" never becomes "under 10"),
  a range written as two figures moved at both ends (range_pairs.py);
- a plain prohibition flipped into a permission, or an obligation made optional
  (modality_changes.py);
- a role swapped for another role of the material (店长 <-> 前台), or a term for one with the same
  head (金卡会员 <-> 银卡会员): same kind, so the sentence still reads;
- who alone may act widened to anyone (only_flips.py).
A change whose result occurs in the material (it would be true after all) is dropped. Questions
and headings never reach here: only facts do (graphs/text/facts.py). The validators check the
same rules on every writer's output (perturbations.py).
"""

from __future__ import annotations

import re

from graphs.exam_generation.choice_anchors import one_of_listed_values
from graphs.exam_generation.distractors import distractors
from graphs.exam_generation.entailed_changes import still_implied
from graphs.exam_generation.false_statement import FalseStatement, replaced
from graphs.exam_generation.linked_figures import in_ordinal, relinked
from graphs.exam_generation.modality_changes import flip_modality, relax_obligation
from graphs.exam_generation.near_values import figure_unit, figure_value, near_values
from graphs.exam_generation.only_flips import lift_only
from graphs.exam_generation.permission_paths import permission_path
from graphs.exam_generation.range_pairs import range_pair, shifted_pairs
from graphs.exam_generation.ruled_out import exemption, withheld_right
from graphs.exams import Language
from graphs.text.articles import takes_an
from graphs.text.caches import register
from graphs.text.facts import Fact
from graphs.text.figure_sense import in_purpose_clause, least_value
from graphs.text.quantities import quantities_of, same_quantity
from graphs.text.similarity import normalise
from graphs.text.special_cases import special_case

__all__ = [
    "FalseStatement",
    "change_figure",
    "clear_made",
    "false_statements",
    "flip_modality",
    "relax_obligation",
    "swap_term",
]
"""FalseStatement and the modality changes are named here too: the builders and the tests ask
this module for every kind of false statement."""

_RESPONSIBLE = re.compile(
    r"负责|由.{1,10}(负责|处理|签字|审核|确认|检查|核查|完成|办理)|上报|交由|报告|通知|联系"
    r"|responsible|approv|report|escalat|notif|contact|sign",
    re.IGNORECASE,
)
"""Words that make a sentence about who does it: there, and only there, a role swap is false."""


def _with_article(text: str, start: int, end: int, new: str) -> str:
    """Replace [start, end) by `new`, and make an English "a"/"an" just before it fit the new
    words ("a 100-night trial" -> "an 80-night trial")."""
    before = text[:start]
    article = re.search(r"\b(a|an|A|An)\s+$", before)
    if article:
        wanted = "an" if takes_an(new) else "a"
        if article.group(1)[0].isupper():
            wanted = wanted.capitalize()
        before = before[: article.start(1)] + wanted + before[article.end(1) :]
    return before + new + text[end:]


_DERIVED = re.compile(
    r"(?:即|合计|共计|总计|等于|相当于)\s*[\d一二两三四五六七八九十]|\b(?:i\.e\.|that is|in total|"
    r"making|equal to|equals)\s*[£$€¥]?\d|=\s*[£$€¥]?\d",
    re.IGNORECASE,
)
"""A figure the sentence works out from its others: changed alone, the arithmetic is wrong."""


def change_figure(fact: Fact) -> list[FalseStatement]:
    """The fact with one figure changed to a near value of the same unit, wherever the sentence
    says it: 「前30分钟免费，超过30分钟收费」 changed in one place only contradicts itself
    (前20分钟免费，超过30分钟) and shows the learner which figure was touched."""
    if _DERIVED.search(fact.text):
        return []  # 「按20元的2倍即40元」: any change breaks the sum and gives itself away
    out: list[FalseStatement] = []
    done: set[str] = set()
    pairs: set[tuple[int, int]] = set()
    for anchor in fact.anchors:
        if anchor.role != "figure" or anchor.text in done:
            continue
        if in_purpose_clause(fact.text, anchor.start):
            continue  # 「以保证…不等候超过1小时」: why the rule is there, not what it requires
        if one_of_listed_values(fact, anchor) or in_ordinal(fact.text, anchor.start):
            continue  # "aged 16 or 17" -> "aged 10 or 17": absurd; 第3次 moves with 2次 or not
        done.add(anchor.text)
        pair = range_pair(fact.text, anchor.start, anchor.end)
        if pair is not None and pair[1] - pair[0] > anchor.end - anchor.start:
            # "between 40% and 60%": one end alone makes a range inside the rule's (40–50%, which
            # a learner can argue true) or around it; both ends move (range_pairs.py).
            if pair not in pairs:
                pairs.add(pair)
                out.extend(
                    FalseStatement(statement, "figure", original, changed)
                    for statement, original, changed in shifted_pairs(fact.text, pair, 2)
                )
            continue
        places = sorted(
            (a for a in fact.anchors if a.role == "figure" and a.text == anchor.text),
            key=lambda a: -a.start,
        )
        others = [a.text for a in fact.anchors if a.role == "figure" and a.text != anchor.text]
        fair = [v for v in near_values(anchor.text, 8) if not still_implied(fact, anchor, v)]
        if anchor.semantic != "range":
            fair = [v for v in fair if _keeps_order(anchor.text, v, others)]
        floor = least_value(fact.text, anchor.start, anchor.end)
        if floor is not None:  # 连续2次 is never 连续1次: one time is no run
            fair = [v for v in fair if (figure_value(v) or 0.0) >= floor]
        for value in fair[:2]:
            statement = fact.text
            for place in places:  # from the end, so that earlier offsets still hold
                statement = _with_article(statement, place.start, place.end, value)
            if (moved := relinked(fact.text, statement, anchor.text, value)) is not None:
                out.append(FalseStatement(moved, "figure", anchor.text, value))
    return out


def _keeps_order(original: str, changed: str, others: list[str]) -> bool:
    """The changed figure stands to the sentence's other figures of its unit as the original
    did: 「满分100分，80分合格」 changed to 满分80分 or 满分75分 says a pass needs full marks or
    more, which is absurd rather than false."""
    value, new = figure_value(original), figure_value(changed)
    if value is None or new is None:
        return True
    for other in others:
        level = figure_value(other)
        if level is None or figure_unit(other) != figure_unit(original):
            continue
        if (value > level) != (new > level) or (value < level) != (new < level):
            return False
    return True


_GENERIC_ROLE = re.compile(
    r"(?:负责人|责任人|部门|人员|员工|经办人)$"
    r"|^(?:team|department|person in charge|manager)$"
    r"|(?:^|\s)(?:staff|employees?|personnel|workers|colleagues?)$",
    re.IGNORECASE,
)
"""A role word that names whoever holds a post, not a post: the material may make the 站长 its
负责人, so 「负责人报告站长」 is nonsense rather than a fair false, and 「站长担任现场区域经理」 came
of swapping one into the other. "All mall staff" swapped for one post is still true."""


def swap_term(fact: Fact, facts: tuple[Fact, ...], material: str, zh: bool) -> list[FalseStatement]:
    """The fact with a role (or a same-head term) swapped for another of the material.

    Never a role in a prohibition or a permission ("店长不得修改验光单" is as true as the rule about
    前台), and in English never a one-word term (store / item swaps read as nonsense)."""
    out = []
    for anchor in fact.anchors:
        if anchor.role == "figure":
            continue
        if anchor.role == "role" and (
            "prohibition" in fact.kinds
            or "permission" in fact.kinds
            or not _RESPONSIBLE.search(fact.text)
        ):
            continue  # "区域经理应保持冷静" is no less true than the rule about 前台
        if anchor.role == "term" and ("figure" in fact.kinds or anchor.semantic is None):
            # A figure's sentence is falsified by its figure; a plain term's swap may be a
            # near synonym (基本信息 / 关键信息). Only kinds with members (会员 tiers) swap.
            continue
        if not zh and anchor.role == "term" and " " not in anchor.text:
            continue
        if re.match(r"\s*[(（]", fact.text[anchor.end :]):
            # "The lab supervisor (the TA or lecturer on the rota)": the gloss says who it is,
            # and swapped, it contradicts the new name and gives the false statement away.
            continue
        swaps = [
            c
            for c in distractors(fact, anchor, facts, material, zh)
            if not _GENERIC_ROLE.search(c.text) and not _GENERIC_ROLE.search(anchor.text)
        ]
        for candidate in swaps[:1]:
            out.append(
                FalseStatement(
                    replaced(fact.text, anchor.start, anchor.end, candidate.text),
                    "swap",
                    anchor.text,
                    candidate.text,
                )
            )
    return out


_MADE: dict[tuple[int, int, str, bool], tuple[Fact, tuple[Fact, ...], list[FalseStatement]]] = {}
"""False statements made so far, by (id of the fact, id of the facts, material, zh): the
multiple-choice builder asks for the same candidates' changes for every option set it tries. The
value holds the fact and facts themselves, so their ids stay theirs while the entry lives."""
_MADE_SIZE = 8192


def clear_made() -> None:
    """Forget the false statements made (graphs/text/caches.py calls it)."""
    _MADE.clear()


register(clear_made)


def false_statements(
    fact: Fact, facts: tuple[Fact, ...], material: str, zh: bool
) -> list[FalseStatement]:
    """Every safe false version of the fact, none of which occurs in the material."""
    key = (id(fact), id(facts), material, zh)
    hit = _MADE.get(key)
    if hit is None or hit[0] is not fact or hit[1] is not facts:
        if len(_MADE) >= _MADE_SIZE:
            _MADE.clear()
        hit = _MADE[key] = (fact, facts, _false_statements(fact, facts, material, zh))
    return list(hit[2])


def _false_statements(
    fact: Fact, facts: tuple[Fact, ...], material: str, zh: bool
) -> list[FalseStatement]:
    # Figures and swaps first: a flipped modality is the most obvious change of the three.
    made = [
        *change_figure(fact),
        *swap_term(fact, facts, material, zh),
        *([] if permission_path(fact.quote, material, zh) else flip_modality(fact, zh)),
        *relax_obligation(fact, zh, material),
        *withheld_right(fact, zh),  # 有权 -> 无权: no modal marks a right (ruled_out.py)
        *exemption(fact, zh),  # 「…同样必须…，不得例外」 -> 「…无须…」
    ]
    lifted = lift_only(fact.text, zh)
    if lifted is not None:
        # who alone may act widened to anyone: no must/must-not flip (difficulty_reasons)
        made.append(FalseStatement(lifted[0], "who_may", lifted[1], lifted[2]))
    haystack = normalise(material)
    made = _outside_special_cases(made, fact, material, zh)
    return [p for p in made if normalise(p.statement) not in haystack]


def _outside_special_cases(
    made: list[FalseStatement], fact: Fact, material: str, zh: bool
) -> list[FalseStatement]:
    """The changes that stay false where the material sets its own terms for the rule elsewhere
    (graphs/text/special_cases.py): 「广告时长可以超过10分钟」 is true of the 包场 that may run
    20 minutes of ads, and so is 20 for 10; a changed figure of another value is false for both."""
    language: Language = "zh" if zh else "en"
    case = special_case(fact.text, fact.quote, material, language)
    if case is None:
        return made
    theirs = [q for q in quantities_of(case) if q.unit is not None]
    kept = []
    for p in made:
        if p.kind in ("modality", "who_may"):
            continue  # a case that lets another do the act makes "anyone, not only …" true
        if p.kind == "figure" and any(
            same_quantity(q, ours) for q in theirs for ours in quantities_of(p.changed)
        ):
            continue
        kept.append(p)
    return kept
