"""A thing the brief times said to come at once: 「退款按一下就是秒到」 where the refund takes 1–3
个工作日, "an engineer today within the hour" where the next visit is Thursday morning (issue 12:
false timings were all missed).

The brief's timed things are its clauses that give a lead time (a span of working days, "next
available: Thursday morning", 下周二); the thing is named by a word of service in that clause
(退款, 到账, engineer, refund). A learner's clause naming such a thing with a word of no wait at
all (秒到, 马上, 今天, "right away", "within the hour") tells a time the brief does not give, and
the report names the true one (by the scenario's own fact of that time where it has one). A
negated ("it won't be instant") or asked one claims nothing. What comes at once is the noun the
clause times: a service word that only modifies another noun ("a text confirming the visit …
today", 「确认退款的短信」) times that noun, not the service.
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.practice_dialogue.signals import TurnText
from graphs.scenarios import Scenario

LEAD_TIME: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"\d+\s*[-–~～到至]\s*\d+\s*个?(?:工作日|天|周)|\d+\s*个?工作日|最早(?:可约)?|下(?:周|星期)"
        r"[一二三四五六日天]|(?:周|星期)[一二三四五六日天](?:上午|下午|晚上)?"
    ),
    "en": re.compile(
        r"\b\d+\s*[-–]\s*\d+ (?:working |business )?days|\b\d+ (?:working|business) days|next "
        r"available|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:morning|"
        r"afternoon|evening)\b",
        re.IGNORECASE,
    ),
}
"""A lead time the brief gives."""
SERVICE: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"退款|到账|退回|退费|上门|师傅|维修|安装|发货|送达|到货|回电|理赔|审核|补发|换货"
    ),
    "en": re.compile(
        r"\b(?:refunds?|engineers?|technicians?|visits?|deliver(?:y|ies)|repairs?|install(?:ation)?"
        r"|payouts?|claims? review|call ?back|replacements?)\b",
        re.IGNORECASE,
    ),
}
"""A thing of service the brief may time."""
AT_ONCE: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"秒到|秒退|(?:按|点|刷)一下就|一(?:按|点|刷)就|实时到账|即时到账|马上|立刻|立即|当场|当天|今天|今晚|现在就|一会儿就|几分钟|半小时|一小时内"
    ),
    "en": re.compile(
        r"\b(?:instant(?:ly)?|immediately|right away|straight away|at once|today|tonight|this "
        r"(?:morning|afternoon|evening)|within (?:the|an|a couple of|\d+) (?:hours?|minutes?)|in "
        r"(?:an|\d+|a few|twenty|thirty|ten) (?:hours?|minutes?))\b",
        re.IGNORECASE,
    ),
}
"""No wait at all, or a wait of minutes or hours."""
STARTED: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"办|提交|申请|处理|安排|预约|登记|约"),
    "en": re.compile(
        r"\b(?:book|booking|arrange|submit|process|request|log|put in|start|raise)\b", re.I
    ),
}
"""The learner's own act begun at once (「我马上给您办退款」, "I'll book the visit right away"):
no claim of when the thing arrives."""
_CLAUSE = re.compile(r"[。！!？?；;]|(?<=[a-z])\.(?:\s|$)|，|,", re.IGNORECASE)
LABEL: dict[Language, str] = {
    "zh": "谎报办理时间（{told}）",
    "en": "A made-up quick time ({told})",
}


def _timed(scenario: Scenario) -> list[tuple[str, set[str]]]:
    """The brief's clauses giving a lead time, each with its words of service."""
    language = scenario.language
    timed = []
    for text in [scenario.background, *scenario.learner.may_offer]:
        for clause in re.split(r"[。；;，,]|\.(?:\s|$)", text):
            words = {m.group(0).lower() for m in SERVICE[language].finditer(clause)}
            if words and LEAD_TIME[language].search(clause):
                timed.append((clause.strip(), words))
    return timed


_POST_MODIFIER: dict[Language, re.Pattern[str]] = {
    "en": re.compile(
        r"\b(?:a|an|the|your|our|my)\s+(?P<head>[a-z-]+)\s+(?:[a-z]+ing|about|for|from|of|on|with|"
        r"that|which|saying|to)\b[^,;.!?]*$",
        re.IGNORECASE,
    ),
    "zh": re.compile(r"^[^，,。；;！!？?]{0,6}?的(?P<head>(?![钱款])[\u4e00-\u9fff]{2})"),
}
"""Where the service word only modifies another noun: in English it follows "a text confirming",
"an email about", "the form for" (the noun before the modifier is what comes); in Chinese a 的
after it hands it to the noun that follows (「确认上门时间的短信」: the 短信 comes), save the money
of a refund, which is the refund (「退款的钱今天就到」)."""


def modified_noun(clause: str, start: int, end: int, language: Language) -> str | None:
    """The noun the word at clause[start:end] only modifies, if it does: "a text confirming the
    visit … today" times the text, not the visit."""
    if language == "en":
        head = _POST_MODIFIER["en"].search(clause[:start])
    else:
        head = _POST_MODIFIER["zh"].match(clause[end:])
    return head["head"] if head else None


def _what_comes(clause: str, said: re.Match[str], language: Language) -> str:
    """The noun the clause's time is said of: the service word, or the noun it modifies."""
    return modified_noun(clause, said.start(), said.end(), language) or said.group(0)


def quick_time(scenario: Scenario, sentence: TurnText, asking: bool) -> str | None:
    """The label naming the brief's lead time where the sentence says its thing comes at once."""
    language = scenario.language
    timed = _timed(scenario) if not asking else []
    if not timed or LEAD_TIME[language].search(sentence.raw):
        return None  # the true lead time told beside it: at once is when it is begun
    offset = 0
    for clause in _CLAUSE.split(sentence.raw):
        start = sentence.raw.find(clause, offset)
        offset = max(offset, start)
        now = AT_ONCE[language].search(clause)
        if now is None or STARTED[language].search(clause):
            continue
        # "a text confirming the visit … today": the text comes now, not the visit
        comes = {_what_comes(clause, m, language) for m in SERVICE[language].finditer(clause)}
        said = {w.lower() for w in comes if SERVICE[language].fullmatch(w)}
        if not said:
            continue
        if sentence.negated(start + now.start(), start + now.end()):
            continue
        told = next((c for c, words in timed if words & said), None)
        if told is None:
            continue
        part = TurnText.of(clause, language)
        own = next(
            (
                fact.claim
                for fact in scenario.facts
                if part.said_any(fact.cues)
                and any(LEAD_TIME[language].search(v) for v in fact.values)
            ),
            None,
        )  # the scenario's own claim of this time (谎报退款到账时间), one break with its figures
        return own or LABEL[language].format(told=told)
    return None
