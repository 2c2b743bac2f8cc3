"""A scoring point of several rules, one of them stated whole and none contradicted: half of it.

An exam may put two rules in one point ("门店须在24小时内回复顾客，并在48小时内将投诉…上报品控专员";
"Cash in a till must never exceed 1,000 dollars. When it does, … a cash drop … within 10
minutes"). An answer that states one of them, figure and all, is not "missing" the point: a
teacher gives part of it. Its rules are its clauses with a modal word, an obligation or a figure
of its own, a condition read with the rule after it (point_rule_clauses.py).
Each rule is judged as a point of its own (scoring_points.judge_point, the point's other rules
among the question's other points, so words they share state neither); one rule with a figure
credited and none contradicted makes the point partial (PARTIAL_CREDIT). Read rule by rule, a point credited as a
whole is contradicted when a rule's figure is given another value where that rule stands: "投诉须
在48小时内回复顾客，24小时内上报" swaps the two deadlines of "24小时内回复顾客，并在48小时内…上报". A rule without a figure
is not enough: "不能在电话里判断度数" said beside "但可以在电话中推荐度数" is no fact of it stated.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from graphs.exam_grading.figure_subjects import counts_another_thing
from graphs.exam_grading.figure_words import figures_for_words
from graphs.exam_grading.figures import Figure, figures_of
from graphs.exam_grading.figures_in_part import some_figures_given
from graphs.exam_grading.limits import describes_a_noun
from graphs.exam_grading.modality import modality
from graphs.exam_grading.point_claims import unasked_claims
from graphs.exam_grading.point_judgement import PARTIAL_CREDIT, PointJudgement
from graphs.exam_grading.point_notes import spoken
from graphs.exam_grading.point_places import within_longer_terms_masked
from graphs.exam_grading.point_rule_clauses import JOINER, RULE_BREAK, rules_of
from graphs.exam_grading.point_terms import CLAUSE_BREAK, content_terms, occurrences
from graphs.exam_grading.scoring_points import judge_point
from graphs.exam_grading.stated_limits import states_a_limit
from graphs.exam_grading.vocabulary import Vocabulary, default_vocabulary
from graphs.exams import Language
from graphs.text.day_words import SAME_DAY


def partly_stated(
    judged: PointJudgement,
    answer: str,
    *,
    language: Language,
    vocabulary: Vocabulary,
    others: Sequence[str],
    stem: str,
) -> PointJudgement:
    """`judged` made partial when the point it missed holds several rules and the answer states
    one of them whole, contradicting none; made contradicted when the point it credited holds
    several rules and the answer gives one of them another rule's figure (deadlines swapped);
    `judged` otherwise."""
    wrong_figure = judged.verdict == "contradicted" and judged.wrong_figure
    if judged.verdict not in ("missing", "credited") and not wrong_figure:
        return judged
    clauses = [c.strip() for c in RULE_BREAK.split(judged.point) if c.strip()]
    if judged.verdict == "credited" and (
        allowed := len(clauses) > 1
        and _permitted_instead(clauses, others, answer, language, vocabulary)
    ):
        return PointJudgement(
            judged.point, "contradicted", f"permits what it forbids: {allowed}", flipped=True
        )
    rules = rules_of(judged.point, language, duties=True)
    if len(rules) < 2:  # one rule of several figures, told with some of them: part of it
        return some_figures_given(
            judged, answer, language=language, vocabulary=vocabulary, others=others
        )
    duties = len(rules) > len(rules_of(judged.point, language))
    verdicts = [
        judge_point(
            rule,
            answer,
            language=language,
            vocabulary=vocabulary,
            others=[*others, *(r for r in rules if r != rule)],
            stem=stem,
        )
        for rule in rules
    ]
    if judged.verdict == "credited":
        own = figures_of(judged.point, language, in_point=True)
        unasked = unasked_claims(judged.point, stem, language)
        wrong = [  # another rule's figure where this rule stands: a swap, not a stray figure
            v
            for v in verdicts
            if v.wrong_figure
            and v.rival is not None
            and any(f.matches(v.rival) for f in own)
            and not any(v.point in claim for claim in unasked)  # a rule the stem never asks
        ]
        if wrong:
            return replace(wrong[0], point=judged.point)
        return _figure_rule_alone(
            judged, verdicts, language, answer, vocabulary, others, duties=duties
        )
    told_wrong = [v for v in verdicts if v.verdict == "contradicted"]
    # A rule without a figure stated whole ("营业员不得夸大疗效" of "…不得夸大疗效，不得说包治") is
    # part of the point too, where no rule of it is told wrong and no permission stands beside it.
    stated = [
        v.point
        for v in verdicts
        if v.verdict == "credited"
        and (
            figures_of(v.point, language, in_point=True)
            or SAME_DAY.search(v.point)  # 当天录入: a deadline, a figure of its own
            or (not told_wrong and _said_plainly(v.point, answer, language, vocabulary))
        )
        and not (duties and duty_of_another_point(v.point, judged.point, others, answer, language))
    ]
    topical = [v for v in verdicts if v.verdict == "partial" and v.figure is not None]
    if not stated and topical and not told_wrong and judged.verdict == "missing":
        # a rule whose topic is there without one of its figures: 乳儿班每班不超过10人 for
        # 乳儿班（6至12个月）每班不超过10人，…之比不低于1:3 is part of it, not nothing
        return _one_rule_topical(topical[0], judged.point, answer, language)
    if not stated or (told_wrong and not all(v.wrong_figure for v in told_wrong)):
        return judged
    if wrong_figure and not told_wrong:
        return judged  # the point's wrong figure belongs to no one rule: the point is wrong
    figure, rival = _told_wrong(told_wrong, judged.point, answer, language, vocabulary)
    if told_wrong and rival is None:
        return judged  # the rules' figures swapped, none given a value of its own
    left_out = [v.point for v in verdicts if v.verdict == "missing"]
    return PointJudgement(
        judged.point,
        "partial",
        f"states {len(stated)} of its {len(rules)} rules ({'; '.join(stated)})"
        + (
            f"; gives {rival.describe()} where it says {figure.describe()}"
            if rival and figure
            else ""
        ),
        named=True,
        figure=figure,
        rival=rival,
        lacks=JOINER[language].join(left_out),
    )


def _one_rule_topical(
    rule: PointJudgement, point: str, answer: str, language: Language
) -> PointJudgement:
    """The point partial on one rule's topic without its figure: the note names every figure of
    the point the answer leaves out (缺少：7天、4小时, not 缺少：4小时 where 7天 is missing too), and
    each figure left out beyond the first halves the credit again: the topic alone of a point of
    several figures is a small part of it (session 20 end designer D13, m1 #17)."""
    wanted = figures_of(point, language, in_point=True)
    given = figures_of(figures_for_words(answer), language)
    left = [f for f in wanted if not any(f.matches(g) for g in given)]
    shown = list(dict.fromkeys(spoken(f, language) for f in left))
    figure = rule.figure if rule.figure is not None else (left[0] if left else None)
    if figure is not None and len(shown) > 1:
        figure = replace(figure, said=("、" if language == "zh" else ", ").join(shown))
    return replace(
        rule,
        point=point,
        reason="one rule, " + rule.reason,
        figure=figure,
        part=PARTIAL_CREDIT / 2 ** (len(shown) - 1) if len(shown) > 1 else None,
    )


def duty_of_another_point(
    rule: str, point: str, others: Sequence[str], answer: str, language: Language
) -> bool:
    """Whether every answer clause holding a word of `rule` (one duty of `point`) holds a word
    only another point of the question has: 「菜单上含有…过敏原的菜品须用标识注明」 names the
    dishes of the no-promise rule, not the order slip of 「须在点菜单上标注“过敏”字样，并…」."""
    vocabulary = default_vocabulary()
    mine = {t.text for t in content_terms(point, language, vocabulary)}
    theirs = {t.text for o in others for t in content_terms(o, language, vocabulary)} - mine
    words = [t.text for t in content_terms(rule, language, vocabulary)]
    holding = [
        clause
        for clause in CLAUSE_BREAK.split(vocabulary.canonical(answer))
        if any(occurrences(w, clause, language) for w in words)
    ]
    return bool(holding) and all(
        any(occurrences(w, clause, language) for w in theirs) for clause in holding
    )


_SENTENCE = re.compile(r"[。！？!?；;\n]|\.(?=\s|$)")


def _said_plainly(rule: str, answer: str, language: Language, vocabulary: Vocabulary) -> bool:
    """Whether the sentences of the answer that hold two of the rule's words permit nothing: "不可以判断
    度数，但可以推荐度数" and "可以让朋友代办挂失" turn the rule they name round in the same breath."""
    terms = content_terms(rule, language, vocabulary)
    canonical = vocabulary.canonical(answer)
    return not any(
        modality(clause, language) == "permitted"
        for sentence in _SENTENCE.split(canonical)
        if sum(bool(occurrences(t.text, sentence, language)) for t in terms) >= 2
        for clause in CLAUSE_BREAK.split(sentence)
    )


def _figure_rule_alone(
    judged: PointJudgement,
    verdicts: list[PointJudgement],
    language: Language,
    answer: str,
    vocabulary: Vocabulary,
    others: Sequence[str],
    *,
    duties: bool = False,
) -> PointJudgement:
    """`judged` (credited as a whole) made partial when only its rules with a figure are stated
    and a rule without one is missing: 「刀片每3个月换一次」 for 「断电清洁后才能换刀片，刀片每3个月换
    一次」 leaves the safety rule out, though the figure and the shared words are all there. A
    figure that describes a noun (过期超过30天的宠物) is no rule stated, and a rule the answer names
    (two of its words) is not left out."""
    stated = [
        v.point
        for v in verdicts
        if v.verdict == "credited"
        and (
            any(
                not describes_a_noun(v.point, f.written)
                for f in figures_of(v.point, language, in_point=True)
            )
            # a rule without a figure, said plainly: "收银员不能透露消费记录" of "不得透露消费记录，
            # 不得拍照留存证件" leaves the second rule out, though the shared words are there
            or (
                not figures_of(v.point, language, in_point=True)
                and _said_plainly(v.point, answer, language, vocabulary)
            )
        )
    ]
    plain = not any(figures_of(v, language, in_point=True) for v in stated)
    left_out = [
        v.point
        for v in verdicts
        if v.verdict == "missing"
        and not v.named
        and not figures_of(v.point, language, in_point=True)
    ]
    # a rule left out leaves no word of its own in the answer (门店 of 门店不得为其配镜); nor does
    # a second duty (并拍照留存证据 said 并拍照留证)
    if plain or duties:
        left_out = [
            r
            for r in left_out
            if not _traced(r, stated, others, answer, language, vocabulary)
            and not _restates(r, stated, language, vocabulary)
        ]
    if not stated or not left_out:
        return judged
    return PointJudgement(
        judged.point,
        "partial",
        f"states {len(stated)} of its {len(verdicts)} rules ({'; '.join(stated)})",
        named=True,
        lacks=JOINER[language].join(left_out),
    )


def _permitted_instead(
    rules: list[str],
    others: Sequence[str],
    answer: str,
    language: Language,
    vocabulary: Vocabulary,
) -> str:
    """A forbidden clause of the point (`rules`: its clauses) whose own word (one no other rule of the point has) the answer says in a
    clause that permits it: "不能贬低其他车型，但可以说我们的车是最好的" for "不得贬低其他车型，不得宣称
    本店车型是最好的" turns the second rule round; "" if none."""
    canonical = vocabulary.canonical(answer)
    clauses = [
        c
        for c in RULE_BREAK.split(canonical)
        if modality(c, language) == "permitted" and not states_a_limit(c, language)  # 只能: a limit
    ]
    for rule in rules:
        if modality(rule, language) != "forbidden":
            continue
        theirs = {
            t.text
            for r in [*others, *(r for r in rules if r != rule)]
            for t in content_terms(r, language, vocabulary)
        }
        own = [t.text for t in content_terms(rule, language, vocabulary) if t.text not in theirs]
        if any(occurrences(word, c, language) for word in own for c in clauses):
            return rule
    return ""


def _traced(
    rule: str,
    stated: list[str],
    others: Sequence[str],
    answer: str,
    language: Language,
    vocabulary: Vocabulary,
) -> bool:
    """The answer holds a word of `rule` that none of the `stated` rules has, not inside a longer
    word of the question's other points (证件 inside 身份证件)."""
    theirs = {t.text for s in stated for t in content_terms(s, language, vocabulary)}
    longer = {t.text for o in others for t in content_terms(o, language, vocabulary)}
    canonical = vocabulary.canonical(answer)
    return any(
        occurrences(t.text, within_longer_terms_masked(t, canonical, longer), language)
        for t in content_terms(rule, language, vocabulary)
        if t.text not in theirs
    )


def _restates(rule: str, stated: list[str], language: Language, vocabulary: Vocabulary) -> bool:
    """`rule` forbids the opposite of what a stated rule requires: "不得随意开启" beside "冷库门须
    保持关闭", "must not be opened" beside "must be kept closed", the same rule said twice."""
    if modality(rule, language) != "forbidden":
        return False
    said, told = vocabulary.canonical(rule), vocabulary.canonical(" ".join(stated))

    def holds(text: str, word: str) -> bool:
        return bool(occurrences(word, text, language)) if language == "en" else word in text

    return any(
        (holds(told, a) and holds(said, b)) or (holds(told, b) and holds(said, a))
        for pair in vocabulary.antonyms
        if not any(modality(word, language) for word in pair)  # must / must not: no act
        for a, b in [(vocabulary.canonical(pair[0]), vocabulary.canonical(pair[1]))]
        if a not in b and b not in a
    )


def _told_wrong(
    told_wrong: list[PointJudgement],
    point: str,
    answer: str,
    language: Language,
    vocabulary: Vocabulary,
) -> tuple[Figure | None, Figure | None]:
    """The figure of a rule told wrong and the answer's value for it: a value that is none of the
    point's figures (a rule read alone may take another rule's right figure for its rival)."""
    own = figures_of(point, language, in_point=True)
    given = figures_of(answer, language)
    for verdict in told_wrong:
        wanted = verdict.figure
        if wanted is None:
            continue
        for figure in given:
            if (
                wanted.rivals(figure)
                and not any(f.matches(figure) for f in own)
                and not counts_another_thing(point, own, answer, figure, language, vocabulary)
            ):
                return wanted, figure  # 一个大人 is no value of 2名儿童
    return None, None
