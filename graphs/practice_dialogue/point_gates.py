"""When a point heard in a turn does not count yet: the gates `evaluation.finish` applies.

A decision asked before anything was offered asks permission to talk, one put as an ultimatum
is wrung out of her; a recap before any offer
confirms something else, and one announced with nothing said back makes none; a point about the rival needs the rival in the turn; a deal declared settled without her yes confirms nothing she agreed
to; an acknowledgement of the price concern before any price came up
acknowledges something else; thanks once the goal stage is complete is the wrap-up, not small
talk.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from graphs.practice_dialogue.consent import CONSENT_CLAIM
from graphs.practice_dialogue.conversation import stage_complete
from graphs.practice_dialogue.cue_families import FAMILIES
from graphs.practice_dialogue.deal_lines import demands_in
from graphs.practice_dialogue.phrases import farewell_in, farewell_words, question_starts
from graphs.practice_dialogue.point_hearing import THANKS
from graphs.practice_dialogue.price_raised import price_raised
from graphs.practice_dialogue.promises import names_an_offer
from graphs.practice_dialogue.signals import TurnText, sentences
from graphs.practice_dialogue.ultimatums import ultimatums_in
from graphs.practice_dialogue.understanding import Understanding
from graphs.practice_dialogue.unmade_kinds import RIVAL_NAMED, RIVAL_POINT
from graphs.practice_dialogue.unmade_sums import PRICE_POINT
from graphs.scenarios import Scenario, Stage
from graphs.text.terms import find_numbers

DECISION_PRESSED = re.compile(
    r"\byes or no\b|\bis (?:that|it) a yes\b|\b(?:or not|or what|then)\s*\?|到底|"
    # 要不要 presses only of the business (要不要办), not of a glass of water (要不要喝杯水)
    r"([办买签订定])(?:还是)?不\1|要不要(?:办|买|签|订|定|续|报)",
    re.IGNORECASE,
)
"""A question that presses for the decision: never a request for permission to talk. English
presses as Chinese does (那您到底办不办？): "Shall I just keep you on then?", "…or not?"."""


def wraps_up(
    scenario: Scenario,
    covered_before: dict[str, list[int]],
    understanding: Understanding,
    reply: str,
) -> bool:
    """Thanks or a goodbye with no question, once the goal stage is complete (the decision is
    made): the wrap-up. Before that, "好的好的，您慢走" walks away from her concern."""
    goal = scenario.stage(scenario.end.goal_stage)
    return (
        stage_complete(goal, covered_before)
        and not understanding.small_talk_questions
        and any(farewell_in(s) for s in sentences(reply))
    )


def _offered(scenario: Scenario, stage_id: str, index: int) -> bool:
    """A point that puts something on the table: not asked, beyond the opening, before the goal."""
    position = scenario.stage_index(stage_id)
    goal = scenario.stage_index(scenario.end.goal_stage)
    return 0 < position < goal and not scenario.stage(stage_id).points[index].by_asking


def decision_too_soon(
    scenario: Scenario,
    point: dict[str, Any],
    covered_before: dict[str, list[int]],
    covered: list[dict[str, Any]],
    reply: str,
) -> bool:
    """A question of the goal stage asked before anything was offered ("耽误您几分钟可以吗？" in
    the first turn) asks permission to talk, not for the customer's decision. A question that
    presses for the decision (So yes or no?, 您到底办不办？) and one asking it again once it was
    asked are the decision asked, whenever they come."""
    if point["stage"] != scenario.end.goal_stage:
        return False
    if not scenario.stage(point["stage"]).points[point["index"]].by_asking:
        return False
    if point["index"] in covered_before.get(point["stage"], []):
        return False
    if DECISION_PRESSED.search(reply):
        return False
    before = any(_offered(scenario, sid, i) for sid, done in covered_before.items() for i in done)
    now = any(_offered(scenario, c["stage"], c["index"]) for c in covered)
    return not (before or now)


def pressed_decision(scenario: Scenario, point: dict[str, Any], reply: str) -> bool:
    """Her decision (a goal-stage point made by asking) in a turn that puts an ultimatum to her
    ("It's gone the moment you hang up, so shall I sign you up? Yes or no?", 「办还是不办？一句
    话。」, ultimatums.py): the decision wrung out of her, flagged as pressure, not credited as
    asked. A tag put to an act ("I'll switch you today, alright?") still asks."""
    if point["stage"] != scenario.end.goal_stage:
        return False
    if not scenario.stage(point["stage"]).points[point["index"]].by_asking:
        return False
    language = scenario.language
    # 「您办还是不办？」, "Staying or not?": the yes demanded bare (deal_lines.py)
    return any(ultimatums_in(s, language) or demands_in(s, language) for s in sentences(reply))


RECAP_POINT = re.compile(r"confirm|recap|复述|确认|总结", re.IGNORECASE)
"""A goal-stage point that confirms the deal (by its text): "Confirm the details of the change"."""


ADMISSION = re.compile(r"承认|道歉|acknowledg|apologi[sz]e", re.IGNORECASE)
"""A point that admits the fault or the loss (by its text): it puts nothing on the table."""


def on_table(scenario: Scenario, stage_id: str, index: int) -> bool:
    """An offer made, for a recap: not a point of a stage where the learner finds things out
    (核对收费明细 checks the bill; it offers nothing to confirm)."""
    stage = scenario.stage(stage_id)
    if ADMISSION.search(stage.points[index].text):
        return False  # 再次承认问题并回应时间损失 owns the fault: nothing to confirm back
    return _offered(scenario, stage_id, index) and not any(p.by_asking for p in stage.points)


def recap_too_soon(
    scenario: Scenario,
    point: dict[str, Any],
    covered_before: dict[str, list[int]],
    covered: list[dict[str, Any]],
    reply: str,
) -> bool:
    """A goal-stage point that confirms the deal, made before anything was offered and naming
    nothing the learner may offer, confirms something else: "Your booking for two nights is
    confirmed" in the welcome is no "Confirm the details of the change"; "a text confirming the
    visit and the new price" is."""
    if point["stage"] != scenario.end.goal_stage or not RECAP_POINT.search(point["text"]):
        return False
    if scenario.stage(point["stage"]).points[point["index"]].by_asking:
        return False  # her decision asked: decision_too_soon's
    before = any(on_table(scenario, sid, i) for sid, done in covered_before.items() for i in done)
    now = any(on_table(scenario, c["stage"], c["index"]) for c in covered)
    # a question of fact before any offer ("我想先确认一下：…没有跟您说过要另外收费，对吗？")
    # checks what happened; it confirms no deal, whatever it names
    asks = any(question_starts(line) is not None for line in sentences(reply))
    named = names_an_offer(scenario, TurnText.of(reply, scenario.language))
    return not (before or now or (named and not asks))


