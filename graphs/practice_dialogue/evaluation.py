"""Evaluating one learner turn: what it covered, what it must not have said, how it sounded.

`TurnEvaluator` is the plug point. `OfflineEvaluator` scores the turn's `Understanding`
(understanding.py), its points heard as a trainer hears them (point_hearing.py: other phrasings of
a cue, figures in words; no credit for a hedged, denied or vague offer, a rival named without a
fact, a price without its figure): points of any stage count whenever they are made, forbidden claims count as
claims (negated or asked ones do not), empathy, apology and acknowledgement are heard with their
negation scoped (soothing her anger, 您先消消气, and her situation called common and met at once
count too in a turn on her matter: soothing.py), and an off-topic turn earns no empathy or question credit. Thanks or a goodbye
once the goal stage is complete is the wrap-up, not small talk. `ModelEvaluator` asks
the model for the same judgement with a schema, keeps only indexes that exist, and always adds the
offline forbidden-claim check, so a model cannot wave a forbidden promise through
(model_evaluation.py).

An evaluation is plain JSON: `turn`, `stage`, `covered` ([{stage, index, tag, text}]), `unasked`
(her decision asked but not credited, with why: unasked_why.py), `keywords`,
`forbidden`, `claims_said` ({claim: its label with the learner's words}), `empathy` (the warm phrases heard, as `family:phrase`), `questions`, `asked`, `topics`,
`facts`, `time_limits` (as said: "1到3个工作日", "by Friday"; time_limits.py), `pushy`, `off_topic`, `rapport` (the courtesy of the trade it asked, answered once: rapport.py), `curt` (curt.py), `leaving` (a bare goodbye), `signals`, `quality` (0-100), `tags`, `comment`, `hint` (None
unless coaching), `source` (offline/model).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from graphs.practice_dialogue.asked_not_told import asked_not_told
from graphs.practice_dialogue.chatter import without_chatter_warmth
from graphs.practice_dialogue.conduct import brush_off
from graphs.practice_dialogue.consent import labelled, with_consent
from graphs.practice_dialogue.courtesies import friendly_follow_up
from graphs.practice_dialogue.curt import curt_turn
from graphs.practice_dialogue.denied_provisions import denied_point
from graphs.practice_dialogue.feedback import comment_for, scenario_hint
from graphs.practice_dialogue.not_known import admits_not_knowing
from graphs.practice_dialogue.off_brief_pitches import off_brief_pitch
from graphs.practice_dialogue.other_slot import other_slot_booked
from graphs.practice_dialogue.particulars import particulars_only
from graphs.practice_dialogue.phrases import farewell_in
from graphs.practice_dialogue.point_examples import offered_stage
from graphs.practice_dialogue.point_fit import fit_unheard
from graphs.practice_dialogue.point_gates import (
    before_any_price,
    decision_too_soon,
    declared_not_recapped,
    goodbye_before_remedy,
    pressed_decision,
    recap_too_soon,
    recap_unsaid,
    rival_unnamed,
    settled_unasked,
    wraps_up,
)
from graphs.practice_dialogue.point_hearing import hear_points
from graphs.practice_dialogue.point_particulars import particular_unsaid
from graphs.practice_dialogue.rapport import courtesy_of_trade, only_courtesy
from graphs.practice_dialogue.read_back import read_back
from graphs.practice_dialogue.self_corrections import as_corrected
from graphs.practice_dialogue.sent_elsewhere import sent_elsewhere
from graphs.practice_dialogue.signals import sentences
from graphs.practice_dialogue.small_talk import as_small_talk, chat_only
from graphs.practice_dialogue.soothing import further_warmth
from graphs.practice_dialogue.time_limits import time_limits
from graphs.practice_dialogue.unasked_why import unasked_decision
from graphs.practice_dialogue.understanding import Understanding, understand
from graphs.practice_dialogue.vague_times import vague_to_her_time
from graphs.scenarios import Scenario, Signal, Stage

COMMENT_MAX_CHARS = 300
"""A model's comment longer than this is cut: it is feedback, not an essay."""


class TurnEvaluator(Protocol):
    """Evaluates one learner turn in the current stage."""

    async def evaluate(
        self,
        scenario: Scenario,
        stage: Stage,
        reply: str,
        covered: dict[str, list[int]],
        turn: int,
        *,
        her_lines: Sequence[str] = (),
        small_talk_before: bool = False,
    ) -> dict[str, Any]:
        """The turn's evaluation (see the module docstring); `covered` is before this turn,
        `her_lines` what she said so far, `small_talk_before` the last turn's chat (rapport.py)."""
        ...


