"""What a learner's sentence does, whatever words of the scenario it uses: moves that put a turn
on the subject though it names none of the scenario's vocabulary.

- A service move at the desk: the learner sets about the customer's business ("Let me just
  find you", "我帮您查一下").
- A question about her wishes: what she wants done ("您看您有什么想法？", "What would you like
  us to do?").
- Money talk where the scenario is about money: a sentence about the fee, the price or a refund
  ("费用的事我会跟领导反映", "about the charge") when the scenario's facts hold a sum.
- A pressure move: telling her she will regret leaving or not buying ("Most people who leave
  regret it", "不办您会后悔的") is pressure, not small talk (phrases.pressure_in finds it).

An apology for the learner's own digression ("Sorry, off topic. Back to your broadband.",
"Anyway, sorry, back to your room", "不好意思扯远了") excuses the learner, it is no apology to
her: it shows her no warmth (understanding.py), and she answers the turn, not a kindness.

And one move that is on the subject but gives her nothing: a dismissal sends her away to wait
("您先回去，我们会尽快联系您", "You can head home and we'll get back to you"). Said with thanks
for her understanding it is neither empathy nor thanks and an invitation back: the sentence
makes no point and shows no warmth (understanding.py), and she answers with what she still
lacks.
"""

from __future__ import annotations

import re
import unicodedata

from graphs.exams import Language
from graphs.scenarios import Scenario

SERVICE_MOVES: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"我(?:先|来|马上)?(?:帮|给|替)您(?:查|找|看|核|登记|办理|确认)"),
    "en": re.compile(
        r"\blet me (?:just |quickly )?(?:find|check|look|pull|bring|get) (?:you|your|up|that|it)\b"
        r"|\bi'll (?:just )?(?:find|check|look up|pull up) (?:you|your)\b"
    ),
}
"""The learner setting about her business: find her booking, check her bill."""
WISH_QUESTIONS: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"[您你](?:看)?(?:[您你])?(?:有|还有)?(?:什么|啥)(?:想法|要求|需求|诉求|打算)"
        r"|[您你](?:希望|想要|想)(?:我们)?怎么(?:处理|办|解决)"
    ),
    "en": re.compile(
        r"\bwhat (?:would|do) you (?:like|want|need)\b|\bhow would you like\b"
        r"|\bwhat can (?:i|we) do (?:for you|to)\b"
    ),
}
"""A question about what she wants done."""
MONEY_WORDS: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"费用|收费|价格|价钱|多收|退款|退钱|付款|账单"),
    "en": re.compile(r"\b(?:fees?|charges?|price|prices|cost|costs|refund|bill|payment)\b"),
}
"""Words for money: on the subject of a scenario whose facts are sums."""
_SUMS = re.compile(r"\d\s*(?:元|块|pounds?|dollars?|euros?)|[£$€]\s*\d", re.IGNORECASE)


def _text(sentence: str) -> str:
    return unicodedata.normalize("NFKC", sentence).lower()


def about_money(scenario: Scenario) -> bool:
    """Whether the scenario's facts or background hold a sum: then its fee, price or refund is
    its subject, whatever word names it."""
    values = " ".join(v for fact in scenario.facts for v in fact.values)
    return bool(_SUMS.search(values) or _SUMS.search(scenario.background))


def on_subject_by_move(scenario: Scenario, sentence: str) -> bool:
    """Whether the sentence is on the subject by what it does (see the module docstring)."""
    language = scenario.language
    text = _text(sentence)
    return bool(
        SERVICE_MOVES[language].search(text)
        or WISH_QUESTIONS[language].search(text)
        or (MONEY_WORDS[language].search(text) and about_money(scenario))
    )


DISMISSALS: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"[您你](?:就)?先回(?:去|家)|回去等|等(?:我们的?)?通知"),
    "en": re.compile(
        r"\b(?:you can|you could|just) (?:head|go) (?:home|back)\b|\bgo home and wait\b"
        r"|\bwait (?:to|until you) hear from us\b"
    ),
}
"""Sending her away to wait: no remedy, no time, no apology."""


def dismisses(scenario: Scenario, sentence: str) -> bool:
    """Whether the sentence sends the customer away to wait (see the module docstring)."""
    return bool(DISMISSALS[scenario.language].search(_text(sentence)))


DIGRESSION_EXCUSE = re.compile(
    r"\boff[- ]topic\b|\bback to (?:your|the|our|my|what)\b|\bwhere was i\b|\bi digress\b|"
    r"\bgot sidetracked\b|扯远了|跑题|离题|言归正传|说回(?:正题|您|你)|回到正题",
    re.IGNORECASE,
)
"""A sentence that excuses the learner's own digression."""


def excuses_digression(raw: str) -> bool:
    """The sentence excuses the learner's digression (module docstring): its sorry is no
    apology to her."""
    return bool(DIGRESSION_EXCUSE.search(unicodedata.normalize("NFKC", raw)))
