"""Who acts: a scoring point's role swapped for another role where the point stands.

"Refunds over 20 dollars need the supervisor's approval" answered "… need the manager's approval",
"24小时内由店长联系顾客" answered "由前台在24小时内联系顾客": every other word of the point is there,
but the wrong person does it. A teacher marks that point wrong, as she marks a wrong figure.

The rule (`swapped_role`): the point names a staff role (graphs/text/word_class.py: 店长, 前台,
值班经理, supervisor, duty manager); the answer names none of the point's roles where the point
stands (its clauses and the next in their sentence), and there it names another role (another rule's role named elsewhere does not make it right). Roles are the same when one ends with
the other (经理 / 值班经理, supervisor / shift supervisor) or they fold to one synonym group
(synonyms.yaml). Words for staff in general (员工, 工作人员, staff, employees, team) name nobody in
particular and swap nothing.

A fill-in whose key is a role accepts the same role named more narrowly (`narrower_role`: "shift
supervisor" for supervisor, 值班经理 for 经理), never another rank (assistant, deputy, 副, 助理).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence

from graphs.exam_grading.point_terms import CLAUSE_BREAK
from graphs.exams import Language
from graphs.text.segment import tokenize
from graphs.text.word_class import semantic_kind

GENERAL_STAFF = frozenset(
    {"员工", "工作人员", "人员", "职员", "staff", "employee", "team", "member", "worker"}
)
"""Words for staff in general: they name no role a point could be swapped from or to."""
_EN_WORD = re.compile(r"[a-z]+")
RANKS = frozenset(
    {"assistant", "deputy", "vice", "junior", "trainee", "acting", "former", "sub", "under", "co"}
)
"""Modifiers that make another rank of a role (an assistant manager is not the manager)."""
ZH_RANKS = ("副", "助理", "代理", "实习", "见习", "前任")
_NARROWING_WORDS = 2  # at most this many modifier words (English) before the role
_NEAR = 1
"""The point's role counts as named when it stands within this many clauses of the point's own
words, in their sentence (up to a semicolon): another rule's role elsewhere in the answer ('report to the school
manager the same day' of one rule) does not name the right person for this one. Another role
there ('must be reported to the chief instructor') is the swap."""


def roles_in(text: str, language: Language) -> list[str]:
    """The staff roles a text names, in order (English ones singular, without 's)."""
    if language == "zh":
        words = [word for word, _ in _zh_words(text)]
    else:
        words = [_singular(w) for w in _EN_WORD.findall(text.lower())]
    return [w for w in words if w not in GENERAL_STAFF and semantic_kind(w, language) == "role"]


ZH_PLACES = (*"库房部科店间区室厅组站厂馆所院", "中心")
"""Last characters of a place or department: 仓库主管, 药房主任, 门店经理 are one role with it."""


def _zh_words(text: str) -> list[tuple[str, str]]:
    """The words of a Chinese text with their classes, a role joined to the place before it that
    the segmenter split off (库管员 is 库 + 管员, 仓库主管 仓库 + 主管; not 入库时 + 保管员)."""
    words: list[tuple[str, str]] = []
    for token in tokenize(text, "zh"):
        before = words[-1] if words else ("", "")
        if (
            before[1].startswith("n")
            and before[0].endswith(ZH_PLACES)
            and semantic_kind(token.word, "zh") == "role"
        ):
            words[-1] = (before[0] + token.word, token.pos)
        else:
            words.append((token.word, token.pos))
    return words


_EN_AGENT = re.compile(r"\bby\s+(?:the|a|an)\s+((?:[a-z]+\s+)?[a-z]+(?:er|or|ist|ian|ant))\b")
_ZH_AGENT = "由"


def agents_in(text: str, language: Language) -> list[str]:
    """Who a text says does the act: the person after 由 or 'by the', staff role or not ('由司机保存',
    'checked by the cleaner'); a role swapped for a driver is the point told wrong too."""
    if language != "zh":
        return [_singular(m.group(1)) for m in _EN_AGENT.finditer(text.lower())]
    words, agents = _zh_words(text), []
    for at, (word, _) in enumerate(words):
        if word == _ZH_AGENT:  # the nouns after it, as one (由公司公关部负责: 公司公关部)
            nouns = itertools.takewhile(lambda w: w[1].startswith("n"), words[at + 1 :])
            agents.append("".join(noun for noun, _ in nouns))
    return [agent for agent in agents if agent and agent not in GENERAL_STAFF]


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


def _same_role(a: str, b: str) -> bool:
    return a == b or a.endswith(b) or b.endswith(a)


_FIRST_ALIKE = (frozenset("仓库"), frozenset("店铺"))
"""First characters that name one place in a role's compound (仓管员 is 库管员, 店员 is 铺员)."""


def alike_role(wanted: str, role: str, point: str, others: Sequence[str]) -> bool:
    """`role` is `wanted`, or `wanted` in its everyday name: the same head after a first character
    of one place (仓管员 for 库管员), where neither the point nor another point names `role` as a
    role of its own (session 23 held-out teacher T16, C_strong Q10)."""
    if _same_role(wanted, role):
        return True
    return (
        len(wanted) == len(role) >= 2
        and wanted[1:] == role[1:]
        and frozenset((wanted[0], role[0])) in _FIRST_ALIKE
        and role not in point
        and not any(role in other for other in others)
    )


def swapped_role(
    point: str, answer: str, places: set[int], language: Language, others: Sequence[str] = ()
) -> tuple[str, str] | None:
    """The (point's, answer's) roles when the answer has another role act where the point stands.

    `point` and `answer` are read through the synonym groups already; `places`: the answer's
    clauses (figures.clause_of) that hold the point's own terms; `others`: the question's other
    points (so read too), whose own people, named outside this point's clauses, are theirs.
    """
    acts = agents_in(point, language)
    wanted = roles_in(point, language)
    wanted += [a for a in acts if not any(_same_role(a, w) for w in wanted)]  # 由药剂科保存
    if not wanted or not places:
        return None
    clauses = CLAUSE_BREAK.split(answer)
    sentence = _sentence_of_clauses(answer)
    # The point stands in the rule (sentence) that holds most of its clauses; a word it shares
    # with another rule elsewhere ('report … to the school manager' of the rule before) is not it.
    counts = Counter(sentence.get(p) for p in places)
    places = {p for p in places if counts[sentence.get(p)] == max(counts.values())}
    near = [
        (i, c)
        for i, c in enumerate(clauses)
        if any(abs(i - p) <= _NEAR and sentence[i] == sentence.get(p) for p in places)
    ]
    named = [r for _, c in near for r in roles_in(c, language)]
    # Each role of the point is a person of its own (美容师 acts, 店长 is told): one named
    # does not name the other. A role of the point named where it stands may stand beside another.
    unnamed = [w for w in wanted if not any(alike_role(w, r, point, others) for r in named)]
    if not unnamed:
        return None
    # Anyone else said to do the act where the point has its role do it is the swap too.
    for index, clause in near:
        for role in roles_in(clause, language) + (agents_in(clause, language) if acts else []):
            if any(alike_role(w, role, point, others) for w in wanted):
                continue
            if index not in places and _told_for(role, clause, point, others, language):
                continue  # 保险柜由值班经理锁好 beside 清点备用金: the next point's person
            return unnamed[0], role
    return _done_by_oneself(
        point, unnamed[0], [c for i, c in near if i in places], language, others
    )


_REFLEXIVE = {
    "zh": re.compile(r"自己(?!的)|自行"),  # 自己的身份证 is one's own card, not done oneself
    "en": re.compile(r"\b(?:themselves|himself|herself|yourself|on (?:their|his|her|your) own)\b"),
}
"""Words that have the one who acts do it on their own: where the point has its role do it, the
learner has someone else do it (店员自己确认, "staff check them themselves"); 自己的 only says
whose thing it is (出示自己的身份证: one's own card, as 本人身份证 says)."""


def _done_by_oneself(
    point: str, role: str, clauses: Sequence[str], language: Language, others: Sequence[str]
) -> tuple[str, str] | None:
    """(the point's role, the reflexive word) when the clauses where the point stands have the act
    done by oneself and name none of the point's roles; not when the point or another point of
    the question says it itself (不得自行销毁 is another rule's)."""
    reflexive = _REFLEXIVE[language]
    if any(reflexive.search(text.lower()) for text in (point, *others)):
        return None
    if _ALONE[language].search(point.lower()):
        return None  # 不能自己拿竿 says 不得单独持竿: the point's own "alone", not another person
    for clause in clauses:
        if role.lower() in clause.lower():
            continue  # 有家长陪着…自己: the point's person is there
        if found := reflexive.search(clause.lower()):
            return role, found.group()
    return None


_ALONE = {
    "zh": re.compile(r"单独|独自|自行"),
    "en": re.compile(r"\b(?:alone|unaccompanied|by (?:themselves|himself|herself|yourself))\b"),
}
"""A point's own word for acting alone: an answer's 自己 / themselves restates it."""


def _told_for(
    role: str, clause: str, point: str, others: Sequence[str], language: Language
) -> bool:
    """Whether `clause` tells another point whose person `role` is: it names that role and
    holds a word of that point this one lacks (保险柜 of 值班经理负责锁好保险柜)."""
    rest = clause.replace(role, " ")
    for other in others:
        people = roles_in(other, language) + agents_in(other, language)
        if any(_same_role(p, role) for p in people) and _own_words(other, point, language) & (
            _words(rest, language)
        ):
            return True
    return False


def _words(text: str, language: Language) -> set[str]:
    """English words of four letters or more; Chinese character pairs."""
    if language == "en":
        return {w for w in re.findall(r"[a-z]+", text.lower()) if len(w) >= 4}
    han = re.sub(r"[^\u4e00-\u9fff]+", " ", text)
    return {part[i : i + 2] for part in han.split() for i in range(len(part) - 1)}


def _own_words(other: str, point: str, language: Language) -> set[str]:
    mine = _words(point, language)
    people = roles_in(other, language) + agents_in(other, language)
    theirs = {w for p in people for w in _words(p, language)}
    return _words(other, language) - mine - theirs


_SENTENCE_END = frozenset("。！？!?\n.；;")
"""What ends a rule in an answer: a sentence, or a semicolon between rules (…签字确认；营业结束后…)."""


def _sentence_of_clauses(answer: str) -> dict[int, int]:
    """Which rule (sentence, or part between semicolons) each clause of `answer` belongs to."""
    sentence, index = {0: 0}, 0
    for number, mark in enumerate(CLAUSE_BREAK.finditer(answer), start=1):
        index += mark.group() in _SENTENCE_END
        sentence[number] = index
    return sentence


def narrower_role(given: str, expected: str, language: Language) -> bool:
    """True when a blank's answer is the key's staff role with a modifier ("store manager" for
    manager, 值班经理 for 经理), not another rank of it (assistant manager, 副经理)."""
    key = expected.strip().lower()
    answer = given.strip().lower()
    if semantic_kind(key, language) != "role" or key in GENERAL_STAFF or answer == key:
        return False
    if language == "zh":
        modifier = answer.removesuffix(key)
        return answer.endswith(key) and bool(modifier) and not modifier.endswith(ZH_RANKS)
    words, wanted = _EN_WORD.findall(answer), _EN_WORD.findall(key)
    modifiers = words[: len(words) - len(wanted)]
    return (
        words[len(modifiers) :] == wanted
        and 0 < len(modifiers) <= _NARROWING_WORDS
        and not RANKS.intersection(modifiers)
    )
