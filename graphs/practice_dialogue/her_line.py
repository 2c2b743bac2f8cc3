"""The customer's next line: the scripted choice (replies.py) after her pressed question or her
question of how soon, her parting words and leave-taking, her reaction before it, then the model's
wording when a model is configured. `persona_turn` and the wrap-up in `advance` (nodes.py) call it.
"""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from graphs.context import FlowContext
from graphs.errors import InvalidInput
from graphs.practice_dialogue import persona
from graphs.practice_dialogue.affronts import affront_in
from graphs.practice_dialogue.after_yes import weighs_the_offer
from graphs.practice_dialogue.agreed_again import CONFIRMED
from graphs.practice_dialogue.asked_again import asked_again
from graphs.practice_dialogue.courtesies import courtesy_reaction, friendly_follow_up
from graphs.practice_dialogue.doubt_open import doubt_left_open
from graphs.practice_dialogue.fact_notes import noted_fact
from graphs.practice_dialogue.first_hearing import offered_before
from graphs.practice_dialogue.full_answers import answered_in_full
from graphs.practice_dialogue.given_up import her_answer
from graphs.practice_dialogue.gone import still_leaving
from graphs.practice_dialogue.granted import request_granted
from graphs.practice_dialogue.her_questions import pressed_question
from graphs.practice_dialogue.her_set_lines import (
    LEAVING_DISPLEASED as LEAVING_DISPLEASED,
)
from graphs.practice_dialogue.her_set_lines import (
    LEAVING_UNDECIDED as LEAVING_UNDECIDED,
)
from graphs.practice_dialogue.her_set_lines import NOTHING_ELSE, PARTING, UNRESOLVED
from graphs.practice_dialogue.her_times import wrong_booking
from graphs.practice_dialogue.in_kind import affront_reaction, breach_reaction, refused_signature
from graphs.practice_dialogue.journey_questions import journey_question
from graphs.practice_dialogue.last_stance import takes_back
from graphs.practice_dialogue.messages import chat_message
from graphs.practice_dialogue.no_repeats import unrepeated
from graphs.practice_dialogue.not_known import pressed_for_answer
from graphs.practice_dialogue.off_brief_pitches import pitched
from graphs.practice_dialogue.offers_put import (
    OFFER_STAGE,
    asked_about_her,
    of_the_offer,
    of_the_welcome,
    offered,
    something_offered,
)
from graphs.practice_dialogue.phrases import farewell_in
from graphs.practice_dialogue.question_forms import question_kind
from graphs.practice_dialogue.reminders import new_offer_made, with_reminder
from graphs.practice_dialogue.replies import choose_line
from graphs.practice_dialogue.reveal import goal_earned
from graphs.practice_dialogue.script_lines import LineChoice
from graphs.practice_dialogue.state import PracticeState
from graphs.practice_dialogue.threats_excuses import answer_to, rebuttal_in
from graphs.practice_dialogue.try_first import trial_answer
from graphs.practice_dialogue.vague_times import how_soon, pressed_on_time
from graphs.scenarios import Scenario, Stage


def stage_of(scenario: Scenario, state: PracticeState) -> Stage:
    """The session's current stage (a scenario edited under a running session says so)."""
    try:
        return scenario.stage(state["stage"])
    except KeyError:
        raise InvalidInput(
            f"scenario {scenario.id!r} changed during this session: it has no stage "
            f"{state['stage']!r} any more; start a new session"
        ) from None


ANGRY = -3


