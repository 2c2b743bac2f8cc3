"""Pressure by ultimatum, scarcity or scorn: the forms pressure.py's phrases do not list.

- An ultimatum: now, or she loses it ("Grab it now or someone else will.", "Say yes today or the
  discount goes.", 「现在不定，优惠就没了」, 「不然这个价明天就没了」).
- Scarcity said to hurry her ("These won't last.", "Two other guests are about to book it.",
  「名额不多了」).
- Scorn for saying no ("You'd be mad to turn this down.", "Only a fool would pass on it.",
  「不办就是傻」, 「傻子才不要」).
- The offer gone the moment the call or visit ends ("It disappears the moment you hang up.",
  「挂了电话就没了」).
- A clock set on the offer in minutes or hours ("This offer is only valid for the next five
  minutes", "the price expires in an hour", 「这个优惠只有十分钟有效」): a deadline made up to
  hurry her, as no price of a shop lapses while she thinks.
- A bare yes or no demanded ("Shall I sign you up? Yes or no?", "Final answer?", 「办还是不办，给句
  痛快话」): the decision wrung out of her, not asked (evaluation.py credits no decision asked in a
  turn that presses her: point_gates.pressed_decision).

understanding.py adds what these find to the turn's pressure: the turn is on the subject and she
resists the pressure (never "what has that got to do with my room?").
"""

from __future__ import annotations

import re
import unicodedata

from graphs.exams import Language

_LOSS_EN = (
    r"(?:else|(?:some|any)(?:one|body)(?: else)?|it(?:'s| will| goes| is)|they(?:'ll| will)"
    r"|you(?:'ll| will)? (?:lose|miss)|(?:lose|miss) (?:it|out)\b|the (?:offers?|deals?|prices?|rates?|discounts?"
    r"|room|suite|place|slot)\b)"
)
ULTIMATUMS: dict[Language, tuple[re.Pattern[str], ...]] = {
    "en": (
        re.compile(
            r"\b(?:now|today|tonight|immediately|right away|this minute)\b,?\s+or\s+" + _LOSS_EN,
            re.IGNORECASE,
        ),
        re.compile(
            r"\bwon't last\b|\b(?:going|selling) fast\b|\babout to (?:go|be gone|sell out|take it"
            r"|book it|snap it up|grab it)\b|\b(?:some|any)(?:one|body) else (?:will|is going to)"
            r" (?:take|grab|book|snap)\b",
            re.IGNORECASE,
        ),
        # the offer gone the moment the call or visit ends: "It disappears the moment you hang up"
        re.compile(
            r"\b(?:gone|go(?:es)?|disappears?|vanish(?:es)?|expires?|ends?|over|off the table)\b"
            r"[^.!?]{0,12}\b(?:the moment|the minute|the second|once|as soon as|when|if)\s+"
            r"(?:you|we|this call|the call)\s*(?:hang up|put the phone down|end|ends|leave|walk"
            r"|go|step|is over|are done)\b",
            re.IGNORECASE,
        ),
        # a clock on the offer: "only valid for the next five minutes", "expires in an hour"
        re.compile(
            r"\b(?:offer|deal|price|rate|discount)s?\b[^.!?]{0,25}?\b(?:valid|good|available|"
            r"open|stands?|expires?|on the table|ends?|gone)\b[^.!?]{0,12}?\b(?:for|in|within)"
            r" (?:the next |another |only )?(?:\d+|a|an|one|two|three|five|ten|fifteen|twenty|"
            r"thirty|few|couple of) (?:more )?(?:minutes?|hours?|seconds?|mins?)\b",
            re.IGNORECASE,
        ),
        # a bare yes or no demanded: "Yes or no?", "In or out?", "Final answer?"
        re.compile(
            r"\byes or no\b|\bin or out\b|\bnow or never\b|\bfinal answer\b|\b(\w+) or no \1\b"
            r"|\b(?:just )?give me an? (?:yes or no|straight answer|answer now)\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"\byou(?:'d| would) (?:have to )?be (?:silly|mad|crazy|daft|stupid|foolish|nuts"
            r"|insane|a fool|an idiot)\b|\bonly an? (?:fool|idiot|madman)\b"
            r"|\b(?:silly|mad|crazy|daft|foolish|stupid) (?:not to|to (?:say no|turn|refuse|pass"
            r"|miss|walk))\b",
            re.IGNORECASE,
        ),
    ),
    "zh": (
        re.compile(
            r"(?:现在|今天|马上|立刻|当场)不(?:赶紧)?(?:办|签|定|订|买|交|刷|决定|答应)"
            r"[^。！？]{0,8}(?:就|可就|的话)"
            r"|(?:不然|否则|要不然|过了今天|错过)[^。！？]{0,8}"
            r"(?:没了|没有了|作废|失效|取消|不算|涨|恢复原价|就没)"
        ),
        # gone once the call or the visit ends: 挂了电话就没了, 出了这个门就不是这个价了
        re.compile(
            r"(?:挂了?电话|出了?(?:这个)?门|走出(?:这个)?门|您?一走)(?:以后|之后)?[^。！？]{0,6}"
            r"(?:没了|没有了|作废|失效|不算|恢复原价|不是这个价|涨)"
        ),
        # a clock on the offer: 这个优惠只有十分钟有效, 这个价只保留半小时
        re.compile(
            r"(?:优惠|价格|这个价|活动|折扣|名额)[^。！？]{0,8}(?:只|仅|就)[^。！？]{0,4}"
            r"[\d一二两三四五六七八九十半]+(?:个)?(?:分钟|小时)"
        ),
        # a bare yes or no demanded: 办还是不办，一句话 / 给句痛快话
        re.compile(
            r"给(?:我)?(?:句|个|一句)(?:痛快话|准话|痛快|话)|痛快(?:点|些)[，,！!]|"
            r"一句话[，,：:]?\s*(?:办|买|签|定|要|行)|^\s*(?:就|您|你)?(?:给我)?一句话[。！!]?\s*$"
        ),
        re.compile(
            r"名额(?:不多|有限|快没|就剩)|(?:别人|其他人|其他客人)[^。！？]{0,6}(?:抢|订走|定走|买走)"
        ),
        re.compile(r"傻(?:子|瓜)?才|不(?:办|签|买|要|定)(?:就|才|可)?(?:是)?(?:傻|亏大)"),
    ),
}
"""The ultimatums, scarcity and scorn, per language."""


def ultimatums_in(sentence: str, language: Language) -> list[str]:
    """The pressure of these forms the sentence puts on her, as said."""
    text = unicodedata.normalize("NFKC", sentence)
    return [m.group(0) for pattern in ULTIMATUMS[language] if (m := pattern.search(text))]
