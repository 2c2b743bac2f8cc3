"""Her yes in her own words, short of the decision: 行, 好的, 可以, 那还行, 我收下, "Okay", "Fine".

A customer who says 「退一百二，一到三个工作日到账是吧？行，别又让我来回跑。」 or 「下次给我排第一个
号，那还行。」 has taken what was put to her, though she gave no yes to the whole (her scripted
`agrees` line). The report said 「客户没有同意」 of her (session 21, the lead); it now says she
accepted that part and gave no final yes (report_sentences.py, `accepted`).

Her yes is read over all her lines, not her last one: a customer who took each remedy as it was
offered and then vented once more (「这次真的太让人失望了」) still took them (session 22, P15).
A line that takes her leave or drops the matter (「行吧，那我先走了。」, "Alright. I'll think about
it.", 「算了」) accepts nothing, whatever 行 it opens with.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from graphs.exams import Language

CONSENT: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"(?:^|[，,。！!])(?:(?:那|这样|这个|那就|那也)?(?:还|也)?(?:行|好的|好吧|可以|没问题|成)"
        r"|我(?:就)?(?:收下|接受))(?:吧|啊|了)?(?=[，,。！!]|$)"
    ),
    "en": re.compile(
        r"^(?:okay|ok|alright|all right|fine|sure|that's fine|sounds good|deal)\b(?![^,.!]*\?)"
        r"|\bi'll take (?:it|that|them)\b(?![^,.!]*\?)",
        re.IGNORECASE,
    ),
}
"""Words of consent standing as a clause of their own (「那还行。」, 「行，别又让我来回跑」, 「我收下」,
"Okay, that works"), not 行不行, 不行, 可以吗？ nor 我接受不了."""
LEAVING: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"(?:我|那我|我就)(?:先|就)?走了|我先走|(?:再|回去)(?:考虑|想想|想一想)|算了|不用了|不要了"
        r"|找你们(?:领导|经理)|(?:去|找)别(?:家|处|的地方)"
    ),
    "en": re.compile(
        r"\bi'll (?:go|leave|be off|head off|be going)\b|\bi'm (?:off|leaving|going)\b"
        r"|\bleave it (?:there|at that)\b|\bthink (?:about it|it over)\b|\bforget it\b|\bnever mind\b"
        r"|\b(?:go|look|shop) elsewhere\b|\bsomewhere else\b|\btake (?:this|it) further\b",
        re.IGNORECASE,
    ),
}
"""Her line taking her leave or dropping the matter: its 行 or "Alright" lets it go, it takes
nothing that was offered."""
_SENTENCE = re.compile(r"[^。！？!?.]+(?:\.(?=\S)[^。！？!?.]*)*[。！？!?.]*")
"""Her sentences as she wrote them (signals.sentences gives them in half-width): a full stop
inside a figure ("$4.50") ends none."""


def consent_in(line: str, language: Language) -> str | None:
    """The sentence of her line that says yes to something, or None (see `CONSENT`); a line
    that takes her leave (`LEAVING`) says yes to nothing."""
    if LEAVING[language].search(unicodedata.normalize("NFKC", line)):
        return None
    said: list[str] = _SENTENCE.findall(line)
    for sentence in said:
        if sentence.strip().endswith(("?", "？")):
            continue
        # read in half-width (a full-width comma is a comma), quoted as she said it
        if CONSENT[language].search(unicodedata.normalize("NFKC", sentence).strip()):
            return sentence.strip().rstrip("。.！!")
    return None


def accepted_in(replies: Sequence[str], language: Language) -> list[str]:
    """Her words of consent in each of her replies (her lines after the opening), in order,
    once each: what she took as it was put to her."""
    found = (consent_in(line, language) for line in replies)
    return list(dict.fromkeys(s for s in found if s))
