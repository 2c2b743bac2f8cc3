"""A threat or a false excuse from the learner, and what the customer says to each.

Two things a learner says are neither small talk nor a point of the brief, and she answers them
for what they are (not with her next script line, nor with "你扯别的干什么？"):

- **threat**: something bad done to her, or befalling her, if she does not go along (「您要是再
  嚷嚷，我就叫保安了」, "If you don't upgrade now, I'll have to put you in the noisy room next to
  the lift", "If you cancel, you'll lose your email address"). She takes offence, doubts it and
  asks for someone in charge.
- **excuse**: the fault put on the system, the area or the costs (「这个是系统排号出了问题，不是医生
  的错」, 「价格高是因为房租涨了」, "It's just everyone in your street streaming, not our network").
  She does not believe it and says the fault is still theirs to put right.

A turn that also makes a new point (an excuse, then the refund) gets her answer to the point
after her disbelief; a threat gets her reaction alone (an offer held over her is no offer).
Her reaction said once, the second time is in other words (`AGAIN`), never word for word.
affronts.py holds the other affronts (rudeness, a forced close, a brush-off); those are heard
first (her_line.py).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import replace
from typing import Any, Literal

from graphs.exams import Language
from graphs.practice_dialogue.script_lines import LineChoice
from graphs.scenarios import Scenario

Rebuttal = Literal["threat", "excuse"]

_PATTERNS: dict[tuple[Language, Rebuttal], re.Pattern[str]] = {
    ("zh", "threat"): re.compile(
        r"叫保安|报警|叫警察|拉(?:进)?黑|黑名单|别怪我|后果自负|走着瞧|有[你您]好看|[你您]会后悔"
        # her refusal with a harm attached: 「不升级的话就只能给您安排到电梯边上那间」
        r"|(?:不|别)[^。！？!?]{0,12}(?:的话)?[，,]?[^。！？!?]{0,6}(?:就|可就)只能"
        r"(?:把[你您]|给[你您]|让[你您])(?:安排|调|换|扔|挪)到"
        r"|(?:不|别)[^。！？!?]{0,12}(?:的话)?[，,]?[^。！？!?]{0,6}(?:就|可就)(?:别想|甭想)"
    ),
    ("en", "threat"): re.compile(
        r"\b(?:call|get|fetch) (?:security|the police)\b|\bhave you (?:removed|thrown out)\b"
        r"|\bor else\b|\byou'll (?:be )?sorry\b|\byou'll regret\b"
        # her refusal with a harm attached: "If you don't upgrade, I'll have to put you in…"
        r"|\bif you (?:don't|do not|won't|will not|refuse|cancel|leave|say no)\b[^.!?]{0,60}?"
        r"\b(?:i'll|i will|we'll|we will|you'll|you will|i'm going to|we're going to)"
        r"(?: just| only)?(?: have to)? (?:be stuck|get stuck|lose|be left with|end up stuck"
        r"|be waiting|wait weeks|charge you|cut you off|be cut off|blacklist"
        # a room or place held over her: "put you in the noisy room next to the lift"
        r"|(?:put|move|stick) you (?:in|into|next to|by)\b[^.!?]{0,30}?"
        r"\b(?:noisy|noisiest|worst|smallest|tiny|dark|bins|lift|stairs|kitchen))"
        r"|\botherwise,? (?:i'll|we'll|you'll)(?: have to)? (?:be stuck|lose|put you in the)",
        re.IGNORECASE,
    ),
    ("zh", "excuse"): re.compile(
        r"不是(?:医生|大夫|牙医|技师|教练|店里|门店|公司|店长|我们店|我们医生)(?:的)?(?:错|问题|责任)"
        r"|(?:系统|电脑|网络|机器|设备|软件)(?:排号|排队|叫号|算账|计费)?[^，,。！？!?]{0,4}"
        r"(?:出了?|有)(?:点)?(?:问题|故障|错|毛病|bug)"
        r"|(?:是因为|都是因为|主要是|因为)(?:今年|最近)?(?:房租|成本|物价|人工|租金|原材料)"
        r"(?:涨|上涨|太高|高)"
        r"|不是我们(?:想|愿意|故意)(?:的|涨|收|这样)|怪不(?:得|了)我们"
    ),
    ("en", "excuse"): re.compile(
        r"\bnot (?:the (?:doctor|dentist|hotel|clinic|staff|engineer|system)'s|anyone's) fault\b"
        r"|\b(?:it's|it is|that's|that was|it was) (?:just )?(?:a |the )?(?:system|computer|software)"
        r" (?:error|glitch|problem|fault|issue)\b"
        r"|\bthe (?:system|computer) (?:did|messed|glitched|made|put|got)\b"
        r"|\b(?:it's |it is )?not (?:our|the) (?:network|line|system|equipment|exchange)\b"
        r"|\b(?:just )?(?:everyone|everybody|people) (?:in|on) your (?:street|area|road|building)\b"
        r"|\b(?:because of|due to|it's|it is) (?:the )?(?:congestion|heavy use|demand|the weather)\b"
        r"|\bcongestion (?:in|on) (?:your|the) (?:area|street|road|exchange)\b"
        r"|\bbecause (?:our )?(?:costs|rents?|prices) (?:have |has )?(?:gone up|went up|rose|risen)\b",
        re.IGNORECASE,
    ),
}

REACTIONS: dict[tuple[Language, Rebuttal], str] = {
    ("zh", "threat"): "你这是在威胁我？有这么对客人的吗？把你们负责人叫来。",
    (
        "en",
        "threat",
    ): "Are you threatening me? That's no way to talk to a customer. I'd like a manager.",
    ("zh", "excuse"): "这理由我可不信。不管什么原因，说到底都是你们的事，别往外推。",
    (
        "en",
        "excuse",
    ): "I'm not buying that. Whatever the cause, it's your side of things, so it's yours to fix.",
}

AGAIN: dict[tuple[Language, Rebuttal], tuple[str, ...]] = {
    ("zh", "threat"): ("吓唬我没用。我要找你们负责人说。", "还来这套？我不吃这一套。"),
    ("en", "threat"): (
        "Threats won't change my mind. Get me a manager, please.",
        "Again? Stop it.",
    ),
    ("zh", "excuse"): ("又找理由？我要的是解决办法。", "别再推了，说怎么办。"),
    ("en", "excuse"): ("Another excuse? I want it fixed, not explained away.", "Excuses again."),
}
"""Her reaction the second and third time, in other words (a canned line repeated reads as a
machine)."""


def rebuttal_in(reply: str, language: Language) -> Rebuttal | None:
    """The threat or excuse the learner's turn makes (see the module docstring), or None."""
    text = unicodedata.normalize("NFKC", reply)
    for kind in ("threat", "excuse"):
        rebuttal: Rebuttal = "threat" if kind == "threat" else "excuse"
        if _PATTERNS[language, rebuttal].search(text):
            return rebuttal
    return None


def reaction_to(kind: Rebuttal, language: Language, said_before: Sequence[str]) -> str:
    """Her words to the threat or excuse, not one she has said already."""
    options = (REACTIONS[language, kind], *AGAIN[language, kind])
    fresh = [o for o in options if not any(o in earlier for earlier in said_before)]
    return fresh[0] if fresh else options[-1]


def answer_to(
    scenario: Scenario,
    kind: Rebuttal,
    choice: LineChoice,
    evaluation: dict[str, Any] | None,
    said_before: Sequence[str],
) -> LineChoice:
    """Her line to a threat or excuse, given her scripted `choice`: a correction of a false fact
    stands (it is her reaction); after an excuse, a point the turn newly made still gets its
    answer after her disbelief; otherwise her reaction alone."""
    if choice.corrects:
        return choice
    text = reaction_to(kind, scenario.language, said_before)
    new = (evaluation or {}).get("new_tags", [])
    if kind == "excuse" and choice.answers and choice.answers in new and choice.text not in text:
        space = "" if scenario.language == "zh" else " "
        return replace(choice, text=f"{text}{space}{choice.text}")
    return LineChoice(text=text)
