"""Chinese asks: the question a trainer writes for one rule of a short answer, by its condition
and subject (「发现任何一项不合格时，司机应如何处理？」, 「叉车司机必须持有什么？」, 「私教课须提前多长时间
预约？」, 「会员卡有效期是多久？」). short_answer_asks cuts the rule's opening and checks the ask gives
nothing away; this module words it, as english_asks does in English.
"""

from __future__ import annotations

import re

from graphs.exam_generation import leading_cases
from graphs.exam_generation.garbled_asks import ZH_BY_EACH, cut_coverb
from graphs.exam_generation.means_asks import zh_means
from graphs.exam_generation.rule_opening import ANY_MODAL, first_modal
from graphs.text.facts import Fact
from graphs.text.quantities import parse_quantities
from graphs.text.segment import tokenize

_ZH_WAITS = re.compile(r"(?:方可|方能|才能|才可)([^，,；;。]{2,10})")
"""What an act waits for (「…方可上岗」): asked 「…须满足哪些条件才能上岗？」."""


def zh_ask(fact: Fact, point: str, condition: str, subject: str) -> str | None:
    """The Chinese ask of a rule by its condition and subject (「发现任何一项不合格时，司机应如何
    处理？」, 「叉车司机必须持有什么？」, 「住宿报销上限是多少？」), or None when it has none."""
    waits = _ZH_WAITS.search(point)
    if waits and subject and not parse_quantities(waits.group(1)):
        return f"{subject}须满足哪些条件才能{waits.group(1)}？"
    modal = _ZH_DUTY_MODAL.search(point)
    if subject and not condition and modal is not None and _ZH_QUALIFIES.match(point, modal.end()):
        # 「试驾客户须年满18周岁，持有…驾驶证，且驾龄不少于1年」 was asked 「试驾客户有什么规定？
        # （写明时间）」: what the subject must meet is the rule (session 12 designer D4, m3 Q7)
        return f"{_zh_noun_phrase(subject) or subject}须满足哪些条件？"
    capped = _ZH_CAPPED.match(point)
    if capped is not None and first_modal(point, True) is None:
        # 「赔偿以维修费的5倍为限」 was asked 「赔偿以维修费有什么规定？」
        return f"{capped['what']}的上限是多少？"
    period = _ZH_PERIOD.match(point)
    if period is not None:
        # 「会员卡有效期为激活之日起12个月」 was asked 「会员卡有效期为激活之日起有什么规定？」 (and
        # 「处方有效期为开具之日起时应如何处理？」, session 12 teacher T4, A Q6)
        return f"{period['what']}是多久？"
    if _ZH_WHATEVER.match(subject):
        # 「无票进入的，不论是否发生事故，一律…」 was asked 「无票进入时，不论是多少？」 (session 26
        # designer D19, m3 Q15): a clause of 不论/无论 says the rule holds either way; it names
        # no subject and no amount, and the ask is by the case alone
        subject = ""
    amount = _ZH_AMOUNT.match(subject)
    if amount is not None and first_modal(point, True) is None:
        # 「住宿报销上限为每晚500元」, 「伙食补助按每天80元发放」: the figure is what is asked
        said = f"{condition}，{amount[1]}" if condition else amount[1]
        return f"{re.sub(r'的，', '时，', said)}是多少？"
    # The subject stands right before the rule's modal: a verb it ends on is the act the rule
    # governs (「司机连续驾驶不得超过…」, 「蓄电池充电只能在…」), not the rule's own action.
    at = point.find(subject)
    activity = bool(subject) and at >= 0 and first_modal(point, True) == at + len(subject)
    if condition:
        if (case := leading_cases.leading_case(condition, timed=True)) is not None:
            return (
                f"{case}有哪些要求？"  # 「卸油时由站长监护」: a case and an act, asked by its case
            )
        condition = re.sub(r"的$", "", condition)
        qualifies = (
            _ZH_DUTY_MODAL.match(point, len(condition)) if point.startswith(condition) else None
        )
        if qualifies is not None and _ZH_QUALIFIES.match(point, qualifies.end()):
            # 「救生员上岗前须持有…证书」 was asked 「救生员上岗前应如何处理？」 (session 18 lead, m3
            # Q11): what one must hold or be before the act is a condition of it
            return f"{condition}须具备什么条件？"
        if first_modal(point, True) is None:
            subject = _zh_noun_phrase(subject)
            return f"{condition}，{subject}有什么规定？" if subject else f"{condition}有什么规定？"
        if not re.search(r"(?:前|后|时|期间|之内)$", condition):
            condition += "时"
        if subject and len(subject) <= 8:
            return f"{condition}，{subject}应如何处理？"
        return f"{condition}应如何处理？"
    subject = _zh_noun_phrase(subject, activity=activity)
    if not 2 <= len(subject) <= 16:
        return None
    duty = _zh_duty(point, at + len(subject)) if at >= 0 else None
    if duty is not None:
        if _ZH_ASKED.search(duty):
            return f"{subject}{duty}？"
        return f"{subject}{duty}什么？"  # 「叉车司机必须持有什么？」, not 「叉车司机有什么规定？」
    named = _zh_object(point, at + len(subject)) if at >= 0 else None
    if named is not None and named not in subject:
        # 「营业员不得夸大药品疗效，…」 was 「营业员有什么规定？」, which every rule of the
        # counter staff answers (teacher T4, A Q7): the thing the rule governs names it
        return f"关于{named}，{subject}有什么规定？"
    return f"{subject}有什么规定？"


