"""A duty with a deadline whose event is the sentence before it.

「第七条 训练中发生翻船，队员应抓住船身等待救援，不得独自游向岸边。安全艇须在3分钟内到达现场。」:
the second sentence sets a deadline (3分钟内) and says of no event of its own what it runs from;
the article's first sentence opened on it (发生翻船). Asked alone, 「安全艇须在（    ）内到达现场。」
is true of nothing the learner can name (session 24 lead, issue 11; session 23 end designer D16,
「值班主管须在（    ）内到场」). It is stated with the event in front, and only the event: the
rest of the sentence before is other items' (「训练中发生翻船时，安全艇须在3分钟内到达现场。」,
"If a jumper is injured, the duty manager must arrive within 3 minutes.").

    event_of         the event a sentence opens on (发生…, …时, If…, When…), or None
    deadline_alone   a duty with a deadline and no event or starting point of its own
    event_lead       what to state in front of a deadline duty, from the sentence before it
    names_event      whether a statement says the event
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.text.heading_cases import lowered
from graphs.text.lists import without_marker
from graphs.text.sentence_form import clean_statement
from graphs.text.similarity import normalise

_ZH_CLAUSE = re.compile(r"[，,；;]")
_ZH_EVENT_WORD = re.compile(r"发生|出现|发现|一旦|遇到|遭遇|接到|收到|听到")
"""A word that reports something happening (「训练中发生翻船」, 「发现蹦床网面破损」)."""
_ZH_AT_TIME = re.compile(r"(?<![同随及按准定小临])时$")
"""A clause ending on 时 'when' (「学员坠马时」), not 同时, 及时, 小时."""
_ZH_BINDS = re.compile(r"须|应|必须|不得|可以|由|禁止|严禁|负责|不准|要求")
_EN_EVENT = re.compile(
    r"^(?P<event>(?:if|when|whenever|once|in case of|in the event of)\s[^,;.]{3,80}?),\s",
    re.IGNORECASE,
)
_EN_EVENT_OPENER = re.compile(r"^(?:if|when|whenever|once|in case of|in the event of)\s+", re.I)

_ZH_DEADLINE = re.compile(
    r"^(?P<who>[^，,；;。：:]{1,16}?)(?:必须|须|应当|应|需|要)(?:在|于)?\s*"
    r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十半]+)\s*个?(?:分钟|小时|天|日|工作日|周|个月)"
    r"(?:内|以内|之内)"
)
"""「安全艇须在3分钟内到达现场」: who, a modal and a span that runs from nothing it says."""
_ZH_OWN_CASE = re.compile(r"时|后|前|如|若|一旦|凡|当|发生|发现|接到|收到|期间|之日")
"""Words by which the subject's part says its own event or starting point (接单后, 入场前)."""
_EN_DEADLINE = re.compile(
    r"^(?P<who>[A-Za-z][\w '’-]{0,50}?)\s+(?:must|should|shall|will|has to|needs to|is to)\s+"
    r"(?:[a-z]+\s+){0,6}?within\s+(?:\d+|one|two|three|four|five|ten|fifteen|twenty|thirty)\s+"
    r"(?:working\s+|business\s+)?(?:minutes?|hours?|days?)\b"
    r"(?!\s*(?:of|after|from|since|before)\b)",
    re.IGNORECASE,
)
_EN_OWN_CASE = re.compile(
    r"\b(?:if|when|whenever|once|after|before|unless|and|is|are|was|were|has|have)\b",
    re.IGNORECASE,
)
"""A case or a verb of the subject's own: "Patients in pain are given priority and must be seen
within 24 hours" is a rule for those patients, not a bare deadline (labelled r11-clinic-2-single
sound)."""


def _clean(text: str) -> str:
    return clean_statement(without_marker(text.strip()))  # not 「第七条 」


def event_of(sentence: str, language: Language) -> str | None:
    """The event `sentence` opens on and binds no one in (「训练中发生翻船」, 「学员坠马时」, "If a
    jumper is injured"), or None; 「入场前，」 is a time, no event."""
    text = _clean(sentence)
    if language == "en":
        match = _EN_EVENT.match(text)
        return match["event"] if match else None
    parts = _ZH_CLAUSE.split(text, maxsplit=1)
    if len(parts) < 2:
        return None
    clause = parts[0].strip()
    if _ZH_BINDS.search(clause):
        return None
    return clause if _ZH_EVENT_WORD.search(clause) or _ZH_AT_TIME.search(clause) else None


def deadline_alone(text: str, language: Language) -> bool:
    """A duty with a deadline and no event or starting point of its own: 「值班经理须在3分钟内到达
    现场」, "The duty manager must arrive within 3 minutes." (「须在接单后24小时内…」 counts from
    the order, "within 3 minutes of the call" from the call)."""
    said = _clean(text)
    if language == "en":
        match = _EN_DEADLINE.match(said)
        return match is not None and _EN_OWN_CASE.search(match["who"]) is None
    match = _ZH_DEADLINE.match(said)
    return match is not None and _ZH_OWN_CASE.search(match["who"]) is None


def event_lead(text: str, before: str, language: Language) -> tuple[str, str] | None:
    """(the event stated in front, the statement after it) for a deadline duty `text` whose
    sentence before, in its article or paragraph, opens on an event; None otherwise."""
    if not before or not deadline_alone(text, language):
        return None
    event = event_of(before, language)
    if event is None:
        return None
    if language == "en":
        return f"{event[:1].upper()}{event[1:]}, ", lowered(text)
    event = event.removesuffix("的")  # 「发生新生儿跌落等意外事件的」: its case, said as 时
    return f"{event}{'' if _ZH_AT_TIME.search(event) else '时'}，", text


def names_event(statement: str, event: str, language: Language) -> bool:
    """Whether `statement` says the event: its words after the event word (发生翻船 -> 翻船;
    "If a jumper is injured" -> a jumper is injured)."""
    if language == "en":
        core = _EN_EVENT_OPENER.sub("", event)
    else:
        core = event.removesuffix("的")
        core = core[:-1] if _ZH_AT_TIME.search(core) else core
        words = list(_ZH_EVENT_WORD.finditer(core))
        if words and words[-1].end() < len(core):
            core = core[words[-1].end() :]
    return normalise(core) in normalise(statement)
