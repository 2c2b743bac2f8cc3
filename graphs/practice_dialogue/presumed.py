"""Her lines that take up what the learner said: said only when it was said.

Some of her lines quote the learner back: 「你们每次都说改进，下次还不是一样。」 answers an
improvement promised, "I've heard promises before." a promise, 「说来说去还是三千九百八」 or "After
all that…" a talk that has gone round a while. Said to a turn that promised nothing, or as her
first reply, they put words in the learner's mouth. A line that reports what was said
(`REPORTED`: 每次都说 X, 又说 X, heard X before, you keep saying X) is said only when the learner's
turn says X or a word of its family (`FAMILIES`: a promise is heard in "I'll make sure", 保证, 一定会;
an improvement in 以后会注意, 下次提前, "it won't happen again"); a promise refused ("I can't
guarantee a set speed", 「这个我不敢保证」) is none. In her first reply a line that looks back on
the talk (`REHASH`) is said without its opening: 「还是三千九百八，…」.

Before anything is offered, a line that asks for more of the offer or weighs it (`OFFER_TAKEN`:
"Hm. What else comes with it?", 「听着还行，可我…」) answers an offer nobody made: not said.
"""

from __future__ import annotations

import re
import unicodedata

from graphs.exams import Language

REPORTED: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"(?:每次都|每回都|总是|老是|又|就会|只会)(?:跟我)?说(?:什么|要)?(?P<what>[^，。！？,!?…]{1,6}?)"
        r"(?:[，。！？,!?…]|下次|以后|$)"
    ),
    "en": re.compile(
        r"\b(?:heard|you (?:always|keep|all) (?:say|saying|promise|promising)|all this talk (?:of|about))"
        r"\s+(?:that\s+|those\s+|the\s+|your\s+)?(?P<what>[a-z][a-z' ]{2,30}?)"
        r"(?:\s+before|\s+again|[.,!?]|$)",
        re.IGNORECASE,
    ),
}
"""Her words that report the learner's ("每次都说改进", "heard promises before"); `what` is what
they report."""

REHASH = re.compile(
    r"^(?:说来说去|说了半天|绕来绕去|讲来讲去|after all (?:that|this)|at the end of the day)[，,\s]*",
    re.IGNORECASE,
)
"""The opening of a line that looks back on a talk that has gone round: not in her first reply."""


FAMILIES: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    (
        re.compile(r"承诺|保证|promis|guarantee", re.IGNORECASE),
        re.compile(
            r"承诺|保证|一定(?:会|能|给)|肯定(?:会|能)|绝对|包您|包你|promis|guarantee"
            r"|\bi(?:'ll| will) make sure\b|\bwon't happen\b|\bdefinitely\b|\bwill be (?:fixed|sorted)\b",
            re.IGNORECASE,
        ),
    ),
    (
        re.compile(r"改进|改善|改正|整改|注意|improv|better|chang", re.IGNORECASE),
        re.compile(
            r"改进|改善|改正|整改|以后(?:会|一定|注意|我们)|下次(?:一定|会|注意|我们)|不会再|再也不会"
            r"|improv|make (?:it|things) better|won't happen again|do better|chang(?:e|ing) (?:how|the way)",
            re.IGNORECASE,
        ),
    ),
)
"""A reported word's family: (the word's pattern, what in the learner's turn says it)."""


REFUSED = re.compile(
    r"(?:不|没法|没办法|无法|不能|不敢|不好|不会)(?:跟[您你]|向[您你]|给[您你])?(?:做)?(?:承诺|保证|打包票)"
    r"|\b(?:can(?:no|')t|cannot|won't|will not|don't|do not|couldn't|wouldn't|not going to|unable to)"
    r"\s+(?:honestly\s+|really\s+|actually\s+)?(?:promise|guarantee)\w*"
    r"|\bno (?:promises|guarantees?)\b",
    re.IGNORECASE,
)
"""A promise refused: the honest "I can't guarantee a set speed", 「这个我不敢保证」 promise nothing."""


