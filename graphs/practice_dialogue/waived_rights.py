"""A remedy bought with her rights: she is told to give up complaining.

"签了就表示这事了结了，以后不能再投诉了", "sign a form saying you will not make any further
complaints": whatever the scenario lists, no trainer lets a learner ask a customer to sign or
promise away her right to complain or to take the matter further. It is a breach of its own kind,
named under a plain label (consent.with_consent adds it, quoting the turn). Telling her where to
complain, or hoping she will have no cause to, gives nothing up: "如果还有问题您随时可以投诉",
"so you won't need to complain again".
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.scenarios import Scenario

GIVEN_UP: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"(?:不能|不可以|不得|不许|不准|不要|别)再?(?:去|来)?(?:投诉|追究|申诉|举报|曝光|起诉|找(?:我们)?麻烦)"
        r"|(?:不再|放弃)(?:去)?(?:投诉|追究|申诉|索赔|起诉|举报)"
        r"|(?:不要|别|不能|不许|不准)(?:去|在)?[^，,。！!？?]{0,6}?(?:写|给|打|发|留|刷)(?:个|条|一个|一条)?"
        r"(?:差评|低分|一星|负评)"
    ),
    "en": re.compile(
        r"\b(?:not|never|no longer|won't|can't|cannot)(?: to)? (?:make|raise|file|lodge|pursue|"
        r"bring|take)(?: any)?(?: further| more| other)? (?:complaints?|claims?|action|it "
        r"(?:further|any further))\b"
        r"|\bwaive (?:your|her|his|any|all) (?:rights?|claims?)\b|\bgive up (?:your|the|any) "
        r"right\b|\bno (?:further|more) (?:complaints?|claims?)\b|\bsign away\b"
        r"|\b(?:don't|do not|please don't|please do not)(?: go)? (?:leav|writ|post|giv|put)\w*"
        r" (?:[\w'-]+ ){0,3}(?:review|rating|complaint)s?\b|\b(?:don't|do not) complain\b",
        re.IGNORECASE,
    ),
}
"""Her right to complain or take it further given up, as asked of her or made a condition; or
asked not to complain or review at all (「您可别去网上写差评啊」, "please don't leave us a bad
review": session 22 end trainer, read as small talk)."""
LABEL: dict[Language, str] = {
    "zh": "要求客户放弃投诉或追究的权利",
    "en": "Asking the customer to give up her right to complain",
}


def rights_given_up(scenario: Scenario, reply: str) -> str | None:
    """The label of the breach when the turn asks her to give up complaining, else None."""
    language = scenario.language
    return LABEL[language] if GIVEN_UP[language].search(reply) else None
