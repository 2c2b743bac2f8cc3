"""What a learner's sentence does, whatever words of the scenario it uses: moves that put a turn
on the subject though it names none of the scenario's vocabulary.

- A service move at the desk: the learner sets about the customer's business ("Let me just
  find you", "我帮您查一下").
- A question about her wishes: what she wants done ("您看您有什么想法？", "What would you like
  us to do?"), what she wants from the business ("您想练点什么？").
- Her decision: asked for ("您看今天能定吗？", a bare "您看行吗？"), taken for granted ("I'll go
  ahead and sign you up now, OK?") or her not buying ("您不办的话…").
- Money talk where the scenario is about money: a sentence about the fee, the price or a refund
  ("费用的事我会跟领导反映", "about the charge") when the scenario's facts hold a sum.
- A request of the trade: her card or ID, a number, a signature, a deposit, her WeChat
  ("麻烦您把就诊卡给我一下", "Could I take the postcode on the account?"): the business at the
  desk, which she answers by handing it over (her_compliance.py).
- A pressure move: telling her she will regret leaving or not buying ("Most people who leave
  regret it", "不办您会后悔的") is pressure, not small talk (phrases.pressure_in finds it).
- An offer to her, free or priced, true or not ("I'll give you the first three months free",
  "再送您十节私教"): a false one is a claim to hear, not small talk (`gives_her`).
- An affront to her (affronts.py: 「想好了再来找我」, 「您就别投诉了」, "Next, please"): rude,
  not small talk.
- The decision left to her ("OK, let me know.", "It's up to you", deal_lines.py): on her matter,
  whatever its words.
- Her view asked, a vague reassurance, the talk put off, a recommendation (「那您说行不行？」,
  "We'll do our best.", "Maybe later then.", "I'd take it": conversation_moves.py).

An apology for the learner's own digression ("Sorry, off topic. Back to your broadband.",
"Anyway, sorry, back to your room", "不好意思扯远了") excuses the learner, it is no apology to
her: it shows her no warmth (understanding.py), and she answers the turn, not a kindness.

And one move that is on the subject but gives her nothing: a dismissal sends her away to wait
("您先回去，我们会尽快联系您", "You can head home and we'll get back to you"). Said with thanks
for her understanding it is neither empathy nor thanks and an invitation back: the sentence
makes no point and shows no warmth (understanding.py), and she answers with what she still
lacks.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from graphs.exams import Language
from graphs.practice_dialogue.affronts import affront_in
from graphs.practice_dialogue.conversation_moves import carries_conversation
from graphs.practice_dialogue.deal_lines import hands_over
from graphs.practice_dialogue.promises import FREE_WORDS, OFFER_WORDS, PRICE_WORDS
from graphs.practice_dialogue.thinking_over import leaves_it_to_her
from graphs.scenarios import Scenario

SERVICE_MOVES: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"我(?:先|来|马上|这就|现在)?(?:帮|给|替)您(?:查|找|看|核|登记|办理|确认|处理|取消|申请)"
    ),
    "en": re.compile(
        r"\blet me (?:just |quickly )?(?:find|check|look|pull|bring|get) (?:you|your|up|that|it)\b"
        r"|\bi'll (?:just )?(?:find|check|look up|pull up) (?:you|your)\b"
        r"|\b(?:i'll|i will|let me) (?:just |now |then )*(?:process|cancel|close|put through"
        r"|sort out|arrange) (?:the|your|it|that)\b"
    ),
}
"""The learner setting about her business: find her booking, check her bill, process what she
asked for ("I'll process the cancellation now, OK?", "我这就帮您处理")."""
WISH_QUESTIONS: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"[您你](?:看)?(?:[您你])?(?:有|还有)?(?:什么|啥)(?:想法|要求|需求|诉求|打算)"
        r"|[您你](?:希望|想要|想)(?:我们)?怎么(?:处理|办|解决)"
    ),
    "en": re.compile(
        r"\bwhat (?:would|do) you (?:like|want|need)\b|\bhow would you like\b"
        r"|\bwhat can (?:i|we) do (?:for you|to)\b"
    ),
}
"""A question about what she wants done."""
WANT_QUESTIONS: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"[您你](?:平时|主要|最|一般|还)*(?:想|希望|打算|需要)(?!喝|吃)[^，。！？,.!?]{0,6}"
        r"(?:什么|啥|哪)"
    ),
    "en": re.compile(
        r"\bwhat (?:are|were) you (?:hoping|looking|wanting) (?:for|to)\b"
        r"|\bwhat (?:would|do) you (?:hope|want) to\b"
    ),
}
"""A question about what she wants from the business ("您想练点什么？", "您主要想解决哪方面？",
"What are you hoping to get out of it?"); a drink or a meal offered is hospitality, no need."""
DECISION_MOVES: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"^[^，。！？]{0,3}[您你]看(?:行|可以|成|怎么样|如何)[吗不呢]?\s*[?？]?$"
        r"|(?:今天|今儿|现在|这就|马上|当场)(?:就)?(?:能|可以|要)?(?:办|定|签|订|入会|开卡|续)"
        r"[^，。！？]*(?:[吗呢]\s*[?？]?|[?？])$"
        r"|[您你](?:要是|如果|若是)?不(?:办|签|买|续)"
        r"|(?:这样|这么)(?:处理|安排|解决|办)?[^，。！？]{0,6}(?:能|可以)?(?:接受|满意)(?:吗|不)"
        # 「您看这么处理行不行？」, 「这样安排可以吗？」: the remedy put to her, in other words
        r"|(?:这样|这么)(?:处理|安排|解决|办|弄)[^，。！？]{0,3}(?:行|可以|好|成)"
        r"(?:吗|么|不(?:行|可以|好|成))"
    ),
    "en": re.compile(
        r"\b(?:i'll|i will|let me|i'm going to) (?:just |now |then )*(?:go ahead and )?"
        r"(?:renew|sign|book|put|set|upgrade|move|switch|enrol|enroll) you\b"
        r"[^.!?]*\b(?:now|today|right away|straight away)\b[^.!?]*\?"
        r"|\b(?:i'll|i will|let me) (?:just )?go ahead and \w+ you\b[^.!?]*\?"
        r"|\b(?:renew|sign up|book it|go ahead|decide|commit) (?:today|now|tonight)\b[^.!]*\?"
        r"|\b(?:is|would) (?:that|this) (?:be )?acceptable\b[^.!]*\?"
        r"|\bare you happy with (?:that|this|the plan|the solution)\b[^.!]*\?"
        r"|\b(?:does|would|will) (?:that|this) (?:work|suit you"
        r"|sound (?:ok|okay|good|fair|all right|alright))\b[^.!]*\?"
        # an ultimatum demands her yes ("So yes or no?"): no credit (ultimatums.py), her answer
        r"|\byes or no\b|\bin or out\b|\bfinal answer\b"
    ),
}
"""Her decision asked for or taken for granted: a bare "您看行吗？", deciding today asked ("您看今天
能定吗？", "Can we renew today?"), the remedy laid out put to her (「这样安排您能接受吗？」,
「您看这么处理行不行？」, "Is that acceptable?", "Does that work for you?"), her not buying
("您不办的话…"), or the learner telling her they put her on the plan now, with a question tag
("I'll go ahead and sign you up now, OK?"): the deal itself, never small talk, whatever its
manners. An offer ("I can put you on our loyalty price", "现在办还送两节私教") is none."""
MONEY_WORDS: dict[Language, re.Pattern[str]] = {
    # the price named short: 就这个价, 一口价, 原价 (a flat refusal about it is no small talk)
    "zh": re.compile(
        r"费用|收费|价格|价钱|多收|退款|退钱|付款|账单|(?:这个|那个|这|那|一口|原|底)价"
    ),
    "en": re.compile(r"\b(?:fees?|charges?|price|prices|cost|costs|refund|bill|payment)\b"),
}
"""Words for money: on the subject of a scenario whose facts are sums."""
_SUMS = re.compile(r"\d\s*(?:元|块|pounds?|dollars?|euros?)|[£$€]\s*\d", re.IGNORECASE)


def _text(sentence: str) -> str:
    return unicodedata.normalize("NFKC", sentence).lower()


def about_money(scenario: Scenario) -> bool:
    """Whether the scenario's facts or background hold a sum: then its fee, price or refund is
    its subject, whatever word names it."""
    values = " ".join(v for fact in scenario.facts for v in fact.values)
    return bool(_SUMS.search(values) or _SUMS.search(scenario.background))


def on_subject_by_move(scenario: Scenario, sentence: str) -> bool:
    """Whether the sentence is on the subject by what it does (see the module docstring)."""
    language = scenario.language
    text = _text(sentence)
    return bool(
        SERVICE_MOVES[language].search(text)
        or WISH_QUESTIONS[language].search(text)
        or WANT_QUESTIONS[language].search(text)
        or DECISION_MOVES[language].search(text)
        or (MONEY_WORDS[language].search(text) and about_money(scenario))
        or bool(requests_in(scenario, sentence))
        or gives_her(text)
        # rudeness to her, or sending her off ("想好了再来找我"), is about her visit, not chat
        or affront_in(text, language) is not None
        # "不着急，您回去好好想想": the decision handed to her (thinking_over.py)
        or leaves_it_to_her(text, language)
        # "OK, let me know.", "It's up to you": the decision left to her (deal_lines.py)
        or hands_over(text, language)
        # 「那您说行不行？」, "We'll do our best.": thin, but on her matter (conversation_moves.py)
        or carries_conversation(text, language)
    )


_NO_CHARGE = re.compile(r"\bfree\b|\bdiscount|\bhalf price\b|% off\b|免费|打折|折扣", re.IGNORECASE)
"""A gift or a cut in price said plainly ("three months free", "a discount")."""


def gives_her(sentence: str) -> bool:
    """The sentence puts something on the table for her, free or at a price, true or not ("I'll
    give you the first three months free", "再送您十节私教"): promises.py's offer words with a word
    of giving it free or of a price."""
    text = _text(sentence)
    given = FREE_WORDS.search(text) or PRICE_WORDS.search(text) or _NO_CHARGE.search(text)
    return bool(OFFER_WORDS.search(text)) and bool(given)


DISMISSALS: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"[您你](?:就)?先回(?:去|家)|回去等|等(?:我们的?)?通知"),
    "en": re.compile(
        r"\b(?:you can|you could|just) (?:head|go) (?:home|back)\b|\bgo home and wait\b"
        r"|\bwait (?:to|until you) hear from us\b"
    ),
}
"""Sending her away to wait: no remedy, no time, no apology."""


def asks_decision(scenario: Scenario, sentence: str) -> bool:
    """Whether the sentence asks for her decision or takes it for granted (DECISION_MOVES):
    she answers with where she stands on the deal, not a line that shares a word with it."""
    return bool(DECISION_MOVES[scenario.language].search(_text(sentence)))


def dismisses(scenario: Scenario, sentence: str) -> bool:
    """Whether the sentence sends the customer away to wait (see the module docstring)."""
    return bool(DISMISSALS[scenario.language].search(_text(sentence)))


DIGRESSION_EXCUSE = re.compile(
    r"\boff[- ]topic\b|\bback to (?:your|the|our|my|what)\b|\bwhere was i\b|\bi digress\b|"
    r"\bgot sidetracked\b|\bi(?:'m| am| was|'ve been| have been) (?:just )?(?:chatting|rambling|"
    r"babbling|going on|getting carried away)\b|\bchatting away\b|"
    r"扯远了|聊远了|说远了|扯多了|聊多了|话多了|跑题|离题|言归正传|说回(?:正题|您|你)|回到正题",
    re.IGNORECASE,
)
"""A sentence that excuses the learner's own digression ("sorry, I'm chatting", 不好意思聊远了):
its sorry is for the learner's talk, no apology or empathy to her."""


def excuses_digression(raw: str) -> bool:
    """The sentence excuses the learner's digression (module docstring): its sorry is no
    apology to her."""
    return bool(DIGRESSION_EXCUSE.search(unicodedata.normalize("NFKC", raw)))


RequestKind = Literal["hand", "tell", "sign", "pay", "contact"]


@dataclass(frozen=True, kw_only=True)
class Request:
    """Something the learner asks her for as part of the business at the desk: a card or ID to
    hand over, a number to tell, a signature, a deposit, a contact to add."""

    kind: RequestKind
    thing: str
    """What was asked for, as the learner named it ("就诊卡", "photo ID"); "" when unnamed."""
    returned: bool = False
    """A deposit said to come back ("refunded when you check out", 押金可退)."""
    settles: bool = False
    """The turn ties it to closing her matter or to her yes (签字确认, 这事就算了结了, "sign here
    to confirm you're happy", "to agree to the new plan"): no routine signature."""
    form: bool = False
    """The turn names the form to sign (登记表, 退款单, "the registration card"): a signature
    with a purpose she can see, not a bare 「签个字吧」."""


_DOCS_ZH = r"身份证|证件|就诊卡|医保卡|会员卡|银行卡|护照|驾照|预约单|缴费单|单据|小票|发票|收据|病历本|病历"
_DATA_ZH = r"手机号码|手机号|电话号码|电话|会员卡号|会员号|卡号|身份证号|邮箱|地址|姓名|名字"
_DOCS_EN = (
    r"(?:photo )?id|passport|driving licen[cs]e|licen[cs]e|(?:credit |debit |bank |membership )?card"
    r"|booking confirmation"
)
_DATA_EN = (
    r"(?:account |membership |phone |mobile |contact |reference |booking |card )?number"
    r"|post ?code|zip code|email(?: address)?|address|date of birth|sort code|surname|full name"
)
REQUESTS: dict[Language, tuple[tuple[RequestKind, re.Pattern[str]], ...]] = {
    "zh": (
        (
            "contact",
            re.compile(r"加(?:个|一下)?(?:您的|你的|您|你)?(?P<thing>微信|好友|企业微信|QQ)"),
        ),
        (
            "sign",
            re.compile(
                r"(?:请|麻烦|需要|在这|这里|这边)[^，。？！,?!]{0,8}签(?:个|一下)?(?:字|名)(?!了)"
                r"|签(?:个|一下)(?:字|名)(?!了)"
            ),
        ),
        ("pay", re.compile(r"(?P<thing>定金|押金|订金)")),
        (
            "hand",
            re.compile(
                rf"(?:把|出示|拿出|给我看)[^，。？！,?!]{{0,6}}?(?P<thing>{_DOCS_ZH})"
                # 「来，身份证给我一下。」, 「就诊卡拿来」: the thing first, then the asking
                rf"|(?P<thing2>{_DOCS_ZH})(?:给我|拿来|拿出来|递给我)"
            ),
        ),
        (
            "tell",
            re.compile(
                rf"(?P<thing>{_DATA_ZH})(?:是多少|多少|报一下|报给我|说一下|告诉我|留一下|留给我)"
                rf"|(?:报|留|说|告诉我)(?:一下|个)?(?:您的|你的)?(?P<thing2>{_DATA_ZH})"
            ),
        ),
    ),
    "en": (
        ("sign", re.compile(r"\bsign (?:here|this|the|for|it|below)\b|\bsignature\b")),
        ("pay", re.compile(r"\b(?P<thing>deposit|pre-?authori[sz]ation)\b")),
        (
            "hand",
            re.compile(
                rf"\b(?:see|have|take|check|show me) (?:your|a|the) (?P<thing>{_DOCS_EN})\b"
                # "Passport, please.", "ID please": the thing asked for with a bare please
                rf"|(?:^|[.!?]\s*)(?:your )?(?P<thing2>{_DOCS_EN}),? please\b"
            ),
        ),
        (
            "tell",
            re.compile(
                # "can I get your number", not "you'll get an email" (one she will be sent)
                rf"\b(?:take|have|confirm|give me|what's|what is) (?:your|the|an?) "
                rf"(?P<thing>{_DATA_EN})\b"
                rf"|\b(?:(?:can|could|may) (?:i|we) get (?:your|the|an?)|get your) "
                rf"(?P<thing2>{_DATA_EN})\b"
            ),
        ),
        ("contact", re.compile(r"\badd you on (?P<thing>whatsapp|wechat|linkedin)\b")),
    ),
}
"""The requests of the trade, in the order they are looked for (a signature before the card it
may name)."""
_WAIVED = re.compile(
    r"不(?:用|必|需要?)?(?:交|付|缴|签|加|出示|报)?$|\b(?:no|without)\s+(?:a\s+)?$"
)
"""Right before a request's words: it is waived, not asked ("不交定金也行", "no deposit")."""
_OWN = re.compile(r"我(?:先)?(?:给|跟)?[您你]?$|给[您你]$")
"""Right before a request's words: the learner gives their own ("我给您留个电话": mine, not hers)."""
_RETURNED = re.compile(r"refund|returned|give it back|comes back|退还|退回|可退|会退|能退")
_SETTLES = re.compile(
    r"确认|了结|结了|算了|就行|完事|同意|合同|协议|放弃|不再追究|满意"
    r"|\bconfirm|\bagree|\bsettle|\bwaive|\bcontract\b|\bhappy\b|\bdone\b|\bfinished\b|\bthat's it\b",
    re.IGNORECASE,
)

_FORM = re.compile(
    r"(?:表|单|卡|登记簿|确认书|申请书)上|\b(?:form|card|sheet|slip|register)\b", re.IGNORECASE
)


def requests_in(scenario: Scenario, reply: str) -> list[Request]:
    """What the turn asks her for at the desk (see `Request`), one of each kind, in the order
    said; a service move of the trade, not small talk (on_subject_by_move)."""
    text = _text(reply)
    found: list[tuple[int, Request]] = []
    for kind, pattern in REQUESTS[scenario.language]:
        match = next(
            (
                m
                for m in pattern.finditer(text)
                if not _WAIVED.search(text[: m.start()][-4:])
                and not _OWN.search(text[: m.start()][-5:])
            ),
            None,
        )
        if match is None:
            continue
        groups = match.groupdict()
        thing = groups.get("thing") or groups.get("thing2") or ""
        request = Request(
            kind=kind,
            thing=thing,
            returned=bool(_RETURNED.search(text)),
            settles=bool(_SETTLES.search(text)),
            form=bool(_FORM.search(text)),
        )
        found.append((match.start(), request))
    return [request for _, request in sorted(found, key=lambda item: item[0])]
