"""Safe false statements: changes to a fact that keep the sentence grammatical and make it false.

Only three kinds of change are made, each of which a trainer would accept as a fair "false":
- a figure changed to a near value of the same unit (10分钟 -> 15分钟, 14 days -> 10 days), in the
  direction the rule does not imply (entailed_changes.py: "under 12" never becomes "under 10");
- the modality of a plain prohibition flipped into a permission (不得 -> 可以, 禁止 -> 允许; must
  not -> may, may not -> may); never an absolute one (never, 一律, 严禁, 任何…), an imperative's
  "do not" or a rule with an exception: flipped, those are false by common sense ("Always lift a
  load above the rated capacity"), not by the material;
- an obligation made optional (须 -> 无须, must -> need not), under the same gates: "optional"
  is the misconception a trainee holds about a duty;
- a role swapped for another role of the material (店长 <-> 前台), or a term for one with the same
  head (金卡会员 <-> 银卡会员): same kind, so the sentence still reads.
A change whose result occurs in the material (it would be true after all) is dropped. Questions
and headings never reach here: only facts do (graphs/text/facts.py). The validators check the
same rules on every writer's output (perturbations.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graphs.exam_generation.choice_anchors import one_of_listed_values
from graphs.exam_generation.continued_clauses import continues_clause_before, second_act
from graphs.exam_generation.distractors import distractors
from graphs.exam_generation.duty_conditions import has_minimum, joined_acts, lost_condition
from graphs.exam_generation.entailed_changes import still_implied
from graphs.exam_generation.linked_figures import in_ordinal, relinked
from graphs.exam_generation.near_values import figure_unit, figure_value, near_values
from graphs.exam_generation.only_flips import lift_only
from graphs.exam_generation.permission_paths import permission_path
from graphs.exam_generation.plausible_flips import implausible_flip
from graphs.exam_generation.range_pairs import range_pair, shifted_pairs
from graphs.exams import Language
from graphs.text.any_one_subject import any_one_subject
from graphs.text.articles import takes_an
from graphs.text.caches import register
from graphs.text.facts import Fact
from graphs.text.figure_sense import in_purpose_clause, least_value
from graphs.text.quantities import quantities_of, same_quantity
from graphs.text.similarity import normalise
from graphs.text.special_cases import special_case

_ZH_FLIPS = {
    "必须": "不得",
    "务必": "不必",
    "应当": "不应",
    "应该": "不应",
    "应": "不应",
    "须": "无须",
    "需要": "无需",
    "需": "无需",
    "不得": "可以",
    "禁止": "允许",
    "不能": "可以",
    "不可": "可以",
    "不允许": "允许",
    "不应": "应",
    "可以": "不得",
    "可": "不可",
}
_EN_FLIPS = (
    # A prohibition turns into a permission, as 不得 into 可以: "may promise" is a belief a
    # trainee could hold, "must promise" an order nobody would believe.
    (r"\bmust not\b", "may"),
    (r"\bmay not\b", "may"),
    (r"\bcannot\b", "can"),
    (r"\bshould not\b", "may"),
    (r"\bdoes not\b", "does"),
    (r"\bmust\b", "must not"),
    (r"\bshould\b", "should not"),
    (r"\bmay\b", "may not"),
    (r"\bcan\b", "cannot"),
    (r"\b(is|are) required\b", r"\1 not required"),
    # A denial without a modal verb turns into the grant a trainee could believe.
    (r"\b(is|are) (?:prohibited|forbidden)\b", r"\1 allowed"),
    (
        r"\b(is|are|will) not (be )?(eligible|reimbursed|refunded|covered|paid|accepted)\b",
        r"\1 \2\3",
    ),
)


_ONLY = re.compile(r"\bonly\b|仅|只", re.IGNORECASE)
_ABSOLUTE = re.compile(
    r"\b(?:never|under no circumstances|in no case|at any time|at all times|under any circumstances"
    r"|no matter)\b|一律|严禁|任何|绝不|决不|绝对|一概|无论",
    re.IGNORECASE,
)
"""Words that make a prohibition absolute: flipped, it reads as a rule nobody could believe
("一律可以透露住客房号及任何个人信息", "Always lift a load above the rated capacity")."""
_EXCEPTION = re.compile(r"\b(?:unless|except)\b|除非|除.{1,12}外", re.IGNORECASE)
"""A rule with an exception ("cannot cancel … unless the owner asks"): flipped, the exception
now limits a permission and the sentence says the reverse of anything one could misremember."""
_ZH_CUES = re.compile(
    r"必须|务必|应当|应该|应|须|需要|需|不得|禁止|严禁|不能|不可|可以|方可|可|只能|限|不|没|未|无"
)
_EN_CUES = re.compile(
    r"\b((?:must|may|should|do|does) not|must|may|can|cannot|can't|should|shall|not|never|no|only"
    r"|required|allowed)\b",
    re.IGNORECASE,
)
_RESPONSIBLE = re.compile(
    r"负责|由.{1,10}(负责|处理|签字|审核|确认|检查|核查|完成|办理)|上报|交由|报告|通知|联系"
    r"|responsible|approv|report|escalat|notif|contact|sign",
    re.IGNORECASE,
)
"""Words that make a sentence about who does it: there, and only there, a role swap is false."""
_REASON = re.compile(
    r"\s*[，,]?\s*(?:因为|由于|以免|以防|否则|违者|违反者|违规者"
    r"|\b(?:because|since|so that|otherwise)\b).*$",
    re.IGNORECASE | re.DOTALL,
)
"""A reason clause after the rule ("…, because the same steam wands are used"), or its penalty
(…，违者按严重违纪处理): kept after a flipped modality it argues against the false statement and
gives it away, so the flip drops it."""
_FOLLOWING_CLAUSE = re.compile(r"[，,；;]\s*\S")
"""A clause after the flipped modal's own: it goes on about the rule and gives the flip away."""
_COORDINATED = re.compile(r"[，,]\s*(并|并且|且|同时|and)\b|[，,]\s*并")
"""A second clause the modal also governs ("须标注…，并当面确认"): a flip would cover only the first."""


