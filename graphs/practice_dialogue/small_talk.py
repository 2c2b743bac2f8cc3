"""Small talk a scenario word slipped into: the weather and the learner's own day.

understanding.py puts a turn on topic when it says a word of the scenario. Said about the weather
or the learner's own day, the word is no subject: 「今天外面是不是挺冷的？我早上来的时候都快冻僵
了。」 says 早上, a word of 了解作息 in the gym scenario, and speaks of nothing of hers. A turn
none of whose scenario words is said outside such sentences, and that makes no point, no claim,
no pressure and no warm phrase, is small talk (evaluation.py reads it so before the points
are heard, as the issue's off-topic rule asks: no scenario term and no point).

Her pastimes are small talk too (chat_words.PASTIME): 「您平时喜欢看电影吗？」 says 平时, a word of
了解作息, and asks nothing of her hours (unmade_points.py does not credit it), unless the pastime is
the scenario's own subject. So are the learner's own habits told beside them (「我每天下班都要看
两集」, "I watch a couple of episodes every night"): 每天 and 下班 are words of the gym's price
split and hours, but said of the learner's evenings they split no price and ask nothing of hers.

Also here: a turn brought back on topic only by points the evaluator's gates then drop (「哈哈，
不好意思聊远了。您要不要喝杯水？」, heard as asking her decision, point_gates) is still small talk.
"""

from __future__ import annotations

import re
from dataclasses import replace

from graphs.exams import Language
from graphs.practice_dialogue.chat_words import CHAT, PASTIME
from graphs.practice_dialogue.signals import TurnText, sentences
from graphs.practice_dialogue.understanding import Understanding

OWN_HABITS: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"我(?:自己)?(?:每天|每晚|每周|天天|平常|一般|经常|通常|老是|总是)"),
    "en": re.compile(
        r"\bi (?:usually|always|often|normally|tend to)\b"
        r"|\bi (?:watch|read|play|binge|stream)\b[^.!?]{0,30}\bevery (?:day|night|evening|week)\b",
        re.IGNORECASE,
    ),
}
"""The learner's own habits (chat_words.CHAT hears the learner's own day): 我每天…, "I usually"."""


def chat_only(reply: str, language: Language, understanding: Understanding) -> bool:
    """The turn's scenario words are all said in weather or own-day sentences, and it does
    nothing else a trainer credits or faults."""
    u = understanding
    if u.off_topic or not u.subject_terms or u.points or u.claims or u.pushy or u.topics:
        return False
    if u.empathy or u.apology or u.acknowledgement:
        return False
    said = sentences(reply)
    for term in u.subject_terms:
        # a plural term is placed by its singular ("evenings" in "every evening")
        word = term.lower()
        word = word[:-1] if language == "en" and word.endswith("s") else word
        holding = [s for s in said if word in s.lower()]
        # heard in another form by the phrase matcher ("booking" in "any good books?"): placed
        # where the matcher hears it
        holding = holding or [s for s in said if TurnText.of(s, language).find(term)]
        if not holding or not all(_chat(s, language, u.subject_terms) for s in holding):
            return False
    return True


def _chat(sentence: str, language: Language, terms: list[str]) -> bool:
    """About the weather, the learner's own day or her pastimes (not when the pastime is a word
    of the scenario's: films at a cinema)."""
    if CHAT[language].search(sentence) or OWN_HABITS[language].search(sentence):
        return True
    pastime = PASTIME[language].search(sentence)
    if pastime is None:
        return False
    said = pastime.group(0).lower()
    return not any(t.lower() in said or said in t.lower() for t in terms)


def as_small_talk(understanding: Understanding) -> Understanding:
    """The understanding of a turn read as small talk: its questions small talk, no credit."""
    return replace(
        understanding,
        off_topic=True,
        points=[],
        asked=[],
        questions=0,
        small_talk_questions=understanding.small_talk_questions + understanding.questions,
        empathy=[],
        apology=[],
        acknowledgement=[],
    )
