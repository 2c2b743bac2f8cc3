"""An offer to try first ("先体验一次再决定", "have a look at the suite first"), and her answer.

The learner offering a trial before any decision is asking her something: whether she will try.
Her script may tag that offer under a point whose keywords the learner's wording misses (「要不您先
来上一节体验课，觉得合适再办？」 names no 先体验), and then she answers with whatever line came next
(her work schedule, "The standard room is probably fine for us."): a non sequitur. So, when her
chosen line answers nothing the turn newly made, she answers the trial: with one of her own
unsaid lines about trying when the author wrote one (「…我可以来试试。」), else with a stock line
that takes the trial without saying yes to the deal (her mood and goal rules decide that, not a
trial), warmer when her mood is not below zero.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Any

from graphs.exams import Language
from graphs.practice_dialogue.reply_order import is_offer
from graphs.practice_dialogue.script_lines import LineChoice, keyed
from graphs.scenarios import Scenario

_OFFER: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"先(?:来|去|帮您约|给您约|约)?(?:上|做|试|体验|感受)[^，,。！？!?]{0,12}"
        r"(?:[，,][^。！？!?]{0,8})?(?:再|然后再)(?:办|决定|定|说|考虑|签|买|交)"
        r"|(?:免费)?(?:体验|试(?:练|用|听|上))(?:一下|一次|一节|一周|几天)?[^。！？!?]{0,8}再(?:决定|办|定|说)"
    ),
    "en": re.compile(
        r"\b(?:you|why not|how about|what about)\b[^.!?]{0,30}\b(?:try|test|see|have a look at"
        r"|take a look at|look at|view|check out)\b[^.!?]{0,40}"
        r"\b(?:first|before you (?:decide|commit|sign|choose))\b"
        r"|\bfirst\b[^.!?]{0,50}\b(?:decide|choose|make up your mind) (?:after|afterwards|then)\b"
        r"|\bdecide (?:after that|afterwards|once you've (?:seen|tried))\b",
        re.IGNORECASE,
    ),
}

_TRYING: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"试试|试一下|来试|先体验|体验一次|先看看"),
    "en": re.compile(r"\b(?:try|trial|have a look|see it|look at it|take a look)\b", re.IGNORECASE),
}
"""Her own line about trying (「你要是能先约个体测我可以来试试。」)."""

STOCK: dict[tuple[Language, bool], str] = {
    ("zh", True): "先体验一次倒是可以，体验完我再决定。",
    ("zh", False): "体验可以，不过我先说好，体验完也不一定办。",
    ("en", True): "Have a look first? Alright, I'd like that. Then I'll decide.",
    ("en", False): "A look won't commit me to anything, will it? Fine, but I'm not promising.",
}


def offers_trial(reply: str, language: Language) -> bool:
    """Whether the learner's turn offers her a trial or a look before deciding."""
    return bool(_OFFER[language].search(unicodedata.normalize("NFKC", reply)))


def trial_answer(
    scenario: Scenario,
    choice: LineChoice,
    evaluation: dict[str, Any] | None,
    reply: str,
    said: Sequence[str],
    said_before: Sequence[str],
    mood: int,
) -> LineChoice:
    """Her answer to a trial offered, when her chosen line answers nothing the turn made."""
    language = scenario.language
    if evaluation is None or choice.corrects or not offers_trial(reply, language):
        return choice
    tag = choice.answers or ""
    points = scenario.point_tags()
    whole = _line_text(scenario, choice.key)
    asks_it = _TRYING[language].search(choice.text) and not _takes_trial(choice.text, language)
    if asks_it or (_TRYING[language].search(whole) and not _TRYING[language].search(choice.text)):
        # her question asking for the trial just offered, or that question cut as answered:
        # the rest (分期免息) is not her answer to it
        pass
    elif (
        choice.agrees  # her yes to it: 「周六上午我有空，那就先约个体测…」
        or choice.reveals_goal
        or _takes_trial(choice.text, language)
        or (
            tag in evaluation.get("new_tags", [])
            and tag in points
            and (is_offer(scenario, tag) or points[tag][0] == scenario.end.goal_stage)
        )
    ):
        return choice  # "An engineer? Fine, as long as someone turns up.": she answers it
    # not her week (「先体验一周」 heard as her schedule): that answers no offer
    for stage in scenario.stages:
        for key, line in keyed(stage):
            if (
                key not in said
                and not line.agrees
                and not line.reveals_goal
                and _takes_trial(line.text, language)
            ):
                return LineChoice(text=line.text, key=key)
    stock = STOCK[language, mood >= 0]
    if any(stock in earlier for earlier in said_before):
        return choice
    return LineChoice(text=stock)


def _line_text(scenario: Scenario, key: str | None) -> str:
    """The scripted line `stage:index` as written (empty when there is none)."""
    stage_id, _, index = (key or "").partition(":")
    stage = next((s for s in scenario.stages if s.id == stage_id), None)
    if stage is None or not index.isdigit() or int(index) >= len(stage.persona_lines):
        return ""
    return stage.persona_lines[int(index)].text


def _takes_trial(text: str, language: Language) -> bool:
    """Her words on trying stand in a statement, not in a question asking for the trial the
    learner has just offered (「能先体验一次再说吗？」 to 「先免费体验三天再决定？」)."""
    parts = re.findall(r"[^。！？.!?]+[。！？.!?]*", text)
    return any(_TRYING[language].search(p) and not p.rstrip().endswith(("?", "？")) for p in parts)
