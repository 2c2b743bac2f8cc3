"""A made-up claim that everyone does it: "everyone on your street has switched", "all our
members take the annual plan", 「大家都交的」, 「人人都办了年卡」, "most who cancel come back".

Said to sell or to defend a charge, it is social proof the learner cannot know and the brief
never gives (session 22 trainer: "everybody upgrades" and 「大家都收的」 went unnamed). One the
scenario's own text makes ("most guests choose breakfast") is true; a negated ("not everyone
needs it") or asked one ("does everyone pay this?") claims nothing. Everyone waiting or slowing
down ("everyone waits at peak hours") makes her matter light, not a sale: conduct.py's MINIMISES;
a charge she may have waived said to be paid by all is made out as a normal charge
(required_by_rule.py).
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.practice_dialogue.required_by_rule import required_by_rule
from graphs.practice_dialogue.signals import TurnText
from graphs.scenarios import Scenario

CROWD: dict[Language, re.Pattern[str]] = {
    "en": re.compile(
        r"\b(?:every(?:one|body)|all (?:(?:of )?our |the |my )?(?:guests|members|customers|clients|"
        r"patients|families|couples|neighbours)|(?:most|nearly all|almost all) (?:of )?(?:our )?"
        r"(?:guests|members|customers|clients|patients|people))(?: else)?(?: on \w+ \w+| here)?"
        r"(?: (?:always|already|just|now))? (?:upgrades?|upgraded|has upgraded|have upgraded|takes?|"
        r"took|books?|booked|buys?|bought|chooses?|chose|picks?|signs? up|signed up|"
        r"switch(?:es|ed)?|has switched|have switched|goes? for|went for|gets? it|opts? for)\b"
        # those who leave said to come back: "Most people who cancel end up returning" (that they
        # regret it is a warning, heard as pressure)
        r"|\b(?:most|nearly all|almost all|lots|plenty|many|(?:nine|eight) (?:out )?of (?:every )?ten)"
        r" (?:of )?(?:the |our )?(?:[a-z]+ )?(?:who|that)"
        r" (?:leave|left|cancel|switch|go|move|try)\w*(?: \w+){0,4}? (?:come back|came back|"
        r"coming back|return(?:s|ed|ing)?)\b",
        re.IGNORECASE,
    ),
    "zh": re.compile(
        r"(?:大家|人人|每个人|每位(?:客人|顾客|会员|客户|患者|学员)?|所有(?:人|客人|顾客|会员|客户|患者|学员)"
        r"|(?:学员|会员|客人|顾客|客户|家长)们|别人|来的人|身边的人)"
        r"(?:也)?(?:基本|差不多|几乎)?(?:上)?都(?:是|会|要|得|在)?(?:这么|这样)?(?:买|办|选|升级|报|充|续|加|订|定)(?:的|了|过)?"
        # those who left said to come back: 「走了的人大多又回来了」
        r"|(?:大部分|大多数|绝大多数|很多|好多|多数|十个有九个|十有八九)(?:的)?(?:人|客户|会员|顾客|学员|客人)?"
        r"(?:走了|退了|转走了?|换了|去了别家|离开|退卡)(?:的|以后|之后)?[^。！!？?]{0,8}(?:又|都|最后|还是)"
        r"回来"
        r"|(?:走了|转走了?|离开了?|退了?[卡课班]?)的(?:人|客户|会员|顾客|学员)(?:大部分|大多|多半|基本上?|"
        r"十个有九个)(?:最后|后来)?(?:又|都|还是)?回来"
    ),
}
"""Everyone said to buy, book or switch (everyone paying a charge: required_by_rule.py)."""
LABEL: dict[Language, str] = {
    "zh": "谎称大家都这么做",
    "en": "A made-up claim that everyone does it",
}


def crowd_claim(scenario: Scenario, sentence: TurnText, asking: bool) -> str | None:
    """The label of a made-up claim that everyone does it, if the sentence makes one."""
    language = scenario.language
    if asking:
        return None
    told = " ".join([scenario.background, *scenario.learner.may_offer])
    if CROWD[language].search(told):
        return None  # the brief says so itself: true
    if required_by_rule(scenario, sentence):
        return None  # a waivable charge everyone pays is made out as normal (required_by_rule.py)
    for found in CROWD[language].finditer(sentence.raw):
        if not sentence.negated(found.start(), found.end()):
            return LABEL[language]
    return None
