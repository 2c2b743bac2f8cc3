"""Special cases: a sentence elsewhere in the material that sets its own terms for a rule.

A rule is often general and its exception sits apart from it: 「广告与预告片时长不得超过10分钟」 in
one article, 「包场活动可以延长广告时长至20分钟」 in the article on exceptions; 「员工离职须提前30
天书面申请；试用期内离职须提前3天申请」; "Each visit is limited to 2 hours." and, under another
heading, "Members may stay 4 hours.". Negated, the general rule (「广告时长可以超过10分钟」,
「员工离职无须提前30天书面申请」) is what the material itself makes true for the special case, so
an item keyed 错误 on it is wrong for the 包场 and the employee on probation (session 22 end
designer D15, m1 q6/q7, m3 q5).

`special_case(rule, quote, material, language)` finds such a sentence: one that does the rule's
act (enters the room, joins the picking, gets the refund, sets the measure the rule limits) for
the rule's subject kind (its own words, anyone where "No one may …", or the other side of its
threshold: 「未满12周岁的儿童」 for 「游客须年满12周岁…」), on its own terms: a different figure of
the same dimension (20分钟 for 10分钟, 3天 for 30天), a grant of what the rule denies or a demand
it lets off (可以/may against 不得/must; 方可 is a condition, no grant), done what the rule says
is not (予以退还 against 不予退还), or an exception named (除外, 不受…限制, except, unless).
Another rule that only shares the subject or a word ("a bud only", "within") is none.

One reading serves both sides. Negated, the rule is true for the case (no flipped, relaxed or
widened false statement, no figure changed to the case's own: exam_generation/false_statements.py);
stated as an absolute and keyed true, it is untrue for the case, and the exam would contradict
itself beside an item on it (session 23 D16, m3 TF9 / MC5: statement_builders.py,
choice_builders.py, and a model's items: exam_generation/excepted_truths.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from graphs.exams import Language
from graphs.text.caches import register
from graphs.text.person_nouns import person_head
from graphs.text.quantities import parse_quantities, quantities_of, same_quantity
from graphs.text.rule_parts import (
    EN_GENERIC,
    EN_NOT_DONE,
    EN_POST_MODIFIER,
    ZH_GENERIC,
    ZH_NOT_DONE,
    act,
    act_words,
    head_word,
    naming_clause,
    rule_words,
    said_words,
    subject_of,
    subject_terms,
    terms,
)
from graphs.text.sentences import split_sentences

_ZH_GRANT = re.compile(r"可以|允许|无须|无需|不必|免[收费除予]|(?<!方)可(?!能|售|见|靠|乐|疑)")
_ZH_DENY = re.compile(r"必须|务必|应当|不得|禁止|严禁|不能|不可|不允许|须|应(?!用)")
_EN_GRANT = re.compile(
    r"\b(?:may(?!\s+not)|can(?!not)|(?:is|are)\s+allowed|need\s+not|needn't|(?:is|are)\s+exempt"
    r"|(?:is|are)\s+waived|(?:do|does)\s+not\s+(?:need|have)\s+to)\b",
    re.IGNORECASE,
)
_EN_DENY = re.compile(
    r"\b(?:must|may\s+not|cannot|can't|should|shall|(?:is|are)\s+(?:not\s+allowed|limited"
    r"|required|prohibited|forbidden))\b",
    re.IGNORECASE,
)
_ZH_EXCEPTION = re.compile(r"除外|例外|不受.{0,8}限制|不在此限|除非")
_EN_EXCEPTION = re.compile(r"\b(?:except|unless|exempt|does not apply|do not apply)\b", re.I)
_EN_NOBODY = re.compile(r"(?:no one|nobody|no person|no-one)\b", re.IGNORECASE)
"""A rule that binds anyone by naming nobody: "No one may enter the rolling room alone"."""
_ZH_MEASURE_GAP = 3
"""Characters between a measure's word and the figure it is set to (「时长至60分钟」, 「调班须提前1天」)."""
_ZH_PERSON = re.compile(r"(?:员|师|工|者|客|户|主管|经理|店长|组长|站长)$")
"""A subject named by a person (服务员, 炒茶师): who, not a measure set at a figure."""
_ZH_RULE_GAP = 6
"""Characters between the rule's measure word and its own figure (「时长不得超过40分钟」)."""
_EN_MEASURE_GAP = 1
"""Words between a measure's word and its figure ("each game to 40 minutes")."""
_ENOUGH_SHARED = 2
"""Words (Chinese: two-character runs) besides its subject that a special case shares with a rule
whose subject is only staff or guests, at least."""


