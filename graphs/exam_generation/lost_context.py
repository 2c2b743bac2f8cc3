"""Statements that lost their context when lifted out of the material: what the learner judges
must say who does what, or what it is about.

    check_context_kept  a statement to judge (a true/false item, a multiple choice's option) that
                        is an order with no subject ("Do not modify the motor (assist limit
                        25 km/h).", "Never leave the bike charging …"), a label and its value
                        ("Refund: within 10 business days of an undamaged return.": refund of
                        what?), or, in any item, 此 + a noun the statement never named
                        (「…不受此限额限制」: which limit?), or a period the
                        sentence before defined (「期间查出违章的，…」, graphs/text/
                        period_anaphors.py), or someone told, informed or
                        notified of nothing it names ("The owner is told at pick-up"), a
                        count of things it does not list ("until all four are received",
                        「三项齐全后」) or a finding with no subject (「经查属于…的」,
                        graphs/text/unstated_referents.py), or a Chinese act with its
                        object left to the sentence before (「只有持证员工才能重新开启」,
                        graphs/text/elided_objects.py; a cloze prints that sentence,
                        graphs/exam_generation/blank_context.py), or a Chinese clause
                        that opens on a difference or a distance of what the clause before
                        named (「差额超过（    ）须当场上报」: of what, when?; 「距加油机不少于
                        0.6米」: what must be that far?) or on a place's deadline with no
                        one bound to it (「城区48小时内上门」), or on a case of nothing named
                        with a must of no one (「低于1500元的，须调整货品结构」: what is
                        below, who adjusts?), or a Chinese clause that only crosses a
                        threshold (「任何时候窑温超过设定值30℃以上」, `bare_case`: what
                        then?), or an English statement
                        that opens on a span of time it never says runs from what ("After
                        40 minutes the booking is cancelled.", "Within 14 days we keep the
                        deposit.", `after_a_span`; 「10天内我们扣留定金」, `zh_bare_span`)

"Free food for anyone else …", "For the lunch window that means 10:15." and 「顾客明确拒绝后，不得
再次推荐」 leave whom, which rule or what to the sentence before (graphs/text/left_referents.py;
session 22 end designer D15).

An order is no statement a learner can mark true or false: it says nobody does anything. "To
cancel, email notice …" (an FAQ order stated with its purpose, graphs/text/faq_answers.py) names
what it is for and passes. The offline writer plans no statement on such a fact (`lost_context`);
these rules hold a model's items to the same (session 11 designer D3, m2 #6 and #9, m3 #4B).
"""

from __future__ import annotations

import re

from graphs.exam_generation.prose import statement_of
from graphs.exam_generation.relative_cases import relative_case
from graphs.exams import Language, Question
from graphs.text.elided_objects import zh_object_elided
from graphs.text.imperatives import is_imperative
from graphs.text.left_referents import left_referent
from graphs.text.order_outcomes import truism_order
from graphs.text.period_anaphors import opens_on_defined_period
from graphs.text.unstated_referents import referent_elsewhere, tells_nothing
from graphs.text.word_class import en_verb_lemma, en_word_classes

_EN_ORDER = re.compile(r"^\s*(?:do not|don't|never|always|please)\s+[a-z]", re.IGNORECASE)
"""An order by its opening word ("Do not modify …", "Never leave …", "Always lock …")."""
_EN_LABEL = re.compile(
    r"^\s*[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}:\s+"
    r"(?:within|after|before|by|until|up to|from|on|at|for|in|no later than|no more than|"
    r"at least|at most|only)\b(?P<rest>[^.;]*)",
)
"""A label and a phrase of time or amount ("Refund: within 10 business days of …")."""
_EN_FINITE = re.compile(
    r"\b(?:must|may|might|can|cannot|could|should|shall|will|would|is|are|was|were|has|have)\b",
    re.IGNORECASE,
)
_ZH_THIS = re.compile(
    r"(?<![彼因如])此(?![外前后时])(?P<noun>[\u4e00-\u9fff]{2}|[\u4e00-\u9fff](?=[。；;，,]|$))"
)
"""此 before a noun (此限额, 此规定, 此值 at a clause's end), not 此外, 因此, 彼此, 此前/此后/此时
(said elsewhere). 「____在最低气温下也不得超过此值。」 passed for want of a second character
(session 18 teacher T11, C Q5)."""
_ZH_CLAUSE = re.compile(r"[，,；;：]|:(?!\d)")
"""A clause break (not the colon of a time, 22:00)."""
_ZH_RELATIVE = re.compile(r"^(?:差额|差值|差异|误差|偏差|余量|短款|溢短)")
"""A difference or a remainder, first: of what it never says (the clause before named the cash
counted, the stock checked: 「…核对现金，差额超过50元须当场上报」)."""
_ZH_DISTANCE = re.compile(
    r"^(?:距离?|离)[\u4e00-\u9fff]{1,8}?(?:应|须|要)?(?:保持)?"
    r"(?:不少于|不小于|不低于|不超过|不大于|不得少于|不得小于|至少|最少|在)?\s*"
    r"(?:\d+(?:\.\d+)?|（\s*）|\(\s*\)|_+)\s*[\u4e00-\u9fffA-Za-z]{0,3}(?:以上|以内|以下)?[。；;.]?$"
)
"""A distance from something and nothing else: what keeps it is the clause before's (「…停在停车线
内，距加油机不少于0.5米」: the car); 「距失效日期不足2个月的药品…」 names its own subject."""

