"""Which scripted line answers the learner: the offline customer's choice, and the model's cue.

The last learner turn's evaluation says what it asked about (`asked`), which points it made
(`covered`) and which topics it touched. The customer answers, in that order of preference, the
first of those that a persona line is tagged with (`answers`) and that she has not said yet: a
question first, then a point the learner made, then a topic. Once the reveal rule is met, a line
that `reveals_goal` for a tag the turn asked about or a point it made comes first; for a topic it
only mentioned it comes after the answers to the points (a new offer still gets its answer
before she opens up; before the rule is met it is never said); otherwise lines of the current stage come before the
others, in stage order. A tag she has answered already is not answered
again with another of its lines (she does not say "no special goal" after telling her goal), but a
question about it gets the earlier answer again ("我刚才说了，…"), unless the reveal line has just
been earned. A question she has no line for, or may not answer yet, gets a deflection. When the
turn asked nothing a line answers (or was off topic, or made a forbidden claim: she reacts to the
claim and answers none of it), she says her current stage's untagged lines in order, then the
next stages' (the stage order of the old script is the fallback); when all are said she starts
over, never repeating the line she said last.

Three rules keep her lines true to what was said: a line quoting the figure of an offer (one of
the learner's `may_offer` figures she does not know already) is said only once the learner has said
that figure ("Thirty-one a month?" never answers an offer of 36); a line that `agrees` to the
decision is said only when her mood has reached the goal mood and the turn crossed no line
(otherwise a hesitation tagged the same); a false figure for one of the scenario's `facts` gets the
fact's `line` (she corrects it, never accepts it; the correction is her reaction, no generic one
goes before it). Of the points a statement made, the new ones come first, offers (points of the
stages between the opening and the goal stage) before courtesies and closing words
("congratulations… we do have a suite" is answered about the suite), the furthest on first. A tagged answer replaces a friendly reaction line ("嗯，你这态度
还行。道歉有什么用？" no more); after pressure, a claim or small talk the reaction stays.

Four rules keep her on what was said (read from the learner's words, not only the tags):
- she does not ask what she has been told: a question of her line the learner has answered in
  the session (退多少？多久能到账？ after "退120元，三个工作日内到账") is left out, with what follows
  it; the line is not said when nothing but an echo is left (her_questions.py);
- a proposal ("您看可以吗？", "Would that work for you?") asks for the offer the turn just made or
  for her decision, before any topic it mentions in passing (asking.py);
- a question that names no point or topic ("Is it for work?") gets the unsaid line sharing most
  of its words, before her script (asking.py);
- a slot the learner proposes (这周日下午三点, Thursday evening) is the one her answer names: her
  line's own time gives way to it, a hesitation repeats it first (times.py).

When her last line asked something (a tagged line with a question word: 退多少？多久能到账？)
and the learner moved on without touching its tag (no point, topic or question of theirs, no
claim, pressure or small talk she reacts to instead, no concrete offer with a figure, and did not
give what she asked), she asks it again, once ("你先回答我：…"),
and nothing else in that turn lifts her mood (nodes.update_mood): `pressed_question`.

A line is named by `stage:index` in the state's `lines_said`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from graphs.exams import Language
from graphs.practice_dialogue.asking import (
    closest_line,
    decision_tags,
    names_time,
    proposal_asks,
    unnamed_question,
)
from graphs.practice_dialogue.figures import Figure, figures
from graphs.practice_dialogue.her_questions import Told, questions_in
from graphs.practice_dialogue.question_forms import last_question, proposal_in, question_kind
from graphs.practice_dialogue.signals import TurnText
from graphs.practice_dialogue.times import slots_in, taking_the_slot
from graphs.scenarios import PersonaLine, Scenario, Stage

AS_SAID: dict[Language, str] = {"zh": "我刚才说了，", "en": "As I said, "}
PRESS: dict[Language, str] = {"zh": "你先回答我：", "en": "You haven't answered me. "}
"""Before her question again, when the learner moved on without answering it."""
DEFLECTIONS: dict[Language, tuple[str, ...]] = {
    "zh": ("这个先不说了，你接着讲。", "这个跟我要办的事有什么关系？"),
    "en": ("Let's not get into that.", "I'm not sure that matters right now."),
}


@dataclass(frozen=True, kw_only=True)
class LineChoice:
    """The line the customer says and why."""

    text: str
    key: str | None = None
    """`stage:index` of the scripted line (None for the opening line or a deflection)."""
    answers: str | None = None
    """The tag the line answers, when it answers one."""
    reveals_goal: bool = False
    corrects: bool = False
    """The line corrects a false figure: it is her reaction, no other goes before it."""
    agrees: bool = False
    """The line says yes to the decision."""


def _canonical(scenario: Scenario, tag: str) -> str:
    points = scenario.point_tags()
    if tag in points:
        return scenario.point_tag(*points[tag])
    return tag


def lines_for(scenario: Scenario, tag: str) -> list[tuple[str, PersonaLine]]:
    """Every line tagged with `tag` (by any of its names), as (key, line), in stage order."""
    wanted = _canonical(scenario, tag)
    return [
        (f"{stage.id}:{i}", line)
        for stage in scenario.stages
        for i, line in enumerate(stage.persona_lines)
        if any(_canonical(scenario, t) == wanted for t in line.answers)
    ]


DOUBTS = "objections"
"""The stage whose lines are her doubts (异议处理, handling doubts)."""


def _from(scenario: Scenario, stage: Stage) -> list[Stage]:
    """The stages from the current one on, then the earlier ones (nearest first)."""
    index = scenario.stage_index(stage.id)
    return [*scenario.stages[index:], *reversed(scenario.stages[:index])]


def _keyed(stage: Stage) -> list[tuple[str, PersonaLine]]:
    return [(f"{stage.id}:{i}", line) for i, line in enumerate(stage.persona_lines)]


def _ranked(
    candidates: list[tuple[str, PersonaLine]], stage: Stage, goal_earned: bool
) -> list[tuple[str, PersonaLine]]:
    allowed = [(k, line) for k, line in candidates if goal_earned or not line.reveals_goal]
    return sorted(
        allowed,
        key=lambda item: (not item[1].reveals_goal, not item[0].startswith(f"{stage.id}:")),
    )


def _wanted_tags(scenario: Scenario, evaluation: dict[str, Any]) -> tuple[list[str], list[str]]:
    # `asked` is in the understanding's order: the latest question first, and in a question
    # the thing named by the longest phrase first ("shall I book the suite at 45?" asks for the
    # decision). Of the points made, the new ones come first, the furthest on first (an offer
    # is the news; a fact repeated from earlier is not).
    points = scenario.point_tags()
    asked = list(evaluation.get("asked", []))
    new = set(evaluation.get("new_tags", []))
    covered = [c["tag"] for c in evaluation.get("covered", []) if c.get("tag")]
    made = sorted(
        covered,
        key=lambda tag: (
            (
                tag not in new,
                not _offer(scenario, tag),
                -scenario.stage_index(points[tag][0]),
                -points[tag][1],
            )
            if tag in points
            else (True, True, 0, 0)
        ),
    )
    made += list(evaluation.get("topics", []))
    return asked, [t for t in made if t not in asked]


def _offer(scenario: Scenario, tag: str) -> bool:
    """A point that puts something on the table (a stage after the opening, before the goal
    stage, not made by asking): the news of a turn, before its courtesies ("congratulations")
    and before what closes ("we can text you")."""
    stage_id, index = scenario.point_tags()[tag]
    position = scenario.stage_index(stage_id)
    goal = scenario.stage_index(scenario.end.goal_stage)
    return 0 < position < goal and not scenario.stage(stage_id).points[index].by_asking


def offer_figures(scenario: Scenario) -> list[Figure]:
    """Figures only the learner can bring up: those of what they may offer that the customer
    does not know already (her opening line, profile and goal)."""
    language = scenario.language
    hers = "\n".join(
        [scenario.opening_line, scenario.persona.profile, scenario.persona.hidden_goal]
    )
    known = figures(hers, language)
    offered = [f for item in scenario.learner.may_offer for f in figures(item, language)]
    return [f for f in offered if not any(f.matches(k) for k in known)]


def _quotes_unsaid(scenario: Scenario, line: PersonaLine, said: list[Figure]) -> bool:
    """True when the line quotes an offer's figure the learner has not said ("Thirty-one a
    month?" after an offer of 36): she never restates an offer nobody made."""
    offers = offer_figures(scenario)
    quoted = [f for f in figures(line.text, scenario.language) if any(f.matches(o) for o in offers)]
    return any(not any(q.matches(s) for s in said) for q in quoted)


