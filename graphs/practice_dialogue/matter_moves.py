"""Moves on her matter that name none of the scenario's words: the learner acting on it, telling
her what to do about it, or asking whether anything of hers is left.

A turn that does one of these is about her visit, whatever its vocabulary, and is never small
talk (understanding.py): she answers what it does.

- A commitment: the learner or the business undertakes to do something to her matter ("Right,
  I'll get you disconnected then.", "We'll make sure you're seen on time next visit.",
  「以后您再约，我们争取准点给您看」): I/we with will, can or an undertaking word, then an act on
  her, on "it"/"that", or on the scenario's subject.
- An instruction to her about her matter: what she has to do ("You'll need to settle the bill
  first.", 「您先去把钱结了」, 「要不您先把单签了」); hospitality (「您先坐」, a drink) is not one.
- A price off: the learner offering her a discount (「给您打对折」, "I'll knock a third off"),
  whatever figure it names.
- Directions: where a thing of her visit is ("The lift is on the left, past reception.",
  「更衣室在二楼左手边」): the desk showing her the way, a service.
- A closing question: whether anything of hers is left ("Is there anything else I can do for
  you?", 「您还有什么想了解的吗？」), unless it asks for more chat.

Said in a sentence about the weather or the learner's own day (chat_words.CHAT) it is none.
"""

from __future__ import annotations

import re
import unicodedata

from graphs.exams import Language
from graphs.practice_dialogue.beyond_offers import DISCOUNT
from graphs.practice_dialogue.chat_words import CHAT
from graphs.practice_dialogue.question_forms import question_kind
from graphs.scenarios import Scenario

_EN_SUBJECT = r"\b(?:i|we)(?:'ll| will| can| could| shall|'m going to| am going to|'re going to| are going to)"
_EN_HEDGES = (
    r"(?:(?:just|now|then|certainly|definitely|happily|gladly|also|personally|try(?: not)? to"
    r"|make sure(?: to)?|do (?:my|our) best to|not)\s+)*"
)
_EN_TRADE_ACTS = (
    r"(?:process|cancel|terminate|close|book|arrange|schedule|reschedule|refund|waive|credit"
    r"|reverse|log|raise|file|submit|escalate|approve|confirm|amend|change|sort|fix|handle)"
)
COMMITMENTS: dict[Language, re.Pattern[str]] = {
    "en": re.compile(
        _EN_SUBJECT
        + r"\s+"
        + _EN_HEDGES
        # the act, then whom or what it is done to: her, her matter, "it"/"that"
        + r"(?!tell\b|talk\b|chat\b|show you (?:my|some|a photo))"
        r"(?:(?:[a-z]+(?:\s+(?:up|through|out|off))?\s+)?(?:you|your|it|that|this|everything)\b"
        # a phrasal act on a thing of hers: "put the refund through", "send the engineer out"
        r"|[a-z]+\s+the(?:\s+[a-z]+){1,2}\s+(?:through|in|off|out|up|over|back|ahead)\b"
        # an act of the trade on "the ...": "process the transfer", "cancel the order"
        rf"|{_EN_TRADE_ACTS}\s+the\b)",
        re.IGNORECASE,
    ),
    "zh": re.compile(
        r"(?:我们?|咱们)(?:这边|店里|诊所|公司)?(?:以后|下次|之后)?"
        r"(?:会|尽量|争取|一定|保证|马上|这就|立刻|现在就|肯定|负责|来)"
        r"[^，。！？,.!?]{0,12}[您你]"
        r"|(?:下次|以后|之后)[^，。！？,.!?]{0,8}(?:我们?|咱们)[^，。！？,.!?]{0,4}"
        r"(?:会|尽量|争取|一定|保证)"
        # doing it for her now: 「我帮您把手续办了」, 「我把单子给您打出来」
        r"|(?:我们?|咱们)(?:这就|现在|马上)?(?:帮|给|替)[您你]把"
        r"|(?:我们?|咱们)把[^，。！？,.!?]{1,8}(?:给|帮|替)[您你]"
    ),
}
"""The learner or the business undertaking to act on her matter."""