_ZH_OVERDUE_ONLY = re.compile(
    r"^[^，,；;：:]*(?<![不未])(?:超过|超出|满|逾期?)\s*(?:\d+(?:\.\d+)?|（\s*）|\(\s*\)|_+)"
    r"\s*[\u4e00-\u9fff]{0,3}未[\u4e00-\u9fff]{1,2}[。；;.]?$"
)
"""「修好的机器超过（    ）未取。」: a case (overdue) and nothing that follows from it; the material's
other overdue rule (超过180天未取视为放弃) makes its figure right too (session 16 D9, m2)."""


_EN_AFTER_A_SPAN = re.compile(
    r"^\s*(?:after|within)\s+(?:(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"twelve|fifteen|twenty|thirty|forty|sixty)\s+(?:working\s+|business\s+|full\s+)?"
    r"(?:minutes?|hours?|days?|weeks?|months?|years?)|_+|\(\s*\))\s*,?\s+"
    r"(?!of\b|late\b|past\b|overdue\b|from\b|since\b|without\b|in\b|on\b|at\b|into\b"
    r"|before\b|after\b|prior\b)",
    re.IGNORECASE,
)
"""A span of time and nothing it runs from: "After 40 minutes the booking is cancelled." (an FAQ
answer to 'Late for a booking?'), after what? 'After 3 years of service' and 'after 2 days in
storage' say it; a clock time (after 22:00) is a point, not a span. "Within 14 days we keep the
deposit" after "Cancellations more than 14 days before arrival …" is the same: within 14 days of
what, the sentence before said (session 18 lead, m4); "within 14 days of arrival" says it."""


_ZH_BARE_SPAN = re.compile(
    r"^(?:\d+(?:\.\d+)?\s*个?(?:小时|分钟|天|日|工作日|周|星期|月|年)|（\s*）|\(\s*\)|_+)"
    r"\s*(?:内|以内|之内)[，,]?\s*[\u4e00-\u9fff]"
)
"""「14天内我们扣留定金30元」, 「（    ）以内取消的，定金不予退还」: the Chinese form of "Within 14 days
we keep the deposit", a span first and nothing it runs from (入住前14天内, 收货后7天内 say it)."""


def zh_bare_span(text: str) -> bool:
    """A Chinese statement that opens on a span it never anchors (`_ZH_BARE_SPAN`), unless its
    first clause names the thing the span bounds (「10分钟内无法现场解决的投诉，须…」: the complaint
    not settled within 10 minutes of being made, as "Complaints not settled within …" reads)."""
    if _ZH_BARE_SPAN.match(text) is None:
        return False
    clause = _ZH_CLAUSE.split(text, maxsplit=1)[0].rstrip("。；;. ")
    return "的" not in clause or clause.endswith("的")


_ZH_CASE_OF_NOTHING = re.compile(
    r"^(?:超过|超出|低于|高于|不足|少于|多于|满)\s*(?:\d+(?:\.\d+)?|（\s*）|\(\s*\)|_+)"
    r"\s*[\u4e00-\u9fffA-Za-z%]{0,3}的[，,]\s*(?:须|应|应当|必须|需|一律|即|要)(?!由)"
)
"""「低于1500元的，须调整货品结构」: a case of a measure the clause before named (点位月销售额…；)
and a must with no one who does it: alone it says of nothing. 「迟到超过60分钟的，由调度员改约」
names what crosses the figure and who acts; 「停机超过72小时的，…」 is read with the clause before
(references.leans_on_previous)."""


