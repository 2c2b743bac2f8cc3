"""The customer's scripted lines: the line she says and why (`LineChoice`), the lines tagged for a
point or topic, and the fallback when nothing tagged fits: her untagged lines in stage order from
the current stage (the later stages', then the earlier ones'), then the one she said longest ago.

A line quoting the figure of an offer (one of the learner's `may_offer` figures she does not know
already) is said only once the learner has said that figure ("Thirty-one a month?" never answers
an offer of 36). A line is named by `stage:index` in the state's `lines_said`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from graphs.exams import Language
from graphs.practice_dialogue.figures import Figure, figures
from graphs.scenarios import PersonaLine, Scenario, Stage

if TYPE_CHECKING:
    from graphs.practice_dialogue.her_questions import Told


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
    more_keys: tuple[str, ...] = ()
    """Keys of further scripted lines said with it (her answer to a second question or offer of
    the turn: full_answers.py)."""


def canonical(scenario: Scenario, tag: str) -> str:
    points = scenario.point_tags()
    if tag in points:
        return scenario.point_tag(*points[tag])
    return tag


def lines_for(scenario: Scenario, tag: str) -> list[tuple[str, PersonaLine]]:
    """Every line tagged with `tag` (by any of its names), as (key, line), in stage order."""
    wanted = canonical(scenario, tag)
    return [
        (f"{stage.id}:{i}", line)
        for stage in scenario.stages
        for i, line in enumerate(stage.persona_lines)
        if any(canonical(scenario, t) == wanted for t in line.answers)
    ]


def from_current(scenario: Scenario, stage: Stage) -> list[Stage]:
    """The stages from the current one on, then the earlier ones (nearest first)."""
    index = scenario.stage_index(stage.id)
    return [*scenario.stages[index:], *reversed(scenario.stages[:index])]


def keyed(stage: Stage) -> list[tuple[str, PersonaLine]]:
    return [(f"{stage.id}:{i}", line) for i, line in enumerate(stage.persona_lines)]


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


def _echo(text: str) -> str:
    """The question her line opens with, echoing what she was just told ("营业到十一点？",
    "Thirty-one a month?"), or ""."""
    match = re.match(r"[^。！？.!?]+[？?]", text)
    return match.group(0) if match else ""


def quotes_unsaid(scenario: Scenario, line: PersonaLine, said: list[Figure]) -> bool:
    """True when the line quotes an offer's figure the learner has not said ("Thirty-one a
    month?" after an offer of 36): she never restates an offer nobody made. Nor does she echo
    a figure of the background she cannot know before she is told it (「营业到十一点？」 when
    only the subway was mentioned)."""
    language = scenario.language
    offers = offer_figures(scenario)
    quoted = [f for f in figures(line.text, language) if any(f.matches(o) for o in offers)]
    untold = _background_figures(scenario)
    quoted += [f for f in figures(_echo(line.text), language) if any(f.matches(u) for u in untold)]
    return any(not any(q.matches(s) for s in said) for q in quoted)


def echoes_turn(line: PersonaLine, reply: str, language: Language) -> bool:
    """The line opens by echoing a figure the learner's turn states (「营业到十一点？」 to "晚上
    11点都开门"): news she reacts to, though she has answered the point before."""
    echoed = figures(_echo(line.text), language)
    stated = figures(reply, language)
    return bool(echoed) and all(any(e.matches(s) for s in stated) for e in echoed)


def _background_figures(scenario: Scenario) -> list[Figure]:
    """Figures of the background she does not know already (see `offer_figures`)."""
    language = scenario.language
    hers = "\n".join(
        [scenario.opening_line, scenario.persona.profile, scenario.persona.hidden_goal]
    )
    known = figures(hers, language)
    return [
        f for f in figures(scenario.background, language) if not any(f.matches(k) for k in known)
    ]


def said_line(chosen: tuple[str, PersonaLine], tag: str, text: str | None = None) -> LineChoice:
    """The line as she says it (`text`: without the questions the learner has answered)."""
    key, line = chosen
    return LineChoice(
        text=text or line.text,
        key=key,
        answers=tag,
        reveals_goal=line.reveals_goal,
        agrees=line.agrees,
    )


def untagged(
    scenario: Scenario, stage: Stage, said_figures: list[Figure]
) -> list[tuple[str, PersonaLine]]:
    return [
        (f"{stage.id}:{i}", line)
        for i, line in enumerate(stage.persona_lines)
        if not line.answers
        and not line.reveals_goal
        and not line.agrees
        and not quotes_unsaid(scenario, line, said_figures)
    ]


WARM_OPENER = re.compile(
    r"^(?:great|lovely|perfect|thanks|thank you|good|nice|fine|ok(?:ay)?|alright|sounds good"
    r"|听着还行|还行|不错|挺好|谢谢|好的|好吧|行吧)[^。！？!?.,，]{0,12}?[。！？!?.,，]\s*",
    re.IGNORECASE,
)
"""A line that opens pleased ("Great.", "听着还行，"): after a lie or a push she is not pleased."""


def cooled(text: str) -> str:
    """The line without a pleased opening ("Great. Is there parking included?" -> "Is there
    parking included?"), said after her objection to a lie or a push."""
    rest = WARM_OPENER.sub("", text, count=1)
    rest = re.sub(r"^(?:可|但|不过|but\s)\s*", "", rest, flags=re.IGNORECASE)
    if not rest:
        return text
    return rest[0].upper() + rest[1:] if rest[0].isascii() else rest


