"""Forbidden promises heard by what they promise, whatever their words.

An author lists a forbidden claim with a few phrasings; a learner finds others ("I can give it to
you for free", "I can guarantee you'll get the full 150 Mb"). Three kinds of promise are told by
the claim's own text and heard in any words:

- **free**: the claim names 免费/free ("The upgrade is free"). A sentence that gives something
  free (for free, complimentary, at no cost, 免费, 不收钱) claims it, unless what it gives free is
  one of the things the scenario says are free (the background and `may_offer`: 免费体测, a free
  engineer visit).
- **guarantee**: the claim names 保证/guarantee ("A guaranteed speed"). A sentence that
  guarantees (保证, 肯定能, guarantee, I promise you'll) claims it when it names the claim's
  subject (its own words and the words of the scenario topic it names), or when the scenario has
  only that one guarantee to forbid and the sentence guarantees none of the learner's offers.
- **deadline**: the claim names 限时/pressure ("虚假的限时优惠"). A sentence that ties a price
  change to a near day (明天就恢复原价, "the rate goes up tomorrow") claims it.

Negated words promise nothing ("我们不保证", "I can't promise a guaranteed speed"), nor does a
question.
"""

from __future__ import annotations

import re

from graphs.practice_dialogue.figures import figures
from graphs.practice_dialogue.signals import TurnText
from graphs.scenarios import ForbiddenClaim, Scenario

FREE_CLAIM = re.compile(r"免费|\bfree\b", re.IGNORECASE)
GUARANTEE_CLAIM = re.compile(r"保证|guarantee", re.IGNORECASE)
DEADLINE_CLAIM = re.compile(r"限时|limited[- ]time|deadline|pressur|施压", re.IGNORECASE)

FREE_WORDS = re.compile(
    r"免费|不收钱|不要钱|不收费|不用花钱|白送|\bfor free\b|\bfree of charge\b|\bcomplimentary\b"
    r"|\bat no (?:extra |additional )?(?:cost|charge)\b|\bno (?:extra |additional )?charge\b"
    r"|\bwon'?t cost (?:you )?(?:a penny|anything|a thing|extra)\b"
    r"|\bfree (?=[a-z])(?!(?:to|tonight|now|today|this|at|for|from|of|in|on|until|till|and|or|"
    r"within|if|when)\b)",
    re.IGNORECASE,
)
"""Giving something without charge; "a suite free tonight" (available) and "free to go" are not."""
GUARANTEE_WORDS = re.compile(
    r"保证|担保|肯定能|一定能|绝对能|百分之百|包您|\bguarantee[ds]?\b|\bi promise (?:you|that)\b"
    r"|\b100 ?%",
    re.IGNORECASE,
)
NEAR_DAY = re.compile(
    r"今天|今晚|明天|过了今天|只有今天|\btoday\b|\btonight\b|\btomorrow\b|\bright now\b",
    re.IGNORECASE,
)
PRICE_CHANGE = re.compile(
    r"涨价|恢复原价|回到原价|原价|就没了|没有了|截止|过期|取消优惠"
    r"|\bgoes? up\b|\bgo(?:es)? back to\b|\bback to (?:the )?(?:full|normal)\b|\bends?\b|\bexpires?\b"
    r"|\bwon'?t last\b|\bgone\b",
    re.IGNORECASE,
)
_EN_WORD = re.compile(r"[a-z]{4,}")
_CJK = re.compile(r"[\u4e00-\u9fff]+")
_FILLER = frozenset({"that", "this", "with", "than", "will", "would", "your", "from", "charge"})
_ZH_JOINS = re.compile(r"[或和及、与]")


def _unnegated(sentence: TurnText, pattern: re.Pattern[str]) -> list[re.Match[str]]:
    return [
        m
        for m in pattern.finditer(sentence.raw.lower())
        if not sentence.negated(m.start(), m.end())
    ]


def _words(text: str) -> set[str]:
    """Content words: English words of four letters or more, Chinese character pairs."""
    found = {w for w in _EN_WORD.findall(text.lower()) if w not in _FILLER}
    for run in _CJK.findall(text):
        found |= {run[i : i + 2] for i in range(len(run) - 1)}
    return found


