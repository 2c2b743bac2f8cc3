"""Special cases: a sentence elsewhere in the material that sets its own terms for a rule.

A rule is often general and its exception sits apart from it: 「广告与预告片时长不得超过10分钟」 in
one article, 「包场活动可以延长广告时长至20分钟」 in the article on exceptions; 「员工离职须提前30
天书面申请；试用期内离职须提前3天申请」; "Each visit is limited to 2 hours." and, under another
heading, "Members may stay 4 hours.". Negated, the general rule (「广告时长可以超过10分钟」,
「员工离职无须提前30天书面申请」) is what the material itself makes true for the special case, so
an item keyed 错误 on it is wrong for the 包场 and the employee on probation (session 22 end
designer D15, m1 q6/q7, m3 q5).

`special_case(rule, quote, material, language)` finds such a sentence: one that speaks of the
rule's subject (a word before its modal), shares enough of its wording to be about the same
thing, and then sets a different figure of the same dimension (20分钟 for 10分钟, 3天 for 30天),
grants what the rule denies or lets off what it demands (可以/may against 不得/must), or names an
exception (除外, 不受…限制, except, unless). A changed figure equal to one of that sentence's
figures is the special case's own, and true for it (graphs/exam_generation/false_statements.py).

`excepted(rule, quote, material, language)` is the stricter test for a statement keyed TRUE:
a case that does the rule's own act (「值班店长在闭店盘点时可单人进入地下书库」 for 「单人不得进入
地下书库」; "Members under 16 may run trains" for "Members must be 16 or over", its figure) on
other terms makes the rule, stated as an absolute, untrue for that case, and the exam would
contradict itself beside an item on the case (session 23 D16, m3 TF9 / MC5). A case that only
shares the rule's subject or place (书库 in 「书库湿度应保持在…」) is none.
"""

from __future__ import annotations

import re
from functools import lru_cache

from graphs.exams import Language
from graphs.text.quantities import parse_quantities, quantities_of, same_quantity
from graphs.text.sentences import split_sentences

_ZH_MODAL = re.compile(
    r"必须|务必|应当|应该|不得|禁止|严禁|不能|不可|不允许|可以|允许|无须|无需|不必|须|需|应|可"
)
_EN_MODAL = re.compile(
    r"\b(?:must|may|might|can|cannot|can't|should|shall|will|need|needs|is|are|has|have"
    r"|needn't)\b",
    re.IGNORECASE,
)
_ZH_GRANT = re.compile(r"可以|允许|无须|无需|不必|免[收费除予]|可(?!能|售|见|靠|乐|疑)")
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
_EN_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "each",
        "every",
        "all",
        "any",
        "in",
        "on",
        "of",
        "for",
        "to",
        "with",
        "at",
        "by",
        "and",
        "or",
        "their",
        "our",
        "your",
        "its",
        "this",
        "that",
        "these",
        "those",
        "be",
        "not",
        "than",
        "more",
        "less",
        "longer",
        "shorter",
        "least",
        "most",
        "no",
        "who",
        "which",
        "when",
        "if",
        "from",
        "as",
        "must",
        "may",
        "might",
        "can",
        "cannot",
        "should",
        "shall",
        "will",
        "need",
        "needs",
        "is",
        "are",
        "has",
        "have",
    ]
)
_EN_GENERIC = frozenset(
    [
        "staff",
        "employee",
        "employees",
        "worker",
        "workers",
        "customer",
        "customers",
        "guest",
        "guests",
        "visitor",
        "visitors",
        "player",
        "players",
        "person",
        "people",
    ]
)
_ZH_GENERIC = frozenset({"员工", "顾客", "客人", "客户", "人员", "工作", "作人"})
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_EN_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
_ENOUGH_SHARED = 2
"""Words (Chinese: two-character runs) besides its subject that a special case shares with a rule
whose subject is only staff or guests, at least."""


def _words(text: str, zh: bool) -> set[str]:
    """Its words (Chinese: runs of two characters), without its figures and their units."""
    for _, start, end in reversed(parse_quantities(text)):
        text = text[:start] + " " + text[end:]
    if zh:
        return {run[i : i + 2] for run in _HAN.findall(text) for i in range(len(run) - 1)}
    words = {w.lower() for w in _EN_WORD.findall(text)}
    return {w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words - _EN_STOP}


def _subject(clause: str, zh: bool) -> str:
    """What the clause opens on, before its first modal ("Each game in the arena", 「员工离职」)."""
    found = (_ZH_MODAL if zh else _EN_MODAL).search(clause)
    return clause[: found.start()] if found else ""


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


def _opposed(rule: str, case: str, zh: bool) -> bool:
    """A grant against a denial (可以 against 不得, may against must), or the reverse."""
    if denying(rule, zh):
        return granting(case, zh)
    return granting(rule, zh) and denying(case, zh)


_EN_NOT_DONE = re.compile(r"\b(?:is|are|be|will be)\s+not\s+([a-z]{3,}ed)\b", re.IGNORECASE)
_ZH_NOT_DONE = re.compile(r"不予([\u4e00-\u9fff]{2})")


