"""Why a question is easy, medium or hard, in a trainer's words, from the features that rated it.

`difficulty.py` rates a question from weighted features (depth, similarity, combined, length,
figures, change). The reason names the feature that decided the level: for a medium or hard
question the one that adds most to the score (难：需结合3条规定, "hard: the wrong options are near
values"); for an easy one the heaviest feature that stayed low (易：原文直接给出, "easy: one
blank"). It is a short phrase, shown beside 易/中/难 in the trainer's view (api/cli/render.py).
"""

from __future__ import annotations

from typing import Literal

from graphs.exams import Difficulty, Language

Feature = Literal["depth", "similarity", "combined", "blanks", "length", "figures", "change"]

_HIGH: dict[Language, dict[str, str]] = {
    "zh": {
        "depth": "规定在该部分靠后，不是开头几条",
        "similarity": "干扰项与答案相近",
        "similarity_figure": "干扰项为相近数值",
        "combined": "需结合{count}条规定",
        "blanks": "有{count}个空",
        "length": "句子较长",
        "figures": "须准确写出数字",
        "change_swap": "改动为同类术语互换，不易察觉",
        "change_figure": "改动为相近数字，须记准原数",
        "change_modality": "改动为必须/不得互换",
        "change_verbatim_figure": "须记准原文数字",
        "change_verbatim": "原文直接给出",
    },
    "en": {
        "depth": "the rule stands late in its section",
        "similarity": "the wrong options are close to the key",
        "similarity_figure": "the wrong options are near values",
        "combined": "combines {count} rules",
        "blanks": "{count} blanks",
        "length": "a long sentence to read",
        "figures": "an exact figure to recall",
        "change_swap": "a term swapped for one of its kind",
        "change_figure": "a figure changed to a near value",
        "change_modality": "must and must not swapped",
        "change_verbatim_figure": "its figure must be remembered exactly",
        "change_verbatim": "stated as the material says it",
    },
}
_LOW: dict[Language, dict[str, str]] = {
    "zh": {
        "depth": "规定在该部分开头",
        "similarity": "干扰项与答案差别明显",
        "combined": "只需{count}条规定",
        "blanks": "只有一个空",
        "length": "句子简短",
        "figures": "空处不是数字",
        "change_verbatim": "原文直接给出",
    },
    "en": {
        "depth": "the rule opens its section",
        "similarity": "the wrong options are far from the key",
        "combined": "only {count} rules",
        "blanks": "one blank",
        "length": "a short sentence",
        "figures": "no figure to recall",
        "change_verbatim": "stated as the material says it",
    },
}


def difficulty_reason(
    level: Difficulty,
    features: dict[Feature, tuple[float, float]],
    language: Language,
    *,
    count: int = 1,
    figure: bool = False,
    change: str = "",
) -> str:
    """The reason for `level`: `features` maps each feature to (its weight, its 0-1 value) as the
    score used them; `count` is how many rules or blanks it combines, `figure` whether the key is
    a figure, `change` the kind of a true/false statement's change (difficulty._CHANGE_SUBTLETY)."""
    if level == "easy":
        name = max(features, key=lambda f: features[f][0] * (1 - features[f][1]))
    else:
        name = max(features, key=lambda f: features[f][0] * features[f][1])
    key: str = name
    if name == "change":
        key = f"change_{change}"
    elif name == "similarity" and figure and level != "easy":
        key = "similarity_figure"
    table = (_HIGH if level != "easy" else _LOW)[language]
    words = table.get(key) or _HIGH[language].get(key) or table["depth"]
    return words.format(count=count)
