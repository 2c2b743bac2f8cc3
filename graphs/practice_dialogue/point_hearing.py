"""How the evaluator hears a point, on top of its authored keywords (understanding.py).

A point is made when a trainer would credit it:
- said in another phrasing of the same kind (cue_families.py: 代金券 for 抵用券, "to recap" for
  "to confirm", "what's been going on?" for "why"), or with its figure in words ("thirty days"
  for "30 days");
- a point cued mostly by the phrase families (认同价格顾虑: 理解, 确实不便宜…; "acknowledge the
  doubt": fair enough, makes sense…) is made by any phrase of that family but a bare receipt
  (明白了, understood), and only near its stage (evaluation.py's said-in-passing rule).

A cue heard does not make the point when a trainer would not credit it (unmade_points.py: a
hedged, denied or vague offer, a rival named without a fact, part of a sum for a waiver…), nor
when a question asks her decision of something else ("Would you like a reference number for
today's call?").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from graphs.exams import Language
from graphs.practice_dialogue.authorised_offers import prices_something_else, says_authorised_price
from graphs.practice_dialogue.claims import claims_in, credited_part
from graphs.practice_dialogue.cue_families import families_of
from graphs.practice_dialogue.day_remarks import day_remark
from graphs.practice_dialogue.deal_questions import asks_the_deal, decision_points
from graphs.practice_dialogue.facts_confirmed import confirmed_points
from graphs.practice_dialogue.figures import in_digits
from graphs.practice_dialogue.matter_moves import closes_with_question
from graphs.practice_dialogue.phrases import families, farewell_words, question_starts
from graphs.practice_dialogue.price_raised import speaks_of_price
from graphs.practice_dialogue.requests_to_her import without_requests
from graphs.practice_dialogue.signals import TurnText, sentences
from graphs.practice_dialogue.split_units import split_unpriced
from graphs.practice_dialogue.subject import stage_words
from graphs.practice_dialogue.times import without_slot_parts
from graphs.practice_dialogue.turn_moves import dismisses
from graphs.practice_dialogue.understanding import Understanding
from graphs.practice_dialogue.unmade_points import not_credited
from graphs.practice_dialogue.unmade_sums import PRICE_POINT
from graphs.scenarios import Point, Scenario, Stage

RECEIPT = frozenset({"明白了", "我明白", "我懂", "understood"})
THANKS = frozenset({"谢谢", "感谢", "thank you", "thanks", "cheers"})
"""Farewell words that only thank: said at the opening too ("thanks for calling, this is Sam")."""
"""Phrases that say a message was received, not what was felt: no point of a family by
themselves."""
FAMILY_SHARE = 0.4
"""A point at least this share of whose keywords are phrase-family words is a family point."""

PointKey = tuple[str, int]
"""(stage id, point index)."""


@dataclass(frozen=True)
class SentencePoints:
    """The points one sentence names, as a trainer hears them."""

    made: dict[PointKey, list[str]]
    """Points made, with the cues that made them."""
    unmade: set[PointKey]
    """Points named but not made (hedged, denied, vague…)."""
    by_family: set[PointKey]
    """Points made only by a phrase family (理解, fair enough)."""
    in_other_words: set[PointKey]
    """Points made only by a cue family's other phrasings (代金券 for 抵用券): no authored
    keyword of theirs was said."""
    question: bool


def _warm_groups(scenario: Scenario) -> dict[str, tuple[str, ...]]:
    """The phrase families a point may be heard by: each family, and hearing her out (empathy
    and acknowledgement together: "I hear you" and "fair enough" both acknowledge a concern)."""
    found = families(scenario)
    return {**found, "hearing": found["empathy"] + found["acknowledgement"]}


def _family_of(point: Point, groups: dict[str, tuple[str, ...]]) -> str | None:
    """The phrase family (else group) the point's keywords belong to, if it is a family point:
    表示理解客户的感受 is heard by empathy alone, "acknowledge the doubt" by either."""
    keywords = [k.lower() for k in point.keywords]
    if not keywords:
        return None
    shares = {
        name: sum(any(k in f.lower() or f.lower() in k for f in phrases) for k in keywords)
        / len(keywords)
        for name, phrases in groups.items()
    }
    single = max((n for n in shares if n != "hearing"), key=lambda n: shares[n])
    if shares[single] >= FAMILY_SHARE:
        return single
    return "hearing" if shares["hearing"] >= FAMILY_SHARE else None


def _heard(point: Point, sentence: TurnText, digits: TurnText, asks_from: int | None) -> list[str]:
    """The cues of the point the sentence says: its keywords (in words or figures), then its
    cue families (negation scoped as for keywords)."""
    cues = sentence.said_any(point.keywords, cues_before=asks_from)
    numeric = [k for k in point.keywords if re.search(r"\d", k)]
    cues += [k for k in digits.said_any(numeric) if k not in cues]
    for family in families_of(point.keywords):
        match = family.heard[sentence.language].search(sentence.raw)
        if match and not sentence.negated(match.start(), match.end(), cues_before=asks_from):
            cues.append(match.group(0))
    return cues


def says_point(point: Point, raw: str, language: Language) -> bool:
    """Whether the text says one of the point's cues (keywords, figures, cue families)."""
    for line in sentences(raw):
        sentence = TurnText.of(line, language)
        digits = TurnText.of(in_digits(line, language), language)
        if _heard(point, sentence, digits, question_starts(line)):
            return True
    return False


