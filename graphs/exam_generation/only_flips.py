"""A rule on who alone may act, made false by lifting its "only".

「只有持有叉车证的人员才能驾驶库内叉车」 and "Only GreenWheel technicians may repair the bike" hold
no figure and no 不得 to flip, so no true/false item could ever be false on them (session 11
designer D3, fault 3: the forklift licence and the repair rule were never asked). Lifted, the
restriction reads as a belief a trainee could hold and the material denies:
「除持有叉车证的人员以外，其他人员也能驾驶库内叉车」, "Anyone, not only GreenWheel technicians,
may repair the bike". The sentence stays grammatical, and only the restriction changes.
"""

from __future__ import annotations

import re

_ZH_ONLY = re.compile(
    r"^(?P<before>[^。；;]*?)只有(?P<who>[^，。；;]{2,30}?)才(?P<modal>能|可以|可|准|允许|有权)"
    r"(?P<act>[^，。；;]+)(?P<end>[。；;]?)$"
)
_EN_ONLY = re.compile(
    r"^Only\s+(?P<who>[^,;.]{2,60}?)\s+(?P<modal>may|can)\s+(?P<act>[^;]+?)(?P<end>\.?)$"
)


_ZH_CASE_END = re.compile(r"(?:后|前|时|期间|情况下|条件下|合格|同意|批准)$")
"""「只有维保单位检验合格后才能…」: 只有 sets a case, not who: 「除…合格后以外，其他人员也能…」 is no
sentence (session 13, a lifted case)."""


def lift_only(text: str, zh: bool) -> tuple[str, str, str] | None:
    """(the false statement, the words changed, what they became) for a rule that says who
    alone may act, or None when the rule is not said so in one clause or its 只有 sets a case."""
    if zh:
        match = _ZH_ONLY.match(text.strip())
        if match is None or _ZH_CASE_END.search(match["who"]):
            return None
        original = f"只有{match['who']}才{match['modal']}"
        changed = f"除{match['who']}以外，其他人员也{match['modal']}"
        statement = f"{match['before']}{changed}{match['act']}{match['end'] or '。'}"
        return statement, original, changed
    match = _EN_ONLY.match(text.strip())
    if match is None:
        return None
    original = f"Only {match['who']} {match['modal']}"
    changed = f"Anyone, not only {match['who']}, {match['modal']}"
    return f"{changed} {match['act']}{match['end'] or '.'}", original, changed
