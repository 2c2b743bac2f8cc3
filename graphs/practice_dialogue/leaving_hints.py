"""The hint once she takes her leave: keep her while she is going, and say so once she has gone.

After 「一点余地都没有？那我还是再去别家看看吧。」 the hint read 「下一步可以：询问健身目标」, and after
「没别的了，我先走了。」 「了解作息和能来锻炼的时间」 (session 24 trainer P17, o3): the next step of
a sale, put to a customer at the door. While she is leaving (her line takes her leave, gone.py),
the hint is what to do now: keep her, ask what matters most, offer a step she can take today or
one that needs no decision (unless her line names what would keep her: `WAY_ON`). Once she has gone (two leave-takings running, gone.seen_off, or a
goodbye after her yes), nothing is left to sell: the hint says she has gone and points to the
report, whose closing line names her last words.
"""

from __future__ import annotations

import re
from typing import Any

from graphs.exams import Language
from graphs.practice_dialogue.gone import seen_off, took_her_leave
from graphs.practice_dialogue.pronouns import customer_words
from graphs.scenarios import Scenario

LEAVING: dict[Language, tuple[str, ...]] = {
    "zh": (
        "客户要走了：先别推下一个要点，挽留{her}，问清{her}最在意什么，再给一个{her}现在就能接受的下一步。",
        "客户要走了：认同{her_pos}顾虑，请{her}留一步，给一个不用马上决定的选择。",
    ),
    "en": (
        "The customer is leaving: don't push the next point; ask what matters most to {her} and"
        " offer a step {she} can take now.",
        "The customer is leaving: acknowledge {her_pos} concern and give {her} a choice that"
        " needs no decision today.",
    ),
}
"""Hints while she is taking her leave, the first not shown yet (feedback.hint_for)."""
GONE: dict[Language, tuple[str, ...]] = {
    "zh": (
        "客户已经走了：这一场可以输入「结束」看报告；下次在{her}要走之前，先回应{her_pos}顾虑。",
        "客户已经走了：输入「结束」结束练习，看看报告里还差哪些要点。",
    ),
    "en": (
        "The customer has gone: type quit (or 结束) to see the report; next time answer"
        " {her_pos} concern before {she} can get up to go.",
        "The customer has gone: end the session (quit or 结束) and read the report for what"
        " is still missing.",
    ),
}
"""Hints once she has gone: the session is over, the report says what was missing."""
WAY_ON: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"(?:要是|如果|只要)[^。！？!?]{0,20}(?:可以|就|能|愿意)"),
    "en": re.compile(
        r"\b(?:if|as long as)\b[^.!?]{0,40}\b(?:i(?:'d| would| could| can| might| will)|i'll)\b",
        re.IGNORECASE,
    ),
}
"""Her leave-taking with a way on named (「我再想想也行，你要是能先约个体测我可以来试试。」): she says
what would keep her, so she is not at the door and the usual hint stands."""


def leaving_hints(
    scenario: Scenario, transcript: list[dict[str, Any]], turn: int, agreed: bool
) -> tuple[str, ...]:
    """The hints due after learner turn `turn` if her reply to it takes her leave (`agreed`: she
    said yes before, so she goes with her decision made), else none."""
    language = scenario.language
    said = [e["text"] for e in transcript if e["role"] == "persona" and e["turn"] <= turn + 1]
    reply = next(
        (e["text"] for e in transcript if e["role"] == "persona" and e["turn"] == turn + 1), None
    )
    if reply is None or not took_her_leave(reply, language) or WAY_ON[language].search(reply):
        return ()
    texts = GONE if agreed or seen_off(said, language) else LEAVING
    who = customer_words(scenario)
    return tuple(text.format(**who) for text in texts[language])
