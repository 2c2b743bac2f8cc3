"""How an answer that names a scoring point says the opposite of it.

scoring_points.py finds a point's terms and figures in an answer; these checks say when what it
found contradicts the point: a term the point asserts denied where the point's own words stand
(`deny_where_the_point_stands`), a word of the point denied in the clause that states it
(`denied_in_its_clause`: "sold without any free check"), the opposite modality
(`flipped_modality`: 可以 for 不得, not required for required, 可以不 for 须; a point of several
rules read rule by rule in `flipped_rule`), a listed opposite word (`swapped_opposite`: warmer
for colder, 第二天 for 当天), an order rule done the other way round (order_rules.py), a figure
given with another value (`nearest_rival`), a later deadline where the point
says the same day (`later_than_same_day`: 下周 or "within a week" for 当天), a limit allowed away
(`allowed_without_limit`: 货物可以堆满到车厢顶部 for 至少留出20厘米的空隙), with its
note (`wrong_figure_reason`, which says "the wrong unit" for the point's number in another unit).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from graphs.exam_grading.another_points import states_another_point
from graphs.exam_grading.contrapositives import conditional_permission, forbids_without
from graphs.exam_grading.figure_order import paired_in_order
from graphs.exam_grading.figure_subjects import counted_alike
from graphs.exam_grading.figures import Figure, clause_of, gives_its_own, wrong_unit
from graphs.exam_grading.limits import allowed_without_limit as allowed_without_limit
from graphs.exam_grading.limits import bounded_alike as bounded_alike
from graphs.exam_grading.limits import limit_denied as limit_denied
from graphs.exam_grading.limits import plain_bound as plain_bound
from graphs.exam_grading.modality import exemption, flips, modality, obligation
from graphs.exam_grading.opposite_words import swapped_opposite as swapped_opposite
from graphs.exam_grading.other_kinds import another_kind
from graphs.exam_grading.permitted_acts import permits_forbidden_act
from graphs.exam_grading.point_terms import (
    CLAUSE_BREAK,
    TERMS_SHARE,
    Term,
    clauses_of,
    occurrences,
)
from graphs.exam_grading.rejected_acts import told_backwards
from graphs.exam_grading.rule_conditions import condition_clause
from graphs.exam_grading.scope import negated
from graphs.exam_grading.shift_deadlines import WITHIN_SHIFT, past_the_shift
from graphs.exam_grading.stated_limits import keeps_as_is, says_only, states_a_limit
from graphs.exam_grading.term_polarity import term_spans
from graphs.exam_grading.vocabulary import Vocabulary
from graphs.exam_grading.waived_requirements import waived_act, waives_requirement
from graphs.exams import Language
from graphs.text.day_words import ONE_DAY, SAME_DAY, beyond_the_day
from graphs.text.language import detect_language

RIVAL_DISTANCE = 1
"""A different figure of the point's kind contradicts it when it stands in the clause of the
point's terms or the next one; farther away it belongs to another point (the figure is missing)."""


def deny_where_the_point_stands(
    terms: list[Term],
    found: list[str],
    denied: list[Term],
    anchored: dict[str, set[int]],
    shared: set[str],
    answer: str,
    language: Language,
) -> None:
    """Move to `denied` a polar term found with both polarities whose occurrences in the
    clauses of the point's own other words all have the opposite one: "防蓝光镜片不适合…；渐进镜片
    适合…" denies 适合 for the blue-light point, though the next point's clause asserts it."""
    for term in terms:
        if not term.polar or term.text not in found:
            continue
        own = set().union(*(c for t, c in anchored.items() if t != term.text and t not in shared))
        spans = occurrences(term.text, answer, language)
        here = {negated(answer, s, e, language) for s, e in spans if clause_of(answer, s) in own}
        if (
            here
            and term.negated not in here
            and len({negated(answer, s, e, language) for s, e in spans}) > 1
        ):
            found.remove(term.text)
            denied.append(term)


