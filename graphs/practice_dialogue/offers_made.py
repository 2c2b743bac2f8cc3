"""Her lines against the offers the learner has made.

She does not agree to an offer nobody made ("Go on then, book the engineer" when no engineer was
offered): `names_unmade_offer`. Nor does she ask what will be done once it has been told. Her
script has a line or two that ask for the remedy or the offer itself (「那现在到底怎么弄？」, "And what
exactly are you offering me?", "So where does that leave me?"): right while nothing is on the
table. Said after the turn that just made an offer, after every offer has been made (the
refund, its timing and the voucher all told) or after an offer with its price (GBP 31 a month), it throws the learner's words back as if unsaid:
the line is not said, and her script moves on to its next line.
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.practice_dialogue.asking import decision_tags
from graphs.practice_dialogue.authorised_offers import says_authorised_price
from graphs.practice_dialogue.reply_order import is_offer
from graphs.practice_dialogue.script_lines import OFFERS, keyed
from graphs.practice_dialogue.signals import TurnText
from graphs.scenarios import PersonaLine, Point, Scenario

ASKS_THE_REMEDY: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"(?:到底|究竟|现在|那)怎么(?:弄|办|处理|解决|算)|打算怎么(?:处理|办|解决)|给我个说法"
    ),
    "en": re.compile(
        r"\bwhat (?:exactly )?(?:are|will|would) you (?:offering|offer|going to do|do)\b"
        r"|\bwhat can you (?:actually )?(?:offer|do) (?:me|for me)\b"
        r"|\bwhere does (?:that|this|it) leave me\b",
        re.IGNORECASE,
    ),
}
"""Her words that ask what will be done or offered (怎么弄, "what are you offering me")."""


def asks_the_remedy(text: str, language: Language) -> bool:
    """Her line asks what the learner will do or offer."""
    return bool(ASKS_THE_REMEDY[language].search(text))


def remedy_told(scenario: Scenario, text: str, reply: str, learner_said: str) -> bool:
    """Her line asks what will be done or offered, and the learner's latest turn `reply` made an
    offer, or the learner has made every offer of the scenario in `learner_said`, or one with a
    price it may offer."""
    if not asks_the_remedy(text, scenario.language):
        return False
    latest = TurnText.of(reply, scenario.language)
    offers = [point.keywords for point in _offer_points(scenario) if point.keywords]
    return (
        any(latest.said_any(words) for words in offers)
        or every_offer_made(scenario, learner_said)
        # an offer with its price on the table: "GBP 31 a month … the 500 Mb plan at GBP 36"
        # told, "And what exactly are you offering me?" throws them back as if unsaid
        or says_authorised_price(scenario, learner_said)
    )


def asks_if_done(scenario: Scenario, learner_said: str, said: list[str]) -> bool:
    """ "Anything else?" once every offer is made asks whether they are done: she says where she
    stands, unless she has said it already (then her next concern, not "As I said, I'm not
    convinced yet" again). `said` are the keys of her lines so far."""
    decisions = set(decision_tags(scenario))
    answered = any(
        key in said and decisions & set(line.answers)
        for stage in scenario.stages
        for key, line in keyed(stage)
    )
    return not answered and every_offer_made(scenario, learner_said)


def every_offer_made(scenario: Scenario, learner_said: str) -> bool:
    """The learner has made every offer of the scenario (the reason, the refund with its timing
    and the voucher; the engineer, the price and the 30 days): asked "anything else?" after that,
    she says where she stands, not her next grievance."""
    offers = [point.keywords for point in _offer_points(scenario) if point.keywords]
    everything = TurnText.of(learner_said, scenario.language)
    return bool(offers) and all(everything.said_any(words) for words in offers)


def names_unmade_offer(scenario: Scenario, line: PersonaLine, learner_said: TurnText) -> bool:
    """True when the line names an offer (a point of the stages between the opening and the
    goal stage) by one of its words that the learner never said: she does not agree to "book
    the engineer" when no engineer was offered."""
    text = TurnText.of(line.text, scenario.language)
    for tag, (stage_id, index) in scenario.point_tags().items():
        if not is_offer(scenario, tag):
            continue
        words = scenario.stage(stage_id).points[index].keywords
        if text.said_any(words) and not learner_said.said_any(words):
            return True
    return False


def _offer_points(scenario: Scenario) -> list[Point]:
    """The points that offer her something: the offer stage's (the refund, the suite), else
    every point between the welcome and the goal; never one made by asking."""
    if any(stage.id == OFFERS for stage in scenario.stages):
        return [p for p in scenario.stage(OFFERS).points if not p.by_asking]
    return [
        scenario.stage(stage_id).points[index]
        for tag, (stage_id, index) in scenario.point_tags().items()
        if is_offer(scenario, tag)
    ]