def _names_unmade_offer(scenario: Scenario, line: PersonaLine, learner_said: TurnText) -> bool:
    """True when the line names an offer (a point of the stages between the opening and the
    goal stage) by one of its words that the learner never said: she does not agree to "book
    the engineer" when no engineer was offered."""
    text = TurnText.of(line.text, scenario.language)
    for tag, (stage_id, index) in scenario.point_tags().items():
        if not _offer(scenario, tag):
            continue
        words = scenario.stage(stage_id).points[index].keywords
        if text.said_any(words) and not learner_said.said_any(words):
            return True
    return False


def choose_line(
    scenario: Scenario,
    stage: Stage,
    evaluation: dict[str, Any] | None,
    said: list[str],
    *,
    goal_earned: bool,
    deflections_used: int = 0,
    learner_said: str = "",
    willing: bool = True,
    reply: str = "",
) -> LineChoice:
    """The customer's answer to the learner's last turn (the opening line before any turn).

    `learner_said` is everything the learner has said so far: a line quoting an offer's figure
    is said only once the learner has said that figure, a question of hers the learner has
    answered in it is not asked (her_questions.py). Unless `willing` (her mood has reached the
    goal mood), a line that `agrees` is never said. `reply` is the learner's last turn: a
    proposal in it asks for the offer it made or her decision, a question no point names gets
    the line sharing its words (asking.py), a slot it proposes is the one she answers
    (times.py).
    """
    choice = _choose(
        scenario,
        stage,
        evaluation,
        said,
        goal_earned=goal_earned,
        deflections_used=deflections_used,
        learner_said=learner_said,
        willing=willing,
        reply=reply,
    )
    proposal = proposal_in(reply, scenario.language)
    if evaluation is None or proposal is None or choice.corrects:
        return choice
    offered = slots_in(proposal, scenario.language) or slots_in(reply, scenario.language)
    answering = set(decision_tags(scenario)) | set(evaluation.get("new_tags", []))
    if not offered or not (choice.agrees or choice.answers in answering):
        return choice
    text = taking_the_slot(choice.text, offered[0], scenario.language, answers=True)
    return replace(choice, text=text)


