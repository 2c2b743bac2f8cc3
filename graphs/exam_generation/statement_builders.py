"""Offline true/false and fill-in questions on the material's facts.

True/false: the fact itself (true, unless the material makes an exception to it elsewhere:
special_cases.special_case), or a safe false version of it (`perturbations`: a figure, a
modality, a same-kind term changed; its exception reversed, exception_reversals). Only facts reach here, so a statement is never a question,
a heading or a list lead-in.

Fill-in: one or two anchors of the fact (figures first, then roles and domain terms) become
blanks. Each blank is a whole term (anchors are the lexicon's whole terms), two blanks are
separated by real text, and no answer is printed elsewhere in the stem.
"""

from __future__ import annotations

from itertools import combinations, pairwise

from graphs.exam_generation import difficulty
from graphs.exam_generation.blank_context import with_context
from graphs.exam_generation.choice_anchors import choice_anchors, echoed, parallel_sibling
from graphs.exam_generation.difficulty_reasons import difficulty_reason
from graphs.exam_generation.exception_reversals import reversed_exception
from graphs.exam_generation.false_statements import false_statements
from graphs.exam_generation.fill_keys import as_the_material_says
from graphs.exam_generation.lost_context import lost_context
from graphs.exam_generation.material import Material
from graphs.exam_generation.phrasing import phrase
from graphs.exam_generation.scoped_rules import scoped_rule
from graphs.exam_generation.time_events import in_time_event
from graphs.exams import BLANK, Difficulty, Question
from graphs.text.anchors import Anchor
from graphs.text.facts import Fact
from graphs.text.similarity import normalise
from graphs.text.special_cases import special_case

MIN_GAP = {True: 2, False: 4}
"""Characters of text that must stand between two blanks (Chinese / English)."""


def true_false(
    material: Material,
    fact: Fact,
    target: Difficulty,
    point: str,
    prefer_true: bool,
    *,
    only_preferred: bool = False,
    skip_kinds: frozenset[str] = frozenset(),
) -> Question | None:
    """A true/false question on the fact at the target difficulty, or None; with
    `only_preferred`, only one whose answer is the preferred one; never a false version made by
    a change of `skip_kinds` (`modality`: modality_tells.py wants the fact's substance changed)."""
    language = material.language
    length = difficulty.length_feature(fact.text, material.zh)
    depth = difficulty.depth(fact.position)
    falses = false_statements(fact, material.facts, material.text, material.zh)
    verbatim = "verbatim_figure" if "figure" in fact.kinds else "verbatim"
    variants: list[tuple[str, str, str, str]] = [(fact.text, verbatim, "", "")]
    true_quote = fact.text
    case = special_case(fact.text, fact.quote, material.text, material.document.language)
    if case is not None:
        # The material does this rule's act on its own terms elsewhere (值班店长 may enter alone
        # where 单人不得进入): stated as an absolute it is untrue for that case, so it is stated
        # with its exception (scoped_rules.py), or not at all.
        scoped = scoped_rule(fact.text, case, material.zh)
        variants = [(scoped, verbatim, "", "")] if scoped is not None else []
        true_quote = f"{fact.text} {case}"
    false_variants = [(p.statement, p.kind, p.original, p.changed) for p in falses]
    reversal = reversed_exception(fact.text, material.zh)
    if reversal is not None and normalise(reversal[0]) not in normalise(material.text):
        # Its exception reversed, the one false version that tests it (a true/false's alone: a
        # multiple choice stating it took the rule a short answer on its section needed).
        false_variants.append((reversal[0], "exception", reversal[1], reversal[2]))
    if only_preferred:
        variants = variants if prefer_true else false_variants
    else:
        variants = [*variants, *false_variants] if prefer_true else [*false_variants, *variants]
    for statement, kind, original, changed in variants:
        if kind in skip_kinds:
            continue
        change = difficulty.measured_change(kind, original, changed)
        if difficulty.rate(difficulty.statement_score(depth, change, length)) != target:
            continue
        if lost_context(statement, material.document.language) is not None:
            continue  # an order, a label or 此 of nothing shown: no statement to judge
        is_true = change.startswith("verbatim")
        explanation = (
            phrase(language, "true_because", quote=true_quote)
            if is_true
            else phrase(
                language, "false_because", quote=fact.text, original=original, changed=changed
            )
        )
        return Question(
            type="true_false",
            stem=phrase(language, "true_false_stem", statement=statement),
            answer=["true" if is_true else "false"],
            explanation=explanation,
            knowledge_point=point,
            difficulty=target,
            difficulty_reason=difficulty_reason(
                target,
                {
                    "depth": (0.3, depth),
                    "change": (0.55, difficulty.subtlety(change)),
                    "length": (0.15, length),
                },
                language,
                change=change,
            ),
            source_quote=fact.quote,
        )
    return None


