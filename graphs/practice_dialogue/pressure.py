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


def pushy_phrases(sentence: TurnText) -> list[str]:
    """The PUSHY phrases the sentence says, less 必须 where every 必须 is a duty of staff."""
    said = sentence.said_any(PUSHY)
    musts = sentence.raw.count("必须")
    if "必须" in said and musts and len(DUTY_OF_OTHERS.findall(sentence.raw)) >= musts:
        said = [p for p in said if p != "必须"]
    return said


def pressure_in(sentence: str) -> list[str]:
    """The pressure the sentence puts on the customer by the patterns (the PUSHY phrases apart)."""
    return [m.group(0) for pattern in PUSHY_PATTERNS if (m := pattern.search(sentence))]
