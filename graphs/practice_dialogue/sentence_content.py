"""How much a sentence of a learner turn says besides greetings, names and titles, and whether it
rates what is on offer ("我们这是全市最好的健身房"): understanding.py tells small talk from a
greeting and from a claim about the offer with these. A claim about the business's own service
("we've won awards for our coverage", 「我们的设备都是进口的」) speaks of what she is dealing with,
true or not: on topic too, whatever its words."""

from __future__ import annotations

import re

from graphs.practice_dialogue.signals import TurnText, normalise
from graphs.text.segment import tokenize
from graphs.text.terms import is_stop_word

TITLES = frozenset(
    [
        "女士",
        "先生",
        "小姐",
        "mr",
        "mrs",
        "ms",
        "miss",
        "sir",
        "madam",
        "姐",
        "哥",
        "王女士",
        "李先生",
    ]
)
"""Forms of address that, like names, say nothing about the subject."""
WELCOME_TO = re.compile(
    r"\bwelcome (?:back )?to (?:the |our )?[\w' -]{1,40}?(?=[.,!?]|$)|欢迎(?:您)?(?:来到|光临)[^，。！？,.!?]{0,10}",
    re.IGNORECASE,
)
"""A welcome with the place it welcomes her to ("Good evening, welcome to the Harbourview
Hotel.", 「欢迎光临微笑口腔」): the place's name is part of the greeting, no small talk."""
CONTENT_MIN = {"zh": 4, "en": 2}
"""Characters (zh) or words (en) besides a greeting that make a turn more than a greeting."""


def beyond_greeting(sentence: TurnText, greetings: list[str], *, content_only: bool = False) -> int:
    """How much the sentence says besides its greeting words and names (characters or words):
    "王女士您好，我是小张。" says nothing else. With `content_only`, stop words do not count
    either ("Sorry about that, really sorry" says nothing besides the apology)."""
    text = sentence.raw
    for word in sorted(greetings, key=len, reverse=True):
        text = re.sub(re.escape(word), " ", text, flags=re.IGNORECASE)
    if sentence.language == "zh":
        kept = [
            t.word
            for t in tokenize(text, "zh")
            if not t.pos.startswith("nr")
            and t.word.strip() not in TITLES
            and not (content_only and is_stop_word(t.word.strip()))
        ]
        return len(normalise("".join(kept)))
    # English names are capitalised ("I'm Sam", "Mr Harper"); what is left is the content
    words = re.findall(r"[A-Za-z']+", text)
    return len(
        [
            w
            for w in words
            if w[0].islower()
            and w.lower() not in TITLES
            and not (content_only and is_stop_word(w.lower()))
        ]
    )


OFFER_CLAIM_MARKERS = {
    "zh": re.compile(r"最|更|比.{1,6}[好强便大新]"),
    "en": re.compile(r"\b(?:best|better|most|cheapest|finest|nicest|biggest|largest|top)\b", re.I),
}
"""A superlative or comparison: with 我们/we and a word of the subject, a claim about the offer."""
OURSELVES = {
    "zh": re.compile(r"我们|咱们|本店|我这"),
    "en": re.compile(r"\b(?:we|we're|our|ours)\b", re.I),
}


COMPARISON = {
    "zh": re.compile(r"比.{1,8}(?:便宜|划算|实惠|贵|好|强)"),
    "en": re.compile(r"\b(?:\w+er|less|more|better|worse) than\b", re.I),
}
"""A comparison: with a word of the subject, what is on offer set against a rival."""


def claims_about_offer(sentence: TurnText) -> bool:
    """ "我们这是全市最好的健身房" / "We're the best hotel on the harbour": the learner rates what
    they sell; on topic (true or not), unlike "我们诊所楼下新开了一家咖啡店". So does a comparison
    ("It's cheaper than the other hotel")."""
    language = sentence.language
    return bool(
        OURSELVES[language].search(sentence.raw)
        and OFFER_CLAIM_MARKERS[language].search(sentence.raw)
    ) or bool(COMPARISON[language].search(sentence.raw))


BUSINESS_THINGS = {
    "zh": re.compile(
        r"(?:我们|咱们|本店)(?:的|这边的|家的|店里的|诊所的|公司的)"
        r"(?:网络|信号|网速|宽带|服务|医生|技师|技术|设备|教练|课程|场馆|器械|房间|套房|价格|套餐|师傅)"
    ),
    "en": re.compile(
        r"\bour (?:[a-z]+ )?(?:network|coverage|service|broadband|connection|line|speeds?|"
        r"engineers?|technicians?|staff|team|company|prices?|plans?|packages?|deals?|rooms?|suites?|"
        r"hotel|clinic|doctors?|dentists?|gym|coaches|trainers|classes|equipment|reviews?)\b",
        re.I,
    ),
}
"""What the business has or sells, named as its own ("our network", 我们的设备)."""


def claims_about_business(sentence: TurnText) -> bool:
    """A statement about what the business has or sells ("we've won awards for our coverage",
    "our engineers are very experienced"): a claim about her matter, never small talk. A
    question about it asks, and is read as questions are."""
    return bool(BUSINESS_THINGS[sentence.language].search(sentence.raw))


RATING = {
    "zh": r"[^，,。；;！!？?]{0,4}?(?:真的|特别|非常|很|挺|超|确实|相当|蛮)(?:好|不错|值|划算|方便|舒服|漂亮"
    r"|宽敞|安静|实用|好用|省心)",
    "en": r"(?:\s+[a-z-]+){0,2}?\s*(?:is|are|'s|'re|was|were)\s+(?:(?:really|very|so|quite|absolutely"
    r"|genuinely|properly|just|lovely and|super)\s+)*(?:good|great|lovely|nice|handy|useful|worth it"
    r"|spacious|comfortable|quiet|stunning|gorgeous|beautiful|amazing|brilliant|excellent|fantastic"
    r"|superb|fast|reliable|roomy|cosy|cozy|practical)\b",
}
"""A rating said of the word just before it: "the view is really good", 「这个套房的景色特别好」."""


def rates_term(sentence: TurnText, terms: list[str]) -> bool:
    """A word of the scenario rated as what is sold ("…but the view is really good", "the awning
    is really handy"): a selling point, however thin, never small talk (session 26 trainer P19);
    the word must be what is rated, so chat that only mentions one ("我们诊所楼下新开了一家咖啡
    店，挺不错的") stays chat."""
    flags = re.IGNORECASE
    return any(
        re.search(re.escape(term) + RATING[sentence.language], sentence.raw, flags)
        for term in terms
    )