def _choose(
    scenario: Scenario,
    stage: Stage,
    evaluation: dict[str, Any] | None,
    said: list[str],
    *,
    goal_earned: bool,
    deflections_used: int = 0,
    learner_said: str = "",
    willing: bool = True,
    reply: str = "",
) -> LineChoice:
    if evaluation is None:
        return LineChoice(text=scenario.opening_line)
    said_figures = figures(learner_said, scenario.language)
    said_text = TurnText.of(learner_said, scenario.language)
    told = Told(scenario, learner_said)
    for fact in scenario.facts:  # a false figure: she says what she knows to be true
        if fact.claim in evaluation.get("forbidden", []) and fact.line:
            return LineChoice(text=fact.line, answers="fact", corrects=True)
    if not evaluation.get("off_topic") and not evaluation.get("forbidden"):
        asked, made = _wanted_tags(scenario, evaluation)
        offers = {t for t in scenario.point_tags() if _offer(scenario, t)}
        new_offers = [t for t in evaluation.get("new_tags", []) if t in offers]
        asked = proposal_asks(scenario, reply, asked, new_offers, offers)
        made = [t for t in made if t not in asked]

        def usable(line: PersonaLine) -> bool:
            return (
                not _quotes_unsaid(scenario, line, said_figures)
                and (willing or not line.agrees)
                and not (line.agrees and _names_unmade_offer(scenario, line, said_text))
            )

        kind = question_kind(reply, scenario.language)
        if kind == "anything-else":  # "还有别的需要我们处理的吗？": her next concern
            return _in_stage_order(scenario, stage, said, said_figures, told)
        question = unnamed_question(scenario, reply)
        if question is None and kind in ("doubt", "when") and not asked:
            question = last_question(reply)  # its words name a point the evaluation held back
        if question is not None:  # a question no point or topic names
            unsaid = [
                (k, line)
                for stage_ in _from(scenario, stage)
                for k, line in _keyed(stage_)
                if k not in said
                and usable(line)
                and (goal_earned or not line.reveals_goal)
                # no reaction to an offer nobody made ("营业到十一点？" unsaid by the learner)
                and not _names_unmade_offer(scenario, line, said_text)
                and told.unanswered_part(line.text, list(line.answers)) == line.text
            ]
            if kind == "doubt":  # "您还犹豫什么呢？": what holds her back
                unsaid = [(k, line) for k, line in unsaid if k.startswith(f"{DOUBTS}:")]
            elif kind == "when":  # "When does it get bad?": a line that names a time
                unsaid = [(k, ln) for k, ln in unsaid if names_time(ln.text, scenario.language)]
            best = closest_line(scenario, question, unsaid)
            if best is None and kind is not None and unsaid:
                best = unsaid[0]
            if best is not None:
                return _said_line(best, best[1].answers[0] if best[1].answers else "")
        repeat: LineChoice | None = None
        if goal_earned:
            # earned: she opens up on what the turn asked or the points it made (a line that
            # answers the offer itself), not on a word it only mentioned: "Loyalty price 31"
            # names the cost, but the new offers get their answer first
            points = scenario.point_tags()
            for tag in [*asked, *(t for t in made if t in points)]:
                for key, line in lines_for(scenario, tag):
                    if line.reveals_goal and key not in said:
                        return _said_line((key, line), tag)
        for tag in [*asked, *made]:
            all_lines = [(k, line) for k, line in lines_for(scenario, tag) if usable(line)]
            ranked = _ranked(all_lines, stage, goal_earned)
            fresh = [(k, line) for k, line in ranked if k not in said]
            earlier = [(k, line) for k, line in all_lines if k in said]
            if earlier:  # answered already: a question gets the answer again
                if tag in asked and repeat is None:
                    key, line = earlier[-1]
                    repeat = LineChoice(
                        text=AS_SAID[scenario.language] + _without_opener(line.text),
                        key=key,
                        answers=tag,
                    )
                continue
            for key, line in fresh:
                text = told.unanswered_part(line.text, list(line.answers))
                if text is not None:
                    return _said_line((key, line), tag, text)
        if repeat is not None:
            return repeat
        if asked:
            pool = scenario.persona.deflections or list(DEFLECTIONS[scenario.language])
            return LineChoice(text=pool[deflections_used % len(pool)])
    return _in_stage_order(scenario, stage, said, said_figures, told)


