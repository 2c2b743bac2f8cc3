"""A Chinese list item's label in front of its rule (「完工：作业完成后须当场试用…」, 「费用与支付：
日常保洁按每小时50元计费…」): no condition and no subject of the rule.

Read as the rule's opening, the label made asks a trainer would not write: 「完工，作业完成后应如何
处理？」, 「费用与支付，日常保洁按每小时有什么规定？」 (session 15 designer D8, e1 Q13 and e2 Q8).
The rule after the label is asked as a rule of its own; where what is left asks only a case
(「入户时应如何处理？」 of a dress rule), a label that names a topic (「着装与工具」) says what is
asked of it: 「入户时，着装与工具有什么规定？」, where the item holds this rule alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from graphs.text.facts import Fact

_LABEL = re.compile(r"^(?P<label>[\u4e00-\u9fff、与和及]{2,8})[：:]\s*")
"""「着装与工具：」, 「完工：」: a list item's label before its rule."""
_BARE_CASE = re.compile(r"^(?P<case>[^，,？]{2,12}(?:时|前|后))应如何处理？")
"""An ask of a case alone, which says nothing of what is to be done in it."""


def unlabelled(fact: Fact, point: str, min_rest: int) -> tuple[Fact, str, str] | None:
    """The fact and the point without the label they open on, and the label; None when the
    point opens on none, the fact does not open on the same words, or less than `min_rest`
    characters are left."""
    found = _LABEL.match(point)
    if found is None or len(point) - found.end() < min_rest:
        return None
    shift = found.end()
    if not fact.text.startswith(point[:shift]) or len(fact.text) <= shift:
        return None
    modal = fact.modal
    if modal is not None:
        if modal[1] < shift:
            return None
        modal = (modal[0], modal[1] - shift, modal[2] - shift)
    rest = replace(
        fact,
        text=fact.text[shift:],
        anchors=tuple(
            replace(a, start=a.start - shift, end=a.end - shift)
            for a in fact.anchors
            if a.start >= shift
        ),
        modal=modal,
    )
    return rest, point[shift:], found["label"]


def with_topic(fact: Fact, asked: str, label: str, names_a_topic: bool) -> str:
    """The ask with the label's topic where it asks only a case and the label's item is this
    rule alone; else the ask as it is. An item going on after a 「；」 has rules the label names
    and this point does not hold: 「断电断水有什么规定？」 of its electrical rule alone left out
    「关闭分户总阀」 (session 15 D8, bp1 Q10)."""
    case = _BARE_CASE.match(asked)
    if case is None or not names_a_topic or fact.quote.rstrip().endswith(("；", ";")):
        return asked
    return f"{case['case']}，{label}有什么规定？{asked[case.end() :]}"