def after_a_span(text: str) -> bool:
    """ "After 40 minutes the booking is cancelled.", "Within 14 days we keep the deposit.": a
    span of time that opens the statement and never says what it runs from (the FAQ's question
    or the sentence before said it)."""
    return _EN_AFTER_A_SPAN.match(text) is not None


def is_bare_order(text: str) -> bool:
    """An English order with no subject: a base-form verb first, or "Do not"/"Never"/"Always"
    ("Card refunds take 5 to 10 days" opens on a noun that is also a verb: a subject)."""
    if _EN_ORDER.match(text):
        return True
    if not is_imperative(text):
        return False
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", text)[:3]
    subject = (
        len(words) == 3
        and "NOUN" in en_word_classes(words[0])
        and words[1].lower().endswith("s")
        and en_verb_lemma(words[2]) == words[2].lower()
    )
    return not subject


def is_label_note(text: str) -> bool:
    """ "Refund: within 10 business days of an undamaged return.": a label and when or how
    much, no verb; it says neither what is refunded nor to whom."""
    match = _EN_LABEL.match(text)
    return match is not None and not _EN_FINITE.search(match["rest"])


def points_back(text: str) -> bool:
    """「晚上22:00以后的出租车费用不受此限额限制」: 此限额 in the statement's first clause, with
    no clause before it that could name the limit; the material's sentence before did."""
    match = _ZH_THIS.search(text)
    if match is None:
        return False
    return (
        _ZH_CLAUSE.search(text[: match.start()]) is None
        and match["noun"] not in (text[: match.start()])
    )


_ZH_PLACE_DEADLINE = re.compile(
    r"^[\u4e00-\u9fff]{0,3}(?:区|郊|县|市|城|镇|乡|村|省|外地|本地|异地)(?:须|应|需|要)?"
    r"(?:\d+(?:\.\d+)?\s*个?(?:小时|分钟|天|日|工作日|周)|（\s*）|\(\s*\)|_+)(?:内|以内)"
    r"[\u4e00-\u9fff]{1,4}[。；;.]?$"
)
"""A place, a deadline and an act, and no one bound to it (「城区48小时内上门」 after 「服务工程师须
在接单后24小时内联系用户，」): who comes, and counted from what, the clause before said (session 17
designer D10, m2: 「城区（    ）内上门。」 asked alone)."""


_ZH_OPEN_CONDITION = re.compile(
    r"(?:如果|如|若|假如|一旦|凡)(?:因|发现|出现|遇到?|有|发生)[^，,；;。:：]*[。；;.]?$"
)
"""「安装后（    ）内如因安装原因出现漏气、点火异常。」: a clause that ends on its condition, the
consequence (免费返修) cut off (session 20 end designer D13, m1 #4)."""
_ZH_CONSEQUENCE = re.compile(r"须|应|必须|不得|可|由|免费|负责|承担|赔|退|予以|不予")


_ZH_CROSSING = re.compile(
    r"(?<![不未])(?:超过|超出|高于|低于|达到|不足|少于|多于)[^，,；;。]{0,8}?"
    r"(?:\d+(?:\.\d+)?|（\s*）|\(\s*\)|_+)\s*[\u4e00-\u9fff℃%]{0,3}?(?:以上|以下)?$"
)
"""A threshold crossed, and the clause ends on it: nothing follows from it (「…超过32℃时必须放下」
and 「…超过32℃时不必放下」 go on to what does)."""
_ZH_BINDING = re.compile(
    r"须|应|必|不得|可以|可|由|禁止|严禁|负责|不准|予以|不予|视为|即|则|按|才|方|需|要"
)


def bare_case(text: str) -> bool:
    """A Chinese clause that only crosses a threshold (「任何时候窑温超过设定值30℃以上」) and binds
    no one: the case of a rule whose consequence (窑工须立即停止投柴) the material's next clause
    states; alone it says nothing to judge or to fill (session 23 end designer D16, m1 FB11)."""
    clause = text.strip().rstrip("。；;. ")
    return (
        _ZH_CLAUSE.search(clause) is None
        and _ZH_CROSSING.search(clause) is not None
        and _ZH_BINDING.search(clause) is None
    )


def open_condition(text: str) -> bool:
    """A Chinese clause whose last words are a condition (如因…出现…) with nothing that follows
    from it: a fragment alone, the case of the clause after it in its rule."""
    found = _ZH_OPEN_CONDITION.search(text.strip())
    return found is not None and _ZH_CONSEQUENCE.search(found.group()) is None


