"""Which scripted line answers the learner: the offline customer's choice, and the model's cue.

The last learner turn's evaluation says what it asked about (`asked`), which points it made
(`covered`) and which topics it touched. The customer answers, in that order of preference, the
first of those that a persona line is tagged with (`answers`) and that she has not said yet: a
question first, then a point the learner made, then a topic. Once the reveal rule is met, a line
that `reveals_goal` for a tag the turn asked about or a point it made comes first; for a topic it
only mentioned it comes after the answers to the points (a new offer still gets its answer
before she opens up; before the rule is met it is never said); otherwise lines of the current
stage come before the others, in stage order. A tag she has answered already is not answered
again with another of its lines (she does not say "no special goal" after telling her goal), but a
question about it gets the earlier answer again ("我刚才说了，…"), unless the reveal line has just
been earned. A question she has no line for, or may not answer yet, gets a deflection. When the
turn asked nothing a line answers (or was off topic, or made a forbidden claim: she reacts to the
claim and answers none of it), she says her untagged lines in stage order (script_lines.py).

Her lines stay true to what was said: a line quoting an offer's figure the learner has not said is
not said (script_lines.py); a line that `agrees` to the decision is said only when her mood has
reached the goal mood and the turn crossed no line (otherwise a hesitation tagged the same); a
false figure for one of the scenario's `facts` gets the fact's `line` (she corrects it, never
accepts it; the correction is her reaction, no generic one goes before it); so does a forbidden
claim with a `line` (私教课免费 gets the two trial sessions, "exit fee" the ended contract). A
half remedy (退一半) gets what is still missing (part_offers.py); a courtesy of the trade,
her own answer to it (rapport.py). Of the points a statement made, the new ones come first, offers
(points of the stages between the opening and the goal stage) before courtesies and closing words
("congratulations… we do have a suite" is answered about the suite), the furthest on first. A
tagged answer replaces a friendly reaction line ("嗯，你这态度还行。道歉有什么用？" no more); after
pressure, a claim or small talk the reaction stays.

Four rules keep her on what was said (read from the learner's words, not only the tags):
- she does not ask what she has been told: a question of her line the learner has answered in the
  session (退多少？多久能到账？ after "退120元，三个工作日内到账") is left out, with what follows it;
  the line is not said when nothing but an echo is left (her_questions.py);
- a proposal ("您看可以吗？", "Would that work for you?") asks for the offer the turn just made or
  for her decision, before any topic it mentions in passing (asking.py);
- a question that names no point or topic ("Is it for work?") gets the unsaid line sharing most
  of its words, one about her doubts one of her doubts, one about a time a line naming a time, and
  "anything else?" her next concern, before her script (asking.py, question_forms.py);
- a slot the learner proposes (这周日下午三点, Thursday evening) is the one her answer names: her
  line's own time gives way to it, a hesitation repeats it first (times.py).

The line chosen is then fitted to the turn (fitted_lines.py: no rehash in her first reply, no
stale echo or untold day, no false yes, the slot proposed). A question of hers the learner moved
past is asked again once: her_questions.pressed_question.
The order of a turn's tags is reply_order.py's; the rest of a turn (a request at the desk, a
second question or offer) is answered around this line by full_answers.py; a proposal gets no
yes she does not mean (false_yes.py). A line is named by `stage:index` in `lines_said`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from graphs.exams import Language
from graphs.practice_dialogue.agreed_again import answer_again, without_opener
from graphs.practice_dialogue.asking import (
    closest_line,
    decision_tags,
    names_time,
    proposal_asks,
    unnamed_question,
)
from graphs.practice_dialogue.figure_news import figure_heard
from graphs.practice_dialogue.figures import figures
from graphs.practice_dialogue.fitted_lines import fitted_to_turn
from graphs.practice_dialogue.goal_then_yes import with_yes
from graphs.practice_dialogue.her_compliance import small_service_only
from graphs.practice_dialogue.her_corrections import corrected_before, corrections_for
from graphs.practice_dialogue.her_corrections import correction as correction  # re-exported
from graphs.practice_dialogue.her_questions import Told
from graphs.practice_dialogue.no_repeats import asks_about
from graphs.practice_dialogue.offers_made import (
    asks_if_done,
    names_unmade_offer,
    remedy_told,
)
from graphs.practice_dialogue.open_asks import open_figure_asks
from graphs.practice_dialogue.part_offers import part_offered, still_missing
from graphs.practice_dialogue.point_halves import names_unsaid_half
from graphs.practice_dialogue.presumed import presumes_an_offer, presumes_unsaid
from graphs.practice_dialogue.question_forms import (
    last_question,
    question_kind,
    times_only,
)
from graphs.practice_dialogue.rapport import courtesy_line
from graphs.practice_dialogue.reply_order import (
    is_offer,
    met_by_offer,
    past_the_welcome,
    undercut,
    wanted_tags,
)
from graphs.practice_dialogue.reveal import reveal_tags, tells_on_asking, tells_unasked
from graphs.practice_dialogue.script_lines import (
    DOUBTS,
    LineChoice,
    echoes_turn,
    from_current,
    in_stage_order,
    keyed,
    lines_for,
    quotes_unsaid,
    said_line,
)
from graphs.practice_dialogue.signals import TurnText, sentences
from graphs.practice_dialogue.thinking_over import leaves_only_it, undecided_or_leaving
from graphs.practice_dialogue.too_good import doubted
from graphs.practice_dialogue.turn_moves import asks_decision
from graphs.practice_dialogue.untold_terms import names_untold_term
from graphs.scenarios import PersonaLine, Scenario, Stage

DEFLECTIONS: dict[Language, tuple[str, ...]] = {
    "zh": ("这个先不说了，你接着讲。", "这个跟我要办的事有什么关系？"),
    "en": ("Let's not get into that.", "I'm not sure that matters right now."),
}


def _ranked(
    candidates: list[tuple[str, PersonaLine]], stage: Stage, goal_earned: bool
) -> list[tuple[str, PersonaLine]]:
    allowed = [(k, line) for k, line in candidates if goal_earned or not line.reveals_goal]
    return sorted(
        allowed,
        key=lambda item: (not item[1].reveals_goal, not item[0].startswith(f"{stage.id}:")),
    )


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
    said_before: Sequence[str] = (),
    offered_yet: bool = True,
) -> LineChoice:
    """The customer's answer to the learner's last turn (the opening line before any turn).

    `learner_said` is everything the learner has said so far: a line quoting an offer's figure
    is said only once the learner has said that figure, a question of hers the learner has
    answered in it is not asked (her_questions.py). Unless `willing` (her mood has reached the
    goal mood), a line that `agrees` is never said. `reply` is the learner's last turn: a
    proposal in it asks for the offer it made or her decision, a question no point names gets
    the line sharing its words (asking.py), a slot it proposes is the one she answers
    (times.py). `said_before` are her lines so far: a correction she has made is not made again.
    `offered_yet`: something was offered (offers_put.something_offered); before that, no line
    weighs an offer nor doubts one, and small talk or a push gets none of its stage or later."""
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
        said_before=said_before,
        offered_yet=offered_yet,
    )
    if evaluation is None:
        return choice
    return fitted_to_turn(
        scenario, choice, evaluation, said, learner_said, reply, said_before, offered_yet
    )


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
    said_before: Sequence[str] = (),
    offered_yet: bool = True,
) -> LineChoice:
    if evaluation is None:
        return LineChoice(text=scenario.opening_line)
    said_figures = figures(learner_said, scenario.language)
    said_text = TurnText.of(learner_said, scenario.language)
    told = Told(scenario, learner_said)

    def presumes(text: str) -> bool:  # "你们每次都说改进" when nobody said improve
        return (
            presumes_unsaid(text, reply, scenario.language)
            # nor 「那现在到底怎么弄？」 after the refund, its timing and the voucher
            or remedy_told(scenario, text, reply, learner_said)
            or names_untold_term(scenario, text, learner_said)  # "within a month" unsaid
            or (not offered_yet and presumes_an_offer(text, scenario.language))  # "What else…"
        )

    # a 200元 voucher where 100 is the most, a free massage, "I guarantee…": she doubts it
    doubted_offer = doubted(scenario, evaluation, reply, said_before)
    if doubted_offer is not None:
        return doubted_offer
    # a false figure or fact: she says what she knows is true (her_corrections.py)
    corrected = corrections_for(scenario, evaluation, reply, said_before, told)
    if corrected is not None:
        return LineChoice(text=corrected, answers="fact", corrects=True)
    part = part_offered(scenario, reply)
    if part is not None and not evaluation.get("off_topic") and not evaluation.get("forbidden"):
        # a half remedy (退一半): she says what is still missing, not her next complaint
        return LineChoice(text=still_missing(part, scenario.language), answers=part.tag)
    claims = evaluation.get("forbidden") and not corrected_before(scenario, evaluation, said_before)
    if (courtesy := courtesy_line(scenario, evaluation.get("rapport"))) and not claims:
        return LineChoice(text=courtesy)  # "Did you stop for lunch?" at the desk: rapport.py
    if not evaluation.get("off_topic") and not claims:
        asked, made = wanted_tags(scenario, evaluation, reply)
        if offered_yet:
            asked = past_the_welcome(scenario, stage.id, asked)
            made = past_the_welcome(scenario, stage.id, made)
        offers = {t for t in scenario.point_tags() if is_offer(scenario, t)}
        new_offers = [t for t in evaluation.get("new_tags", []) if t in offers]
        asked = proposal_asks(scenario, reply, asked, new_offers, offers)
        if small_service_only(scenario, reply, offers, said_text):
            # "…or would you like a dinner recommendation?" before any offer asks no decision
            # ("I don't know yet. The standard room is probably fine" no more)
            asked = [t for t in asked if t not in decision_tags(scenario)]
        kind = question_kind(reply, scenario.language)
        # "anything else?" once every offer is made asks whether they are done: her decision
        asks_her_yes = any(asks_decision(scenario, s) for s in sentences(reply)) or (
            kind == "anything-else" and asks_if_done(scenario, learner_said, said)
        )
        deciding = asks_her_yes and all(t == "anything-else" for t in asked)
        if deciding:  # "您看今天能定吗？", "I'll just renew you now, OK?": where she stands
            asked = decision_tags(scenario)
        made = [t for t in made if t not in asked]

        open_asks = open_figure_asks(scenario, said, told)  # 多久能到账？ unanswered: no yes

        def usable(line: PersonaLine) -> bool:
            return (
                not quotes_unsaid(scenario, line, said_figures)
                and (willing or not line.agrees)
                and not (
                    line.agrees and (names_unmade_offer(scenario, line, said_text) or open_asks)
                )
                and not names_unsaid_half(scenario, offers, line.text, said_text)
                and not presumes(line.text)
                # "Forty-five for the occasion?" when nobody asked about one (reveal.py)
                and not tells_unasked(scenario, line, said_text, said)
            )

        if leaves_only_it(scenario, reply, asked, made):
            # "那您再考虑考虑吧": where she stands, not her script's next line (thinking_over.py)
            decisions = decision_tags(scenario)
            if undecided := undecided_or_leaving(scenario, decisions, said, usable, offered_yet):
                return undecided
        if kind == "anything-else" and not asks_her_yes:
            # "还有别的需要我们处理的吗？": her next concern, unless the turn also put the
            # remedy to her (「这样处理您能接受吗？还有别的…」 gets where she stands)
            return in_stage_order(scenario, stage, said, said_figures, told, presumes=presumes)
        question = None if deciding else unnamed_question(scenario, reply)
        if question is None and kind in ("doubt", "when") and not asked:
            question = last_question(reply)  # its words name a point the evaluation held back
        if question is not None:  # a question no point or topic names
            unsaid = [
                (k, line)
                for stage_ in from_current(scenario, stage)
                for k, line in keyed(stage_)
                if k not in said
                and usable(line)
                and (goal_earned or not line.reveals_goal)
                # no reaction to an offer nobody made ("营业到十一点？" unsaid by the learner)
                and not names_unmade_offer(scenario, line, said_text)
                and told.unanswered_part(line.text, list(line.answers)) == line.text
            ]
            if kind == "doubt":  # "您还犹豫什么呢？": what holds her back
                unsaid = [(k, line) for k, line in unsaid if k.startswith(f"{DOUBTS}:")]
            elif kind == "when":  # "When does it get bad?": a line that names a time
                unsaid = [(k, ln) for k, ln in unsaid if names_time(ln.text, scenario.language)]
            best = closest_line(scenario, question, unsaid)
            if best and kind != "when" and times_only(question, best[1].text, scenario.language):
                best = None  # small talk sharing "night" with "two nights" asks nothing of it
            if best is None and kind is not None and unsaid:
                best = unsaid[0]
            if best is not None:
                return said_line(best, best[1].answers[0] if best[1].answers else "")
        repeat: LineChoice | None = None
        points = scenario.point_tags()
        if goal_earned:
            # earned: she opens up on what the turn asked or the points it made (a line that
            # answers the offer itself), not on a word it only mentioned: "Loyalty price 31"
            # names the cost, but the new offers get their answer first
            deciding_now = bool(asked[:1]) and asked[0] in decision_tags(scenario)
            for tag in reveal_tags(scenario, asked, [t for t in made if t in points], said, usable):
                for key, line in lines_for(scenario, tag):
                    if (
                        line.reveals_goal
                        and key not in said
                        # an offer has met the sum she names: she answers the offer instead
                        # (asked about it first, she still says it)
                        and (asked[:1] == [tag] or not met_by_offer(scenario, line, learner_said))
                    ):
                        revealed = said_line((key, line), tag)
                        if deciding_now and tag != asked[0]:
                            # asked for her decision ("So shall I book the engineer and the 31
                            # pound price?"): her goal, then her yes, not the goal alone
                            return with_yes(scenario, revealed, asked[0], said, usable)
                        return revealed
        for tag in [*asked, *made]:
            all_lines = [
                (k, line)
                for k, line in lines_for(scenario, tag)
                if usable(line)
                and (tag in asked or tag in points or not tells_on_asking(scenario, line))
            ]
            ranked = _ranked(all_lines, stage, goal_earned)
            fresh = [
                (k, line)
                for k, line in ranked
                if k not in said
                # a sum she would pay, or one she balks at ("Fifty-five a night on top…"), is
                # not said once the learner has offered less
                and (
                    asked[:1] == [tag]
                    or not line.reveals_goal
                    or not met_by_offer(scenario, line, learner_said)
                )
                and not undercut(scenario, line, learner_said)
            ]
            earlier = [(k, line) for k, line in all_lines if k in said]
            said_of = earlier[-1][1].text if earlier else ""
            news = [(k, ln) for k, ln in fresh if echoes_turn(ln, reply, scenario.language)]
            if earlier and news:  # 「营业到十一点？」 once the hours are said, after the subway
                return said_line(news[0], tag)
            yes = [(k, line) for k, line in fresh if line.agrees and tag in asked]
            if earlier and yes:  # won over since: her yes, not "As I said, I don't know yet"
                return said_line(yes[0], tag)
            if earlier:  # answered already: a question gets the answer again
                # not "As I said…" to "Do you know any good books?" (no_repeats.py)
                if tag in asked and repeat is None and asks_about(scenario, tag, reply, said_of):
                    key, line = earlier[-1]
                    repeat = LineChoice(
                        text=answer_again(line, without_opener(line.text), scenario.language),
                        key=key,
                        answers=tag,
                    )
                continue
            for key, line in fresh:
                text = told.unanswered_part(line.text, list(line.answers))
                if text is not None:
                    return said_line((key, line), tag, text)
        if repeat is not None:
            return repeat
        # "Thirty-one a month?" to the 31 said now, no point credited (figure_news.py)
        heard = (
            None
            if evaluation.get("covered")
            else figure_heard(scenario, stage, reply, said, usable)
        )
        if heard is not None:
            return heard
        if asked:
            pool = scenario.persona.deflections or list(DEFLECTIONS[scenario.language])
            return LineChoice(text=pool[deflections_used % len(pool)])
    # small talk moves her no nearer a decision than a push does (no 「你要是能先约个体测我可以来
    # 试试」 after six turns of it), and before any offer she reacts to none
    wandered = bool(evaluation.get("off_topic"))
    cool = bool(evaluation.get("forbidden") or evaluation.get("pushy")) or wandered
    return in_stage_order(
        scenario,
        stage,
        said,
        said_figures,
        told,
        cool=cool,
        presumes=presumes,
        nothing_offered=cool and not offered_yet,  # pushed before any offer, too
        no_offer_yet=not offered_yet,
        answered_before=len(said_before) > 1,
    )
