"""A forbidden claim read as a claim about the thing it names, not as a substring.

Many a claim names one thing ("拒绝退还未告知的抛光费": the polishing fee; "The upgrade is free":
the upgrade, its topic's suite; "谎称私教课免费": 私教课) while its author's patterns name none
("退不了", "no extra charge", "一直免费"). Such a pattern is said of the thing named nearest before
it, or else the first one after it: "挂号费是另外的，退不了；抛光费给您退" refuses the registration
fee, an honest refusal beside the refund the learner may give; "体测一直免费" says the body check is
free, as the brief does; "breakfast for two at no extra charge" speaks of breakfast. Said of another
thing it is not the claim; said of the claim's own thing, or of nothing ("这个退不了"), it is.

Things are told by the scenario, never by a word list of ours: a fee named by its service (挂号费,
洗牙的费用), a sum of money (the 120 the brief gives the polishing fee is its own, 两百块 another),
a topic's keywords, what the brief itself gives free (promises.free_things). A fee or a
claim's own thing may stand in an earlier clause of the sentence ("挂号费是另外的，退不了"); a topic
or a free thing only in the pattern's own clause, so "您看这样，这钱退不了" refuses no "这样".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graphs.practice_dialogue.amounts import amounts
from graphs.practice_dialogue.figures import figures
from graphs.practice_dialogue.promises import free_things, offer_words
from graphs.practice_dialogue.signals import TurnText, normalise
from graphs.scenarios import ForbiddenClaim, Scenario

_FEE = re.compile(r"([\u4e00-\u9fff]{2})的?(?:费用|费)")
"""A fee named by its service: 挂号费, 抛光费, 洗牙的费用."""
_FEE_ACTS = frozenset("收免付缴交花消退话")
"""A 费 word that is an act, not a fee (收费, 免费, 付费): its service's last character."""
_BRACKET = re.compile(r"[（(].*?[)）]")
_CLAUSE_MARK = re.compile(r"[，,;；:：、]|\s[-–—]\s")
_MEASURE = re.compile(r"\s*(?:of|at|is|为|是|[:：])\s*$", re.IGNORECASE)
"""The pattern joined to a sum after it: the sum measures the pattern's own thing."""
KEYWORD_MIN_CHARS = 2
"""A topic keyword shorter than this (贵) names no thing."""


@dataclass(frozen=True)
class _Thing:
    start: int
    end: int
    own: bool
    """The claim's own thing, or another."""
    clause_only: bool
    """Counts only in the pattern's own clause (a topic's keyword, a thing the brief gives)."""


def _fees(text: str) -> list[tuple[int, int, str]]:
    return [
        (m.start(), m.end(), m.group(1))
        for m in _FEE.finditer(text)
        if m.group(1)[-1] not in _FEE_ACTS
    ]


def claim_things(scenario: Scenario, claim: ForbiddenClaim) -> set[str]:
    """The words that name what the claim is about: the fee it names by its service (抛光), and
    the keywords of any topic it names (upgrade: suite, upgrade, …). Empty: the claim names no
    thing, and its patterns are read as before."""
    text = _BRACKET.sub("", claim.claim).lower()
    words = {service for _, _, service in _fees(text)}
    for topic in scenario.topics:
        names = [topic.id, *topic.keywords]
        if any(len(normalise(n)) >= KEYWORD_MIN_CHARS and n.lower() in text for n in names):
            words |= {k.lower() for k in topic.keywords if len(normalise(k)) >= KEYWORD_MIN_CHARS}
    return words


def own_sums(scenario: Scenario, own: set[str]) -> set[float]:
    """The sums the brief gives the claim's thing: the amounts of the lines the learner may offer
    that name it (120 of "免除未事先告知的 120 元抛光费")."""
    lines = [o for o in scenario.learner.may_offer if any(w in o.lower() for w in own)]
    return {
        f.number
        for line in lines
        for said in amounts(line, scenario.language)
        for f in figures(said, scenario.language)[:1]
    }


def _things(scenario: Scenario, own: set[str], patterns: str, text: str) -> list[_Thing]:
    """Where the text names a thing, and whether it is the claim's own."""
    lowered = text.lower()
    found = [
        _Thing(start, end, service in own or any(service in w for w in own), False)
        for start, end, service in _fees(text)
    ]
    sums = own_sums(scenario, own)
    at = 0
    for said in amounts(text, scenario.language):  # 洗牙的两百块 is another sum than 120元
        at = lowered.find(said.lower(), at)
        told = figures(said, scenario.language)
        if at >= 0 and told:
            found.append(_Thing(at, at + len(said), told[0].number in sums, False))
    sentence = TurnText.of(text, scenario.language)
    for word in own:
        if span := sentence.find(word):
            found.append(_Thing(*span, True, False))
    others = {
        k.lower()
        for topic in scenario.topics
        for k in topic.keywords
        if len(normalise(k)) >= KEYWORD_MIN_CHARS and k.lower() not in own
    }
    others |= {w for w in free_things(scenario) if w not in own and not offer_words(w) & own}
    for word in (w for w in others if w not in patterns):
        bounded = rf"(?<![a-z]){re.escape(word)}(?![a-z])" if word.isascii() else re.escape(word)
        found += [_Thing(m.start(), m.end(), False, True) for m in re.finditer(bounded, lowered)]
    return found


def said_of_another_thing(
    scenario: Scenario, claim: ForbiddenClaim, sentence: TurnText, pattern: str
) -> bool:
    """The pattern, heard in the sentence, speaks of another thing than the claim's own (see the
    module docstring); a pattern that names the claim's thing itself is always the claim."""
    own = claim_things(scenario, claim)
    if not own or any(w in pattern.lower() for w in own):
        return False
    span = sentence.find(pattern)
    if span is None:
        return False
    start, end = span
    raw = sentence.raw
    marks = [m.end() for m in _CLAUSE_MARK.finditer(raw, 0, start)]
    clause_start = marks[-1] if marks else 0
    after = _CLAUSE_MARK.search(raw, end)
    clause_end = after.start() if after else len(raw)
    things = [
        t
        for t in _things(scenario, own, " ".join([claim.claim, *claim.patterns]).lower(), raw)
        # a thing the pattern's fuzzy span runs into is the sentence's ("洗牙费是正常的")
        if (t.start < start or t.start >= end) and (not t.clause_only or t.start >= clause_start)
    ]
    before = [t for t in things if t.start < start]
    if before:
        return not max(before, key=lambda t: t.start).own
    following = [
        t
        for t in things
        # "an exit fee of 60 pounds", 费用为两百: what the pattern's own noun measures, no other thing
        if t.start >= end and t.end <= clause_end and not _MEASURE.match(raw, end, t.start)
    ]
    return bool(following) and not min(following, key=lambda t: t.start).own
