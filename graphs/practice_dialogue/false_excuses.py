"""A false excuse: the matter put on a cause the scenario's facts contradict.

The complaint's brief says why he waited: 因前一位患者的根管治疗超时. A learner who says 「这个是
系统排号出了问题」 or 「是因为电脑系统故障」 makes up another cause, untrue, and keeps the real one
from him; "the system went down" for a delay the brief puts on an overrunning appointment is the
same. Named with the brief's own cause beside it (实际：前一位患者的根管治疗超时).

Heard only where the brief states a cause (因, 由于, because, due to) and the cause the learner
names (a system, a computer, the traffic, a new colleague) is nowhere in the scenario's text.
A denied cause (「不是系统的问题」) and a question claim nothing.
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
LABEL: dict[Language, str] = {
    "zh": "编造原因（实际：{cause}）",
    "en": "A false excuse (in fact: {cause})",
}


def brief_cause(scenario: Scenario) -> str | None:
    """The cause the scenario's background gives, if any."""
    found = BRIEF_CAUSE[scenario.language].search(scenario.background)
    return found["cause"].strip() if found else None


def false_excuse(scenario: Scenario, sentence: TurnText, asking: bool) -> str | None:
    """The label of a false excuse the sentence makes, with the brief's cause, if any."""
    language = scenario.language
    cause = brief_cause(scenario)
    if asking or cause is None:
        return None
    told = scenario.model_dump_json().lower()
    for found in EXCUSE[language].finditer(sentence.raw):
        named = found["cause"]
        if named.lower() in told or sentence.negated(found.start(), found.end()):
            continue
        if language == "zh" and re.search(r"不是[^，,。]{0,3}$", sentence.raw[: found.start()]):
            continue  # 不是系统的问题: denied
        return LABEL[language].format(cause=cause)
    return None
