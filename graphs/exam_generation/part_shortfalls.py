"""Why a multi-fact type (a multiple choice, a short answer) fell short, told by part.

Both rest on several rules, so a material-wide count ("31 rules left") says nothing: what counts
is how the rules left lie under the headings. A short answer asks two rules of one heading; a
multiple choice takes four statements from one heading, two neighbouring ones or the whole
material (choice_builders), so its reason never says "needs 4 under one heading" beside a
delivered one that did otherwise (session 21 end designer D14, m2).
"""

from __future__ import annotations

from graphs.exams import TYPE_NAMES as _TYPE
from graphs.exams import Language, QuestionType

NO_TYPE = {"zh": "出不了", "en": "cannot make"}


def rule_count(count: int) -> str:
    """ "1 rule", "3 rules"."""
    return f"{count} rule{'s' if count != 1 else ''}"


def fewer(language: Language, question_type: QuestionType) -> str:
    """「请减少该题型数量」, "ask for fewer multiple-choice questions": what the trainer can do."""
    # Rules are left: more material is not what is missing, fewer questions of this type are.
    if language == "zh":
        return "请减少该题型数量"
    return f"ask for fewer {_TYPE['en'][question_type]} questions"


PART_NEEDS = {"multiple_choice": 4, "short_answer": 2}
"""Untested rules one part must hold for a question of a multi-fact type."""


_PART_FAILS = {
    "zh": {
        "multiple_choice": "本生成器无法用这些规定写成公平的选项组（至少两条照原文为正确项，一条改成确定错误的说法，且不能让学员单凭有无数字分出对错）",
        "short_answer": "本生成器没能用其中的规定写成通过质量检查的简答题（简答题要两条问的不是同一件事、各有阅卷时可逐项核对的内容，如数字、时限或负责人）",
    },
    "en": {
        "multiple_choice": (
            "this generator could not make a fair set of statements from them (at least two "
            "stated as written, one changed so that it is clearly false, and the false ones not "
            "recognisable just by having a figure or lacking one)"
        ),
        "short_answer": "this generator could not write a short-answer question of them that "
        "passes its checks (two rules on different things, each with something a marker can "
        "check, such as a figure, a deadline or who is responsible)",
    },
}
"""Why a part's rules made no multi-fact question, in a trainer's words (session 18 end D11)."""


def one_part(language: Language, question_type: QuestionType, left: int) -> str:
    """A multi-fact type's reason on a material of one part (a list of rules under its title, a
    Q:/A: FAQ): "spread over the parts, at most 3 in each" was false of it (gas station
    procedure, one list of 10 rules). The count is said of the whole material, which is true of
    both: "the material has no sections" / 「材料不分部分」 was false of an FAQ, whose entries are
    its units (session 14, issue 11)."""
    need = PART_NEEDS[question_type]
    if left >= need:
        # Rules enough are left: "only 1 heading still has 4 rules" of a material with no
        # headings (a Q:/A: FAQ, a numbered procedure) spoke of parts it has not.
        if language == "zh":
            return (
                f"按整份材料计，还有{left}条其他题目未考的规定，但"
                f"{_PART_FAILS['zh'][question_type]}，出不了{_TYPE['zh'][question_type]}；"
                f"{fewer('zh', question_type)}"
            )
        return (
            f"across the whole material, {rule_count(left)} no other question uses "
            f"{'is' if left == 1 else 'are'} left, but {_PART_FAILS['en'][question_type]}, so "
            f"this generator {NO_TYPE['en']} a {_TYPE['en'][question_type]} question of them; "
            f"{fewer('en', question_type)}"
        )
    if language == "zh":
        return (
            f"按整份材料计，只剩{left}条其他题目未考的规定，而一道{_TYPE['zh'][question_type]}"
            f"需要至少{need}条；{fewer('zh', question_type)}"
        )
    return (
        f"across the whole material, only {rule_count(left)} no other question uses "
        f"{'is' if left == 1 else 'are'} left, while a {_TYPE['en'][question_type]} question "
        f"needs {need}; {fewer('en', question_type)}"
    )


def spread(language: Language, question_type: QuestionType, most: int, parts: int) -> str:
    """A multi-fact type's reason told by part: the material-wide count would say "31 rules left"
    of a type that needs them under one heading, which another run on the same material (that
    used other rules first) contradicts."""
    need = PART_NEEDS[question_type]
    if parts:
        if language == "zh":
            return (
                f"只有{parts}个部分还剩{need}条以上未考的规定，"
                f"{_PART_FAILS['zh'][question_type]}，出不了{_TYPE['zh'][question_type]}；"
                f"{fewer('zh', question_type)}"
            )
        return (
            f"only {parts} heading{'s' if parts != 1 else ''} still "
            f"{'have' if parts != 1 else 'has'} {need} rules no question uses, and "
            f"{_PART_FAILS['en'][question_type]}, so they make no {_TYPE['en'][question_type]} "
            f"question; {fewer('en', question_type)}"
        )
    if question_type == "multiple_choice":
        return _WIDE_FAILS[language].format(most=most, fewer=fewer(language, question_type))
    if language == "zh":
        return (
            f"剩余未考的规定分散在各部分，每部分最多{most}条，而一道{_TYPE['zh'][question_type]}"
            f"需要同一部分至少{need}条未考过的规定（其他题目已用掉这些部分的规定）；"
            f"{fewer('zh', question_type)}"
        )
    return (
        f"the rules no question uses yet are spread over the material, at most {most} under one "
        f"heading, and a {_TYPE['en'][question_type]} question needs {need} under one heading "
        f"(other questions use the rest); {fewer('en', question_type)}"
    )


_WIDE_FAILS = {
    "zh": "剩余未考的规定分散在各部分，每部分最多{most}条；本生成器在同一部分、相邻两部分和全文中"
    "都没能用这些规定写成公平的多选题选项组（四条说法，至少一条能改成确定错误的说法）；{fewer}",
    "en": "the rules no question uses yet are spread over the material, at most {most} under one "
    "heading, and this generator could not make a fair set of four statements of them under one "
    "heading, two neighbouring headings or across the material (at least one made surely "
    "false); {fewer}",
}
"""A multiple choice takes two neighbouring headings or the whole material too: "needs 4 under
one heading" beside a delivered one that did not was an excuse (session 21 end designer D14)."""
