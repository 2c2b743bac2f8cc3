"""A fill-in's role or party named in other words that name the same one.

A teacher accepts, for a key that names who acts:
- the role said round, its modifier after it: "the supervisor on duty for the shift" for shift
  supervisor (every word of the key, the head first, no rank and no other role or shift);
- the role with another word for a person doing that job: 保育老师, 保育师 for 保育员 (the same
  two-character stem of the work), or described as the one who does that work: 保育的同事,
  负责保育的人, 保育岗位的员工, 售票的 (the work, 的, a word for a colleague or a person), the work
  said in its everyday word too (卖票的 for 售票员: trade_people.same_work), with a narrower
  object (卖门票的人) or as where it is done (售票处的, 站收银台的); in English by the act and its
  object ("the person who sells tickets" for ticket seller: role_descriptions.py);
- the party without the employer's own name before it: 调度中心 for 公司调度中心, "dispatch
  centre" for "company dispatch centre" (the learner's own company: there is no other), and
  the key with it where the key has none: 公司工牌 for 工牌, "company ID badge" for "ID badge".
Never another party: manager for supervisor, 园长 for 保育员, 客服中心 for 调度中心, assistant or
deputy ranks (roles.py keeps those apart).
"""

from __future__ import annotations

import re

from graphs.exam_grading.role_descriptions import described_post
from graphs.exam_grading.roles import RANKS, roles_in
from graphs.exam_grading.trade_people import described_work, same_work
from graphs.exams import Language

_PERSON_SUFFIXES = ("人员", "老师", "员", "师", "工")
"""Words that end a Chinese job title with the person who does the work (保育员, 保育老师)."""
_STEM_CHARS = 2
_OWN_PARTY = {
    "zh": (
        "本公司",
        "总公司",
        "公司",
        "集团",
        "本店",
        "门店",
        "本院",
        "医院",
        "本园",
        "园所",
        "本校",
        "学校",
    ),
    "en": ("the company's", "company's", "the company", "company", "our", "the store's", "store"),
}
"""Names of the learner's own employer that may go before a party it runs (公司调度中心)."""
_OTHER = frozenset({"another", "other", "different", "next", "previous", "former", "night", "day"})
"""Words that make a role said round another one ("the supervisor of another shift")."""
_DUTY_EN = frozenset({"duty", "shift"})
"""English words that make a role the one running the shift (duty manager, manager on shift)."""
_EN_WORD = re.compile(r"[a-z]+(?:'s)?")


def same_party(given: str, expected: str, language: Language) -> str | None:
    """Why the answer names the key's role or party in other words, or None when it does not."""
    answer, key = given.strip().lower(), expected.strip().lower()
    if not answer or answer == key:
        return None
    for owner in _OWN_PARTY[language]:
        if key.startswith(owner) and key.removeprefix(owner).strip() == answer:
            return f"'{given}' is '{expected}' without the employer's name"
        if answer.startswith(owner) and _owned(answer.removeprefix(owner), key):
            return f"'{given}' is '{expected}' with the employer's name"
    if language == "zh":
        return _other_person_word(answer, key, given, expected)
    if _duty_role(answer) is not None and _duty_role(answer) == _duty_role(key):
        return f"'{given}' is '{expected}', the role on duty said by its other name"
    return described_post(given, expected) or _said_round(answer, key, given, expected)


def _duty_role(text: str) -> str | None:
    """The role of an English duty-role however it is said (duty manager, shift manager,
    manager on duty, on-duty manager, manager on shift: all "manager"); None for anything else.
    Whoever runs the shift is on duty: a teacher takes one name for the other."""
    words: list[str] = [w for w in re.findall(r"[a-z]+", text) if w not in ("the", "a", "an")]
    if len(words) == 2 and words[0] in _DUTY_EN:
        return words[1]
    if len(words) == 3 and words[1] == "on" and words[2] in _DUTY_EN:
        return words[0]
    if len(words) == 3 and words[:2] == ["on", "duty"]:
        return words[2]
    return None


def _owned(rest: str, key: str) -> bool:
    """The key after the employer's name and its possessive (公司的工作证, "the company's ID
    badge"): the learner's own employer issues it, there is no other."""
    rest = rest.strip()
    return rest.removeprefix("的").strip() == key


def _other_person_word(answer: str, key: str, given: str, expected: str) -> str | None:
    def stem(word: str) -> str | None:
        for suffix in _PERSON_SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= _STEM_CHARS:
                return word.removesuffix(suffix)
        return None

    shared = stem(answer)
    if shared is not None and shared == stem(key):
        return f"'{given}' names the job of '{expected}' with another word for its person"
    work, key_work = described_work(answer), stem(key)
    if work is not None and key_work is not None and same_work(work, key_work):
        return f"'{given}' describes the job of '{expected}'"
    return None


def _said_round(answer: str, key: str, given: str, expected: str) -> str | None:
    words = [w.removesuffix("'s") for w in _EN_WORD.findall(answer)]
    wanted = _EN_WORD.findall(key)
    if (
        len(wanted) < 2
        or wanted[-1] not in words
        or (RANKS | _OTHER).intersection(words) - set(wanted)
    ):
        return None
    head = words.index(wanted[-1])
    if not all(m in words[head + 1 :] for m in wanted[:-1]):
        return None  # the modifier before the head again is narrower_role's, or another role
    others = [r for r in roles_in(answer, "en") if r not in wanted and wanted[-1] not in r]
    if others:
        return None
    return f"'{given}' is '{expected}' said round"
