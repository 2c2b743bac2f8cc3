"""Why a slot stayed empty, written for the trainer who asked for the exam.

One cause per reason, and what to do about it: the material has no rule on that point; the rules
left could make this type only at another difficulty (ask for that one); or they cannot make this
type at all (each type needs something of its own: three options of one kind, four rules under
one heading, a safe false version, a figure or a role to blank, two rules with a topic).
"""

from __future__ import annotations

from graphs.exams import DIFFICULTIES, Difficulty, Language, QuestionType

_TYPE = {
    "zh": {
        "single_choice": "单选题",
        "multiple_choice": "多选题",
        "true_false": "判断题",
        "fill_blank": "填空题",
        "short_answer": "简答题",
    },
    "en": {
        "single_choice": "single-choice",
        "multiple_choice": "multiple-choice",
        "true_false": "true/false",
        "fill_blank": "fill-in",
        "short_answer": "short-answer",
    },
}
_LEVEL = {
    "zh": {"easy": "简单", "medium": "中等", "hard": "困难"},
    "en": {"easy": "easy", "medium": "medium", "hard": "hard"},
}
_NEEDS = {
    "zh": {
        "single_choice": "缺少三个与答案同类的干扰项（同单位的数字、同类岗位或同类术语）",
        "multiple_choice": "同一部分需要至少四条规定才能组成正误陈述",
        "true_false": "没有能安全改写成错误说法的规定（改数字、改“必须/不得”或换同类岗位）",
        "fill_blank": "规定中没有可挖空的数字、岗位或专业术语",
        "short_answer": "同一部分需要至少两条有明确主题的规定",
    },
    "en": {
        "single_choice": "no three options of the key's kind (figures of its unit, roles, terms of its head)",
        "multiple_choice": "a multiple choice needs at least four rules under one heading",
        "true_false": "no rule has a safe false version (a figure, must/may not, a role to change)",
        "fill_blank": "no figure, role or domain term to blank",
        "short_answer": "a short answer needs two rules with a topic under one heading",
    },
}


def _where(language: Language, point: str | None) -> str:
    if language == "zh":
        return f"“{point}”部分" if point else "材料"
    return f'the part on "{point}"' if point else "the material"


def no_rules(language: Language, point: str | None) -> str:
    """The point (or the material) states nothing a question can test, or all of it is used."""
    where = _where(language, point)
    if language == "zh":
        return f"{where}已没有未出题的具体规定（数字、时限、职责、必须/不得等）；请补充材料或减少该部分的题量"
    return (
        f"{where} has no rule left that no other question tests (figures, deadlines, who does "
        "what, must/may not); add material or ask for fewer questions there"
    )


def other_levels(
    language: Language,
    question_type: QuestionType,
    level: Difficulty,
    point: str | None,
    rules: int,
    levels: list[Difficulty],
) -> str:
    """The rules left make this type, but only at other difficulties."""
    where = _where(language, point)
    harder = DIFFICULTIES.index(level) > max(DIFFICULTIES.index(x) for x in levels)
    if language == "zh":
        names = "、".join(_LEVEL["zh"][x] for x in levels)
        why = (
            "这些规定都写在各节开头、数字也不易混淆，做成题偏简单"
            if harder
            else "这些规定细节多、易混淆的数字近，做成题偏难"
        )
        return (
            f"{where}还有{rules}条规定没有被其他题目用到，但{why}，只能出{names}难度的"
            f"{_TYPE['zh'][question_type]}；请改为{names}难度，或补充材料"
        )
    names = " or ".join(levels)
    why = (
        "they are plain rules stated early in their sections, with no close figures to confuse"
        if harder
        else "they are detailed rules with close figures, which make harder questions"
    )
    count = f"{rules} rule{'s' if rules != 1 else ''}"
    return (
        f"{where} has {count} no other question uses, but {why}: they make "
        f"{_TYPE['en'][question_type]} questions only at {names} difficulty, not {level}; "
        f"ask for {names}, or add material"
    )


def cannot_make(
    language: Language, question_type: QuestionType, point: str | None, rules: int
) -> str:
    """The rules left cannot make this type at any difficulty."""
    where = _where(language, point)
    if language == "zh":
        return (
            f"{where}还有{rules}条规定没有被其他题目用到，但出不了{_TYPE['zh'][question_type]}："
            f"{_NEEDS['zh'][question_type]}；请补充材料或减少该题型数量"
        )
    count = f"{rules} rule{'s' if rules != 1 else ''}"
    return (
        f"the {count} in {where} that no other question uses make no "
        f"{_TYPE['en'][question_type]} question: "
        f"{_NEEDS['en'][question_type]}; add material or ask for fewer of this type"
    )
