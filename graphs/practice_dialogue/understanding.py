"""Understanding a learner's turn before anyone answers it: the customer and the evaluator read the
same `Understanding`.

What a turn shows, sentence by sentence:
- `points`: the points of ANY stage it addresses (a point's keywords, or its text; a point the
  author marked `by_asking`, such as 询问健身目标, only in a question). A point heard only inside
  a longer phrase of another point is not made (短信 in "提前短信通知", an improvement, is no
  follow-up). In a statement
  a negated keyword does not count ("我们不分期" offers no instalments); in a question it does ("以
  前为什么没坚持下来？" asks about the past).
- `asked`: what its questions are about (point tags and topic ids in the question sentences, the
  one named by the longest phrase first);
  `questions` counts the questions on the scenario's subject, `small_talk_questions` the others.
- `facts`: figures of the scenario's background the turn repeats (3980元, 60天).
- `claims`: forbidden claims and false figures (claims.py); a sentence making one earns no point.
- `tone`: empathy, apology and acknowledgement phrases (phrases.py) and pressure (phrases and patterns: "you should really upgrade").
- `asked` is in order: the latest question first; in a question, what its asking part names
  ("I can help - can I just confirm the account?" asks about the account), longest phrase first.
- `said_in_passing`: points made only with phrase-family words and no word of their stage ("I
  hear you" in the welcome is not "acknowledge the price concern"); evaluation.py credits them
  only near their stage.
- `off_topic`: small talk. On topic is a point (a greeting alone does not make small talk on
  topic: "李先生您好，您今天穿得真精神"), a claim, pressure, empathy or an apology, a question on
  the subject (it names a point or topic, or asks her, 您/you, about a word of the scenario, or
  is one by its form, "就按这几条办，您看行吗？" (question_forms.py), or holds two of its words:
  "What's made you want to leave us?" is on topic, "Any plans for the weekend?" is not), a statement with a stage's, point's or topic's own word, a claim about what
  is on offer (我们/we, a superlative or comparison and a word of the subject: "我们这是全市最好的
  健身房"), or two words of the subject. One word of the vocabulary is not enough ("我们诊所楼下新
  开了一家咖啡店"). A service line (phrases.SERVICE: "how can I help", "I'll set that up") is on
  topic. An apology or empathy is on topic when it is all the turn says or the turn
  speaks to her; said as a filler before small talk about the learner's own day ("不好意思，我今
  天第一天上班，有点紧张。") it is small talk. A bare "好的" or a greeting with names is neither.
  An affront to her (「想好了再来找我」, 「您就别投诉了」) and an offer to her are on topic by what
  they do (turn_moves.on_subject_by_move); so is a turn of greetings and opening moves (what the
  matter is, a seat or a drink, her name or an ID: openings.py), a bare fact of her visit told
  ("Checkout is at 11.") and her request questioned ("Cancelling? Are you sure?": visit_facts.py). An anything-else question ("Anything else I can help
  with?") is on topic and makes no point: its "I can help" acknowledges nothing.
  The subject's words are subject.py's; which points a sentence makes, points_said.py; how much
  it says besides greetings and whether it rates the offer, sentence_content.py.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Any

from graphs.practice_dialogue.claims import addresses_customer, claims_in
from graphs.practice_dialogue.closings import closing_words
from graphs.practice_dialogue.deal_lines import demands_in
from graphs.practice_dialogue.insistence import insistence_in
from graphs.practice_dialogue.matter_moves import closes_with_question, on_her_matter
from graphs.practice_dialogue.openings import opens_matter
from graphs.practice_dialogue.phrases import (
    GREETINGS,
    LEAVING_FILLERS,
    SERVICE,
    SITUATION,
    families,
    farewell_words,
    pressure_in,
    question_starts,
)
from graphs.practice_dialogue.points_said import (
    family_word,
    greeting_only,
    in_question,
    point_in,
    shadowed_points,
)
from graphs.practice_dialogue.pressure import pushy_phrases
from graphs.practice_dialogue.question_forms import on_subject
from graphs.practice_dialogue.requests_to_her import without_requests
from graphs.practice_dialogue.self_corrections import as_corrected
from graphs.practice_dialogue.sentence_content import (
    CONTENT_MIN,
    OURSELVES,
    WELCOME_TO,
    beyond_greeting,
    claims_about_business,
    claims_about_offer,
    rates_term,
)
from graphs.practice_dialogue.signals import TurnText, normalise, sentences
from graphs.practice_dialogue.subject import (
    author_terms,
    specific_terms,
    stage_words,
    subject_words,
    words_of,
)
from graphs.practice_dialogue.times import without_slot_parts
from graphs.practice_dialogue.turn_moves import dismisses, excuses_digression, on_subject_by_move
from graphs.practice_dialogue.ultimatums import ultimatums_in
from graphs.practice_dialogue.visit_facts import questions_her_request, tells_visit_fact
from graphs.practice_dialogue.word_senses import in_their_sense
from graphs.scenarios import Scenario
from graphs.text.terms import find_numbers


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
    said_in_passing: list[str] = field(default_factory=list)
    """Tags of points made only with words of the phrase families ("I hear you" for "acknowledge
    the price concern") in a sentence without a word of their stage (价格, price): they count
    only near their stage (evaluation.py)."""
    off_topic: bool = False
    dismissal: bool = False
    """The turn sends her away to wait (turn_moves.dismisses): she answers with what she lacks."""

    def warm_phrases(self) -> list[str]:
        """The empathy, apology and acknowledgement phrases heard, each with its family."""
        return [
            *(f"empathy:{p}" for p in self.empathy),
            *(f"apology:{p}" for p in self.apology),
            *(f"acknowledgement:{p}" for p in self.acknowledgement),
        ]


def understand(scenario: Scenario, reply: str) -> Understanding:
    """Read one learner turn against the scenario, as the learner put it right (a slip
    corrected in the same turn is read corrected: self_corrections.py)."""
    language = scenario.language
    reply = as_corrected(reply, language)
    phrase_families = families(scenario)
    points: dict[tuple[str, int], dict[str, Any]] = {}
    asked_by_sentence: list[list[str]] = []
    topics: list[str] = []
    claims: list[str] = []
    heard: dict[str, list[str]] = {name: [] for name in phrase_families}
    pushy: list[str] = []
    questions = small_talk = 0
    subject = subject_words(scenario)
    terms = author_terms(scenario)
    specific = specific_terms(scenario)
    found_terms: list[str] = []
    on_topic = False
    content = besides_warmth = 0
    to_her = False
    family_words = {p.lower() for phrases in phrase_families.values() for p in phrases}
    passing: dict[str, bool] = {}
    dismissal = False
    for raw in sentences(reply):
        sentence = TurnText.of(raw, language)
        # the points and topics are read without the part of the day of a proposed time
        # ("Thursday evening" is when, not her evenings): times.without_slot_parts
        # nor the feelings asked of her ("您理解一下"): requests_to_her.py
        said = TurnText.of(without_requests(without_slot_parts(raw, language), language), language)
        asks_from = question_starts(sentence.raw)
        asking = asks_from is not None
        about: dict[str, int] = {}  # tag -> length of the longest phrase that named it
        questioned: set[str] = set()  # tags named in the asking part of the sentence
        asking_points: set[str] = set()  # tags of points made only by asking
        said_claims = claims_in(scenario, sentence, asking)
        # a dismissal ("谢谢您的理解，您先回去…") makes no point and shows no warmth
        dismissing = dismisses(scenario, raw)
        # "Anything else I can help with?" asks whether anything is left: its "I can help"
        # acknowledges nothing she asked (matter_moves.closes_with_question)
        closing = closes_with_question(raw, language)
        dismissal = dismissal or dismissing
        greeting_words = [g for g in GREETINGS if sentence.said_any([g])]
        greeting_words += [m.group(0) for m in WELCOME_TO.finditer(raw)]
        shadowed = shadowed_points(scenario, said, asks_from)
        for stage in scenario.stages:
            for index, point in enumerate(stage.points):
                if said_claims or dismissing or closing:
                    break  # a sentence that makes a false claim, or sends her away, earns none
                if (stage.id, index) in shadowed:
                    continue
                if heard_chars := point_in(point, said, asks_from):
                    tag = scenario.point_tag(stage.id, index)
                    points.setdefault(
                        (stage.id, index),
                        {"stage": stage.id, "index": index, "tag": tag, "text": point.text},
                    )
                    made_with = said.said_any(point.keywords, cues_before=asks_from)
                    only_family = (
                        bool(made_with)
                        and all(family_word(p, family_words, said) for p in made_with)
                        # "理解，价格确实不便宜" names what it acknowledges
                        and not said.said_any(stage_words(scenario, stage))
                    )
                    passing[tag] = passing.get(tag, True) and only_family
                    if greeting_only(point, said, asks_from):
                        greeting_words += [k for k in point.keywords if said.said_any([k])]
                    else:
                        about[tag] = heard_chars
                        on_topic = True
                        if point.by_asking:
                            asking_points.add(tag)
                        if in_question(said, made_with or [point.text], asks_from):
                            questioned.add(tag)
        for topic in scenario.topics:
            named = [k for k in topic.keywords if said.find(k) is not None]
            if asking and normalise(said.raw) == normalise(topic.id):
                named = [topic.id]  # a bare one-word question ("Name?") asks for that thing
            if named:
                about[topic.id] = max(len(k) for k in named)
                if in_question(said, named, asks_from):
                    questioned.add(topic.id)
                if topic.id not in topics:
                    topics.append(topic.id)
        greeted = {g.lower() for g in greeting_words}
        sentence_authored = [
            t for t in terms if t.lower() not in greeted and sentence.find(t) is not None
        ]
        sentence_terms = sentence_authored + sorted(words_of(raw, scenario) & subject)
        # "Do you have any plans for the weekend?": an everyday word is the subject's only
        # beside another of its words or a figure (word_senses.py)
        sentence_terms = in_their_sense(sentence_terms, raw, scenario)
        sentence_authored = [t for t in sentence_authored if t in sentence_terms]
        found_terms += [t for t in dict.fromkeys(sentence_terms) if t not in found_terms]
        if asking:
            # on the subject: it names a point or topic, or asks her (您, you) about a word of
            # the scenario, or holds two of its words; "Any plans for the weekend?" does none
            addressed = addresses_customer(sentence) and bool(sentence_authored)
            # "就按这几条办，您看行吗？", "您还犹豫什么呢？", "When does it get bad?": to her, about
            # what was said (question_forms.py)
            back = addresses_customer(sentence) and on_subject(sentence.raw, language)
            if about or addressed or back or len(set(sentence_terms)) >= 2:
                questions += 1
                # the most specific first: "贵…跟隔壁比吗？" asks about the neighbour
                # what the question asks, not what the sentence said before it ("I can help
                # with that - can I just confirm the account?" asks about the account)
                # a point made by asking (the decision, her reason) is what is asked; offers
                # named in it are its object ("Shall I book the engineer?" asks for a decision)
                wanted = [tag for tag in about if tag in questioned] or list(about)
                ranked = sorted(wanted, key=lambda tag: (tag not in asking_points, -about[tag]))
                asked_by_sentence.append(ranked)
                on_topic = True  # a question on the scenario's subject, or about her situation
            else:
                small_talk += 1
        elif any(t in specific for t in sentence_authored):
            on_topic = True  # a stage's, point's or topic's own word, not just the vocabulary
        elif (
            (sentence_terms and claims_about_offer(sentence))
            or claims_about_business(sentence)
            or rates_term(sentence, sentence_terms)  # "the view is really good": a selling point
        ):
            on_topic = True  # "我们这是全市最好的健身房", "our coverage": a claim about the offer
        if (
            sentence.said_any(SERVICE)
            or on_subject_by_move(scenario, raw)
            # "I'll get you disconnected", 「您先去把钱结了」, "Anything else?": an act on her
            # matter, not small talk (matter_moves.py)
            or on_her_matter(scenario, raw)
            # "Checkout is at 11.", "Cancelling? Are you sure?": a fact of her visit told, her
            # request questioned; unhelpful perhaps, never small talk (visit_facts.py)
            or tells_visit_fact(raw, language)
            or questions_her_request(raw, language, scenario.opening_line)
        ):
            # "How can I help", "Let me just find you", "您有什么想法？", "费用的事…": what the
            # sentence does puts it on the subject, whatever its words (turn_moves.py)
            on_topic = True
        claims += [c for c in said_claims if c not in claims]
        for name, phrases in phrase_families.items():
            if dismissing or excuses_digression(raw):
                break
            heard[name] += [p for p in said.said_any(phrases) if p not in heard[name]]
        pushy += [p for p in pushy_phrases(sentence) if p not in pushy]
        pushy += [p for p in pressure_in(raw) if p not in pushy]
        pushy += [p for p in insistence_in(raw, language) if p not in pushy]
        pushy += [p for p in ultimatums_in(raw, language) if p not in pushy]
        # 「到底报不报？」, 「今天就把钱交了吧？」: her yes demanded, paying pushed (deal_lines.py)
        pushy += [p for p in demands_in(raw, language) if p not in pushy]
        leaving = farewell_words(raw)
        besides = [*greeting_words, *leaving, *LEAVING_FILLERS]
        if leaving:  # "Thanks, that's all for today": a closing (closings.py)
            besides += closing_words(raw, language)
        if not leaving or beyond_greeting(sentence, besides, content_only=True) > 1:
            # a goodbye and nothing else ("好的，那您慢走，再见。") takes leave: no small talk
            content += beyond_greeting(sentence, greeting_words)
        warm = [p for phrases in phrase_families.values() for p in sentence.said_any(phrases)]
        besides_warmth += beyond_greeting(sentence, greeting_words + warm, content_only=True)
        to_her = to_her or addresses_customer(sentence)
    if unicodedata.normalize("NFKC", reply).count("!") >= 3:
        pushy.append("!!!")
    background_figures = set(find_numbers(scenario.background))
    facts = [n for n in find_numbers(reply) if n in background_figures]
    # Empathy and apology answer the customer's feelings, which are the subject too; a bare
    # "好的，明白" (acknowledgement alone) is not. One word of the vocabulary in small talk
    # ("我们诊所楼下新开了一家咖啡店") does not make it the subject; two do. A greeting alone is
    # how a conversation starts; a greeting followed by small talk is small talk.
    # An apology or empathy said as a filler before small talk about the learner's own day
    # ("不好意思，我今天第一天上班，有点紧张。") is no answer to her feelings: it makes the turn
    # on topic only when it is all the turn says or the turn speaks to her (您, you).
    warmth = bool(heard["empathy"] or heard["apology"])
    situation = any(p in SITUATION for p in heard["empathy"])  # "换了我也会憋一肚子气"
    # owning the fault ("怪我们", "our fault") speaks of what the business did, not of the
    # learner's own day: never a filler
    owned = any(OURSELVES[language].search(p) for p in heard["apology"])
    filler = (
        warmth
        and not to_her
        and not situation
        and not owned
        and besides_warmth >= CONTENT_MIN[language]
    )
    on_topic = on_topic or bool(claims or pushy) or (warmth and not filler) or len(found_terms) >= 2
    # 「您好，有什么问题？」, "Have a seat, can I see some ID?": how a desk opens (openings.py)
    on_topic = on_topic or opens_matter(reply, language)
    off_topic = not on_topic and content >= CONTENT_MIN[language]
    asked: list[str] = []
    for tags in reversed(asked_by_sentence):  # the latest question first
        asked += [tag for tag in tags if tag not in asked]
    ordered = [points[key] for key in sorted(points, key=lambda k: _order(scenario, k))]
    return Understanding(
        points=[] if off_topic else ordered,
        asked=[] if off_topic else asked,
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
        said_in_passing=[tag for tag, only in passing.items() if only],
        off_topic=off_topic,
        dismissal=dismissal,
    )


def _order(scenario: Scenario, key: tuple[str, int]) -> tuple[int, int]:
    return scenario.stage_index(key[0]), key[1]
