"""A scenario's subject: the words that make a learner's turn about it.

The author's words (stage, point and topic keywords, claim patterns, `vocabulary`) and the nouns of
the scenario's own text (background, profile, persona lines, objectives, may_offer): jieba's noun
tags for Chinese, words lemminflect knows only as nouns (or nouns and verbs) for English; time
nouns and everyday verbs are none. understanding.py reads a turn against them.
"""

from __future__ import annotations

import re

from lemminflect import getAllLemmas

from graphs.scenarios import Scenario, Stage
from graphs.text.segment import tokenize
from graphs.text.terms import is_stop_word

ZH_SUBJECT_TAGS = ("n", "nz", "vn", "ns", "nt", "nr", "eng")
"""jieba tags of the nouns that make a scenario's subject (time words like 今天 are left out)."""
EN_SUBJECT_MIN_LETTERS = 4
EN_TIME_NOUNS = frozenset(
    [
        "today",
        "tonight",
        "tomorrow",
        "yesterday",
        "night",
        "nights",
        "day",
        "days",
        "week",
        "weeks",
        "weekend",
        "morning",
        "evening",
        "afternoon",
        "year",
        "years",
        "month",
        "months",
        "time",
        "times",
        "hour",
        "hours",
        "minute",
        "minutes",
        "moment",
    ]
)
"""English nouns of time, which say nothing about a scenario's subject (jieba tags them `t`)."""
EN_COMMON_VERBS = frozenset(
    [
        "want",
        "look",
        "take",
        "give",
        "come",
        "know",
        "think",
        "feel",
        "keep",
        "start",
        "talk",
        "hope",
        "plan",
        "drop",
        "turn",
        "show",
        "tell",
        "find",
        "seem",
        "leave",
        "mean",
        "move",
        "live",
        "believe",
        "hold",
        "bring",
        "happen",
        "stand",
        "lose",
        "meet",
        "pay",
        "run",
        "play",
    ]
)
"""Everyday verbs lemminflect also knows as nouns ("want", "look"): no subject either."""


def _english_noun(word: str) -> bool:
    """A word that can only be a noun (or a noun and a verb): "room", "speed", not "lovely"."""
    classes = getAllLemmas(word)
    return (
        "NOUN" in classes
        and not {"ADJ", "ADV"} & set(classes)
        and word not in EN_TIME_NOUNS
        and word not in EN_COMMON_VERBS
    )


def author_terms(scenario: Scenario) -> list[str]:
    """The scenario's subject words as the author wrote them."""
    terms = [*scenario.vocabulary]
    for stage in scenario.stages:
        terms += stage.keywords
        for point in stage.points:
            terms += point.keywords
        for claim in stage.forbidden_claims:
            terms += claim.patterns
    for topic in scenario.topics:
        terms += topic.keywords
    return terms


def words_of(text: str, scenario: Scenario) -> set[str]:
    """The subject nouns of a text: jieba's noun tags (zh), words only nouns (en)."""
    words = set()
    for token in tokenize(text, scenario.language):
        word = token.word.strip().lower()
        if is_stop_word(word):
            continue
        if scenario.language == "zh":
            if len(word) >= 2 and token.pos.startswith(ZH_SUBJECT_TAGS):
                words.add(word)
        elif len(word) >= EN_SUBJECT_MIN_LETTERS and word.isalpha() and _english_noun(word):
            words.add(word.removesuffix("s"))
    return words


def subject_words(scenario: Scenario) -> set[str]:
    """The nouns of the scenario's own text (matched against a turn's words)."""
    texts = [
        scenario.background,
        scenario.persona.profile,
        scenario.opening_line,
        *scenario.learner.objectives,
        *scenario.learner.may_offer,
        *(line.text for stage in scenario.stages for line in stage.persona_lines),
        *(point.text for stage in scenario.stages for point in stage.points),
    ]
    return words_of("\n".join(texts), scenario)


def stage_words(scenario: Scenario, stage: Stage) -> list[str]:
    """A stage's keywords and those of the topics its persona lines answer (the objections
    stage's lines answer `price`: 三千九 is a word of that stage)."""
    topics = {t for line in stage.persona_lines for t in line.answers}
    return [*stage.keywords, *(k for t in scenario.topics if t.id in topics for k in t.keywords)]


def specific_terms(scenario: Scenario) -> set[str]:
    """The author's words of a stage, point, claim or topic (a word only in the vocabulary is
    left out; "room", both a stage keyword and in the vocabulary, is in)."""
    return set(author_terms(scenario.model_copy(update={"vocabulary": []})))


ZH_FUNCTION_TAGS = ("m", "q", "r", "c", "u", "y", "d", "p", "x", "e", "o")
"""jieba tags of numerals, pronouns, conjunctions, particles, adverbs and punctuation: words that
say nothing two lines could share."""
ZH_QUESTION_PARTS = ("是不是", "什么", "怎么", "多少", "为什么", "吗", "哪", "几")
"""Parts of the words that ask (是不是, 为什么): the form of a question, not its content."""
ZH_SEPARABLE_INFIX = "了过个完"
"""What stands inside a Chinese verb-object word said apart: 请假 is said 请了假, 洗牙 洗过牙."""


def _stem(word: str) -> str:
    """An English word without its inflection (offering -> offer, included -> includ)."""
    for ending in ("ing", "ed", "es", "s"):
        if len(word) - len(ending) >= EN_SUBJECT_MIN_LETTERS - 1 and word.endswith(ending):
            return word[: -len(ending)]
    return word


def content_words(text: str, language: str) -> set[str]:
    """The words of a text that carry its content (no stop words, numerals, pronouns or
    particles; English words stemmed): what a question and a line of the customer's can share."""
    if language == "zh":
        return {
            t.word.strip()
            for t in tokenize(text, "zh")
            if len(t.word.strip()) >= 2
            and not t.pos.startswith(ZH_FUNCTION_TAGS)
            and not is_stop_word(t.word.strip())
            and not any(part in t.word for part in ZH_QUESTION_PARTS)
        }
    words = re.findall(r"[a-z]+", text.lower())
    return {_stem(w) for w in words if len(w) >= EN_SUBJECT_MIN_LETTERS and not is_stop_word(w)}


def shared_words(words: set[str], text: str, language: str) -> set[str]:
    """The words of `words` that `text` says too (a Chinese two-character verb-object word also
    when said apart: 请假 in 请了假; an English word in any inflection)."""
    if language == "zh":
        shared = set()
        for word in words:
            if word in text or (
                len(word) == 2 and re.search(f"{word[0]}[{ZH_SEPARABLE_INFIX}]{word[1]}", text)
            ):
                shared.add(word)
        return shared
    return words & content_words(text, language)
