"""The learner does not know what she asked: she presses for it instead of dropping her question.

Her last line asked something ("…and how much more is it?", 「你们开到几点？」) and the learner
answers that they do not know ("It's more expensive, I don't know exactly how much", 「具体几点
我也不太清楚」). A customer wants the answer before she decides: she asks the learner to find out
(the price when she asked one), not her next script line as if her question had been answered
("We're just here for a quiet weekend, really." no more). A turn that asks her something back is
left to her other answers.

Saying so is no small talk either (`admits_not_knowing`, evaluation.finish): 「这个我也说不好」
answers her, though it earns nothing. Not knowing something of her ("I don't know about you, but
I love football") is neither.
"""

from __future__ import annotations

import re
import unicodedata

from graphs.exams import Language
from graphs.practice_dialogue.phrases import question_starts
from graphs.practice_dialogue.script_lines import LineChoice
from graphs.practice_dialogue.signals import sentences
from graphs.practice_dialogue.understanding import understand
from graphs.scenarios import Scenario

NOT_KNOWN: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"不(?:太|是很)?清楚|不知道|说不好|说不准|说不上来|不(?:太)?确定|没(?:个)?数|记不清"
    ),
    "en": re.compile(
        r"\b(?:i )?(?:don't|do not|didn't) (?:really |actually )?know\b|\bnot (?:too |really )?sure\b"
        r"|\bcouldn't (?:tell|say)\b|\bcan't (?:tell|say) (?:you )?(?:exactly|for sure)\b"
        r"|\bno idea\b|\bnot certain\b",
        re.IGNORECASE,
    ),
}
"""The learner saying they do not know (their own words, not a negated claim)."""
OF_HER: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"不知道(?:您|你)"),
    "en": re.compile(
        r"\b(?:know|sure|tell|say)\b[^,.;!?]{0,12}\b(?:about|if|whether|what) you\b", re.IGNORECASE
    ),
}
"""What the learner does not know is about her ("I don't know about you, but…"): chat, not her
question."""
_CLAUSES = re.compile(r"[,，;；.。!！?？…]+")
PRICE_ASKED: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"多少钱|多少|价|费|贵"),
    "en": re.compile(r"\bhow much\b|\bcost\b|\bprice\b|\bcharge\b", re.IGNORECASE),
}
"""Her question asked what something costs."""
PRESS: dict[tuple[Language, bool], str] = {
    ("zh", True): "不清楚？那你去问清楚再跟我说，到底多少钱？",
    ("en", True): "Could you find out, then? I'd like to know the price before I decide.",
    ("zh", False): "不清楚？那你去问清楚再跟我说。",
    ("en", False): "Could you find out for me, then? I'd rather know before I decide.",
}
"""Her answer, by whether her question asked a price."""


def pressed_for_answer(previous: str | None, reply: str, language: Language) -> LineChoice | None:
    """Her press for the answer she asked for in `previous` when `reply` says the learner does
    not know it (module docstring), or None."""
    if not previous:
        return None
    hers = [s for s in sentences(previous) if s.rstrip().endswith(("?", "？"))]
    said = sentences(reply)
    if not hers or not said or any(question_starts(s) is not None for s in said):
        return None
    if any(text in previous for text in PRESS.values()):
        return None  # pressed once: the next not-knowing gets her other answers
    if not says_not_knowing(reply, language):
        return None
    price = any(PRICE_ASKED[language].search(s) for s in hers)
    return LineChoice(text=PRESS[(language, price)])


def says_not_knowing(reply: str, language: Language) -> bool:
    """A clause of the turn says the learner does not know, and not something of her."""
    return bool(_admitting(_clauses(reply), language))


def admits_not_knowing(scenario: Scenario, reply: str) -> bool:
    """The turn says the learner does not know, and its other clauses are no small talk of
    their own ("I'm not sure, but my weekend was great" is): a reply to her, not chatter."""
    clauses = _clauses(reply)
    admitting = _admitting(clauses, scenario.language)
    if not admitting:
        return False
    rest = " ".join(c for c in clauses if c not in admitting)
    return not rest or not understand(scenario, rest).off_topic


def _clauses(reply: str) -> list[str]:
    return [c for c in _CLAUSES.split(unicodedata.normalize("NFKC", reply)) if c.strip()]


def _admitting(clauses: list[str], language: Language) -> list[str]:
    return [c for c in clauses if NOT_KNOWN[language].search(c) and not OF_HER[language].search(c)]
