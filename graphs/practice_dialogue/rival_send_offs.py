"""Sending her to a competitor: 「嫌贵的话您可以到别的店看看」, 「那您去别家吧」, "you could always
try the place next door".

The learner gives the customer up to a rival instead of answering her concern. She hears it as
being shown the door (affronts.py, the `brushed` kind, reacts to it), but the report names it as
its own fault (conduct.py: `把客户推给竞争对手`), not as a generic brush-off, and the hint after it
says to keep her (breach_kinds.py). Inviting her to compare (「您可以去隔壁对比一下，再回来找我」,
"compare with the hotel next door") keeps her and is no send-off; nor is a rival only mentioned
(「隔壁是便宜」): the words are a pointer to her (您 / "you") or an imperative, a verb of going or
buying there, and a rival place.
"""

from __future__ import annotations

import re

from graphs.exams import Language

_ZH_RIVAL = (
    r"(?:隔壁|对面|别家|别处|别的地方|另一家|另外一家"
    r"|(?:别的|其他|其它)(?:店|家|门店|健身房|诊所|医院|酒店|公司|运营商|地方))"
)
"""A rival place, by its words (the rival named by the scenario is read by rival_claims.RIVAL)."""
_EN_RIVAL = (
    r"(?:elsewhere|somewhere else|next door|the (?:place|shop|one|hotel|gym|clinic|lot) "
    r"(?:next door|down the road|across the (?:road|street))|(?:another|the other|a different)"
    r" (?:provider|company|hotel|gym|clinic|dentist|network|supplier|place|shop|firm)|a "
    r"(?:competitor|rival)|your (?:new|other) provider|them instead)"
)
SENT_TO_RIVAL: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        rf"(?:[您你](?:要是|如果)?[^，,。！!？?]{{0,4}}?(?:就|可以|不如|还是|尽管|大可|干脆|随时)*"
        # 「那去别家吧」, 「，可以去其他诊所看」: the pointer to her left out ("我这就去隔壁拿" is not)
        r"|(?:^|[，,]|那|那就)(?:就|可以|不如|还是|尽管|大可|干脆|随时)*)"
        rf"(?:去|到|找|换)(?:一下)?{_ZH_RIVAL}"
        # 对比一下 invites a comparison and keeps her
        r"(?![^，,。！!？?]{0,6}(?:对比|比较|比一比|比一下))"
    ),
    "en": re.compile(
        r"(?:\b(?:you (?:can|could|might|may|should|'d better|had better)(?: (?:always|just|as "
        r"well|easily))*|feel free to|why not|just|then)\s+(?:go|try|switch|move|shop|look|sign up"
        rf")(?: (?:over|across))?(?: (?:to|with|at|for))?(?: one)? {_EN_RIVAL}"
        r"|\b(?:go|try) (?:elsewhere|somewhere else|next door)(?: then)?\b)"
        # "go next door and compare, then come back" invites a comparison and keeps her
        r"(?![^.!?]{0,12}\b(?:compare|and see|come back)\b)",
        re.IGNORECASE,
    ),
}
"""Her sent to a rival: a pointer to her or an imperative, a verb of going there, a rival place."""
SENT_TO_RIVAL_LABELS: dict[str, str] = {
    "zh": "把客户推给竞争对手",
    "en": "Sending the customer to a competitor",
}
"""The fault's label where the scenario names no claim of its kind."""
SENT_TO_RIVAL_CLAIM = re.compile(r"推给竞争对手|推到别家|to a (?:competitor|rival)", re.IGNORECASE)
"""A scenario's own claim of sending her to a rival, by its wording."""
