"""Why a question is easy, medium or hard, in a trainer's words, from the features that rated it.

`difficulty.py` rates a question from weighted features (similarity, combined, length, figures,
change; `depth`, where the rule stands in the text, is passed but weighs nothing and is never a
reason). The reason names what put the question at its level, so that one reason never stands
beside two levels (designer D, session 10: "near values" was medium on some items, hard on
others):
- medium: the feature that adds most to the score (中：干扰项为相近数值);
- hard: the feature that adds most and, when it stays short of the hard mark alone, a second one
  that is really high (难：改动为相近数字，须记准原数；句子较长); else the first one's strong form
  ("hard: the wrong options are very near values");
- easy: the heaviest feature that stayed really low (易：只有一个空); when none did, what every
  easy item shares (one rule asked as written), never a low feature that is not low ("far from
  the key" for options 1/3/5 years against 2).
A multiple choice's `combined` counts its true statements (易：只有2项正确, not "only 2 rules"
for an item of four statements), and its `similarity` is how subtle its false statements are
(中：错误项改动细微). A figure's options are "near values" only when every wrong one is near
the key (difficulty.near_share; else 「部分干扰项为相近数值」, "some of the wrong options are
near values"), and only then "very near" for hard. A reason is true of the item: a feature
really high (0.5 and up) is named before one that adds more but is not; a figure changed by
half or more (90天 -> 180天, difficulty.measured_change) is "改动了数字（相差一半以上）", never a
near or very near number (session 13 designer D5). It is a short phrase, shown beside 易/中/难 in the trainer's view
(api/cli/render.py).
"""

from __future__ import annotations

from typing import Literal

from graphs.exam_generation.difficulty import MEDIUM_BELOW
from graphs.exams import Difficulty, Language

Feature = Literal[
    "depth", "similarity", "combined", "elements", "blanks", "length", "figures", "change"
]

_HIGH: dict[Language, dict[str, str]] = {
    "zh": {
        "similarity": "干扰项与答案相近",
        "similarity_figure": "干扰项为相近数值",
        "similarity_some_near": "部分干扰项为相近数值",
        "similarity_far_figures": "干扰项为同类数值",
        "combined": "需结合{count}条规定",
        "falses": "错误项改动细微，不易察觉",
        "elements": "要点含多项内容",
        "blanks": "有{count}个空",
        "length": "句子较长",
        "figures": "须准确写出数字",
        "change_swap": "改动为同类术语互换，不易察觉",
        "change_figure": "改动为相近数字，须记准原数",
        "change_figure_far": "改动了数字（相差一半以上），须记准原数",
        "change_modality": "改动为必须/不得互换",
        "change_who_may": "改动为把只限某一岗位做的事说成他人也可做",
        "change_exception": "改动为把规定的例外说成同样适用规定",
        "change_verbatim_figure": "须记准原文数字",
        "change_verbatim": "原文直接给出",
    },
    "en": {
        "similarity": "the wrong options are close to the key",
        "similarity_figure": "the wrong options are near values",
        "similarity_some_near": "some of the wrong options are near values",
        "similarity_far_figures": "the wrong options are figures of the same kind",
        "combined": "combines {count} rules",
        "falses": "the false statements differ from the material in small details",
        "elements": "points holding several things to write",
        "blanks": "{count} blanks",
        "length": "a long sentence to read",
        "figures": "an exact figure to recall",
        "change_swap": "a term swapped for one of its kind",
        "change_figure": "a figure changed to a near value",
        "change_figure_far": "a figure changed (by half or more), to be remembered exactly",
        "change_modality": "must and must not swapped",
        "change_who_may": "who may act widened beyond the one role the rule allows",
        "change_exception": "the rule's exception said to fall under the rule",
        "change_verbatim_figure": "its figure must be remembered exactly",
        "change_verbatim": "stated as the material says it",
    },
}
_LOW: dict[Language, dict[str, str]] = {
    "zh": {
        "similarity": "干扰项与答案差别明显",
        "combined": "只需{count}条规定",
        "elements": "每个要点只有一项内容",
        "blanks": "只有一个空",
        "length": "句子简短",
        "figures": "空处不是数字",
        "change_verbatim": "原文直接给出",
        "statements": "只有{count}项正确",
        "plain": "只考一条规定，按原文作答",
    },
    "en": {
        "similarity": "the wrong options are far from the key",
        "combined": "only {count} rules",
        "elements": "one thing to write per point",
        "blanks": "one blank",
        "length": "a short sentence",
        "figures": "no figure to recall",
        "change_verbatim": "stated as the material says it",
        "statements": "only {count} of its statements are true",
        "plain": "one rule, asked as the material states it",
    },
}


