"""A false claim that the customer agreed beforehand: 「您当时是签了字的」, 「这个您是同意过的」,
"you agreed to this when you booked", "you signed the form for it".

Said of a charge she disputes, it puts the fault on a yes she never gave (session 22 trainer: 「您是
签字同意过的」 was named a brush-off). The brief says what she was told and agreed to; where it says
she agreed or signed, the claim is true. A negated one ("您没签过字，这笔费用给您免了") or a
question ("您当时签过字吗？") claims nothing. What she agreed to in this talk (consent.py, her
yes) is the learner's recap, not this: the claim looks back to before the visit ("当时", "when
you booked", 签字).
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.practice_dialogue.signals import TurnText
from graphs.scenarios import Scenario

AGREED_BEFORE: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"(?:您|你)(?:当时|之前|以前|早就|本来|办卡时|预约时|下单时|入会时)?(?:是|也是|都是)?(?:已经)?"
        r"(?:签(?:过|了)?字|签过|签了(?:合同|协议|单子|同意书)|同意过|认可过|确认过|点过同意|勾选过|知情)"
        r"|(?:当时|之前|事先|以前)(?:您|你)(?:是|也)?(?:同意|答应|认可|确认)了?的"
        r"|(?:您|你)签(?:过|了)?(?:字|名)(?:的|了|同意)"
    ),
    "en": re.compile(
        r"\byou(?: already| did)? (?:agreed|signed|consented|accepted|ticked|initialled|okayed|"
        r"approved)(?: to)?(?: (?:it|this|that|the \w+(?: \w+)?|for it|for this))?(?: (?:when|at|"
        r"before|on) (?:you )?(?:booked|booking|sign(?:ed|ing) up|joined|check(?:ed|ing) in|"
        r"the (?:start|desk|time)))\b"
        r"|\byou(?: already| did)? sign(?:ed)? (?:the |a )?(?:form|waiver|contract|terms|agreement)"
        r"(?: for it| for this| saying)?\b"
        r"|\byou(?: already| did)? (?:agreed|consented) to (?:it|this|that|the (?:charge|fee|extra|"
        r"terms))\b",
        re.IGNORECASE,
    ),
}
"""Her earlier yes or signature, told her as a fact."""
SAID_IN_BRIEF: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"签(?:了|过)?字|同意了|签署|知情同意"),
    "en": re.compile(r"\b(?:signed|agreed to|consented)\b", re.IGNORECASE),
}
"""The brief's own record that she agreed: then the claim is true."""
LABEL: dict[Language, str] = {
    "zh": "谎称客户事先认可过",
    "en": "A false claim that the customer agreed beforehand",
}


def claimed_consent(scenario: Scenario, sentence: TurnText, asking: bool) -> str | None:
    """The label of a false claim that she agreed beforehand, if the sentence makes one."""
    language = scenario.language
    if asking or SAID_IN_BRIEF[language].search(scenario.background):
        return None
    for found in AGREED_BEFORE[language].finditer(sentence.raw):
        if not sentence.negated(found.start(), found.end()):
            return LABEL[language]
    return None
