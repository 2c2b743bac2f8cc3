"""What a short answer asks of each scoring point: a question a trainer would write.

A rule is not copied out for the learner to finish ("（1）叉车司机……"); each point is asked by its
own subject and the kind of fact it states: 「叉车司机须满足哪些条件才能独立驾驶？」 (what the
action waits for), 「发现任何一项不合格时，司机应如何处理？（写明时限和负责人）」 (a procedure
after a condition), 「电池电量低于一定比例的叉车有什么规定？（写明比例）」 (a condition's figure
said without its value), 「住宿报销上限是多少？」 (an amount), "When must the scaffold be
inspected? (give the time limit)" (english_asks). The subject is what the rule opens on, up to its
modal or first figure; the ask never holds the point's figure, its verdict (不得, must not) or who
is told, and a rule whose only content after its subject is the verdict (「二手机、翻新机和样机不得
投保」) is not asked at all: any question on it gives the answer away.
"""

from __future__ import annotations

import re

from graphs.exam_generation import (
    ask_hints,
    item_labels,
    labelled_asks,
    leading_cases,
    stated_openings,
)
from graphs.exam_generation.chinese_asks import zh_ask
from graphs.exam_generation.cost_asks import cost_ask
from graphs.exam_generation.english_asks import EN_CONDITION, EN_LISTED_SUBJECT, en_ask
from graphs.exam_generation.english_subjects import EN_CASE_OPENING
from graphs.exam_generation.gapped_clauses import for_each, gapped
from graphs.exam_generation.limit_asks import with_limits
from graphs.exam_generation.order_asks import order_ask, zh_order_ask
from graphs.exam_generation.paired_asks import paired_ask
from graphs.exam_generation.rule_opening import (
    ANY_MODAL,
    CLAUSE_BREAK,
    ZH_CONDITION_END,
    ZH_CONDITION_START,
    figures,
    first_modal,
    opening,
)
from graphs.exam_generation.sound_asks import unsound
from graphs.text.facts import Fact
from graphs.text.segment import tokenize

MIN_ACTION = {True: 5, False: 3}
"""A rule must say this much (Chinese characters, English words) after its subject and verdict,
or asking it by its subject gives the answer away."""


def ask(fact: Fact, point: str, zh: bool) -> str | None:
    """The question that asks `point` (the rule as the learner should state it) without giving
    it away, or None when the rule cannot be asked so."""
    labelled, row = labelled_asks.labelled_ask(point, zh)
    if labelled is not None and not _gives_away(labelled, point, zh):
        return _hinted(labelled, fact, point, point[:row], zh)
    borne = cost_ask(point) if zh else None
    if borne is not None and not _gives_away(borne, point, zh):
        return _hinted(borne, fact, point, "", zh)  # 「…，重做费用由谁承担？」
    unlabelled = item_labels.unlabelled(fact, point, MIN_ACTION[True]) if zh else None
    if unlabelled is not None:
        # 「完工：作业完成后须当场试用…」 was asked 「完工，作业完成后应如何处理？」 (session 15 D8):
        # a list item's label is no condition (item_labels)
        rest, rule, label = unlabelled
        asked = ask(rest, rule, zh)
        return (
            None if asked is None else item_labels.with_topic(fact, asked, label, _zh_topic(label))
        )
    ordered = zh_order_ask(point, first_modal(point, True) is not None) if zh else order_ask(point)
    if ordered is not None and not _gives_away(ordered, point, zh):
        # "Record existing damage on the ticket …": an order has no subject to ask by
        return _hinted(ordered, fact, point, "", zh)
    head = opening(fact, zh, len(point))
    if head is None or _only_condition(point, zh):
        return None
    modal = ANY_MODAL[zh].search(point, len(head))
    after = point[modal.end() :] if modal is not None else point[len(head) :]
    size = len(re.findall(r"[\u4e00-\u9fff]", after)) if zh else len(after.split())
    if not figures(after) and size < MIN_ACTION[zh]:
        return None  # 「二手机、翻新机和样机不得投保」: asked by its subject, it is given away
    if zh and _ZH_SINCE.match(head):
        # 「自签收之日起15天内，商品出现性能故障，…」: a period opens the rule; what happens in it
        # is the clause after the figure
        clause = CLAUSE_BREAK.split(point[len(head) :])
        if len(clause) < 3:
            return None
        head = f"{head}，{re.sub(r'的$', '', clause[1].strip())}时"
    stated = stated_openings.stated_topic(head) if zh else None
    if stated is not None:
        head = stated[1]  # 「封面分为布面和皮面两种，价格不同，」 states: no case to ask by
    # "Standard alterations (hems, taking in waists, shortening sleeves) take …" was asked "What
    # is the rule on standard alterations (hems?" (session 20 end designer D13, m4 #14): what a
    # bracket lists is no clause of the opening
    unbracketed = _BRACKETED.sub("", head)
    if re.search(r"[（()）]", unbracketed):
        return None
    condition, subject = _split(unbracketed, zh)
    if not subject and not condition:
        return None
    # 「先煎药材须…，后下药材…」: both asked, by the act they share (paired_asks)
    question = (paired_ask(point, head) if zh else None) or (zh_ask if zh else en_ask)(
        fact, point, condition, subject
    )
    if question is not None and stated is not None and stated[0] and stated[0] not in question:
        question = f"关于{stated[0]}，{question}"
    if question is None or _gives_away(question, point, zh):
        return None
    shared = gapped(point) if zh and subject else None
    if shared is not None and shared.subjects[0] == subject:
        # 「长距离靶道须有安全员至少2名在岗，短距离靶道至少1名」 was asked by the long lane alone,
        # its short lane keyed unasked (gapped_clauses)
        question = for_each(question, shared)
    if zh and question.endswith(("是多少？", "是多久？")) and len(figures(point)) > 1:
        # 「日常保洁按每小时50元计费，深度保洁按每平方米8元计费，最低收费400元」 asked by its first
        # subject's amount: the point answers two more (session 15 D8, e2 Q8)
        return None
    if zh:
        # 「风速超过每秒一定距离时」: a length per second is a speed (ask_hints)
        question = with_limits(_ZH_SPEED.sub("一定速度", question), point, head)
    if unsound(question, point, zh) is not None:
        return None  # 「前台有什么规定？」, "the key copies of restricted-profile?" (sound_asks)
    return _hinted(question, fact, point, head, zh)