def denied_in_its_clause(
    terms: list[Term],
    denied: list[Term],
    anchored: dict[str, set[int]],
    answer: str,
    language: Language,
    vocabulary: Vocabulary,
) -> list[str]:
    """The point's words the answer denies in the clause that holds most of its other words, and
    asserts nowhere: that clause turns the point round, however many of its words it has ("Every
    new bike is sold without any free check" for "sold with a free first check"; "退票不收手续费"
    for "退票，收取5%的手续费": a denied word counts where it stands when it is said shorter, 收
    for 收取). Only for a point that negates nothing itself (a point's own negation
    is read by the rules above)."""
    if not denied or any(t.negated for t in terms):
        return []
    counts: dict[int, int] = {}
    for clauses in anchored.values():
        for clause in clauses:
            counts[clause] = counts.get(clause, 0) + 1
    if not counts:
        return []
    main = {c for c, n in counts.items() if n == max(counts.values())}
    where = {
        t.text: {clause_of(answer, start) for start, _ in term_spans(t, answer, language)}
        for t in denied
    }
    return [
        t.text
        for t in denied
        if (clauses_of(t, answer, language, vocabulary) | where.get(t.text, set())) & main
    ]


def flipped_modality(
    point: str,
    terms: list[Term],
    answer: str,
    language: Language,
    vocabulary: Vocabulary,
    own: Sequence[Term] = (),
    *,
    others: Sequence[str] = (),
) -> str | None:
    """Why the answer states the point's topic with the opposite modality, if it does.

    The clause that holds most of the point's terms (in any polarity), at least TERMS_SHARE of
    them, states its topic (several when they tie); when it permits what the point forbids, or
    forbids what it permits, or exempts what it requires (不需要 for 须), and no tied clause
    says it the point's way, the point is contradicted (modality.py). A topical clause that is a
    condition (…的, if/when) brings the clause after it, where its rule's modal stands ("差额超过
    50 元的，无需上报"). With `own` (the point's
    words the stem does not print), only a clause holding one of them states the topic: a
    clause of the stem's context words alone is about another point. So is one holding words of
    another of `others` (the question's other points) and none of this point's own: 「琴弦断了调音师
    可以现场换」 states 琴弦断裂时，调音师可现场更换, no permission against 店长未答复的，调音师不得
    自行更换 (session 25 teacher T18, e1 average Q10).
    """
    wanted = modality(point, language)
    required = obligation(point, language) == "required"
    if (wanted is None and not required) or not terms:
        return None
    counts: dict[int, int] = {}
    for term in terms:
        for clause in clauses_of(term, answer, language, vocabulary):
            counts[clause] = counts.get(clause, 0) + 1
    if own:
        holding = {c for t in own for c in clauses_of(t, answer, language, vocabulary)}
        counts = {c: n for c, n in counts.items() if c in holding}
    clauses = CLAUSE_BREAK.split(answer)
    if (
        wanted == "forbidden" and language == "zh"
    ):  # 浅色衣服也可以 for 不得穿深色衣物: another kind
        canonical_point = vocabulary.canonical(point)
        counts = {
            c: n
            for c, n in counts.items()
            if c >= len(clauses) or not another_kind(clauses[c], canonical_point, terms)
        }
    best = max(counts.values(), default=0)
    if best / len(terms) < TERMS_SHARE:
        return None
    places = {
        c
        for c, n in counts.items()
        if n == best
        and not (
            c < len(clauses)
            and states_another_point(clauses[c], point, others, language, vocabulary)
        )
    }
    # A condition ("…超过 50 元的", "if the fee is over $30") names the rule's topic; the rule
    # itself, with its modal, is the clause that follows it.
    places |= {
        c + 1 for c in places if c + 1 < len(clauses) and condition_clause(clauses[c], language)
    }
    topical_clauses = [clauses[c] for c in sorted(places)]
    # A limit (may only, at most, 只能) or a keep-as-is order states a prohibition (stated_limits.py).
    topical = [
        "forbidden"
        if wanted == "forbidden" and (states_a_limit(c, language) or keeps_as_is(c, language))
        else modality(c, language)
        for c in topical_clauses
    ]
    if wanted == "permitted" and conditional_permission(point, language):
        # "没有证明就不能开锁" states "查验证明后方可开锁" the other way round (contrapositives.py)
        previous = [clauses[c - 1] if c > 0 else "" for c in sorted(places)]
        topical = [
            "permitted" if m == "forbidden" and forbids_without(c, p, language) else m
            for m, c, p in zip(topical, topical_clauses, previous, strict=True)
        ]
    if wanted == "permitted" and states_a_limit(point, language):
        # A permission that holds only there (只允许在指定焚化炉区域进行, "only allowed at the
        # lobby stand") bans the rest: a ban that names the only place (不得在墓区烧纸钱（只能去
        # 指定焚化炉）) states it (session 25 teacher T18, e2 strong Q9).
        topical = [
            "permitted" if m == "forbidden" and says_only(c, language) else m
            for m, c in zip(topical, topical_clauses, strict=True)
        ]
    if required:
        obligations = [obligation(clause, language) for clause in topical_clauses]
        if "exempt" in obligations and "required" not in obligations:
            return "says it is not required where the point requires it"
    if not flips(wanted, topical):
        return None
    if wanted == "forbidden":
        return "says it is allowed where the point forbids it"
    return "says it is forbidden where the point allows it"


