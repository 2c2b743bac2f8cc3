"""An act a rule forbids, said to be allowed: the point's own wording turned round.

A point that forbids an act ("保洁师不得收取客户的小费或礼品") is contradicted by an answer clause
that permits the same act on the same thing ("客户给小费可以收下"; "a cleaner can accept the tip"),
even when most of the point's other words are there as the point says them, so that the share
of its terms looks like the point stated (modality.flipped_modality reads only the clause with
most of the point's terms, and here that clause is the permission itself, holding too few).

`permits_forbidden_act` reads the point rule by rule (each clause with its own modal): for a
forbidding clause, its act is its verbs and its matter its other words. An answer clause permits
the act when its modality is `permitted` (可以, 能, may, can, allowed; modality.py), it names a
word of the matter, and it names the act: one of the rule's verbs, or in Chinese a verb of the
same head character (收下 for 收取, 推荐给 for 推荐; the matter's words masked first) or its last
character said as a verb word of its own (装 for 安装: 「翻新胎可以装在任何车上」), in English a
word of the same stem; a permission that states a limit (may only, 只能: stated_limits.py) is the
rule, not its flip. No answer clause forbidding that matter may state the rule the point's way:
then the permission is read as about something else.
"""

from __future__ import annotations

import re

from graphs.exam_grading.modality import modality, obligation
from graphs.exam_grading.point_terms import CLAUSE_BREAK, Term, occurrences
from graphs.exam_grading.stated_limits import states_a_limit
from graphs.exam_grading.vocabulary import Vocabulary
from graphs.exams import Language
from graphs.text.segment import tokenize

_ZH_HEAD_EXCLUDED = frozenset("的了在是有和与及或")
"""Characters that head no act of their own (a verb glued to one of them names nothing)."""


def permits_forbidden_act(
    point: str, terms: list[Term], answer: str, language: Language, vocabulary: Vocabulary
) -> str | None:
    """Why the answer (canonical) allows an act the point forbids, if it does (module doc)."""
    answer_clauses = [c for c in CLAUSE_BREAK.split(answer) if c.strip()]
    for rule in CLAUSE_BREAK.split(point):
        if modality(rule, language) != "forbidden":
            continue
        canonical = vocabulary.canonical(rule)
        own = [t for t in terms if t.text in canonical]
        # without a verb of its own the rule's act is its negated words (不得自行处理: 自行处理)
        # and a verb outside the negation is matter (赠送金额不可退现: 退现 is the act, 赠送金额 what)
        acts = (
            [t.text for t in own if t.action and t.negated]
            or [t.text for t in own if t.action]
            or [t.text for t in own if t.negated]
        )
        matter = [t.text for t in own if t.text not in acts]
        if not acts or not matter:
            continue
        # the matter named, or named by its head (送的钱 for 赠送金额, 朋友的证 for 他人身份证)
        naming = [
            c
            for c in answer_clauses
            if _names(matter, c, language) or _names_a_head(matter, c, language, vocabulary)
        ]
        if any(modality(c, language) == "forbidden" for c in naming):
            continue  # the rule stated the point's way
        for clause in naming:
            # required is allowed and more: 「维修人员应自行关闭阀门处理」 for 不得自行处理
            # (session 15 end designer D8) turns the rule round as 可以 does
            allowed = modality(clause, language) == "permitted" or (
                modality(clause, language) is None and obligation(clause, language) == "required"
            )
            if (
                allowed
                and not states_a_limit(clause, language)
                and _acts(acts, matter, clause, language)
            ):
                return "says it is allowed where the point forbids it"
    return None


def _names(words: list[str], clause: str, language: Language) -> bool:
    return any(occurrences(word, clause, language) for word in words)


def _names_a_head(
    words: list[str], clause: str, language: Language, vocabulary: Vocabulary
) -> bool:
    """A Chinese matter word named by its last character, the head of the compound (送 of 赠送;
    证 of 身份证, a synonym of 身份证件); only where the clause also names the act (`_acts`) is it
    read as the rule's."""
    if language != "zh":
        return False
    forms = {form for word in words for form in (word, *vocabulary.variants(word))}
    heads = {form[-1] for form in forms if len(form) > 1} - _ZH_HEAD_EXCLUDED
    return any(head in clause for head in heads)


def _acts(acts: list[str], matter: list[str], clause: str, language: Language) -> bool:
    """Whether `clause` names one of the rule's acts (module doc)."""
    if _names(acts, clause, language):
        return True
    if language != "zh":
        return False
    rest = clause
    for word in matter:
        rest = rest.replace(word, " ")
    heads = {a[0] for a in acts if re.match(r"[\u4e00-\u9fff]", a)} - _ZH_HEAD_EXCLUDED
    if any(head in rest for head in heads):
        return True
    # 装 of 安装, 放 of 堆放: a two-character act's last character, a verb word of its own
    cores = {a[-1] for a in acts if re.fullmatch(r"[\u4e00-\u9fff]{2}", a)} - _ZH_HEAD_EXCLUDED
    return any(t.word in cores and t.pos.startswith("v") for t in tokenize(rest, "zh"))
