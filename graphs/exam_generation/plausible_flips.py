"""Which prohibitions may be flipped into a false permission: only those a learner could believe.

A false statement must be plausible: a trainee who has not learnt the rule should be able to hold
it. Flipping a prohibition into a permission (不得 → 可以, may not → may) is fair for a rule
about how things are done ("前台可以修改验光单"), and unfair for two kinds of sentence:
- one that names the act as wrong in its own words (私自, 擅自, 随意, without permission,
  unauthorised): "用户可以私自给车辆加锁" licenses misconduct and is false on its face;
- one whose negation carries "at all" or "whatsoever": lifted, "can be borrowed at all" is no
  English, and the broken grammar tells the answer;
- one whose prohibition follows a limit word (最高不得超过, 最低不得低于): flipped, 「最高可以超过
  每小时15公里」 says the highest may exceed itself, and no longer reads;
- one that opens on its prohibition, with no one it is said of (禁止短接…, 严禁…, 不得…): an
  order, as "Do not …" is in English. Flipped, it reads "允许短接…", a licence no material
  writes; among statements of rules it is the odd one out by form.
The offline writer flips neither (false_statements.flip_modality), and the validators refuse
either from any writer (`check_plausible_flips`), so the model path is held to the same rule;
they refuse too a duty made optional that duty_conditions.py keeps the offline writer from
(a purpose lost, two acts or alternatives, a minimum: `unfair_relaxation`).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from graphs.exam_generation.duty_conditions import has_minimum, joined_acts, lost_condition
from graphs.exam_generation.permission_paths import permission_path
from graphs.exam_generation.prose import statement_of
from graphs.exam_generation.substance import source_sentence
from graphs.exams import Language, Question
from graphs.text.sentence_form import clean_statement

_ILLICIT = re.compile(
    r"私自|擅自|随意|随便|私下|违规|违章|\bwithout (?:(?:prior|written) )?(?:permission|approval|"
    r"authori[sz]ation|consent)\b|\bunauthori[sz]ed\b|\billegal(?:ly)?\b",
    re.IGNORECASE,
)
"""Words by which a sentence itself calls the act wrong."""
_NEGATIVE_POLARITY = re.compile(r"\b(?:at all|whatsoever|in any way)\b", re.IGNORECASE)
"""Words that read only under a negation: "cannot be borrowed at all" lifted is no English."""
_OPENING_PROHIBITION = re.compile(r"^\s*(?:禁止|严禁|不得|不准|不允许|请勿|切勿|不要)")
"""A Chinese sentence that opens on its prohibition: an order with no subject."""
_LIMIT_PROHIBITION = re.compile(
    r"(?:最高|最多|最低|最少|至多|至少)\s*(?:不得|不能|不可|不准|不允许)"
)
"""A limit word before the prohibition: 最高不得超过80公里 flipped is 最高可以超过80公里."""
_PROHIBITIONS = re.compile(
    r"禁止|严禁|不得|不准|不允许|不能|不可|请勿|切勿|不要"
    r"|\b(?:must not|may not|cannot|can't|should not|do not|does not|not permitted|not allowed)\b",
    re.IGNORECASE,
)
_PERMISSIONS = re.compile(
    r"允许|可以|可|能|准许|\b(?:may|can|is allowed|are allowed|is permitted|are permitted|does|do)\b",
    re.IGNORECASE,
)


def implausible_flip(sentence: str) -> str | None:
    """Why the sentence's prohibition, flipped into a permission, is false by common sense rather
    than by the material (see the module's docstring), or None when the flip is fair."""
    sentence = _BULLET.sub("", clean_statement(sentence))
    illicit = _ILLICIT.search(sentence)
    if illicit:
        return f"the rule itself calls the act wrong ({illicit.group()!r})"
    polarity = _NEGATIVE_POLARITY.search(sentence)
    if polarity:
        return f'{polarity.group()!r} reads only with the negation ("can be borrowed at all")'
    limit = _LIMIT_PROHIBITION.search(sentence)
    if limit:
        return (
            f"the prohibition follows a limit word ({limit.group()!r}): flipped, it no longer reads"
        )
    opening = _OPENING_PROHIBITION.match(sentence)
    if opening:
        return f"the rule is an order that opens on {opening.group().strip()!r}"
    return None


def flips_prohibition(source: str, statement: str) -> bool:
    """True when `statement` is `source` (or a clause of it) with a prohibition turned into a
    permission and nothing else changed but words of modality."""
    source = _BULLET.sub("", clean_statement(source))
    statement = clean_statement(statement)
    # Word by word in English ("must not" -> "may"), character by character in Chinese.
    a, b = _units(source), _units(statement)
    codes = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    # What the statement leaves out of the source at either end is no change.
    while codes and codes[0][0] == "delete":
        codes = codes[1:]
    while codes and codes[-1][0] == "delete":
        codes = codes[:-1]
    changed = [
        ("".join(a[i1:i2]), "".join(b[j1:j2])) for tag, i1, i2, j1, j2 in codes if tag != "equal"
    ]
    if not changed:
        return False
    removed = "".join(old for old, _ in changed)
    added = "".join(new for _, new in changed)
    if len(removed) + len(added) > 16:
        return False
    lost = any(_PROHIBITIONS.search(_around(source, old)) for old, _ in changed if old)
    gained = not added.strip() or bool(_PERMISSIONS.search(added))
    return lost and gained


def _units(text: str) -> list[str]:
    return re.findall(r"[A-Za-z']+|\s+|.", text)


_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.、)）]|[（(]\d+[)）])\s*")