def _in_sentence(scenario: Scenario, raw: str) -> SentencePoints:
    """The points the sentence names, made or not."""
    language = scenario.language
    # a proposed time's part of the day is when, not her habits ("How about Thursday evening
    # for the engineer?" asks nothing of her evenings), as understanding.py reads it; the same
    # for the turn, nor the feelings asked of her ("您理解一下": requests_to_her.py)
    sentence = TurnText.of(without_requests(without_slot_parts(raw, language), language), language)
    digits = TurnText.of(in_digits(sentence.raw, language), language)
    asks_from = question_starts(sentence.raw)
    phrase_families = _warm_groups(scenario)
    warm = {n: sorted(set(sentence.said_any(ps)) - RECEIPT) for n, ps in phrase_families.items()}
    made: dict[PointKey, list[str]] = {}
    unmade: set[PointKey] = set()
    by_family: set[PointKey] = set()
    in_other_words: set[PointKey] = set()
    priced = says_authorised_price(scenario, raw)
    for stage in scenario.stages:
        for index, point in enumerate(stage.points):
            if point.by_asking and asks_from is None:
                continue
            cues = _heard(point, sentence, digits, asks_from)
            if cues and not sentence.said_any(point.keywords, cues_before=asks_from):
                in_other_words.add((stage.id, index))
            family = _family_of(point, phrase_families) if not cues else None
            if family in ("hearing", "acknowledgement"):
                # a concern is acknowledged by "fair enough", or by empathy that names it ("I
                # hear what you're saying about the cost", "I understand the rival is 30
                # pounds"; not "frustrating after that drive")
                names_it = bool(sentence.said_any(stage_words(scenario, stage)))
                cues = [*warm["acknowledgement"], *(warm["empathy"] if names_it else [])]
            elif family:
                cues = warm[family]
            if cues and family:
                by_family.add((stage.id, index))
            if not cues:
                continue
            if not_credited(scenario, stage.id, point, cues, raw, priced=priced) or (
                # a price counts only as the price of the thing the point is about
                PRICE_POINT.search(point.text)
                and prices_something_else(
                    scenario, [k for k in point.keywords if re.search(r"\d", k)], raw
                )
            ):
                unmade.add((stage.id, index))
            else:
                made[stage.id, index] = cues
    if asks_from is not None and (asks := asks_the_deal(scenario, raw)):
        goal = scenario.end.goal_stage  # "So do you want the GBP 31 deal?" (deal_questions.py)
        made |= {(goal, i): made.get((goal, i), [asks]) for i in decision_points(scenario)}
        unmade -= set(made)
    for key in _asks_about_another_point(scenario, sentence, asks_from, made):
        unmade.add(key)
        del made[key]
    return SentencePoints(made, unmade, by_family, in_other_words, question=asks_from is not None)


