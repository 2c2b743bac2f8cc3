"""A threat to the customer: something worse done to her if she does not buy.

"Take the suite or I'll cancel your reservation", "say no and we'll move you to the room over the
kitchen", 「不升级的话只能给您换到靠电梯那间吵的房」, 「不办的话您的预约就取消了」: the learner
holds her own booking, room or price over her to make her buy. It is no pressure of time
(pressure.py, ultimatums.py): she is told she will be worse off, which nothing in any brief lets
a member of staff do, so it is named as a breach of its own, with her words quoted.

A threat is a refusal (if you don't, unless, or else, 不…的话, 不然, 否则) followed in the same
sentence by a harm to what she has: her booking cancelled or lost, a worse room (noisy, small,
by the lift), a charge put on her. A kindness with no refusal before it ("we'll move you to a
quieter room") threatens nothing, nor does a negated harm ("I won't cancel anything") or a
question.

A reprisal needs no refusal before it: the law, the police, security, a blacklist or debt
collectors turned on her (「您要是在网上给差评，我们可是要追究您法律责任的」, "we'll pass this to
collections") is a threat whatever she is told it answers (session 21 P14: a legal threat read as
small talk). Her own routes (「您可以通过法律途径维护权益」, "you can take it to the ombudsman") and a
denied one ("we won't pass anything to collections") are none.
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.practice_dialogue.signals import TurnText

THREAT_LABEL: dict[Language, str] = {"zh": "威胁客户", "en": "Threatening the customer"}
"""The breach's name in the report (breach_kinds.py reads it as a threat, mended by holding no harm
over her)."""

REFUSAL: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"(?:如果|要是|假如|万一)?(?:您|你)?(?:现在|今天)?(?:不|没)(?:办|升级|定|订|买|要|刷卡|签|续|换|付|交|同意)"
        r"[^，,。！!？?]{0,6}(?:的话|就|，|,)|不然|否则|要不然"
    ),
    "en": re.compile(
        r"\b(?:if you (?:don't|do not|won't|will not|refuse|say no|turn (?:it|this) down|pass|"
        r"cancel|leave)|"
        r"unless you|or (?:else )?(?:i|we)(?:'ll| will| have to|'d)|otherwise|"
        r"(?:skip|refuse|decline) (?:it|this|the \w+) and|say no and|turn (?:it|this) down and)\b",
        re.IGNORECASE,
    ),
}
"""Her saying no, said as the condition of what follows."""

HARM: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"(?:换|调|安排|挪|放)(?:到|去|进)[^，,。！!？?]{0,10}(?:吵|小|差|没窗|无窗|靠电梯|电梯(?:口|旁|边)|"
        r"厨房|地下|楼梯|角落|最后)"
        r"|取消(?:您|你)的|(?:您|你)的[^，,。！!？?]{0,6}(?:就|会|要|得)?(?:被)?(?:取消|作废|没了|保不住|不保留)"
        r"|(?:多收|加收|额外收)(?:您|你)?|(?:按|收)(?:您|你)?(?:原价|全价)"
        r"|只能(?:把您|给您|让您|把你|给你|让你)(?:安排|调|换|扔|挪)到|(?:别想|甭想)(?!太多|多了|那么多)"
    ),
    "en": re.compile(
        r"\byou(?:'ll| will)(?: just| only)?(?: have to)? (?:be stuck|get stuck|end up stuck|"
        r"be left with|lose your)\b"
        r"|\b(?:put|move|stick|switch|shift|downgrade|give) you\b[^.!?]{0,30}\b(?:noisy|noisier|"
        r"small|smaller|smallest|worse|worst|cramped|tiny|basement|lift|elevator|kitchen|bins|"
        r"no view|without a view|car park)\b"
        r"|\b(?:cancel|lose|drop|release|give away)\b[^.!?]{0,6}\byour (?:booking|reservation|"
        r"room|place|slot|appointment|account|membership|discount)\b"
        r"|\bcharge you (?:more|extra|the full|full|a fee|for)\b|\bbill you (?:for|extra)\b"
        r"|\b(?:can't|cannot|can not|won't be able to) (?:promise|guarantee)\b[^.!?]{0,40}\byour\b"
        r"[^.!?]{0,30}\b(?:quiet|ready|kept|held|available|safe)\b",
        re.IGNORECASE,
    ),
}
"""A harm to what she has: a worse room, her booking gone, a charge put on her, or her room no
longer promised ("If you don't take it now, I can't promise your standard room will be quiet
tonight": session 21 lead, a veiled threat that passed as honest)."""
REPRISAL: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"追究(?:您|你)的?(?:法律)?责任|(?:起诉|告|控告)(?:您|你)|(?:法庭|法院)上见|(?:找|请|让)律师"
        r"|我(?:们)?[^，,。！!？?]{0,4}(?:报警|叫保安|叫警察)|把(?:您|你)(?:拉|列)(?:进|入)?黑"
        r"|(?:您|你)[^，,。！!？?]{0,4}(?:上|进|列入)(?:我们的)?黑名单"
        r"|(?:别怪我|后果自负|走着瞧|有(?:您|你)好看|(?:您|你)会后悔)"
        r"|(?:交给|转给|移交)[^，,。！!？?]{0,6}(?:催收|讨债|法务|律师)"
    ),
    "en": re.compile(
        r"\b(?:take|taking) (?:legal action|you to court|this to court|legal steps)\b"
        r"|\b(?:sue|prosecute|report) you\b|\bsee you in court\b"
        r"|\b(?:our|my|the company's) (?:lawyers?|solicitors?|legal (?:team|department))\b"
        r"[^.!?]{0,20}\b(?:will|'ll|are going to)\b"
        r"|\b(?:pass|send|hand|refer|put)\b[^.!?]{0,25}\b(?:to|with) (?:a |our |the )?"
        r"(?:debt )?(?:collections?|collectors?|collection agency|bailiffs?)\b"
        r"|\b(?:blacklist|ban|bar) you\b|\bon (?:our|the) blacklist\b"
        r"|\b(?:call|get|fetch) (?:security|the police)\b|\bhave you (?:removed|thrown out)\b"
        r"|\bor else\b|\byou'll (?:be )?sorry\b|\byou'll regret\b",
        re.IGNORECASE,
    ),
}
"""A reprisal turned on her: the law, the police, a blacklist, debt collectors; no refusal
needed before it."""
DENIAL = re.compile(
    r"不会|绝不|决不|并不|不可能|不打算|\b(?:won't|will not|wouldn't|never|not going to|nobody|no one)\b",
    re.IGNORECASE,
)
"""A denial earlier in the reprisal's clause (「我们绝不会把您拉黑」: the negation scope of 绝不
ends at 会, so the clause is read too)."""
POLITE = re.compile(r"if you don't mind|if you do not mind|如果不介意|不介意的话", re.IGNORECASE)
"""A courtesy, not a refusal."""
_CLAUSE = re.compile(r"[，,;；。.!！?？]\s")


