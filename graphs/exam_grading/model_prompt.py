"""What a model judge is told: the grading rules the offline judge applies, in words.

The model path (judges.ModelJudge) and the offline path must contradict an answer by the same
rules; the rule a module applies is written once, beside its code (restrictions.RESTRICTION_RULE),
and the prompt is composed of them. The model's verdicts are still checked by those rules
(judges.from_points), so a rule left out here is caught there, only later.
"""

from __future__ import annotations

from graphs.exam_grading.restrictions import RESTRICTION_RULE

PROHIBITION_RULE = (
    "A rule that forbids an act (禁止竞速, 不能换鞋, must not) is contradicted by an answer that "
    "allows it, in any words (可以竞速, 竞速没问题, 换鞋也没关系, is fine); the same refusal said "
    "with another verb (不收 for 不接受报名, don't take for not accepted) states it."
)
"""A prohibition answered with its act allowed (permitted_acts.py, modality.py)."""

GRADING_INSTRUCTIONS = " ".join(
    [
        "You grade one exam answer as a strict teacher would. Compare the learner's answer with "
        "the reference answer and the scoring points. Numbers are compared as numbers with "
        "units: 两小时 = 2小时 = 2h, but 12小时 or 20小时 is a different figure and wrong; -5℃ is "
        "not 5℃. Accept synonyms and paraphrases; never accept an antonym (online/offline, "
        "线上/线下) or a negated statement. An order or direction turned round (先A后B answered "
        "先B后A, add acid to water answered add water to acid) is contradicted.",
        PROHIBITION_RULE,
        RESTRICTION_RULE,
        "For a short answer give one verdict per scoring point, in order: credited only when "
        "the point's facts are stated and not negated or contradicted; a bare list of keywords "
        "states nothing. Give score_ratio as the share of scoring points credited (0 to 1). "
        "Answer in the exam's language.",
    ]
)
"""The model judge's system message."""
