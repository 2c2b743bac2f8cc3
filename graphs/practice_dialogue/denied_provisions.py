"""A thing the brief offers said not to exist: 「冻结？没有冻结这回事」 where 每年可冻结 60 天 is the
learner's to offer, 「我们这里不退款」 beside a refund in 1–3 working days, "We don't do free engineer
visits" beside a free engineer visit (session 25, trainer P18: missed, and even credited as the
point about that very thing).

A trainer credits a point about a fact only when the learner states the fact; denying it is a
false claim about the offer. So the thing denied is checked against the brief: a word of it
(freezing, a refund, an engineer visit, not "free" alone) that an item of `may_offer` names makes
the denial untrue, and the report names it with the offer beside it. Two things follow from one
reading (`denial`): the breach (`denied_provision`, a detector of untrue_claims.py) and no credit
for the point whose word was only denied (`denied_point`, a gate of evaluation.py).

A price-easing offer denied is denied_offers.py's (「没有优惠的」). A question ("Is there no
callback?"), a negated denial, a limit with a remedy after it (「不退现金，但可以原路退回」) and
a denial of a thing the brief does not offer deny nothing of the brief.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import jieba

from graphs.exams import Language
from graphs.practice_dialogue.denied_authority import OFFER_AFTER
from graphs.practice_dialogue.denied_offers import denied_offer
from graphs.practice_dialogue.signals import TurnText, sentences
from graphs.scenarios import Scenario

DENIAL: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"(?:没有|没)(?:什么|任何)?(?P<thing>[^，。！？,.!?]{1,10}?)(?:这回事|这一说|这个说法|这种事|这项服务"
        r"|这个服务|这种服务|的服务)"
        r"|(?:我们|这里|这边|公司|本店)[^，。！？,.!?]{0,4}?(?:从来)?不(?:做|提供|给|办|管|包|搞)?"
        r"(?![收要用让会])(?P<thing2>[^，。！？,.!?了的]{2,8})(?:的|了)?(?=[，。！？,.!?]|$)"
    ),
    "en": re.compile(
        r"\bwe (?:don't|do not|never|won't|can't|cannot) (?:do|offer|give|have|provide|include|"
        r"run|send) (?:any )?(?P<thing>[\w -]{2,40}?)(?=[.!?,;]| here\b| at all\b|$)"
        r"|\bthere (?:is|are|'s) no (?:such thing as )?(?P<thing2>[\w -]{2,40}?)(?=[.!?,;]| here\b|"
        r" at all\b|$)"
        r"|\b(?P<thing3>[\w-]+(?: [\w-]+)?) (?:isn't|is not|aren't|are not) (?:included|offered|"
        r"available) (?:(?:in|with|for) (?:anything|any \w+|anyone)|at all|anywhere)(?: here)?"
        r"(?=[.!?,;]|$)",
        re.IGNORECASE,
    ),
}
"""A thing said not to be done or had: the thing is the named group."""
LABEL: dict[Language, str] = {
    "zh": "谎称没有{word}（可提供：{offer}）",
    "en": "Saying there is no {word} (you may offer: {offer})",
}


FREE: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"免费|不要钱|不收钱|白送"),
    "en": re.compile(r"\bfree\b", re.IGNORECASE),
}
"""A thing denied as free: true where the offer is not free (「没有私教课免费这回事」)."""
_EN_WORD = re.compile(r"[a-z][a-z-]{3,}")
_EN_FUNCTION_WORDS = frozenset({"free", "such", "thing", "here", "that", "this", "with", "your"})
CHARGE: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"(?<!免)费|收钱|要钱|加钱|价"),
    "en": re.compile(r"\b(?:fees?|charges?|costs?|extra|prices?)\b", re.IGNORECASE),
}
"""A charge denied (「没有上门费这回事」, "there's no exit fee") is no offer denied."""


@dataclass(frozen=True, kw_only=True)
class Denial:
    """A thing the brief offers, denied: the words denied, the word the offer shares, the offer,
    and where in the sentence the denial is (`at`)."""

    thing: str
    word: str
    offer: str
    at: tuple[int, int] = (0, 0)


def _content_words(thing: str, language: Language) -> list[str]:
    if language == "zh":
        return [w for w in jieba.lcut(thing) if len(w) >= 2 and not w.isdigit()]
    return [w for w in _EN_WORD.findall(thing.lower()) if w not in _EN_FUNCTION_WORDS]


def _shared_word(scenario: Scenario, thing: str, offer: str) -> str | None:
    """The word of the thing denied that the offer names, itself or by another word of the same
    point (「退款」 denied, 「退还 840 元」 offered: both words of the refund point)."""
    language = scenario.language
    words = [w for w in _content_words(thing, language) if not FREE[language].search(w)]
    direct = next((w for w in words if w in offer.lower()), None)
    if direct is not None:
        return direct
    named, offered = TurnText.of(thing, language), TurnText.of(offer, language)
    for stage in scenario.stages:
        for point in stage.points:
            cues = [k for k in point.keywords if len(k) >= 2 and not k.isdigit()]
            word = next((k for k in cues if named.find(k) and not FREE[language].search(k)), None)
            if word is not None and any(offered.find(k) for k in cues):
                return word
    return None


def denial(scenario: Scenario, raw: str, asking: bool = False) -> list[Denial]:
    """The brief's offered things the sentence says do not exist (not asked, not negated, no
    remedy after it)."""
    language = scenario.language
    if asking or raw.rstrip().endswith(("?", "？")):
        return []
    said = TurnText.of(raw, language)
    found: list[Denial] = []
    for match in DENIAL[language].finditer(raw):
        thing = next(v for k, v in match.groupdict().items() if v)
        if CHARGE[language].search(thing):
            continue
        if said.negated(match.start(), match.end()) or OFFER_AFTER[language].search(
            raw[match.end() :]
        ):
            continue
        for offer in scenario.learner.may_offer:
            if FREE[language].search(thing) and not FREE[language].search(offer):
                continue
            word = _shared_word(scenario, thing, offer)
            if word is not None:
                found.append(Denial(thing=thing, word=word, offer=offer, at=match.span()))
                break
    return found


def told_in_own_words(
    scenario: Scenario, sentence: TurnText, asking: bool, heard: list[tuple[int, int]]
) -> str | None:
    """The denial's label where the scenario's own claim was heard in its words (`heard`: their
    spans): 「我们这儿不退款」 is the author's 拒绝退还未告知的体检费, one breach, not a second
    谎称没有退款 beside it."""
    label = denied_provision(scenario, sentence, asking)
    denied = denial(scenario, sentence.raw, asking)
    if label is None or not any(a < d.at[1] and d.at[0] < b for d in denied for a, b in heard):
        return None
    return label


def denied_provision(scenario: Scenario, sentence: TurnText, asking: bool) -> str | None:
    """The label naming the offer the sentence denies, or None (untrue_claims.py)."""
    denied = denial(scenario, sentence.raw, asking)
    if not denied or denied_offer(scenario, sentence, asking):  # 「不能分期」: denied_offers.py
        return None
    return LABEL[scenario.language].format(word=denied[0].word, offer=denied[0].offer)


def denied_point(scenario: Scenario, point: dict[str, Any], reply: str) -> bool:
    """The point is denied in the turn: its credit came from the word it denies (「冻结？没有冻结
    这回事」 says 冻结 twice and offers no freezing)."""
    words = scenario.stage(point["stage"]).points[point["index"]].keywords
    for raw in sentences(reply):
        for denied in denial(scenario, raw):
            named = TurnText.of(denied.thing, scenario.language)
            if any(named.find(w) for w in words):
                return True
    return False
