"""The practice report: a score per rubric criterion with the turns behind it, total, pass/fail.

Each criterion's `measures` names the signal that scores it (0-100):
- `stage_coverage`: share of the stage's points covered over the session, in whichever turn they
  were made (no stage: all stages); a point that asks for a time limit ("说明退款时限") heard
  while the learner gave no time limit in the whole session counts half (time_limits.py);
- `empathy`: learner turns showing empathy, an apology or acknowledgement (also by a point that
  asks to acknowledge her: report_warmth.py; off-topic turns earn none), against a target of 40% of the turns (at least 2, at most 3: one apology in a two-turn
  session is not full marks); once an apology and her feelings (empathy or acknowledgement) were
  both said and a later turn makes a point (the remedy follows), two warm turns are full marks:
  a complaint being put right needs no warmth in every other turn;
- `questions`: learner turns asking questions on the subject, against a target of 30% of the turns
  (at most 3; a question in a pushy turn, "So do you want it or not?", is pressure, not asking,
  and one that only asks her yes, "Shall I book it?", asks nothing of her: question_aims.py); a
  question about a point made by asking (her needs, her decision) counts fully, any other (her
  name, "anything else?") half, and every need asked is full marks; the rubric's top level ("Asked open questions throughout") is
  quoted only when the questions about her needs alone reach it;
- `compliance`: 100 less each claim, pressure, curt turn and turn of small talk (report_tone.py);
- `closing`: the goal stage's coverage, in full when she said yes (the session ended with `goal`;
  her yes alone earns 40) and 70% of it when she did not. Her yes settles the goal stage's points made by asking (her
  decision): a customer who said yes was asked, whatever words did it. Her mood is no yes, and
  a closing she did not agree to quotes her last words rather than her mood figure.
Empathy or questions (of her needs or decision) shown in a turn, and a closing with a point made,
score at least the rubric's first level above none ("once", "Asked, but she stayed unconvinced":
as a bare 70% share, the ask alone scored 23 under a level of 40); a stage whose points were made
only in part (a refund with no time limit) half of it, where its bare share was 17.
The explanation says what happened (report_sentences.py): the rubric's top level is quoted only
when the session met it in full, otherwise the points done and missing, her answer, the turns, the rules broken, the time limits given and, where a criterion
speaks of money, the amounts named (amounts.py). `level` is the rubric level reached (the highest
at or below the score; with a point made, even in part, at least the first above none). Total = sum of weight x score.
Pass: the total at or over the pass mark, with compliance above 0 (rules broken over and over fail
the session whatever else it did).
Strengths: up to three criteria scoring 70 or more with no rule broken in them, best first, each
with positive evidence: tone only when no turn was curt (curt.py: "Name?", 「下一个。」, which
also costs tone as pressure does) or off topic and some turn made a point; questions and warmth
only when shown in a turn that was not curt.
Improvements: criteria under 80, lowest first, each with what to do. A session quit before any
reply gets a short report: no criteria, no items, a `note` saying there were no turns to evaluate.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from graphs.practice_dialogue.her_consent import accepted_in, consent_in
from graphs.practice_dialogue.last_stance import takes_back
from graphs.practice_dialogue.phrases import question_starts
from graphs.practice_dialogue.question_aims import asking_tags, needs_tags, yes_only_turns
from graphs.practice_dialogue.report_coverage import (
    PARTLY_DONE,
    Session,
    amounts_if_spoken_of,
    coverage_of,
    limits_if_spoken_of,
    settled_by_her_yes,
)
from graphs.practice_dialogue.report_praise import praise
from graphs.practice_dialogue.report_sentences import Facts, advice, explanation
from graphs.practice_dialogue.report_tone import score_tone
from graphs.practice_dialogue.report_warmth import warmth_then_remedy, with_points_acknowledging
from graphs.practice_dialogue.signals import sentences
from graphs.practice_dialogue.unanswered import with_unanswered
from graphs.rubrics import Criterion, Rubric
from graphs.scenarios import Scenario

STRENGTH_FROM = 70
IMPROVE_BELOW = 80
EMPATHY_SHARE = 0.4
QUESTION_SHARE = 0.3
CLOSING_WITHOUT_YES = 70
"""A closing she did not say yes to earns at most this (asked, recapped, thanked: still no)."""
CLOSING_YES_LEAST = 40
"""Her yes alone, with no recap, next steps or thanks, earns this: the closing got its result,
not its wrap-up (the rubrics' level just above none)."""


EMPATHY_MIN_TURNS = 2
"""Empathy is shown in at least this many turns for full marks: one apology in a two-turn session
is not "真诚道歉并多次回应"."""
THROUGHOUT_FROM = 4
"""From this many turns, the rubric's top level for questions or warmth ("Asked open questions
throughout", "Acknowledged … throughout") is quoted only when one came in the second half too."""
SIDE_QUESTION_WEIGHT = 0.5
"""A question about nothing the scenario asks the learner to find out (her name, "anything else?",
"would you like to upgrade?") counts half; one about her needs or her decision counts fully."""


def _target(turns: int, share: float, least: int = 1) -> int:
    return min(3, max(least, math.ceil(turns * share)))


@dataclass(frozen=True)
class Scored:
    """One criterion scored: its score, the turns behind it and the facts to state."""

    score: int
    turns: list[int]
    facts: Facts


def score_criterion(criterion: Criterion, session: Session) -> Scored:
    """Score (0-100), justifying turns and the facts behind them for one criterion."""
    evaluations = session.evaluations
    n = len(evaluations)
    if criterion.measures in ("stage_coverage", "closing"):
        closing = criterion.measures == "closing"
        if closing:
            stage_ids = [session.scenario.end.goal_stage]
        elif criterion.stage:
            stage_ids = [criterion.stage]
        else:
            stage_ids = [s.id for s in session.scenario.stages]
        coverage = coverage_of(session, stage_ids, settled_by_her_yes(session) if closing else None)
        # her 行 to what was put to her, in any line of hers after the opening (her_consent.py)
        last_words = session.last_words() if closing and not session.agreed else None
        accepted = accepted_in(session.hers[1:], session.scenario.language) if last_words else []
        consent = last_words and consent_in(last_words, session.scenario.language)
        facts = Facts(
            done=coverage.done,
            partly=coverage.partly,
            halves=coverage.halves,
            missing=coverage.missing,
            limits=limits_if_spoken_of(criterion, session, stage_ids),
            amounts=amounts_if_spoken_of(criterion, session, stage_ids, coverage.turns),
            agreed=session.agreed if closing else None,
            mood=session.mood if closing and not accepted else None,
            # her words quoted once: as what she accepted, or as her last words
            last_words=None if consent else last_words,
            accepted=tuple(accepted),
        )
        if not closing:
            return Scored(round(100 * coverage.share), coverage.turns, facts)
        # The closing's points count in full when she said yes, and CLOSING_WITHOUT_YES of that
        # when she did not: asked and recapped to a customer who still said no closed nothing.
        # Her mood is no yes: at 5 she may still say "I'm not convinced yet".
        if session.agreed:
            return Scored(
                max(CLOSING_YES_LEAST, round(100 * coverage.share)), coverage.turns, facts
            )
        return Scored(round(CLOSING_WITHOUT_YES * coverage.share), coverage.turns, facts)
    if criterion.measures == "empathy":
        warm = {
            e["turn"]: list(dict.fromkeys(f.split(":", 1)[0] for f in e["empathy"]))
            for e in evaluations
            if e["empathy"]
        }
        warm = with_points_acknowledging(warm, evaluations)  # "I can help you with that"
        target = _target(n, EMPATHY_SHARE, EMPATHY_MIN_TURNS)
        if warmth_then_remedy(warm, evaluations):
            target = min(target, EMPATHY_MIN_TURNS)
        score = round(100 * min(1.0, len(warm) / target))
        return Scored(score, sorted(warm), Facts(warm=warm, turns=n))
    if criterion.measures == "questions":
        # a question put as pressure ("So do you want it or not?") asks nothing of her, nor
        # one that only asks her yes ("Shall I book it for you?")
        found_out = needs_tags(session.scenario)
        language = session.scenario.language
        yes_only = yes_only_turns(evaluations, session.lines, found_out, language)
        asking = [
            e
            for e in evaluations
            if e["questions"] and not e["pushy"] and e["turn"] not in yes_only
        ]
        turns = [e["turn"] for e in asking]
        target = _target(n, QUESTION_SHARE)
        needs = asking_tags(session.scenario)
        on_needs = [e for e in asking if set(e.get("asked", [])) & needs]
        weighed = len(on_needs) + SIDE_QUESTION_WEIGHT * (len(turns) - len(on_needs))
        # every need the scenario asks to find out was asked: the asking is done, however long
        # the rest of the session ran
        asked_all = bool(found_out) and found_out <= {t for e in on_needs for t in e["asked"]}
        score = 100 if asked_all else round(100 * min(1.0, weighed / target))
        on_found_out = [e for e in on_needs if set(e.get("asked", [])) & found_out]
        open_share = len(on_found_out) + SIDE_QUESTION_WEIGHT * (len(turns) - len(on_found_out))
        # questions the learner did ask, none of them on the matter (small talk, "Anything
        # else?"): the report says so rather than "no question"
        aside = [
            t
            for t, line in sorted(session.lines.items())
            if t not in turns
            and t not in yes_only
            and any(question_starts(s) is not None for s in sentences(line))
        ]
        facts = Facts(
            asked=turns,
            asked_aside=aside,
            asked_for_yes=yes_only,
            asked_needs=len(on_needs),
            turns=n,
            open_score=round(100 * min(1.0, open_share / target)),
        )
        return Scored(score, turns, facts)
    return Scored(*score_tone(session))


COVERAGE = ("stage_coverage", "closing")
SHOWN_AT_ALL = ("empathy", "questions", *COVERAGE)
"""Criteria where one turn showing it (a point made) reaches the rubric's first level above none."""
NO_TURNS = {
    "zh": "没有可评估的轮次：在客户回应前就结束了。",
    "en": "No turns to evaluate: the session ended before any reply.",
}


def _last_hers(transcript: list[dict[str, Any]]) -> str:
    """Her last line in the transcript ("" before she said any)."""
    return next((e["text"] for e in reversed(transcript) if e["role"] == "persona"), "")


def _empty_report(
    scenario: Scenario,
    rubric: Rubric,
    transcript: list[dict[str, Any]],
    mood: int,
    ended: str | None,
) -> dict[str, Any]:
    note = NO_TURNS[scenario.language]
    return {
        "scenario": scenario.id,
        "title": scenario.title,
        "rubric": rubric.id,
        "ended": ended,
        "turns": 0,
        "final_mood": mood,
        "total": 0,
        "pass_mark": rubric.pass_mark,
        "passed": False,
        "note": note,
        "criteria": [],
        "strengths": [],
        "improvements": [],
        "transcript": transcript,
    }


def _top_level_met(criterion: Criterion, score: int, facts: Facts) -> str | None:
    """The rubric's top level, when the session met it in full (for a closing: she said yes)."""
    top = max(criterion.levels, key=lambda lv: lv.score)
    if score < top.score or (criterion.measures == "closing" and not facts.agreed):
        return None
    if criterion.measures == "questions" and (facts.open_score or 0) < top.score:
        return None  # reached by asks for her decision, not by finding out her needs
    shown = facts.asked if criterion.measures == "questions" else list(facts.warm or {})
    if criterion.measures in ("questions", "empathy") and not _throughout(shown, facts.turns):
        return None  # "throughout" is not two questions (or apologies) at the start of six turns
    return top.description


def _throughout(turns: list[int] | None, n: int) -> bool:
    """Shown on into the second half of a session of four turns or more."""
    if n < THROUGHOUT_FROM or not turns:
        return True
    return max(turns) > n / 2


def _shown_well(criterion: Criterion, scored: Scored, curt: set[int]) -> bool:
    """A strength needs positive evidence, not the absence of faults: tone is one only when
    no turn was curt or off topic and some turn made a point; questions and warmth only when
    some turn behind them was not curt ("Name?", "Yes or no?" ask, but no trainer praises them)."""
    facts = scored.facts
    if criterion.measures == "compliance":
        return not (facts.curt or facts.off_topic or facts.all_off_topic) and facts.spoke_to_her
    if criterion.measures == "questions" and (facts.open_score or 0) < STRENGTH_FROM:
        return False  # asks for her decision alone ("Shall I just put it on your card?")
    if criterion.measures in ("empathy", "questions"):
        return any(t not in curt for t in scored.turns)
    return True


def build_report(
    scenario: Scenario,
    rubric: Rubric,
    evaluations: list[dict[str, Any]],
    transcript: list[dict[str, Any]],
    mood: int,
    ended: str | None,
) -> dict[str, Any]:
    """The session's report (plain JSON); a session quit before any reply gets a short one."""
    if not evaluations:
        return _empty_report(scenario, rubric, transcript, mood, ended)
    session = Session(
        scenario=scenario,
        evaluations=evaluations,
        mood=mood,
        # her last word decides: a yes taken back is no agreement (last_stance.py)
        agreed=ended == "goal" and not takes_back(scenario, _last_hers(transcript)),
        lines={e["turn"]: e["text"] for e in transcript if e["role"] == "learner"},
        hers=tuple(e["text"] for e in transcript if e["role"] == "persona"),
    )
    language = scenario.language
    criteria: list[dict[str, Any]] = []
    faulty: set[str] = set()
    praised: dict[str, str] = {}
    curt = {e["turn"] for e in evaluations if e.get("curt")}
    for criterion in rubric.criteria:
        scored = score_criterion(criterion, session)
        score = scored.score
        first = min((lv.score for lv in criterion.levels if lv.score), default=0)
        side_only = criterion.measures == "questions" and not scored.facts.asked_needs
        made = bool(scored.turns) and criterion.measures in COVERAGE
        part = made and not (scored.facts.done or scored.facts.halves)
        if scored.turns and criterion.measures in SHOWN_AT_ALL and not side_only:
            # shown at all: the rubric's first level above none ("Asked, but she stayed
            # unconvinced" is 40, not 23); a stage's points made only in part (a refund with no
            # time limit), half of it; a stage with points done keeps its share (lifted to 40,
            # one of three lifted a trial's tricky learner to the pass mark); her name asked is
            # not "Asked one question" about her: a side question counts as it is
            lift = PARTLY_DONE if part else 0 if criterion.measures == "stage_coverage" else 1
            score = max(score, round(first * lift))
        if scored.facts.claims or scored.facts.pushy or not _shown_well(criterion, scored, curt):
            faulty.add(criterion.id)
        level = max(  # a point made, even in part, is never the level of none
            (lv for lv in criterion.levels if lv.score <= max(score, first * made)),
            key=lambda lv: lv.score,
            default=criterion.levels[0],
        )
        top_level = _top_level_met(criterion, score, scored.facts)
        praised[criterion.id] = praise(language, top_level, scored.facts)  # for Strengths
        criteria.append(
            {
                "id": criterion.id,
                "name": criterion.name,
                "weight": criterion.weight,
                "measures": criterion.measures,
                "score": score,
                "level": level.score,
                "explanation": explanation(language, top_level, scored.facts),
                "turns": scored.turns,
                "advice": advice(language, scored.facts, measures=criterion.measures),
            }
        )
    # her direct question stepped over: named beside its stage (unanswered.py)
    with_unanswered(scenario, rubric, criteria, transcript)
    total = round(sum(c["weight"] * c["score"] for c in criteria))
    # a clean record is a strength; a criterion with a rule broken in it is not, whatever it scored
    best = sorted(
        (c for c in criteria if c["score"] >= STRENGTH_FROM and c["id"] not in faulty),
        key=lambda c: -c["score"],
    )
    worst = sorted((c for c in criteria if c["score"] < IMPROVE_BELOW), key=lambda c: c["score"])
    return {
        "scenario": scenario.id,
        "title": scenario.title,
        "rubric": rubric.id,
        "ended": ended,
        "turns": len(evaluations),
        "final_mood": mood,
        "total": total,
        "pass_mark": rubric.pass_mark,
        # rules broken in three turns or more (compliance at 0) fail the session whatever the
        # total: a trainer signs off no learner who misquoted, overpromised and charged unasked
        "passed": total >= rubric.pass_mark
        and not any(c["measures"] == "compliance" and c["score"] == 0 for c in criteria),
        "criteria": criteria,
        # what went well only: no "only asked for a decision" under Strengths (report_praise.py)
        "strengths": [f"{c['name']}: {praised[c['id']]}" for c in best[:3]],
        "improvements": [
            {"criterion": c["id"], "name": c["name"], "score": c["score"], "advice": c["advice"]}
            for c in worst
        ],
        "transcript": transcript,
    }
