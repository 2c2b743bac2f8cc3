"""A process made out as hard to put her off it: "Cancelling is a real hassle, you know", "leaving
us is a pain, the paperwork takes weeks", 「退款手续特别麻烦，要走好几道审批」.

The acts she may ask of the company (cancelling, leaving, a refund, a complaint) are the
company's to carry out, and no brief makes them hard: said to be a hassle, a long wait or a pile
of paperwork, they are misstated to keep her from asking. Named as a breach of its own. A
process the scenario's own text calls hard is true; a hardship the learner takes away ("I know
cancelling can feel like a hassle, but it's quick", 「退款不麻烦」), one asked about and switching
to a rival in general (her own effort, which she weighs herself) claim nothing.
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.practice_dialogue.signals import TurnText
from graphs.scenarios import Scenario

PROCESS: dict[Language, str] = {
    "zh": r"(?:退款|退费|退卡|退钱|取消|解约|注销|销户|投诉|退订|办退|走流程|手续|流程)",
    "en": r"\b(?:cancel(?:ling|lation|ing)?|leaving(?: us)?|closing (?:the|your) account|"
    r"(?:the |a )?refunds?|(?:a |the )?complaints?|the process|the paperwork)\b",
}
"""The act she may ask of the company."""
HARD: dict[Language, str] = {
    "zh": r"(?:很|特别|非常|挺|太|超级|相当)?(?:麻烦|复杂|繁琐|难办|费劲|折腾|难)|好几道|(?:要|得)等(?:很久|好久|几个月|好几)|没那么容易",
    "en": r"\b(?:(?:a |such a |real |huge |total )*(?:hassle|pain|nightmare|headache|faff|ordeal)|"
    r"(?:really |very |so )?(?:complicated|difficult|hard|tricky)|takes? (?:ages|forever|weeks|"
    r"months)|(?:a (?:lot|mountain|pile) of|loads of) paperwork|not (?:that )?easy)\b",
}
"""The act said to be hard, slow or a burden."""
HASSLE: dict[Language, re.Pattern[str]] = {
    language: re.compile(
        rf"{PROCESS[language]}[^。！!？?.]{{0,14}}?(?P<hard>{HARD[language]})"
        rf"|(?P<hard_first>{HARD[language]})[^。！!？?.，,]{{0,6}}?(?:to |去)?{PROCESS[language]}",
        re.IGNORECASE,
    )
    for language in ("zh", "en")
}
TAKEN_BACK: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"不过|但是?|可是|其实(?:很|挺)?(?:快|简单|方便)"),
    "en": re.compile(r"\b(?:but|however|actually)\b", re.IGNORECASE),
}
"""The hardship taken back after it: "…but it's quick"."""
NOT_HARD: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"(?:不|没|并不|一点也不|一点都不|没有)(?:很|太|那么|怎么)?$"),
    "en": re.compile(
        r"\b(?:not|isn't|aren't|won't be|never|no)(?: (?:at all|really|that|much|a|any|such a))*\s*$",
        re.IGNORECASE,
    ),
}
"""A negation right before the hardship ("isn't a hassle", 不麻烦)."""
LABEL: dict[Language, str] = {
    "zh": "夸大办理的难度来劝阻客户",
    "en": "Making the process sound harder than it is",
}


def process_hassle(scenario: Scenario, sentence: TurnText, asking: bool) -> str | None:
    """The label of a process made out as hard, if the sentence does so."""
    language = scenario.language
    if asking or HASSLE[language].search(scenario.background):
        return None
    raw = sentence.raw
    for found in HASSLE[language].finditer(raw):
        hard = "hard" if found.group("hard") else "hard_first"
        start, end = found.span(hard)
        if sentence.negated(start, end) or NOT_HARD[language].search(raw[:start]):
            continue
        if TAKEN_BACK[language].search(raw, found.end()):
            continue
        return LABEL[language]
    return None
