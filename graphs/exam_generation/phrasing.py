"""The fixed wording around questions (instructions, explanation frames) in Chinese and English.

Only the frame is fixed; every stem, option, answer and quote comes from the material.
"""

from __future__ import annotations

from graphs.exams import Language

PHRASES: dict[Language, dict[str, str]] = {
    "zh": {
        "choice_blank": "（    ）",
        "single_stem": "根据课程材料，选择最恰当的一项填入括号：{sentence}",
        "multiple_stem": "根据课程材料，以下哪些选项应填入括号（多选）：{sentence}",
        "statements_stem": "关于“{point}”，以下说法符合课程材料的是（多选）：",
        "statements_stem_two": "关于“{first}”和“{second}”，以下说法符合课程材料的是（多选）：",
        "two_points": "{first}、{second}",
        "true_false_stem": "判断正误：{statement}",
        "fill_stem": "填空：{sentence}",
        "short_stem": "根据课程材料“{point}”部分，回答下列问题：{asks}",
        "short_stem_whole": "根据课程材料，回答下列问题：{asks}",
        "short_stem_section": "课程材料“{point}”部分有哪些规定？请写出全部{count}条{hint}。",
        "short_stem_subject": "关于{subject}，课程材料有哪些规定？请写出全部{count}条{hint}。",
        "short_stem_faq": "{asker}问：“{question}”按课程材料应如何回答？请写出全部{count}条规定{hint}。",
        "source": "原文：“{quote}”",
        "false_because": "原文：“{quote}”，题干将“{original}”改成了“{changed}”。",
        "true_because": "题干与原文一致：“{quote}”",
        "title": "{name}测验",
        "title_default": "课程测验",
    },
    "en": {
        "choice_blank": "(    )",
        "single_stem": "According to the course material, which option fits the brackets? {sentence}",
        "multiple_stem": "According to the course material, which options fit the brackets (choose all that apply)? {sentence}",
        "statements_stem": 'Which statements about "{point}" agree with the course material (choose all that apply)?',
        "statements_stem_two": 'Which statements about "{first}" and "{second}" agree with the course material (choose all that apply)?',
        "two_points": "{first}; {second}",
        "true_false_stem": "True or false: {statement}",
        "fill_stem": "Fill in the blank: {sentence}",
        "short_stem": 'Under "{point}" in the course material, answer: {asks}',
        "short_stem_whole": "Using the course material, answer: {asks}",
        "short_stem_section": 'What are the rules under "{point}" in the course material? Give all {count}{hint}.',
        "short_stem_subject": "What are the course material's rules on {subject}? Give all {count}{hint}.",
        "short_stem_faq": 'A {asker} asks: "{question}" How does the course material answer? Give {count} rules{hint}.',
        "source": 'The material says: "{quote}"',
        "false_because": 'The material says: "{quote}"; the statement changes "{original}" to "{changed}".',
        "true_because": 'The statement matches the material: "{quote}"',
        "title": "Quiz: {name}",
        "title_default": "Course quiz",
    },
}


def phrase(language: Language, key: str, **values: str) -> str:
    """A frame in the given language, filled in."""
    return PHRASES[language][key].format(**values)
