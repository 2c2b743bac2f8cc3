"""The limits a point sets and how an answer treats them: permitted up to the point's own bound
(`bounded_alike`: 最多可以放45分钟 for 不得超过45分钟, but not 可以向未满18周岁的顾客出售 for 不得向
未满18周岁的顾客出售), allowed with no limit (`allowed_without_limit`), said to have none
(`limit_denied`); a denied English bound read as the bound it leaves (`plain_bound`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from graphs.exam_grading.figures import Figure
from graphs.exam_grading.floor_faces import forbidden_below
from graphs.exam_grading.modality import modality, obligation
from graphs.exam_grading.point_terms import CLAUSE_BREAK
from graphs.exams import Language
from graphs.text.language import detect_language
from graphs.text.segment import tokenize

_LIMIT = re.compile(
    r"至少|不少于|不低于|不超过|不高于|以内|以下|以上|最多|最少|最长|最短|"
    r"\b(?:at\s+(?:least|most)|no\s+(?:more|less|fewer|later)\s+than|minimum|maximum|up\s+to|within)\b",
    re.IGNORECASE,
)


def allowed_without_limit(
    point: str, wanted: Sequence[Figure], given: Sequence[Figure], answer: str, places: set[int]
) -> str | None:
    """Why the answer contradicts a point that sets a limit by allowing its topic with none.

    货物可以堆满到车厢顶部 for "装车时货物距车厢顶部至少留出20厘米的空隙", "Pallets can be stacked right
    up to the ceiling" for a 30 cm gap: the learner does not leave the figure out, she says what
    the limit forbids. The point has a figure and a limit (至少, 不超过, at least, within, a modal
    that requires or forbids) and does not itself permit; a clause where the point stands permits,
    and no figure stands there (a figure there is a rival or the point's own: nearest_rival).
    """
    language = detect_language(point)
    if not wanted or modality(point, language) == "permitted":
        return None
    limited = (
        any(f.bound for f in wanted)
        or _LIMIT.search(point) is not None
        or obligation(point, language) == "required"
        or modality(point, language) == "forbidden"
    )
    if not limited or any(g.clause in places for g in given):
        return None
    clauses = CLAUSE_BREAK.split(answer)
    there = [clauses[c] for c in sorted(places) if c < len(clauses)]
    if any(modality(clause, language) == "permitted" for clause in there):
        return "allows it with no limit where the point sets one"
    return None


def bounded_alike(
    point: str, answer: str, wanted: Sequence[Figure], given: Sequence[Figure], language: Language
) -> bool:
    """Whether the answer permits the point's forbidden act up to the point's own bounded figure:
    "Bleach can stay on 45 minutes at most" (最多可以放45分钟) is "must not stay on more than 45
    minutes", not a flip of its modality. The point's figure stands in its forbidding clause,
    the answer's (the same figure, the same bound) in a permitting one. A figure that describes
    whom or what the rule is about (未满18周岁的顾客) bounds no act: permitting the act for them
    ("可以向未满18周岁的顾客出售") is the flip, as is permitting under a floor the point forbids under
    (低于45公斤也可以驾驶 for 低于45公斤不得驾驶; floor_faces.forbidden_below)."""
    points = CLAUSE_BREAK.split(point)
    clauses = CLAUSE_BREAK.split(answer)
    for w in (plain_bound(f, language) for f in wanted):
        if w.bound is None or not any(
            w.written in c
            and modality(c, language) == "forbidden"
            and not describes_a_noun(c, w.written)
            and not forbidden_below(c, w.written, language)
            for c in points
        ):
            continue
        for g in given:
            if (
                w.matches(g)
                and g.bound == w.bound
                and g.clause < len(clauses)
                and modality(clauses[g.clause], language) == "permitted"
            ):
                return True
    return False


_ATTRIBUTIVE = re.compile(r"\s*(?:及以下|及以上|或以上|以下|以上|以内|之内|之下)?\s*的")
_SIDE_WORD = re.compile(r"\s*(?:及|或)?(?:以下|以上|之下|之上)\s*")


def describes_a_noun(clause: str, written: str) -> bool:
    """Whether `written` (a figure of `clause`) modifies a noun: 未满18周岁的顾客, 200元以下的退款,
    and without the 的 where a side of the figure joins it to its noun (6岁以下儿童, 70岁以上游客):
    whom the rule is about, not how far its act may go (以内完成, 以上不得 have no noun there)."""
    at = clause.find(written)
    if at < 0:
        return False
    end = at + len(written)
    if _ATTRIBUTIVE.match(clause, end) is not None:
        return True
    side = _SIDE_WORD.match(clause, end)
    following = tokenize(clause[side.end() :], "zh")[:1] if side else []
    return bool(following) and following[0].pos.startswith("n")


def plain_bound(figure: Figure, language: Language) -> Figure:
    """A denied bound as the bound it leaves: "must not stay … for more than 20 minutes", read as
    a denied "more than 20 minutes", is at most 20 minutes. English only: a Chinese limit
    (不得超过, 不到三分之一) is read as a bound already, and its figure's polarity is its rule's."""
    if language == "en" and figure.negated and figure.bound is not None:
        return replace(figure, negated=False, bound="upper" if figure.bound == "lower" else "lower")
    return figure


_LIMIT_WORD = {
    "zh": re.compile(r"最低|最少|最高|最多|上限|下限|起步价|封顶|提前"),
    "en": re.compile(
        r"\b(?:minimum|maximum|limit|cap|at\s+least|at\s+most|in\s+advance)\b", re.IGNORECASE
    ),
}
_NO_LIMIT = {
    "zh": re.compile(
        r"(?:没有|没|无|不设|不限|不封顶)(?:任何)?(?:最低|最少|最高|最多|上限|下限|限制|封顶)|不限"
        r"|随时都?(?:可以|能)|什么时候都(?:可以|行|能)"  # whenever one likes: no notice at all
    ),
    "en": re.compile(
        r"\b(?:no|not\s+any|without\s+(?:a|any))\s+(?:minimum|maximum|limit|cap)\b|\bunlimited\b"
        r"|\b(?:whenever|any\s*time)\s+(?:you|they|he|she|we|clients?|customers?|guests?)\s+"
        r"(?:like|likes|want|wants|wish|wishes|please|pleases)\b",
        re.IGNORECASE,
    ),
}


def limit_denied(point: str, answer: str, places: set[int], language: Language) -> str | None:
    """Why the answer contradicts a point that sets a limit (最低收取5元, "a minimum of $5") by
    saying there is none where the point's words stand (手续费没有最低标准, "there is no minimum
    fee"; 随时都可以预约, "book whenever you like" for a booking at least 24 hours ahead): the
    learner does not leave the limit out, she says it does not exist."""
    if not _LIMIT_WORD[language].search(point):
        return None
    clauses = CLAUSE_BREAK.split(answer)
    if any(_NO_LIMIT[language].search(clauses[c]) for c in sorted(places) if c < len(clauses)):
        return "says there is no limit where the point sets one"
    return None
