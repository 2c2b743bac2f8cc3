"""A short answer whose points are every rule of a group the stem names whole: a section, a
subject group, an FAQ question's answer.

`asked_whole` decides whether the rules are a settled key (each short enough to recall, resting
on no sentence of another group nor on one another question uses, a rule stated twice counted
once) and writes the item: the stem says how many rules to give and what kinds of figure and
role they hold (「写明时限和负责人」, "give the time limit and who is responsible"), the points
are the rules split per duty (point_parts), the reference answer is the rules.
"""

from __future__ import annotations

import re
from dataclasses import replace

from graphs.exam_generation import difficulty
from graphs.exam_generation.ask_hints import hint
from graphs.exam_generation.cross_references import refers_elsewhere
from graphs.exam_generation.difficulty_reasons import difficulty_reason
from graphs.exam_generation.material import Material
from graphs.exam_generation.phrasing import phrase
from graphs.exam_generation.point_parts import point_parts
from graphs.exam_generation.section_stems import en_section_stem
from graphs.exam_generation.short_answer_pool import restates
from graphs.exams import Difficulty, Question
from graphs.text.facts import Fact

MAX_RULES = 4
"""More rules than this is a group to read, not one to write out from memory."""
MAX_RULE_CHARS = {True: 90, False: 200}
"""A rule longer than this (Chinese, English characters) is several to recall; the group is
asked rule by rule or not at all."""
_COUNT = {True: {2: "两", 3: "三", 4: "四"}, False: {2: "both", 3: "all three", 4: "all four"}}
"""The count said in words: a digit in the stem reads as a figure of the rules."""
_DIGITS = re.compile(r"\d+(?:\.\d+)?")


def asked_whole(
    material: Material,
    rules: list[tuple[int, str]],
    target: Difficulty,
    used: set[int],
    knowledge_point: str,
    stem_key: str,
    **stem: str,
) -> tuple[Question, list[Fact]] | None:
    """A short answer whose points are all of `rules` (sentence index, text), its stem phrasing's
    `stem_key` with `stem` and the count (an English section's stem is section_stems'); None
    when they are no settled answer (a rule too long to recall, a fact shared with another
    sentence, a rule another question uses) or its rating is not `target`. A rule stated twice
    is one point (short_answer_pool.distinct): two points for one rule credit it twice."""
    zh = material.zh
    if any(len(text) > MAX_RULE_CHARS[zh] or refers_elsewhere(text, zh) for _, text in rules):
        return None  # a rule that is another article's (cross_references) is no point to key
    document = material.document
    indices = {i for i, _ in rules}
    facts = _facts_of(material, indices)
    # A fact stated with a sentence of another group, or resting on one another question
    # uses, is not this group's alone.
    if not facts or any(not f.sentences <= indices for f in facts) or indices & used:
        return None
    kept: list[tuple[int, str]] = []
    for i, text in rules:
        # 「经典套餐含2套服装」 and 「臻选套餐含4套服装」 share their words, not their figures:
        # two rules, and 「全部两条」 of three would be a false count
        if not any(
            restates(text, other, material.zh) and _DIGITS.findall(text) == _DIGITS.findall(other)
            for _, other in kept
        ):
            kept.append((i, text))
    if len(kept) < 2:
        return None
    points = [text.rstrip("。；;，,. ") for _, text in kept]
    depth = sum(difficulty.depth(position) for position in range(len(points))) / len(points)
    elements = sum(difficulty.recall_elements(p) for p in points)
    if difficulty.rate(difficulty.short_answer_score(len(points), depth, elements)) != target:
        return None
    parts = [point_parts(p, zh) for p in points]
    quotes = [document.sentences[i].text.strip() for i, _ in kept]
    said = _hint(facts, points, zh)
    scored = sum(len(each) for each in parts)
    # 「请写出全部三条」 over four scoring points (a rule of two duties is two) read as a count
    # that the marks contradict (session 21 end teacher T14, C Q10): the stem says both
    more = "" if scored == len(points) else f"，共{scored}个要点" if zh else f"{scored} points"
    if zh:
        stem_text = phrase(
            material.language,
            stem_key,
            count=_COUNT[zh][len(points)],
            hint=more + (f"（写明{said}）" if said else ""),
            **stem,
        )
    else:
        asked = "; ".join(w for w in (f"give {said}" if said else "", more) if w)
        if stem_key == "short_stem_section":
            stem_text = en_section_stem(knowledge_point, len(points), asked)
        else:
            stem_text = phrase(
                material.language,
                stem_key,
                count=_COUNT[zh][len(points)],
                hint=f" ({asked})" if asked else "",
                **stem,
            )
    return (
        Question(
            type="short_answer",
            stem=stem_text,
            answer=["；".join(points) + "。" if zh else ". ".join(points) + "."],
            scoring_points=[part for each in parts for part in each],
            explanation="\n".join(phrase(material.language, "source", quote=q) for q in quotes),
            knowledge_point=knowledge_point,
            difficulty=target,
            difficulty_reason=difficulty_reason(
                target,
                {
                    "combined": (0.5, min(1.0, (len(points) - 2) / 2)),
                    "elements": (0.5, min(1.0, max(0, elements - 2) / 4)),
                },
                material.language,
                count=len(points),
                elements=elements,
            ),
            source_quote=quotes[0],
            point_sources=[q for q, each in zip(quotes, parts, strict=True) for _ in each],
        ),
        facts,
    )


def _facts_of(material: Material, indices: set[int]) -> list[Fact]:
    """The material's facts on these sentences, one a sentence (its longest statement)."""
    best: dict[int, Fact] = {}
    for f in material.facts:
        if f.sentence in indices and (
            f.sentence not in best or len(f.text) > len(best[f.sentence].text)
        ):
            best[f.sentence] = f
    return [best[i] for i in sorted(best)]


def _hint(facts: list[Fact], points: list[str], zh: bool) -> str:
    """「时限和负责人」, "the time limit and who is responsible": the kinds of figure the points
    themselves hold and who they name, said once each. Read from the points, not their facts: a
    fact may carry the sentence stated in front of it, and 「写明期限和次数」 asked for a count no
    point holds."""
    words: list[str] = []
    bare = replace(facts[0], anchors=())  # the figures' kinds are read from the point alone
    for point in points:
        said = [w for w in _HINT_JOIN[zh].split(hint(bare, point, "", zh)) if w]
        if any(
            _ROLE[zh] in hint(f, f.text, "", zh)
            and any("role" in (a.role, a.semantic) and a.text in point for a in f.anchors)
            for f in facts
        ):
            said.append(_ROLE[zh])
        words += [w for w in said if w not in words]
    if not words:
        return ""
    join, last = ("、", "和") if zh else (", ", " and ")
    return last.join(words) if len(words) <= 2 else join.join(words[:-1]) + last + words[-1]


_ROLE = {True: "负责人", False: "who is responsible"}
_HINT_JOIN = {True: re.compile(r"[和、]"), False: re.compile(r",\s*|\s+and\s+")}
