"""Multiple choice delivered where the material holds the rules for it, and sound (issue 11,
session 15): a designer asked for 12 on four materials and got none.

Through the real flow, on materials of our own (tests/graphs/exam_generation/materials/): a
Chinese greenhouse seedling procedure (ten numbered rules, no headings), a Chinese funeral home's
service terms (four headed articles of three rules) and an English zoo keepers' safety policy
(five headed sections of three rules). Every multiple choice must be sound: its true options are
whole rules of the material, or a rule's last clause where it states a fact of its own (session 21,
clause_statements.py: a heading of too few rules is stated clause by clause, at most two a rule), its
false ones a rule with one figure, modality or term changed (as its explanation says), at least
two keys and never all, no two options (of one item or of two) resting on one statement, and no
rule giving more than two.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from graphs.context import FlowContext
from graphs.exams import Exam, Question
from graphs.text.similarity import normalise
from tests.support.exam_flow import delivered_exam

MATERIALS = Path(__file__).parent / "materials"
GREENHOUSE = (MATERIALS / "greenhouse_procedure_zh.md").read_text(encoding="utf-8")
FUNERAL = (MATERIALS / "funeral_terms_zh.md").read_text(encoding="utf-8")
ZOO = (MATERIALS / "zoo_keepers_policy_en.md").read_text(encoding="utf-8")

_SOURCE = re.compile(r'^(?:原文：“(?P<zh>.+?)”|The material says: "(?P<en>.+?)")(?P<rest>.*)$')
_CHANGE = re.compile(r'题干将“(.+?)”改成了“(.+?)”|the statement changes "(.+?)" to "(.+?)"')
_STARTS = "\n。；;.!?：:"
_ENDS = "\n。；;.!?"
_GOES_ON = re.compile(
    r"^(?:并|且|但|同时|否则|再|方可|才|然后|随后|均|也|还|或|and\b|but\b|or\b|then\b)"
)
PER_RULE = 2


def _explained(question: Question) -> list[tuple[str, tuple[str, str] | None]]:
    """Each line of the explanation: the rule quoted, and the change made to it (None: stated
    as it is)."""
    out = []
    for line in question.explanation.splitlines():
        found = _SOURCE.match(line.strip())
        assert found, line
        quote = found["zh"] or found["en"]
        change = _CHANGE.search(found["rest"])
        parts = [] if change is None else [g for g in change.groups() if g is not None]
        pair = (parts[0], parts[1]) if len(parts) == 2 else None
        out.append((quote, pair))
    return out


def _whole_rule(text: str, material: str) -> bool:
    """The text stands in the material from the start of a sentence, a clause after ；, or a
    numbered line: a whole rule with its subject, not a tail cut from one. Or it is a rule's last
    clause after ，, opened by no word that goes on from the clause before (「记录表每周交技术员
    审核」 after 「…由值班员记录温度、湿度和二氧化碳浓度，」, not 「方可播种」): a fact of its own,
    as a multiple choice states a heading of too few rules clause by clause (session 21)."""
    bare = text.rstrip("。.")
    at = material.find(bare)
    while at >= 0:
        before = material[:at].rstrip(" \t")
        if not before or before[-1] in _STARTS or re.search(r"(?:^|\n)\s*\d+[.、]$", before):
            return True
        after = material[at + len(bare) : at + len(bare) + 1]
        if before[-1] in "，," and (not after or after in _ENDS) and not _GOES_ON.match(bare):
            return True
        at = material.find(bare, at + 1)
    return False


def _rule_of(quote: str, material: str) -> int:
    """The material's sentence (a rule) the quote is taken from."""
    bare = quote.rstrip("。.")
    sentences = re.split(r"(?<=[。!?])|(?<=\.)\s|\n", material)
    found = [i for i, sentence in enumerate(sentences) if bare in sentence]
    assert found, quote
    return found[0]


def assert_sound(question: Question, material: str) -> None:
    """The multiple choice's keys are right and every option comes from the material."""
    assert question.type == "multiple_choice"
    keys = set(question.answer)
    assert 2 <= len(keys) < len(question.options), question.answer
    explained = _explained(question)
    assert len(explained) == len(question.options), question.explanation
    quotes = [normalise(q) for q, _ in explained]
    assert len(set(quotes)) == len(quotes), "two options rest on one statement"
    rules = Counter(_rule_of(q, material) for q, _ in explained)
    assert max(rules.values()) <= PER_RULE, "more than two options rest on one rule"
    trues = {normalise(q) for q, change in explained if change is None}
    changes = [(q, c) for q, c in explained if c is not None]
    for option in question.options:
        text = option.text
        if option.key in keys:
            assert normalise(text) in trues, text
            assert _whole_rule(text, material), text
        else:
            assert normalise(text) not in normalise(material), text
            made = [
                q for q, (original, changed) in changes if q.replace(original, changed, 1) == text
            ]
            assert made, f"{text!r} is no rule of the material with one change"
            assert _whole_rule(made[0], material), made[0]


def assert_apart(exam: Exam) -> None:
    """No rule is stated by two multiple choices of the exam."""
    seen: set[str] = set()
    for question in exam.questions:
        if question.type != "multiple_choice":
            continue
        quotes = {normalise(q) for q, _ in _explained(question)}
        assert not quotes & seen, question.stem
        seen |= quotes


async def test_a_procedure_without_headings_gets_two_multiple_choices(
    offline_context: FlowContext,
) -> None:
    """Ten numbered rules under a title: every multiple choice asks about 本规程 as a whole, and a
    second one was refused as a duplicate of the first's stem, though it stated other rules."""
    payload = {"material": GREENHOUSE, "multiple_choice": 2, "difficulty": "mixed"}
    exam = await delivered_exam(offline_context, payload)
    assert [q.type for q in exam.questions] == ["multiple_choice"] * 2, exam.shortfall
    for question in exam.questions:
        assert_sound(question, GREENHOUSE)
    assert_apart(exam)


async def test_terms_of_small_articles_get_three_multiple_choices(
    offline_context: FlowContext,
) -> None:
    """Four articles of three rules: the third multiple choice states rules of two articles, one
    rule of which can be made false (a figure) beside three stated as they are; asking two false
    ones, it was never written."""
    payload = {"material": FUNERAL, "multiple_choice": 3, "difficulty": "mixed"}
    exam = await delivered_exam(offline_context, payload)
    assert [q.type for q in exam.questions] == ["multiple_choice"] * 3, exam.shortfall
    for question in exam.questions:
        assert_sound(question, FUNERAL)
    assert_apart(exam)


async def test_a_policy_gets_its_multiple_choices_beside_the_other_types(
    offline_context: FlowContext,
) -> None:
    """Five sections of three rules, asked two of each objective type: the second multiple choice
    takes the rules of a section whose neighbour the first one took, with a farther section's."""
    counts = {"single_choice": 2, "multiple_choice": 2, "true_false": 2, "fill_blank": 2}
    exam = await delivered_exam(offline_context, {"material": ZOO, **counts, "difficulty": "mixed"})
    delivered = {t: sum(q.type == t for q in exam.questions) for t in counts}
    assert delivered == counts, exam.shortfall
    for question in exam.questions:
        if question.type == "multiple_choice":
            assert_sound(question, ZOO)
            named = re.findall(r'"([^"]+)"', question.stem)
            headings = re.findall(r"^##\s+\d+\.\s+(.+?)\s*$", ZOO, re.MULTILINE)
            assert named and set(named) <= set(headings), question.stem
    assert_apart(exam)
