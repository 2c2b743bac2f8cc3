"""False statements are made only by safe swaps: the sentence stays grammatical and sensible.

Safe: a figure changed within its dimension (48小时 → 24小时), a flipped modality or negation
(必须 ↔ 不得, may ↔ may not), a rule's exception reversed (导盲犬除外 → 导盲犬也不例外), a term
swapped for another of the same word class and kind.
Unsafe: a role swapped for another role in a prohibition ("厨师不得承诺…" when the material forbids it
to 服务员: not false, only unsaid); a term swapped for one of another class or kind ("在与费用达成给付协议后": 被保险人, a
party, became 费用, a thing; "note the allergy on the wiped": a noun became a verb), a unit
swapped for a word that is not a unit of the same dimension ("12 months" → "12 guests").

The change is read from the explanation ("changes "X" to "Y"", "把“X”改为“Y”") when the writer
says it, else found by comparing a false true/false statement with its quote term by term.
"""

from __future__ import annotations

import math
import re
from difflib import SequenceMatcher
from itertools import pairwise

from graphs.exam_generation.exception_reversals import reverses_exception
from graphs.exam_generation.giveaways import is_predicate, term_kind
from graphs.exam_generation.prose import statement_of
from graphs.exam_generation.substance import source_sentence
from graphs.exams import Language, Question
from graphs.text.articles import takes_an
from graphs.text.figure_sense import in_purpose_clause
from graphs.text.lexicon import Lexicon
from graphs.text.quantities import parse_quantities
from graphs.text.word_class import word_class

_STATED_CHANGE = (
    re.compile(
        r"chang\w*\s+[\"“'‘]([^\"”'’]+)[\"”'’]\s+(?:in|into|to)\s+[\"“'‘]([^\"”'’]+)[\"”'’]"
    ),
    re.compile(
        r"[\"“'‘]([^\"”'’]+)[\"”'’]\s*(?:改为|改成|换成|替换为|变为)了?\s*[\"“'‘]([^\"”'’]+)[\"”'’]"
    ),
)
_MODALITY = frozenset(
    [
        "must",
        "may",
        "can",
        "cannot",
        "can't",
        "not",
        "never",
        "always",
        "only",
        "should",
        "shall",
        "is",
        "are",
        "was",
        "were",
        "do",
        "does",
        "need",
        "needs",
        "必须",
        "须",
        "应",
        "应当",
        "应该",
        "不得",
        "不可",
        "不能",
        "能",
        "可以",
        "可",
        "不",
        "禁止",
        "允许",
        "需要",
        "不需要",
        "不必",
        "无需",
        "没有",
        "有",
        "是",
        "不是",
        "非",
        "严禁",
        "务必",
    ]
)
_NOMINAL = {"name": "noun"}
_ARTICLE = re.compile(r"\b(a|an|A|An)\s+([A-Za-z0-9][\w-]*)")
_ARTICLE_PHRASE = re.compile(
    r"\b(?:in|on|at|with|for|to|of|from|by|into|about)\s+(a|an)\s+([A-Za-z][\w-]*)"
    r"(?:\s+([A-Za-z][\w-]*))?"
)
"""An article after a preposition: what follows is a noun phrase, never a subject and its verb."""


def stated_changes(explanation: str) -> list[tuple[str, str]]:
    """The (original, replacement) pairs an explanation says the statement changed."""
    pairs = []
    for pattern in _STATED_CHANGE:
        pairs += [(m.group(1).strip(), m.group(2).strip()) for m in pattern.finditer(explanation)]
    return pairs


def _is_modality_change(original: str, replacement: str) -> bool:
    words = set(original.lower().split()) | set(replacement.lower().split())
    if original in replacement or replacement in original:
        return True
    return all(w in _MODALITY for w in words) or {original, replacement} <= _MODALITY


def _unit_dimension(term: str) -> str | None:
    """The dimension of a figure, or of a bare unit word read after a number ("months")."""
    for text in (term, f"2 {term}", f"2{term}"):
        found = parse_quantities(text)
        if len(found) == 1 and found[0][0].dimension and found[0][2] - found[0][1] >= len(text) - 1:
            return found[0][0].dimension
    # A range (5到7个工作日, 2℃至8℃): its ends share the dimension and cover the term.
    found = parse_quantities(term)
    dimensions = {q.dimension for q, _, _ in found}
    if (
        len(found) == 2
        and len(dimensions) == 1
        and found[0][1] == 0
        and found[1][2] >= len(term) - 1
    ):
        return dimensions.pop()
    return None


