"""Opening hours misstated against the brief (issue 12: a gym open 早 6 点到晚 11 点 told as
「我们…早上七点到晚上十点都开」 went unnamed): the background's own hours are a fact of the
business, like its prices, though no author listed them among `facts`.

The brief's hours are its clause that tells of opening (营业, 开门, open) by clock times; a learner's
clause that tells of opening by a clock time none of those shows misstates them, and is named with
the true hours. The true hours, a limit said within them (「晚上11点前都开」), or a time of hers
(「您九点下班也赶得上」, read in a clause of its own or marked by her day) and the rival's
(「那家九点关门」) stay clean.
"""

from __future__ import annotations

import re

from graphs.practice_dialogue.clock_figures import CLOCK
from graphs.practice_dialogue.figures import figures
from graphs.practice_dialogue.signals import TurnText
from graphs.scenarios import Scenario

_OPEN = re.compile(
    r"营业|开门|关门|都开|开到|开放|开着|\bopen(?:s|ing)?\b|\bclos(?:e|es|ing)\b", re.IGNORECASE
)
_CLAUSE = re.compile(r"[，,;；。.!！?？]|\bbut\b|但是?|不过")
_HERS = re.compile(
    r"下班|加班|下课|放学|有空|您|你|\byou\b|\byour\b|\bfinish\b|\bget off\b", re.IGNORECASE
)
"""A clause of her day: its clock time is hers (「您九点下班」), not the business's."""
_ELSEWHERE = re.compile(
    r"那家|隔壁|别家|别的|其他|他们|以前|之前|their|they|other|rival", re.IGNORECASE
)
"""A clause of another business or an earlier time: 「那家九点关门」 is the rival's hours."""
_HALF_DAY = 12

LABEL = {"zh": "谎报营业时间（{hours}）", "en": "A wrong opening time ({hours})"}


def _hours(scenario: Scenario) -> tuple[str, set[float]] | None:
    """The brief's clause telling its opening hours, and their clock numbers (on a 12-hour dial)."""
    for clause in _CLAUSE.split(scenario.background):
        if not _OPEN.search(clause):
            continue
        clock = {
            f.number % _HALF_DAY for f in figures(clause, scenario.language) if f.unit == CLOCK
        }
        if clock:
            return clause.strip(), clock
    return None


def wrong_hours(scenario: Scenario, sentence: TurnText, asking: bool) -> str | None:
    """The label naming the brief's hours where the sentence tells of opening at other hours."""
    told = _hours(scenario)
    if told is None or asking:
        return None
    hours, clock = told
    for clause in _CLAUSE.split(sentence.raw):
        if not _OPEN.search(clause) or _HERS.search(clause) or _ELSEWHERE.search(clause):
            continue
        stated = [f for f in figures(clause, scenario.language) if f.unit == CLOCK]
        if any(f.number % _HALF_DAY not in clock for f in stated):
            return LABEL[scenario.language].format(hours=hours)
    return None