def finish(
    scenario: Scenario,
    stage: Stage,
    covered_before: dict[str, list[int]],
    understanding: Understanding,
    *,
    turn: int,
    covered: list[dict[str, Any]],
    forbidden: list[str],
    empathy: list[str],
    questions: int,
    pushy: list[str],
    off_topic: bool,
    coaching: bool,
    source: str,
    reply: str,
    her_lines: Sequence[str] = (),
    brought_back: bool = False,
    small_talk_before: bool = False,
) -> dict[str, Any]:
    """Signals, quality, tags, comment and hint from what a turn showed; `brought_back`: small
    talk put back on topic by the points heard (point_hearing.py)."""
    covered = [*covered, *read_back(scenario, covered_before, covered, reply, her_lines)]
    # her decision asked, not credited: the report says why beside "Not done" (unasked_why.py)
    unasked = unasked_decision(scenario, covered, covered_before, reply)
    kept = [
        c
        for c in covered
        if not decision_too_soon(scenario, c, covered_before, covered, reply)
        and not pressed_decision(scenario, c, reply)  # "…? Yes or no?" presses her
        and not recap_too_soon(scenario, c, covered_before, covered, reply)
        and not fit_unheard(scenario, c, covered_before, reply, her_lines)  # point_fit.py
        and not rival_unnamed(scenario, c, reply)
        and not particular_unsaid(scenario, c, reply)  # the 30 days of its text
        and not asked_not_told(scenario, c, reply)  # 您坐地铁来的吗？ tells nothing
        and not sent_elsewhere(scenario, c, reply)  # 「得找医生说」 grants nothing
        and not denied_point(scenario, c, reply)  # 「没有冻结这回事」 offers no freezing
        and not goodbye_before_remedy(scenario, c, covered_before, covered, reply)
        and not before_any_price(
            scenario, stage, c, covered_before, covered, understanding, reply, her_lines
        )
    ]
    if off_topic and wraps_up(scenario, covered_before, understanding, reply):
        off_topic = False  # "谢谢您，周六见！" after the decision: the goodbye, not small talk
    if off_topic and friendly_follow_up(reply, her_lines, scenario.language):
        off_topic = False  # "Long drive" -> "How was the drive up?": she answers it kindly
    if off_topic and her_lines and vague_to_her_time(reply, her_lines[-1]):
        off_topic = False  # 「多久能到账？」 -> 「过几天…」: vague, not small talk (vague_times.py)
    if off_topic and her_lines and admits_not_knowing(scenario, reply):
        off_topic = False  # 「这个我也说不好」 answers her, though it earns nothing (not_known.py)
    # "Did you stop for lunch?" at a desk: once, no small talk; again or in a run, it is (rapport.py)
    courtesy = None
    if only_courtesy(scenario, reply, understanding, covered, pushy):
        courtesy = courtesy_of_trade(scenario, reply, her_lines, small_talk_before)
        off_topic, questions = courtesy is None, 0  # a courtesy asks nothing of her needs
    heard = with_consent(scenario, reply, her_lines, forbidden)  # her yes (consent.py)
    added = [c for c in heard if c not in forbidden]
    forbidden = heard
    if added:
        off_topic = False  # 「您先刷卡吧」 acts for her: a breach, not small talk (consent.py)
    # the warmth of "thanks for letting me know" is the closing itself (conduct.brush_off)
    said = bool(kept or forbidden or pushy or questions)
    if brushed := brush_off(scenario, reply, her_lines, covered_before, said):
        off_topic, forbidden, added = False, [*forbidden, brushed], [*added, brushed]
        empathy = []
    kept = [
        c
        for c in kept
        if not settled_unasked(scenario, c, forbidden)
        and not declared_not_recapped(scenario, c, reply)
        and not recap_unsaid(scenario, c, reply)  # 「我帮您梳理一遍」 and nothing said back
        and not other_slot_booked(scenario, c, reply, her_lines)  # another time than hers
    ]
    dropped = {c["tag"] for c in covered} - {c["tag"] for c in kept}
    covered = kept
    if brought_back and dropped and not covered and not forbidden and not pushy:
        # back on topic only by points the gates dropped (small_talk.py); one named but not
        # made ("it's a good deal") is on the subject, however poorly
        off_topic = True
    asked = [t for t in understanding.asked if t not in dropped]
    new = [c for c in covered if c["index"] not in covered_before.get(c["stage"], [])]
    keywords = [t for t in understanding.subject_terms if t in stage.keywords]
    if off_topic:  # small talk earns no credit for manners or questions
        empathy, questions = [], 0
    if particulars_only(reply, scenario.language):
        questions = 0  # "Name?", "Can I see your ID?": procedure, not asking (particulars.py)
    # "keyword" is progress (new points): it moves the customer; naming the subject again does not
    shown_by: dict[Signal, Any] = {"empathy": empathy, "question": questions, "keyword": new}
    shown_by |= {"forbidden_claim": forbidden, "pushy": pushy, "off_topic": off_topic}
    signals: list[Signal] = [signal for signal, shown in shown_by.items() if shown]
    # Quality: new ground and good manners raise it; broken rules sink it whatever else was said.
    quality = (
        35 + min(40, 20 * len(new)) + 5 * bool(keywords) + 10 * bool(empathy) + 10 * bool(questions)
    )
    quality -= 45 * len(forbidden) + 20 * bool(pushy)
    quality = 5 if off_topic else max(0, min(100, quality))
    evaluation: dict[str, Any] = {
        "turn": turn,
        "stage": stage.id,
        "covered": covered,
        "unasked": [u for u in unasked if u["tag"] not in {c["tag"] for c in covered}],
        "new_points": len(new),
        "keywords": keywords,
        "forbidden": forbidden,
        # each claim labelled with the learner's own words, for the report (claims.claims_said)
        "claims_said": labelled(scenario, reply, forbidden, added),
        "empathy": empathy,
        "questions": questions,
        "asked": asked,
        "new_tags": [c["tag"] for c in new],
        "topics": understanding.topics,
        "facts": understanding.facts,
        "time_limits": time_limits(reply, scenario.language),
        "pushy": pushy,
        # something the scenario does not have sold to her: a break for the report only
        "selling": [label] if (label := off_brief_pitch(scenario, reply)) else [],
        "off_topic": off_topic,
        "rapport": courtesy.id if courtesy is not None else None,
        # a bare fragment with no courtesy ("Name?", 「下一个。」): credited, but no good tone
        "curt": not off_topic and curt_turn(reply, scenario.language, her_lines),
        "dismissal": understanding.dismissal,
        # a goodbye and nothing else: neither small talk nor a turn that speaks to her matter
        "leaving": not (off_topic or covered or questions or forbidden or pushy or empathy)
        and any(farewell_in(s) for s in sentences(reply)),
        "signals": signals,
        "quality": quality,
        "tags": [*signals, *(f"covered:{c['tag']}" for c in new)],
        "source": source,
    }
    after = {k: list(v) for k, v in covered_before.items()}
    for c in covered:
        after.setdefault(c["stage"], []).append(c["index"])
    evaluation["comment"] = comment_for(scenario.language, evaluation)
    shown = offered_stage(scenario, stage)  # no hint names what she cannot be offered
    evaluation["hint"] = scenario_hint(scenario, shown, after, evaluation) if coaching else None
    return evaluation


