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
  Where the scenario forbids no guarantee, one of how it will be for her ("I guarantee the view
  is perfect") or of no offer is "A guarantee staff cannot give".
- **deadline**: the claim names 限时/pressure ("虚假的限时优惠"). A sentence that ties a price
  change to a near day (明天就恢复原价, "the rate goes up tomorrow") claims it.

An offer is also heard by its figure (offer_amounts.py), and something given free in a scenario
with no free claim by free_gifts.py.

Negated words promise nothing ("我们不保证", "I can't promise a guaranteed speed"), nor does a
question.
"""

from __future__ import annotations

import re

from graphs.practice_dialogue.derived_figures import TIME_UNITS
from graphs.practice_dialogue.figures import figures
from graphs.practice_dialogue.free_amenities import of_amenity
from graphs.practice_dialogue.signals import TurnText
from graphs.scenarios import ForbiddenClaim, Scenario
from graphs.text.segment import tokenize

FREE_CLAIM = re.compile(r"免费|\bfree\b", re.IGNORECASE)
GUARANTEE_CLAIM = re.compile(r"保证|guarantee", re.IGNORECASE)
DEADLINE_CLAIM = re.compile(r"限时|limited[- ]time|deadline|pressur|施压", re.IGNORECASE)

FREE_WORDS = re.compile(
    r"免费|不收钱|不要钱|不收费|不用花钱|白送|(?:再|额外|另外)?(?:送|赠送)(?:您|你)(?!出|到|下楼|回|上车|一程|走|离开)"
    r"|(?:再|额外|另外|还)(?:送|赠送)(?=[一二两三四五六七八九十几\d])"
    r"|\bfor free\b|\bfree of charge\b|\bcomplimentary\b"
    r"|\b(?:completely|totally|absolutely|entirely) free\b"
    r"|\b(?:months?|weeks?|years?|nights?) free\b(?! (?:to|of|from|time)\b)"
    r"|\bat no (?:extra |additional )?(?:cost|charge)\b|\bno (?:extra |additional )?charge\b"
    r"|\bwon'?t cost (?:you )?(?:a penny|anything|a thing|extra)\b|\bon the house\b"
    r"|\b(?:add|giv|give|includ|offer|send|throw)\w*\b[^.!?]{0,40}?\bfor nothing\b"
    r"(?=\s*(?:[.,;!]|$|too\b|as well\b))|\bthrow(?:s|ing)? in\b"
    r"|\bmak(?:e|es|ing)\b[^.!?,;]{0,30}?\bfree\b(?=\s*(?:[.,;!?]|$|for you\b|of charge\b))"
    r"|\bfree (?=[a-z])(?!(?:to|tonight|now|today|this|at|for|from|of|in|on|until|till|and|or|"
    r"within|if|when)\b)",
    re.IGNORECASE,
)
"""Giving something without charge (送您 gives it too, 再送十节 too, 送您出去 sees her out: a courtesy, no gift;
"three months completely free", "two months free" give a period); "a suite free tonight"
(available) and "free to go" are not; "throw in", "on the house" and a clause-ending "for nothing"
give (session 22 end trainer: "I'll throw in the champagne and a spa voucher for nothing" was small
talk); "for nothing" given by no verb of giving ("drive all this way for nothing") gives nothing;
a thing made free ("I'll make your whole stay free", session 24 trainer P17: missed) is given."""
GUARANTEE_WORDS = re.compile(
    r"保证|担保|肯定能|一定能|绝对能|百分之百|包您|\bguarantee[ds]?\b|\bi promise (?:you|that)\b"
    r"|\b100 ?%|\b(?:100|a hundred|one hundred) (?:per ?cent|percent)\b",
    re.IGNORECASE,
)
OUTCOME = re.compile(
    r"完美|最好|满意|喜欢|难忘|不会后悔|一定会|\b(?:perfect|best|love|enjoy|unforgettable|amazing|"
    r"stunning|won't regret|never|always|quiet|sunny|happy|delighted)\b",
    re.IGNORECASE,
)
"""How it will be for her: what no member of staff can guarantee ("the view is perfect")."""
UNKEEPABLE = {"zh": "做不到的保证", "en": "A guarantee staff cannot give"}
"""The claim of a guarantee where the scenario forbids none by name: of how it will be for her
("I guarantee the view is perfect", 保证您满意), or of anything that is no offer of hers;
guaranteeing an offer ("I guarantee the late check-out") is keeping one's word."""
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
OFFER_WORDS = re.compile(
    r"\b(?:i|we)(?:'ll| will| can| could|'d| would| can do)?\s+(?:just\s+)?(?:do|give|offer|make"
    r"|let you have|knock|drop|bring|get|put you on|sort you out|throw in)\b|\bfor you\b"
    r"|\blet'?s (?:say|call it|make it)\b|\b(?:call|make) it\b|\blet me (?:do|give|offer|make)\b"
    r"|\b(?:the|your|her) (?:price|rate|bill)(?: for you)? (?:will|would|'ll) (?:be|become|drop to"
    r"|come down to|go down to)\b"
    r"|给您|给你|算您|算你|便宜|优惠|只收|就收|只要|就行|降到|减到|打个|送您|送你",
    re.IGNORECASE,
)
"""Words that put a figure on the table as the learner's own offer; "the price will be GBP 20 a
month for life" (if she stays) too (session 24 trainer P17: missed)."""
PRICE_WORDS = re.compile(
    r"元|块|便宜|就行|只要|只收|就收|降到|减到|价|\bprice\b|\brate\b|pounds?|dollars?|£|\$"
    r"|\bgbp\b|\busd\b|\b(?:a|per) (?:month|night|year)\b",
    re.IGNORECASE,
)
SPLIT_OR_RIVAL = re.compile(
    r"每天|一天|每次|每日|一杯|隔壁|别家|其他家|对面|\b(?:a|per) (?:day|visit|session)\b"
    r"|\bother (?:provider|company|lot)\b|\brival\b|\bthey\b|\btheir\b"
    r"|\bworth\b|\bvalued? at\b|价值|相当于|原价",
    re.IGNORECASE,
)
"""A figure split per day or visit ("一天不到11块"), a rival's price, or what a thing is worth
("Breakfast alone would be worth about 30 dollars for two", 早餐价值60元) states no offer."""
BEYOND_OFFER = {
    "zh": "超出权限的价格或优惠",
    "en": "An offer beyond what you may offer",
}
"""The claim of an offer whose figure the scenario does not allow."""
_EN_WORD = re.compile(r"[a-z]{4,}")
_CJK = re.compile(r"[\u4e00-\u9fff]+")
_FILLER = frozenset(
    {"that", "this", "with", "than", "will", "would", "your", "from", "charge", "without", "within"}
)
_PERIODS = frozenset(
    {"month", "months", "week", "weeks", "year", "years", "days", "night", "nights"}
)
"""A period names no offer: "two months free" is no word of "31 a month for 12 months"."""
_ZH_JOINS = re.compile(r"[或和及、与]")


REFRESHMENT = re.compile(
    r"^[的了]?(?:茶水|茶|柠檬水|矿泉水|饮用水|温水|热水|白开水|咖啡|饮料|饮品|果汁|小零食|零食|纸巾|水)"
    r"|^\s*(?:tea|coffee|water|lemonade|juice|drinks?|refreshments|snacks|biscuits|cookies)\b",
    re.IGNORECASE,
)
"""A courtesy drink or snack given free (「我们这有免费的柠檬水」, "free coffee in the lounge"):
no part of the deal and no price given up, so no offer beyond authority (off the subject, it may
be small talk)."""


LEAVING = re.compile(r"^\s*(?:for|to|if you)\s+(?:leav|cancel|go\b|walk away|switch)", re.I)
"""Leaving free of charge ("there's no charge for leaving now", "free of charge to cancel"):
her right to go stated, no gift given (session 17: heard as an offer beyond authority)."""


CONDITION = re.compile(r"\bif\b|\bunless\b|要是|如果|假如|万一", re.IGNORECASE)
MAIN_CLAUSE = re.compile(
    r"\b(?:i|we)(?:'ll| will| can| could|'d| would)\b|(?:我|我们)(?:就|会|可以|给)", re.IGNORECASE
)
"""The learner's own clause after a condition of hers: "if you don't love it I'll make …"."""


def _negated(sentence: TurnText, start: int, end: int) -> bool:
    """Negated, where a negation inside a condition of hers ("if you don't love it I'll make
    your whole stay free", 要是不满意我就…) belongs to the condition, not to what is promised."""
    if not sentence.negated(start, end):
        return False
    condition = CONDITION.search(sentence.raw, 0, start)
    mains = [m for m in MAIN_CLAUSE.finditer(sentence.raw, 0, start)]
    if condition is None or not mains or mains[-1].start() < condition.end():
        return True
    cut = mains[-1].start()
    rest = TurnText.of(sentence.raw[cut:], sentence.language)
    return rest.negated(start - cut, end - cut)


def unnegated(sentence: TurnText, pattern: re.Pattern[str]) -> list[re.Match[str]]:
    return [
        m
        for m in pattern.finditer(sentence.raw.lower())
        if not _negated(sentence, m.start(), m.end())
        and not (
            pattern is FREE_WORDS
            and (
                REFRESHMENT.match(sentence.raw[m.end() :])
                or LEAVING.match(sentence.raw[m.end() :])
                or of_amenity(sentence.raw, m.start(), m.end())  # free_amenities.py
            )
        )
    ]


def offer_words(text: str) -> set[str]:
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
    words = offer_words(text)
    for topic in scenario.topics:
        if topic.id.lower() in words:
            words |= {k.lower() for k in topic.keywords}
    return words


def names_any(sentence: TurnText, words: set[str]) -> bool:
    return bool(words & offer_words(sentence.raw)) or any(
        len(w) >= 4 and w in sentence.raw.lower() for w in words
    )


def promises_in(scenario: Scenario, sentence: TurnText, asking: bool) -> list[str]:
    """The forbidden claims of a free, guarantee or deadline kind the sentence makes."""
    if asking:
        return []
    claims = [c for stage in scenario.stages for c in stage.forbidden_claims]
    made: list[str] = []
    frees = [c for c in claims if FREE_CLAIM.search(c.claim)]
    if frees and (given := unnegated(sentence, FREE_WORDS)):
        allowed = free_things(scenario)
        for match in given:
            # what is given free is named just before or after ("私教体验课免费", "免费体测")
            near = sentence.raw[max(0, match.start() - 8) : match.end() + 12]
            if not names_any(TurnText.of(near, scenario.language), allowed):
                wider = sentence.raw[max(0, match.start() - 16) : match.end() + 24]
                made.append(_pick(scenario, TurnText.of(wider, scenario.language), frees))
                break
    guarantees = [c for c in claims if GUARANTEE_CLAIM.search(c.claim)]
    # no guarantee the author forbade: one of how it will be for her still is one
    if (
        not guarantees
        and unnegated(sentence, GUARANTEE_WORDS)
        and (OUTCOME.search(sentence.raw) or not names_an_offer(scenario, sentence))
    ):
        made.append(UNKEEPABLE[scenario.language])
    if guarantees and (vows := unnegated(sentence, GUARANTEE_WORDS)):
        named = [
            c
            for c in guarantees
            if names_any(sentence, _subject(scenario, c, GUARANTEE_CLAIM))
            or any(_vows_its_predicate(c, sentence.raw[v.end() :]) for v in vows)
        ]
        # what is vowed is the rest of the guarantee's clause: "if you take the 500 Mb plan, I
        # guarantee the full 500 Mb every evening" names the plan, and vows its speed
        # a vow with nothing to vow ("a hundred percent" alone) vows nothing of its own
        vowed = [w for v in vows if (w := _vowed(sentence, v)).raw.strip()]
        # an offer named to vow how it performs ("the full 150 Mb every evening after the
        # engineer visit") still vows a measure; one only named is keeping one's word
        sole = (
            len(guarantees) == 1
            and bool(vowed)
            and not any(
                names_an_offer(scenario, v) and not _vows_a_measure(scenario, v) for v in vowed
            )
        )
        # the sentence may name an offer (the plan) to vow how it performs (its 500 Mb)
        if named or (
            sole
            and (
                not names_an_offer(scenario, sentence)
                or any(_vows_a_measure(scenario, v) for v in vowed)
            )
        ):
            made.append((named or guarantees)[0].claim)
    deadlines = [c for c in claims if DEADLINE_CLAIM.search(c.claim)]
    if deadlines and NEAR_DAY.search(sentence.raw) and unnegated(sentence, PRICE_CHANGE):
        made.append(deadlines[0].claim)
    return list(dict.fromkeys(made))


_GUARANTEED = re.compile(r"^[^，,。；;！!？?]*")
"""What a guarantee word vows: the rest of its clause."""


def _vowed(sentence: TurnText, vow: re.Match[str]) -> TurnText:
    """What a guarantee word vows: the rest of its clause, or the clause before when it closes
    the sentence ("you will get 150 Mb at peak time, a hundred percent")."""
    after = _GUARANTEED.match(sentence.raw[vow.end() :])
    vowed = after.group() if after else ""
    if not re.search(r"\w", vowed):
        before = [
            c for c in re.split(r"[，,。；;！!？?]", sentence.raw[: vow.start()]) if c.strip()
        ]
        vowed = before[-1] if before else ""
    return TurnText.of(vowed, sentence.language)


def _vows_a_measure(scenario: Scenario, vowed: TurnText) -> bool:
    """The vow states a measure of an offer that is neither its price nor its time (the 500 Mb
    of the 500 Mb plan): how the offer will perform, which no member of staff can vouch for."""
    told = figures(" ".join(scenario.learner.may_offer), scenario.language)
    measures = [f for f in told if f.unit not in (None, "元") and f.unit not in TIME_UNITS]
    said = figures(vowed.raw, scenario.language)
    return any(f.matches(m) and f.unit == m.unit for f in said for m in measures)


def _vows_its_predicate(claim: ForbiddenClaim, after: str) -> bool:
    """The clause a guarantee word opens holds the claim's predicate, its last word: "保证不用
    等" vows what "保证以后绝不会再等" forbids (等), in other words than the claim's."""
    words = [
        t.word for t in tokenize(claim.claim, "zh") if re.search(r"[\u4e00-\u9fffA-Za-z]", t.word)
    ]
    vowed = _GUARANTEED.match(after)
    return bool(words and vowed and len(words) > 1 and words[-1] in vowed.group())


def promise_kind(claim: str) -> re.Pattern[str] | None:
    """The kind of promise a forbidden claim is (free, guarantee, deadline), if any."""
    return next((k for k in (FREE_CLAIM, GUARANTEE_CLAIM, DEADLINE_CLAIM) if k.search(claim)), None)


def names_an_offer(scenario: Scenario, sentence: TurnText) -> bool:
    """The sentence names something the learner may offer (a word of it, or its sum of money):
    to guarantee that ("我保证给您退120元", "I guarantee the engineer will come") is keeping one's
    word, not a forbidden promise. A period names one with its own figure ("leave inside 30
    days" of "within 30 days"), not with another ("two months free")."""
    offers = " ".join(scenario.learner.may_offer)
    if (offer_words(sentence.raw) & offer_words(offers)) - _PERIODS:
        return True
    told = figures(offers, scenario.language)
    sums = [f for f in told if f.unit == "元"]
    periods = [f for f in told if f.unit in TIME_UNITS]
    said = figures(sentence.raw, scenario.language)
    return any(f.matches(s) for f in said for s in sums) or any(
        f.matches(p) and f.unit == p.unit for f in said for p in periods
    )


def _pick(scenario: Scenario, near: TurnText, claims: list[ForbiddenClaim]) -> str:
    """The free claim whose subject is named beside the free word ("free upgrade"); another thing
    of the scenario given free ("a free late check-out") is an offer beyond what the learner may
    offer, not the free upgrade it is not; a thing unnamed ("it for free") is the first claim's."""
    for claim in claims:
        if names_any(near, _subject(scenario, claim, FREE_CLAIM)):
            return claim.claim
    things = {k.lower() for s in scenario.stages for p in s.points for k in p.keywords}
    things |= {k.lower() for t in scenario.topics for k in t.keywords}
    if any(len(k) >= 4 and not k.isdigit() and k in near.raw.lower() for k in things):
        return BEYOND_OFFER[scenario.language]
    # "the champagne and a spa voucher for nothing" names a thing, not "it": the claim of other extras
    extras = [c for c in claims if OTHER_EXTRAS.search(c.claim)]
    if extras and not THE_OFFER.search(near.raw):
        return extras[0].claim
    return claims[0].claim  # "I can give it to you for free": the first, the thing on offer


OTHER_EXTRAS = re.compile(r"\bother\b|其他|其它|别的", re.IGNORECASE)
"""A free claim of other extras ("A free dinner or other extra the hotel does not offer")."""
THE_OFFER = re.compile(r"\b(?:it|this|that|them)\b|这个|它|这", re.IGNORECASE)
"""The thing on offer, not named but pointed at."""