def _reported_said(what: str, reply: str) -> bool:
    for word, heard in FAMILIES:
        if word.search(what):
            return bool(heard.search(REFUSED.sub(" ", reply)))
    head = what.strip().lower()
    if not head:
        return True
    # a word outside the families must be said as it is (its first two characters in Chinese,
    # its stem in English: "promises" -> "promis")
    stem = head[:2] if not head.isascii() else head.split()[0][:6]
    return stem in reply.lower()


PLEASANT_WORDS: tuple[re.Pattern[str], re.Pattern[str]] = (
    re.compile(
        r"好听的|漂亮话|客套话|sweet[- ]talk|nice words|kind words|fine words", re.IGNORECASE
    ),
    re.compile(
        r"抱歉|对不起|不好意思|理解|放心|保证|承诺|一定|肯定|辛苦|感谢|谢谢|着急|心情"
        r"|sorry|apologi|understand|promis|guarantee|don't worry|rest assured|thank|appreciate",
        re.IGNORECASE,
    ),
)
"""Her line that calls the learner's words pleasant (「你先别光说好听的」, "Save the sweet talk"),
and what in the turn is pleasant: an apology, understanding, reassurance, a promise, thanks."""


ADMISSION: tuple[re.Pattern[str], re.Pattern[str]] = (
    re.compile(
        r"认(?:这个)?错|承认(?:了|这)|\b(?:you )?admit(?:ting)?\b|owning up|owned up", re.IGNORECASE
    ),
    re.compile(
        r"我们的(?:问题|错|责任|疏忽|失误|不对)|是我们(?:不对|没|的|做得不好)|责任在我们|我们没(?:做好|安排好|说清楚)"
        r"|怪我们|我们(?:错|做错)了|认错|承认"
        r"|\b(?:our|my) (?:fault|mistake|error)\b|\bwe got (?:it|that|this) wrong\b|\bthat's on us\b"
        r"|\bwe should(?:n't)? have\b|\bwe (?:let you down|messed up|dropped the ball)\b",
        re.IGNORECASE,
    ),
)
"""Her line that credits an admission of fault (「你能认这个错」, "At least you admit it"), and
what in the turn admits it: asking whether the wait cost her anything admits nothing yet."""


def presumes_unsaid(text: str, reply: str, language: Language) -> bool:
    """True when her line `text` reports words the learner's turn `reply` did not say (see the
    module docstring), or calls pleasant words a turn that said none (「你先别光说好听的」 to
    「前面病人超时了，这个没办法。」)."""
    line = unicodedata.normalize("NFKC", text).strip()
    turn = unicodedata.normalize("NFKC", reply)
    calls_pleasant, pleasant = PLEASANT_WORDS
    if calls_pleasant.search(line) and not pleasant.search(turn):
        return True
    credits_admission, admits = ADMISSION
    if credits_admission.search(line) and not admits.search(turn):
        return True
    return any(
        not _reported_said(match.group("what"), turn) for match in REPORTED[language].finditer(line)
    )


OFFER_TAKEN: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"^(?:听着|听起来|这么说)(?:还行|不错|挺好|可以)|还(?:有|包括|包含|送)(?:什么|啥|别的)"
    ),
    "en": re.compile(
        r"\bwhat else (?:comes with|is in|do (?:i|we) get with)\b|^(?:that |it )?sounds (?:good|nice)\b",
        re.IGNORECASE,
    ),
}
"""Her words that take an offer as made: more of it asked for, or it weighed as heard."""


def presumes_an_offer(text: str, language: Language) -> bool:
    """True when her line `text` asks for more of an offer or weighs one ("Hm. What else comes
    with it?", 「听着还行，可我怕又是办了不去」): before anything is offered, not said."""
    line = re.sub(
        r"^(?:hm+|um+|well|嗯|唔)[.,，。…\s]*",
        "",
        unicodedata.normalize("NFKC", text).strip(),
        flags=re.IGNORECASE,
    )
    return bool(OFFER_TAKEN[language].search(line))


def without_rehash(text: str) -> str:
    """Her line without an opening that looks back on the talk (「说来说去还是三千九百八」 ->
    「还是三千九百八」), for her first reply."""
    rest = REHASH.sub("", text, count=1)
    if not rest or rest == text:
        return text
    return rest[0].upper() + rest[1:] if rest[0].isascii() else rest
