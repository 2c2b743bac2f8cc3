"""A charge the learner may waive defended as right: 「这个抛光费收得没问题，是应该收的」, 「收费
是合理的」, "the fee is perfectly fair".

The scenario's brief says which charge the learner may waive (waivers.py), and it lets the
learner waive it because it should not have been made (the polishing nobody asked him about).
Calling that charge fair, reasonable or owed, or holding up the price list as its warrant
(「收费都是按价目表来的」, "it's all on the price list": session 21 P14 cmp-weak), is untrue and withholds the remedy. It is named as
the scenario's claim of a charge made out as normal (把未告知的抛光费说成正常收费) where it has one,
else by a plain label. A negated defence (「这笔钱确实不应该收」, "that charge isn't fair"), a
question, a charge the brief does not let the learner waive (洗牙费 of 200) and a scenario that
lets the learner waive nothing claim nothing.
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.practice_dialogue.denied_authority import about_a_waivable_charge
from graphs.practice_dialogue.signals import TurnText
from graphs.scenarios import Scenario

DEFENDED: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"(?<![不没])(?:合理|正当|合规|应该的|应该收|该收|理应|天经地义|没(?:有)?问题|没毛病|没错|收得对|收对了)"
        # the price list held up as the charge's warrant: 「收费都是按价目表来的，墙上都贴着」
        r"|按(?:价目表|价格表|收费标准|标价)(?:来|收)|明码标价"
    ),
    "en": re.compile(
        r"\b(?:is|was|'s|are|were) (?:perfectly |completely |totally |entirely |quite |absolutely )?"
        r"(?:fair|reasonable|justified|legitimate|correct|right|valid|owed|due)\b"
        r"|\b(?:you|he|she) (?:do |does )?(?:owe|have to pay|need to pay|must pay)\b"
        r"|\b(?:is|are|'s|was) (?:all |clearly )?(?:on|in) (?:the|our) (?:price list|price board|"
        r"tariff)\b|\b(?:as per|according to) (?:the|our) (?:price list|tariff)\b",
        re.IGNORECASE,
    ),
}
"""Words that call a charge right."""
CHARGE_WORD: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"费|收费|钱|收的|收得|这笔|价"),
    "en": re.compile(r"\b(?:fees?|charges?|bill|amount|cost)\b", re.IGNORECASE),
}
"""The charge the defence is about, in its clause before it (「您的要求很合理」 defends nothing)."""
REMEDY: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"退|免|不收|不用付|不用交"),
    "en": re.compile(r"\b(?:refund|waive|take (?:it|that) off|remove)", re.IGNORECASE),
}
"""The charge given back in the same sentence: no defence of it."""
_CLAUSE_MARK = re.compile(r"[，,；;:：]")
OWN_KIND = re.compile(r"说成正常|正常收费|合理|(?:normal|legitimate|standard|fair) charge", re.I)
LABEL: dict[Language, str] = {
    "zh": "为可以免除的收费辩护",
    "en": "Defending a charge you may waive",
}


def defended_charge(scenario: Scenario, sentence: TurnText, asking: bool) -> str | None:
    """The label of a defence of a waivable charge the sentence makes, if any."""
    language = scenario.language
    raw = sentence.raw
    if asking or REMEDY[language].search(raw) or not about_a_waivable_charge(scenario, raw):
        return None
    for found in DEFENDED[language].finditer(raw):
        start = max((m.end() for m in _CLAUSE_MARK.finditer(raw, 0, found.start())), default=0)
        if not CHARGE_WORD[language].search(raw, start, found.start()):
            continue
        if sentence.negated(found.start(), found.end()):
            continue
        claims = [c.claim for stage in scenario.stages for c in stage.forbidden_claims]
        return next((c for c in claims if OWN_KIND.search(c)), LABEL[language])
    return None
