"""A figure that names a method: 七步洗手法 is a method, not seven of something.

A point that requires "七步洗手法洗手" is answered "洗手" by a learner who does not know the method:
the act is there, the method (its figure) is not. A figure the point only counts with (2小时内上报)
left out leaves the point half told; a figure that is part of the method's name left out leaves
the point unnamed: "missing", though the act is there (named: a keyword list still earns its
little for it).

`figure_left_out` (Chinese): the point's figure, as written, followed within its word by the
name of a method (…法); an English point keeps its partial credit.
"""

from __future__ import annotations

import re

from graphs.exam_grading.figures import Figure
from graphs.exam_grading.point_judgement import PointJudgement

_METHOD_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?法")
"""What follows a method's figure in its name: a few characters and 法 (七步洗手法, 三步消毒法)."""


def figure_left_out(point: str, figure: Figure, why: str = "") -> PointJudgement:
    """The verdict on a point whose topic is there without `figure`: partial (for `why`), or
    missing where the figure is the name of the point's method (module doc)."""
    why = why or f"the topic is there but not the figure {figure.describe()}"
    at = point.find(figure.written) if figure.written else -1
    named = _METHOD_AFTER.match(point, at + len(figure.written)) if at >= 0 else None
    if named:
        why = f"names the act but not the method {point[at : named.end()]}"
        return PointJudgement(point, "missing", why, named=True, figure=figure)
    return PointJudgement(point, "partial", why, named=True, figure=figure)