def _domain_term(text: str, zh: bool) -> bool:
    # English wordings vary too much to grade a blanked phrase ("bank details"); a Chinese term
    # of three or more characters is the material's own word (免赔额).
    return zh and len(text) >= 3


def _separated(anchors: tuple[Anchor, ...], text: str, zh: bool) -> bool:
    ordered = sorted(anchors, key=lambda a: a.start)
    for left, right in pairwise(ordered):
        between = text[left.end : right.start]
        if len(normalise(between)) < MIN_GAP[zh]:
            return False
    return True


def _blank(fact: Fact, anchors: tuple[Anchor, ...]) -> tuple[str, list[str]] | None:
    ordered = sorted(anchors, key=lambda a: a.start)
    pieces, answers, last = [], [], 0
    for anchor in ordered:
        if anchor.start < last:
            return None
        pieces.append(fact.text[last : anchor.start])
        pieces.append(BLANK)
        answers.append(anchor.text)
        last = anchor.end
    pieces.append(fact.text[last:])
    stem = "".join(pieces)
    if any(normalise(answer) in normalise(stem) for answer in answers):
        return None  # the answer is printed elsewhere in the stem
    return stem, answers


def fill_blank(material: Material, fact: Fact, target: Difficulty, point: str) -> Question | None:
    """A cloze on one or two whole anchors of the fact, at the target difficulty."""
    if lost_context(fact.text, material.document.language, judged=False) is not None:
        return None
    depth = difficulty.depth(fact.position)
    ranked = [
        a
        for a in (as_the_material_says(a, material.text) for a in choice_anchors(fact))
        if not echoed(fact, a, material.zh)
        and a.text not in material.audience
        # A range is asked with options: written in, its ends and notation vary too much to mark.
        and a.semantic != "range"
        # 「____后贴好标签」: the event a step follows is its time, not the rule (time_events.py).
        and not in_time_event(fact.text, a, material.zh)
    ]
    strong = [a for a in ranked if a.role != "term"]
    # A plain term is a blank only when the fact has no figure or role to ask (never a second
    # one), and only a domain term (免赔额, phone number): "email" or 售后 is guessed, not recalled.
    domain = [a for a in ranked if a.role == "term" and _domain_term(a.text, material.zh)]
    anchors = strong[:3] if strong else domain[:1]
    has_figure = any(a.role == "figure" for a in anchors)
    for blanks in (1, 2):
        for chosen in combinations(anchors, blanks):
            if has_figure and not any(a.role == "figure" for a in chosen):
                continue  # blanking the role while the rule's figure stays printed asks the lesser part
            figures = sum(a.role == "figure" for a in chosen) / blanks
            if difficulty.rate(difficulty.cloze_score(depth, blanks, figures)) != target:
                continue
            if not _separated(chosen, fact.text, material.zh):
                continue
            if any(
                (sibling := parallel_sibling(fact, a, material.zh)) is not None
                and sibling not in chosen
                for a in chosen
            ):
                continue  # the printed sibling figure gives this one away by its pattern
            made = _blank(fact, chosen)
            if made is None:
                continue
            stem_text, answers = made
            printed = with_context(material, fact, stem_text, answers, BLANK)
            if printed is None:
                continue  # 「任何人不得破坏____」: too thin to pin the key, and nothing to add
            stem_text = printed
            return Question(
                type="fill_blank",
                stem=phrase(material.language, "fill_stem", sentence=stem_text),
                answer=answers,
                explanation=phrase(material.language, "source", quote=fact.text),
                knowledge_point=point,
                difficulty=target,
                difficulty_reason=difficulty_reason(
                    target,
                    {
                        "depth": (0.3, depth),
                        "blanks": (0.4, min(1.0, (blanks - 1) / 1)),
                        "figures": (0.3, figures),
                    },
                    material.language,
                    count=blanks,
                ),
                source_quote=fact.quote,
            )
    return None
