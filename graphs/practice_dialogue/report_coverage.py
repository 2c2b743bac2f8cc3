"""What a practice session covered, as the report reads it: the session (evaluations, how it
ended, what the learner said), how far a criterion's points were made (a point asking for a time
limit, made while none was given, counts half; so does a two-part point said only in part), and the time limits and amounts to state where a
criterion speaks of them."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from graphs.exams import Language
from graphs.practice_dialogue.amounts import amounts
from graphs.practice_dialogue.fact_figures import CLAUSE, DAYS, false_facts
from graphs.practice_dialogue.figures import figures
from graphs.practice_dialogue.free_amenities import CHARGED
from graphs.practice_dialogue.other_slot import booked_other_slot
from graphs.practice_dialogue.point_examples import offered_text, said_examples
from graphs.practice_dialogue.point_gates import RECAP_POINT
from graphs.practice_dialogue.point_halves import brief_of, half_named, unsaid_half
from graphs.practice_dialogue.point_hearing import says_point
from graphs.practice_dialogue.quotes import clipped_quote
from graphs.practice_dialogue.report_sentences import speaks_of_prices, speaks_of_time_limits
from graphs.practice_dialogue.signals import TurnText, sentences
from graphs.practice_dialogue.time_limits import time_limits
from graphs.practice_dialogue.unasked_why import reason
from graphs.practice_dialogue.untold import untold
from graphs.rubrics import Criterion
from graphs.scenarios import Scenario


@dataclass(frozen=True, kw_only=True)
class Session:
    """What the report reads besides the evaluations: how it ended and what the learner said."""

    scenario: Scenario
    evaluations: list[dict[str, Any]]
    mood: int
    agreed: bool
    """She said yes (the session ended with `goal`)."""
    lines: dict[int, str]
    """Learner turn -> what the learner said."""
    hers: tuple[str, ...] = ()
    """What she said, in order: a wish is owed only for an occasion told (untold.py)."""

    def last_words(self) -> str | None:
        """Her last line, cut to a quote: a closing she did not agree to states what she said,
        not her mood figure (the mood counts what was said to her; her words say where she
        stands: "please don't push me" is no "final mood 5")."""
        if not self.hers:
            return None
        last = self.hers[-1].strip()
        return clipped_quote(last)

    def amounts(self) -> list[tuple[int, str]]:
        """(turn, amount as said) for every amount of money the learner named."""
        return [
            (turn, amount)
            for turn, text in sorted(self.lines.items())
            for amount in amounts(text, self.scenario.language)
        ]

    def time_limits(self) -> list[tuple[int, str]]:
        """(turn, limit as said) for every time limit the learner gave, a wrong one too: "退款
        大概一个月到账" gives the refund a time (a false one, a rule broken of its own), so the
        remedy is no "没有给出时限"."""
        language = self.scenario.language
        given = []
        for turn, text in sorted(self.lines.items()):
            limits = time_limits(text, language)
            # 「停车场两小时内免费」 times the parking, no remedy (free_amenities.py)
            given += [(turn, limit) for limit in limits if not _of_amenity(text, limit, language)]
            given += (
                []
                if limits
                else [
                    (turn, clause.strip().rstrip("。.!！"))
                    for clause in CLAUSE.split(text)
                    for fact in false_facts(self.scenario, TurnText.of(clause, language))
                    if any(f.unit in DAYS for v in fact.values for f in figures(v, language))
                ]
            )
        return given


def _of_amenity(text: str, limit: str, language: Language) -> bool:
    """The limit is said in a clause about an amenity of the premises (parking, the Wi-Fi)."""
    return any(
        limit in clause and CHARGED[language].search(clause) is not None
        for clause in CLAUSE.split(text)
    )


@dataclass(frozen=True)
class Coverage:
    """How far a criterion's points were made over the session."""

    share: float
    """Points done over points wanted; a point done only in part counts PARTLY_DONE."""
    turns: list[int]
    done: list[str]
    partly: list[str]
    missing: list[str]
    halves: list[tuple[str, str]] = field(default_factory=list)
    """(point, the half not said) for a two-part point said only in part (point_halves.py)."""