async def answer(
    state: PracticeState, runtime: Runtime[FlowContext], *, parting: bool = False
) -> dict[str, Any]:
    """Her next line (`parting`: her answer to the wrap-up after her yes, the session's last)."""
    scenario = runtime.context.library.get(Scenario, state["scenario"])
    stage = stage_of(scenario, state)
    said = list(state.get("lines_said", []))
    evaluations = state["turn_evaluations"]
    last = evaluations[-1] if evaluations else None
    earned = goal_earned(scenario, state["mood"], state.get("covered", {}), evaluations)
    crossed = last is not None and bool(
        last.get("pushy") or last.get("forbidden") or last.get("off_topic")
    )
    learner_said = "\n".join(e["text"] for e in state["transcript"] if e["role"] == "learner")
    said_before = [e["text"] for e in state["transcript"] if e["role"] == "persona"]
    previous = said_before[-1] if said_before else None
    reply = next((e["text"] for e in reversed(state["transcript"]) if e["role"] == "learner"), "")
    affront = None
    if last is not None and not state.get("agreed"):
        # she says no yes to it either; a claim's own correction still comes first (corrects)
        affront = affront_in(reply, scenario.language)
        if affront is None and pitched(scenario, last, reply):
            affront = "selling"  # a new package pitched to a customer with a grievance
    # a threat or a false excuse: she answers it for what it is (threats_excuses.py)
    rebuttal = None
    if last is not None and affront is None and not state.get("agreed"):
        rebuttal = rebuttal_in(scenario, reply)
    crossed = crossed or affront is not None or rebuttal is not None
    pressed = pressed_question(scenario, said, previous, last, reply)
    reminder = None
    if pressed is not None and not crossed and new_offer_made(scenario, last):
        # her answer to the new offer, then her open question (reminders.py)
        reminder, pressed = pressed, None
    soon = how_soon(scenario, last, reply, said_before)
    choice = pressed_on_time(pressed, soon, scenario.language)  # 过几天: how soon, then the rest
    if choice is None and not crossed:  # "Anything else?" with her question open: asked_again.py
        choice = asked_again(said, previous, reply, scenario.language)
    # "I don't know exactly how much": she presses for it, though taken for small talk
    unknown = None
    if choice is None and last is not None and affront is None and not last.get("pushy"):
        unknown = pressed_for_answer(previous, reply, scenario.language)
    choice = choice or unknown
    crossed = crossed and unknown is None
    if choice is None and not crossed:
        # "您要是这周能抽出时间来，那就先体验一次": what she asked for, granted (granted.py)
        choice = request_granted(previous, reply, scenario.language)
    # she never says yes on a turn that pressured, lied or wandered off, nor before anything
    # was offered ("您平时 schedule 怎么样" asks about her week, not for her decision)
    willing = (
        state["mood"] >= scenario.end.goal_mood
        and not crossed
        and offered(scenario, state.get("covered", {}), learner_said)
        # the first offer, put to her in the same turn, gets her question first (first_hearing.py)
        and offered_before(scenario, state.get("covered", {}), last)
        # pressing a question of hers, she commits to nothing ("定金我交。你先回答我：…" no more)
        and pressed is None
        and reminder is None
        # her price doubt unanswered, a bare "Do you want it?" wins nothing (doubt_open.py)
        and not doubt_left_open(scenario, previous, last, reply)
    )

    def choose(evaluation: dict[str, Any] | None, lines_said: list[str]) -> LineChoice:
        return choose_line(
            scenario,
            stage,
            evaluation,
            lines_said,
            goal_earned=earned,
            deflections_used=state.get("deflections", 0),
            learner_said=learner_said,
            willing=willing,
            reply=reply,
            said_before=said_before,
            offered_yet=something_offered(scenario, state.get("covered", {})),
        )

    heard = last
    if (affront or rebuttal) is not None and last is not None:
        # an affront cools her as a push does: no pleased opening, no buying question after it
        heard = {**last, "pushy": [*last.get("pushy", []), affront or rebuttal]}
    choice = noted_fact(scenario, choice or choose(heard, said), said, heard, reply)
    if state.get("agreed") and weighs_the_offer(scenario, choice):
        # her yes given, the offer is not weighed again: she confirms (after_yes.py)
        choice = LineChoice(text=CONFIRMED[scenario.language])
    if not parting:
        # the rest of the turn: a request at the desk, a second question or offer, a small
        # service offered (full_answers.py)
        choice = answered_in_full(
            scenario,
            heard,
            said,
            choice,
            reply,
            crossed=crossed,
            # her money or signature only once someone asked about her: 「定金我交。」 came right
            # after 「你说了半天，还没说到我关心的。」 (session 13); a remedy put to her needs no asking
            willing=willing and asked_about_her(scenario, state.get("covered", {})),
            at_ease=state["mood"] >= 0,
            choose=choose,
            angry=state["mood"] <= ANGRY,
        )
    # 先体验一次再决定: whether she will try, though the evaluator took it for small talk
    tried = choice
    if not parting and last is not None and not state.get("agreed") and heard == last:
        crossed_line = last.get("pushy") or last.get("forbidden")
        tried = (
            choice
            if crossed_line
            else trial_answer(scenario, choice, last, reply, said, said_before, state["mood"])
        )
    taken = tried is not choice  # on her matter: no small-talk rebuke
    if taken:
        choice, crossed = tried, False
    if reminder is not None:
        choice = with_reminder(choice, reminder, scenario.language)
    reaction = None if unknown is not None or taken else state.get("reaction")
    journey_answered = False
    kind = crossing(last)
    if affront is not None:
        # 「您这身材也该练练了」, 「刷卡还是扫码？」: she answers the rudeness or the close forced
        # on her, not as small talk ("你说这些跟我有什么关系？" no more): affronts.py
        reaction = affront_reaction(affront, reply, scenario.language)  # to what was said
        kind = affront
        if affront == "selling" and of_the_offer(scenario, choice.key):
            # nothing about the offer after "I'm not here to buy anything else" ("Hm. What else
            # comes with it?", "The standard room is probably fine" no more): her reaction is
            # her line
            if any(reaction in earlier for earlier in said_before):
                reaction = persona.AGAIN[(scenario.language, "selling")][0]  # in other words
            choice, reaction = LineChoice(text=reaction), None
    elif rebuttal is not None:
        choice, reaction, kind = answer_to(scenario, rebuttal, choice, last, said_before), None, ""
    elif crossed and not choice.corrects and (own := breach_reaction(scenario, last, said_before)):
        # "I'll just put it on your card": she answers the charge, not the claim rule's line
        # again (nor "I've already said that…" once that is said): in_kind.py
        reaction = own
    elif last is not None and (
        (kind == "off_topic" and last.get("off_topic"))
        # not a question of her matter, though held back ("Do you still want to cancel?" shares
        # her "still cheaper": no "It was fine, thanks.")
        or (friendly_follow_up(reply, said_before, scenario.language) and not last.get("unasked"))
    ):
        # "How are you today?", 「还有什么想问的吗？」: a courtesy, not small talk; "How was the
        # drive up?" after her "Long drive": the report no longer takes it for small talk,
        # she still says a friendly word (courtesies.py)
        asked_journey = journey_question(reply, scenario.language) is not None
        courtesy = courtesy_reaction(
            reply, scenario.language, mood=state["mood"], said_before=said_before
        )
        if courtesy is not None:
            reaction = courtesy or None
            # asked how the drive was in the welcome, she answers it before the welcome's
            # own line ("Not too bad, thanks for asking. Thank you, nice to be here at last.")
            journey_answered = bool(courtesy) and not crossed and asked_journey
    # after the learner's goodbye she asks nothing more ("…enjoy your stay" is not answered with
    # "What do you need from me?" nor "A harbour view?"): a line that asks gives way to her
    # parting words
    asks_after_goodbye = farewell_in(reply) and any(mark in choice.text for mark in "?？")
    goodbye_only = (
        not parting
        and last is not None
        and farewell_in(reply)
        and not (last.get("asked") or last.get("covered") or last.get("questions"))
        and not last.get("dismissal")
    )
    wandered = crossed and affront is None and crossing(last) == "off_topic"
    # sent off displeased with nothing offered: a thanks or "come again" in the goodbye
    # settles nothing ("好吧，态度还算可以" after six turns of small talk no more)
    sent_off = (
        not parting
        and farewell_in(reply)
        and state["mood"] < 0
        and not state.get("agreed")
        and not state.get("covered", {}).get(OFFER_STAGE)  # its own thanks offers nothing
        and pressed is None  # sent home with her question open, she presses it
        and last is not None
        and not last.get("dismissal")
        and not last.get("asked")
        # a goodbye, at most with the closing's own words ("I can help you with the
        # cancellation" is no goodbye, whatever farewell word it holds)
        and all(c.get("stage") == scenario.end.goal_stage for c in last.get("covered", []))
    )
    if goodbye_only and wandered and state["mood"] <= ANGRY:
        # sent off after nothing but small talk while she is angry: she says it is not over
        choice = LineChoice(text=UNRESOLVED[scenario.language])
        reaction, crossed = None, False
    elif (goodbye_only and not crossed) or sent_off:
        # nothing offered, nothing to think over: "I'll think about it" from a customer who
        # called to cancel and was only chatted to reads as a script
        undecided = state["mood"] >= 0 and something_offered(scenario, state.get("covered", {}))
        leaving = LEAVING_UNDECIDED if undecided else LEAVING_DISPLEASED
        choice = LineChoice(text=leaving[scenario.language])
        reaction, crossed = (None, False) if sent_off else (reaction, crossed)
    gave_up = None
    if last is not None and not parting and not state.get("agreed") and pressed is None:
        # "我们就是这个价，没办法便宜", "I'll put the cancellation through" (given_up.py)
        gave_up = her_answer(scenario, reply, last, said_before)
    if gave_up is not None:
        choice, reaction = LineChoice(text=gave_up), None
    gone = (
        None
        if parting or state.get("agreed")
        else still_leaving(previous, last, said_before, scenario.language)
    )
    if gone is not None:  # 「行吧，那我先走了。」 then 「嗯。」: no new concern (gone.py)
        choice, reaction, crossed = LineChoice(text=gone), None, False
    if (
        state.get("agreed")
        and not crossed
        and question_kind(reply, scenario.language) == "anything-else"
        and not choice.answers
    ):  # "Anything else I can help with?" after her yes: nothing else, not her next concern
        choice = LineChoice(text=NOTHING_ELSE[scenario.language])
    # "Anything else?" in the wrap-up gets "nothing else", the closing question's own answer
    nothing_else = choice.text == NOTHING_ELSE[scenario.language]
    # after her yes the wrap-up raises no new doubt (「这些别家也都有吧，有什么不一样的？」 to the
    # booking confirmed, P15, P16), nor her not-yet (last_stance.py) streamed before it is replaced
    asks_anew = (choice.text.rstrip().endswith(("?", "？")) and not choice.corrects) or takes_back(
        scenario, choice.text
    )
    if (
        parting
        and not nothing_else
        and (crossed or not choice.answers or choice.key in said or asks_after_goodbye or asks_anew)
    ):
        choice, reaction, crossed = LineChoice(text=PARTING[scenario.language]), None, False
    elif state.get("agreed") and asks_anew and not crossed:  # asked to confirm: her yes stands
        choice, reaction = LineChoice(text=CONFIRMED[scenario.language]), None
    rebooked = state.get("agreed") and wrong_booking(reply, said_before, scenario.language)
    if rebooked:  # "周六上午我有空" then 「约周四晚上八点」: not her time (her_times.py)
        choice, reaction, crossed = LineChoice(text=rebooked, corrects=True), None, False
    if ((choice.answers and not crossed) or choice.corrects) and not journey_answered:
        # her answer is her reaction ("嗯，你这态度还行。道歉有什么用？" no more); a correction
        # of a false figure is too ("That's not true… That's not what your website says" no more)
        reaction = None
    if kind == "pushy" and crossed and reaction and of_the_welcome(scenario, choice):
        # pushed, she objects and leaves the welcome's small business be ("I said, please don't
        # push me. Yes, two nights." read as a yes to "you only need to sign here")
        choice = LineChoice(text="", key=choice.key)
    scripted = persona.with_reaction(
        choice.text,
        reaction,
        said_before,
        crossed=crossed,
        language=scenario.language,
        kind=kind,
        rebuffs=scenario.persona.rebuffs,
    )
    said_it = any(choice.text in earlier for earlier in said_before)  # her own question: once
    # her own question, not a stock line of her script glued to her objection ("There you go
    # again. Is there parking included?" to a guarantee): a script line counts if it answers
    stock = choice.key is not None and not choice.answers
    asks = choice.text.rstrip().endswith(("?", "？")) and not stock
    asked_her = (asks or pressed is not None) and not said_it
    if (wandered or (crossed and reaction)) and not (
        choice.answers or choice.corrects or asked_her
    ):
        # small talk, a push, a lie or an argument that asks her nothing: her rebuke alone, no
        # script line answering none of it ("That's not true. I just want this sorted, honestly.")
        rebuke = persona.with_reaction(
            "",
            reaction,
            said_before,
            crossed=True,
            language=scenario.language,
            kind=kind,
            rebuffs=scenario.persona.rebuffs,
        ).strip()
        scripted = rebuke or scripted
        if crossed and not state.get("agreed"):  # 「您签个字，别再闹了」: no signature either
            refusal = refused_signature(reply, scenario.language)
            scripted = f"{scripted}{'' if scenario.language == 'zh' else ' '}{refusal}".strip()
    scripted = unrepeated(scripted, said_before, scenario.language)  # never word for word
    if runtime.context.offline:
        persona.stream_in_chunks(scripted)
        line = scripted
    else:
        line = await persona.model_line(
            runtime.context.models,
            scenario,
            stage,
            state["mood"],
            state["transcript"],
            scripted,
            evaluation=last,
            goal_earned=earned,
        )
    entry = {"role": "persona", "text": line, "turn": state["turn"], "stage": stage.id}
    if choice.answers:
        entry["answers"] = choice.answers
    update: dict[str, Any] = {
        "transcript": [*state["transcript"], entry],
        "messages": [chat_message("persona", line)],
        "lines_said": [*said, choice.key, *choice.more_keys] if choice.key else said,
        "reaction": None,
    }
    if last is not None and choice.key is None:
        update["deflections"] = state.get("deflections", 0) + 1
    if choice.reveals_goal:
        update["goal_revealed"] = True
    if choice.agrees:
        update["agreed"] = True  # her yes is the goal, whatever stage the learner is in
    return update


def crossing(evaluation: dict[str, Any] | None) -> str:
    """What line the learner's turn crossed, for her reaction's wording (persona.AGAIN)."""
    if evaluation is None:
        return ""
    if evaluation.get("pushy"):
        return "pushy"
    return "claim" if evaluation.get("forbidden") else "off_topic"