def _turned(rule: str, case: str, zh: bool, *, either_way: bool = True) -> bool:
    """The case says done what the rule says is not ("are refunded" against "are not refunded",
    「予以退还」 against 「不予退还」), or (`either_way`) the reverse."""
    for said, other in ((rule, case), (case, rule))[: 2 if either_way else 1]:
        for found in (_ZH_NOT_DONE if zh else _EN_NOT_DONE).finditer(said):
            done = found.group(1)
            if zh:
                plain = re.search(rf"(?<!不予){done}", other)
            else:
                plain = re.search(
                    rf"\b(?:is|are|be|will be)\s+(?:[a-z]+ly\s+)?{done}\b", other, re.IGNORECASE
                )
            if plain is not None:
                return True
    return False


def _sets_own_terms(rule: str, case: str, zh: bool) -> bool:
    """The case names an exception, or one of its clauses, on something the rule says too,
    sets another figure of the rule's dimension or the opposite modality."""
    if (_ZH_EXCEPTION if zh else _EN_EXCEPTION).search(case):
        return True
    ours = _words(rule, zh) - (_ZH_GENERIC if zh else _EN_GENERIC)
    for part in re.split(r"[，,：:]", case):
        if not ours & _words(part, zh):
            continue  # 「正片开始后，场务员每30分钟进厅巡场一次」: the 30 minutes are the rounds'
        if _other_figure(rule, part) or _opposed(rule, part, zh) or _turned(rule, part, zh):
            return True
    return False


def _speaks_of(rule: str, case: str, zh: bool) -> bool:
    """The case is about the rule's subject: it names the subject's own words (「员工离职」: 离职,
    "Each game in the arena": game), or, where the subject is only staff or guests, it shares
    the subject and enough of the rest of the rule."""
    generic = _ZH_GENERIC if zh else _EN_GENERIC
    subject = _words(_subject(rule, zh), zh)
    said = _words(case, zh)
    if subject - generic:
        return bool((subject - generic) & said)
    shared = (_words(rule, zh) & said) - generic
    return bool(subject & said) and len(shared) >= _ENOUGH_SHARED


@lru_cache(maxsize=64)
def _clauses(material: str) -> tuple[str, ...]:
    return tuple(s.text.strip() for s in split_sentences(material) if s.text.strip())


def _clauses_of(text: str) -> list[str]:
    return [c.strip() for c in re.split(r"[。；;!?！？]|(?<=[a-z])\.(?:\s|$)", text) if c.strip()]


def special_case(rule: str, quote: str, material: str, language: Language) -> str | None:
    """A sentence of `material` that sets its own terms for `rule` (or for another clause of
    `quote`, the sentence the rule was taken from), or None."""
    zh = language == "zh"
    own = rule.strip().rstrip("。.;；")
    rules = [own, *(c for c in _clauses_of(quote) if c not in own and own not in c)]
    for index, clause in enumerate(rules):
        for case in _clauses(material):
            if clause in case or case in own or (index > 0 and case in quote):
                continue  # the rule itself; another clause of its sentence speaks for itself
            if _speaks_of(clause, case, zh) and _sets_own_terms(clause, case, zh):
                return case
    return None


_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _act(rule: str, zh: bool) -> str:
    """What the rule says is done, after its subject ("be 16 or over", 「进入地下书库」)."""
    return rule[len(_subject(rule, zh)) :]


def _does_the_act(rule: str, part: str, zh: bool) -> bool:
    """The part does the rule's act: it holds one of the act's figures, or half its words."""
    act = _act(rule, zh)
    if set(_NUMBER.findall(act)) & set(_NUMBER.findall(part)):
        return True
    words = _words(act, zh) - (_ZH_GENERIC if zh else _EN_GENERIC)
    if zh:
        words = {w for w in words if not _ZH_MODAL.search(w)}
    return bool(words) and 2 * len(words & _words(part, zh)) >= len(words)


@lru_cache(maxsize=4096)
def excepted(rule: str, quote: str, material: str, language: Language) -> str | None:
    """A sentence of `material` that does the rule's own act on other terms (grants what it
    denies, says done what it says is not, sets another figure, or names an exception), so that
    the rule stated as written is untrue for that case; None where there is none. `quote`, the
    sentence the rule was taken from, speaks for itself."""
    zh = language == "zh"
    own = rule.strip().rstrip("。.;；")
    if not own:
        return None
    for case in _clauses(material):
        if own in case or case in own or (quote and case in quote):
            continue
        if not _speaks_of(own, case, zh):
            continue
        exception = (_ZH_EXCEPTION if zh else _EN_EXCEPTION).search(case) is not None
        for part in re.split(r"[，,：:]", case):
            # "are not refunded" against "are refunded" (the act itself, its verb) one way only:
            # the two say it of each other, and it is the rule that refuses which a refund
            # case excepts.
            if _turned(own, part, zh, either_way=False):
                return case
            if not _does_the_act(own, part, zh):
                continue
            if exception or _other_figure(own, part) or _opposed(own, part, zh):
                return case
    return None
