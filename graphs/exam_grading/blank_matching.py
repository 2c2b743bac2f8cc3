"""Each blank of a fill-in matched as its item prints it (the rules: matching.py).

The item lends each blank what it prints around it: the unit after the blank or the currency or
half-day word before it, the key's currency where the words before the blank ask a sum ("costs
____": a bare 18 is the key's 18 pounds), the bound beside it (blank_frame.py), and the names its own text gives
the key (stated_names.py: 门店负责人（店长）makes 门店负责人 right for 店长 in that question).
Two blanks naming the parties of one joint act (「____须与____共同清点」) may be given in either
order (joint_parties.py), and so may the two ends of one span (「____至____之间」, "between ____ and
____": range_ends.py). The exam's other items show what the material is about, so a compound
key's head said alone is the key where the material is about its modifier (豆子 for 咖啡豆 in a
coffee shop's material: topic_heads.py); a word for the one in charge (老板) or another post is
read against the posts the material names (material_posts.py). Two words of one act of watching
over (看护 for 监护) are one word (watch_acts.py). A key that is a clause (石灰池踏鞋底) is said with
a verb of the same act and a locative (石灰池里踩鞋底), or its place alone earns half where the stem
asks a place (clause_keys.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from graphs.exam_grading.blank_frame import (
    bound_beside_blank,
    currency_before_blank,
    currency_the_blank_asks,
    half_day_before_blank,
    unit_after_blank,
)
from graphs.exam_grading.clause_keys import PLACE_ALONE_CREDIT, clause_match
from graphs.exam_grading.joint_parties import joint_pairs
from graphs.exam_grading.matching import match_blank
from graphs.exam_grading.material_posts import as_the_material_has_it
from graphs.exam_grading.range_ends import range_pairs
from graphs.exam_grading.stated_names import named_alike
from graphs.exam_grading.topic_heads import head_in_topic
from graphs.exam_grading.watch_acts import watch_said_as_key
from graphs.exam_grading.word_answers import BlankMatch
from graphs.exams import Question


def blank_matches(
    question: Question, response: list[str], items: Sequence[str] = ()
) -> list[BlankMatch]:
    """Each blank's match, in order (an unanswered blank is a 0); the two parties of a joint act
    and the two ends of a span are matched the other way round where that earns more. `items`: the exam's items as
    topic_heads.exam_items shows them (none: the material is not known)."""
    given = [response[i] if i < len(response) else "" for i in range(len(question.answer))]
    matches = [_blank_match(question, i, given[i], items) for i in range(len(question.answer))]
    for i in sorted({*joint_pairs(question), *range_pairs(question)}):
        swapped = [
            _blank_match(question, i, given[i + 1], items),
            _blank_match(question, i + 1, given[i], items),
        ]
        if sum(m.credit for m in swapped) > matches[i].credit + matches[i + 1].credit:
            matches[i : i + 2] = swapped
    return matches


def _blank_match(question: Question, i: int, given: str, items: Sequence[str]) -> BlankMatch:
    expected = question.answer[i]
    asked_before, asked_after = currency_the_blank_asks(question.stem, i, expected) or ("", "")

    def matched(answer: str) -> BlankMatch:
        return match_blank(
            answer,
            expected,
            unit_after=unit_after_blank(question.stem, i, expected) or asked_after or None,
            unit_before=currency_before_blank(question.stem, i)
            or half_day_before_blank(question.stem, i)
            or asked_before
            or None,
            frame=bound_beside_blank(question.stem, i),
        )

    match = matched(given)
    watched = watch_said_as_key(given, expected)  # 看护 for 监护: one act (watch_acts.py)
    if match.credit < 1 and watched != given:
        match = max(match, matched(watched), key=lambda m: m.credit)
    clause = clause_match(given, expected, question.stem, i)  # 石灰池里踩鞋底 (clause_keys.py)
    if clause is not None and (clause.credit > match.credit or clause.credit < PLACE_ALONE_CREDIT):
        match = clause
    if match.credit < 1 and named_alike(given, expected, question):
        match = BlankMatch(1.0, f"the material names '{expected}' also '{given}'")
    open_ = match.credit < 1 and not (match.settled and match.credit == 0)  # not ruled wrong
    topic = head_in_topic(given, expected, question, items) if open_ else None
    if topic is not None and topic[0] > match.credit:
        match = BlankMatch(topic[0], topic[1])
    frame = bound_beside_blank(question.stem, i)
    return as_the_material_has_it(match, given, expected, frame, items)