def _zh_object(point: str, after: int) -> str | None:
    """The noun phrase the rule's first verb acts on, in its first clause (「药品疗效」 of
    「不得夸大药品疗效」), or None when the clause has none or holds a figure."""
    clause = re.split(r"[，,；;。]", point[after:], maxsplit=1)[0]
    if parse_quantities(clause):
        return None
    tokens = [t for t in tokenize(clause, "zh") if t.pos not in ("x", "w")]
    verbs = [
        i for i, t in enumerate(tokens) if t.pos == "v" and not ANY_MODAL[True].fullmatch(t.word)
    ]
    if not verbs or any(t.pos.startswith("c") for t in tokens[: verbs[0]]):
        # 「须取卡或识别车牌」 was asked 「关于车牌，…」 (session 21 lead): the verb after 或 is
        # one of the rule's alternatives, its object not what the rule is about
        return None
    if tokens[verbs[0]].word in ZH_BY_EACH:
        # 「必须逐张核验门票」 was asked 「关于张核验门票，…」: 逐 makes an adverb of the measure
        # word after it (逐张, 每人), no verb, and what follows is no object alone
        return None
    rest = tokens[verbs[0] + 1 :]
    if not rest or not all(t.pos.startswith("n") for t in rest):
        return None
    named = "".join(t.word for t in rest)
    return named if 2 <= len(named) <= 8 else None


_ZH_DUTY_MODAL = re.compile(r"必须|须|应当|应")
_ZH_QUALIFIES = re.compile(r"\s*(?:年满|年龄|身高|持有|具有|具备|取得|已满|满\s*\d)")
"""A rule that lists what its subject must be or hold (an age, a licence, years of experience)."""


