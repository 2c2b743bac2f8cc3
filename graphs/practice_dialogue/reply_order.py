"""Which of a learner turn's tags the customer answers first, and whether an offer meets her sum.

`asked` comes in the understanding's order (the latest question first; in a question, the thing
named by the longest phrase first). Of the points a statement made, the new ones come first,
offers (points of the stages between the opening and the goal stage, not made by asking) before
courtesies and closing words, an offer whose own figure the turn says before the others, an offer
of what she came for (her hidden goal) before the rest, the furthest on first; topics last, but a
topic her opening line names (her concern) comes before the points of the opening stage. Once
the talk is past the opening and something is on offer, the opening's points are no longer
answered ("anything else I can help with?" is no welcome: `past_the_welcome`).
"""

from __future__ import annotations

import re
from typing import Any

from graphs.practice_dialogue.amounts import amounts
from graphs.practice_dialogue.authorised_offers import authorised_prices, is_authorised
from graphs.practice_dialogue.figures import figures
from graphs.practice_dialogue.signals import TurnText, sentences
from graphs.scenarios import PersonaLine, Scenario


def priced(scenario: Scenario, tag: str, reply: str) -> bool:
    """An offer whose own figure the turn says ("45" of the occasion rate): the sum on the table
    is what she answers first ("45 instead of 55" gets "Forty-five? That's closer", not a word
    on breakfast)."""
    stage_id, index = scenario.point_tags()[tag]
    keywords = scenario.stage(stage_id).points[index].keywords
    return any(re.search(r"\d", k) and k in reply for k in keywords)


def wanted_tags(
    scenario: Scenario, evaluation: dict[str, Any], reply: str = ""
) -> tuple[list[str], list[str]]:
    """What the turn asked and the other tags it made (points, then topics), each in the order
    she answers them (the module docstring): an offer is the news, a fact repeated is not."""
    points = scenario.point_tags()
    asked = list(evaluation.get("asked", []))
    new = set(evaluation.get("new_tags", []))
    covered = [c["tag"] for c in evaluation.get("covered", []) if c.get("tag")]
    made = sorted(
        covered,
        key=lambda tag: (
            (
                tag not in new,
                not is_offer(scenario, tag),
                not (is_offer(scenario, tag) and priced(scenario, tag, reply)),
                not (is_offer(scenario, tag) and sought(scenario, tag)),
                -scenario.stage_index(points[tag][0]),
                -points[tag][1],
            )
            if tag in points
            else (True, True, 0, 0)
        ),
    )
    topics = list(evaluation.get("topics", []))
    # her concern spoken to ("年卡其实挺划算的" to 「也太贵了吧」) before a greeting's answer
    concern = [t for t in topics if t in opening_topics(scenario)]
    first = {tag for tag, (stage_id, _) in points.items() if stage_id == scenario.stages[0].id}
    made = (
        [t for t in made if t not in first]
        + concern
        + [t for t in made if t in first]
        + [t for t in topics if t not in concern]
    )
    return asked, [t for t in made if t not in asked]


def opening_topics(scenario: Scenario) -> set[str]:
    """The topics her opening line names (price in 「你们这年卡要三千九百八？也太贵了吧」): her
    concern, which a turn that speaks to it is answered about before its greeting."""
    opening = TurnText.of(scenario.opening_line, scenario.language)
    return {t.id for t in scenario.topics if opening.said_any(t.keywords)}


def is_offer(scenario: Scenario, tag: str) -> bool:
    """A point that puts something on the table (a stage after the opening, before the goal
    stage, not made by asking): the news of a turn, before its courtesies ("congratulations")
    and before what closes ("we can text you")."""
    stage_id, index = scenario.point_tags()[tag]
    position = scenario.stage_index(stage_id)
    goal = scenario.stage_index(scenario.end.goal_stage)
    return 0 < position < goal and not scenario.stage(stage_id).points[index].by_asking


def sought(scenario: Scenario, tag: str) -> bool:
    """An offer of what she came for (a keyword of the point is in her hidden goal: 退 for
    "退回没说明的抛光费"): of several offers in a turn, she answers that one first."""
    stage_id, index = scenario.point_tags()[tag]
    goal = scenario.persona.hidden_goal.lower()
    return any(k.lower() in goal for k in scenario.stage(stage_id).points[index].keywords)


