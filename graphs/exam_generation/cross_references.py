"""A rule that sends the reader to another article is no scoring point.

「产妇本人的配偶不受探视时间限制，但须遵守本制度第八条」 made a short answer keyed 「须遵守本制度
第八条」 (session 20 end designer D13, m3 #16): a learner who knows what article 8 says (wash
hands, wear a mask, have the temperature taken) and writes it is marked wrong, one who recalls
the article's number scores. What the rule asks lives in the article it names; a short answer
does not make such a rule a point, nor ask a group of rules whole that holds one (a key without
it would not be all of the group's rules).
"""

from __future__ import annotations

import re

_ZH_REFERENCE = re.compile(
    r"(?:遵守|遵照|按照?|依照|依据|参照|参见|执行|适用|见)\s*"
    r"(?:本(?:制度|规定|规程|办法|手册|守则|条例|细则|协议|合同|须知)(?:的)?)?\s*"
    r"(?:第\s*[一二三四五六七八九十百零\d]+\s*[条章节款项]|上述|前述|前款|上款|以上)"
    r"[^，,；;。]{0,8}?(?:的?(?:规定|要求|执行|办理|处理))?\s*[。；;]?\s*$"
)
_EN_REFERENCE = re.compile(
    r"\b(?:comply with|follow|observe|see|as (?:set out|described|stated) in|in line with"
    r"|under|according to|per)\s+(?:the\s+)?(?:rules?\s+(?:of|in)\s+)?"
    r"(?:section|clause|article|rule|paragraph|point)\s+[\dA-Za-z.]+\b[^,;.]{0,20}[.;]?\s*$",
    re.IGNORECASE,
)


def refers_elsewhere(rule: str, zh: bool) -> bool:
    """The rule ends by sending the reader to another article (「须遵守本制度第八条」, "must
    comply with section 8"): what it asks is stated there, not here."""
    return (_ZH_REFERENCE if zh else _EN_REFERENCE).search(rule.strip()) is not None
