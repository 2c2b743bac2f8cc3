"""A request for her particulars is procedure, not a question about her needs.

"Name?", "Can I see your passport and a card, please?", 「手机号和身份证给我一下？」 ask for what the
desk needs to process her, not what she wants: such a turn earns no question score, whether it is
a bare fragment or a polite request (before, "Name?" counted as a question and the polite request
did not). A question that also asks anything else ("Name, and what brings you here?") still counts.
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.practice_dialogue.phrases import question_starts
from graphs.practice_dialogue.signals import sentences

PARTICULARS: dict[Language, re.Pattern[str]] = {
    "en": re.compile(
        r"\b(?:(?:first |last |full |sur)?names?|surname|id|identification|passport|"
        r"(?:credit |debit |bank |membership |loyalty )?cards?|account(?: number)?|"
        r"(?:phone |mobile |reference |booking |room )?numbers?|postcode|zip code|"
        r"date of birth|birthday|address|e-?mail|details|signature|deposit)\b",
        re.IGNORECASE,
    ),
    "zh": re.compile(
        r"姓名|名字|贵姓|怎么称呼|身份证|证件|护照|卡号|银行卡|会员卡|手机号|电话号码?|联系方式|"
        r"账号|地址|生日|出生日期|邮箱|签字|签名|押金"
    ),
}
"""The things a desk asks for to process her."""

FILLER: dict[Language, re.Pattern[str]] = {
    "en": re.compile(
        r"\b(?:can|could|may|i|please|have|see|take|get|just|your|you|the|a|an|and|or|"
        r"give|me|us|confirm|what's|what|is|are|for|of|quickly|first|thanks|thank|it|"
        r"with|do|would|mind|let|need|a look at|over|check|one)\b",
        re.IGNORECASE,
    ),
    "zh": re.compile(
        r"您|你|的|能|可以|麻烦|请|把|给|我|一下|看看|看|吗|好|和|跟|以及|先|登记|报|提供|出示|是|多少|什么|呢|吧"
    ),
}
"""The words around a request for particulars that ask nothing more."""


def _asks_particulars_only(question: str, language: Language) -> bool:
    if not PARTICULARS[language].search(question):
        return False
    rest = FILLER[language].sub(" ", PARTICULARS[language].sub(" ", question))
    return not re.sub(r"[\W_]+", "", rest)


def particulars_only(reply: str, language: Language) -> bool:
    """Every question of the turn asks only for her particulars (name, ID, card, number)."""
    questions = [s for s in sentences(reply) if question_starts(s) is not None]
    return bool(questions) and all(_asks_particulars_only(q, language) for q in questions)