def nearest_rival(
    figure: Figure, given: list[Figure], wanted: list[Figure], places: set[int], anchors: set[int]
) -> Figure | None:
    """The answer's figure that gives another value for `figure`, within RIVAL_DISTANCE clauses
    of the point's terms (farther away it belongs to another point), if there is one; where
    the answer gives as many figures of the kind as the point, the one in its place (figure_order)."""
    paired = paired_in_order(figure, given, wanted)
    if paired and min((abs(paired.clause - p) for p in places), default=0) <= RIVAL_DISTANCE:
        return paired
    rivals = sorted(
        # nearest first; of two as near, a period for a period (每个月 for 每15日, not 一周后), then
        # the point's own value bounded the other way (至多45公斤 for 至少45公斤, not 40公斤), then
        # one in the point's unit: "confirm 2 hours before and arrive 30 minutes early" gives 30
        # minutes for "10 minutes before", 2 hours for "24 hours in advance" (session 25 teacher
        # T18, e3 weak Q10: "you gave: 2 hours, the point says 10 minutes")
        (
            min((abs(g.clause - place) for place in places), default=0),
            figure.every != g.every,
            g.quantity is None or g.quantity != figure.quantity,
            _other_unit(figure, g),
            g.describe(),
            index,
        )
        for index, g in enumerate(given)
        if figure.rivals(g) and not gives_its_own(g, given, wanted)
    )
    # A deadline of the other kind in the point's own clause, where the point has none of
    # that kind: "return keys by 08:00" for "within 30 minutes" names another deadline.
    rivals = sorted(
        rivals
        + [
            (0, False, True, True, g.describe(), index)
            for index, g in enumerate(given)
            if figure.other_deadline(g)
            and g.clause in (anchors or places)
            and not any(w.time_kind() == g.time_kind() for w in wanted)
        ]
    )
    return given[rivals[0][-1]] if rivals and rivals[0][0] <= RIVAL_DISTANCE else None


def _other_unit(figure: Figure, other: Figure) -> bool:
    """`other` is not said in `figure`'s unit (hours for minutes)."""
    a, b = figure.quantity, other.quantity
    return a is None or b is None or a.unit != b.unit


def opposite_beside_rival(
    point: str,
    answer: str,
    places: set[int],
    given: list[Figure],
    wanted: list[Figure],
    vocabulary: Vocabulary,
) -> tuple[Figure, Figure] | None:
    """(the point's figure, the answer's) for a point not stated whose listed opposite word and
    another figure of its kind stand where its words are: "Instruments can wait up to 60 minutes
    and go in an open tray" for "… in a closed, rigid container within 30 minutes" is the point
    told wrong twice, not left out; so is a point whose count of a thing the answer gives with
    another number ("training only after five collisions" for two collisions: counted_alike)."""
    if places and (counted := counted_alike(point, answer, wanted, given, detect_language(point))):
        return counted
    if not places or not swapped_opposite(point, answer, places, vocabulary):
        return None
    for figure in wanted:
        rival = nearest_rival(figure, given, wanted, places, set())
        if rival is not None and not any(figure.matches(g) for g in given):
            return figure, rival
    return None


def later_than_same_day(
    point: str, given: list[Figure], places: set[int]
) -> tuple[Figure, Figure] | None:
    """(the point's same day, the answer's later deadline) where a point whose deadline is the
    same day (退货须在当天录入系统, reported the same day) is answered with a later one beside its
    words (下周再录入, "within a week", 3个工作日内): the deadline told wrong, not left out. A point
    whose deadline is the end of the shift (当班结束前, before the shift ends) is answered wrong by
    a day or more (第二天, within 24 hours)."""
    said = SAME_DAY.search(point)
    later = beyond_the_day
    if said is None and (said := WITHIN_SHIFT.search(point)):
        later = past_the_shift  # "within 24 hours" for "before the shift ends" (shift_deadlines.py)
    if said is None:
        return None
    for figure in given:
        near = min((abs(figure.clause - place) for place in places), default=0)
        if later(figure.quantity) and not figure.negated and near <= RIVAL_DISTANCE:
            return Figure(ONE_DAY, None, -1, False, said=said.group()), figure
    return None


