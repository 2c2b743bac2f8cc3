"""A turn answered in full: her line answers each thing the turn put to her, not only the first.

The scripted choice (replies.py) answers one tag. A turn may hold more:
- a request of the trade (her card, a number, a signature, a deposit, her WeChat): she answers it
  first (her_compliance.py); when the rest of the turn asks or offers nothing she has a line for,
  that is all she says (no scripted line about something nobody said);
- a second question in a sentence of its own ("您这次想练出什么效果？一般几点下班？"), or a
  new offer beside what she answered first (the fee waived and a voucher; the freeze offered
  with a question about her trips): her line for it follows the first answer, chosen by the same
  rules (replies.choose_line), if it is a line of its own;
- a small service offered with a yes/no question that names no offer ("Would you like to see it
  first?"): her yes or no follows (her_compliance.small_offer); when the question's "would you
  like" was all that called for her decision, her yes or no is her whole answer.

A turn that lied, pushed or wandered off, and a correction of a false figure, keep her one line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from graphs.practice_dialogue.asking import decision_tags
from graphs.practice_dialogue.her_compliance import compliance, names_the_decision, small_offer
from graphs.practice_dialogue.phrases import question_starts
from graphs.practice_dialogue.reply_order import is_offer
from graphs.practice_dialogue.script_lines import LineChoice, canonical
from graphs.practice_dialogue.signals import sentences
from graphs.practice_dialogue.turn_moves import requests_in
from graphs.practice_dialogue.understanding import understand
from graphs.scenarios import Scenario

Chooser = Callable[[dict[str, Any], list[str]], LineChoice]
"""choose_line with the session's arguments fixed: (evaluation, lines said) -> her line."""


def _questions(scenario: Scenario, reply: str) -> list[tuple[str, list[str]]]:
    """The turn's question sentences, each with what it asks (point tags and topic ids)."""
    return [
        (raw, understand(scenario, raw).asked)
        for raw in sentences(reply)
        if question_starts(raw) is not None or raw.rstrip().endswith(("?", "？"))
    ]


OFFER_STAGE = "presentation"
"""The stage whose points put something on the table (the service, the refund, the suite)."""


def _on_the_table(scenario: Scenario, tag: str) -> bool:
    """A point that offers her something: one of the presentation stage (in a scenario without
    one, any offer point, reply_order.is_offer); acknowledging her doubt is no offer."""
    stage_id, _ = scenario.point_tags()[tag]
    if any(stage.id == OFFER_STAGE for stage in scenario.stages):
        return stage_id == OFFER_STAGE
    return is_offer(scenario, tag)


def _names_an_offer(scenario: Scenario, raw: str) -> bool:
    """The sentence names an offer of the scenario ("Would you like the suite?"): it asks for her
    decision, not about a small service."""
    return any(_on_the_table(scenario, p["tag"]) for p in understand(scenario, raw).points)


def _second(
    scenario: Scenario,
    evaluation: dict[str, Any],
    said: list[str],
    choice: LineChoice,
    questions: list[tuple[str, list[str]]],
    choose: Chooser,
) -> LineChoice | None:
    """Her line for a second question or a second new offer of the turn, or None."""
    if choice.answers is None or choice.key is None or choice.agrees:
        return None
    first = canonical(scenario, choice.answers)
    wanted: list[tuple[str, bool]] = []
    for _, asked in questions:
        named = {canonical(scenario, tag) for tag in asked}
        if asked and first not in named:
            wanted.append((asked[0], True))
    points = scenario.point_tags()
    wanted += [
        (tag, False)
        for tag in evaluation.get("new_tags", [])
        if tag in points and _on_the_table(scenario, tag) and canonical(scenario, tag) != first
    ]
    for tag, asking in wanted:
        sub = {
            **evaluation,
            "asked": [tag] if asking else [],
            "covered": [c for c in evaluation.get("covered", []) if c.get("tag") == tag],
            "new_tags": [tag],
            "topics": [],
        }
        line = choose(sub, [*said, choice.key])
        if (
            line.key is not None
            and line.key not in said
            and line.key != choice.key
            and line.answers is not None
            and canonical(scenario, line.answers) == canonical(scenario, tag)
            and not (line.corrects or line.agrees or line.reveals_goal)
            and line.text not in choice.text
        ):
            return replace(line, text=_brief(_without_shared_opening(scenario, line, choice.text)))
    return None