def _class(term: str, language: Language) -> str:
    found = word_class(term, language)
    return _NOMINAL.get(found, found)


def unsafe_change(
    original: str, replacement: str, language: Language, material: str = ""
) -> str | None:
    """Why swapping `original` for `replacement` makes nonsense, or None when it is safe."""
    if _is_modality_change(original, replacement) or reverses_exception(original, replacement):
        return None
    before, after = _unit_dimension(original), _unit_dimension(replacement)
    if before or after:
        if before == after:
            return None
        return (
            f"{original!r} became {replacement!r}: "
            f"{'a figure (' + before + ')' if before else 'not a figure'} turned into "
            f"{'a figure (' + after + ')' if after else 'something that is not a figure'}"
        )
    class_before, class_after = _class(original, language), _class(replacement, language)
    if language == "zh" and material:
        # 前台 → 上报店长: the material says the replacement as a predicate, a verb phrase.
        class_before = "verb phrase" if is_predicate(original, material) else class_before
        class_after = "verb phrase" if is_predicate(replacement, material) else class_after
    if class_before != class_after:
        return f"{original!r} ({class_before}) became {replacement!r} ({class_after})"
    kind_before = term_kind(original, language, material)
    kind_after = term_kind(replacement, language, material)
    if kind_before != kind_after:
        return f"{original!r} ({kind_before}) became {replacement!r} ({kind_after})"
    return None


def _found_change(reference: str, statement: str, lexicon: Lexicon) -> list[tuple[str, str]]:
    """The one term (up to _MAX_SWAP_TOKENS tokens) swapped between a source sentence and a false
    statement made from it (the parts of the sentence the statement leaves out at either end do
    not count)."""
    source = [s.text for s in lexicon.segment(reference) if _WORDLIKE.search(s.text)]
    said = [s.text for s in lexicon.segment(statement) if _WORDLIKE.search(s.text)]
    opcodes = SequenceMatcher(a=source, b=said, autojunk=False).get_opcodes()
    while opcodes and opcodes[0][0] == "delete":
        opcodes = opcodes[1:]
    while opcodes and opcodes[-1][0] == "delete":
        opcodes = opcodes[:-1]
    edits = [op for op in opcodes if op[0] != "equal"]
    matched = sum(i2 - i1 for tag, i1, i2, _, _ in opcodes if tag == "equal")
    if len(edits) != 1 or matched < len(said) // 2:
        return []
    tag, i1, i2, j1, j2 = edits[0]
    if tag != "replace" or i2 - i1 > _MAX_SWAP_TOKENS or j2 - j1 > _MAX_SWAP_TOKENS:
        return []
    joiner = " " if lexicon.language == "en" else ""
    return [(joiner.join(source[i1:i2]), joiner.join(said[j1:j2]))]


def _plural_only(word: str) -> bool:
    """An English noun that is only ever a plural form (cards; not news, data, glasses)."""
    import lemminflect

    lemmas = (lemminflect.getAllLemmas(word.lower()) or {}).get("NOUN", ())
    return word.lower().endswith("s") and bool(lemmas) and word.lower() not in lemmas


def _article_misfits(statement: str) -> list[str]:
    """English "a"/"an" before a word that takes the other one ("a employee"), or before a plural
    ("in a gift cards"): a swap's trace."""
    misfits = [
        match.group(0)
        for match in _ARTICLE.finditer(statement)
        if takes_an(match.group(2)) != (match.group(1).lower() == "an")
    ]
    for match in _ARTICLE_PHRASE.finditer(statement):
        first, second = match.group(2), match.group(3)
        if _plural_only(first) or (second and _plural_only(second) and _singular_noun(first)):
            misfits.append(match.group(0))
    return misfits


def _singular_noun(word: str) -> bool:
    import lemminflect

    lemmas = lemminflect.getAllLemmas(word.lower()) or {}
    return word.lower() in lemmas.get("NOUN", ()) and "ADJ" not in lemmas


