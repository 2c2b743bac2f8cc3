"""Short answers, scoring point by scoring point: credited, partial, missing or contradicted.

A scoring point is a small claim ("2小时内上报值班经理"). Its facts are its content terms
(point_terms.py) and its quantities. Point and answer are read through synonyms.yaml first.

The rules (`judge_point`):
- A term of the point is *found* (term_findings.py) when it (or a synonym) occurs in the answer
  with the point's polarity: asserted where the point asserts it, negated where the point negates it ("不得继续售卖"
  is matched by "不能再卖"). Negation is scoped (graphs/text/negation.py): "不用封存留样" denies 封存.
  A term found only with the opposite polarity where the point stands is *denied*
  (point_denials.py); not the act a bounded prohibition forbids ("shouldn't move pianos" for
  "must never move a piano more than 1 metre"), nor a term of a prohibition under a failed
  condition (没有证明就不能开锁 for …方可开锁: contrapositives.py). Bracketed words need not be said.
- The point's words that the question's stem prints are the topic the learner was given: an
  answer need not repeat them ("Don't investigate it yourself" for "employees may not investigate
  an incident" when the stem asks about incidents), so those it leaves out are not counted missing;
  a pronoun for that topic is the topic ("It goes in the drum": topic_pronouns.py).
- The point's topic is *present* when more than TERMS_SHARE of its terms are found (or that share
  with its act or all its figures), or a paraphrase (PARAPHRASE_SHARE of its bigrams or stems) with
  its act: one of its verbs (zh: jieba's v; en: an imperative's leading verb, else words only ever
  verbs); a prohibition's, the act it forbids (forbidden_acts.py), else denied: contradicted.
  An English point is there too with every one of its facts (nouns, adjectives, names) and its act
  in the learner's own verb ("check a photo ID" for "see photo ID"; content_words.py).
- *contradicted* (0; each way of saying the opposite is documented in contradictions.py): its
  terms denied, its figure given with another value of its kind (12小时 for 2小时) within
  RIVAL_DISTANCE clauses, a word of it denied in its clause, its modality flipped (可以 for 不得;
  a point of several rules read rule by rule), an antonym swapped in (warmer for colder), or
  another staff role acting where its role does (前台 for 店长; roles.py).
- A term is also found through a Chinese verb-object abbreviation (补卡 for 补办新卡), and an
  English word through its lemma read through the synonym groups (approves = approval,
  manager's = manager). Terms the question's other scoring points share (`others`) do not by
  themselves state this point: one of its own terms must be found.
- A terse answer states a point when it gives the point's own figure (no other point has it)
  beside one of the point's own words the stem does not print ("tables every 15 minutes"), or
  gives that figure where the stem prints all the point's own words ("600度以上").
- *credited* (1): the topic is present with every quantity of the point ("不是2小时" gives none);
  *partial* (PARTIAL_CREDIT, point_judgement.py): a quantity missing (figures_told.py);
  *missing* (0): otherwise, its note naming the facts left out (never "see", "then").

A bare keyword list earns a little for each point it names (keyword_lists.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import partial

from graphs.exam_grading.a_month import months_as_their_days
from graphs.exam_grading.checked_whether import whether_as_none
from graphs.exam_grading.content_words import act_in_other_words, content_of
from graphs.exam_grading.contradictions import (
    bounded_alike,
    denied_in_its_clause,
    flipped_modality,
    flipped_rule,
    limit_denied,
    opposite_beside_rival,
    plain_bound,
    swapped_opposite,
)
from graphs.exam_grading.duty_scopes import duty_as_stated
from graphs.exam_grading.figure_owners import point_figures
from graphs.exam_grading.figure_words import figures_for_words, whole_as_share
from graphs.exam_grading.figures import (
    Figure,
    figures_are_its_own,
    figures_of,
    figures_stand_alone,
)
from graphs.exam_grading.figures_told import judged_by_figures, rival_beside
from graphs.exam_grading.forbidden_acts import acts_found
from graphs.exam_grading.forbidden_done import forbidden_act_done
from graphs.exam_grading.head_counts import people_as_counted
from graphs.exam_grading.kind_names import kind_names
from graphs.exam_grading.list_in_a_word import list_in_a_word
from graphs.exam_grading.no_bans import judged_as_the_ban
from graphs.exam_grading.opposite_said import with_learners_words
from graphs.exam_grading.order_restated import restated_order
from graphs.exam_grading.order_rules import learners_sentence, reversed_order
from graphs.exam_grading.paired_values import one_pair_given, swapped_pairs
from graphs.exam_grading.paraphrase import PARAPHRASE_SHARE, paraphrase_share
from graphs.exam_grading.part_stated import part_stated
from graphs.exam_grading.point_claims import judged_by_claims
from graphs.exam_grading.point_denials import denials_of_the_point
from graphs.exam_grading.point_judgement import PointJudgement, denial, wrong_figure
from graphs.exam_grading.point_places import acted_beside, named_in, named_jointly
from graphs.exam_grading.point_terms import (
    TERMS_SHARE,
    acts_to_say,
    bracketed_only,
    content_terms,
    shared_terms,
    tells_the_rule,
    term_key,
    turned_terms,
    why_not_stated,
)
from graphs.exam_grading.relative_figures import relative_as_figures
from graphs.exam_grading.reversed_conditions import reversed_condition
from graphs.exam_grading.rule_acts import rule_act_unsaid
from graphs.exam_grading.scope import renamed, unnamed
from graphs.exam_grading.stem_rest import gives_the_rest, only_the_stem
from graphs.exam_grading.stem_words import stem_words_as_points
from graphs.exam_grading.term_findings import find_terms
from graphs.exam_grading.told_otherwise import told_otherwise
from graphs.exam_grading.topic_pronouns import topic_for_pronouns
from graphs.exam_grading.vocabulary import Vocabulary, as_written, default_vocabulary
from graphs.exams import Language
from graphs.text.day_words import SAME_DAY
from graphs.text.language import detect_language


def judge_point(
    point: str,
    answer: str,
    *,
    language: Language | None = None,
    vocabulary: Vocabulary | None = None,
    others: Sequence[str] = (),
    stem: str = "",
) -> PointJudgement:
    """Whether `answer` states the scoring point `point` (see the module doc for the rules).

    `others`: the question's other scoring points; words they share with this one do not by
    themselves state this one. `stem`: the question; the point's words it prints are the topic
    the learner was given, so an answer need not repeat them ("Don't investigate it yourself"
    answers "what may employees not do about an incident?"), but they state nothing either.
    Names that open on a cue character (无麸质产品) are read as names, not denials (scope.py).
    """
    lang = language or detect_language(point + answer)
    judge = partial(judge_point, language=lang, vocabulary=vocabulary, others=others, stem=stem)
    if lang == "en" and (banned := judged_as_the_ban(point, answer, judge)):
        return banned  # "No drinks in the smithy" (no_bans.py)
    judged = _judge_whole_point(point, answer, lang, vocabulary, others, stem)
    # the learner's words that turn it round, for the note (有误（答成：不用醒花）)
    judged = with_learners_words(judged, answer, lang, vocabulary or default_vocabulary())
    judged = duty_as_stated(judged, answer, lang)  # no "what for": partial; denied: 0
    return judged_by_claims(judged, answer, stem, lang, judge)  # each sentence of the point


def _judge_whole_point(
    point: str,
    answer: str,
    lang: Language,
    vocabulary: Vocabulary | None,
    others: Sequence[str],
    stem: str,
) -> PointJudgement:
    answer = topic_for_pronouns(point, answer, stem, lang, others)  # "It goes in …"
    # "six people" for "6 players"; 看看有没有人被困 for 确认无人被困 (checked_whether.py)
    answer = people_as_counted(point, whether_as_none(point, answer), lang)
    answer = stem_words_as_points(point, relative_as_figures(answer, lang), stem, lang, vocabulary)
    written_point, point, answer = point, figures_for_words(point), figures_for_words(answer)
    answer = whole_as_share(point, answer)  # 全额承担 against 承担…的20%: 100%, another share
    names = kind_names(" ".join((point, *others))) if lang == "zh" else frozenset()
    if not names:
        return replace(
            _judge_point(point, answer, lang, vocabulary, others, stem), point=written_point
        )
    judgement = _judge_point(
        unnamed(point, names), unnamed(answer, names), lang, vocabulary,
        [unnamed(other, names) for other in others], unnamed(stem, names),
    )  # fmt: skip
    return replace(judgement, point=written_point, reason=renamed(judgement.reason, names),
        said=renamed(judgement.said, names))  # fmt: skip


def _judge_point(
    point: str,
    answer: str,
    lang: Language,
    vocabulary: Vocabulary | None,
    others: Sequence[str],
    stem: str,
) -> PointJudgement:
    if said := restated_order(point, answer, lang):  # "Owner must agree before shoeing"
        return PointJudgement(point, "credited", said, named=True)
    words = vocabulary or default_vocabulary()
    canonical_point = words.canonical(point)
    canonical_answer = words.canonical(answer)
    terms = content_terms(point, lang, words)
    shared = shared_terms(terms, others, lang, words)
    findings = find_terms(point, answer, canonical_answer, terms, shared, lang, words)
    found, places, anchored = findings.found, findings.places, findings.anchored
    shared -= turned_terms(terms, others, lang, words) & set(found)  # 不能开锁 of 不得开锁
    denied_terms = denials_of_the_point(findings, terms, shared, canonical_answer, lang, words)
    printed = {term_key(t.text, lang) for t in content_terms(stem, lang, words)} if stem else set()
    aside = bracketed_only(point, terms, lang)  # （…任选其一）: examples an answer need not give
    needed = [
        t
        for t in terms
        if t.text in found or (term_key(t.text, lang) not in printed and t.text not in aside)
    ]
    share = len(found) / len(needed) if needed else 0.0
    # An English point's facts are its content words (content_words.py): "see", "one", "then"
    # are no fact a note names as missing, and every fact there with an act states it.
    facts = content_of(needed, found, lang)
    all_facts = bool(facts) and all(t.text in found for t in facts)
    paraphrase = paraphrase_share(canonical_point, canonical_answer, lang)
    actions = [t.text for t in terms if t.action]
    # the stem prints its act: "Measure humidity"
    to_say = acts_to_say(point, terms, printed, lang, words)
    acted, act_said = acts_found(to_say, printed, found, canonical_answer, places, lang)
    own_found = [t.text for t in facts if t.text in found and t.text not in shared]
    # "check a photo ID" for "see photo ID": its act in the learner's verb (content_words.py)
    worded = all_facts and act_in_other_words(to_say, found, canonical_answer, own_found, lang)
    wanted = [plain_bound(f, lang) for f in figures_of(point, lang, in_point=True)]
    # The point stands where its own words are: words another point shares (key) do not place it.
    own_places = [c for term, c in anchored.items() if term not in shared]
    anchors = set().union(*own_places) if own_places else set().union(*anchored.values())
    same_day = bool(wanted) and not SAME_DAY.search(point)  # 当天 rivals the point's deadline
    answer_figures = months_as_their_days(  # 一个月 for 30天 (a_month.py)
        wanted, [plain_bound(f, lang) for f in figures_of(answer, lang, same_day=same_day)]
    )
    given = point_figures(
        others, terms, canonical_answer, lang, words, wanted, answer_figures, places, anchors,
        point=canonical_point,
    )  # fmt: skip
    figures_stated = bool(wanted) and all(any(w.matches(g) for g in given) for w in wanted)
    distinctive = [t.text for t in terms if t.text not in shared]
    # The point's own figure, given, tells it as its own words do: "600度以上" where the stem
    # prints 高度近视, "tables every 15 minutes" (the subject and the figure of the rule).
    own_figure = figures_stated and figures_are_its_own(wanted, others, lang)
    unprinted_own = [t for t in distinctive if term_key(t, lang) not in printed]
    told = (
        not distinctive
        or any(term in found for term in distinctive)
        or (own_figure and not unprinted_own)
    )
    # Its own figures, two or more, beside a word of it tell the rule by themselves (积分一元一分
    # for 会员积分按每消费1元积1分计算, 积分 shared with 积分不得转让他人).
    two_figures = len(wanted) > 1 and bool(found)
    terse = (
        own_figure
        and (not unprinted_own or any(term in found for term in distinctive) or two_figures)
        and figures_stand_alone(wanted, answer_figures)
        and tells_the_rule(point, found, lang)
    )

    def written(texts: Sequence[str]) -> str:
        return ", ".join(as_written(text, point, words) for text in texts)

    def stated(share: float) -> bool:
        return told and (
            share > TERMS_SHARE
            or (share == TERMS_SHARE and (act_said or figures_stated))
            or (bool(found) and act_said and paraphrase >= PARAPHRASE_SHARE)
        )

    # Leaving out the words the stem prints helps only an answer that states the point's action.
    present = (
        stated(share) and (act_said or stated(len(found) / len(terms) if terms else 0.0))
    ) or terse
    present = present or (worded and told)
    if (
        present
        and lang == "zh"
        and not figures_stated  # 等候最多1分钟: the rule's figure and its bound state it
        and rule_act_unsaid(canonical_point, terms, found, printed)
    ):
        present = False  # 醉酒闹事的，马上提醒他 for …的，立即请其离场: the condition alone
    if only_the_stem(canonical_answer, stem, terms, printed, anchored, shared, lang) and not (
        figures_stated
    ):
        present = False  # "Kegs must be cleaned." asked what kegs must be cleaned with
    elif not denied_terms and gives_the_rest(
        terms, printed, found, shared, lang, figures_given=figures_stated
    ):
        present = True  # "A caustic cleaner.": what the stem asks, the rest of the point printed
    if denied_terms and (not found or (actions and not acted and set(actions) & set(denied_terms))):
        return PointJudgement(point, "contradicted", denial(denied_terms, terms, written))
    if denied_terms and share <= TERMS_SHARE:
        return PointJudgement(point, "contradicted", denial(denied_terms, terms, written))
    beside = denied_in_its_clause(terms, findings.denied, anchored, canonical_answer, lang, words)
    if beside:
        return PointJudgement(point, "contradicted", denial(beside, terms, written))
    if condition := reversed_condition(
        canonical_point, terms, findings.denied, anchored, canonical_answer, lang, words
    ):
        return PointJudgement(point, "contradicted", condition, flipped=True)
    # The stem prints the rule's context; the words it leaves out are the rule the learner states.
    unprinted = [t for t in terms if term_key(t.text, lang) not in printed]
    flipped = (
        flipped_modality(point, terms, canonical_answer, lang, words, unprinted, others=others)
        or (unprinted and flipped_modality(point, unprinted, canonical_answer, lang, words))
        or flipped_rule(point, terms, canonical_answer, lang, words, others)
    )
    if flipped and bounded_alike(point, answer, wanted, given, lang):
        flipped = None  # "can stay 45 minutes at most" is "must not stay more than 45 minutes"
    reversal = (
        None
        if flipped
        else reversed_order(canonical_point, terms, canonical_answer, lang, written=point)
    )
    if reversal:
        said = learners_sentence(reversal.said, answer, words)
        return PointJudgement(point, "contradicted", reversal.reason, flipped=True, said=said)
    if flipped:
        return PointJudgement(point, "contradicted", flipped, flipped=True)
    if done := forbidden_act_done(terms, denied_terms, found, printed, canonical_point, lang):
        return PointJudgement(point, "contradicted", denial(done, terms, written))  # does it
    if not terms and wanted:
        present = any(w.matches(g) for w in wanted for g in given)
    swapped = swapped_opposite(point, canonical_answer, anchors or places, words)
    # An opposite word says the opposite; a day or a person, another one (答成：司机).
    pair = (
        swapped or told_otherwise(point, answer, anchors or places, others, lang, words)
        if present
        else None
    )
    if present and (
        swap := swapped_pairs(point, canonical_point, answer, canonical_answer, terms, lang)
    ):
        return swap  # 汽油标黄色，柴油标红色 for 汽油为红色，柴油为黄色
    if pair:
        return PointJudgement(
            point,
            "contradicted",
            f"says {pair[1]} where the point says {pair[0]}",
            flipped=True,
            figure=None if swapped else Figure(None, None, -1, False, said=pair[0]),
            rival=None if swapped else Figure(None, None, -1, False, said=pair[1]),
        )
    # The point's action done with another figure of its kind ("15分钟内完成登记" for 5分钟)
    # is the point told wrong, not left out, though the rest of its words are not there.
    acted_in = set().union(*(anchored.get(a, set()) for a in actions if a in found))
    # A clause with two of the point's own words the stem does not print names its fact ("Patch
    # test 24 hours before" for "… do a skin patch test at least 48 hours before …").
    acted_in |= named_in(anchored, unprinted_own)
    # Shared words found together where no other point has them all, with its main (last) action,
    # name it too: 封口后24小时内回收 (封口 of one point, 回收 of another) for 封口后…48小时内…回收.
    main = anchored.get(actions[-1], set()) if actions and actions[-1] in found else set()
    acted_in |= (joint := named_jointly(anchored, others, lang, words) & main)
    if (
        not present
        and figures_stated
        and any(g.clause in joint and any(w.matches(g) for w in wanted) for g in given)
    ):
        present = True  # 封口后48小时内回收: its figure where its words name it
    if (
        not present
        and (told or joint)
        and wanted
        and not figures_stated
        and (share == 1 or acted_in)
    ):
        naming = acted_in | acted_beside(acted_in, anchored, answer)
        if rivalled := rival_beside(point, (wanted, given), (places, anchors), naming, share):
            return rivalled  # "free check within 6 months" for 6 weeks
    if not present and (
        told_wrong := opposite_beside_rival(point, canonical_answer, places, given, wanted, words)
    ):
        return wrong_figure(point, *told_wrong)  # 'an open tray … 60 minutes' for closed, 30
    if not present and found and swapped:  # 婴儿可以趴睡 for 婴儿必须仰卧睡眠: named, turned round
        return PointJudgement(point, "contradicted", f"says {swapped[1]}", flipped=True)
    if not present and found and (no_limit := limit_denied(point, canonical_answer, places, lang)):
        return PointJudgement(point, "contradicted", no_limit, flipped=True)
    if not present:
        if denied_terms and not act_said:  # 可以告诉他们 for 不得透露: the act allowed
            return PointJudgement(point, "contradicted", denial(denied_terms, terms, written))
        if found and (one := one_pair_given(point, canonical_point, canonical_answer, terms, lang)):
            return one  # 汽油标红色 for 汽油为红色，柴油为黄色
        if set(actions) & set(found) and (listed := list_in_a_word(point, answer, lang)):
            reason = f"does its act on the list in one word, not: {listed}"  # 要复述收花人信息
            return PointJudgement(point, "partial", reason, named=True, lacks=listed)
        missing = [t.text for t in facts if t.text not in found]  # named: its facts only
        if not denied_terms and part_stated(
            point, answer, needed, found, shared, printed, lang, written
        ):
            lacks = written(missing or [t.text for t in needed if t.text not in found])
            reason = f"states part of it, not: {lacks}"  # "Make a job card with the phone number"
            return PointJudgement(point, "partial", reason, named=True, lacks=lacks)
        return PointJudgement(
            point,
            "missing",
            (
                (f"states {len(found)} of {len(needed)} of its terms" if needed else "")
                + (f" (not {written(missing)})" if missing else "")
                + why_not_stated(missing, found, distinctive, wanted, figures_stated)
            ).removeprefix(", "),  # no "states 0 of 0 of its terms" where the stem prints them
            named=(told and (len(found) >= 2 or (bool(found) and figures_stated))) or own_figure,
        )
    canonical = (canonical_point, canonical_answer)  # a figure wrong or left out: figures_told.py
    if by_figures := judged_by_figures(point, answer, canonical, terms, found, (wanted, given),
        (places, anchors), lang, words, others, stem, figures_stated=figures_stated):  # fmt: skip
        return by_figures
    if one := one_pair_given(point, canonical_point, canonical_answer, terms, lang):
        return one  # 发酵罐贴蓝色标签 for 发酵罐贴蓝色标签，储酒罐贴绿色标签
    figures = ", ".join(dict.fromkeys(f.describe() for f in wanted))  # 18 years once
    if not found:  # a terse answer: its figures where the stem prints the point's words
        return PointJudgement(point, "credited", f"gives its figures {figures}", named=True)
    how = "states" if share >= TERMS_SHARE else "paraphrases it with"
    figures = f" and {figures}" if figures else ""
    return PointJudgement(point, "credited", f"{how} {written(found)}{figures}", named=True)