def _denied(sentence: TurnText, after: int, start: int, end: int) -> bool:
    """The harm lies in a negation's scope opened after her refusal ("or I won't be able to
    keep your room" keeps it; the 不 of 不升级的话 is the refusal's own)."""
    inside = sum(
        1
        for cue in sentence.cues
        if cue.start >= after and cue.end <= start and end <= cue.scope_end
    )
    return inside % 2 == 1


def harm_clause(sentence: TurnText) -> str | None:
    """The clause of the sentence that holds the harm ("I'll have to put you in the noisy room
    next to the lift"): what the report quotes of a threat too long to quote whole."""
    harm = HARM[sentence.language].search(sentence.raw)
    if harm is None:
        return None
    start = max((m.end() for m in _CLAUSE.finditer(sentence.raw, 0, harm.start())), default=0)
    stop = _CLAUSE.search(sentence.raw, harm.end())
    return sentence.raw[start : stop.start() if stop else len(sentence.raw)].strip()


def threat_in(sentence: TurnText, asking: bool) -> str | None:
    """The threat's words (her refusal and the harm) if the sentence makes one, in either order:
    "or I'll cancel your booking", "I'll cancel your booking if you don't take it"."""
    if asking:
        return None
    raw = sentence.raw
    language = sentence.language
    for reprisal in REPRISAL[language].finditer(raw):
        start = max((m.end() for m in _CLAUSE.finditer(raw, 0, reprisal.start())), default=0)
        denied = DENIAL.search(raw, start, reprisal.start())
        if not denied and not sentence.negated(*reprisal.span()):
            return reprisal.group(0)
    for refusal in REFUSAL[language].finditer(raw):
        if POLITE.match(raw, refusal.start()):
            continue
        for harm in HARM[language].finditer(raw):
            if _denied(
                sentence, refusal.end() if harm.start() > refusal.start() else 0, *harm.span()
            ):
                continue
            return raw[min(refusal.start(), harm.start()) : max(refusal.end(), harm.end())]
    return None
