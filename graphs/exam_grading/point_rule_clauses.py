"""A scoring point's rules: its clauses with a modal word, an obligation or a figure of its own.

An exam may put two rules in one point ("门店须在24小时内回复顾客，并在48小时内将投诉…上报品控专员";
"Cash in a till must never exceed 1,000 dollars. When it does, … a cash drop … within 10
minutes"). A condition (收到…投诉时, 连续两次没有接听电话的, "When it does", "if …") and a clause
that holds none of these are read with the rule after them. point_rules.py judges a point rule by
rule; qualifiers.py and rule_details.py read only a point of one rule.
"""

from __future__ import annotations

import re

from lemminflect import getAllLemmas

from graphs.exam_grading.figures import figures_of
from graphs.exam_grading.modality import modality, obligation
from graphs.exam_grading.point_terms import CONDITION
from graphs.exams import Language
from graphs.text.imperatives import is_imperative
from graphs.text.segment import tokenize

JOINER = {"zh": "，", "en": ", "}
RULE_BREAK = re.compile(
    r"[，；;。！？!?\n]|,(?!\d{3})|\.(?=\s|$)"
    r"|\s+and\s+(?=(?:must|should|shall|needs?|has to|have to|may not|cannot|can't)\b)|并(?=须|应|必须|需)"
)
"""Between two clauses of a point; not the thousands comma of 1,000. A second duty with a modal
of its own ("must not disclose it and must not photograph the ID", 并须) is a clause too."""


_SECOND_DUTY = re.compile(r"^(?:(?:并且|并|同时)(?=[\u4e00-\u9fff])(?!且|不)|and\s+)")
"""「…须查验顾客本人身份证，并登记姓名…」: a clause opening on 并 after a rule is a second duty
under the first's modal, a rule of its own (an answer of the check alone states one of two)."""


_EN_SECOND_DUTY = re.compile(
    r"\s+and\s+(?=([a-z]+)\s+(?:the|their|its|his|her|each|every|all|any|a|an)\b)", re.I
)
"""'Check the borrower's photo ID and record their name': and, a verb, its object's determiner."""


def _en_duties(clause: str) -> list[str]:
    """An English clause cut before each 'and' that opens a second act on an object of its own
    ('… and record their name'), its first clause marked as the duty the second shares; 'name
    and phone number' (no determiner after the noun) is one object."""
    parts, start = [], 0
    for match in _EN_SECOND_DUTY.finditer(clause):
        if "VERB" in getAllLemmas(match.group(1).lower()):
            parts.append(clause[start : match.start()])
            start = match.end()
            parts.append("")  # a marker: what follows is a second duty
    parts.append(clause[start:])
    merged: list[str] = []
    for part in parts:
        if merged and merged[-1] == "":
            merged[-1] = "and " + part
        else:
            merged.append(part)
    return merged


_BARE_MODAL = re.compile(r"^(?:须|必须|应当|应|需|不得|严禁|禁止)")
"""A clause opening on its modal with no subject of its own: a further duty of the clause before."""


def _stated_before_a_duty(clause: str, following: str) -> bool:
    """Whether a Chinese `clause` with no modal is a rule stated as a fact (发货遵循先进先出) before
    a duty of the same subject (，须经仓库组长签字): a verb with something after it, no condition.
    A noun phrase (所有会员卡，须本人使用) is the subject of the duty, no rule."""
    if not _BARE_MODAL.match(following) or CONDITION.search(clause):
        return False
    tags = [token.pos[:1] for token in tokenize(clause, "zh")]
    return "v" in tags[:-1] and tags.index("v") > 0


def rules_of(point: str, language: Language, *, duties: bool = False) -> list[str]:
    """The point's rules: clauses with a modal word, an obligation or a figure, each with the
    clauses before it that hold none; with `duties`, a clause opening on 并 right after a rule
    is one too (the second duty of 「须查验…，并登记…」), and so is a rule stated as a fact before a
    duty with no subject of its own (发货遵循先进先出，须经仓库组长签字)."""
    rules: list[str] = []
    pending: list[str] = []
    clauses = [c.strip() for c in RULE_BREAK.split(point)]
    if duties and language == "en":
        clauses = [part for c in clauses for part in _en_duties(c)]
    for at, clause in enumerate(clauses):
        if not clause:
            continue
        following = clauses[at + 1] if at + 1 < len(clauses) else ""
        stated = duties and language == "zh" and _stated_before_a_duty(clause, following)
        second_duty = bool(duties and rules and not pending and _SECOND_DUTY.match(clause))
        pending.append(_SECOND_DUTY.sub("", clause) if second_duty else clause)
        if not CONDITION.search(clause) and (
            modality(clause, language)
            or obligation(clause, language)
            or figures_of(clause, language, in_point=True)
            or second_duty
            or stated
            or (duties and language == "en" and is_imperative(clause))
        ):
            rules.append(JOINER[language].join(pending))
            pending = []
    if pending and rules:
        rules[-1] = JOINER[language].join([rules[-1], *pending])
    return rules