def before_any_price(
    scenario: Scenario,
    stage: Stage,
    point: dict[str, Any],
    covered_before: dict[str, list[int]],
    covered: list[dict[str, Any]],
    understanding: Understanding,
    reply: str,
    her_lines: Sequence[str],
) -> bool:
    """A point about her price concern ("acknowledge the price concern") made only with words of
    the phrase families ("I hear you") of a stage the conversation has not reached, before any
    price or her price objection came up, acknowledges something else (the long drive). Once a
    price has come up it counts in whichever stage the session is in: a learner who skipped a
    question she had already answered is still heard (price_raised.py). In its own stage or after
    it, her concern is on the table."""
    if point["tag"] not in understanding.said_in_passing:
        return False
    if not PRICE_POINT.search(point["text"]):
        return False
    if scenario.stage_index(point["stage"]) <= scenario.stage_index(stage.id):
        return False
    named = [c for c in covered if c["tag"] not in understanding.said_in_passing]
    return not price_raised(scenario, covered_before, named, reply, her_lines)


def settled_unasked(scenario: Scenario, point: dict[str, Any], forbidden: list[str]) -> bool:
    """A goal-stage point that confirms the deal, in a turn that acts for her without her yes
    ("So that's settled, I'll send the contract over." before she agreed: consent.py's claim):
    an assumptive close, not the next steps confirmed with her."""
    return (
        point["stage"] == scenario.end.goal_stage
        and bool(RECAP_POINT.search(point["text"]))
        and any(CONSENT_CLAIM.search(c) for c in forbidden)
    )


DECLARED_SETTLED = re.compile(
    r"就这么定了|就这样定了|就这么办了|就这么说定了|那就这样吧|\b(?:that's|it's) (?:settled|sorted|"
    r"a done deal)\b|\bdone deal\b",
    re.IGNORECASE,
)
"""The deal declared settled by the learner ("那就这么定了，您签个字确认一下")."""


def declared_not_recapped(scenario: Scenario, point: dict[str, Any], reply: str) -> bool:
    """A goal-stage point that confirms the deal, in a turn that declares it settled and says
    back nothing of it (no figure, no question to her): "那就这么定了，您签个字确认一下"
    confirms nothing she agreed to."""
    return (
        point["stage"] == scenario.end.goal_stage
        and bool(RECAP_POINT.search(point["text"]))
        and bool(DECLARED_SETTLED.search(reply))
        and not re.search(r"\d|[一二两三四五六七八九十百]+(?:元|块|个工作日|天)", reply)
        and question_starts(reply) is None
    )