@dataclass(frozen=True)
class FalseStatement:
    """A false version of a fact: the statement, what changed, and the change's kind."""

    statement: str
    kind: str
    """`figure`, `modality`, `swap` or `who_may` (who alone may act, widened)."""
    original: str
    changed: str


def _replace(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


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


def _without_reason(statement: str, after: int, zh: bool) -> str:
    """The statement without a reason clause that follows position `after`, closed again."""
    reason = _REASON.search(statement, after)
    if reason is None or reason.start() <= after:
        return statement
    return statement[: reason.start()].rstrip("，,；; ") + ("。" if zh else ".")


def flip_modality(fact: Fact, zh: bool) -> list[FalseStatement]:
    """The fact's prohibition flipped into a permission (不得 -> 可以, may not -> may).

    Only in a sentence with one modal or negation in all: with two ("必须完成培训…方可上岗",
    "may not be shared, not even with…", "不得承诺…也不得贬低"), flipping one makes the sentence
    contradict itself, not state a rule one could misremember. Never an absolute prohibition
    (never, 一律, 严禁, 任何) or an imperative's "do not", nor a rule with an exception ("cannot …
    unless"): any learner rejects those flipped by common sense, without knowing the material."""
    if fact.modal is None or _ONLY.search(fact.text) or "prohibition" not in fact.kinds:
        # Only a prohibition flips into a belief a trainee could hold ("可以自行修改验光单",
        # "may share passwords"); an obligation flipped reads absurd ("must not have an account").
        # "may be used only through the app" flipped says nothing sensible ("may not ... only").
        return []
    if len((_ZH_CUES if zh else _EN_CUES).findall(fact.text)) > 1:
        return []
    if _ABSOLUTE.search(fact.text) or _EXCEPTION.search(fact.text):
        return []
    if implausible_flip(fact.text):
        return []  # 「用户不得私自…」, 「禁止短接…」: lifted, false on its face (plausible_flips.py)
    cue, start, end = fact.modal
    if continues_clause_before(fact.text, start, zh):
        return []  # 「…由员工个人承担，不得以其他名目报销」 flipped contradicts its first clause
    if zh:
        new = _ZH_FLIPS.get(cue)
        # "不应" before a verb that already says "不" would read as a double negative.
        if new is None or fact.text[end : end + 1] in ("不", "没"):
            return []
        # "约需20分钟" says how long something takes, not what one must do: no modality to flip.
        if re.match(r"\s*[约大]?\s*\d", fact.text[end:]):
            return []
        # "以下情况必须洗手：……" flipped reads as nonsense, not as a rule one could misremember.
        if "：" in fact.text or fact.text.startswith("以下"):
            return []
        if _COORDINATED.search(fact.text[end:]):
            return []
        flipped = _without_reason(_replace(fact.text, start, end, new), start, zh)
        if _FOLLOWING_CLAUSE.search(flipped[start:]):
            # "…的，不得入园，由家长带回" flipped keeps "由家长带回": it contradicts itself.
            return []
        return [FalseStatement(flipped, "modality", cue, new)]
    if _COORDINATED.search(fact.text[start:]) or second_act(fact.text[start:]):
        return []
    for pattern, replacement in _EN_FLIPS:
        match = re.match(pattern, fact.text[start:], re.IGNORECASE)
        if match:
            new = match.expand(replacement)
            if cue[:1].isupper():
                new = new[:1].upper() + new[1:]
            flipped = _without_reason(
                _replace(fact.text, start, start + match.end(), new), start, zh
            )
            if _FOLLOWING_CLAUSE.search(flipped[start:]):
                return []  # "may not X, but must Y" flipped keeps the clause that argues back
            return [FalseStatement(flipped, "modality", match.group(), new)]
    return []


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
                    _replace(fact.text, anchor.start, anchor.end, candidate.text),
                    "swap",
                    anchor.text,
                    candidate.text,
                )
            )
    return out


