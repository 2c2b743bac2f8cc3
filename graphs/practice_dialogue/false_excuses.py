"""A false excuse: the matter put on a cause the scenario's facts contradict.

The complaint's brief says why he waited: 因前一位患者的根管治疗超时. A learner who says 「这个是
系统排号出了问题」 or 「是因为电脑系统故障」 makes up another cause, untrue, and keeps the real one
from him; "the system went down" for a delay the brief puts on an overrunning appointment is the
same. Named with the brief's own cause beside it (实际：前一位患者的根管治疗超时).

Heard where the cause the learner names (a system, a computer, the traffic, a new colleague) is
nowhere in the scenario's text. Where the brief states a cause (因, 由于, because, due to) the
label gives it; where it states none, the excuse is named as one the brief does not give (「价格高
是因为房租涨了」, "It's just everyone in your street streaming"), for the fault is still put off
the business on no fact. `SHIFTED` holds those blame-shifting forms that need no fault word.
A denied cause (「不是系统的问题」) and a question claim nothing.

The customer hears an excuse by this same detector (threats_excuses.py), so she disbelieves
exactly what the report names.
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.practice_dialogue.signals import TurnText
from graphs.scenarios import Scenario

BRIEF_CAUSE: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"(?:因为|因|由于)(?P<cause>[^，,。；;]{2,30})"),
    "en": re.compile(r"\b(?:because(?: of)?|due to|owing to)\s+(?P<cause>[^.,;]{3,60})", re.I),
}
"""The cause the brief gives for the matter."""
EXCUSE: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"(?P<cause>系统|电脑|网络|排号|软件|机器|设备|停电|断电|交通|堵车|天气|新来的|实习生?|同事|财务|收费系统)"
        r"[^，,。；;！!？?]{0,6}?(?:出了?(?:点|些)?(?:问题|故障|错|bug)|的问题|故障|出错|坏了|的错|搞错|失误|崩了?|"
        r"没弄好|弄错|造成的|导致的|引起的|不好)"
    ),
    "en": re.compile(
        r"\b(?:because of|due to|caused by|down to|blame|it was|it's|that's|was)\s+(?:a |an |the |our |"
        r"some )?(?P<cause>(?:booking |computer |it |phone |payment )?system|computers?|software|"
        r"glitch|network|server|traffic|weather|power cut|new (?:staff|receptionist|colleague)|"
        r"intern|trainee)\b[^.!?,;]{0,20}?\b(?:glitch|error|fault|problem|issue|down|crash\w*|"
        r"outage|mix-?up|went wrong|failure)\b",
        re.IGNORECASE,
    ),
}
"""A cause named as the fault."""
SHIFTED: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"(?:是因为|都是因为|主要是|因为)(?:今年|最近)?(?P<cause>房租|成本|物价|人工|租金|原材料)"
        r"(?:涨|上涨|太高|高)"
    ),
    "en": re.compile(
        r"\b(?:just )?(?:everyone|everybody|people) (?P<cause>(?:in|on) your (?:street|area|road|"
        r"building))\b"
        r"|\b(?:because of|due to|it's|it is) (?:the )?(?P<cause2>congestion|heavy use|demand)\b"
        r"|\b(?P<cause3>congestion) (?:in|on) (?:your|the) (?:area|street|road|exchange)\b"
        r"|\bbecause (?:our )?(?P<cause4>costs|rents?) (?:have |has )?(?:gone up|went up|rose|"
        r"risen)\b",
        re.IGNORECASE,
    ),
}
"""The fault put on her neighbours, the area or the costs, with no fault word."""
LABEL: dict[Language, str] = {
    "zh": "编造原因（实际：{cause}）",
    "en": "A false excuse (in fact: {cause})",
}
UNTOLD_LABEL: dict[Language, str] = {
    "zh": "编造原因（资料里没有这个原因）",
    "en": "A made-up excuse (the brief gives no such cause)",
}


def brief_cause(scenario: Scenario) -> str | None:
    """The cause the scenario's background gives, if any."""
    found = BRIEF_CAUSE[scenario.language].search(scenario.background)
    return found["cause"].strip() if found else None


def false_excuse(scenario: Scenario, sentence: TurnText, asking: bool) -> str | None:
    """The label of a false excuse the sentence makes, with the brief's cause if it gives one."""
    language = scenario.language
    if asking:
        return None
    cause = brief_cause(scenario)
    told = scenario.model_dump_json().lower()
    found_forms = [
        *EXCUSE[language].finditer(sentence.raw),
        *SHIFTED[language].finditer(sentence.raw),
    ]
    for found in found_forms:
        named = next(v for k, v in found.groupdict().items() if k.startswith("cause") and v)
        if named.lower() in told or sentence.negated(found.start(), found.end()):
            continue
        if language == "zh" and re.search(r"不是[^，,。]{0,3}$", sentence.raw[: found.start()]):
            continue  # 不是系统的问题: denied
        return LABEL[language].format(cause=cause) if cause else UNTOLD_LABEL[language]
    return None
