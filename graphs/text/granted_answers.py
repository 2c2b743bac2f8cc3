"""A yes with a condition, read with its question: the permission and its limit in one rule.

"Yes, but only after the item has been on the shop floor for at least 1 day" under "Can volunteers
buy donated items?" is "Volunteers can buy donated items only after the item has been on the shop
floor for at least 1 day": alone, "But only after …" opens on the question's condition and was
left as a rule the generator "cannot yet make a question of" (session 22 lead, a charity shop
FAQ). A verbless answer with no yes ("Only after your captain agrees.") is asked_frames.py's. 「可以，但须在上架满1天后购买」 under 「志愿者可以购买捐赠物品吗？」 is 「志愿者可以购买捐赠物品，
但须在上架满1天后购买」. Only a yes is read so: a no with a condition says what is barred, which the
question's words cannot state.
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.text.asked_frames import yours
from graphs.text.word_class import subject_and_action

_EN_YES = re.compile(
    r"^\s*(?:\*\*)?\s*(?:A\s*[:：]\s*)?yes\s*[,，.]?\s*(?:but\s+)?"
    r"(?P<limit>(?:only\s+)?(?:if|after|when|once|as\s+long\s+as|provided(?:\s+that)?|with|before|"
    r"within|until|on|by)\b.+)$",
    re.IGNORECASE,
)
_EN_CAN_ASKED = re.compile(
    r"^(?:Q\d*\s*[:.]\s*)?(?P<modal>can|may)\s+(?P<rest>[^?]+)\?$", re.IGNORECASE
)
_PERSONS = frozenset(["i", "we", "you"])
_ZH_YES = re.compile(
    r"^\s*(?:答\s*[:：]\s*)?(?:可以|能|是的)\s*[，,]\s*(?P<limit>(?:但|只要|只有|须|需|必须).+)$"
)
_ZH_CAN_ASKED = re.compile(r"^(?P<asked>.+?(?:可以|能|可否|能否).+?)吗\s*[？?]$")


def granted_answer(question: str, answer: str, language: Language) -> str | None:
    """The answer `answer` (as written, with its yes) stated with its question's permission, or
    None when it is no conditioned yes or the question is no can/may question."""
    question = question.strip().strip("*").strip()
    if language == "zh":
        said = _ZH_YES.match(answer)
        asked = _ZH_CAN_ASKED.match(question) if said else None
        if said is None or asked is None:
            return None
        return f"{asked['asked'].replace('可否', '可以').replace('能否', '能')}，{said['limit']}"
    said = _EN_YES.match(answer)
    asked = _EN_CAN_ASKED.match(question) if said else None
    if said is None or asked is None:
        return None
    # The subject ends before the first base-form verb: "volunteers buy donated items".
    split = subject_and_action(asked["rest"].split(), pronouns=_PERSONS)
    if split is None:
        return None
    subject, action = split
    if subject.lower() in {"i", "we"}:
        subject = "you"  # "Can I bring my dog?": said back to the asker, as asked_frames does
    action = yours(action)
    limit = said["limit"].rstrip()
    limit = limit[0].lower() + limit[1:] if limit[1:2].islower() else limit
    return f"{subject[0].upper()}{subject[1:]} {asked['modal'].lower()} {action} {limit}"
