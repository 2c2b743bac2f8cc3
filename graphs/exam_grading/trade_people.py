"""A fill-in's person named by the everyday word for the same work, and another post told apart.

A teacher reads who a blank asks for by the work the person does: 送货员 is 配送员 (送货 and 配送
are one line of work), 装修工人 is 施工人员 on a building site, 保安 is 安保人员, a "delivery
driver" is a "courier". Each side is a word for the work (synonyms.yaml `trades:`, one group a
line of work) and a word for a person doing it (人员, 工人, 员, 师傅; "driver", "worker"), or a
trade word that names the person by itself (保安, courier: a staff role on its own). Both sides of
one group are the same people, whatever the person word.

A person word of another post is not: 店长 for 收银员, 站长 for 卸油员, "manager" for "courier".
`another_post` says so, where both sides name staff and no rule found them the same, so that the
learner reads 另一个岗位 / "another post", not 用词不对 (another word for the right person).
"""

from __future__ import annotations

import re
from functools import cache

import yaml

from graphs.exam_grading.roles import GENERAL_STAFF
from graphs.exam_grading.vocabulary import VOCABULARY_FILE, fold
from graphs.exams import Language
from graphs.text.segment import tokenize
from graphs.text.word_class import semantic_kind

_PERSON_WORDS = {
    "zh": ("工作人员", "人员", "工人", "员工", "师傅", "司机", "员", "工", "师", "人"),
    "en": ("driver", "worker", "staff", "person", "guy", "man", "men", "rider", "officer"),
}
"""Words after a trade word that make it a person doing that work (送货 + 员, delivery + driver;
送货的师傅 too: 的 joins them)."""
_ZH_POST_ENDS = {"人员": 3, "工人": 3, "师傅": 3, "员": 3, "工": 3, "师": 3}
"""Ends of a Chinese word for someone's post (清洁工, 维修工人) the word classes may not list, with
the fewest characters such a word has: 施工, 成员 and 老师 are an act, anyone, not a post."""
_STAFF_KINDS = ("role", "people")
"""word_class kinds of a word that names staff by itself (保安, 施工人员, courier)."""


_DESCRIBED = re.compile(
    r"(?:负责|专门|做|管)?(\w{2,}?)"
    r"(?:(?:岗位|岗)?的(?:同事|工作人员|人员|人|员工|师傅)?|(?:岗位|岗)(?:工作人员|人员|员工))"
)
"""A post described by its work: 收银的同事, 负责保育的人, 售票岗位的员工, 卖票的 (the work is
group 1). The bare 'X的' (卖票的, 开车的) is how a trainer's learners say who does X."""


def described_work(text: str) -> str | None:
    """The work a description of a post names (售票 of 售票岗位的员工), or None."""
    found = _DESCRIBED.fullmatch(fold(text).strip())
    return found.group(1) if found else None


_AT_A_PLACE = re.compile(r"^(?:站|坐|守|在)?(.{2,}?)(?:窗口|柜台|台|处|柜)$")
"""Where a post works, named by its work (收银台, 售票处, 售票窗口; 站收银台的 is who stands there)."""
_OBJECT_CHARS = 2
"""A narrower object has at most this many characters more than the work's own (门票 for 票)."""


def same_work(one: str, other: str) -> bool:
    """Whether two words for work are one line of work: equal, or one trade group (售票, 卖票);
    the work with a narrower object (卖门票, 售车票 for 售票: a kind of 票) or said as the place
    where it is done (收银台 for 收银, 售票处 for 售票): the teacher's "the right role, described"."""
    a, b = fold(one).strip(), fold(other).strip()
    if place := _AT_A_PLACE.fullmatch(a):
        a = place.group(1) if _same_line(place.group(1), b) else a
    return _same_line(a, b) or any(
        _narrower_object(a, word) for word in (b, *_group_of(b)) if len(word) == _OBJECT_CHARS
    )


def _same_line(a: str, b: str) -> bool:
    return a == b or any(a in group and b in group for group in trade_groups())


def _group_of(work: str) -> tuple[str, ...]:
    return next((group for group in trade_groups() if work in group), ())


def _narrower_object(work: str, verb_object: str) -> bool:
    """Whether `work` is the two-character `verb_object` (售票) with its object named more
    narrowly: the verb, then one noun that ends with the object (卖 + 门票 for 卖票)."""
    verb, thing = verb_object[0], verb_object[1]
    if not work.startswith(verb) or not work.endswith(thing):
        return False
    narrower = work[1:]
    tokens = tokenize(narrower, "zh")
    return (
        len(verb_object) < len(work) <= len(verb_object) + _OBJECT_CHARS
        and len(tokens) == 1
        and tokens[0].pos.startswith("n")
    )


@cache
def trade_groups() -> tuple[tuple[str, ...], ...]:
    """The trades of synonyms.yaml (`trades:`), folded: each a group of words for one work."""
    data = yaml.safe_load(VOCABULARY_FILE.read_text(encoding="utf-8")) or {}
    return tuple(tuple(fold(w).strip() for w in group) for group in data.get("trades") or [])


def _trade_of(text: str, language: Language) -> int | None:
    """The trade group (by index) whose work `text` names a person of: a trade word with a person
    word after it (送货员, "delivery driver") or a trade word that is a staff role itself (保安)."""
    folded = " ".join(fold(text).split())
    for index, group in enumerate(trade_groups()):
        for word in sorted(group, key=len, reverse=True):
            if not folded.startswith(word):
                continue
            rest = folded.removeprefix(word).strip().removeprefix("的")
            if rest in _PERSON_WORDS[language] or (
                not rest and semantic_kind(folded, language) in _STAFF_KINDS
            ):
                return index
    return None


def same_trade(given: str, expected: str, language: Language) -> str | None:
    """Why `given` names the same people as `expected` by the word for their work, or None."""
    mine, theirs = _trade_of(given, language), _trade_of(expected, language)
    if mine is None or mine != theirs:
        return None
    return f"'{given}' names the people of '{expected}' by the everyday word for their work"


def another_post(given: str, expected: str, language: Language) -> bool:
    """True when the answer and the key each name a staff post and the answer's is another one:
    店长 for 收银员, 站长 for 检票员. Words for staff in general (员工, staff) name no post."""
    answer, key = fold(given).strip(), fold(expected).strip()
    if not answer or not key or answer in key or key in answer:
        return False
    if answer in GENERAL_STAFF or key in GENERAL_STAFF:
        return False
    return all(_names_a_post(side, language) for side in (answer, key))


def _names_a_post(text: str, language: Language) -> bool:
    kind = semantic_kind(text, language)
    if kind in _STAFF_KINDS or _trade_of(text, language) is not None:
        return True
    work = described_work(text)
    if work is not None and (not text.endswith("的") or _work_of_a_post(work, language)):
        return (
            True  # 负责检票的人; the bare 检票的 only where 检票 is a post's work (红色的 is not)
        )
    return (
        language == "zh"
        and kind is None  # 会员 is a customer
        and "的" not in text
        and any(text.endswith(end) and len(text) >= least for end, least in _ZH_POST_ENDS.items())
    )


def _work_of_a_post(work: str, language: Language) -> bool:
    """Whether `work` is the work of a post: a trade, or with 员 / 工 one word of the dictionary
    for staff (检票员, 清洁工; 红色员 is two words, no post)."""
    return any(work in group for group in trade_groups()) or any(
        len(tokenize(work + end, language)) == 1
        and semantic_kind(work + end, language) in _STAFF_KINDS
        for end in ("员", "工")
    )