def _zh_duty(point: str, after: int) -> str | None:
    """The modal and the verb right after the subject when the rule is what the subject must
    hold or do to something (「叉车司机必须持有有效的…证」): asked as 「…必须持有什么？」, which
    tells the learner what to write (session 10 designer, m1 Q15: 「叉车司机有什么规定？」 was
    answered by the whole section). None for a verb followed by a figure or another clause."""
    modal = _ZH_DUTY_MODAL.match(point, after)
    if modal is None:
        return None
    rest = point[modal.end() :]
    ahead = _ZH_AHEAD.match(rest)
    if ahead is not None:
        # 「私教课须提前24小时预约」: 「私教课须提前多长时间预约？」, not 「私教课有什么规定？」
        return f"{modal.group()}提前多长时间{ahead['verb']}"
    within = _ZH_WITHIN.match(rest)
    if within is not None:
        # 「安全员须在 1 小时内上报公司安全部」: 「安全员须在多长时间内上报？」, not 「安全员有什么
        # 规定？」, which every duty of the safety officer answers (session 10 designer, m1 Q15)
        return f"{modal.group()}在多长时间内{within['verb'] or within['act'] or within['done']}"
    by = _ZH_BY_TIME.match(rest)
    if by is not None:
        # 「值班药师须在22:00前到岗」 was 「值班药师有什么规定？」: the act and its deadline
        return f"{modal.group()}在什么时间前{by['act']}"
    means = zh_means(rest)
    if means is not None and _ZH_NEXT_DUTY.search(rest):
        # 「古籍修复须经工坊主管评估，并由客户签字确认方案」 was asked 「须经什么评估？」: the
        # ask of the first duty left the second out of it
        return f"{modal.group()}满足哪些要求"
    if means is not None:
        return f"{modal.group()}{means}"
    tokens = [t for t in tokenize(rest, "zh") if t.pos not in ("x", "w")]
    if len(tokens) < 2 or not tokens[0].pos.startswith("v") or tokens[0].pos == "vn":
        return None
    if tokens[1].pos.startswith(("p", "f")):
        return None  # 「必须安排在每天早上6点至8点之间」: where or when, not what
    if tokens[0].word in _ZH_HAS_SOMEONE_ACT:
        # 「须请客户在回收单上签字」 was asked 「须请什么？」: who then acts is no object
        return None
    acts_on = tokens[2].pos.startswith("n") if len(tokens) > 2 else False
    if not tokens[0].word.endswith(_ZH_TAKES_AN_ACT) and (
        tokens[1].pos.startswith("c") or (tokens[1].pos.startswith("v") and not acts_on)
    ):
        # 「车辆进场须取卡或识别车牌」 was asked 「车辆进场须取卡什么？」 (session 21 lead): a verb
        # with its object in it (取卡, 洗手, 签字) before 或, 并 or the next act asks no 什么;
        # 「佩戴防水围裙」 (防水 read as a verb) acts on its noun
        return None
    if re.match(r"\s*\d", rest[len(tokens[0].word) :]):
        held = parse_quantities(rest[len(tokens[0].word) :].lstrip())
        if held and held[0][1] == 0 and held[0][0].dimension in ("duration", "calendar"):
            return f"{modal.group()}{tokens[0].word}多长时间"  # 「处方须留存2年」: 留存多长时间
        return None
    if len(tokens[0].word) < 2 and (tokens[0].word in ZH_BY_EACH or tokens[1].pos[0] != "n"):
        return None  # a one-character verb asks only before its object (「必须设专职监护人」)
    if tokens[0].word[-1] in "在到至于" and len(tokens[0].word) >= 2:
        # 「工具须放在自带的防护垫上」 was asked 「工具须放在什么？」 (session 15 D8, e1 Q12): a
        # verb that takes a place asks where
        return f"{modal.group()}{tokens[0].word}哪里"
    return f"{modal.group()}{tokens[0].word}"


_ZH_AHEAD = re.compile(
    r"^提前\s*[\d一二三四五六七八九十两半]+\s*(?:个)?(?:工作日|小时|分钟|天|日|周|个月|月)\s*"
    r"(?P<verb>[\u4e00-\u9fff]{2,4})(?=[，,；;。]|$)"
)
_ZH_WITHIN = re.compile(
    r"^在\s*(?:[^\d，,；;。]{1,6}?后\s*)?[\d一二三四五六七八九十两半]+\s*(?:个)?(?:工作日|小时|分钟|天|日|周|个月|月)\s*内"
    # who is told (上报公司安全部) is part of the answer: a telling verb is asked alone
    r"(?:(?P<verb>上报|报告|通知|答复|回复|到场|报警|联系|赶到)"
    # 「顾客须在取鞋后7天内提出索赔」, 「…内完成修改」: a short act keeps its object, or the ask
    # reads 「须在多长时间内完成？」 (完成 what?)
    r"|(?P<act>[\u4e00-\u9fff]{2,6})(?=[，,；;。]|$)"
    # an act too long to ask whole: its verb
    r"|(?P<done>完成|提交|处理|送达|送检))"
)
"""A duty done within a time limit, by its verb: what the ask names besides its subject."""


