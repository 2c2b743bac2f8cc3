"""The honesty-and-tone criterion (`measures: compliance`) of the practice report: its score,
the turns behind it and the facts its line states.

100, minus 40 per forbidden claim (a breach of the brief, a false fact, a blame shifted), 15 per
pushy turn and 15 per curt turn ("Name?", 「下一个。」, curt.py: it costs tone as pressure does).
No turn on topic: 0 (small talk to a furious customer is no 表达得体); under half the turns on
topic: the score scaled by that share; one stray line of it among turns on her matter costs
nothing. Small talk is always named, so the learner hears it, and "Honest and calm throughout" is
not said beside it (the session-18 trainer read that pair as a contradiction);
no point made past the opening: 0 (a greeting and polite chat claim nothing: no evidence, not
full marks), and the line says no point of the brief was made, which is true whatever the turns
spoke of (the room floor, a refund promised beyond the brief), where "nothing said of her matter"
was false of a learner who spoke of nothing else.

An offer beyond the brief is named with the brief's limit in the same money (offer_limits.py).
The turns behind it are the turns at fault; with none, every turn on her matter that made a point
past the opening, new or said again: "Honest and calm throughout" cites where honesty was shown.
"""

from __future__ import annotations

from typing import Any

from graphs.practice_dialogue.chat_turns import chat_turns
from graphs.practice_dialogue.offer_limits import with_limit
from graphs.practice_dialogue.report_coverage import Session
from graphs.practice_dialogue.report_sentences import Facts

FORBIDDEN_PENALTY = 40
PUSHY_PENALTY = 15
CURT_PENALTY = 15
"""A curt turn ("Name?", 「下一个。」, curt.py) costs tone as pressure does."""
MOSTLY_ON_TOPIC = 0.5
"""Below this share of turns on her matter, the score is scaled by it."""
SPOKE_TO_HER_POINTS = 2
"""Points made in the session before its tone can be praised: honesty shown in what was said,
not in saying nothing ("Name?", "Yes or no?")."""


def on_topic_share(evaluations: list[dict[str, Any]]) -> float:
    """Turns that speak to her matter: not small talk, and not a bare goodbye."""
    on_topic = sum(not e["off_topic"] and not e.get("leaving") for e in evaluations)
    return on_topic / len(evaluations) if evaluations else 0.0


def score_tone(session: Session) -> tuple[int, list[int], Facts]:
    """The criterion's score (0-100), the turns behind it and its facts."""
    evaluations = session.evaluations
    n = len(evaluations)
    scenario, lines = session.scenario, session.lines
    forbidden = [
        (e["turn"], with_limit(scenario, said, lines.get(e["turn"], "")))  # offer_limits.py
        for e in evaluations
        for said in (e.get("claims_said", {}).get(claim, claim) for claim in e["forbidden"])
    ] + [(e["turn"], label) for e in evaluations for label in e.get("selling", [])]
    pushy = [e["turn"] for e in evaluations if e["pushy"]]
    curt = [e["turn"] for e in evaluations if e.get("curt") and not e["pushy"]]
    off_topic = [e["turn"] for e in evaluations if e["off_topic"]]
    # named: the small talk and the turns around it that said nothing of her matter
    # (chat_turns.py: a greeting with a side question, a goodbye closing the chat)
    chatted = chat_turns(session)
    lapses = PUSHY_PENALTY * len(pushy) + CURT_PENALTY * len(curt)
    score = max(0, 100 - FORBIDDEN_PENALTY * len(forbidden) - lapses)
    share = on_topic_share(evaluations)
    all_off_topic = not n or share == 0
    if all_off_topic:
        score = 0
    elif share < MOSTLY_ON_TOPIC:  # nothing wrong said by saying little to her: no full marks
        score = round(score * share)
    made = sum(e.get("new_points", 0) for e in evaluations)
    # a greeting, courtesies and chat claim nothing: no claim made is no evidence of honesty
    opening = scenario.stages[0].id
    shown = sorted(
        {
            e["turn"]
            for e in evaluations
            for c in e["covered"]
            if c["stage"] != opening and c["tag"] in e.get("new_tags", [])
        }
    )
    unshown = not all_off_topic and not shown
    # honesty is cited in every turn on her matter that made a point of the brief past the
    # opening, new or said again: a turn that repeats the offers to say "I can't guarantee a
    # particular speed" shows it as much as the turn that first made them (session 20 trainer)
    honest = sorted(
        {
            e["turn"]
            for e in evaluations
            if not e["off_topic"] and any(c["stage"] != opening for c in e["covered"])
        }
    )
    if unshown:
        score = 0
    turns = sorted({t for t, _ in forbidden} | set(pushy))  # curt turns are named, not quoted
    facts = Facts(
        # always named, so the learner hears it (the pastime tests of sessions 9-12); one stray
        # line costs nothing, and "Honest and calm throughout" is then not said beside it
        small_talk=chatted,
        claims=forbidden,
        pushy=pushy,
        curt=curt,
        off_topic=off_topic,
        spoke_to_her=made >= SPOKE_TO_HER_POINTS,
        unshown=unshown,
        compliance=True,
        all_off_topic=all_off_topic,
        turns=n,
    )
    clean = not (forbidden or pushy or curt or off_topic)
    return score, (honest if clean else turns), facts
