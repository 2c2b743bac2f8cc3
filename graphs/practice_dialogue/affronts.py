"""What the customer takes as an affront, and what she says to it.

Two things a learner says are neither small talk nor a point, and she answers them for what they
are, not with "你说这些跟我有什么关系？":

- **personal**: a remark on her person, her body, age or wits (「您这身材也该练练了」, 「您这是没算
  明白」, "you'd be mad to say no", "at your age"). She objects to the rudeness.
- **forced**: the deal paid for or done before her yes (「刷卡还是扫码？」, 「我现在就给您开单」,
  "Cash or card?", "I've already changed it on the system", "Okay, done, you'll get an email").
  She says she has not agreed.
- **selling**: something else pitched to her while what she came about is not dealt with (「我们最近
  推出了牙齿美白套餐…您有兴趣了解一下吗？」 to a patient complaining of a fee, "have you seen our new
  TV bundle?" to a customer cancelling): a pitch by its words (`sales_pitch`) in a turn that made
  no point past the opening (her_line.py). She says she did not come to buy.
- **hushed**: her complaint talked down (「您就别投诉了」, 「没必要闹」, "no need to make a
  complaint"). She says that is for her to decide.
- **silenced**: she is told to stop talking (「您先别说了，听我讲」, "let me stop you there", "just
  listen to me"). She says she has not finished.
- **referred**: she is pointed at the paperwork instead of being told (「单子上都写着呢」, 「价目表上
  写得清清楚楚」, "It's all in the terms and conditions", "read the small print"). She asks to be
  told.
- **brushed**: she is sent off or away (「想好了再来找我」, 「您先让一让」, 「嫌贵您就去隔壁办」,
  "next, please", "go somewhere else then"), or the talk closed on her (「好的，那就这样。」, "OK,
  thanks for letting me know.": brush_offs.py). She asks whether she is being got rid of.
- **passed**: she is sent to take it up with someone else (「要不您跟医生去说吧」, "Ring the shop
  about that, not me": deflection.DEFLECTION). She says it is the learner she is asking.
- **stonewalled**: a rule or nothing-to-be-done read at her instead of help (「我们这边就是这个
  规定」, "That's the policy, I'm afraid": deflection.HELPLESS). She asks what can be done.

Only before she has said yes: after it, "刷卡还是扫码？" is the business of paying.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

from graphs.exams import Language
from graphs.practice_dialogue.brush_offs import closes_only
from graphs.practice_dialogue.deal_lines import GIVE_UP
from graphs.practice_dialogue.deflection import DEFLECTION, HELPLESS
from graphs.practice_dialogue.rival_send_offs import SENT_TO_RIVAL

Affront = Literal[
    "personal",
    "forced",
    "selling",
    "hushed",
    "silenced",
    "brushed",
    "referred",
    "passed",
    "stonewalled",
]

_PATTERNS: dict[tuple[Language, Affront], re.Pattern[str]] = {
    ("zh", "personal"): re.compile(
        # her body, age or looks with a judgement on it (not 您的体重目标是多少, asked in a gym)
        r"[您你](?:这|的|这个)?(?:身材|体型|体重|身形|肚子|腰|年纪|岁数|长相|脸色|皮肤)"
        r"[^，。？！,?!]{0,6}?(?:也?该|得|太|确实|真是|不小|不行|堪忧|走样|发福|胖)"
        r"|[您你](?:这是|就是|根本|真是|也太)?(?:没算明白|算不明白|不会算账?|不懂行|不识货|没见过世面|太抠|小气)"
        r"|没脑子|胖成这样"
    ),
    ("en", "personal"): re.compile(
        r"\byou could (?:do with|stand to) los|\bat your age\b"
        r"|\byour (?:weight|figure|belly|waistline|looks)(?: really)? (?:could|needs?|isn't|is not)\b"
        r"|\byou(?:'d| would)? (?:be|are|were) (?:mad|crazy|stupid|daft|nuts|an idiot|a fool)\b"
        r"|\byou (?:clearly |just |obviously )?(?:don't|do not|can't|cannot) (?:understand|do the math|count)"
        r"|\bdon't be (?:cheap|stupid|silly|daft)\b",
        re.IGNORECASE,
    ),
    ("zh", "forced"): re.compile(
        r"(?:刷卡|现金|微信|支付宝|扫码)还是(?:刷卡|现金|微信|支付宝|扫码)"
        r"|(?:现在|这就|马上|直接)(?:就)?(?:给|帮)[您你](?:开单|下单|开卡|刷卡|扣款|签了|办了|办上)"
        r"|已经(?:给|帮)?[您你]?(?:办好|开好|开单|下单|改好|升级好|扣款)|(?:给|帮)[您你](?:办|弄|开|改)好了"
        # the matter declared closed for her: 「这事就这么说定了」, 「签个名，这事就算完了」
        r"|(?:这事|事情|这件事)(?:就)?(?:这么|这样)?(?:说定|定|算完|算了结|了结|结|完)了"
        r"|(?:那|好了?[，,]?\s*)(?:就|咱们就)(?:这么|这样)(?:说定|定)了"
    ),
    ("en", "forced"): re.compile(
        r"\b(?:cash or card|card or cash)\b"
        r"|\b(?:i've|i have|i've just|i just) already (?:changed|moved|upgraded|signed|renewed|charged|processed)\b"
        r"|\balready (?:changed|moved|upgraded|signed|renewed|charged) (?:it|you|that)\b"
        # the deal declared done: "Okay, done, you'll get an email", "Right, that's sorted"
        r"|^(?:(?:okay|ok|right|great|lovely|perfect)[,.!]?\s+)?(?:that's |it's |all )?(?:done|sorted)(?:[.,!]|$)"
        # her yes declared for her: "So that's settled", "we're agreed then", "I'll put you
        # down for another year", "the contract's on its way" ("if that's agreed" asks)
        r"|(?<!if )(?<!whether )\b(?:that's|that is|it's) (?:all )?(?:settled|agreed|decided)\b"
        r"|\bwe're (?:all )?(?:agreed|settled)\b|\bi'll (?:just )?put you down for\b"
        r"|\b(?:contract|paperwork|agreement)(?:'s| is| will be) (?:on its way|in the post|coming over)"
        r"|\bi'll (?:just )?send (?:you )?(?:the|your) (?:new )?(?:contract|paperwork) (?:over|across)\b",
        re.IGNORECASE,
    ),
    ("zh", "hushed"): re.compile(
        r"(?:别|不要|不用|没必要|犯不着)(?:再)?(?:去)?(?:投诉|闹|计较|追究|往上(?:反映|告))"
        r"|投诉也没用"
    ),
    ("en", "hushed"): re.compile(
        r"\b(?:no need to|there's no need to|don't|do not|you don't need to|you don't want to)"
        r" (?:bother )?(?:complain(?:ing)?|make a (?:formal )?complaint|escalate|make a fuss|kick up a fuss)\b",
        re.IGNORECASE,
    ),
    ("zh", "brushed"): re.compile(
        r"想好了?再来|[您你](?:就)?先让一?让"
        # sent to the rival: 「隔壁便宜您可以去隔壁呀」 (not 您可以去隔壁对比一下, a comparison invited)
        rf"|{SENT_TO_RIVAL['zh'].pattern}"
        # a queue behind her is urgency made up, not this (conduct.SCARCITY)
        r"|下一位|我还有(?:很多|好多|别的)?事(?:情)?(?:要忙|要办)?(?=$|[，。！!,.])"
        r"|(?:嫌|觉得)(?:太)?贵(?:的话)?[，,]?(?:您|你)?(?:就|可以)?去|爱(?:办|买|要)不(?:办|买|要)"
        r"|要(?:办|买|签)就(?:办|买|签)"
        # pointed at a complaint instead of helped: 「您要有意见可以去网上投诉」
        r"|(?:有意见|不满意?|不服|不高兴)(?:的话)?[，,]?(?:您|你)?(?:就|可以|尽管|随便)?(?:去|到)"
        r"[^，,。！!？?]{0,6}投诉"
        # sent to a hotline instead of helped: 「想投诉您就联系我们总部热线」
        r"|(?:投诉|有意见|不满意?|不服)[^。！!？?]{0,8}(?:打|拨|找|联系|去|到|上)[^，,。！!？?]{0,6}"
        r"(?:客服|热线|12315|12345|消协|消费者协会|工商|总部|官网|网上)"
        # her dropped: 「不报拉倒」, 「随便你」 (deal_lines.py)
        rf"|{GIVE_UP['zh'].pattern}"
    ),
    ("en", "brushed"): re.compile(
        r"\bnext(?:,)? (?:please|customer)\b|\bcome back when you(?:'ve| have)? (?:decided|made up)"
        r"|\bgo (?:somewhere else|elsewhere) then\b|\bi(?:'ve| have) got (?:other|more) customers\b"
        # sent to the rival: "you could always try the place next door"
        rf"|{SENT_TO_RIVAL['en'].pattern}"
        r"|\bi haven't got all day\b|\bstep aside\b"
        r"|\b(?:if you don't like it|if it's too dear|if you think it's too (?:dear|expensive|much))"
        r",? (?:just )?(?:go|try) (?:elsewhere|somewhere else|next door)\b"
        r"|\bif you(?:'re| are) (?:not happy|unhappy),? (?:you can |just )?(?:go and )?(?:complain|"
        r"write a review|leave a review)\b"
        # sent to a hotline instead of helped: "if you want to complain, ring customer services"
        r"|\b(?:complain(?:t|ts|ing)?|not happy|unhappy)\b[^.!?]{0,20}\b(?:call|ring|phone|email"
        r"|contact|write to)\b[^.!?]{0,10}\b(?:customer (?:services?|care|support)|helpline"
        r"|hotline|head office|complaints (?:line|team|department))\b"
        # her dropped: "Whatever, your loss." (deal_lines.py)
        rf"|{GIVE_UP['en'].pattern}",
        re.IGNORECASE,
    ),
    ("zh", "silenced"): re.compile(
        r"[您你]先?(?:别|不要)(?:再)?(?:说|讲|嚷|喊|插话)了|[您你]先?听我(?:说|讲)完"
    ),
    ("en", "silenced"): re.compile(
        r"\blet me stop you (?:there|right there)\b|\bjust listen to me\b|\bstop talking\b"
        r"|\blet me (?:finish|speak)\b|\bcan i get a word in\b",
        re.IGNORECASE,
    ),
    ("zh", "referred"): re.compile(
        r"(?:上|里)面?(?:都|早就|明明|已经)(?:写着|写了|写清楚了|标着|标了|标明了|有写|印着|印了)"
        r"|(?:写|印|标)(?:得|的)(?:清清楚楚|明明白白|很清楚)|(?:写|标|印)着呢"
        # told to read it for herself: 「您回去自己看吧」, 「自己看单子」
        r"|自己(?:去|回去)?(?:看|查|翻)(?:一下|一看|看)?(?:单子|合同|说明|价目表|吧|就知道|就行)"
    ),
    ("en", "referred"): re.compile(
        r"\bit's all (?:in|on) (?:the|your)\b|\bit (?:says|said) so (?:on|in)\b"
        r"|\b(?:read|check) the (?:terms|small print|contract|fine print)\b"
        r"|\b(?:you can |just )?(?:read|look|check) (?:it|that) (?:up )?(?:yourself|for yourself)\b"
        r"|\bsee for yourself\b"
        r"|\bit's (?:clearly )?(?:in|on) (?:the|your) (?:terms|contract|small print|fine print|website)\b",
        re.IGNORECASE,
    ),
}

_PITCH: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"(?:最近|新)推出了?|办一?张[^。，？！?!]{0,10}卡|(?:套餐|会员卡|储值卡|充值|新项目|优惠活动)[^。？！?!]{0,16}"
        r"(?:有兴趣|了解一下|要不要|办一张|考虑一下|试试)|充值[^。，？！?!]{0,6}送|有兴趣了解"
    ),
    "en": re.compile(
        r"\bhave you (?:seen|heard about|tried) our\b|\bcan i interest you\b"
        r"|\bwould you be interested in\b|\b(?:tv|sports|mobile|phone|spa) (?:bundle|package)\b"
        r"|\bour new (?:bundle|package|offer|deal|membership)\b",
        re.IGNORECASE,
    ),
}
"""A pitch by its words: a new package or membership, "有兴趣了解一下吗", "have you seen our…"."""

REACTIONS: dict[tuple[Language, Affront], str] = {
    ("zh", "personal"): "你这话什么意思？说话客气点。",
    ("en", "personal"): "Excuse me? There's no need to be rude.",
    ("zh", "forced"): "等等，我还没答应呢，你急什么？",
    ("en", "forced"): "Hold on, I haven't agreed to anything yet.",
    ("zh", "selling"): "我的事还没解决，你倒推销起别的来了？",
    ("en", "selling"): "I'm not here to buy anything else. Can we deal with what I came about?",
    ("zh", "hushed"): "投不投诉是我的事，你先把问题解决了。",
    ("en", "hushed"): "Whether I complain is up to me. Sort the problem out first.",
    ("zh", "brushed"): "你这是在打发我？我的事还没说完呢。",
    ("en", "brushed"): "Are you trying to get rid of me? I'm not done yet.",
    ("zh", "silenced"): "让我别说了？我的话还没说完呢。",
    ("en", "silenced"): "Don't tell me to stop. I haven't finished.",
    ("zh", "referred"): "写着就完了？你得跟我说清楚。",
    ("en", "referred"): "It may be written down somewhere, but I'm asking you to explain it.",
    ("zh", "passed"): "我就是来找你们的，你让我找谁去？",
    ("en", "passed"): "I'm asking you. Who else am I supposed to talk to?",
    ("zh", "stonewalled"): "别光跟我说规定，这事到底能怎么办？",
    ("en", "stonewalled"): "That doesn't sort anything out. What can you actually do for me?",
}


UNHURRIED = re.compile(
    r"不着急|不急|慢慢(?:考虑|想|看)|随时|\bno rush\b|\btake your time\b|\bwhenever you(?:'re| are) ready\b"
    # an invitation to think it over: 您先回去考虑一下，想好了再来找我; "talk it over at home"
    r"|考虑(?:一下|考虑|清楚)|商量(?:一下|商量)|再想想|想一想"
    r"|\b(?:think it over|sleep on it|have a think|talk it over)\b",
    re.IGNORECASE,
)
"""Words that give her time (不着急，您想好了再来找我就行, "no rush, take your time", 您先回去考虑
一下): a turn with them sends her nowhere; it is the friendly close of a sale."""


SHOWN_THE_DOOR = re.compile(
    r"下一位|后面的人|我还有(?:很多|好多|别的)?事|\bnext(?:,)? (?:please|customer)\b|\bnext!"
    r"|\bi(?:'ve| have) got (?:other|more) customers\b|\bi haven't got all day\b",
    re.IGNORECASE,
)
"""The next customer called or her time refused in the same turn: 「您先回去考虑清楚了，想好再来吧。
下一位！」 sends her off whatever time it seems to give."""


def unhurried(reply: str) -> bool:
    """Whether the turn gives her time rather than sending her off (see `UNHURRIED`): words that
    give her time, and no door shown in the same turn (`SHOWN_THE_DOOR`)."""
    text = unicodedata.normalize("NFKC", reply)
    return bool(UNHURRIED.search(text)) and not SHOWN_THE_DOOR.search(text)


_SIGNATURE = re.compile(
    r"签(?:个|一下)?(?:字|名)|\bsign (?:here|this|the|it|below)\b", re.IGNORECASE
)


def affront_in(reply: str, language: Language) -> Affront | None:
    """The affront the learner's turn makes (see the module docstring), or None."""
    text = unicodedata.normalize("NFKC", reply)
    kinds: tuple[Affront, ...] = ("personal", "forced", "hushed", "silenced", "brushed", "referred")
    for kind in kinds:
        if kind == "brushed" and unhurried(text):
            continue
        if kind == "forced" and _SIGNATURE.search(text):
            continue  # 「签个字，这事就算了结了」: her answer to the signature says no (her_compliance.py)
        if _PATTERNS[language, kind].search(text):
            return kind
        if kind == "brushed" and closes_only(text, language):
            return kind  # 「好，慢走。」 to her walking out over the price (brush_offs.py)
    if DEFLECTION[language].search(text):
        return "passed"
    if HELPLESS[language].search(text):
        return "stonewalled"
    return None


def dismissals(language: Language) -> re.Pattern[str]:
    """Her complaint talked down, herself sent off or pointed at the paperwork instead of told
    (hushed, brushed or referred: 「价目表上都写着呢，您可以自己看」 explains nothing), as one
    pattern: the report's conduct check reads a brush-off by the same words she reacts to
    (conduct.py)."""
    kinds: tuple[Affront, ...] = ("hushed", "brushed", "referred")
    patterns = [_PATTERNS[language, kind] for kind in kinds]
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), patterns[0].flags)


def sales_pitch(reply: str, language: Language) -> bool:
    """Whether the turn pitches something to her by its words (see `_PITCH`)."""
    return bool(_PITCH[language].search(unicodedata.normalize("NFKC", reply)))


def reaction_to(kind: Affront, language: Language) -> str:
    """Her words to the affront, before her line."""
    return REACTIONS[language, kind]
