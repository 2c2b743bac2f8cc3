"""A rival run down by a bare judgement or a made-up fault: 「对面那家才是真黑」, 「去了也是白花钱」,
"their network is run from a shed", "the hotel across the road has bedbugs".

conduct.py hears the rival run down by its list of faults (二手, 跑路, "cowboys"); a judgement of
money (黑, 宰客, 白花钱, "a rip-off"), a business said to be failing ("going bust", "run from a
shed") or a pest or dirt put on its rooms went unnamed (issue 12: running down a rival was caught 1
time in 5). The rival is named or pointed at (rival_claims.RIVAL, "across the road", 那边那家),
and the judgement follows it in the same sentence; the brief's own word for the rival (its scenario
says so) is a true fact, a negated or asked judgement claims nothing.
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.practice_dialogue.conduct import CONDUCT_LABELS
from graphs.practice_dialogue.rival_after_her import BELITTLING
from graphs.practice_dialogue.rival_claims import RIVAL
from graphs.practice_dialogue.signals import TurnText
from graphs.scenarios import Scenario

POINTED: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"那边那家|外面那些|别的(?:店|家|地方)|便宜的那家|那种便宜的"),
    "en": re.compile(
        r"\b(?:(?:the|that) \w+ (?:across the (?:road|street)|next door|down the road|round the "
        r"corner)|(?:the|that) (?:other|cheaper) (?:one|lot|outfit|crowd|mob|firm)|that (?:rival|"
        r"competitor|other (?:provider|company|network|hotel|place|studio|school)))\b",
        re.IGNORECASE,
    ),
}
"""The rival pointed at in words rival_claims.RIVAL does not hold."""
OTHER_ONE = re.compile(r"\b(?:the|that) (?:other|rival) (?P<noun>[a-z]+)\b", re.IGNORECASE)
"""Any other one of a kind ("the other insurer"): the rival, unless the learner's own offers name
the kind ("the other plan" is one of hers)."""
JUDGED: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"(?:真|很|太|特别|才叫|才是|够|挺)(?:黑|狠)(?![板色白夜暗])|黑店|宰客|宰人|白花钱|花冤枉钱|冤枉钱|"
        r"打水漂|智商税|不值(?:钱|那个价)?|忽悠|黑心|作坊|野鸡|快倒闭|要倒闭|关门大吉|卷钱|"
        r"臭虫|蟑螂|老鼠|发霉|不干净|卫生(?:很|太)?差|没(?:有)?资质|无证"
    ),
    "en": re.compile(
        r"\b(?:a rip-?off|ripping (?:people|you|customers) off|rip you off|a waste of (?:money|"
        r"time)|throwing (?:your )?money away|fly-by-night|cowboy (?:outfit|firm|operation)|"
        r"going (?:bust|under|out of business)|run (?:from|out of) a (?:shed|garage|back room|"
        r"bedroom)|a one-man band|bed ?bugs?|cockroach(?:es)?|rats|mice|filthy|dirty|unlicensed|"
        r"crooks?|sharks?|con (?:artists|men)|daylight robbery|no service|(?:never|don't) answer "
        r"the phone)\b",
        re.IGNORECASE,
    ),
}
"""A judgement of the rival with no fact to check, or a fault made up about it."""
_SENTENCE_END = re.compile(r"[。！!？?；;]|(?<=[a-z])\.(?:\s|$)", re.IGNORECASE)


def rival_put_down(scenario: Scenario, sentence: TurnText, asking: bool) -> str | None:
    """The label of running the rival down (the scenario's own claim of it, else conduct.py's),
    if the sentence judges a rival it names or points at."""
    language = scenario.language
    if asking:
        return None
    told = scenario.model_dump_json().lower()
    raw = sentence.raw
    ours = " ".join(scenario.learner.may_offer).lower()
    pointers = [*RIVAL[language].finditer(raw), *POINTED[language].finditer(raw)]
    pointers += [m for m in OTHER_ONE.finditer(raw) if m["noun"].lower().rstrip("s") not in ours]
    if not pointers:
        return None
    start = min(m.start() for m in pointers)
    end = _SENTENCE_END.search(raw, start)
    for found in JUDGED[language].finditer(raw, start, end.start() if end else len(raw)):
        if found.group(0).lower() in told or sentence.negated(found.start(), found.end()):
            continue
        claims = [c.claim for s in scenario.stages for c in s.forbidden_claims]
        own = next((c for c in claims if BELITTLING.search(c)), None)
        return own or CONDUCT_LABELS["rival"][language]
    return None
