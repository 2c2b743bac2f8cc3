"""A false statement must stay false for the special cases the material states elsewhere.

The offline writer makes no flipped or relaxed rule, nor a figure changed to a special case's own,
where the material sets its own terms for the rule in another sentence (false_statements.py,
graphs/text/special_cases.py). `check_special_cases_kept` holds a model's items to the same: a
true/false item keyed false, or a multiple choice's wrong option, that turns the rule's modality
(「广告时长可以超过10分钟」 against 「不得超过10分钟」 and 「包场活动可以延长广告时长至20分钟」) or
states the special case's figure is true for that case, and its key is wrong (session 22 end
designer D15, m1 q6/q7, m3 q5).
"""

from __future__ import annotations

from graphs.exam_generation.prose import statement_of
from graphs.exam_generation.substance import source_sentence
from graphs.exams import Language, Question
from graphs.text.quantities import quantities_of, same_quantity
from graphs.text.special_cases import denying, granting, special_case


def _true_of_case(statement: str, source: str, material: str, language: Language) -> str | None:
    """The special case that makes `statement` (a change of `source`) true, or None."""
    case = special_case(source, source, material, language)
    if case is None:
        return None
    zh = language == "zh"
    if (granting(statement, zh) and not granting(source, zh)) or (
        denying(statement, zh) and not denying(source, zh)
    ):
        return case  # the modality turned: 不得 -> 可以, must -> need not
    theirs = [q for q in quantities_of(case) if q.unit is not None]
    ours = quantities_of(source)
    for quantity in quantities_of(statement):
        if any(same_quantity(quantity, q) for q in theirs) and not any(
            same_quantity(quantity, q) for q in ours
        ):
            return case
    return None


def check_special_cases_kept(question: Question, material: str, language: Language) -> list[str]:
    """No statement keyed false is true of a special case the material states elsewhere."""
    if question.type == "true_false" and question.answer == ["false"]:
        statements = [(statement_of(question.stem), question.source_quote)]
    elif question.type == "multiple_choice":
        statements = [
            (o.text, source_sentence(o.text, material) or "")
            for o in question.options
            if o.key not in question.answer
        ]
    else:
        return []
    problems = []
    for statement, source in statements:
        if not source or statement.strip() == source.strip():
            continue
        case = _true_of_case(statement, source, material, language)
        if case is not None:
            problems.append(
                f"{statement[:50]!r} is keyed false, but the material's special case "
                f"{case[:50]!r} makes it true for that case; state the rule's general scope "
                "or change a figure to a value no case has"
            )
    return problems