def _without_shared_opening(scenario: Scenario, line: LineChoice, first: str) -> str:
    """The second line without an opening the first already has ("At 2 pm? A harbour view?…
    At 2 pm? Breakfast for two…": the slot she takes is echoed once)."""
    stage_id, index = (line.key or ":").split(":")
    if not stage_id:
        return line.text
    scripted = scenario.stage(stage_id).persona_lines[int(index)].text
    opening = line.text[: len(line.text) - len(scripted)] if line.text.endswith(scripted) else ""
    return scripted if opening and first.startswith(opening) else line.text


_SENTENCES = re.compile(r".+?(?:[。！？!?]+\s*|\.\s+|$)", re.DOTALL)
"""A sentence of her line as written (her punctuation kept)."""


def _brief(text: str) -> str:
    """A second answer without the questions of her own that follow its opening ("A harbour
    view? That does sound nice. How much more are we talking about?" after the price was given
    keeps the first two): the second part of a turn gets a brief answer."""
    kept: list[str] = []
    for sentence in _SENTENCES.findall(text):
        if kept and sentence.rstrip().endswith(("?", "？")):
            break
        kept.append(sentence)
    return "".join(kept).strip() or text


def answered_in_full(
    scenario: Scenario,
    evaluation: dict[str, Any] | None,
    said: list[str],
    choice: LineChoice,
    reply: str,
    *,
    crossed: bool,
    willing: bool,
    at_ease: bool,
    choose: Chooser,
    angry: bool = False,
) -> LineChoice:
    """Her line with the answers to the rest of the turn (see the module docstring); `willing`:
    she would say yes to the offer (a deposit for it she pays), `at_ease`: her mood is 0 or more
    (a small service she takes), `angry`: her mood is at ANGRY or below (a bare signature she
    declines)."""
    if evaluation is None or crossed or choice.corrects:
        return choice
    language = scenario.language
    questions = _questions(scenario, reply)
    before = []
    requests = requests_in(scenario, reply)
    if requests:
        before.append(compliance(requests, language, willing=willing, angry=angry))
    after = []
    second = _second(scenario, evaluation, said, choice, questions, choose)
    if second is not None:
        after.append(second.text)
    decision = {canonical(scenario, tag) for tag in decision_tags(scenario)}
    small_asked: set[str] = set()  # what the small offers' generic "would you like" named
    for raw, asked in questions:
        named = {canonical(scenario, tag) for tag in asked}
        if named - decision or requests_in(scenario, raw) or _names_an_offer(scenario, raw):
            continue
        if names_the_decision(scenario, raw):
            continue  # "Do you want to stay?" asks the deal: her line answers it, willing or not
        yes_or_no = small_offer(raw, language, at_ease=at_ease)
        if yes_or_no is not None:
            after.append(yes_or_no)
            small_asked |= named
    if not before and not after:
        return choice
    joiner = " " if language == "en" else ""
    answers = canonical(scenario, choice.answers) if choice.answers else None
    asked_elsewhere = {
        canonical(scenario, tag) for raw, asked in questions for tag in asked
    } - small_asked
    if answers in small_asked and answers not in asked_elsewhere:
        # "Would you like me to email you a summary?" asks for no decision: her yes or no is
        # the answer, not her yes to the offer
        choice = LineChoice(text="")
    if choice.answers is None and (before or after):
        # her next scripted line answers nothing the turn said: what she was asked is her answer
        return LineChoice(text=joiner.join([*before, *after]))
    keys = (second.key,) if second is not None and second.key else ()
    text = joiner.join([*before, choice.text, *after])
    return replace(choice, text=text, more_keys=(*choice.more_keys, *keys))