PRICE_UNITS = (None, "元")


def sums_offered(scenario: Scenario, turn: str) -> list[float]:
    """The sums of money a learner's turn names: each said as money, with its currency or its
    period ("USD 45 a night", "45 dollars", "31 a month"), and a bare sum the scenario lets the
    learner offer, in a turn that offers only what it may ("I can probably do 45 since it's your
    anniversary", 「今天定的话给您按3280」: authorised_offers.py). A bare number that is no
    such sum may be a term ("a 12-month contract") and is left out."""
    language = scenario.language
    found = [f.number for sum_ in amounts(turn, language) for f in figures(sum_, language)]
    if is_authorised(scenario, turn):
        prices = authorised_prices(scenario)
        found += [f.number for f in figures(turn, language) if f.number in prices]
    return found


def met_by_offer(scenario: Scenario, line: PersonaLine, reply: str) -> bool:
    """The line names a sum she would pay ("maybe fifty a night") and the learner has offered
    one under it ("45 dollars a night", this turn or before: an offer stays on the table): the
    offer meets it, she does not ask for it again. (Under, not at: the same sum may be a price
    she quoted, the rival's 30.) `reply` is what the learner has said in the session, a turn a
    line."""
    wanted = [f.number for f in figures(line.text, scenario.language) if f.unit in PRICE_UNITS]
    offered = [o for turn in reply.splitlines() for o in sums_offered(scenario, turn)]
    return any(o < w for w in wanted for o in offered)


def undercut(scenario: Scenario, line: PersonaLine, said: str) -> bool:
    """The line balks at a sum ("Fifty-five a night on top is a bit more than I planned") and
    the lowest sum of the learner's latest turn that named one is lower ("USD 55 is the rate,
    but I can do USD 40 a night, so 80 in all"; "It's 55 more a night, but as you're
    celebrating I can do 45"): the offer on the table is the lower one, not the list price she
    would balk at. A sum she names bare, the scenario's own price (「三千九百八租三天？」), is
    undercut by a lower one said beside it in a sentence (「原价3980，今天定给您按3280」), not by
    another offer's sum (the 100元 voucher beside the 120元 refund: `_one_thing`). Only that turn counts: the
    rival's 30 quoted earlier does not undercut the 31 offered after it. `said` is what the
    learner has said so far, a turn a line."""
    language = scenario.language
    turns = [turn for turn in said.splitlines() if sums_offered(scenario, turn)]
    if not turns:
        return False
    as_money = {f.number for sum_ in amounts(line.text, language) for f in figures(sum_, language)}
    if any(o < w for w in as_money for o in sums_offered(scenario, turns[-1])):
        return True
    prices = authorised_prices(scenario) - as_money
    bare = {f.number for f in figures(line.text, language) if f.number in prices}
    return any(
        o < w and _one_thing(scenario, w, o)
        for sentence in sentences(turns[-1])
        for w in bare & {f.number for f in figures(sentence, language)}
        for o in sums_offered(scenario, sentence)
    )


def _one_thing(scenario: Scenario, high: float, low: float) -> bool:
    """A point's keywords name both sums: two prices of one thing (the rent's 3980 and 3280),
    not two offers (the 120元 refund and the 100元 voucher)."""
    for stage in scenario.stages:
        for point in stage.points:
            named = {f.number for k in point.keywords for f in figures(k, scenario.language)}
            if {high, low} <= named:
                return True
    return False


def past_the_welcome(scenario: Scenario, stage_id: str, tags: list[str]) -> list[str]:
    """The tags without the opening stage's points, for a turn in a later stage once something
    is on offer: "Is there anything else I can help with?" after the engineer, the price and the
    30 days is no welcome to answer with "Thanks. I've made up my mind, though"."""
    opening = scenario.stages[0].id if scenario.stages else ""
    if stage_id == opening:
        return tags
    points = scenario.point_tags()
    return [t for t in tags if t not in points or points[t][0] != opening]
