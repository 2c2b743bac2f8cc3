"""Understanding a learner's turn before anyone answers it: the customer and the evaluator read the
same `Understanding`.

What a turn shows, sentence by sentence:
- `points`: the points of ANY stage it addresses (a point's keywords, or its text; a point the
  author marked `by_asking`, such as 询问健身目标, only in a question). In a statement
  a negated keyword does not count ("我们不分期" offers no instalments); in a question it does ("以
  前为什么没坚持下来？" asks about the past).
- `asked`: what its questions are about (point tags and topic ids in the question sentences, the
  one named by the longest phrase first);
  `questions` counts the questions on the scenario's subject, `small_talk_questions` the others.
- `facts`: figures of the scenario's background the turn repeats (3980元, 60天).
- `claims`: forbidden claims the turn makes: a claim or one of its patterns outside a negation's
  scope ("我们不保证一定能瘦" promises nothing; "您是不是记错了？" accuses, question or not).
- `tone`: empathy, apology and acknowledgement phrases (phrases.py) and pressure markers.
- `off_topic`: no point, no word of the scenario's subject, no empathy or apology, no greeting. The subject's words are the author's
  (stage, point and topic keywords, claim patterns, `vocabulary`) and the nouns of the scenario's
  own text (background, profile, persona lines, objectives, what the learner may offer): jieba's
  noun tags for Chinese, words lemminflect knows only as nouns (or nouns and verbs) for English;
  nouns of time (今天, tonight) are no subject.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Any

from lemminflect import getAllLemmas

from graphs.practice_dialogue.phrases import GREETINGS, PUSHY, families, question_starts
from graphs.practice_dialogue.signals import TurnText, sentences
from graphs.scenarios import Point, Scenario
from graphs.text.segment import tokenize
from graphs.text.terms import find_numbers, is_stop_word

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


@dataclass(frozen=True, kw_only=True)
class Understanding:
    """What one learner turn says; evaluation.py turns it into the turn's evaluation."""

    points: list[dict[str, Any]] = field(default_factory=list)
    """[{stage, index, tag, text}] of every point addressed, in scenario order."""
    asked: list[str] = field(default_factory=list)
    """Point tags and topic ids the turn's questions are about."""
    questions: int = 0
    """Questions on the scenario's subject."""
    small_talk_questions: int = 0
    """Questions about anything else."""
    topics: list[str] = field(default_factory=list)
    """Topic ids the turn mentions."""
    facts: list[str] = field(default_factory=list)
    claims: list[str] = field(default_factory=list)
    empathy: list[str] = field(default_factory=list)
    apology: list[str] = field(default_factory=list)
    acknowledgement: list[str] = field(default_factory=list)
    pushy: list[str] = field(default_factory=list)
    subject_terms: list[str] = field(default_factory=list)
    """Words of the scenario's subject the turn uses."""
    off_topic: bool = False


def _point_in(point: Point, sentence: TurnText, asks_from: int | None) -> int:
    """How long the longest of the point's phrases the sentence says is (0: the point is not
    made); a point made `by_asking` is only made by a question."""
    if point.by_asking and asks_from is None:
        return 0
    heard = sentence.said_any(point.keywords or [point.text], cues_before=asks_from)
    return max((len(p) for p in heard), default=0)


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


def _subject_words(text: str, scenario: Scenario) -> set[str]:
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
    return _subject_words("\n".join(texts), scenario)


def understand(scenario: Scenario, reply: str) -> Understanding:
    """Read one learner turn against the scenario."""
    language = scenario.language
    phrase_families = families(scenario)
    points: dict[tuple[str, int], dict[str, Any]] = {}
    asked: list[str] = []
    topics: list[str] = []
    claims: list[str] = []
    heard: dict[str, list[str]] = {name: [] for name in phrase_families}
    pushy: list[str] = []
    greeted = False
    questions = small_talk = 0
    subject = subject_words(scenario)
    terms = author_terms(scenario)
    found_terms: list[str] = []
    for raw in sentences(reply):
        sentence = TurnText.of(raw, language)
        asks_from = question_starts(sentence.raw)
        asking = asks_from is not None
        about: dict[str, int] = {}  # tag -> length of the longest phrase that named it
        for stage in scenario.stages:
            for index, point in enumerate(stage.points):
                if heard_chars := _point_in(point, sentence, asks_from):
                    tag = scenario.point_tag(stage.id, index)
                    about[tag] = heard_chars
                    points.setdefault(
                        (stage.id, index),
                        {"stage": stage.id, "index": index, "tag": tag, "text": point.text},
                    )
        for topic in scenario.topics:
            named = [k for k in topic.keywords if sentence.find(k) is not None]
            if named:
                about[topic.id] = max(len(k) for k in named)
                if topic.id not in topics:
                    topics.append(topic.id)
        sentence_terms = [t for t in terms if sentence.find(t) is not None]
        sentence_terms += sorted(_subject_words(raw, scenario) & subject)
        found_terms += [t for t in sentence_terms if t not in found_terms]
        if asking:
            if about or sentence_terms:
                questions += 1
                # the most specific first: "贵…跟隔壁比吗？" asks about the neighbour
                ranked = sorted(about, key=lambda tag: -about[tag])
                asked += [tag for tag in ranked if tag not in asked]
            else:
                small_talk += 1
        for stage in scenario.stages:
            for claim in stage.forbidden_claims:
                if claim.claim not in claims and sentence.said_any([claim.claim, *claim.patterns]):
                    claims.append(claim.claim)
        for name, phrases in phrase_families.items():
            heard[name] += [p for p in sentence.said_any(phrases) if p not in heard[name]]
        pushy += [p for p in sentence.said_any(PUSHY) if p not in pushy]
        greeted = greeted or bool(sentence.said_any(GREETINGS))
    if unicodedata.normalize("NFKC", reply).count("!") >= 3:
        pushy.append("!!!")
    background_figures = set(find_numbers(scenario.background))
    facts = [n for n in find_numbers(reply) if n in background_figures]
    # Empathy and apology answer the customer's feelings, which are the subject too; a bare
    # "好的，明白" (acknowledgement alone) is not.
    off_topic = not (
        points or found_terms or claims or pushy or heard["empathy"] or heard["apology"]
    )
    ordered = [points[key] for key in sorted(points, key=lambda k: _order(scenario, k))]
    return Understanding(
        points=ordered,
        asked=asked,
        questions=0 if off_topic else questions,
        small_talk_questions=small_talk + (questions if off_topic else 0),
        topics=topics,
        facts=facts,
        claims=claims,
        empathy=[] if off_topic else heard["empathy"],
        apology=[] if off_topic else heard["apology"],
        acknowledgement=[] if off_topic else heard["acknowledgement"],
        pushy=pushy,
        subject_terms=found_terms,
        off_topic=off_topic,
    )


def _order(scenario: Scenario, key: tuple[str, int]) -> tuple[int, int]:
    return scenario.stage_index(key[0]), key[1]
