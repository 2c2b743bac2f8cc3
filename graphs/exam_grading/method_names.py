"""A figure that names a method: 七步洗手法 is a method, not seven of something.

A point that requires "七步洗手法洗手" is answered "洗手" by a learner who does not know the method:
the act is there, the method (its figure) is not. A figure the point only counts with (2小时内上报)
left out leaves the point half told; a figure that is part of the method's name left out leaves
the point unnamed: "missing", though the act is there (named: a keyword list still earns its
little for it).

`figure_left_out` (Chinese): the point's figure, as written, followed within its word by the
name of a method (…法); an English point keeps its partial credit. So too a figure whose
measured word (75%酒精, 0.9%生理盐水) is left out with it: "消毒脐部" gives neither the alcohol nor
its strength, and is no half of "用75%酒精消毒脐部"; "用生理盐水清洗" without 0.9% still is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from graphs.exam_grading.figures import Figure
from graphs.exam_grading.point_judgement import PointJudgement
from graphs.exam_grading.point_notes import spoken
from graphs.exams import Language

_METHOD_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?法")
"""What follows a method's figure in its name: a few characters and 法 (七步洗手法, 三步消毒法)."""


_BOUND_WORDS = frozenset({"以上", "以下", "以内", "之内", "以后", "之后", "以前", "之前", "左右"})
"""Words after a figure that bound it (离地2米以上): they measure nothing of their own."""


def figure_left_out(
    point: str, figure: Figure, why: str = "", unsaid: Sequence[str] = ()
) -> PointJudgement:
    """The verdict on a point whose topic is there without `figure`: partial (for `why`), or
    missing where the figure is the name of the point's method (module doc), or where the word
    it measures is among the point's words left `unsaid` too (75%酒精: neither 75% nor 酒精)."""
    why = why or f"the topic is there but not the figure {figure.describe()}"
    at = point.find(figure.written) if figure.written else -1
    named = _METHOD_AFTER.match(point, at + len(figure.written)) if at >= 0 else None
    if named:
        why = f"names the act but not the method {point[at : named.end()]}"
        return PointJudgement(point, "missing", why, named=True, figure=figure)
    measured = [
        w
        for w in unsaid
        if at >= 0 and point.startswith(w, at + len(figure.written)) and w not in _BOUND_WORDS
    ]
    if measured:
        why = f"gives neither {figure.describe()} nor {measured[0]}"
        return PointJudgement(point, "missing", why, named=True, figure=figure)
    return PointJudgement(point, "partial", why, named=True, figure=figure)


def all_left_out(
    figure: Figure, wanted: Sequence[Figure], given: Sequence[Figure], language: Language
) -> Figure:
    """`figure`, the first of the point's figures the answer leaves out, saying every one it
    leaves out (缺少：2℃、6℃, not 缺少：2℃ where 6℃ is missing too: session 18 end designer D11)."""
    left = [f for f in wanted if not any(f.matches(g) for g in given)]
    if len(left) < 2:
        return figure
    shown = dict.fromkeys(spoken(f, language) for f in left)  # 0.8米 of 0.8至1.2米
    return replace(figure, said=("、" if language == "zh" else ", ").join(shown))
