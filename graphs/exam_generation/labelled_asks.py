"""A table row or a "Label: value" note read as a rule, asked by its row and column.

「点检项目：制动系统；合格标准：…」 is asked 「制动系统的合格标准是什么？」 and "Warranty: product
warranty; term: 15 years." "What is the term of the product warranty?", not 「点检项目有什么规定？」 /
"What is the rule on the warranty?" that every row of the table answers (session 10 designer, m1
and m2). Moved out of short_answer_asks.py, which reads every other shape of rule.
"""

from __future__ import annotations

import re

from graphs.exam_generation.english_subjects import lower_phrase

_LABELLED = re.compile(
    r"^(?P<label>[^:：;；]{1,24})[:：]\s*(?P<value>[^:：;；]{1,40})[;；]\s*(?P<field>[^:：;；]{1,24})[:：]"
)
"""A table row or a "Label: value" note read as a rule (「点检项目：制动系统；合格标准：…」,
"Warranty: product warranty; term: 15 years."): asked by its row and column."""
_ZH_HOW_MUCH = re.compile(r"(?:金额|费用|价格|收费|数量|额度|上限|下限|期限|时长)$")
_WH = re.compile(r"^(?:what|who|how|when|where|which|why)\b", re.IGNORECASE)


def labelled_ask(point: str, zh: bool) -> tuple[str | None, int]:
    """「制动系统的合格标准是什么？」, "What is the term of the product warranty?": the row's name
    and the column asked, not 「点检项目有什么规定？」 / "What is the rule on the warranty?" that
    every row of the table answers; with where the row's label and field end (what the hint may
    name). (None, 0) when the point is no such row."""
    row = _LABELLED.match(point)
    if row is None:
        return None, 0
    value, field = row["value"].strip(), row["field"].strip()
    if zh:
        how = "是多少" if _ZH_HOW_MUCH.search(field) else "是什么"
        return f"{value}的{field}{how}？", row.end()
    if _WH.match(field):
        return None, 0  # "what it promises": no noun to ask by
    return f"What is the {lower_phrase(field)} of the {lower_phrase(value)}?", row.end()