def wrong_figure_reason(given: Figure, wanted: Figure) -> str:
    """ "gives 2 hour where the point says 30 minute"; with the bounds when only they differ."""
    if given.opposes(wanted) and given.describe() == wanted.describe():
        return f"gives {given.told()} where the point says {wanted.told()}"
    if wrong_unit(given, wanted):
        return f"gives {given.describe()}, the wrong unit, where the point says {wanted.describe()}"
    return f"gives {given.describe()} where the point says {wanted.describe()}"


def flipped_rule(
    point: str,
    terms: list[Term],
    answer: str,
    language: Language,
    vocabulary: Vocabulary,
    others: Sequence[str] = (),
) -> str | None:
    """Why the answer flips the modality of one rule of a point that holds several ("验光师应建议
    其就医，门店不得为其配镜" answered "门店可以为其配镜"; "…30 分钟内核对收款，差额超过 50 元的必须
    当天上报" answered "差额超过 50 元的无需上报"), if it does: each clause of the point with a
    modality or an obligation of its own is read as its own point, over the terms it holds; and
    an act a clause forbids, said to be allowed, or the act it turns down told as the rule
    ("jump" for "climb down rather than jump"), turns it round (permitted_acts.py,
    rejected_acts.py); so does the act or the person it requires said to be not needed
    (waived_requirements.py: 不需要店长复核)."""
    if allowed := permits_forbidden_act(point, terms, answer, language, vocabulary):
        return allowed
    theirs = [vocabulary.canonical(other) for other in others]
    if waived := waives_requirement(point, terms, answer, language, theirs):
        return waived
    if language == "zh" and (act := waived_act(vocabulary.canonical(point), answer, theirs)):
        return f"says {act} is not needed where the point requires it"
    if backwards := told_backwards(point, [t.text for t in terms], answer, language):
        return backwards
    clauses = [c for c in CLAUSE_BREAK.split(point) if c.strip()]
    if len(clauses) < 2:
        return None
    for clause in clauses:
        canonical = vocabulary.canonical(clause)
        own = [t for t in terms if t.text in canonical]
        if own and (modality(clause, language) or obligation(clause, language) == "required"):
            flipped = flipped_modality(clause, own, answer, language, vocabulary, others=others)
            if flipped:
                return flipped
        topic = [t for t in terms if t not in own]
        if (
            own
            and obligation(clause, language) == "required"
            and _exempts(own, topic, answer, language)
        ):
            return "says it is not required where the point requires it"
    return None


def _exempts(own: list[Term], topic: list[Term], answer: str, language: Language) -> bool:
    """Whether the answer exempts the act of a rule it must do: a word of the rule stands right
    after an exemption (不需要联系顾客, 不用先联系, 'there is no need to report it') and in no
    clause that requires it. The rule's other words may well be there (the subject, the time):
    what the learner waives is the act itself. The waiver's sentence holds a word of the point's
    other clauses (its topic: 迟到, 'stop the lesson'); a requirement of the act in another
    sentence is another rule's."""
    for sentence in _SENTENCE_END.split(answer):
        if not any(occurrences(t.text, sentence, language) for t in topic):
            continue  # the waiver is said of another rule's topic
        clauses = CLAUSE_BREAK.split(sentence)
        for term in own:
            holding = [c for c in clauses if occurrences(term.text, c, language)]
            waived = [c for c in holding if _after_exemption(term.text, c, language)]
            if waived and not any(obligation(c, language) == "required" for c in holding):
                return True
    return False


_SENTENCE_END = re.compile(r"[。！？!?\n]|\.(?=\s|$)")
"""A requirement in another sentence is another rule's ('there is no need to report it. Any
collision must be reported'): only the waiver's own sentence can restore the act."""


def _after_exemption(term: str, clause: str, language: Language) -> bool:
    cue = exemption(clause, language)
    return cue is not None and any(s >= cue for s, _ in occurrences(term, clause, language))