def _around(source: str, removed: str) -> str:
    """The removed text with a little of what was around it ("不得" whose "得" alone differed)."""
    at = source.find(removed)
    return source[max(0, at - 2) : at + len(removed) + 2] if at >= 0 else removed


_RELAXED = re.compile(r"无须|无需|不必|不需要|\bneed not\b|\bneedn't\b|\bnot required to\b", re.I)
_DUTY = re.compile(r"必须|务必|应当|须|需要|需|应|\bmust\b(?!\s+not)|\brequired to\b", re.I)


def unfair_relaxation(source: str, statement: str, material: str, zh: bool) -> str | None:
    """Why a statement that makes the source's duty optional (须 -> 无须, must -> need not) is no
    fair false (duty_conditions.py: a purpose lost, two acts, a minimum), or None."""
    relaxed = _RELAXED.search(statement)
    if relaxed is None or _RELAXED.search(source):
        return None
    # The duty the statement relaxed: the one after the words the statement keeps before it.
    tail = statement[: relaxed.start()][-4:]
    duty = next((m for m in _DUTY.finditer(source) if source[: m.start()].endswith(tail)), None)
    if duty is None:
        return None
    after = source[duty.end() :]
    if joined_acts(after, zh):
        return "the duty has two acts or alternatives: which does the negation cover?"
    if has_minimum(after, zh):
        return 'the duty carries a minimum: "need not … at least" does not read'
    if lost_condition(source, source, statement, material, zh):
        return "the duty holds only for a purpose the statement does not carry: it is true"
    return None


def check_plausible_flips(question: Question, material: str, language: Language) -> list[str]:
    """A false statement (a true/false item, a multiple choice's wrong option) that flips a
    prohibition a learner could not believe lifted: it is false on its face, a giveaway."""
    if question.type == "true_false" and question.answer == ["false"]:
        statements = [statement_of(question.stem)]
    elif question.type == "multiple_choice":
        statements = [o.text for o in question.options if o.key not in question.answer]
    else:
        return []
    problems = []
    for statement in statements:
        source = source_sentence(statement, material)
        if source is None:
            continue
        unfair = unfair_relaxation(source, statement, material, language == "zh")
        if unfair:
            problems.append(
                f"the false statement {statement[:40]!r} makes a duty optional that is no fair "
                f"false ({unfair}); change a figure or swap a term of the same kind instead"
            )
            continue
        if not flips_prohibition(source, statement):
            continue
        path = permission_path(source, material, language == "zh")
        if path:
            problems.append(
                f"the false statement {statement[:40]!r} lifts a prohibition the material itself "
                f"lets be lifted ({path!r}): the permission is arguably true; state the exception "
                "in the statement, or change a figure instead"
            )
            continue
        why = implausible_flip(source)
        if why:
            problems.append(
                f"the false statement {statement[:40]!r} lifts a prohibition no learner would "
                f"believe lifted ({why}): it is false on its face or no longer reads; change a "
                "figure or swap a term of the same kind instead"
            )
    return problems