_OPENER = re.compile(
    r"^(?:actually|honestly|well|so|look|说实话|其实|老实说|嗯)[\s,，?？!！.。…]*", re.IGNORECASE
)


def _without_opener(text: str) -> str:
    """The line without its opening word ("Honestly? The speed…" -> "The speed…"), so "As I
    said, " can go before it."""
    rest = _OPENER.sub("", text, count=1)
    if not rest:
        return text
    return rest[0].lower() + rest[1:] if rest[:2].isascii() and not rest[:2].isupper() else rest


def _said_line(chosen: tuple[str, PersonaLine], tag: str, text: str | None = None) -> LineChoice:
    """The line as she says it (`text`: without the questions the learner has answered)."""
    key, line = chosen
    return LineChoice(
        text=text or line.text,
        key=key,
        answers=tag,
        reveals_goal=line.reveals_goal,
        agrees=line.agrees,
    )


def _untagged(
    scenario: Scenario, stage: Stage, said_figures: list[Figure]
) -> list[tuple[str, PersonaLine]]:
    return [
        (f"{stage.id}:{i}", line)
        for i, line in enumerate(stage.persona_lines)
        if not line.answers
        and not line.reveals_goal
        and not line.agrees
        and not _quotes_unsaid(scenario, line, said_figures)
    ]


