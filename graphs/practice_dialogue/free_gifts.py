"""Something given free that the scenario neither says is free nor lets the learner offer:
「再送您一年免费洗牙」 where only a 100 元 voucher may be given, "I'll send a technician on
Thursday, no charge" where the visit is not the free thing.

In a scenario with no forbidden claim of the free kind (promises.py hears those), such a gift is
an offer beyond what the learner may offer (claims.py). What may be given free is what the
scenario's text calls free (promises.free_things) and what a point that gives something free
names in the learner's words (its keywords).
"""

from __future__ import annotations

import re

from graphs.practice_dialogue.promises import (
    FREE_WORDS,
    free_things,
    names_an_offer,
    names_any,
    unnegated,
)
from graphs.practice_dialogue.signals import TurnText
from graphs.scenarios import Scenario

FREE_POINT = re.compile(
    r"免费|免除|免收|不收|\bfree\b|\bwithout (?:a |any )?fee\b|\bno fee\b", re.I
)
"""A point whose text gives something free ("Offer a free engineer visit", "cancel without a fee")."""
ZH_GIVE_AFTER = re.compile(r"^(?:给您|给你|帮您|帮你)?(?:做|送|加|洗|办|换|升级|安排|享受|多)")
"""A Chinese free word followed by a verb: the thing given free is what follows (免费做一次全套)."""
_BARE_TAIL = re.compile(
    r"^[\s了的吧啊呢]*(?:for you|给您|给你)?[\s了的吧啊呢]*(?:[，,;；。.!！]|$)", re.I
)
"""Nothing but a particle after the free word in its clause: "..., no charge." names no thing."""


def free_point_words(scenario: Scenario) -> set[str]:
    """The keywords of the points that give something free: the learner's own words for a thing
    the scenario lets her give free ("a technician", "within the first month")."""
    return {
        k.lower()
        for stage in scenario.stages
        for point in stage.points
        if FREE_POINT.search(point.text)
        for k in point.keywords
        if len(k) >= 2 and not k.isdigit()
    }


def _ascii_word(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _word_start(text: str, at: int) -> int:
    """`at`, moved back to the start of the word it falls in: "30 days" is not cut to "0 days".
    Only a word of letters or digits: Chinese has no spaces, and the whole sentence before would
    be taken in (下次 of 「下次洗牙我再送您一次免费的牙齿美白」 is when, not what is given)."""
    while 0 < at < len(text) and _ascii_word(text[at - 1]) and _ascii_word(text[at]):
        at -= 1
    return at


def free_gift(scenario: Scenario, sentence: TurnText, asking: bool) -> bool:
    """Something given free that the scenario neither says is free nor lets the learner offer
    ("再送您一年免费洗牙" where only a 100 元 voucher may be given): in a scenario with no
    forbidden claim of the free kind, an offer beyond what the learner may offer. The thing is
    named beside the free word, or, for a free word that ends its clause ("I'll send a technician
    on Thursday, no charge"), anywhere before it in the sentence; a thing a free point names in
    the learner's words (its keywords) is allowed as well as what the scenario text calls free."""
    if asking:
        return False
    allowed = free_things(scenario) | free_point_words(scenario)
    for match in unnegated(sentence, FREE_WORDS):
        raw = sentence.raw
        # the free word itself is no thing named ("A free engineer visit" has "free" too)
        near = TurnText.of(
            raw[_word_start(raw, max(0, match.start() - 8)) : match.start()]
            + " "
            + raw[match.end() : match.end() + 12],
            "zh",
        )
        if _BARE_TAIL.match(raw[match.end() :]):
            near = TurnText.of(raw[: match.start()], "zh")
        elif ZH_GIVE_AFTER.match(raw[match.end() :]) or match.group().endswith("送"):
            # "给您免费做一次全套", 再送两次美白: what follows the free word is what is given;
            # 下次来 before it is when
            near = TurnText.of(raw[match.end() : match.end() + 12], "zh")
        if not names_any(near, allowed) and not names_an_offer(scenario, near):
            return True
    return False