def recap_unsaid(scenario: Scenario, point: dict[str, Any], reply: str) -> bool:
    """A goal-stage point that confirms or sums up, in a turn that says back nothing: no figure,
    no offer named and no cue of any other point ("我帮您把刚才说的梳理一遍。" announces a recap
    and makes none; "我帮您梳理一下：您想减脂、下班晚，分期最合适" makes it)."""
    if point["stage"] != scenario.end.goal_stage or not RECAP_POINT.search(point["text"]):
        return False
    if scenario.stage(point["stage"]).points[point["index"]].by_asking:
        return False  # her decision asked ("您看可以吗？") says nothing back, and needs not
    recap = next(f for f in FAMILIES if f.name == "recap").heard[scenario.language]
    announced = [m for m in recap.finditer(reply)]
    if not announced or question_starts(reply) is not None:
        return False  # no announcement, or the remedy put to her for her yes ("…您看可以吗？")
    after = re.sub(r"[\W_吧啊呀哈]+", "", reply[announced[-1].end() :])
    if after:
        return False  # something follows it: "I'll just read that back: Tuesday at nine…"
    turn = TurnText.of(reply, scenario.language)
    cues = [
        k
        for stage in scenario.stages
        for p in stage.points
        if not (stage.id == scenario.end.goal_stage and RECAP_POINT.search(p.text))
        for k in p.keywords
    ]
    figure = re.search(r"\d|[一二两三四五六七八九十百千]+(?:元|块|个|天|期|次|节|点)", reply)
    return not (figure or names_an_offer(scenario, turn) or turn.said_any(cues))


PRICED_FIGURE = {
    "zh": re.compile(r"(?P<n>\d+(?:\.\d+)?)\s*(?:元|块)"),
    "en": re.compile(
        r"(?:£|\bGBP\s*|\$)(?P<p>\d+(?:\.\d+)?)"
        r"|\b(?P<n>\d+(?:\.\d+)?)\s*(?:pounds?|quid|dollars?|a month|per month|offer|deal)\b",
        re.IGNORECASE,
    ),
}
"""A figure said as a price or an offer ("the 30 pound offer", "£30", "2380元"), not "30 days"."""


def _rival_priced(scenario: Scenario, reply: str) -> bool:
    """The turn names the rival's offer by its price: a priced figure the background gives in a
    sentence about the rival ("a rival offers GBP 30 a month"; "Worth checking whether the 30
    pound offer goes up after six months" speaks of the rival's offer)."""
    named = RIVAL_NAMED[scenario.language]
    rivals = {
        number
        for s in sentences(scenario.background)
        if named.search(s)
        for figure in find_numbers(s)
        # the figure's number alone: "GBP 30" is one figure since session 15, and "£30" says 30
        for number in re.findall(r"\d+(?:\.\d+)?", figure)
    }
    said = {m.group("n") or m.group("p") for m in PRICED_FIGURE[scenario.language].finditer(reply)}
    return bool(rivals & said)


def rival_unnamed(scenario: Scenario, point: dict[str, Any], reply: str) -> bool:
    """A point about the rival ("Compare honestly with the rival offer") in a turn that never
    brings the rival in, by a word or by its price: "Would you like me to set up the visit
    today?" compares no setup fees."""
    return (
        bool(RIVAL_POINT.search(point["text"]))
        and not RIVAL_NAMED[scenario.language].search(reply)
        and not _rival_priced(scenario, reply)
    )


THANKS_POINT = re.compile(r"thank|感谢|谢谢|邀请|再来|invite|come back", re.IGNORECASE)
"""A goal-stage point of thanks or an invitation back (by its text)."""


def goodbye_before_remedy(
    scenario: Scenario,
    point: dict[str, Any],
    covered_before: dict[str, list[int]],
    covered: list[dict[str, Any]],
    reply: str,
) -> bool:
    """Thanks or an invitation back said with a goodbye before anything was put on the table
    ("那您走好，欢迎下次再来" after turns that never touched her matter, "Thanks for staying with
    us, goodbye" before any offer): the door shown, not her feedback thanked."""
    if point["stage"] != scenario.end.goal_stage or not THANKS_POINT.search(point["text"]):
        return False
    said = sentences(reply)
    if not any(set(farewell_words(s)) - THANKS or SEEING_OFF.search(s) for s in said):
        return False
    before = any(_offered(scenario, sid, i) for sid, done in covered_before.items() for i in done)
    now = any(_offered(scenario, c["stage"], c["index"]) for c in covered)
    return not (before or now)


SEEING_OFF = re.compile(r"您?(?:走好|慢走|慢点走|路上小心)|\btake care\b", re.IGNORECASE)
"""Seeing her out (那您走好), besides the goodbyes phrases.farewell_words hears; thanks alone
("谢谢您跟我们提这个意见") take no leave."""
