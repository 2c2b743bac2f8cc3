"""Learner questions known by their form, not by a scenario's keywords.

- A proposal asks the customer for a yes ("您看可以吗？", "Would that work for you?", "Shall I
  book it?"); one about the talk itself ("咱们聊两分钟？", "Have you got a minute?") asks for her
  time, no decision.
- Some questions say what they want: her next concern ("还有别的需要我们处理的吗？", "Anything
  else?"), her doubts ("您还犹豫什么呢？", "What's holding you back?"), a time ("When does it get
  bad?", "哪天方便？").
- A question to her is on the scenario's subject, though it names none of its words, when it
  proposes what was said ("就按这几条办，您看行吗？"), asks about her doubts, points back to what
  she said ("When does it get bad?") or asks about coming over ("您哪天方便过来？").
- A question about the purpose of her visit ("Any particular reason for the trip?", "What's the
  occasion?", 「这次过来是有什么安排吗？」) asks about her, though it names no "purpose":
  `asks_purpose` tells it for the crediting of a point that asks it (no small talk).
"""

from __future__ import annotations

import re
from typing import Literal

from graphs.exams import Language
from graphs.practice_dialogue.phrases import question_starts
from graphs.practice_dialogue.signals import sentences
from graphs.practice_dialogue.subject import content_words, shared_words

PROPOSAL = {
    "zh": re.compile(
        r"(?:可以吗|行吗|好吗|好不好|行不行|可不可以|这样怎么样|您看怎么样|成吗|合适吗|方便吗|"
        r"您看呢|你看呢|要不要)\s*[?？]?\s*$"
    ),
    "en": re.compile(
        r"\b(?:would that work|does that work|would that suit|does that suit|does that sound|"
        r"how does that sound|sound good|is that ok(?:ay)?|is that all right|are you happy|"
        r"happy with that|shall i|shall we|would you like|do you want|can i go ahead|"
        r"work for you|suit you|want me to)\b",
        re.IGNORECASE,
    ),
}
"""The forms of a question that asks for a yes (zh: its ending; en: anywhere in it)."""
ABOUT_THE_TALK = {
    "zh": re.compile(r"聊|几分钟|两分钟|一会儿|耽误"),
    "en": re.compile(r"\b(?:a minute|a moment|a quick word|a chat|talk)\b", re.IGNORECASE),
}
"""A proposal about the conversation itself, not the deal: it asks for no decision."""


REFERS_BACK = {
    "zh": re.compile(r"这样|这么|这几|这个|那就|就按|刚才"),
    "en": re.compile(r"\b(?:that|it|this|these|them)\b", re.IGNORECASE),
}
"""Words that point back to what the conversation is about."""


def last_question(reply: str) -> str | None:
    """The reply's last question sentence."""
    for sentence in reversed(sentences(reply)):
        if sentence.endswith(("?", "？")) or question_starts(sentence) is not None:
            return sentence
    return None


def proposal_in(reply: str, language: Language) -> str | None:
    """The reply's proposal: its last question, when that asks for a yes (None for a proposal
    about the talk itself)."""
    for sentence in reversed(sentences(reply)):
        asks = sentence.endswith(("?", "？")) or question_starts(sentence) is not None
        if asks and PROPOSAL[language].search(sentence):
            return None if ABOUT_THE_TALK[language].search(sentence) else sentence
        if asks:
            return None  # the turn's last question asks something else
    return None


_CLAUSE_BREAK = re.compile(r"[，,：:；;]")


def asks_for_time(reply: str, language: Language) -> bool:
    """Whether the reply's last question proposes to talk ("咱们聊两分钟？", "Got a minute?"),
    read in the clause that asks: "价格的事我们一会儿细说，我想先问问您：…想达到什么效果呢？"
    asks about her goal, the 一会儿 belongs to an aside."""
    for sentence in reversed(sentences(reply)):
        if sentence.endswith(("?", "？")) or question_starts(sentence) is not None:
            asking = _CLAUSE_BREAK.split(sentence.rstrip("?？ "))[-1]
            return bool(ABOUT_THE_TALK[language].search(asking))
    return False


def refers_back(sentence: str, language: Language) -> bool:
    """Whether a proposal points back to what was said ("就按这几条办，您看行吗？")."""
    return bool(PROPOSAL[language].search(sentence) and REFERS_BACK[language].search(sentence))


