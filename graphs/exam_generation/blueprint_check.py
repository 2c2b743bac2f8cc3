"""A blueprint the material really delivers in full, for the shortfall note to suggest.

The note used to suggest "the questions it made now", but another blueprint deals the material's
rules to other slots, and re-running each suggested blueprint fell short by one again on all four
materials of the session 12 designer (m1 10/11, m2 8/9, m3 6/7, m4 10/11). So the suggestion is
checked by writing it: the offline engine plans and writes the smaller blueprint, as the graph does
(the same slots, writer and validators, the same rounds), and what falls short is moved to the
types it delivered whole, a bounded number of times, never to fewer questions than the exam made.
When none is found, the note offers the exam's own questions as they are (capacity.py).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

from graphs.exam_generation.material import Material
from graphs.exam_generation.offline_writer import OfflineQuestionWriter
from graphs.exams import QUESTION_TYPES, Blueprint, QuestionType
from graphs.text.document import analysed

CHECKS = 6
"""Blueprints written before the note gives up suggesting one."""
_TRADES = 3
"""Blueprints with a multiple choice traded in that are written before the note gives up."""
_MOVED_TO: tuple[QuestionType, ...] = ("true_false", "fill_blank", "single_choice")
"""Types a check that fell short moves its missing questions to, in turn: one fact each, and
almost any rule makes a true/false."""


def delivered_counts(text: str, blueprint: Blueprint, language: str, rounds: int) -> Counter[str]:
    """The questions of each type the offline engine delivers for `blueprint` on `text`."""
    # The graph's own steps (nodes.py imports assembly, which asks this: imported here).
    from graphs.exam_generation import nodes

    _, found, _ = nodes._knowledge_points(text, blueprint)
    # Planned as the graph plans: its short answers on the groups they ask whole too. Planned
    # without them, a check delivered a blueprint that the graph then fell short of by a fill-in
    # (the aquarium keepers' rules, test_exam_s17_multiple_choice_share).
    material = Material.of(analysed(text), language)  # type: ignore[arg-type]
    slots, points = nodes.planned(blueprint, found, material)
    state: dict[str, Any] = {
        "text": text,
        "exam_language": language,
        "points": points,
        "plan": 1,
        "slots": slots,
        "pending": [s["id"] for s in slots],
        "round": 0,
        "accepted": [],
        "rejections": {},
        "candidates": [],
    }
    writer = OfflineQuestionWriter()
    for _ in range(rounds + 1):
        candidates = []
        for task in nodes.generation_tasks(state):  # type: ignore[arg-type]
            result = writer.write_now(nodes._request(task))
            candidates += [
                {"plan": 1, "round": state["round"], "slot": slot_id, "question": q.model_dump()}
                # Its spares too, as the graph's branch hands them in (nodes.generate_questions).
                for slot_id, q in [*result.questions.items(), *result.spares.items()]
            ]
        # Kept over the rounds, as the graph's reducer keeps them: a question refused in one
        # round is not written again in the next (nodes.generation_tasks, `rejected`).
        state["candidates"] = state["candidates"] + candidates
        state.update(nodes._validate_round(state))  # type: ignore[arg-type]
        if not state["pending"]:
            break
    by_id = {s["id"]: s["type"] for s in slots}
    return Counter(by_id[a["slot"]] for a in state["accepted"])


def full_blueprint(
    text: str, blueprint: Blueprint, language: str, made: Mapping[str, int]
) -> dict[str, int] | None:
    """A blueprint the material delivers whole (`_whole_blueprint`), with a multiple choice when
    the trainer asked for one and one can be made: the search moves what falls short to the
    single-fact types, and its suggestions dropped multiple choice entirely while the run under
    them made two (session 16 end designer D9, m1: 单选题3道、判断题6道、填空题3道、简答题1道).
    One multiple choice is tried in place of a short answer (`_traded`)."""
    found = _whole_blueprint(text, blueprint, language, made)
    if not blueprint.count("multiple_choice") or (found and found.get("multiple_choice")):
        return found
    from graphs.exam_generation import nodes

    bases = [{t: n for t, n in made.items() if n > 0}, *([found] if found else [])]
    trades = [each for base in bases for each in _traded(base)]
    for each in sorted(trades, key=lambda counts: -sum(counts.values()))[:_TRADES]:
        asked = blueprint.model_copy(
            update={t: each.get(t, 0) for t in QUESTION_TYPES} | {"title": None}
        )
        got = delivered_counts(text, asked, language, nodes.MAX_REGENERATIONS)
        if all(got[t] >= n for t, n in each.items()):
            return each
    return found


def _traded(base: Mapping[str, int]) -> list[dict[str, int]]:
    """`base` with a multiple choice in place of a short answer: about as many rules, and never
    fewer questions than `base` (a suggestion under the count the run made misled, session 15
    end designer D8)."""
    if not base.get("short_answer"):
        return []
    traded = {**base, "multiple_choice": base.get("multiple_choice", 0) + 1}
    traded["short_answer"] -= 1
    return [{t: n for t, n in traded.items() if n > 0}]


def _whole_blueprint(
    text: str, blueprint: Blueprint, language: str, made: Mapping[str, int]
) -> dict[str, int] | None:
    """Counts per type that the material delivers whole when asked for (checked by writing
    them), never fewer questions in all than the exam `made`, or None when no such blueprint was
    found. Asked for alone, what an exam made often falls short again (another plan deals the
    rules otherwise); shrunk to what that check delivered, the suggestion gave fewer questions
    than the run it was printed under (session 15 end designer D8: 10 suggested after 13 made,
    8 after 10). So the questions the first check misses are moved to single-fact types it
    delivered whole (spread over them, then all to true/false), and then a multiple choice's too
    (its four rules make four single-fact questions), each checked in turn."""
    from graphs.exam_generation import nodes

    def delivered(counts: dict[str, int]) -> Counter[str]:
        asked = blueprint.model_copy(
            update={t: counts.get(t, 0) for t in QUESTION_TYPES} | {"title": None}
        )
        return delivered_counts(text, asked, language, nodes.MAX_REGENERATIONS)

    counts = {t: n for t, n in made.items() if n > 0}
    if not counts:
        return None
    got = delivered(counts)
    if all(got[t] >= n for t, n in counts.items()):
        return counts
    tried: list[dict[str, int]] = [counts]
    target = sum(counts.values())
    queue = _moves(_kept(counts, got), _whole(counts, got), target)
    while queue and len(tried) <= CHECKS:
        each = queue.pop(0)
        if each in tried:
            continue
        tried.append(each)
        got = delivered(each)
        if all(got[t] >= n for t, n in each.items()):
            return each
        # Short again: its own misses moved on in turn, after the moves still to try.
        queue += _moves(_kept(each, got), _whole(each, got), target)[:1]
    return None


def _kept(counts: dict[str, int], got: Counter[str]) -> dict[str, int]:
    return {t: got[t] for t in counts if got[t] > 0}


def _whole(counts: dict[str, int], got: Counter[str]) -> list[str]:
    """The single-fact types a check delivered whole, or true/false when none was."""
    return [t for t in _MOVED_TO if counts.get(t, 0) and got[t] >= counts[t]] or [_MOVED_TO[0]]


def _moves(base: dict[str, int], takers: list[str], target: int) -> list[dict[str, int]]:
    """Blueprints of `target` questions from what a check delivered (`base`): the missing ones
    spread over the single-fact types it delivered whole, or all given to the first; then the
    same without the multiple choices."""
    out: list[dict[str, int]] = []
    without = {t: n for t, n in base.items() if t != "multiple_choice"}
    for start in (base, without):
        short = target - sum(start.values())
        spread = dict(start)
        for i in range(short):
            spread[takers[i % len(takers)]] = spread.get(takers[i % len(takers)], 0) + 1
        out += [spread, {**start, takers[0]: start.get(takers[0], 0) + short}]
    return out