def in_stage_order(
    scenario: Scenario,
    stage: Stage,
    said: list[str],
    said_figures: list[Figure],
    told: Told,
    *,
    cool: bool = False,
    presumes: Callable[[str], bool] = lambda text: False,
    nothing_offered: bool = False,
    answered_before: bool = False,
    no_offer_yet: bool = False,
) -> LineChoice:
    """The current stage's next untagged line; when they are all said, the next stages' (the
    old script moved on too), then the earlier stages'; when every one is said, the one she
    said longest ago (never the line she said last, nor one asking what she was told). `cool`:
    the turn lied or pushed, so a line that opens pleased comes last, and loses its opening, and
    the lines of the stages after her doubts (the closing's "分期的话每个月多少钱？") are not said.
    A line that `presumes` words the turn did not say (presumed.py) is not said. With
    `nothing_offered` (small talk, a push or a lie before any offer), no line of the offer's stage or a later one
    is said: "Hm. What else comes with it?" or 「我再想想也行，你要是能先约个体测…」 to a chat
    about the weather answers an offer nobody made; with `no_offer_yet` (any turn before an
    offer), no doubt about one ("I don't know. The standard room is probably fine." to
    "Alright then."). `answered_before` (she has answered a turn
    already): her reactions to the opening (the first stage's untagged lines) are past and are
    not said."""
    choice = _in_stage_order(
        scenario,
        stage,
        said,
        said_figures,
        told,
        cool=cool,
        presumes=presumes,
        nothing_offered=nothing_offered,
        answered_before=answered_before,
        no_offer_yet=no_offer_yet,
    )
    return LineChoice(text=cooled(choice.text), key=choice.key) if cool else choice


DOUBTS = "objections"
"""The stage of her doubts (异议处理): after a lie or a push, no line of a later stage is said."""
OFFERS = "presentation"
"""The stage whose points are what the learner offers (the service, the refund, the suite)."""


def _of_offers_or_later(scenario: Scenario, stage: Stage) -> bool:
    ids = [s.id for s in scenario.stages]
    return OFFERS in ids and ids.index(stage.id) >= ids.index(OFFERS)


def _after_doubts(scenario: Scenario, stage: Stage) -> bool:
    ids = [s.id for s in scenario.stages]
    return DOUBTS in ids and ids.index(stage.id) > ids.index(DOUBTS)


def _in_stage_order(
    scenario: Scenario,
    stage: Stage,
    said: list[str],
    said_figures: list[Figure],
    told: Told,
    *,
    cool: bool,
    presumes: Callable[[str], bool],
    nothing_offered: bool = False,
    answered_before: bool = False,
    no_offer_yet: bool = False,
) -> LineChoice:
    stages = from_current(scenario, stage)
    if no_offer_yet:  # her doubts are about an offer: none before one is made
        stages = [s for s in stages if s.id != DOUBTS] or stages
    if cool:  # pushed or lied to, she stays on her doubts: no "那……分期的话每个月多少钱？"
        stages = [s for s in stages if not _after_doubts(scenario, s)] or stages
    if nothing_offered:  # no reaction to an offer nobody made
        stages = [s for s in stages if not _of_offers_or_later(scenario, s)] or stages
    warm: LineChoice | None = None
    # past the opening, no fresh 「你们是不是都这么开场的？」 at turn three (a line said is reused)
    opened = [s for s in stages if s.id != scenario.stages[0].id] if answered_before else stages
    for later in opened:
        for key, line in untagged(scenario, later, said_figures):
            fits = key not in said and not presumes(line.text)
            text = told.unanswered_part(line.text, []) if fits else None
            if text is not None and cool and WARM_OPENER.match(text):
                warm = warm or LineChoice(text=text, key=key)
            elif text is not None:  # not "分期的话每个月多少钱？" once the learner said it
                return LineChoice(text=text, key=key)
    if warm is not None:
        return warm
    pool = [
        (k, line)
        for later in stages
        for k, line in untagged(scenario, later, said_figures)
        if told.unanswered_part(line.text, []) == line.text and not presumes(line.text)
    ] or [
        (f"{stage.id}:{i}", line)
        for i, line in enumerate(stage.persona_lines)
        if not line.reveals_goal
    ]
    if not pool:  # a stage whose only line reveals the goal: her opening concern instead
        return LineChoice(text=scenario.opening_line)
    if cool:  # every line said: pushed again, she repeats a doubt, not "你们是不是都这么开场的？"
        pool = [(k, line) for k, line in pool if k.startswith(f"{DOUBTS}:")] or pool
    # nor, asked "还有别的问题吗？", her opening remark again: a line of this stage or a later
    # one, else a doubt she has voiced (「还是三千九百八…」), never the line she has just said
    here, latest = scenario.stage_index(stage.id), said[-1:]
    doubts = [s for s in scenario.stages if s.id == DOUBTS]
    voiced = [(f"{DOUBTS}:{i}", ln) for s in doubts for i, ln in enumerate(s.persona_lines)]
    others = [(k, ln) for k, ln in pool if k not in latest]
    pool = (
        [(k, ln) for k, ln in others if scenario.stage_index(k.partition(":")[0]) >= here]
        or [
            (k, ln)
            for k, ln in voiced
            if k in said and k not in latest and not ln.agrees and not ln.reveals_goal
        ]
        or others
        or pool
    )
    last_said = {k: i for i, k in enumerate(said)}
    key, line = min(pool, key=lambda item: last_said.get(item[0], -1))
    return LineChoice(text=line.text, key=key)