_ROLES = frozenset({"a role", "a party"})
_MAX_SWAP_TOKENS = 3
"""A swap found by comparison replaces at most this many tokens on either side (上报 店长 for 前台)."""
_WORDLIKE = re.compile(r"[\w\u4e00-\u9fff]")
_PROHIBITION = re.compile(
    r"不得|禁止|严禁|不能|不可|不准|may not|must not|must never|cannot|can't|never|not allowed",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[，,。；;！!？?\n]")


_SINGULAR_UNIT = re.compile(
    r"\b(\d+(?:\.\d+)?)\s+(hour|day|minute|second|week|month|year|dollar|cent|character|star|"
    r"point|item|step|person|night)\b(?!-)",
    re.IGNORECASE,
)
_RANGE_JOINER = re.compile(r"^\s*(?:and|to|-|–|~|～|至|到)\s*$", re.IGNORECASE)


def _grammar_traces(statement: str) -> list[str]:
    """What a careless figure change leaves behind: "2 hour", "between 30 and 30 seconds"."""
    traces = [m.group(0) for m in _SINGULAR_UNIT.finditer(statement) if float(m.group(1)) != 1]
    found = parse_quantities(statement)
    for (low, first, end), (high, start, stop) in pairwise(found):
        same_unit = low.unit is None or high.unit is None or low.unit == high.unit
        joined = _RANGE_JOINER.match(statement[end:start])
        if joined and same_unit and math.isclose(low.value, high.value):
            traces.append(statement[first:stop])
    return traces


def _moves_prohibition(
    original: str, replacement: str, statements: list[str], language: Language, material: str
) -> bool:
    """True when a role was swapped for another role in a clause that forbids something: "厨师不得
    承诺…" is not false because the material forbids it to 服务员."""
    kinds = {term_kind(original, language, material), term_kind(replacement, language, material)}
    if not kinds <= _ROLES:
        return False
    for statement in statements:
        at = statement.find(replacement)
        if at < 0:
            continue
        clause = _CLAUSE_END.split(statement[at + len(replacement) :])[0]
        if _PROHIBITION.search(clause):
            return True
    return False


_GROUP = re.compile(
    r"(?:^|\s)(?:staff|employees?|personnel|workers|colleagues|everyone|everybody|anyone)$"
    r"|(?:员工|人员|职工|所有人|全员)$",
    re.IGNORECASE,
)
"""Who a rule for everyone names: "all staff", 全体员工, "every employee", 所有人员."""


def _narrows(original: str, replacement: str) -> bool:
    """True when a rule for everyone ("All staff must wear badges", 全体仓库员工须穿反光背心) had
    its subject swapped for one kind of them ("Managers must wear badges", 叉车司机…): whoever the
    replacement is, the rule already binds them, so the statement is implied, not false. (The
    other way, one role's rule said of all staff, is a fair false.)"""
    return bool(_GROUP.search(original.strip())) and _unit_dimension(replacement) is None


def check_perturbation(question: Question, lexicon: Lexicon, language: Language) -> list[str]:
    """False statements (a true/false item, a multiple choice's wrong options) keep sense."""
    material = lexicon.material
    if question.type == "true_false" and question.answer == ["false"]:
        statements = [statement_of(question.stem)]
        changes = stated_changes(question.explanation) or _found_change(
            question.source_quote, statements[0], lexicon
        )
    elif question.type == "multiple_choice":
        statements = [o.text for o in question.options if o.key not in question.answer]
        changes = stated_changes(question.explanation)
        if not changes:
            for statement in statements:
                source = source_sentence(statement, material)
                changes += _found_change(source, statement, lexicon) if source else []
    else:
        return []
    problems = []
    if language == "en":
        problems += [
            f"the false statement reads {misfit!r}: the swap broke the article; "
            "swap a term that takes the same article, or fix it"
            for statement in statements
            for misfit in _article_misfits(statement)
        ]
    problems += [
        f"the false statement reads {trace!r}: the changed figure no longer reads as a figure; "
        "change the number and keep the sentence grammatical"
        for statement in statements
        for trace in _grammar_traces(statement)
    ]
    for original, replacement in changes:
        if any(
            (at := statement.find(replacement)) >= 0 and in_purpose_clause(statement, at)
            for statement in statements
        ) and any(ch.isdigit() for ch in replacement):
            problems.append(
                f"the false statement changes {original!r} in the sentence's purpose clause (why "
                "the rule is there, not what it requires): the key is arguable; change the rule's "
                "own figure"
            )
            continue
        if _narrows(original, replacement):
            problems.append(
                f"the false statement narrows a rule for everyone ({original!r}) to "
                f"{replacement!r}, who is one of them: it is still true; change a figure or the "
                "modality instead"
            )
            continue
        if _moves_prohibition(original, replacement, statements, language, material):
            problems.append(
                f"the false statement moves a prohibition from {original!r} to {replacement!r}: "
                f"the material forbids it to {original!r} and says nothing of {replacement!r}, "
                "so the statement is not false; change a figure or the modality instead"
            )
            continue
        why = unsafe_change(original, replacement, language, material)
        if why:
            problems.append(
                f"the false statement swaps terms unsafely ({why}): the sentence no longer "
                "makes sense; change a figure, a modality or a term of the same kind"
            )
    return problems