def granting(text: str, zh: bool) -> bool:
    """Whether the text grants or lets off (可以, 无须, may, need not)."""
    return (_ZH_GRANT if zh else _EN_GRANT).search(text) is not None


def denying(text: str, zh: bool) -> bool:
    """Whether the text denies or demands (不得, 须, must, may not)."""
    return (_ZH_DENY if zh else _EN_DENY).search(text) is not None


def _other_figure(rule: str, case: str) -> bool:
    """The case sets a figure of a dimension the rule has, at another value."""
    ours = [q for q in quantities_of(rule) if q.unit is not None]
    theirs = [q for q in quantities_of(case) if q.unit is not None]
    return any(a.dimension == b.dimension and not same_quantity(a, b) for a in ours for b in theirs)


def _refuses(rule: str, zh: bool) -> bool:
    """The rule denies or demands: a modal of denial, or nobody may ("No one may enter …")."""
    return denying(rule, zh) or (not zh and _EN_NOBODY.match(rule.strip()) is not None)


def _opposed(rule: str, case: str, zh: bool) -> bool:
    """A grant against a denial (可以 against 不得, may against must), or the reverse."""
    if _refuses(rule, zh):
        return granting(case, zh)
    return granting(rule, zh) and denying(case, zh)


def _turned(rule: str, case: str, zh: bool) -> bool:
    """The case says done what the rule says is not ("are refunded" against "are not refunded",
    「予以退还」 against 「不予退还」). One way only: the two say it of each other, and it is the
    rule that refuses which a refund case excepts."""
    for found in (ZH_NOT_DONE if zh else EN_NOT_DONE).finditer(rule):
        done = found.group(1)
        if zh:
            plain = re.search(rf"(?<!不予){done}", case)
        else:
            plain = re.search(
                rf"\b(?:is|are|be|will be)\s+(?:[a-z]+ly\s+)?{done}\b", case, re.IGNORECASE
            )
        if plain is not None:
            return True
    return False


def _holds_its_figure(rule: str, part: str, zh: bool) -> bool:
    """The part holds a figure of the rule's act: the threshold it sets ("be 12 or over",
    「年满12周岁」), with the part on the other side of it or on the same. A figure of another
    unit is another measure (1天 is no 1次), a clock time no age (16:00 for "aged 16")."""
    ours = [q for q, _, _ in parse_quantities(act(rule, zh)) if q.dimension != "clock"]
    theirs = [q for q, _, _ in parse_quantities(part) if q.dimension != "clock"]
    return any(
        a.value == b.value and (a.unit is None or b.unit is None or a.unit == b.unit)
        for a in ours
        for b in theirs
    )


def _qualified_alike(rule: str, part: str, zh: bool) -> bool:
    """The part keeps a word that qualifies the rule's subject, where it has one: 「保温温度」 is a
    sibling of 「冷冻库温度」, no case of it; 「每局时长」 is 「每局比赛时长」 said short."""
    head = head_word(rule, zh) or ""
    named = (
        naming_clause(rule, zh)
        if zh
        else EN_POST_MODIFIER.split(naming_clause(rule, zh), maxsplit=1)[0]
    )
    qualifiers = [t for t in terms(named, zh) if head not in t]
    return not qualifiers or bool(set(qualifiers) & said_words(part, zh))


def _sets_its_measure(rule: str, part: str, zh: bool) -> bool:
    """The part sets the measure the rule's subject names at another figure of its dimension,
    the subject's word right before the figure (「延长每局时长至60分钟」 for 「每局比赛时长不得超过40
    分钟」, "extend each game to 40 minutes"); a figure further on is another act's (「会员卡可以
    转让给12岁以下的其他儿童」 is no age to enrol at)."""
    head = head_word(rule, zh)
    if head is None or not _qualified_alike(rule, part, zh):
        return False
    if _ZH_PERSON.search(head) if zh else person_head(head):
        return False  # 服务员 is no measure: 「服务员须在15分钟内返工」 is another duty of theirs
    if zh and not re.search(rf"{head}[^，,；;]{{0,{_ZH_RULE_GAP}}}\d", rule):
        return False  # the rule's figure is another clause's (「季卡最多停卡1次、累计不超过15天」)
    ours = [q for q in quantities_of(rule) if q.unit is not None]
    for quantity, start, _ in parse_quantities(part):
        if quantity.unit is None or not any(
            a.dimension == quantity.dimension and not same_quantity(a, quantity) for a in ours
        ):
            continue
        before = part[:start]
        if zh:
            at = before.rfind(head)
            if at >= 0 and len(before) - (at + len(head)) <= _ZH_MEASURE_GAP:
                return True
        else:
            words = [w.lower().strip(",;") for w in before.split()][-(_EN_MEASURE_GAP + 1) :]
            if any(w in (head, head + "s") for w in words):
                return True
    return False