PARTLY_DONE = 0.5
"""A point that asks for a time limit ("免除…并说明退款时限"), heard while the learner gave none
in the whole session ("我给您把抛光的钱退了"), is half done: the remedy without the 时限 is the
rubric's "方案含糊，没有时限". So is one where every limit given was false ("今天下午就到账" for
1–3 个工作日, or a wait guaranteed away, "我保证五分钟内就叫到您"): the waiver done, the time not
told truly."""


RIGHT_LIMIT = {"zh": "如实的时限", "en": "the right time limit"}
"""The half of a point that asks for a time limit missing when every limit given was false."""


GUARANTEED = re.compile(r"保证|担保|打包票|包您|肯定|一定|绝对|guarantee|promise", re.IGNORECASE)
"""A word that vows what it says: a limit vowed is a guarantee, true only when it is the rule's."""


def _vowed_beyond_the_rule(session: Session, turn: int, limit: str) -> bool:
    """The limit is vowed in its clause ("我保证五分钟内就叫到您") and is none of the spans the
    scenario's facts give (1–3 个工作日): a guarantee the learner cannot give."""
    line = unicodedata.normalize("NFKC", session.lines.get(turn, ""))
    at = line.find(limit)
    if at < 0:
        return False
    start = max((m.end() for m in CLAUSE.finditer(line[:at])), default=0)
    if not GUARANTEED.search(line[start : at + len(limit)]):
        return False
    language = session.scenario.language
    true = {
        (f.number, f.unit)
        for fact in session.scenario.facts
        for value in fact.values
        for f in figures(value, language)
    }
    return not any((f.number, f.unit) in true for f in figures(limit, language))


def _wrong_limit(session: Session, turn: int, limit: str) -> bool:
    """The time limit is no time limit told: its turn states one of the scenario's facts wrong (a
    day or a span that is not the scenario's), the limit is said in the words of a rule the turn
    broke, or it is vowed beyond the rule ("我保证五分钟内就叫到您", a guarantee no one can give).
    The report flags those."""
    evaluations = [e for e in session.evaluations if e["turn"] == turn]
    if any(limit in label for e in evaluations for label in e.get("claims_said", {}).values()):
        return True
    if _vowed_beyond_the_rule(session, turn, limit):
        return True
    claims = {fact.claim for fact in session.scenario.facts}
    days = {
        fact.claim
        for fact in session.scenario.facts
        if any(f.unit in DAYS for v in fact.values for f in figures(v, session.scenario.language))
    }
    forbidden = {c for e in evaluations for c in e["forbidden"]}
    return bool(forbidden & claims & days)


def coverage_of(
    session: Session,
    stage_ids: Sequence[str],
    settled: frozenset[tuple[str, int]] | None = None,
) -> Coverage:
    """How far the stages' points were made; `settled` points count as done whatever was heard."""
    unknown = untold(session.scenario, [*session.hers, *session.lines.values()])
    wanted = [
        (s.id, i, p)
        for s in session.scenario.stages
        if s.id in stage_ids
        for i, p in enumerate(s.points)
        if (s.id, i) not in unknown
    ]
    got = {(c["stage"], c["index"]) for e in session.evaluations for c in e["covered"]}
    turns = sorted(
        {e["turn"] for e in session.evaluations for c in e["covered"] if c["stage"] in stage_ids}
    )
    no_limit_given = not session.time_limits()
    only_wrong_limits = not no_limit_given and all(
        _wrong_limit(session, turn, limit) for turn, limit in session.time_limits()
    )
    done, partly, missing = [], [], []
    halves: list[tuple[str, str]] = []
    language = session.scenario.language
    scenario = session.scenario
    broke = {e["turn"] for e in session.evaluations if e.get("forbidden")}
    honest = [line for turn, line in session.lines.items() if turn not in broke]
    for sid, i, point in wanted:
        # the examples it lists: only those said when done, only those offered otherwise
        text = offered_text(scenario, point)
        said = said_examples(scenario, point, session.lines.values())
        if settled and (sid, i) in settled:
            done.append(said)
        elif (sid, i) not in got and (
            half := half_named(point, honest, language, brief_of(scenario))
        ):
            halves.append((text, half))  # "It comes with wine and breakfast": partly done
        elif (sid, i) not in got:
            missing.append(_with_why_unasked(session, sid, i, text))
        elif no_limit_given and speaks_of_time_limits([text]):
            partly.append(text)
        elif only_wrong_limits and speaks_of_time_limits([text]):
            halves.append((text, RIGHT_LIMIT[language]))  # 今天下午就到账 for 1–3 个工作日
        elif half := unsaid_half(point, session.lines.values(), language, brief_of(scenario)):
            halves.append((text, half))
        else:
            done.append(said)
    share = (len(done) + PARTLY_DONE * (len(partly) + len(halves))) / len(wanted) if wanted else 1.0
    return Coverage(share, turns, done, partly, missing, halves)


