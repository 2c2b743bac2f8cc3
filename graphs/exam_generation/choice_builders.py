"""Offline single- and multiple-choice questions on the material's facts.

Single choice: the fact's best anchor (a figure, else a role, else a domain term) becomes the
gap, whole; three distractors of the same kind come from `distractors` (near values of the same
unit, other roles, terms with the same head). Variants with the closest, middle and farthest
distractors give the difficulty range.

Multiple choice: "Which of the following about <point> are correct?" over statements: two or
three facts of the same knowledge point verbatim (true) and one or two safe false statements made
from other facts of that point (`false_statements`), none of which another option shows false (it
states the figure the false one changed); four or five options, at least two keys, never all.
Where neither the point's heading nor it with another holds enough, rules left alone under their
headings are stated together about the document as a whole (`_across_headings`).
A list run into its lead-in's sentence is asked on its own items (`list_choice`); the false
options of the statements come from `false_options`.
Never a multi-blank cloze.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from itertools import combinations, zip_longest

from graphs.exam_generation import difficulty
from graphs.exam_generation.blank_context import with_context
from graphs.exam_generation.choice_anchors import choice_anchors, echoed, parallel_sibling
from graphs.exam_generation.clause_statements import clause_statements
from graphs.exam_generation.difficulty_reasons import difficulty_reason
from graphs.exam_generation.distractors import Candidate, distractors, figure_variants
from graphs.exam_generation.false_options import false_options, statement_ok
from graphs.exam_generation.faq_statement_groups import faq_groups
from graphs.exam_generation.list_choice import list_choice
from graphs.exam_generation.lost_context import lost_context
from graphs.exam_generation.material import Material
from graphs.exam_generation.phrasing import phrase
from graphs.exam_generation.rule_opening import figures
from graphs.exam_generation.statement_topics import (
    document_point,
    names_a_topic,
    whole_document_stem,
)
from graphs.exam_generation.wording import section_point
from graphs.exams import Difficulty, Option, Question
from graphs.text.anchors import Anchor
from graphs.text.facts import Fact
from graphs.text.special_cases import special_case

KEYS = "ABCDEFGH"


def _variants(pool: list[Candidate], size: int) -> list[list[Candidate]]:
    """Closest, middle and farthest distractor sets (deduplicated)."""
    if len(pool) < size:
        return []
    middle = max(0, len(pool) // 2 - size // 2)
    sets = [pool[:size], pool[middle : middle + size], pool[-size:]]
    unique: list[list[Candidate]] = []
    for chosen in sets:
        if chosen not in unique:
            unique.append(chosen)
    return unique


def single_choice(
    material: Material, fact: Fact, target: Difficulty, point: str
) -> Question | None:
    """A single choice on the fact at the target difficulty, or None."""
    language = material.language
    if lost_context(fact.text, material.document.language, judged=False) is not None:
        return None
    anchors = [
        a
        for a in choice_anchors(fact)
        if not echoed(fact, a, material.zh)
        and a.text not in material.audience
        and not _opens_brackets(fact.text, a)
        and parallel_sibling(fact, a, material.zh) is None
    ]
    for anchor in anchors[:3]:
        pool = distractors(fact, anchor, material.facts, material.text, material.zh)
        variants = (
            figure_variants(anchor.text, pool, 3) if anchor.role == "figure" else _variants(pool, 3)
        )
        for chosen in variants:
            similarity = difficulty.spread(sum(c.likeness for c in chosen) / len(chosen))
            score = difficulty.choice_score(similarity)
            if difficulty.rate(score) != target:
                continue
            blank = phrase(language, "choice_blank")
            before, after = fact.text[: anchor.start], fact.text[anchor.end :]
            texts = [anchor.text, *(c.text for c in chosen)]
            article = _ARTICLE.search(before) if not material.zh else None
            if article and all(_article_for(t).lower() == article.group(1).lower() for t in texts):
                article = None  # "plus a (    ) service fee" over $10, $25, $40: one fits all
            if article:
                # "a (   )" would rule out every option that needs "an": the article goes into
                # each option instead.
                before = before[: article.start()]
                texts = [_with_article(t, article.group(1)) for t in texts]
            stem_text = with_context(material, fact, before + blank + after, [anchor.text], blank)
            if stem_text is None:
                break  # 「每年复训不少于（    ）」: whose retraining, the sentence before says
            return Question(
                type="single_choice",
                stem=phrase(language, "single_stem", sentence=stem_text),
                options=[Option(key=KEYS[i], text=t) for i, t in enumerate(texts)],
                answer=["A"],
                explanation=phrase(language, "source", quote=fact.text),
                knowledge_point=point,
                difficulty=target,
                difficulty_reason=difficulty_reason(
                    target,
                    {"similarity": (1.0, similarity)},
                    language,
                    figure=anchor.role == "figure",
                    near=difficulty.near_share(anchor.text, [c.text for c in chosen]),
                ),
                source_quote=fact.quote,
            )
    return None


_ARTICLE = re.compile(r"\b(a|an|A|An)\s+$")


def _opens_brackets(text: str, anchor: Anchor) -> bool:
    """ "With Full Protection ($18 per day)", 「备用金（定额3,000元）」: a gap inside brackets prints
    "((    ) per day)", 「（定额（    ））」."""
    before = text[: anchor.start]
    return before.count("(") + before.count("（") > before.count(")") + before.count("）")


_EN_VOWEL_FIGURE = re.compile(r"^[$€£]?(?:8|1[18](?:\D|$)|1[18],\d{3}(?:\D|$))")
"""Figures read with a vowel first: eight…, eleven, eighteen (an $8 fee, an 11-day trip)."""


def _article_for(text: str) -> str:
    if text[:1].isdigit() or text[:1] in "$€£":
        return "an" if _EN_VOWEL_FIGURE.match(text) else "a"
    return "an" if text[:1].lower() in "aeiou" else "a"


def _with_article(text: str, written: str) -> str:
    article = _article_for(text)
    if written[:1].isupper():
        article = article.capitalize()
    return f"{article} {text}"


def _companions(section: list[Fact], fact: Fact, used: set[int], zh: bool) -> list[Fact]:
    """The facts of `section` a multiple choice on `fact` may state beside it."""
    others = [
        f
        for f in section
        if f.sentences.isdisjoint(fact.sentences)
        and f.sentences.isdisjoint(used)
        and statement_ok(f.text, zh)
    ]
    # One statement a row or sentence: three cells of one table row read as one fact asked thrice,
    # and a sentence stated again in front of the one that points back to it repeats an option.
    return [
        f
        for i, f in enumerate(others)
        if all(f.sentences.isdisjoint(g.sentences) for g in others[:i])
    ]


def multiple_choice(
    material: Material,
    fact: Fact,
    target: Difficulty,
    point: str,
    used: set[int],
    *,
    pairs_free: bool = False,
) -> tuple[Question, list[Fact]] | None:
    """A multiple choice over statements of the fact's knowledge point, and the facts it uses.

    Where the fact's heading holds too few other rules, the statements come from it and another
    heading at its level, the nearest first (`Material.sibling_parts`), and the question names
    both. `pairs_free`: no short answer is left to write, which would ask two rules left under
    one heading, so that statements across headings may take them."""
    listed = list_choice(material, fact, target, point)
    if listed is not None:
        return listed  # 「以下物品不得带入园内：…」: its items are the statements (list_choice.py)
    zh = material.zh
    if not statement_ok(fact.text, zh):
        return None
    faq = faq_groups(material, fact)
    for names, group in faq:
        others = _companions(group, fact, used, zh)
        if len(others) < 3:
            continue
        if len(names) == 1:
            stem = phrase(material.language, "statements_stem", point=names[0])
            named = names[0]
        else:
            stem = phrase(material.language, "statements_stem_two", first=names[0], second=names[1])
            named = phrase(material.language, "two_points", first=names[0], second=names[1])
        made = _statements(material, fact, others, target, named, stem)
        if made is not None:
            return made
    others = _companions(material.section_facts(fact), fact, used, zh)
    if len(others) >= 3:
        made = _statements(material, fact, others, target, point, stem=_stem(material, [point]))
        if made is not None:
            return made
    # Too few rules under its heading: their clauses, each a fact stated alone (clause_statements).
    clauses = clause_statements(material, material.section_facts(fact), fact, used)
    if clauses is not None:
        first, others = clauses
        made = _statements(material, first, others, target, point, stem=_stem(material, [point]))
        if made is not None:
            return made
    # Its heading's rules left no sound set (two of them could not be made false, or only rules
    # with figures could, beside true ones without): its neighbour's rules widen the choice.
    own = material.part(fact.section)
    for neighbour in material.sibling_parts(fact):
        widened = [f for f in material.facts if material.part(f.section) in (own, neighbour)]
        others = _companions(widened, fact, used, zh)
        if len(others) < 3:
            continue
        names = [point, section_point(material.document, neighbour)]
        if material.text.find(neighbour) < material.text.find(own):
            names.reverse()
        stem = _stem(material, names)
        both = phrase(material.language, "two_points", first=names[0], second=names[1])
        made = _statements(material, fact, others, target, both, stem)
        if made is not None:
            return made
    return _across_headings(material, fact, target, point, used, pairs_free)


_NEAREST = 8
"""Rules across headings a multiple choice picks its statements from: the nearest to its own."""


def _across_headings(
    material: Material, fact: Fact, target: Difficulty, point: str, used: set[int], free: bool
) -> tuple[Question, list[Fact]] | None:
    """Statements from rules left alone under their headings anywhere in the material, the
    nearest first, asked about the document as a whole (「下列关于本规程的说法，哪些正确？」):
    the rules no question uses often lie one a heading, and no heading nor pair of them held
    four (a bank counter's six one-rule headings: 0 of 1)."""
    if not material.document.sections or len(set(material.document.sections)) < 2:
        return None  # one heading or none: its rules were tried above
    others = _companions(list(material.facts), fact, used, material.zh)
    if len(others) < 3:
        return None
    # Only rules alone under their heading among those left (its own too): two or more under
    # one heading are what a short answer on it asks, and taking them cost the gym terms one
    # (bench).
    # (bench). With no short answer left to write (`free`), any rule left (session 16 end D9).
    left = Counter(material.part(f.section) for f in [fact, *others])
    alone = [f for f in others if free or left[material.part(f.section)] == 1]
    if (left[material.part(fact.section)] > 1 and not free) or len(alone) < 3:
        return None
    others = sorted(alone, key=lambda f: abs(f.sentence - fact.sentence))[:_NEAREST]
    others.sort(key=lambda f: f.sentence)
    stem = whole_document_stem(material, material.language)
    return _statements(material, fact, others, target, document_point(material) or point, stem)


def _stem(material: Material, names: list[str]) -> str:
    """ "Which statements about <heading(s)>…"; about the document as a whole where a name is no
    heading of it (a material without sections: its title or a bare term, "'costs'")."""
    if not all(names_a_topic(material, name) for name in names):
        return whole_document_stem(material, material.language)
    if len(names) == 1:
        return phrase(material.language, "statements_stem", point=names[0])
    return phrase(material.language, "statements_stem_two", first=names[0], second=names[1])


def _excepted(material: Material, fact: Fact) -> bool:
    return (
        special_case(fact.text, fact.quote, material.text, material.document.language) is not None
    )


def _statements(
    material: Material, fact: Fact, others: list[Fact], target: Difficulty, point: str, stem: str
) -> tuple[Question, list[Fact]] | None:
    # Alternate facts with and without figures, so true and false options can both hold some.
    with_figure = [f for f in others if "figure" in f.kinds]
    without = [f for f in others if "figure" not in f.kinds]
    others = [f for pair in zip_longest(with_figure, without) for f in pair if f is not None]
    # A rule the material excepts elsewhere (值班店长 may enter alone where 单人不得进入) is no
    # true option: stated as an absolute, it is untrue for that case (session 23 D16, m3 MC5).
    if _excepted(material, fact):
        return None
    trueable = [f for f in others if not _excepted(material, f)]
    for true_count, false_count in _SHAPES:
        for companions in combinations(trueable, true_count - 1):
            trues = [fact, *companions]
            rest = [f for f in others if f not in companions]
            falses = false_options(material, rest, false_count, [f.text for f in trues])
            if len(falses) < false_count or _told_apart(trues, [f for _, f in falses]):
                continue
            depth = sum(difficulty.depth(f.position) for f in trues) / len(trues)
            subtle = sum(
                difficulty.subtlety(difficulty.measured_change(p.kind, p.original, p.changed))
                for p, _ in falses
            ) / len(falses)
            score = difficulty.statements_score(depth, true_count, subtle)
            if difficulty.rate(score) != target:
                continue
            texts = [f.text for f in trues] + [p.statement for p, _ in falses]
            # A fixed, text-derived order: true and false statements interleave, not A-B first.
            order = sorted(
                range(len(texts)), key=lambda i: hashlib.sha1(texts[i].encode()).digest()
            )
            keys = [KEYS[order.index(i)] for i in range(true_count)]
            texts = [texts[i] for i in order]
            sources = [*trues, *(f for _, f in falses)]
            explanation = "\n".join(
                [phrase(material.language, "source", quote=f.text) for f in trues]
                + [
                    phrase(
                        material.language,
                        "false_because",
                        quote=f.text,
                        original=p.original,
                        changed=p.changed,
                    )
                    for p, f in falses
                ]
            )
            question = Question(
                type="multiple_choice",
                stem=stem,
                options=[Option(key=KEYS[i], text=t) for i, t in enumerate(texts)],
                answer=sorted(keys),
                explanation=explanation,
                knowledge_point=point,
                difficulty=target,
                difficulty_reason=difficulty_reason(
                    target,
                    {
                        "depth": (0.25, depth),
                        "combined": (difficulty.STATEMENTS_WEIGHT, min(1.0, (true_count - 2) / 2)),
                        "similarity": (difficulty.FALSES_WEIGHT, subtle),
                    },
                    material.language,
                    count=true_count,
                ),
                source_quote=fact.quote,
            )
            return question, sources
    return None


_SHAPES = ((2, 2), (3, 2), (3, 1))
"""True and false statements of a multiple choice, in the order tried: two of each first; three
true and one false last, where the rules left hold one that can be made surely false. Most rules
cannot (a duty with an exception, a rule that names no figure), and the single-fact types take
the figures first: asking two false statements, a multiple choice was left the rules nothing
else could ask and was never written (issue 11: 0 of 12 on a designer's four materials)."""


def _told_apart(trues: list[Fact], falses: list[Fact]) -> bool:
    """True when having a figure separates the true statements from the false ones (every false
    option has a figure, no true one does, or the other way round): a test-wise learner would pick
    the key without knowing the material. A figure is one the learner reads, whether or not its
    fact is asked by it (「照度不低于50勒克斯」 is a figure in the option all the same)."""
    true_kinds = {_shows_figure(f) for f in trues}
    false_kinds = {_shows_figure(f) for f in falses}
    return len(true_kinds) == 1 and len(false_kinds) == 1 and true_kinds != false_kinds


def _shows_figure(fact: Fact) -> bool:
    return "figure" in fact.kinds or bool(figures(fact.text))