def _hinted(question: str, fact: Fact, point: str, head: str, zh: bool) -> str:
    """The ask with what its answer must state (ask_hints), when the point holds any."""
    hint = ask_hints.unasked_hint(question, fact, point, head, zh)
    return question + ((f"（写明{hint}）" if zh else f" (give {hint})") if hint else "")


def _only_condition(point: str, zh: bool) -> bool:
    """A point that is only its condition (「门店只有1名药师在岗时」, "If the owner cannot be
    reached within 1 hour"): the rule was cut before its action; there is nothing to ask."""
    if zh:
        # 「…静置不少于24小时」 ends on an hour, no case
        return re.search(r"(?:(?<!小)时|的|前|后)$", point.rstrip("。；;，, ")) is not None
    return EN_CONDITION.match(point) is not None and "," not in point


def _split(head: str, zh: bool) -> tuple[str, str]:
    """The condition the rule opens on (「发现任何一项不合格」, "If fleas are found") and its
    subject (「司机」, "staff")."""
    clauses = [c.strip() for c in re.split(r"[，,：:；;]", head) if c.strip()]
    if not clauses:
        return "", ""
    if not zh and EN_LISTED_SUBJECT.match(head):
        # "Missing blowers, ground sheets or stakes are charged …" was asked "What is the rule on
        # missing blowers?" (session 18 T11, B Q8): a list of subjects is asked whole
        return "", head.strip()
    if zh and len(clauses) > 1 and _zh_topic(clauses[0]):
        return "", clauses[0]  # 「含可待因的止咳药水，每人每次限购…」: what the rule is about
    subject = clauses[-1]
    if zh and _ZH_BARE_CONJUNCTION.fullmatch(subject):
        # 「产妇本人的配偶不受探视时间限制，但须…」 was asked 「…不受探视时间限制时，但应如何处理？」
        # (session 20 end designer D13, m3 #16): a clause before 但 is a statement, no case
        return "", ""
    # 「每班开始前，司机按《叉车日检表》逐项检查，检查时间」: the clauses between the condition
    # and the subject are the rule's own action, not what to ask by.
    condition = clauses[0] if len(clauses) > 1 else ""
    # 「日常保洁按每小时」 ends on an hour, no case (「…时」): it was asked 「日常保洁按每小时有什么
    # 规定？」 (session 15 D8, e2 Q8)
    case_end = ZH_CONDITION_END.search(subject) and not subject.endswith("小时")
    # 「当日未售完的熟食」 opens on a day, no 「当…时」: it was asked 「当日未售完的熟食时应如何处理？」
    case_start = ZH_CONDITION_START.match(subject) and not _ZH_THAT_DAY.match(subject)
    if zh and (case_end or case_start):
        return (f"{condition}，{subject}" if condition else subject), ""
    if not zh and EN_CONDITION.match(subject):
        return (f"{condition}, {subject}" if condition else subject), ""
    if not zh and condition and EN_CASE_OPENING.match(condition):
        return condition, subject  # "In a power cut, cashiers": the case, then the subject
    if not zh and condition and not EN_CONDITION.match(condition):
        return "", clauses[0]  # "Off-Peak: …": the heading word of a list item is the subject
    return condition, subject


_BRACKETED = re.compile(r"\s*[（(][^（()）]*[）)]")
_ZH_BARE_CONJUNCTION = re.compile(r"但|但是|而|而且|且|并|并且|同时|否则|另外|此外")
_ZH_SPEED = re.compile(r"每(?:秒|分钟|小时)一定距离")
_ZH_THAT_DAY = re.compile(r"^当[日天班场月年晚面地]")


def _zh_topic(clause: str) -> bool:
    """A clause that only names what the rule is about: a noun phrase, no condition (nor an act
    after its case: 「切配时由主管在旁指导」, leading_cases)."""
    if ZH_CONDITION_END.search(clause) or ZH_CONDITION_START.match(clause):
        return False
    if leading_cases.leading_case(clause) is not None:
        return False
    tokens = [t for t in tokenize(clause, "zh") if t.pos not in ("x", "w")]
    return bool(tokens) and tokens[-1].pos.startswith("n")


_ZH_SINCE = re.compile(r"^(?:自|从).{1,10}(?:起|开始)$")


def _gives_away(question: str, point: str, zh: bool) -> bool:
    """The ask states a figure of the point or its verdict (不得 / must not)."""
    if figures(question):
        return True
    verdict = (
        re.compile(r"不得|禁止|严禁|不准|不能|不可")
        if zh
        else re.compile(r"\b(?:must not|may not|cannot|never|do not|does not)\b", re.IGNORECASE)
    )
    return verdict.search(question) is not None
