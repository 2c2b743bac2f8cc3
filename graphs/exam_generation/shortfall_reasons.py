"""Why a slot stayed empty, written for the trainer who asked for the exam.

One cause per reason, in plain words, and what to do about it: every rule on that point is already
tested; the rules left make this type only at another difficulty (ask for that one, unless the
trainer asked for a mix); or they cannot make this type at all (each type needs something of its
own: three wrong options of the answer's kind, four rules under one heading of which two can be
made false, a fair false version, a figure or a role to leave blank, two rules to score).

Slots of one type, level and point are reported together (`summarise`): with one reason, the one
of the most constrained slot (nothing left, before nothing of this type, before only other
levels; fewer rules before more), never two that contradict each other.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Literal

from graphs.exam_generation.check_findings import asks_a_taken_rule, finding, in_trainer_words

# PART_NEEDS is read here by assembly too
from graphs.exam_generation.part_shortfalls import NO_TYPE as _NO_TYPE
from graphs.exam_generation.part_shortfalls import PART_NEEDS as PART_NEEDS
from graphs.exam_generation.part_shortfalls import fewer as _fewer
from graphs.exam_generation.part_shortfalls import one_part, spread
from graphs.exam_generation.part_shortfalls import rule_count as _rules
from graphs.exams import DIFFICULTIES, Difficulty, Language, QuestionType
from graphs.exams import TYPE_NAMES as _TYPE

_LEVEL = {
    "zh": {"easy": "简单", "medium": "中等", "hard": "困难"},
    "en": {"easy": "easy", "medium": "medium", "hard": "hard"},
}
_NEEDS = {
    "zh": {
        "single_choice": "单选题需要三个与答案同类的错误选项（同单位的其他数字、其他岗位或相近的术语），"
        "本生成器为剩余规定找不到能确定为错的这类选项",
        "multiple_choice": "多选题需要同一部分或相邻两部分至少四条未考过、可判断正误的规定，且本生成器能把其中至少一条改成确定错误的说法",
        "true_false": "本生成器无法把这些规定公平地改成错误说法（改数字、换岗位或把“不得”改为“可以”）",
        "fill_blank": "本生成器没能在这些规定中挖出稳妥的空（挖去数字、岗位或关键术语后，题干须仍能单独读懂且答案唯一）",
        "short_answer": "简答题需要同一部分至少两条未考过、含数字、时限或责任人的规定",
    },
    "en": {
        "single_choice": (
            "a single choice needs three wrong options of the same kind as the answer (other "
            "figures in the same unit, other roles, similar terms), and this generator found "
            "none it could be sure are wrong for the rules left"
        ),
        "multiple_choice": (
            "a multiple choice needs four rules no other question uses, under one heading or "
            "two neighbouring ones, at least one of which can be made a plausible false statement"
        ),
        "true_false": (
            "a true/false question needs a fair false version of a rule (another figure, another "
            "role, or 'may' for 'may not'), and this generator could make "
            "none of these rules"
        ),
        "fill_blank": (
            "this generator could not leave a figure, a role or a key term of these rules blank "
            "soundly (with it blanked, the sentence must still read on its own and have one "
            "answer)"
        ),
        "short_answer": (
            "a short answer needs two rules no other question uses under one heading, with "
            "figures, deadlines or people responsible to score"
        ),
    },
}
_NONE_LEFT = {"zh": "都已被其他题目考过", "en": "is already tested by another question"}
_ONLY = {"zh": "只能出", "en": "only make"}
_REPEATED = {
    "zh": "与试卷中已有的题目考同一条规定或泄露其答案",
    "en": "asked a rule another question of this exam already asks, or gave its answer away",
}
HELD = {
    "zh": "被其他题型占用或随后才空出，已没有轮次再写",
    "en": "other types held them when these were written, and no round was left to write them",
}
_SPREAD = {"zh": "个部分还剩", "en": "rules no question uses, and"}
_LEVEL_ADVICE = re.compile(
    r"请改为\S+?难度，或减少该题型数量$|ask for [a-z ]+? difficulty, or fewer .+$"
)
"""The advice to ask for another level: out of place when the trainer asked for a mix."""


def _where(language: Language, point: str | None) -> str:
    if language == "zh":
        return f"“{point}”部分" if point else "材料"
    return f'the part on "{point}"' if point else "the material"


def no_rules(
    language: Language, point: str | None, question_type: QuestionType | None = None
) -> str:
    """The point (or the material) states nothing a question can test, or all of it is used:
    this type's rules (named when given, session 15), in the part the trainer asked for only."""
    where = _where(language, point)
    if language == "zh":
        kind = _TYPE["zh"][question_type] if question_type else "这类题"
        this = kind if question_type else "该题型"
        fewer = "请减少该部分的题量" if point else f"请减少{this}的题量"
        return (
            f"{where}中本生成器能识别、适合出{kind}的规定（数字、时限、职责、必须/不得等）"
            f"{_NONE_LEFT['zh']}；{fewer}，或补充材料"
        )
    named = _TYPE["en"][question_type] if question_type else ""
    kind = f"a {named} question" if named else "this type of question"
    fewer = f"ask for fewer {named or 'such'} questions" if not point else "ask for fewer there"
    return (
        f"every rule in {where} that this generator finds and {kind} can use "
        f"(figures, deadlines, who does what, must/may not) {_NONE_LEFT['en']}; {fewer}, or add "
        "material"
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
        why = "表述直白、数字也不易混淆" if harder else "细节多、数字相近"
        return (
            f"{where}剩余的{rules}条规定{why}，{_ONLY['zh']}{names}难度的"
            f"{_TYPE['zh'][question_type]}，出不了{_LEVEL['zh'][level]}难度的；"
            f"请改为{names}难度，或{_fewer('zh', question_type).removeprefix('请')}"
        )
    names = " or ".join(levels)
    one = rules == 1
    why = "stated plainly" if harder else "detailed, with figures close to others"
    return (
        f"the {_rules(rules)} left in {where} {'is' if one else 'are'} {why}, so "
        f"{'it' if one else 'they'} {_ONLY['en']}{'s' if one else ''} {names} "
        f"{_TYPE['en'][question_type]} questions, not {level} ones; "
        f"ask for {names} difficulty, or {_fewer('en', question_type).removeprefix('ask for ')}"
    )


def cannot_make(
    language: Language,
    question_type: QuestionType,
    point: str | None,
    rules: int,
    parts: tuple[int, ...] | None = None,
) -> str:
    """The rules left cannot make this type at any difficulty. `parts`: for a multi-fact type,
    the most untested rules one part holds, how many parts hold enough, and (when known) how many
    parts the material has."""
    where = _where(language, point)
    if point is None and question_type in PART_NEEDS and parts is not None:
        if parts[2:] == (1,) or rules < PART_NEEDS[question_type]:  # too few in all: say so
            return one_part(language, question_type, parts[0] if parts[2:] == (1,) else rules)
        return spread(language, question_type, parts[0], parts[1])
    if language == "zh":
        return (
            f"{where}剩余的{rules}条规定{_NO_TYPE['zh']}{_TYPE['zh'][question_type]}："
            f"{_NEEDS['zh'][question_type]}；{_fewer('zh', question_type)}"
        )
    return (
        f"the {_rules(rules)} left in {where} {_NO_TYPE['en']} a "
        f"{_TYPE['en'][question_type]} question: {_NEEDS['en'][question_type]}; "
        f"{_fewer('en', question_type)}"
    )


def _rank(reason: str) -> tuple[int, int]:
    """How constrained the slot a reason explains was: nothing left (0) before nothing of this
    type (1) before only repeats (2) before only other levels (3) before a validator's problem
    (4); fewer rules first."""
    count = re.search(r"(\d+)\s*(?:条规定|rules?\b)", reason)
    rules = int(count.group(1)) if count else 0
    # Each rank's marks in both languages: a dict union (_NO_TYPE | _SPREAD) kept only the
    # second's, so "cannot make" ranked as no known kind.
    ranks = (
        (_NONE_LEFT,),
        (_NO_TYPE, _SPREAD),
        (_REPEATED, HELD),
        (_ONLY,),
        (_FAILED,),
    )
    for rank, groups in enumerate(ranks):
        if any(mark in reason for marks in groups for mark in marks.values()):
            return rank, rules
    return 5, rules  # a reason of no known kind: the least telling


def for_mix(reason: str, question_type: QuestionType) -> str:
    """The reason for a slot of a mixed exam: no advice to ask for one level."""
    language: Language = "zh" if "请改为" in reason else "en"
    return _LEVEL_ADVICE.sub(_fewer(language, question_type), reason)


def summarise(reasons: Sequence[str], question_type: QuestionType, mixed: bool) -> str:
    """One reason for slots reported together: the most constrained slot's, or the first two
    distinct problems when the validators rejected what was written."""
    distinct = list(dict.fromkeys(r for r in reasons if r))
    if not distinct:
        return ""
    chosen = min(distinct, key=_rank)
    return for_mix(chosen, question_type) if mixed else chosen


def repeats(language: Language, question_type: QuestionType, point: str | None, rules: int) -> str:
    """The last question of this type written was dropped because it repeated or gave away one
    already in the exam, and no round was left to write another. Not "each rule left repeated
    one": the writer stops at the first rule that makes a question, so the others were not
    tried (the designer of session 7 counted a dozen untested rules under that claim)."""
    where = _where(language, point)
    if language == "zh":
        return (
            f"最后写成的{_TYPE['zh'][question_type]}{_REPEATED['zh']}，重写的轮次已用完"
            f"（{where}还有{rules}条规定未考）；{_fewer('zh', question_type)}"
        )
    return (
        f"the last {_TYPE['en'][question_type]} question written {_REPEATED['en']}, and the "
        f"rounds for writing another ran out ({_rules(rules)} in {where} still untested); "
        f"{_fewer('en', question_type)}"
    )


_FAILED = {"zh": "未通过质量检查", "en": "did not pass the quality checks"}


def failed_checks(
    language: Language,
    question_type: QuestionType,
    point: str | None,
    rules: int,
    findings: Sequence[str],
) -> str:
    """The rules left made questions of this type, and the quality checks rejected each. A
    question refused for asking what another question asks was written on a rule the exam
    uses, not on one of the rules left: "the fill-in questions written on the 3 rules left …
    did not pass (they asked a rule another question already asks)" contradicted itself
    (session 22 end designer D15, m2), so then the note says only that rules are left."""
    where = _where(language, point)
    found = ("；" if language == "zh" else "; ").join(in_trainer_words(language, findings))
    if any(asks_a_taken_rule(f) for f in findings):
        if language == "zh":
            return (
                f"本生成器写成的{_TYPE['zh'][question_type]}{_FAILED['zh']}（{found}）；"
                f"{where}另有{rules}条规定未考，但没能用它们写成通过检查的{_TYPE['zh'][question_type]}；"
                f"{_fewer('zh', question_type)}"
            )
        left = "it" if rules == 1 else "them"
        return (
            f"the {_TYPE['en'][question_type]} questions this generator wrote {_FAILED['en']} "
            f"({found}); {_rules(rules)} in {where} {'is' if rules == 1 else 'are'} still "
            f"untested, but it wrote no {_TYPE['en'][question_type]} question on {left} that "
            f"passes; {_fewer('en', question_type)}"
        )
    if language == "zh":
        return (
            f"用{where}剩余的{rules}条规定写成的{_TYPE['zh'][question_type]}{_FAILED['zh']}"
            f"（{found}）；{_fewer('zh', question_type)}"
        )
    return (
        f"the {_TYPE['en'][question_type]} questions written on the {_rules(rules)} left in "
        f"{where} {_FAILED['en']} ({found}); {_fewer('en', question_type)}"
    )


_OVERLAP = re.compile(r"accepted question")
"""A validator's problem that says the question overlaps one already in the exam."""


def overlaps(problems: Sequence[str]) -> bool:
    """True when every problem is an overlap with an accepted question (`repeats`)."""
    return bool(problems) and all(_OVERLAP.search(p) for p in problems)


Cause = Literal["none_left", "cannot_make", "other_levels", "repeats", "failed_checks"]
_NOTE = "shortfall-note:"


def note(
    language: Language,
    cause: Cause,
    question_type: QuestionType,
    level: Difficulty,
    point: str | None,
    levels: Sequence[Difficulty] = (),
    problems: Sequence[str] = (),
) -> str:
    """A writer's reason, kept as its cause until the exam is assembled: how many rules are left
    untested is known only then (an early round's count, or a rule a rejected question used,
    would contradict another type's reason in the same exam)."""
    fields = {
        "language": language,
        "cause": cause,
        "type": question_type,
        "level": level,
        "point": point,
        "levels": list(levels),
        "problems": list(dict.fromkeys(finding(p) for p in problems))[:2],
    }
    return _NOTE + json.dumps(fields, ensure_ascii=False)


def render(reason: str, left: int, parts: tuple[int, ...] | None = None) -> str:
    """The reason a trainer reads, from a writer's `note` and the rules the final exam leaves
    untested (in the point, when the trainer asked for one): none left says so and asks for
    material; rules left say why they make no question of this type, and the easiest fix (another
    difficulty, or fewer of this type), never "add material". Other reasons pass unchanged."""
    if not reason.startswith(_NOTE):
        return reason
    fields = json.loads(reason.removeprefix(_NOTE))
    language, question_type, point = fields["language"], fields["type"], fields["point"]
    if left == 0:
        return no_rules(language, point, question_type)
    if fields["cause"] == "repeats":
        return repeats(language, question_type, point, left)
    if fields["cause"] == "failed_checks":
        return failed_checks(language, question_type, point, left, fields.get("problems", []))
    if fields["cause"] == "other_levels" and fields["levels"]:
        return other_levels(language, question_type, fields["level"], point, left, fields["levels"])
    return cannot_make(language, question_type, point, left, parts)