_ZH_HAS_SOMEONE_ACT = frozenset(["请", "让", "叫", "要求", "督促", "提醒", "指导", "协助", "告知"])
"""Verbs that have someone else act (「请客户签字」): 「须请什么？」 asks nothing."""
_ZH_TAKES_AN_ACT = ("进行", "开展", "完成", "负责", "接受", "参加", "禁止")
"""Verbs whose object is an act (「须进行消毒处理」): 「须进行什么？」 asks it."""
_ZH_NEXT_DUTY = re.compile(r"[，,]\s*(?:并且?|且|再|同时|然后)(?:由)?[\u4e00-\u9fff]{3}")
"""The same modal's second duty after a comma (「，并由客户签字确认方案」)."""
_ZH_ASKED = re.compile(r"多长时间|什么|谁|哪里|哪些")
"""A duty that already holds its question word; a bare verb is asked 「…持有什么？」."""
_ZH_BY_TIME = re.compile(
    r"^在\s*[^，,；;。]{1,12}?(?:之前|以前|前)\s*(?P<act>[\u4e00-\u9fff]{2,8})(?=[，,；;。]|$)"
)
"""A duty done by a time or before an event (「须在22:00前到岗」, 「须在约定时间前归还」)."""
_ZH_PERIOD = re.compile(
    r"^(?P<what>[\u4e00-\u9fff]{2,10}?)(?:为|是)(?:自|从)?[^，,；;。]{1,10}?(?:之日)?起\s*[\d一二三四五六七八九十两]"
)
"""A period counted from a day (「…有效期为开具之日起3天」): how long it is, is what is asked."""
_ZH_CAPPED = re.compile(r"^(?P<what>[\u4e00-\u9fff]{2,8}?)(?:最高|最多)?以.{1,20}为限")
_ZH_WHATEVER = re.compile(r"^(?:不论|无论|不管)")
_ZH_AMOUNT = re.compile(r"^(.{2,12}?)(?:为|是|按|达到)")
"""A subject stated as an amount: 「住宿报销上限为每晚」 asks 「住宿报销上限是多少？」."""


def _zh_noun_phrase(subject: str, *, activity: bool = False) -> str:
    """The subject without the verbs and adverbs the cut left at its end (「本公司提供」,
    「单张处方一般」): what the rule is about. `activity`: the subject ends on the act the rule
    governs (「司机连续驾驶」 before 不得超过), which stays whole: cut, it read 「司机连续有什么规定？」
    (session 10 designer, m1). "" when what is left ends on a word no topic ends on (「每」,
    「每月」, an adverb): a garbled ask is worse than none."""
    tokens = tokenize(subject, "zh")
    named = any(t.pos.startswith("n") for t in tokens[:-1])
    if activity and len(tokens) >= 2 and tokens[-1].pos.startswith("v") and named:
        return subject.rstrip("、，,")
    whole = subject.rstrip("、，,")
    for verbs in (False, True, False):
        while tokens and (
            tokens[-1].pos[:1] in ("d", "p", "c", "u")
            or (verbs and tokens[-1].pos.startswith("v") and tokens[-1].pos != "vn")
        ):
            tokens.pop()
            if verbs:
                if tokens and tokens[-1].pos.startswith("v") and named:
                    # 「年卡有效期内累计免费导览」 was cut to 「…累计免费」 (session 17 D10, m2
                    # 「延保期内累计免费有什么规定？」): a verb before the verb says how it is done
                    return whole
                break  # one verb: 「转弯处限速」 keeps 转弯处
    if cut_coverb(tokens):
        return ""  # 「鉴定证书随画作」: 随画作 says how a verb the cut left out is done
    if tokens and tokens[-1].pos in _NO_TOPIC_END:
        return ""
    return "".join(t.word for t in tokens).rstrip("、，,")


_NO_TOPIC_END = frozenset(["zg", "r", "m", "a", "ad", "d", "p", "c", "u"])
"""Parts of speech a topic never ends on: 「每」, 「每月」, 「第二」, 「连续」."""