def _asks_about_another_point(
    scenario: Scenario, sentence: TurnText, asks_from: int | None, made: dict[PointKey, list[str]]
) -> list[PointKey]:
    """Her decision asked of something else: "Would you like a reference number for today's
    call?" offers the contact point, it does not ask her to stay. A goal-stage question whose
    asking part names another goal-stage point, and no offer or word of the offer's or goal's
    stages, is not the decision."""
    goal = scenario.end.goal_stage
    goal_stage = scenario.stage(goal)
    if asks_from is None or not any(k[0] == goal for k in made):
        return []
    between = scenario.stages[1 : scenario.stage_index(goal)]
    offered = [k for k in made if 0 < scenario.stage_index(k[0]) < scenario.stage_index(goal)]
    offer_words = [w for stage in between for w in stage.keywords] + list(goal_stage.keywords)
    if offered or sentence.said_any(offer_words):
        return []
    others = [
        key
        for key, cues in made.items()
        if key[0] == goal
        and not goal_stage.points[key[1]].by_asking
        and any((span := sentence.find(c)) is not None and span[0] >= asks_from for c in cues)
    ]
    if not others:
        return []
    return [k for k in made if k[0] == goal and goal_stage.points[k[1]].by_asking]


def _shadowed(sentence: TurnText, made: dict[PointKey, list[str]]) -> set[PointKey]:
    """Points whose every cue lies inside a longer cue of another point (短信 in 提前短信通知)."""
    spans = {
        key: [s for c in cues if (s := sentence.find(c)) is not None] for key, cues in made.items()
    }
    shadowed = set()
    for key, own in spans.items():
        others = [s for other, found in spans.items() if other != key for s in found]
        if own and all(
            any(a <= start and end <= b and b - a > end - start for a, b in others)
            for start, end in own
        ):
            shadowed.add(key)
    return shadowed


IF_CLAUSE_UNMARKED = re.compile(
    r"\b((?:if|should|unless) [^,.;!?]*?\b(?:not|n't|no)\b[^,.;!?]*?) (?=(?:you|we|i|she|he|they)(?:'ll|'d|'re|"
    r"| can| could| will| would| may| might| are| get)\b)",
    re.IGNORECASE,
)
"""An English "if" clause with a negation and no comma before the main clause ("if you're not
happy you can quit within 30 days"): the negation is the condition's, not the offer's."""


def with_condition_marked(raw: str) -> str:
    """The sentence with a comma closing an unmarked negated "if" clause, so its negation's scope
    ends there (graphs/text/negation.py ends a scope at a comma)."""
    return IF_CLAUSE_UNMARKED.sub(r"\1, ", raw)


