"""A Chinese clause cut from its rule whose act loses the thing it is done to.

「处方药须凭兽医处方发放，前台不得自行售卖」: the second clause has its own subject (前台), not the
sentence's first noun (处方药), and its act (售卖) takes that first noun as its object. Cut from
the rule, 「前台不得自行售卖」 (or, flipped, 「前台可以自行售卖」) says the front desk may not sell,
without what (session 16: seen on a helper's own vet rules). Such a clause is asked with its rule,
never alone: `check_object_kept` refuses an item that states it, whoever wrote it.

The clause's shape: a noun of its own, a modal, at most a few adverbs (自行, 单独, 私自), and an
act that takes an object (graphs/text/elided_objects.py's verbs and verbs of handing things on),
with nothing after it. A clause whose act is whole in itself (财务不得私自退款) keeps its sense.
"""

from __future__ import annotations

import re

from graphs.exam_generation.prose import statement_of
from graphs.exams import Language, Question
from graphs.text.elided_objects import ZH_OBJECT_VERBS
from graphs.text.segment import tokenize
from graphs.text.similarity import normalise

_HANDING_VERBS = (
    "售卖", "出售", "销售", "转让", "转借", "转卖", "外借", "赠送", "带走", "带出", "丢弃", "食用",
    "携带", "存放", "保管", "收取", "接收", "签收", "归还", "回收", "销毁", "开封", "拆封",
)  # fmt: skip
_ACTS = frozenset(ZH_OBJECT_VERBS + _HANDING_VERBS)
_MODALS = frozenset(
    ("须", "需", "应", "应当", "必须", "不得", "不能", "不可", "可", "可以", "严禁", "禁止", "无须")
)
_SENTENCE = re.compile(r"[^。！？!?\n]+")
_OPENING = re.compile(
    r"(?P<thing>[\u4e00-\u9fff]{1,8}?)(?:须|需|应|必须|不得|不能|不可|可以|严禁|禁止|一律)"
)
"""The sentence's first noun phrase: what it opens on, up to its first modal (样品酒须…)."""


def _cut_clause(clause: str) -> str | None:
    """The clause's own subject when it is subject, modal, adverbs and an act with no object."""
    tokens = tokenize(clause.strip().rstrip("。；;"), "zh")
    if len(tokens) < 3 or not tokens[0].pos.startswith("n"):
        return None
    rest = tokens[1:]
    # 「前台不得自行售卖」 tags 不得 as a verb: a modal by its word, not its tag
    if rest[0].word not in _MODALS:
        return None
    middle, last = rest[1:-1], rest[-1]
    if last.word not in _ACTS or not all(t.pos[:1] in ("d", "r") for t in middle):
        return None
    return tokens[0].word


def lost_object(clause: str, material: str) -> str | None:
    """The noun the clause's act was done to, when `clause` is a later clause of a material
    sentence that opens on another noun; None when the clause keeps its sense alone."""
    subject = _cut_clause(clause)
    if subject is None:
        return None
    body = normalise(clause.rstrip("。；;"))
    for sentence in _SENTENCE.findall(material):
        at = normalise(sentence).find(body)
        if at <= 0:
            continue  # not in it, or it opens the sentence: its subject is the sentence's
        opening = _OPENING.match(sentence.strip().lstrip("#*-0123456789.、 "))
        if opening is None or opening["thing"].startswith(subject):
            continue
        first = tokenize(opening["thing"], "zh")
        if first and first[0].pos.startswith("n"):
            return opening["thing"]
    return None


def check_object_kept(question: Question, material: str, language: Language) -> list[str]:
    """A statement or quote that is a clause whose act lost its object to the clause before
    (「前台不得自行售卖」 of 「处方药须凭兽医处方发放，前台不得自行售卖」) is refused."""
    if language != "zh" or question.type == "short_answer":
        return []
    said = [question.source_quote]
    if question.type == "true_false":
        said.append(statement_of(question.stem))
    for text in said:
        if (thing := lost_object(text, material)) is not None:
            return [
                f"「{text.strip()}」 is a clause cut from its rule: its act is done to "
                f"{thing!r}, named only in the clause before; state the rule whole"
            ]
    return []