_ZH_RELAXED = {
    "必须": "不必",
    "须": "无须",
    "应当": "无须",
    "应": "无须",
    "需要": "无需",
    "需": "无需",
}
_EN_RELAXED = (
    (r"\bmust\b(?!\s+not\b)", "need not"),
    (r"\b(is|are) required to\b", r"\1 not required to"),
)


def relax_obligation(fact: Fact, zh: bool, material: str = "") -> list[FalseStatement]:
    """The fact's obligation made optional (须 -> 无须, must -> need not): "it is optional" is
    the misconception a trainee holds about a duty, where "must not" (the flip of a duty) reads
    absurd. The prohibition's gates hold: one modal in the sentence, nothing absolute, no
    exception, no "only", no second clause the modal governs or that argues back; and none of
    duty_conditions.py's: no purpose lost, no two acts or alternatives, no minimum."""
    if fact.modal is None or "obligation" not in fact.kinds or "prohibition" in fact.kinds:
        return []
    if _ONLY.search(fact.text) or len((_ZH_CUES if zh else _EN_CUES).findall(fact.text)) > 1:
        return []
    if _ABSOLUTE.search(fact.text) or _EXCEPTION.search(fact.text):
        return []
    cue, start, end = fact.modal
    if continues_clause_before(fact.text, start, zh) or _COORDINATED.search(fact.text[start:]):
        return []
    if joined_acts(fact.text[end:], zh) or has_minimum(fact.text[end:], zh):
        return []
    if zh:
        new = _ZH_RELAXED.get(cue)
        if new is None or "：" in fact.text or re.match(r"\s*[约大]?\s*\d", fact.text[end:]):
            return []
        relaxed = _replace(fact.text, start, end, new)
        original = cue
    else:
        for pattern, replacement in _EN_RELAXED:
            match = re.match(pattern, fact.text[start:], re.IGNORECASE)
            if match:
                new = match.expand(replacement)
                relaxed = _replace(fact.text, start, start + match.end(), new)
                original = match.group()
                break
        else:
            return []
    relaxed = _without_reason(relaxed, start, zh)
    if _FOLLOWING_CLAUSE.search(relaxed[start:]):
        return []  # 「须在3天内归还，逾期每天收取50元」: the fee argues back against 无须
    if lost_condition(fact.text, fact.quote, relaxed, material, zh):
        return []
    if not zh:
        relaxed = any_one_subject(relaxed, start)  # "A guest need not …", not "Every guest …"
    return [FalseStatement(relaxed, "modality", original, new)]


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
