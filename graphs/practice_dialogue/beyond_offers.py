"""An offer beyond what the learner may give: the customer doubts it, she is not offended.

A 200元 voucher where the clinic allows one of at most 100元, GBP 20 a month where the lowest price
staff may give is 31: the report flags the rule break (promises.py, claims.py). What a trainer
expects of the customer is what a real one does with an offer too good to be true: she reacts to
the offer itself and doubts the learner can give it (「这个你能做主吗？」, "Can you actually do
that?"), repeating the offer first ("抵用券？", "25 pounds a month?"), instead of a generic angry
line, and her mood does not fall as for a lie or an insult; pressure with it still gets her
reaction to the pressure first.
She does not take it either: a yes to what cannot be honoured would close the deal on it. Asked
again, she wants it in writing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from graphs.exams import Language
from graphs.practice_dialogue.amounts import amounts
from graphs.practice_dialogue.figures import figures
from graphs.practice_dialogue.promises import BEYOND_OFFER
from graphs.scenarios import Scenario

DOUBTS: dict[Language, tuple[str, ...]] = {
    "zh": (
        "这个你能做主吗？别到时候又跟我说办不了。",
        "你真能给的话，就写下来给我，我可不想白高兴一场。",
    ),
    "en": (
        "Can you actually do that? I don't want to be told later that you can't.",
        "If you really can, put it in writing for me. I don't want to get my hopes up for nothing.",
    ),
}
"""Her doubt of an offer beyond the learner's limits: first said, then asked again."""
SURPRISE: dict[Language, str] = {"zh": "真的？", "en": "Really? "}
"""Before her doubt when the offer has no sum or thing to repeat."""
_ECHO = re.compile(r"^[^。！？!?.]{1,12}[？?]")
"""A fact's line that opens by repeating what was said ("抵用券？…"): what she repeats."""


def limit_claims(scenario: Scenario) -> set[str]:
    """The claims that name an offer beyond the limits: the scenario's facts told as limits
    (`up_to`: a voucher of at most 100元) and the report's offer beyond what may be offered."""
    return {f.claim for f in scenario.facts if f.up_to} | {BEYOND_OFFER[scenario.language]}


DISCOUNT = {
    "zh": re.compile(
        r"打.?折|[一二三四五六七八九\d对]折|半价|折扣|给您便宜|便宜给您|给您优惠|优惠价|让利"
    ),
    "en": re.compile(
        r"\b(?:discount|knock (?:it )?(?:down|off)|(?:\d+|half) ?(?:%|per ?cent) off|half price"
        r"|special price for you|let you have it for)\b",
        re.IGNORECASE,
    ),
}
"""Words that give a price off: a false price said with them is an offer, not a misstatement."""


PROMISED = re.compile(r"保证|承诺|包[瘦退]|guarantee|promise", re.IGNORECASE)
"""A forbidden claim that vows something (保证以后绝不会再等, "A guaranteed speed")."""


def beyond_limits(scenario: Scenario, evaluation: dict[str, Any], reply: str) -> bool:
    """True when every claim the turn made is an offer beyond the limits (and it made one): a
    limit broken, or a fact's figure given as a discount ("我给您打五折，一千九百九就能办"); a
    vow said with such an offer is part of the same offer too good to be true
    (「下次我给您免费做一次全套，保证不用等」 is doubted, not answered 「我要找你们领导！」)."""
    made = set(evaluation.get("forbidden", []))
    limits = limit_claims(scenario)
    if DISCOUNT[scenario.language].search(reply):
        limits |= {f.claim for f in scenario.facts}
    vows = {claim for claim in made if PROMISED.search(claim)}
    return bool(made & limits) and made <= limits | vows


def _figures_said(echo: str, reply: str, language: Language) -> bool:
    """Whether every figure an echo repeats is one the turn said: 「三千出头？」 is no echo of
    「两千块就能办」 (she repeats the learner's own sum instead)."""
    said = figures(reply, language)
    return all(any(e.matches(f) for f in said) for e in figures(echo, language))


def doubt(
    scenario: Scenario,
    evaluation: dict[str, Any],
    reply: str,
    said_before: Sequence[str],
    *,
    echo: str | None = None,
    lines: Sequence[str] | None = None,
) -> str:
    """Her doubt, after what she repeats of the offer: the thing of a fact she knows ("抵用券？")
    when it repeats no figure the turn did not say, else the sum said ("25 pounds a month?"); the first doubt not said yet, the last once both
    are. `echo`: what she repeats instead (too_good.py: "Free?", "Guaranteed?"); `lines`: her
    doubts of that kind of offer instead of DOUBTS (too_good.py: a vow is doubted as a vow)."""
    language = scenario.language
    doubts = tuple(lines) if lines else DOUBTS[language]
    fresh = [d for d in doubts if not any(d in earlier for earlier in said_before)]
    if not fresh:
        return doubts[-1]
    if echo is not None:
        return echo + fresh[0]
    made = set(evaluation.get("forbidden", []))
    heads = [
        m.group()
        for f in scenario.facts
        if f.claim in made and f.line
        if (m := _ECHO.match(f.line)) and _figures_said(m.group(), reply, language)
    ]
    sums = amounts(reply, language)
    if heads:
        echo = heads[0] + ("" if language == "zh" else " ")
    elif sums:
        echo = f"{sums[0]}？" if language == "zh" else f"{sums[0][0].upper()}{sums[0][1:]}? "
    else:
        echo = SURPRISE[language]
    return echo + fresh[0]
