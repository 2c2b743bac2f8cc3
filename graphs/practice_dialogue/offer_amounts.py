"""An offer heard by its figure, whatever point it resembles.

- A price or discount the learner offers ("I'll do it for 25 a month", "2980就行") that is none of
  the amounts the scenario allows (its background, what the learner may offer, its facts, their
  totals and differences) is beyond what the learner may offer. A split per day or visit and a
  rival's price are no offer.
- A rate under the brief's floor is beyond it too, though its figure may be an allowed one: "USD
  20 extra for both nights" is 10 a night where the lowest rate the learner may give is 45 a night
  (`below_floor`). The floor is the least sum the learner may offer per night or month; a total
  over several nights is rated per night. A sum off or a difference ("5 a month off", "only 5 a
  month more" where no offer is priced as a difference) is no rate.
- A rate said per period under that floor is beyond it, though its figure is an allowed sum ("USD
  10 extra a night": 55 less 45; "GBP 15.5 a month": half of 31), and so is a sum said as a
  difference with no period where the brief prices its offer that way ("let me do it at USD 20
  extra" is 20 a night). A rate rounded down a little ("每个月三百多" of 332) is the same rate, and
  a sum compared with another ("10 more than the occasion rate") is no rate.
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.practice_dialogue.figures import Figure, figures
from graphs.practice_dialogue.promises import OFFER_WORDS, PRICE_WORDS, SPLIT_OR_RIVAL
from graphs.practice_dialogue.shares_off import OFFER_CLAUSE, share_off
from graphs.practice_dialogue.signals import TurnText
from graphs.practice_dialogue.waivers import beyond_waiver
from graphs.scenarios import Scenario

PERIODS = {
    "night": re.compile(r"\b(?:a|per|each|every) night\b|每晚|一晚|每个?晚上", re.IGNORECASE),
    "month": re.compile(r"\b(?:a|per|each|every) month\b|每个?月|一个月|月供", re.IGNORECASE),
}
"""The periods a rate is given for, by the words that say it."""
_COUNT = r"(?P<count>\d+|two|three|four|five|six|seven|both|the two)"
TOTAL_OVER = {
    "night": re.compile(rf"\b(?:for|over) (?:all )?{_COUNT} (?:of (?:the|your) )?nights\b", re.I),
    "month": re.compile(rf"\b(?:for|over) (?:all )?{_COUNT} months\b", re.IGNORECASE),
}
"""A sum said for several periods: "for both nights", "for the two nights", "over 12 months"."""
_COUNTS = {
    "two": 2,
    "both": 2,
    "the two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
}
"""The count of periods a total is said for, in words."""
RELATIVE = re.compile(r"\bextra\b|\bmore\b|\bon top\b|\bupgrade\b|加收|多收|补差|差价|多交", re.I)
"""A sum said as a difference over something else: a rate of its own only where the brief prices
an offer that way too ("USD 55 extra a night")."""
OFF = re.compile(
    r"\boff\b|\bless\b|\bcheaper\b|\bsav(?:e|ing)\b|\bdiscount|减|少|便宜|优惠了", re.I
)
"""A sum taken off: the saving, no rate."""
COMPARED = re.compile(r"\bthan\b|比", re.IGNORECASE)
"""A sum said against another ("10 more than the occasion rate"): a difference, no rate."""
ROUNDED = 0.9
"""A rate this close under the floor is the floor said round ("三百多" of 332 a month)."""


def _money(text: str, language: Language) -> list[Figure]:
    """The sums of money in the text (a bare figure or 元)."""
    return [f for f in figures(text, language) if f.unit in (None, "元") and f.number >= 1]


def floors(scenario: Scenario) -> dict[str, tuple[float, bool]]:
    """The least sum the learner may offer per period, and whether the brief prices an offer of
    that period as a difference ("USD 55 extra a night")."""
    found: dict[str, tuple[float, bool]] = {}
    for line in scenario.learner.may_offer:
        for period, words in PERIODS.items():
            if not words.search(line) or not (sums := _money(line, scenario.language)):
                continue
            least = min(f.number for f in sums)
            before, relative = found.get(period, (least, False))
            found[period] = (min(before, least), relative or bool(RELATIVE.search(line)))
    return found


def below_floor(scenario: Scenario, clause: str) -> bool:
    """The clause states a rate (`_rate_under`) or a total over several periods ("USD 20 extra
    for both nights") that is under the brief's floor per period (45 a night). A sum taken off, a
    split and a difference where the brief prices none as one ("only 5 a month more") are no
    total."""
    if OFF.search(clause) or SPLIT_OR_RIVAL.search(clause):
        return False
    relative = bool(RELATIVE.search(clause))
    for period, (floor, priced_as_difference) in floors(scenario).items():
        total = TOTAL_OVER[period].search(clause)
        if _rate_under(scenario, clause, period, floor, priced_as_difference, total is None):
            return True
        if (
            total is None
            or PERIODS[period].search(clause)
            or (relative and not priced_as_difference)
        ):
            continue
        count = total["count"].lower()
        times = int(count) if count.isdigit() else _COUNTS.get(count, 1)
        remaining = clause[: total.start()] + clause[total.end() :]
        if times > 1 and any(
            f.number / times < floor for f in _money(remaining, scenario.language)
        ):
            return True
    return False


def _rate_under(
    scenario: Scenario,
    clause: str,
    period: str,
    floor: float,
    priced_as_difference: bool,
    no_total: bool,
) -> bool:
    """The clause states a rate for `period` under its floor: said per period ("USD 10 extra a
    night"), or as a difference with no period where the brief prices the offer as one ("USD 20
    extra"). A difference where the brief prices none as one, and a comparison, state no rate."""
    relative = bool(RELATIVE.search(clause))
    if (relative and not priced_as_difference) or COMPARED.search(clause):
        return False
    per_period = bool(PERIODS[period].search(clause))
    as_difference = relative and priced_as_difference and no_total
    if not (per_period or as_difference):
        return False
    return any(f.number < floor * ROUNDED for f in _money(clause, scenario.language))


def _allowed_amounts(scenario: Scenario) -> set[float]:
    """Every figure the scenario allows, with the sums, differences and totals of two of them
    ("45 a night for two nights, so 90"; "that saves you 7 a month") and halves."""
    texts = [scenario.background, *scenario.learner.may_offer]
    texts += [value for fact in scenario.facts for value in fact.values]
    base = {f.number for text in texts for f in figures(text, scenario.language)}
    combined = {a + b for a in base for b in base} | {abs(a - b) for a in base for b in base}
    # half of an allowed sum gives less than the learner may, not more ("退一半，60块")
    return base | combined | {a * b for a in base for b in base if b <= 24} | {a / 2 for a in base}


def beyond_offer(scenario: Scenario, sentence: TurnText, asking: bool) -> str | None:
    """The amount the sentence offers beyond what the scenario allows, as said, if any; or a
    charge waived beyond the waivers the learner may give (waivers.py)."""
    if asking:
        return None
    if (waived := beyond_waiver(scenario, sentence, asking)) is not None:
        return waived
    if (share := share_off(scenario, sentence)) is not None:
        return share
    offers = [
        m for m in OFFER_WORDS.finditer(sentence.raw) if not sentence.negated(m.start(), m.end())
    ]
    allowed = _allowed_amounts(scenario)
    for clause in OFFER_CLAUSE.split(sentence.raw):
        if SPLIT_OR_RIVAL.search(clause):
            continue
        if not offers:
            continue
        priced = bool(PRICE_WORDS.search(clause))
        for said in figures(clause, scenario.language):
            # a bare figure in the hundreds is a sum of money ("3500给您办了")
            money = said.unit == "元" or (said.unit is None and (priced or said.number >= 100))
            if money and said.number >= 10 and said.number not in allowed:
                return clause.strip()
        if priced and below_floor(scenario, clause):
            return clause.strip()  # "USD 20 extra for both nights": 10 a night
    return None