class OfflineEvaluator:
    """Scores the turn's understanding; no model needed."""

    def __init__(self, *, coaching: bool) -> None:
        self.coaching = coaching

    async def evaluate(
        self,
        scenario: Scenario,
        stage: Stage,
        reply: str,
        covered: dict[str, list[int]],
        turn: int,
        *,
        her_lines: Sequence[str] = (),
        small_talk_before: bool = False,
    ) -> dict[str, Any]:
        """Evaluate against every stage's points, the claims, the phrase families, the subject."""
        return self.evaluate_now(
            scenario,
            stage,
            reply,
            covered,
            turn,
            her_lines=her_lines,
            small_talk_before=small_talk_before,
        )

    def evaluate_now(
        self,
        scenario: Scenario,
        stage: Stage,
        reply: str,
        covered: dict[str, list[int]],
        turn: int,
        *,
        her_lines: Sequence[str] = (),
        small_talk_before: bool = False,
    ) -> dict[str, Any]:
        """`evaluate`, synchronously: CPU work for an engine thread (graphs/engine.py)."""
        reply = as_corrected(reply, scenario.language)  # a slip put right is read put right
        first = understand(scenario, reply)
        if chat_only(
            reply, scenario.language, first
        ):  # 今天外面挺冷的，我早上来的时候… (small_talk.py)
            first = as_small_talk(first)
        understanding = hear_points(scenario, stage, reply, first)
        if not understanding.off_topic and chat_only(reply, scenario.language, understanding):
            # its only point not made (「您平时喜欢看电影吗？」 asks nothing of her hours)
            understanding = as_small_talk(understanding)
        understanding = without_chatter_warmth(scenario, reply, understanding)  # chatter.py
        return finish(
            scenario,
            stage,
            covered,
            understanding,
            turn=turn,
            covered=understanding.points,
            forbidden=understanding.claims,
            empathy=[
                *understanding.warm_phrases(),
                *further_warmth(scenario, reply, understanding, her_lines),
            ],
            questions=understanding.questions,
            pushy=understanding.pushy,
            off_topic=understanding.off_topic,
            coaching=self.coaching,
            source="offline",
            reply=reply,
            her_lines=her_lines,
            brought_back=first.off_topic and not understanding.off_topic,
            small_talk_before=small_talk_before,
        )
