"""What the learner's question asks of the customer when the understanding names no point for it.

Two kinds of question carry their meaning in their form, not in a scenario's keywords:

- a proposal ("您看可以吗？", "Would that work for you?", "要不今天就办了吧？") asks her to say yes or
  no. When the turn has just put a new offer on the table and the proposal names nothing else
  ("I can send an engineer Thursday morning. Would that work for you?"), it asks about that offer:
  she answers the offer, she does not agree to the whole deal. Otherwise it asks for her decision:
  the tags of the lines the author wrote for her yes (`agrees`) and of the goal stage's questions,
  so a hesitation tagged the same answers it when she is not ready. A proposal about the talk itself
  ("咱们聊两分钟？", "Have you got a minute?") asks for no decision.
- any other question that names no point or topic ("Is it for work?", "您约的是下午两点，张医生，对
  吗？") is answered by the line of hers that shares most of its words (I work from home…; 我约的下午
  两点，张医生给我洗的…), when one shares any; a question about her doubts by one of her doubts
  (the objections stage's lines), a question about a time by a line that names one ("When does it
  get bad?": …in the evening), nearest the current stage first (question_forms.py tells the
  kinds; replies.py picks from her unsaid lines).
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.practice_dialogue.question_forms import (
    ABOUT_THE_TALK,
    asks_for_time,
    last_question,
    proposal_in,
)
from graphs.practice_dialogue.signals import TurnText
from graphs.practice_dialogue.subject import content_words, shared_words
from graphs.practice_dialogue.times import slots_in
from graphs.practice_dialogue.understanding import understand
from graphs.scenarios import PersonaLine, Scenario


def decision_tags(scenario: Scenario) -> list[str]:
    """The tags that answer a call for her decision: those of her yes lines, then the goal
    stage's questions (made by asking)."""
    tags: list[str] = []
    for stage in scenario.stages:
        for line in stage.persona_lines:
            if line.agrees:
                tags += [t for t in line.answers if t not in tags]
    goal = scenario.stage(scenario.end.goal_stage)
    for index, point in enumerate(goal.points):
        tag = scenario.point_tag(goal.id, index)
        if point.by_asking and tag not in tags:
            tags.append(tag)
    return tags


def closest_line(
    scenario: Scenario, question: str, lines: list[tuple[str, PersonaLine]]
) -> tuple[str, PersonaLine] | None:
    """Of the lines, the one sharing most words with the question (none shares any: None)."""
    language = scenario.language
    wanted = content_words(question, language)
    best: tuple[int, tuple[str, PersonaLine]] | None = None
    for key, line in lines:
        shared = len(shared_words(wanted, line.text.lower(), language))
        if shared and (best is None or shared > best[0]):
            best = (shared, (key, line))
    return best[1] if best else None


def talk_tags(scenario: Scenario) -> list[str]:
    """The points about the talk itself (方便聊几分钟, 耽误您): what "咱们聊两分钟？" asks."""
    pattern = ABOUT_THE_TALK[scenario.language]
    return [
        scenario.point_tag(stage_id, index)
        for stage_id, index in dict.fromkeys(scenario.point_tags().values())
        if any(pattern.search(k) for k in scenario.stage(stage_id).points[index].keywords)
    ]


def proposal_asks(
    scenario: Scenario, reply: str, asked: list[str], new_offers: list[str], offers: set[str]
) -> list[str]:
    """What the turn asks, read with its proposal: the offer it just made, or her decision,
    first (see the module docstring); `offers` are the tags of every point that offers
    something, `new_offers` those the turn made for the first time."""
    if asks_for_time(reply, scenario.language):  # "咱们聊两分钟？": her time, not the price
        first = talk_tags(scenario)
        return [*first, *(t for t in asked if t not in first)]
    proposal = proposal_in(reply, scenario.language)
    if proposal is None:
        return asked
    decisions = decision_tags(scenario)
    # the points as the understanding hears them: 体测 in "来做个体测" is the next step, no offer
    named = [p["tag"] for p in understand(scenario, proposal).points]
    if any(t not in offers and t not in decisions for t in named):
        return asked  # "Would you like to tell me why?" asks about her reason
    if set(named) & set(decisions):
        # "帮您约个周日的体测，您看可以吗？", "分期的话每月三百三，您看可以接受吗？": what it
        # names, in the understanding's order; her decision even when the evaluation held the
        # question back as too early ("今天就把手续办了吧，您看可以吗？")
        return [*asked, *(t for t in decisions if t not in asked)]
    if any(t in new_offers for t in named):  # "Our 500 Mb plan is 36 a month. Would you like it?"
        first = [t for t in named if t in new_offers]
    elif named:  # an offer made before, proposed again: her decision
        first = decisions
    else:  # "…Thursday morning. Would that work for you?": the offer just made, or the deal
        first = new_offers or decisions
    return [*first, *(t for t in asked if t not in first)]


def unnamed_question(scenario: Scenario, reply: str) -> str | None:
    """The reply's last question when it names no point or topic ("Is it for work?") and
    proposes nothing."""
    question = last_question(reply)
    if question is None or proposal_in(reply, scenario.language) is not None:
        return None
    text = TurnText.of(question, scenario.language)
    words = [
        w
        for stage in scenario.stages
        for point in stage.points
        for w in point.keywords or [point.text]
    ] + [w for topic in scenario.topics for w in topic.keywords]
    return None if any(text.find(w) for w in words) else question


TIME_OF_DAY = {
    "zh": re.compile(r"上午|下午|晚上|早上|中午|傍晚|夜里|周[一二三四五六日末]|星期"),
    "en": re.compile(r"\b(?:morning|afternoon|evening|night|weekend)s?\b", re.IGNORECASE),
}
"""Words of a time of day or a day, besides a slot (times.py)."""


def names_time(text: str, language: Language) -> bool:
    """Whether a line names a time of day or a day (晚上九点以后, in the evening, Thursday)."""
    return bool(slots_in(text, language) or TIME_OF_DAY[language].search(text))