def _with_why_unasked(session: Session, stage_id: str, index: int, text: str) -> str:
    """A point not done, with why the turns that asked it earned nothing (unasked_why.py)."""
    asked: dict[Any, list[int]] = {}
    for e in session.evaluations:
        for u in e.get("unasked", []):
            if (u["stage"], u["index"]) == (stage_id, index):
                asked.setdefault(u["why"], []).append(e["turn"])
    if not asked:
        return text
    why, turns = next(iter(asked.items()))
    opened, closed = ("（", "）") if session.scenario.language == "zh" else (" (", ")")
    return f"{text}{opened}{reason(session.scenario.language, why, turns)}{closed}"


def limits_if_spoken_of(
    criterion: Criterion, session: Session, stage_ids: Sequence[str]
) -> list[tuple[int, str]] | None:
    """The learner's time limits when the criterion or its points speak of one, else None."""
    texts = [criterion.name, *(lv.description for lv in criterion.levels)]
    texts += [p.text for s in session.scenario.stages if s.id in stage_ids for p in s.points]
    return session.time_limits() if speaks_of_time_limits(texts) else None


def amounts_if_spoken_of(
    criterion: Criterion, session: Session, stage_ids: Sequence[str], turns: Sequence[int]
) -> list[tuple[int, str]] | None:
    """The amounts the learner named in the criterion's turns, when the criterion or its points
    speak of money (a price quoted while offering, not every figure of the session); a sentence
    that makes only other stages' points names their amounts."""
    texts = [criterion.name, *(lv.description for lv in criterion.levels)]
    texts += [p.text for s in session.scenario.stages if s.id in stage_ids for p in s.points]
    if not speaks_of_prices(texts):
        return None
    scenario, language = session.scenario, session.scenario.language
    own = [p for s in scenario.stages if s.id in stage_ids for p in s.points]
    others = [p for s in scenario.stages if s.id not in stage_ids for p in s.points]
    found = []
    for turn in sorted(t for t in set(turns) if t in session.lines):
        for line in sentences(session.lines[turn]):
            if not any(says_point(p, line, language) for p in own) and any(
                says_point(p, line, language) for p in others
            ):
                continue  # "我再送您一张100元抵用券" is the remedy's amount, not 了解情况's
            found += [(turn, amount) for amount in amounts(line, language)]
    return found


def settled_by_her_yes(session: Session) -> frozenset[tuple[str, int]] | None:
    """Her yes settles the goal stage's points made by asking (her decision): a customer who
    said yes was asked, whatever words did it ("Would 31 a month work for you?")."""
    if not session.agreed:
        return frozenset()
    goal = session.scenario.stage(session.scenario.end.goal_stage)
    # a yes to a visit booked at another time than hers confirms no wish of hers (other_slot.py)
    over = booked_other_slot(session.scenario, session.lines, session.hers)
    return frozenset(
        (goal.id, i)
        for i, p in enumerate(goal.points)
        if p.by_asking and not (over and RECAP_POINT.search(p.text))
    )
