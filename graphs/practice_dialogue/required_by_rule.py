"""A charge the learner may waive said to be required by a rule or an authority: 「其实抛光费是
卫生局规定必须收的」, "the exit fee is required by the regulator".

The scenario's brief says what the learner may waive (waivers.py). A sentence that puts such a
charge (or a charge it does not name, 这笔费用) on a law, a regulation or an official body
(规定, 法律, 卫生局, 国家, "the law", "the regulator") as something that must be charged, or makes
it out as a must or as what everyone pays (「抛光是洗牙必做的，大家都收」: session 22 trainer), is
untrue: the learner may waive it. It is the scenario's claim that makes the charge out as a
normal one, or a plain label (conduct.py). A charge the brief does not let the learner waive
(洗牙费) and a negated rule ("it isn't required by any regulation") claim nothing.
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.practice_dialogue.denied_authority import about_a_waivable_charge
from graphs.practice_dialogue.signals import TurnText
from graphs.practice_dialogue.waivers import CHARGE_NAMES, waiver_lines
from graphs.scenarios import Scenario

_BODY_ZH = r"(?:规定|法规|法律|政策|条例|卫生局|卫健委|监管|国家|物价局|市场监管局|工商局|上级部门)"
REQUIRED: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        rf"{_BODY_ZH}[^。；;！!？?]{{0,12}}(?:必须|一定要|要求|强制|规定|明文)[^。；;！!？?]{{0,8}}"
        r"(?:收|交|缴|付|扣)"
        # made out as a must or as what everyone pays: 「抛光是洗牙必做的」, 「这笔费大家都交」
        r"|(?:必做|必须做|必选|必收|必须收|必须要做|标配)(?:项目|的)"
        r"|(?:大家|人人|每个人|所有人|每位客人|每位患者|别人)(?:也)?都(?:是|要|得)?(?:这么|这样)?"
        r"(?:收|交|缴|付)(?:的|了|过)?"
    ),
    "en": re.compile(
        r"\b(?:required|mandated|set|imposed) by (?:the )?(?:law|regulators?|regulations?|"
        r"government|council|health (?:board|department|authority)|ofcom)\b"
        r"|\b(?:the law|regulations?|the regulators?|the government|the council|ofcom)\b[^.,;!?]{0,30}"
        r"\b(?:requires?|makes? us|forces? us|says we (?:must|have to))\b"
        r"|\bwe(?:'re| are) (?:legally (?:required|obliged)|required by law|obliged by law) to\b"
        # made out as a must or as what everyone pays: "it's a compulsory part of the service"
        r"|\b(?:a )?(?:mandatory|compulsory) (?:part|step|extra|charge|fee)\b"
        r"|\bevery(?:one|body) (?:pays|has to pay|gets charged|is charged)\b",
        re.IGNORECASE,
    ),
}
"""A charge put on a rule or an official body as one that must be made."""
_UNNAMED = re.compile(
    r"(?:这笔|那笔|这项|那项|该项|此项|这个|那个|这些)费|.(?:收|缴|付|交)费|(?:this|that|the) fee",
    re.I,
)
"""A charge not named by what it is for (这笔费用) or a charging (必须收费): the one discussed."""
_DENIED = re.compile(r"(?:不是|并非|并不是|不属于|没有)\s*$|\b(?:not|isn't|is not|never)\s*$", re.I)
"""The rule denied just before it (「抛光费不是卫生局规定必须收的」)."""


def required_by_rule(scenario: Scenario, sentence: TurnText) -> re.Match[str] | None:
    """Where the words put a charge the learner may waive on a rule that requires it."""
    language = scenario.language
    raw = sentence.raw
    if not about_a_waivable_charge(scenario, raw, unnamed=_UNNAMED) and not _names_waived_item(
        scenario, raw
    ):
        return None  # 洗牙费是规定要收的: a charge the brief does not let the learner waive
    return next(
        (
            m
            for m in REQUIRED[language].finditer(raw)
            if not sentence.negated(m.start(), m.end()) and not _DENIED.search(raw[: m.start()])
        ),
        None,
    )


def _names_waived_item(scenario: Scenario, raw: str) -> bool:
    """The words name what a waivable charge is for, without the word for the charge: 「抛光是洗牙
    必做的」 of 免除未事先告知的抛光费."""
    language = scenario.language
    for line in waiver_lines(scenario):
        for charge in CHARGE_NAMES[language].finditer(line):
            head = charge.group(0)[:-1] if language == "zh" else charge.group(0).split()[0]
            if len(head) >= 2 and head.lower() in raw.lower():
                return True
    return False