QuestionKind = Literal["anything-else", "doubt", "when"]
"""Questions whose form says what they want: her next concern ("还有别的需要我们处理的吗？",
"Anything else I can do?"), her doubts ("您还犹豫什么呢？", "What's holding you back?"), a time
("When does it get bad?", "哪天方便？")."""
KINDS: dict[QuestionKind, dict[str, re.Pattern[str]]] = {
    "anything-else": {
        "zh": re.compile(r"还有(?:别的|什么|其他|其它)|别的(?:需要|要求|问题)"),
        "en": re.compile(r"\b(?:anything|something) else\b|\bwhat else\b", re.IGNORECASE),
    },
    "doubt": {
        "zh": re.compile(r"犹豫|顾虑|纠结|担心什么|还差什么|哪里不放心|什么不放心"),
        "en": re.compile(
            r"\bhesitat|\bholding you back\b|\bworr(?:y|ied|ies)\b|\bconcerns?\b|\bunsure\b|"
            r"\bdoubts?\b|\bput(?:s|ting)? you off\b|\bstopping you\b",
            re.IGNORECASE,
        ),
    },
    "when": {
        "zh": re.compile(r"什么时候|啥时候|几点|哪天|哪一天|什么时间"),
        "en": re.compile(r"\bwhen\b|\bwhat time\b|\bwhich day\b", re.IGNORECASE),
    },
}


def question_kind(reply: str, language: Language) -> QuestionKind | None:
    """The kind of the reply's last question, when its form says what it wants."""
    question = last_question(reply)
    if question is None:
        return None
    for kind, patterns in KINDS.items():
        if patterns[language].search(question):
            return kind
    return None


POINTS_BACK = {
    "zh": re.compile(r"这件事|这种情况|那时候|过来办|到店|来店|来一趟"),
    "en": re.compile(
        r"\b(?:when|how often|how long) (?:does|did|is|was|has) (?:it|that)\b|\bcome (?:in|by)\b",
        re.I,
    ),
}
"""A question to her about what she said ("When does it get bad?"; not "is it electric?", which
may be about her car) or about coming over to do the business ("哪天方便过来办？")."""


def on_subject(sentence: str, language: Language) -> bool:
    """Whether a question to her is on the subject by its form (see the module docstring)."""
    return (
        refers_back(sentence, language)
        or bool(KINDS["doubt"][language].search(sentence))
        or bool(POINTS_BACK[language].search(sentence))
    )


PURPOSE: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"(?:这次|这趟|今天)?(?:来|过来|到这)(?:是|主要是)?(?:为了|有|办)?(?:什么|啥)(?:事|安排|"
        r"打算|目的|计划)|来意|(?:出差|办事|旅游|度假)还是"
        # 这趟是出差还是出去玩？, 这次是给自己订还是陪家人？: the trip's purpose put as a choice
        r"|(?:这次|这趟|此行)(?:是|主要是)?(?:为了|去|给|陪)?[^，,。？?]{0,8}还是"
    ),
    "en": re.compile(
        r"\breason for (?:the|your|this) (?:trip|visit|stay|journey)\b|\bwhat(?:'s| is) the "
        r"(?:occasion|reason for)\b|\bwhat (?:brings|brought) you\b|\b(?:business|work) or "
        r"(?:pleasure|leisure)\b|\bcelebrating (?:anything|something)\b|\bhere (?:on|for) "
        r"(?:business|work|pleasure|a holiday|anything special)\b|\bwhat(?:'s| is) the trip for\b"
        # "Is this trip for work or something nicer?", "Are you off on holiday or for work?"
        r"|\b(?:is|was) (?:this|the|your) (?:trip|visit|stay|journey|holiday|break|booking|hire)"
        r" (?:for (?:work|business|pleasure|a holiday|something|anything)|(?:for|a|an) [^.!?]{1,30}?\bor\b)"
        r"|\b(?:work|business) or (?:pleasure|leisure|something|a holiday|a break|fun)\b",
        re.IGNORECASE,
    ),
}
"""A question about the purpose of her visit, in any words."""


def asks_purpose(sentence: str, language: Language) -> bool:
    """Whether the sentence is a question about the purpose of her visit or stay."""
    asks = sentence.rstrip().endswith(("?", "？")) or question_starts(sentence) is not None
    return asks and bool(PURPOSE[language].search(sentence))


_TIME_WORDS = re.compile(
    r"^(?:morning|afternoon|evening|night|nights|weekend|weekends|today|tonight|yesterday|week"
    r"|上午|下午|晚上|早上|中午|昨天|今天|昨晚|今晚|周末)$",
    re.IGNORECASE,
)


def times_only(question: str, line: str, language: Language) -> bool:
    """Whether the words a question shares with a line are only words of a day or a time of
    day: "…the football match last night?" is not about "Yes, two nights." (replies.py)."""
    shared = shared_words(content_words(question, language), line.lower(), language)
    return bool(shared) and all(_TIME_WORDS.match(w) for w in shared)