def free_things(scenario: Scenario) -> set[str]:
    """What the scenario itself says is free: the words right after a free word in the
    background and in what the learner may offer ("免费体测或体验课" -> 体测, 体验)."""
    things: set[str] = set()
    for text in [scenario.background, *scenario.learner.may_offer]:
        for match in FREE_WORDS.finditer(text.lower()):
            rest = text[match.end() :]
            if re.search(r"[\u4e00-\u9fff]", match.group()):
                window = re.split(r"[，,。；;再后]", rest, maxsplit=1)[0]
                things |= {piece[:2] for piece in _ZH_JOINS.split(window) if len(piece) >= 2}
            else:
                things |= set(_EN_WORD.findall(rest.lower())[:2]) - _FILLER
    return things


def _subject(scenario: Scenario, claim: ForbiddenClaim, kind: re.Pattern[str]) -> set[str]:
    """The claim's own words (its kind word and any bracketed note aside), with the keywords of
    a scenario topic it names ("A guaranteed speed" -> the `speed` topic)."""
    text = re.sub(r"[（(].*?[)）]", "", kind.sub("", claim.claim))
    words = _words(text)
    for topic in scenario.topics:
        if topic.id.lower() in words:
            words |= {k.lower() for k in topic.keywords}
    return words


def _names(sentence: TurnText, words: set[str]) -> bool:
    return bool(words & _words(sentence.raw)) or any(
        len(w) >= 4 and w in sentence.raw.lower() for w in words
    )


def promises_in(scenario: Scenario, sentence: TurnText, asking: bool) -> list[str]:
    """The forbidden claims of a free, guarantee or deadline kind the sentence makes."""
    if asking:
        return []
    claims = [c for stage in scenario.stages for c in stage.forbidden_claims]
    made: list[str] = []
    frees = [c for c in claims if FREE_CLAIM.search(c.claim)]
    if frees and (given := _unnegated(sentence, FREE_WORDS)):
        allowed = free_things(scenario)
        for match in given:
            # what is given free is named just before or after ("私教体验课免费", "免费体测")
            near = sentence.raw[max(0, match.start() - 8) : match.end() + 12]
            if not _names(TurnText.of(near, scenario.language), allowed):
                made.append(_pick(scenario, sentence, frees, FREE_CLAIM))
                break
    guarantees = [c for c in claims if GUARANTEE_CLAIM.search(c.claim)]
    if guarantees and _unnegated(sentence, GUARANTEE_WORDS):
        named = [c for c in guarantees if _names(sentence, _subject(scenario, c, GUARANTEE_CLAIM))]
        if named or (len(guarantees) == 1 and not names_an_offer(scenario, sentence)):
            made.append((named or guarantees)[0].claim)
    deadlines = [c for c in claims if DEADLINE_CLAIM.search(c.claim)]
    if deadlines and NEAR_DAY.search(sentence.raw) and _unnegated(sentence, PRICE_CHANGE):
        made.append(deadlines[0].claim)
    return list(dict.fromkeys(made))


def promise_kind(claim: str) -> re.Pattern[str] | None:
    """The kind of promise a forbidden claim is (free, guarantee, deadline), if any."""
    return next((k for k in (FREE_CLAIM, GUARANTEE_CLAIM, DEADLINE_CLAIM) if k.search(claim)), None)


def names_an_offer(scenario: Scenario, sentence: TurnText) -> bool:
    """The sentence names something the learner may offer (a word of it, or its sum of money):
    to guarantee that ("我保证给您退120元", "I guarantee the engineer will come") is keeping one's
    word, not a forbidden promise."""
    offers = " ".join(scenario.learner.may_offer)
    if _words(sentence.raw) & _words(offers):
        return True
    sums = [f for f in figures(offers, scenario.language) if f.unit == "元"]
    return any(f.matches(s) for f in figures(sentence.raw, scenario.language) for s in sums)


def _pick(
    scenario: Scenario, sentence: TurnText, claims: list[ForbiddenClaim], kind: re.Pattern[str]
) -> str:
    """The claim of a kind whose subject the sentence names, else the first of that kind."""
    for claim in claims:
        if _names(sentence, _subject(scenario, claim, kind)):
            return claim.claim
    return claims[0].claim