def lost_context(text: str, language: Language, *, judged: bool = True) -> str | None:
    """Why `text`, as an item's statement, does not say what it is about; None when it does.
    `judged`: the learner marks the statement true or false (a true/false item or a multiple
    choice's option), where an order or a label is no statement; a cloze only has to point at
    nothing."""
    if language == "zh" and points_back(text):
        return (
            f"{text[:50]!r} says 此 of what the sentence before it in the material named, "
            "which the item does not show; name it"
        )
    if opens_on_defined_period(text, language):
        return (
            f"{text[:50]!r} opens on a period (期间, 'during that time') the sentence before it in "
            "the material defined, which the item does not show; state which period"
        )
    if language == "en" and tells_nothing(text):
        return (
            f"{text[:50]!r} says someone is told, but not of what: the sentence before it in "
            "the material said it; state what is told"
        )
    if (left := left_referent(text, language)) is not None:
        return left
    if referent_elsewhere(text, language):
        return (
            f"{text[:50]!r} counts things it does not list (all four, 三项) or states a finding "
            "with no subject (经查属于…的): the sentence before it in the material named them, "
            "which the item does not show; state it"
        )
    relative = relative_case(text, language == "zh")
    if relative is not None:
        return relative
    if language == "zh":
        if _ZH_OVERDUE_ONLY.match(text):
            return (
                f"{text[:50]!r} states how long something is overdue and not what follows "
                "from it, which the material's sentence goes on to say; state the consequence"
            )
        if bare_case(text):
            return (
                f"{text[:50]!r} only crosses a threshold and binds no one: what follows from it "
                "is the material's next clause; state the case with its consequence"
            )
        if open_condition(text):
            return (
                f"{text[:50]!r} ends on a condition and never says what follows from it: the "
                "material's sentence goes on to say it; state the consequence"
            )
        if _ZH_CASE_OF_NOTHING.match(text):
            return (
                f"{text[:50]!r} opens on a case with no subject and names no one who acts: what "
                "crosses the figure was named by the clause before it in the material; state it"
            )
        if zh_bare_span(text):
            return (
                f"{text[:50]!r} opens on a span of time and never says from what it runs (the "
                "sentence before it in the material did); state what the time runs from"
            )
        if _ZH_PLACE_DEADLINE.match(text):
            return (
                f"{text[:50]!r} sets a deadline for a place and names no one bound to it nor "
                "what it runs from: the clause before it in the material said both; state them"
            )
        if _ZH_RELATIVE.match(text) or _ZH_DISTANCE.match(text):
            return (
                f"{text[:50]!r} opens on a difference or a distance, of or from what the "
                "sentence before it in the material named, which the item does not show; state "
                "whose difference or distance it is, and in what case"
            )
        if judged and zh_object_elided(text):
            return (
                f"{text[:50]!r} says who acts but not on what: the thing it acts on is named in "
                "the sentence before it in the material, which the item does not show; state it"
            )
        return None
    if after_a_span(text):
        return (
            f"{text[:50]!r} opens on a span of time and never says after what (the question "
            "or the sentence before it in the material did); state what the time runs from"
        )
    if judged and is_bare_order(text):
        return (
            f"{text[:50]!r} is an order with no subject, not a statement a learner can mark true "
            "or false; state who must or must not do it, or what the rule sets"
        )
    if judged and truism_order(text):
        return (
            f"{text[:50]!r} is an order with no figure: judged true or false it tests nothing a "
            "learner must know; ask the figure or the actor of what follows from it"
        )
    if judged and is_label_note(text):
        return (
            f"{text[:50]!r} is a label and its value with no verb; it does not say what it is "
            "about: state the rule with its subject and verb"
        )
    return None


def check_context_kept(question: Question, language: Language) -> list[str]:
    """Every statement of the item says what it is about (`lost_context`)."""
    if question.type == "multiple_choice":
        statements = [(o.text, True) for o in question.options]
    elif question.type == "true_false":
        statements = [(statement_of(question.stem), True)]
    elif question.type in ("single_choice", "fill_blank"):
        statements = [(statement_of(question.stem), False)]
    else:
        return []
    problems = []
    for text, judged in statements:
        reason = lost_context(text, language, judged=judged)
        if reason is not None:
            problems.append(reason)
    return problems