INSTRUCTIONS: dict[Language, re.Pattern[str]] = {
    "en": re.compile(
        r"\byou(?:'ll| will)? (?:need|have|ought) to (?:first )?"
        r"(?:pay|sign|settle|fill|wait|bring|show|call|ring|return|cancel|book|confirm|provide"
        r"|send|give|hand|queue|put|make|register|finish)\b"
        r"|\byou'd better (?:pay|sign|settle|wait|call|ring|cancel|book|confirm)\b"
        r"|(?:^|[,.!?]\s*)(?:please |just |first,? )?(?:pay|settle|sign) (?:the|your|it|this|that|here|first)\b",
        re.IGNORECASE,
    ),
    "zh": re.compile(
        r"[您你](?:就|还是|最好|得|需要|必须|要|先|先去|先来)+(?:去|来)?"
        r"(?:把|交|付|缴|结|签|填|排|等|办|预约|挂号|联系|打|拿|回|找|去)"
    ),
}
"""An instruction to her about her matter (what she must do, pay or sign first)."""
DIRECTIONS: dict[Language, re.Pattern[str]] = {
    "en": re.compile(
        r"\b(?:is|are|'s|'re)\s+(?:just\s+|right\s+|straight\s+)?(?:on|to)\s+(?:the|your)\s+"
        r"(?:left|right)\b|\b(?:is|are|'s|'re)\s+(?:just\s+)?(?:upstairs|downstairs|on the (?:\d+"
        r"(?:st|nd|rd|th)|ground|first|second|third|fourth|fifth|sixth|top) floor|(?:just )?past (?:the"
        r" )?(?:reception|desk|bar|lobby|lifts?|stairs)|(?:at|down) the end of the (?:hall|corridor))"
        r"|\b(?:turn|go) (?:left|right)\b"
        r"|\b(?:is|are|'s|'re)\s+(?:just\s+|right\s+)?(?:a?round the corner|next to the|opposite the"
        r"|across from the|by the (?:lifts?|stairs|entrance|door|desk))\b",
        re.IGNORECASE,
    ),
    "zh": re.compile(
        r"在(?:您的?)?(?:左手边|右手边|左边|右边|左侧|右侧|楼上|楼下|[一二三四五六七八九十\d]+楼|走廊尽头|前台(?:旁边|后面|对面))"
        r"|(?:往|向)(?:左|右|前)(?:走|拐|转)|(?:左|右)(?:转|拐)"
    ),
}
"""Directions to a thing of her visit: where the lift, her room, the changing room is."""
_HOSPITALITY = re.compile(
    r"坐|喝|吃|歇|休息|\b(?:sit|drink|coffee|tea|water|relax)\b", re.IGNORECASE
)
_CHAT_ASKED = re.compile(r"\bchat|\btalk about\b|聊|闲谈", re.IGNORECASE)


def _text(sentence: str) -> str:
    return unicodedata.normalize("NFKC", sentence).lower()


def commits(sentence: str, language: Language) -> bool:
    """Whether the sentence undertakes to act on her matter (see the module docstring)."""
    return bool(COMMITMENTS[language].search(_text(sentence)))


def instructs(sentence: str, language: Language) -> bool:
    """Whether the sentence tells her what to do about her matter; hospitality is none."""
    text = _text(sentence)
    found = INSTRUCTIONS[language].search(text)
    return found is not None and not _HOSPITALITY.search(text[found.start() : found.end() + 4])


def closes_with_question(sentence: str, language: Language) -> bool:
    """Whether the sentence asks whether anything of hers is left ("Anything else I can help
    with?", 「您还有别的问题吗？」), not for more chat."""
    text = _text(sentence)
    return question_kind(text, language) == "anything-else" and not _CHAT_ASKED.search(text)


def on_her_matter(scenario: Scenario, sentence: str) -> bool:
    """Whether the sentence acts on her matter by what it does (module docstring)."""
    language = scenario.language
    if CHAT[language].search(sentence):
        return False
    return (
        commits(sentence, language)
        or instructs(sentence, language)
        or closes_with_question(sentence, language)
        or DIRECTIONS[language].search(_text(sentence)) is not None
        or DISCOUNT[language].search(sentence) is not None
    )