def _does_the_act(rule: str, part: str, zh: bool) -> bool:
    """The part does the rule's act: half its words, or its figure where the act is a threshold
    ("be 16 or over"); or it sets the measure the rule's subject names at another figure. A
    figure alone is no act: 'Patients in pain … must be seen within 24 hours' does not cancel."""
    words = act_words(rule, zh)
    if len(words) <= 1 and _holds_its_figure(rule, part, zh):
        return True  # "be 16 or over": the act is its threshold
    if words and 2 * len(words & rule_words(part, zh)) >= len(words):
        return True
    return _sets_its_measure(rule, part, zh)


def _names_subject(rule: str, part: str, zh: bool) -> bool:
    """The part names a word of the rule's own subject (预约费用 of 「参观预约费用一经支付」)."""
    return bool(set(subject_terms(rule, zh)) & said_words(part, zh))


def _speaks_of(rule: str, part: str, zh: bool) -> bool:
    """The part is about the rule's subject kind, as it or narrower: it names at least half of
    the subject's own words (「每局」「时长」 of 「每局比赛时长」; "staff on a double shift" for
    "staff"), not a sibling beside it (「其他商业保险」 for 「社会基本医疗保险」, "Juniors aged 11
    to 15" for "Members"); the rule binds anyone ("No one may …"); or, where the subject is
    only staff or guests, it shares the subject and the rule's figure or enough of the rest of the
    rule. A part that holds the act's figure and does its act is the subject on the other side of
    the rule's threshold (「未满12周岁的儿童…参加…采茶体验」 for 「游客须年满12周岁方可参加采茶体验」)."""
    if not zh and _EN_NOBODY.match(rule.strip()):
        return True
    said = said_words(part, zh)
    # The clause that names the subject: a heading or a condition before it (「开道与计时，」,
    # 「上门收件的，」) is none of its words.
    own = set(terms(naming_clause(rule, zh), zh))
    if own and 2 * len(own & said) >= len(own):
        return True
    if not own:
        generic = ZH_GENERIC if zh else EN_GENERIC
        subject = rule_words(subject_of(rule, zh), zh)
        if subject & said and (
            len((rule_words(rule, zh) & said) - generic) >= _ENOUGH_SHARED
            or _holds_its_figure(rule, part, zh)
        ):
            return True
    words = act_words(rule, zh)
    return (
        _holds_its_figure(rule, part, zh)
        and bool(words)
        and 2 * len(words & rule_words(part, zh)) >= len(words)
    )


@lru_cache(maxsize=64)
def _clauses(material: str) -> tuple[str, ...]:
    return tuple(s.text.strip() for s in split_sentences(material) if s.text.strip())


register(_clauses.cache_clear)


def _clauses_of(text: str) -> list[str]:
    return [c.strip() for c in re.split(r"[。；;!?！？]|(?<=[a-z])\.(?:\s|$)", text) if c.strip()]


def _excepts(rule: str, case: str, zh: bool) -> bool:
    """The case does the rule's act for the rule's subject kind on its own terms: says done what
    the rule says is not, or, in a clause doing the act, names an exception, sets another figure
    of the rule's dimension or the opposite modality."""
    exception = (_ZH_EXCEPTION if zh else _EN_EXCEPTION).search(case) is not None
    for part in re.split(r"[，,；]|[：:](?!\d)", case):
        if _turned(rule, part, zh) and _names_subject(rule, case, zh):
            return True
        if not _speaks_of(rule, part, zh) or not _does_the_act(rule, part, zh):
            continue  # 「正片开始后，场务员每30分钟进厅巡场一次」: the 30 minutes are the rounds'
        if exception or _other_figure(rule, part) or _opposed(rule, part, zh):
            return True
    return False


@lru_cache(maxsize=4096)
def special_case(rule: str, quote: str, material: str, language: Language) -> str | None:
    """A sentence of `material` that does the rule's act, for its subject kind, on its own terms
    (or the act of another clause of `quote`, the sentence the rule was taken from), or None.
    Negated, the rule is true for that case; stated as an absolute, it is untrue for it."""
    zh = language == "zh"
    own = rule.strip().rstrip("。.;；")
    if not own:
        return None
    rules = [own, *(c for c in _clauses_of(quote) if c not in own and own not in c)]
    for index, clause in enumerate(rules):
        for case in _clauses(material):
            if clause in case or case in own or (index > 0 and case in quote):
                continue  # the rule itself; another clause of its sentence speaks for itself
            if _excepts(clause, case, zh):
                return case
    return None


register(special_case.cache_clear)
