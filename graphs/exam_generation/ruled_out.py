"""False statements that say what a rule expressly rules out: a right withheld, an exemption.

- a right the rule grants (「超载的，舵手有权拒绝开船」, "The rider has the right to refuse a
  parcel over 15 kg") withheld (无权, "has no right to"): a trainee who thinks the helmsman must
  sail anyway holds exactly that belief. No modal verb marks such a rule, so the modality flips
  (modality_changes.py) never reach it, and a true/false paper of such rules was all "true".
- a duty the rule says binds without exception (「舵手同样必须穿救生衣，不得例外」, "Dispatchers
  must also wear a helmet, without exception") turned into the exemption it rules out
  (「舵手无须穿救生衣」): its 不得例外 is no prohibition to flip, and the exemption is the
  misconception the sentence was written against. The echo (同样, also) goes with it: "likewise
  need not" contradicts the rule before.
Both keep the modality flips' gates: one cue in the sentence, nothing absolute, no exception, no
"only", no clause after the one changed that would argue back.
"""

from __future__ import annotations

import re

from graphs.exam_generation.false_statement import FalseStatement
from graphs.text.any_one_subject import any_one_subject
from graphs.text.facts import Fact

_ZH_RIGHT = re.compile(r"(?<![无没])有权(?:利)?")
_EN_RIGHTS = (
    (re.compile(r"\b(has|have) the right to\b", re.IGNORECASE), r"\1 no right to"),
    (re.compile(r"\b(is|are) entitled to\b", re.IGNORECASE), r"\1 not entitled to"),
)
_ZH_OTHER_CUES = re.compile(
    r"必须|务必|应当|应该|应|须|需|不得|禁止|严禁|不能|不可|可以|方可|可|只能|仅|只|一律|任何|除|无权"
)
_EN_OTHER_CUES = re.compile(
    r"\b(?:must|may|should|shall|can|cannot|not|never|no|only|unless|except|any)\b|n['’]t\b",
    re.IGNORECASE,
)
_CLAUSE_AFTER = re.compile(r"[，,；;:：]")

_ZH_NO_EXCEPTION = re.compile(
    r"^(?P<subject>[^，,。；;：:]{1,16}?)(?:同样|也|亦|均|都)?(?P<modal>必须|须|应当|应)"
    r"(?P<act>[^，,。；;：:]{2,30})[，,]\s*(?:不得例外|不能例外|没有例外|无一例外|概无例外)[。.]?$"
)
_ZH_EXEMPT = {"必须": "不必", "须": "无须", "应当": "无须", "应": "无须"}
_EN_NO_EXCEPTION = re.compile(
    r"^(?P<subject>[^,;:.]{1,60}?)\s+(?:also\s+)?must\s+(?:also\s+)?(?P<act>[^,;:.]{2,80}?)"
    r"(?:\s*,\s*|\s+)(?:without exception|with no exceptions?|no exceptions?)\s*[.!]?$",
    re.IGNORECASE,
)
_EN_ALSO = re.compile(r"\s+(?:also|too|as well)\b", re.IGNORECASE)


def withheld_right(fact: Fact, zh: bool) -> list[FalseStatement]:
    """The right the fact grants, withheld (有权 -> 无权, "has the right to" -> "has no right
    to"), when the right is the sentence's one cue and its last clause."""
    text = fact.text
    if zh:
        rights = list(_ZH_RIGHT.finditer(text))
        if len(rights) != 1:
            return []
        right = rights[0]
        rest = text[: right.start()] + text[right.end() :]
        if _ZH_OTHER_CUES.search(rest) or _CLAUSE_AFTER.search(text, right.end()):
            return []
        statement = text[: right.start()] + "无权" + text[right.end() :]
        return [FalseStatement(statement, "modality", right.group(), "无权")]
    for pattern, replacement in _EN_RIGHTS:
        found = list(pattern.finditer(text))
        if len(found) != 1:
            continue
        right = found[0]
        rest = text[: right.start()] + text[right.end() :]
        if _EN_OTHER_CUES.search(rest) or _CLAUSE_AFTER.search(text, right.end()):
            return []
        new = right.expand(replacement)
        statement = text[: right.start()] + new + text[right.end() :]
        return [FalseStatement(statement, "modality", right.group(), new)]
    return []


def exemption(fact: Fact, zh: bool) -> list[FalseStatement]:
    """The duty the fact says binds without exception, stated as an exemption of its subject
    (「舵手同样必须穿救生衣，不得例外」 -> 「舵手无须穿救生衣。」)."""
    if zh:
        match = _ZH_NO_EXCEPTION.match(fact.text.strip())
        if match is None or _ZH_OTHER_CUES.search(match["subject"] + match["act"]):
            return []
        new = _ZH_EXEMPT[match["modal"]]
        statement = f"{match['subject']}{new}{match['act']}。"
        return [FalseStatement(statement, "modality", match["modal"], new)]
    match = _EN_NO_EXCEPTION.match(fact.text.strip())
    if match is None or _EN_OTHER_CUES.search(match["subject"] + " " + match["act"]):
        return []
    subject = _EN_ALSO.sub("", match["subject"])
    act = _EN_ALSO.sub("", match["act"])
    statement = any_one_subject(f"{subject} need not {act}.", len(subject) + 1)
    return [FalseStatement(statement, "modality", "must", "need not")]
