"""Consecutive rules about one subject: a numbered procedure's group a trainer asks whole.

A procedure written as numbered steps or articles with no headings (步骤1–16, 第一条…第十七条)
has no section to ask whole (graphs/exam_generation/section_short_answers), and its rules are
often orders with no subject to ask each by: such a material made no Chinese short answer. Its
steps still fall in groups a trainer asks together: 「海绵池的海绵块每周一要翻晒一次…」 and
「海绵池内不得同时超过3人…」 are the rules on the foam pit, asked 「关于海绵池，课程材料有哪些
规定？」.

A group is sound to ask whole only when its answer is settled: two or three consecutive rules of
one section, each opening on the subject (the clause before its first comma names it: the case or
the thing the rule is about, not a word in passing), and no other sentence of the material naming
it at all, so that every rule on the subject is in the answer and nothing else is: 「请写出全部两条」
is a count the learner trusts. The subject must be a topic a trainer would write (session 14):
not the rule's own verb (「普通衣物3个工作日内完成」 asked 「关于完成」), not a measure whose figure
sets the case (「单件估值超过200万元的藏品」 asked 「关于估值」: the rules are on who escorts), not a
thing counted in a list (「经典套餐含2套服装、精修照片30张」).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graphs.exam_generation.rule_opening import ANY_MODAL
from graphs.exam_generation.unread_rules import is_heading_line, stated_rules
from graphs.text.document import Document
from graphs.text.segment import tokenize

MAX_GROUP = 3
"""Rules a subject group holds at most: more is a section to read, not an answer to recall."""
_CLAUSE_END = re.compile(r"[，,；;：:。]")
_NO_SUBJECT = frozenset(
    ["只能", "不得", "必须", "可以", "应当", "需要", "不能", "要求", "发现", "进行", "检查"]
)
"""Words a rule may open on that name no subject: modal verbs and generic acts."""
_CJK = re.compile(r"^[\u4e00-\u9fff]+$")
_STEP_LABEL = re.compile(
    r"^\s*(?:步骤\s*[\d一二三四五六七八九十]+|第[\d一二三四五六七八九十]+步)\s*[：:、.．]?\s*"
)
"""A step's label in front of its text (「步骤5：」, 「第5步」): no part of the rule."""


@dataclass(frozen=True)
class SubjectGroup:
    """Consecutive rules that all open on one subject and are its only rules."""

    subject: str
    """The subject as the rules write it, widened to what they all share (「海绵」 -> 「海绵池」)."""
    sentences: tuple[int, ...]
    """The rules' sentence indices, in the material's order."""
    rules: tuple[str, ...]
    """The rules' text without markup."""


def subject_groups(document: Document) -> list[SubjectGroup]:
    """Every subject group of the material (Chinese only), in the material's order; a group of
    the same rules is given once, by its longest subject."""
    if document.language != "zh":
        return []
    rules = [(i, _STEP_LABEL.sub("", text)) for i, text in stated_rules(document)]
    found: dict[tuple[int, ...], SubjectGroup] = {}
    for term in document.terms.values():
        if term.kind == "number" or term.text in _NO_SUBJECT or not _CJK.match(term.text):
            continue
        if ANY_MODAL[True].fullmatch(term.text):
            # 「关于禁止…请写出全部两条」 (session 18 D11, m3 Q9): a verdict is no topic, and
            # 不得 or 严禁 bar too, so no count of "its" rules is true
            continue
        naming = [(i, text) for i, text in rules if term.text in text]
        if not 2 <= len(naming) <= MAX_GROUP or not _consecutive(document, rules, naming):
            continue
        openings = [_opening(text) for _, text in naming]
        if not all(term.text in opening for opening in openings):
            continue
        subject = _widened(term.text, openings)
        if not all(_a_topic(subject, opening) for opening in openings):
            continue
        if _named_elsewhere(document, term.text, {i for i, _ in naming}):
            continue
        key = tuple(i for i, _ in naming)
        if key not in found or len(subject) > len(found[key].subject):
            found[key] = SubjectGroup(subject, key, tuple(text for _, text in naming))
    return [found[key] for key in sorted(found)]


_MEASURED = re.compile(
    r"^(?:不超过|超过|低于|高于|不足|达到|满|在)?\s*[\d一二两三四五六七八九十百千万]"
)
"""After a measure whose figure sets the case: 「估值超过200万元的」, 「估值在200万元以下的」."""
_COUNTED = re.compile(r"[\d一二两三四五六七八九十百]\s*[个件次张套位名台份条]?$")
"""Before a thing counted: 「2套服装、精修照片30张」, 「1次免费熨烫」."""


def _a_topic(term: str, opening: str) -> bool:
    """The term names what the rule is about in this opening: not its predicate (a verb ending
    the clause, 「…3个工作日内完成」), not a measure compared with a figure, not a thing counted."""
    at = opening.find(term)
    before, after = opening[:at], opening[at + len(term) :]
    tokens = tokenize(term, "zh")
    if tokens and tokens[-1].pos == "v" and not after.strip():
        return False
    return not (_MEASURED.match(after) or _COUNTED.search(before) or re.match(r"\s*\d", after))


def _named_elsewhere(document: Document, term: str, group: set[int]) -> bool:
    """Another sentence of the material (no heading) names the term: a rule stated_rules does
    not read (「精修照片在客户选片后20个工作日内交付」 after a 「；」) is still a rule on it, and
    「全部两条」 would be a false count."""
    return any(
        term in sentence.text
        and sentence.index not in group
        and not sentence.text.lstrip().startswith("#")
        and not is_heading_line(document.text, sentence.start, sentence.text)
        for sentence in document.sentences
    )


def group_of(document: Document, sentence: int) -> SubjectGroup | None:
    """The subject group holding `sentence`, or None."""
    return next((g for g in subject_groups(document) if sentence in g.sentences), None)


def _consecutive(
    document: Document, rules: list[tuple[int, str]], naming: list[tuple[int, str]]
) -> bool:
    """The rules follow one another among the material's rules, under one section."""
    order = [i for i, _ in rules]
    positions = [order.index(i) for i, _ in naming]
    sections = {document.sentences[i].section for i, _ in naming}
    return len(sections) == 1 and positions == list(range(positions[0], positions[0] + len(naming)))


def _opening(text: str) -> str:
    """The rule's first clause: its case or the thing it is about."""
    return _CLAUSE_END.split(text, 1)[0]


def _widened(term: str, openings: list[str]) -> str:
    """The term grown by the Chinese characters every opening writes around it (「海绵」 ->
    「海绵池」 where both rules open on 海绵池)."""
    subject = term
    while True:
        grown = _grow(subject, openings)
        if grown == subject:
            return subject
        subject = grown


def _grow(subject: str, openings: list[str]) -> str:
    for side in ("after", "before"):
        chars = set()
        for opening in openings:
            at = opening.find(subject)
            j = at + len(subject) if side == "after" else at - 1
            chars.add(opening[j] if 0 <= j < len(opening) else "")
        (char,) = chars if len(chars) == 1 else ("",)
        if char and _CJK.match(char) and char not in "的了在和与或及要须不":
            return subject + char if side == "after" else char + subject
    return subject