def _in_stage_order(
    scenario: Scenario, stage: Stage, said: list[str], said_figures: list[Figure], told: Told
) -> LineChoice:
    """The current stage's next untagged line; when they are all said, the next stages' (the
    old script moved on too), then the earlier stages'; when every one is said, the one she
    said longest ago (never the line she said last, nor one asking what she was told)."""
    stages = _from(scenario, stage)
    for later in stages:
        for key, line in _untagged(scenario, later, said_figures):
            text = told.unanswered_part(line.text, []) if key not in said else None
            if text is not None:  # not "分期的话每个月多少钱？" once the learner said it
                return LineChoice(text=text, key=key)
    pool = [
        (k, line)
        for later in stages
        for k, line in _untagged(scenario, later, said_figures)
        if told.unanswered_part(line.text, []) == line.text
    ] or [
        (f"{stage.id}:{i}", line)
        for i, line in enumerate(stage.persona_lines)
        if not line.reveals_goal
    ]
    if not pool:  # a stage whose only line reveals the goal: her opening concern instead
        return LineChoice(text=scenario.opening_line)
    last_said = {k: i for i, k in enumerate(said)}
    key, line = min(pool, key=lambda item: last_said.get(item[0], -1))
    return LineChoice(text=line.text, key=key)


def pressed_question(
    scenario: Scenario,
    said: list[str],
    previous: str | None,
    evaluation: dict[str, Any] | None,
    reply: str = "",
) -> LineChoice | None:
    """Her last line's question again when it asked about a point (退多少？多久能到账？) and the
    learner's `reply` moved on without touching it: no point, topic or question of that tag, and
    nothing she reacts to instead (a claim, pressure, small talk, a question of the learner's, a
    concrete offer stating a figure: "12期免息" is news she answers, "以后我们注意" is not)."""
    if not said or previous is None or evaluation is None:
        return None
    if figures(reply, scenario.language):
        return None
    if evaluation.get("forbidden") or evaluation.get("pushy") or evaluation.get("off_topic"):
        return None
    if evaluation.get("asked"):
        return None
    stage_id, _, index = said[-1].partition(":")
    try:
        line = scenario.stage(stage_id).persona_lines[int(index)]
    except (KeyError, IndexError, ValueError):
        return None
    text = line.text.rstrip()
    asking = questions_in(text)
    if not line.answers or line.agrees or not asking:
        return None
    if not previous.endswith(text) or previous.startswith(PRESS[scenario.language]):
        return None  # not her last line, or pressed once already
    if Told(scenario, reply).unanswered_part(text, list(line.answers)) != text:
        return None  # the reply gave what she asked (退一百二，三个工作日内到账)
    touched = {c["tag"] for c in evaluation.get("covered", []) if c.get("tag")}
    touched |= set(evaluation.get("topics", []))
    if touched & set(line.answers):
        return None
    joiner = "" if scenario.language == "zh" else " "
    return LineChoice(
        text=PRESS[scenario.language] + joiner.join(asking), key=said[-1], answers=line.answers[0]
    )


def goal_earned(
    scenario: Scenario,
    mood: int,
    covered: dict[str, list[int]],
    evaluations: list[dict[str, Any]],
) -> bool:
    """Whether the learner has met the scenario's reveal rule, as of their last turn."""
    if not evaluations:
        return False
    last = evaluations[-1]
    if last.get("pushy") or last.get("forbidden") or last.get("off_topic"):
        return False
    rule = scenario.persona.reveal
    if mood < rule.min_mood:
        return False
    tags = scenario.point_tags()
    for tag in rule.after_points:
        stage_id, index = tags[tag]
        if index not in covered.get(stage_id, []):
            return False
    shown = {
        "empathy": any(e.get("empathy") for e in evaluations),
        "question": any(e.get("questions") for e in evaluations),
    }
    return all(shown[need] for need in rule.needs)
