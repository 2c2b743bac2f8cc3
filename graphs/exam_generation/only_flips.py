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

from graphs.text.person_nouns import person_head
from graphs.text.word_class import semantic_kind

_ZH_ONLY = re.compile(
    r"^(?P<before>[^。；;]*?)只有(?P<who>[^，。；;]{2,30}?)才(?P<modal>能|可以|可|准|允许|有权)"
    r"(?P<act>[^，。；;]+)(?P<end>[。；;]?)$"
)
_EN_ONLY = re.compile(
    r"^Only\s+(?P<who>[^,;.]{2,60}?)\s+(?P<modal>may|can)\s+(?P<act>[^;]+?)(?P<end>\.?)$"
)


_EN_ONLY_ALLOWED = re.compile(
    r"^Only\s+(?P<who>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}\s+(?P<head>[a-z][a-z-]*[^s\W]s))\s+"
    r"(?P<verb>are\s+(?:allowed|permitted))(?P<rest>(?:\s+[^,;.]+)?)(?P<end>\.?)$"
)
""""Only guide dogs are allowed in the cabins": the kind named (guide dogs) stands in its plural
head (dogs), so "All dogs, not only guide dogs, are allowed in the cabins" is the belief the rule
denies (session 16 lead: "Only assistance dogs are allowed on board" was never asked). A bare
plural ("Only members are allowed …") names no wider kind, and is left alone."""


_ZH_CASE_END = re.compile(r"(?:后|前|时|期间|情况下|条件下|合格|同意|批准)$")
"""「只有维保单位检验合格后才能…」: 只有 sets a case, not who: 「除…合格后以外，其他人员也能…」 is no
sentence (session 13, a lifted case)."""


_EN_PASSIVE_ACT = re.compile(r"^(?:be|been|only be)\s+\w+", re.IGNORECASE)
""""Only pencils may be used": the "only" is of what is used, not who acts; "Anyone, not only
pencils, may be used" is nonsense (session 14 designer D6, bp3-7)."""
_ZH_PERSON_END = re.compile(
    r"(?:员|师|人|长|医|生|工|者|客|户|方|主任|经理|主管|司机|家长|监护人|部门?|组|队|中心|单位)$"
)
"""Who 只有…才能 names when it is someone: 「只有不锈钢容器才能盛放饲料」 names a thing, and
「除不锈钢容器以外，其他人员也能…」 would be nonsense."""


_EN_POST_MODIFIER = re.compile(
    r"\s+(?:with|who|whom|whose|that|holding|marked|named|listed|trained|certified|aged|over|"
    r"under|in|on|of|from|at|carrying|wearing)\b",
    re.IGNORECASE,
)
_EN_PEOPLE_WORDS = frozenset(
    [
        "adults",
        "people",
        "persons",
        "children",
        "kids",
        "pupils",
        "students",
        "families",
        "members",
        "staff",
    ]
)
"""Everyone a rule may bind, no trade of staff, that an "only" rule names ("Only adults may
…"); trades with no person's ending ("Only the vet may give medicine") are person heads of
`graphs/text/person_nouns.py`."""


def _en_names_people(who: str) -> bool:
    """Whether "Only <who> may …" restricts people: its head noun, before what qualifies it
    ("staff with a first-aid certificate", "pitches marked E"), is a role, a customer or a
    person. "Anyone, not only pitches marked E, can use the electric hook-up" widens a rule on
    things to people (the lead's session-18 campsite FAQ)."""
    head = _EN_POST_MODIFIER.split(who.strip(), maxsplit=1)[0].split()[-1:]
    if not head:
        return False
    word = head[0].lower()
    kind = semantic_kind(word, "en")
    return (
        kind in ("role", "customer", "department") or word in _EN_PEOPLE_WORDS or person_head(word)
    )


def lift_only(text: str, zh: bool) -> tuple[str, str, str] | None:
    """(the false statement, the words changed, what they became) for a rule that says who
    alone may act, or None when the rule is not said so in one clause, its 只有 sets a case, or
    what it restricts is a thing (a passive act, a 只有 that names no one)."""
    if zh:
        match = _ZH_ONLY.match(text.strip())
        if match is None or _ZH_CASE_END.search(match["who"]):
            return None
        if not _ZH_PERSON_END.search(match["who"]):
            return None
        original = f"只有{match['who']}才{match['modal']}"
        changed = f"除{match['who']}以外，其他人员也{match['modal']}"
        statement = f"{match['before']}{changed}{match['act']}{match['end'] or '。'}"
        return statement, original, changed
    allowed = _EN_ONLY_ALLOWED.match(text.strip())
    if allowed is not None:
        original = f"Only {allowed['who']} {allowed['verb']}"
        changed = f"All {allowed['head']}, not only {allowed['who']}, {allowed['verb']}"
        return f"{changed}{allowed['rest']}{allowed['end'] or '.'}", original, changed
    match = _EN_ONLY.match(text.strip())
    if match is None or _EN_PASSIVE_ACT.match(match["act"]) or not _en_names_people(match["who"]):
        return None
    original = f"Only {match['who']} {match['modal']}"
    changed = f"Anyone, not only {match['who']}, {match['modal']}"
    return f"{changed} {match['act']}{match['end'] or '.'}", original, changed
