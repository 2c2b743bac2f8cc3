"""Short lines about the deal itself: a few words that name nothing of the scenario's vocabulary
and are still about her sale, her complaint or her decision. None is small talk (small talk is
talk of nothing of her matter: the weather, football, the learner's weekend); each is judged as
what it is.

- **A demand for her yes**: the decision put to her bare, as yes or no (「到底报不报？」, 「您办还
  是不办？」, 「你就说交不交吧」, "Staying or not?", "Are you signing or not?"). Pressure
  (understanding.py adds it to the turn's pressure), never her wish asked (point_gates.
  pressed_decision credits no decision in it). "您看今天能定下来吗？" asks; it demands nothing.
- **Paying pushed now**: the money or the signature asked for on the spot with a push
  (「今天就把钱交了吧？」, 「现在就扫码付吧」, "Just pay for it now, yeah?"). Pressure.
- **Giving up on her**: the learner drops her (「不报拉倒」, 「随便你」, 「爱报不报」, "Whatever, your
  loss.", "Your funeral."): her matter shown the door, a brush-off (affronts.py hears it as
  that, conduct.py names it).
- **A fair hand-over**: the decision left to her with the door open ("OK, let me know.", "It's
  entirely up to you.", 「好的，您想好了告诉我」): on her matter, no fault, no credit.
"""

from __future__ import annotations

import re
import unicodedata

from graphs.exams import Language

_DEAL_ZH = r"[办报签买交订定续刷付退换升充]"
"""The verbs of the deal in Chinese: join, sign, buy, pay, book, renew, refund, upgrade, top up."""
_DEAL_EN = (
    r"(?:staying|leaving|going|signing|buying|booking|taking it|cancell?ing|upgrading|switching"
    r"|renewing|paying|joining|in)"
)
DEMANDS: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        # the whole sentence a bare A-not-A on a verb of the deal: 办不办？ 您到底报不报？
        rf"^(?:那|就|你|您|到底|究竟|今天|现在|这卡|这个|倒是|还)*({_DEAL_ZH})(?:还是)?不\1"
        r"(?:啊|呢|呀|吧|了)?[？?。！!…]*\s*$"
        # asked with 到底 / 究竟, or told to say it: 你就说交不交吧, 给个准话，办不办
        rf"|(?:到底|究竟|就说|一句话)[^，。！？]{{0,3}}({_DEAL_ZH})(?:还是)?不\2"
    ),
    "en": re.compile(
        rf"^(?:so,? |well,? |look,? |right,? )?(?:are you )?{_DEAL_EN}(?: with us)?,? or not\b"
        rf"|\b(?:are|is) you {_DEAL_EN}\b[^.!?]{{0,20}}\bor not\b"
        # any yes-or-no question cut short with "or not?": "Do you want it or not?", "Will you
        # take the suite or not?" (session 23, trainer P16)
        r"|\b(?:do|did|will|would|are|can) you\b[^.!?,]{0,30}\bor not\s*[?!]",
        re.IGNORECASE,
    ),
}
"""The decision demanded bare, as yes or no, on a verb of the deal."""
PAY_NOW: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"(?:今天|现在|马上|这就|当场|赶紧)(?:就)?(?:把钱|把费用|把卡)?"
        r"(?:交钱|付钱|付款|交费|缴费|刷卡|扫码|交了|付了|刷了|签了|扫码付|扫码交)"
        r"[^，。！？]{0,2}(?:吧|呗)"
    ),
    "en": re.compile(
        r"\b(?:just )?(?:pay|sign|settle)(?: for it| up| it)? (?:now|today|right now|right away)"
        r"\b[^.!?]{0,10}(?:yeah|ok(?:ay)?|right|alright|yes)?\s*\?"
        r"|\bjust (?:pay|sign)(?: for it| up| it)? now\b",
        re.IGNORECASE,
    ),
}
"""Paying or signing pushed on the spot, with a push (吧, "yeah?")."""
GIVE_UP: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        rf"不{_DEAL_ZH}(?:就|也)?(?:拉倒|算了|算球|拉到)|爱{_DEAL_ZH}不{_DEAL_ZH}"
        r"|^(?:那|那就|好吧|行吧|行|好)?[，,]?\s*(?:随便(?:你|您)?|随你(?:便)?|拉倒)(?:吧|了)?[。！!…]*\s*$"
    ),
    "en": re.compile(
        r"^(?:fine|well|ok(?:ay)?|right)?[,.]?\s*(?:whatever|your loss|your funeral|suit yourself"
        r"|(?:see|do) if i care)\b"
        r"|\b(?:it's |that's )?your loss\b|\byour funeral\b",
        re.IGNORECASE,
    ),
}
"""Dropping her: the decision thrown back with no door left open."""
HAND_OVER: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"(?:[您你])?(?:想好|考虑好|决定好|定好)了?(?:再|就)?(?:告诉|联系|通知|跟)我"
        r"|(?:全|都)?(?:看|由|听)(?:您|你)(?:的|决定)|(?:您|你)(?:自己)?(?:决定|拿主意)(?:就好|吧|就行)"
    ),
    "en": re.compile(
        r"\blet (?:me|us) know\b|\b(?:it's |that's )?(?:entirely |completely |totally )?"
        r"(?:up to you|your (?:call|choice|decision))\b",
        re.IGNORECASE,
    ),
}
"""The decision left to her with the door open: let me know, up to you."""


def _text(sentence: str) -> str:
    return unicodedata.normalize("NFKC", sentence).strip()


def demands_in(sentence: str, language: Language) -> list[str]:
    """The pressure of a bare demand for her yes or of paying pushed now, as said."""
    text = _text(sentence)
    return [m.group(0) for pattern in (DEMANDS, PAY_NOW) if (m := pattern[language].search(text))]


def gives_up(sentence: str, language: Language) -> bool:
    """Whether the sentence drops her (「不报拉倒」, "Whatever, your loss.")."""
    return bool(GIVE_UP[language].search(_text(sentence)))


def hands_over(sentence: str, language: Language) -> bool:
    """Whether the sentence leaves the decision to her with the door open, and does not drop
    her ("Whatever, your call." does)."""
    text = _text(sentence)
    return bool(HAND_OVER[language].search(text)) and not gives_up(text, language)