_STRONG: dict[Language, dict[str, str]] = {
    "zh": {
        "similarity": "干扰项与答案非常相近",
        "similarity_figure": "干扰项为非常接近的数值",
        "similarity_some_near": "部分干扰项为相近数值，须记准原数",
        "similarity_far_figures": "干扰项为同类数值，须记准原数",
        "combined": "需结合{count}条规定，要点多",
        "elements": "要点含多项内容，须逐项写全",
        "blanks": "有{count}个空，且都须写准",
        "length": "句子很长",
        "figures": "须准确写出数字",
        "change_swap": "改动为同类术语互换，很难察觉",
        "change_figure": "改动为相近数字（相差不到一半），须记准原数",
        "falses": "错误项改动非常细微，很难察觉",
    },
    "en": {
        "similarity": "the wrong options are very close to the key",
        "similarity_figure": "the wrong options are very near values",
        "similarity_some_near": "some of the wrong options are near values; the exact figure counts",
        "similarity_far_figures": "figures of the same kind; the exact figure counts",
        "combined": "combines {count} rules, many points",
        "elements": "points holding several things to write, each in full",
        "blanks": "{count} blanks, each to be exact",
        "length": "a very long sentence to read",
        "figures": "an exact figure to recall",
        "change_swap": "a term swapped for one of its kind, hard to spot",
        "change_figure": "a figure changed by less than half, to be remembered exactly",
        "falses": "the false statements differ from the material in very small details",
    },
}
"""What a feature that makes a question hard on its own is called (its plain form is medium's)."""
_HIGH_MARK = 0.5
"""A second feature is named beside the first (hard) only from this value: a sentence of 0.2 is
not "a long sentence"."""
_LOW_MARK = 0.25
"""A feature is "low" (easy's reason) below this value: 0.46 is not "far from the key"."""


def _key(name: str, *, figure: bool, change: str, statements: bool, easy: bool, near: float) -> str:
    if name == "change":
        return f"change_{change}"
    if name == "similarity" and statements:
        return "falses"  # a multiple choice's false statements, not options near a key
    if name == "similarity" and figure:
        # only options all near the key are "near values"; their strong form is "very near"
        if near >= 1.0:
            return "similarity_figure"
        return "similarity_some_near" if near > 0 else "similarity_far_figures"
    if name == "combined" and statements and easy:
        return "statements"
    return name


def _easy_reason(
    weighed: dict[str, tuple[float, float]], language: Language, keys: dict[str, str]
) -> str:
    if "change" in weighed and not keys["change"].startswith("change_verbatim"):
        return _HIGH[language][keys["change"]]  # a false statement: what was changed
    low = [f for f, (_, value) in weighed.items() if value < _LOW_MARK]
    table = _LOW[language]
    for name in sorted(low, key=lambda f: -weighed[f][0] * (1 - weighed[f][1])):
        words = table.get(keys[name])
        if words:
            return words
    return table["plain"]


def difficulty_reason(
    level: Difficulty,
    features: dict[Feature, tuple[float, float]],
    language: Language,
    *,
    count: int = 1,
    elements: int = 0,
    figure: bool = False,
    near: float = 1.0,
    change: str = "",
) -> str:
    """The reason for `level`: `features` maps each feature to (its weight, its 0-1 value) as the
    score used them; `count` is how many rules or blanks it combines, `figure` whether the key is
    a figure, `near` the share of its wrong options near it (difficulty.near_share: "near values"
    only when all are), `elements` how many things a short answer's points hold, `change` the
    kind of a true/false statement's change (difficulty._CHANGE_SUBTLETY).
    Features `combined` and `similarity` together are a multiple choice's statements."""
    weighed: dict[str, tuple[float, float]] = {f: wv for f, wv in features.items() if f != "depth"}
    if not weighed:
        return _LOW[language]["plain"]
    statements = "combined" in weighed and "similarity" in weighed
    keys: dict[str, str] = {
        f: _key(
            f,
            figure=figure,
            change=change,
            statements=statements,
            easy=level == "easy",
            near=near,
        )
        for f in weighed
    }
    if level == "easy":
        return _easy_reason(weighed, language, keys).format(count=count, elements=elements)
    total = sum(w for w, _ in weighed.values()) or 1.0
    # A feature that is really high comes first, then the one that adds most: 3 true statements
    # beside two flipped modalities (0.35) are medium for the count, not "subtle falses".
    ranked = sorted(
        weighed,
        key=lambda f: (weighed[f][1] < _HIGH_MARK, -weighed[f][0] * weighed[f][1]),
    )
    if level == "medium":
        return _HIGH[language][keys[ranked[0]]].format(count=count, elements=elements)
    named = [ranked[0]]
    second = ranked[1] if len(ranked) > 1 else None
    first_share = weighed[ranked[0]][0] * weighed[ranked[0]][1] / total
    strong = _STRONG[language].get(keys[ranked[0]])
    # The first alone stays short of hard: the second is why, when it is really high, or at all
    # when the first has no strong form (a far figure changed is no "very" anything).
    second_mark = _HIGH_MARK if strong else _LOW_MARK
    if first_share < MEDIUM_BELOW and second is not None and weighed[second][1] >= second_mark:
        named.append(second)
    if len(named) == 1:
        return (strong or _HIGH[language][keys[ranked[0]]]).format(count=count, elements=elements)
    joiner = "；" if language == "zh" else "; "
    return joiner.join(_HIGH[language][keys[f]] for f in named).format(
        count=count, elements=elements
    )
