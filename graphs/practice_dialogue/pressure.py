"""Pressure on the customer: phrases (必须, "last chance") and patterns ("you should really
upgrade", "不办会后悔的", "I'll renew you now, OK?"). understanding.py hears them per sentence."""

from __future__ import annotations

import re

from graphs.practice_dialogue.signals import TurnText

PUSHY = (
    "必须",
    "赶紧",
    "马上下单",
    "马上办",
    "马上买",
    "现在就办",
    "现在就买",
    "立刻",
    "最后机会",
    "别犹豫",
    "别想了",
    "不买就",
    "错过就没",
    "今天不办",
    "不能再等",
    "you must take",
    "you must buy",
    "you must decide",
    "you must sign",
    "you have to decide",
    "decide now",
    "right now",
    "last chance",
    "don't hesitate",
    "hurry",
    "sign now",
    "today only",
    "you need to buy",
    "don't miss out",
    "just sign",
    "stop thinking",
    "just stay",
    "need you to decide",
    "decide today",
    "sign here",
    "regretting it",
    "don't end up regretting",
    "you'll be sorry",
    "you'll regret",
    "want it or not",
    "take it or leave it",
    "就这么定了",
    "赶紧定",
    "帮你刷卡",
    "帮您刷卡",
    "今天就定",
    "就这么结束",
    "just say yes",
    "come on, just",
    "you'd be crazy not to",
    "就答应了吧",
)


PUSHY_PATTERNS = (
    re.compile(
        r"\byou(?:'d| would)? (?:(?:really|definitely|seriously|honestly|just|absolutely|simply"
        r"|totally) )?(?:should|must|need to|have to|ought to|gotta|better)"
        r" (?:(?:really|definitely|seriously|just|absolutely|simply|totally) )?"
        r"(?:upgrade|buy|stay|book|decide|go for it|join|switch|renew|commit|sign up|say yes"
        # the company's own product taken: "you absolutely have to take our harbour-view suite"
        r"|(?:take|get|try|grab|go for|go with|choose) (?:our|this|the) (?:\w+[- ]){0,3}"
        r"(?:suite|upgrade|plan|package|deal|offer|membership|bundle|tier))\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"[你您](?:真的|一定|最好|赶快|还是)?(?:应该|必须|得|该|一定要)(?:办|买|签|升级|定|交|续)"
    ),
    # the threat of regret: "Most people who leave regret it", "you'll regret it", "不办会后悔的"
    re.compile(r"\bregrets? (?:it|that|leaving|going|cancel\w*|switching)\b", re.IGNORECASE),
    re.compile(r"(?:会|肯定|一定)后悔"),
    # the deal done now with only a tag for her yes: "I'll renew you now, OK?", 我这就给您办了，好吧？
    re.compile(
        r"\b(?:i'll|i will|i'm going to|i'm gonna|let me|i'm)\s+(?:just\s+)?(?:go ahead and\s+)?"
        r"(?:renew|sign|put|putting|upgrad|mov|switch|lock|enrol|enroll|register|charg)"
        r"(?:e|es|ed|ing)?\s+(?:you|your)\b"
        r"[^.!?]{0,40}?,?\s*(?:ok|okay|alright|all right|fine|yeah|right|yes)\s*\?",
        re.IGNORECASE,
    ),
    re.compile(
        r"(?:现在|这就|直接|马上)(?:就)?(?:给|帮)[您你](?:办|续|签|升级|开卡|刷卡|扣)[^。！!？?]{0,10}"
        r"[，,]?\s*(?:好吧|行吧|没问题吧|对吧|好吗|行吗|可以吧)[？?]"
    ),
)
"""Telling the customer what she must buy ("You should really upgrade", "你一定要办"), that she
will regret saying no, or that the deal is being done now with only a tag for her yes ("I'll
renew you now, OK?"): pressure whatever the reason given with it. A question that asks her
("Shall I renew you?") and a service booked with a tag ("I'll book the engineer, OK?") are none."""


DUTY_OF_OTHERS = re.compile(
    r"(?:医生|大夫|技师|师傅|教练|员工|同事|我们|我|前台|工作人员|店里|门店|公司|每位|大家"
    r"|规定|要求|规范|标准|流程|制度|规矩|法规|政策)"
    r"[^，,。；;！!？?您你]{0,14}必须"
)
"""必须 said of a duty of staff, not of hers: 「我们也会提醒医生做额外项目前必须先说明费用」
presses no one (a courtesy check follows: 「您看这样处理可以吗？」); nor 必须 of a rule stated
(「国家规定抛光必须做的」: a false rule, named as such, no pressure: session 24 trainer P17)."""


DUTY_TOLD = re.compile(
    r"(?<![您你])必须(?:要|得)?(?:先|提前|事先|事前|当面)*(?:跟|向|和|给)?"
    r"(?:您|你|患者|客户|顾客|客人|病人|家属|学员)?(?:说清楚|讲清楚|说明|讲明|告知|告诉|通知|解释"
    r"|交代|征得|征求|问清|沟通|打电话|报备)"
)
"""必须 of telling her, with no subject of hers: 「治疗前必须说清楚项目和价钱」, 「出发前必须先给您打电
话」 is what staff owe her, never her decision pressed (session 26 trainer P19: 第6轮施压 for a
courtesy of the clinic's new rule)."""
RELEASED = re.compile(
    r"(?:不必|不用|用不着|没必要|不需要|无需|犯不着|不一定要|不急着|别急着)[^，,。；;！!？?]{0,6}$"
)
"""A push its clause releases her from: 「您不必现在就办」, 「没必要马上买」."""
ALLOWED_AFTER = re.compile(
    r"^[^，,。；;！!？?]{0,4}?(?:也|都)(?:没关系|没事|不要紧|行|可以|无所谓|没问题)"
)
"""A push its clause lets go of: 「今天不办也没关系」 is her time given, not a threat."""


def pushy_phrases(sentence: TurnText) -> list[str]:
    """The PUSHY phrases the sentence says, less 必须 where every 必须 is a duty of staff or
    of telling her (DUTY_TOLD), and less a push its clause releases her from (RELEASED,
    ALLOWED_AFTER)."""
    said = sentence.said_any(PUSHY)
    musts = sentence.raw.count("必须")
    duties = len(DUTY_OF_OTHERS.findall(sentence.raw)) + len(DUTY_TOLD.findall(sentence.raw))
    if "必须" in said and musts and duties >= musts:
        said = [p for p in said if p != "必须"]
    return [p for p in said if not _let_go(sentence, p)]


def _let_go(sentence: TurnText, phrase: str) -> bool:
    """The phrase is said in a clause that releases her from it (不必…, …也没关系)."""
    span = sentence.find(phrase)
    if span is None:
        return False
    before, after = sentence.raw[: span[0]], sentence.raw[span[1] :]
    return bool(RELEASED.search(before) or ALLOWED_AFTER.match(after))


def pressure_in(sentence: str) -> list[str]:
    """The pressure the sentence puts on the customer by the patterns (the PUSHY phrases apart)."""
    return [m.group(0) for pattern in PUSHY_PATTERNS if (m := pattern.search(sentence))]
