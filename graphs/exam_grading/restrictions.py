"""A rule that restricts who or what, answered with the restriction lifted: the rule turned round.

Two kinds of restriction leave every other word of their rule in an answer that breaks them:
- an exclusive rule ("Only rink marshals may adjust hire skates", 「租鞋柜台仅限刷卡支付」,
  「只有…才可以…」): an answer that widens it to anyone or anything more ("any staff member may
  adjust hire skates", "cash is accepted too", 「任何员工都可以…」, 「也可以用现金支付」) and does
  not restrict it itself (only, just, 只, 仅) says what the rule forbids; so does one that permits
  the point's act with no word of the one the rule restricts it to ("guests can adjust their own
  hire skates", 「顾客可以自己调整租用轮滑鞋」 for only marshals);
- a rule that someone must be accompanied ("Skaters under 8 must be accompanied by an adult",
  「8岁以下儿童须由成人陪同入场」): an answer that lets them go alone ("can skate on their own",
  「可以单独入场」) says the opposite.
scoring_points.py finds the point's words (skaters, under 8; adjust hire skates; accepted, desk)
and credits the point, or calls it missing where the widened act is said in other words; a
teacher marks it wrong (F6's list in session 17, pattern 1). The widening counts only in a clause
that holds a word of this point no other point has: "any questions go to a marshal" of another
rule widens nothing of this one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from graphs.exam_grading.modality import modality
from graphs.exam_grading.point_judgement import PointJudgement
from graphs.exam_grading.point_terms import CLAUSE_BREAK, content_terms, occurrences, term_key
from graphs.exam_grading.scope import negated
from graphs.exam_grading.vocabulary import Vocabulary
from graphs.exams import Language

RESTRICTION_RULE = (
    "A rule that restricts an act to someone or something (only marshals may…, 仅限刷卡支付, "
    "只有店员可以…) is contradicted by an answer that opens it to anyone or anything more "
    "(anyone may, 任何员工都可以, 也可以用现金) or lets someone else do it; a rule that someone must "
    "be accompanied (须由成人陪同, must be accompanied by an adult) is contradicted by an answer "
    "that lets them go alone (可以单独入场, on their own)."
)
"""The rule `restriction_lifted` applies, in words a model judge is told (model_prompt.py)."""
_EXCLUSIVE = {
    "en": re.compile(r"(?<!\bnot )\b(?:only|solely|exclusively)\b", re.IGNORECASE),
    "zh": re.compile(r"只有|只能|只限|只收|只接受|仅限|仅可|仅能|仅接受|唯有"),
}
"""A point that restricts its act to one doer or one thing."""
_WIDENED = {
    "en": re.compile(
        r"\b(?:(?:any|all|every)(?!\s+(?:time|times|day|days|hours?|night|week|year)\b)|anyone|"
        r"anybody|everyone|everybody|whoever|also|too|as well|either|not only|not just)\b",
        re.IGNORECASE,
    ),
    "zh": re.compile(
        r"任何|所有|谁都|都可以|都能|都可|也可以|也能|也可|也收|也接受|均可|皆可|不限"
    ),
}
"""Words that open the act to anyone or anything more."""
_QUANTIFIERS = frozenset({"any", "all", "every", "任何", "所有"})
"""Widening words said of a noun: "every hire desk" widens the desk, not the cards."""
_RESTRICTED = {
    "en": re.compile(r"(?<!\bnot )\b(?:only|just|solely|exclusively)\b", re.IGNORECASE),
    "zh": re.compile(r"只|仅|唯"),
}
"""An answer clause that restricts the act itself widens nothing ("only marshals, not anyone")."""
_ACCOMPANIED = {
    "en": re.compile(
        r"\b(?:accompanied|supervised|escorted)\b|\bwith an? (?:adult|parent|guardian)\b",
        re.IGNORECASE,
    ),
    "zh": re.compile(r"陪同|陪伴|陪着|监护|看护|带领"),
}
"""A point that requires company for someone."""
_ALONE = {
    "en": re.compile(
        r"\b(?:alone|unaccompanied|unsupervised|on (?:their|his|her|your|its) own|"
        r"by (?:themselves|himself|herself|yourself|themself)|"
        r"without (?:an? |any )?(?:adult|parent|guardian|supervision|supervisor))\b",
        re.IGNORECASE,
    ),
    "zh": re.compile(
        r"单独|独自|一个人|无人陪同|无需陪同|不用陪|不需要陪|不必陪|无需大人|不用大人"
    ),
}
"""Words that let the person go with no one."""
_RESTRICTED_TO = {
    "en": re.compile(
        r"(?<!\bnot )\bonly\s+(?:the\s+|a\s+|an\s+)?(?P<who>[^,;.]+?)\s+"
        r"(?:may|can|are|is|must|will|should|be)\b",
        re.IGNORECASE,
    ),
    "zh": re.compile(r"(?:只有|唯有|仅限)(?P<who>[^，,；;。]+?)(?:才|可以|能|方可)"),
}
"""Whom (or what) an exclusive rule restricts its act to: "only rink marshals may", 「只有店员可以」."""


def restriction_lifted(
    judged: PointJudgement,
    answer: str,
    *,
    language: Language,
    vocabulary: Vocabulary,
    others: Sequence[str],
    stem: str,
) -> PointJudgement:
    """`judged` contradicted where the answer widens the point's exclusive rule or lets alone the
    people it says must be accompanied (module doc); `judged` otherwise."""
    if judged.verdict == "contradicted":
        return judged
    point = judged.point
    kinds = [
        (found, lifted, why)
        for found, lifted, why in (
            (_EXCLUSIVE, _WIDENED, "widens to more what the point restricts"),
            (_ACCOMPANIED, _ALONE, "lets alone whom the point says must be accompanied"),
        )
        if found[language].search(point)
    ]
    if not kinds:
        return judged
    if other_doer := _another_permitted(point, answer, language, vocabulary, others):
        return replace(
            judged,
            verdict="contradicted",
            reason=f"lets another do what only {other_doer} may",
            flipped=True,
            named=False,
            figure=None,
            rival=None,
            lacks="",
        )
    written = vocabulary.canonical(point).lower()
    acts = _acts(point, language, vocabulary)
    for clause in _clauses_of_its_own(point, answer, language, vocabulary, others):
        for _, lifted, why in kinds:
            if (
                lifted is _WIDENED
                and acts
                and not any(occurrences(a, clause, language) for a in acts)
            ):
                continue  # "the desk is open all day": not the act the rule restricts
            said = next(
                (
                    m
                    for m in lifted[language].finditer(clause)
                    if not _in(m.group(), written)  # "all desks" of the point itself
                    and not negated(clause, m.start(), m.end(), language)  # 不能单独入场
                    and not (
                        lifted is _WIDENED
                        and _within(clause, m.start(), m.end(), point, language, vocabulary)
                    )
                ),
                None,
            )
            if said and not (lifted is _WIDENED and _RESTRICTED[language].search(clause)):
                return replace(
                    judged,
                    verdict="contradicted",
                    reason=f"{why} ({said.group()})",
                    flipped=True,
                    named=False,
                    figure=None,
                    rival=None,
                    lacks="",
                )
    return judged


def _another_permitted(
    point: str, answer: str, language: Language, vocabulary: Vocabulary, others: Sequence[str]
) -> str | None:
    """Whom the point restricts its act to, where an answer clause of its own act permits the act
    and names none of their words ("guests can adjust their own hire skates" for "Only rink
    marshals may adjust hire skates"); None otherwise."""
    restricted = _RESTRICTED_TO[language].search(vocabulary.canonical(point))
    if restricted is None:
        return None
    who = [t.text for t in content_terms(restricted.group("who"), language, vocabulary)]
    acts = [a for a in _acts(point, language, vocabulary) if a not in restricted.group("who")]
    if not who or not acts:
        return None
    for clause in _clauses_of_its_own(point, answer, language, vocabulary, others):
        if (
            any(occurrences(act, clause, language) for act in acts)
            and modality(clause, language) == "permitted"
            and not any(occurrences(word, clause, language) for word in who)
            and not _RESTRICTED[language].search(clause)
        ):
            return restricted.group("who").strip()
    return None


def _acts(point: str, language: Language, vocabulary: Vocabulary) -> list[str]:
    """The point's acts (adjust, 调整, 支付), its restriction's own words aside (仅限)."""
    return [
        t.text
        for t in content_terms(point, language, vocabulary)
        if t.action and not _EXCLUSIVE[language].fullmatch(t.text)
    ]


def _within(
    clause: str, start: int, end: int, point: str, language: Language, vocabulary: Vocabulary
) -> bool:
    """Whether the widening word at `[start, end)` of `clause` is said of the point's own words:
    "any marshal" of "only rink marshals", "every hire desk" of "only cards … at the hire desk"
    (the words right after it), 「任何引导员都可以」 of 「只有场地引导员可以」 (in Chinese, also the
    one the rule restricts its act to right before 都/也): they widen nothing."""
    after = clause[end : end + 6] if language == "zh" else " ".join(clause[end:].split()[:2])
    restriction = (_EXCLUSIVE[language], _RESTRICTED[language])
    words = [
        t.text
        for t in content_terms(point, language, vocabulary)
        if not any(pattern.fullmatch(t.text) for pattern in restriction)
    ]
    quantifier = clause[start:end].lower() in _QUANTIFIERS  # not "also accepted", 也可以支付
    if quantifier and any(occurrences(word, after, language) for word in words):
        return True
    restricted = _RESTRICTED_TO[language].search(vocabulary.canonical(point))
    if restricted is None:
        return False
    near = clause[max(0, start - 6) : start] if language == "zh" else after
    return any(
        occurrences(t.text, near, language)
        for t in content_terms(restricted.group("who"), language, vocabulary)
    )


def _in(word: str, text: str) -> bool:
    """Whether `word` stands in `text` (lower case), as a whole word in English."""
    return bool(re.search(rf"(?<![a-z]){re.escape(word.lower())}(?![a-z])", text))


def _clauses_of_its_own(
    point: str, answer: str, language: Language, vocabulary: Vocabulary, others: Sequence[str]
) -> list[str]:
    """The answer's clauses (read through the synonym groups) that hold a word of this point no
    other point has, the restriction's own words aside."""
    theirs = {
        term_key(t.text, language)
        for other in others
        for t in content_terms(other, language, vocabulary)
    }
    restriction = (_EXCLUSIVE[language], _ACCOMPANIED[language], _RESTRICTED[language])
    own = [
        t.text
        for t in content_terms(point, language, vocabulary)
        if term_key(t.text, language) not in theirs
        and not any(pattern.fullmatch(t.text) for pattern in restriction)
    ]
    return [
        clause
        for clause in CLAUSE_BREAK.split(vocabulary.canonical(answer))
        if any(occurrences(word, clause, language) for word in own)
    ]