def hear_points(
    scenario: Scenario, stage: Stage, reply: str, understanding: Understanding
) -> Understanding:
    """The understanding with the points a trainer would credit (module docstring). A point
    made only by a phrase family is not credited in a later stage ("Fair enough" about her doubt
    is not the opening's acknowledgement of her request)."""
    now = scenario.stage_index(stage.id)
    lang = scenario.language
    made: dict[PointKey, bool] = {}  # key -> made only by a phrase family
    unmade: set[PointKey] = set()
    other_words: set[PointKey] = set()
    asked: list[str] = []
    remarked: set[PointKey] = set()  # named only in a remark on the day (day_remarks.py)
    for raw in sentences(reply):
        raw = with_condition_marked(raw)
        if day_remark(raw, lang):
            remarked |= set(_in_sentence(scenario, raw).made)
            continue
        sentence = TurnText.of(raw, scenario.language)
        if claims_in(scenario, sentence, question_starts(raw) is not None):
            # a false claim earns no credit: the sentence, or the clause of a false figure
            raw = credited_part(scenario, raw, question_starts(raw) is not None)
            if not raw.strip():
                continue
            sentence = TurnText.of(raw, scenario.language)
        if dismisses(scenario, raw):
            continue  # nor one that sends her away to wait (turn_moves.py)
        if closes_with_question(raw, scenario.language):
            continue  # nor "Anything else I can help with?": it asks what is left (matter_moves.py)
        heard = _in_sentence(scenario, raw)
        unmade |= heard.unmade
        if set(farewell_words(raw)) - THANKS:
            # a sentence that says goodbye opens nothing: "OK, thanks for calling, bye!" is no
            # greeting of the opening, it takes leave
            opening = {k for k in heard.made if k[0] == scenario.stages[0].id}
            unmade |= opening
            heard = replace(heard, made={k: v for k, v in heard.made.items() if k not in opening})
        for key in set(heard.made) - _shadowed(sentence, heard.made):
            made[key] = made.get(key, True) and key in heard.by_family
            if key in heard.in_other_words:
                other_words.add(key)
            if heard.question and scenario.stage(key[0]).points[key[1]].by_asking:
                asked.append(scenario.point_tag(*key))
    for key in confirmed_points(scenario, reply):  # her times said back and checked
        made.setdefault(key, False)
    before = {(p["stage"], p["index"]) for p in understanding.points}
    # a day or a visit with no price in the turn spreads none (「我每次放假都去钓鱼」): not made,
    # and not named either, so small talk stays small talk
    priced = speaks_of_price(scenario, reply)
    chat = {
        k
        for k in before | set(made)
        if split_unpriced(scenario.stage(k[0]).points[k[1]], reply, lang, priced=priced)
    } | (remarked - set(made))
    made = {k: v for k, v in made.items() if k not in chat}
    kept = {k for k in before - chat if k in made or k not in unmade}
    # warmth alone makes no point of an earlier stage; a turn understanding.py heard as small
    # talk (a greeting and then the traffic) is brought back only by a point said in other words
    added = {
        k
        for k in made
        if k not in before
        and not (made[k] and scenario.stage_index(k[0]) < now)
        and not (understanding.off_topic and (made[k] or k not in other_words))
    }
    if not added and kept == before:
        if understanding.off_topic and unmade - before - chat:
            # a point named but not made ("it's a good deal", a hedged offer) is on the subject,
            # however poorly: not small talk
            return replace(understanding, **_back_on_topic(scenario, reply, understanding))
        return understanding
    points = [_point(scenario, key) for key in sorted(kept | added, key=_order(scenario))]
    passing = set(understanding.said_in_passing) | {
        scenario.point_tag(*k) for k in added if made[k]
    }
    dropped = {scenario.point_tag(*k) for k in before - kept}
    changes: dict[str, Any] = {
        "points": points,
        "said_in_passing": sorted(passing - dropped),
        "asked": [t for t in [*asked, *understanding.asked] if t not in dropped],
    }
    if understanding.off_topic and points:
        changes |= _back_on_topic(scenario, reply, understanding)
    changes["asked"] = list(dict.fromkeys(changes["asked"]))
    return replace(understanding, **changes)


def _back_on_topic(scenario: Scenario, reply: str, understanding: Understanding) -> dict[str, Any]:
    """A turn heard as small talk that makes a point is on topic: its questions and manners
    count again."""
    heard: dict[str, list[str]] = {name: [] for name in families(scenario)}
    for raw in sentences(reply):
        sentence = TurnText.of(raw, scenario.language)
        for name, phrases in families(scenario).items():
            heard[name] += [p for p in sentence.said_any(phrases) if p not in heard[name]]
    return {
        "off_topic": False,
        "questions": understanding.small_talk_questions,
        "small_talk_questions": 0,
        "empathy": heard["empathy"],
        "apology": heard["apology"],
        "acknowledgement": heard["acknowledgement"],
    }


def _point(scenario: Scenario, key: PointKey) -> dict[str, Any]:
    stage_id, index = key
    text = scenario.stage(stage_id).points[index].text
    return {"stage": stage_id, "index": index, "tag": scenario.point_tag(*key), "text": text}


def _order(scenario: Scenario) -> Any:
    return lambda key: (scenario.stage_index(key[0]), key[1])
