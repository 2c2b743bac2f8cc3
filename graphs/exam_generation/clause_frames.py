"""What frames every clause of a Chinese rule: its section's heading, and a stage label.

「初级班课程，热身阶段：慢步不少于10分钟，马匹之间保持2个马身以上的距离」 is read with its heading
in front (the material says the same kind of fact for 高级班课程, graphs/text/heading_cases.py)
and opens on a label that names its stage (热身阶段：). Both govern every clause after them: asked
alone, 「马匹之间保持____马身以上的距离」 lost its class and its stage, and is true of neither
(session 23 end designer D16, m1 SC2: 「窑门留（    ）缝排湿。」 without 「素烧0至200℃阶段」). A clause
stated alone (clause_facts.py) is stated after both.

    frame_of        the heading read in front of the rule, and its stage label
    framed          the rule's clauses, each stated after the frame; none when the rule opens on
                    an event or a case that binds no one (「任何时候窑温超过设定值30℃以上，」):
                    every clause after it is its consequence, asked with it (m1 FB11, TF9 of its
                    re-run; m3 SC1)
    opens_on_event  the rule's first clause is such an event or case
    opening_clause  the rule's first clause after its frame (does the rule open on a case?)
"""

from __future__ import annotations

import re

from graphs.exam_generation.lost_context import bare_case
from graphs.text.lists import without_marker
from graphs.text.self_contained import names_its_topic
from graphs.text.sentence_form import clean_statement

_LABEL = re.compile(r"^(?P<label>[^，,；;。：:（(]{2,12})[：:](?!\d)")
"""A stage or step named before a colon (「热身阶段：」, 「0至200℃阶段：」), not a clock time's colon."""
_ORDINAL = re.compile(
    r"^(?:步骤\s*[\d一二三四五六七八九十]+|第\s*[\d一二三四五六七八九十]+\s*[步项条点]|step\s*\d+)$",
    re.IGNORECASE,
)
"""A label that only counts the steps (「步骤5：」, 「第3步：」, "Step 2:"): a list's numbering, no
stage; the rule after it is read without it, as after 「5.」."""
_BINDS = re.compile(r"须|应|必须|不得|可以|由|禁止|严禁|负责|不准")
"""A label that binds someone (「以下药品不得开架销售：」) is a rule leading in its list, no stage."""
_ARTICLE = re.compile(r"^\s*第[一二三四五六七八九十百零〇\d]+条")
"""A label after an article's number (「第六条 柜员规范：」) is the article's title, a heading
(graphs/text/heading_cases.py reads it when another article says the same), no stage; nor is a
label naming what its rule is about (「接待时限：」, 「赔偿标准：」: self_contained.names_its_topic)."""


def frame_of(text: str, quote: str) -> tuple[str, str]:
    """(the words the rule's statement `text` says before its quoted sentence, the stage label
    the sentence opens on): 「初级班课程，」 and 「热身阶段：」; "" for either it lacks."""
    opening = clean_statement(without_marker(quote.strip()))[:6]  # not 「第十二条 」
    at = text.find(opening) if opening else -1
    heading = text[:at] if at > 0 else ""
    label = _LABEL.match(text[len(heading) :])
    if (
        label is None
        or _ORDINAL.match(label["label"].strip())
        or _BINDS.search(label.group())
        or names_its_topic(label["label"])
        or (not heading and _ARTICLE.match(quote))
    ):
        return heading, ""
    return heading, label.group()


_EVENT = re.compile(r"^(?:任何时候|一旦|发生|出现|遇到|遇|发现|遭遇|接到|收到|听到)")
"""An event the rule opens on (「发生人员被困、氨气泄漏等紧急情况，」)."""


def opens_on_event(clause: str) -> bool:
    """The rule's first clause is an event or a threshold crossed that binds no one
    (「发生人员被困…等紧急情况」, 「任何时候窑温超过设定值30℃以上」): the case of every clause
    after it. 「值班主管须在（    ）内到场」 asked alone lost its emergency (session 23 end designer
    D16, m3 SC1 and TF8 of its re-run)."""
    if bare_case(clause):
        return True
    return _EVENT.match(clause) is not None and _BINDS.search(clause) is None


def opening_clause(text: str, quote: str) -> str:
    """The rule's first clause after its heading and label: 「例外：若装窑坯体中有…」 opens on a
    case (若…), which governs every clause after it."""
    heading, label = frame_of(text, quote)
    return _CLAUSE.split(text[len(heading) + len(label) :], maxsplit=1)[0].strip()


_CLAUSE = re.compile(r"[，,；;]")


def framed(text: str, quote: str, stated: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(statement, quote) for each clause of the rule, the heading and label stated in front of
    those that do not hold them; a part that is only the heading (no words of the quote) goes."""
    if stated and opens_on_event(opening_clause(text, quote)):
        return []  # 「任何时候窑温超过设定值30℃以上，」 is the case of the clauses after it
    heading, label = frame_of(text, quote)
    if not heading and not label:
        return stated
    out = []
    for statement, part in stated:
        if part not in quote:
            continue  # the heading read as a clause of its own
        said = statement if statement.startswith(label) else label + statement
        out.append((said if said.startswith(heading) else heading + said, part))
    return out
