"""How many questions a material can carry, and what to tell a trainer whose exam fell short.

A question rests on facts (graphs/text/facts.py): a single choice, a true/false and a fill-in on
one, a multiple choice on about four (its statements), a short answer on about three (its points).
Not every fact makes every type at every difficulty, so a material carries a blueprint when it
holds `ENOUGH` times the facts the blueprint's questions rest on. Below that the exam falls short
because the facts run out, not because a check failed; `small_material_note` tells the trainer, once
per exam and in their language, how many questions came back, how many rules the generator reads
and which it left unused, whose shortfall it is (the generator's while rules are left), and a
blueprint it can meet (the questions it made); `scaled` shrinks a blueprint to a material (the
bench's smaller exams).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence

from graphs.exams import QUESTION_TYPES, Language
from graphs.exams import TYPE_NAMES as _TYPE
from graphs.text.segment import tokenize

FACTS_PER_QUESTION = {
    "single_choice": 1,
    "multiple_choice": 4,
    "true_false": 1,
    "fill_blank": 1,
    "short_answer": 3,
}
"""Facts one question of a type rests on (a multiple choice's statements, a short answer's points)."""
ENOUGH = 1.5
"""A material holds enough facts for a blueprint when it has this many times the facts the
blueprint's questions rest on: not every fact makes every type at every difficulty."""


def facts_needed(counts: Mapping[str, int]) -> int:
    """How many facts the blueprint's questions rest on."""
    return sum(FACTS_PER_QUESTION[t] * n for t, n in counts.items() if t in FACTS_PER_QUESTION)


def enough_facts(counts: Mapping[str, int]) -> int:
    """How many facts a material needs to carry the blueprint."""
    return math.ceil(ENOUGH * facts_needed(counts))


def scaled(counts: Mapping[str, int], facts: int) -> dict[str, int]:
    """The blueprint shrunk to what the material's facts can hold (at least one of each type
    asked for)."""
    needed = ENOUGH * facts_needed(counts)
    room = facts / needed if needed else 1.0
    if room >= 1:
        return dict(counts)
    return {t: max(1, math.floor(n * room)) for t, n in counts.items() if n}


def _too_small(facts: int, counts: Mapping[str, int], untested: int | None) -> bool:
    """Whether the rules this generator reads ran out: it holds fewer than the blueprint wants,
    and every one it reads is asked (when known). With rules left untested the generator fell
    short, not the material: a note saying 材料偏短 or "too few" over a 3,000-character FAQ whose
    deposit and core-shot charges no question used blamed the trainer's material (session 10
    designer, m2-m4)."""
    return facts < enough_facts(counts) and not untested


def _listing(language: Language, counts: Mapping[str, int]) -> str:
    ordered = [(t, counts[t]) for t in QUESTION_TYPES if counts.get(t)]
    if language == "zh":
        return "、".join(f"{_TYPE['zh'][t]}{n}道" for t, n in ordered)
    return ", ".join(f"{n} {_TYPE['en'][t]}" for t, n in ordered)


_QUOTED_CHARS = {"zh": 30, "en": 60}
"""How much of an unused rule the note quotes: enough to find it in the material."""
_QUOTED_RULES = 3


def _quoted(language: Language, rules: Sequence[str]) -> str:
    """The first unused rules, each cut to a findable opening: which rules went unused."""
    limit = _QUOTED_CHARS[language]
    cut = [r if len(r) <= limit else _on_a_word(r, limit, language) + "…" for r in rules]
    shown = cut[:_QUOTED_RULES]
    rest = len(rules) - len(shown)
    if language == "zh":
        more = f"等{len(rules)}条" if rest > 0 else ""
        return "；".join(f"「{r.rstrip('。')}」" for r in shown) + more
    more = f" and {rest} more" if rest > 0 else ""
    return "; ".join(f'"{r}"' for r in shown) + more


def _on_a_word(rule: str, limit: int, language: Language) -> str:
    """The rule's opening up to `limit` characters, ending on a whole word: "… may be cleane…"
    (session 17 end designer D10, m3) sent the trainer looking for a word the material lacks."""
    if language == "zh":
        end = 0
        for token in tokenize(rule, "zh"):
            if end + len(token.word) > limit:
                break
            end += len(token.word)
        opening = rule[: end or limit]
    else:
        opening = rule[: limit + 1].rsplit(" ", 1)[0] if " " in rule[:limit] else rule[:limit]
    return opening.rstrip(" ,，、;；:：")


def small_material_note(
    language: Language,
    facts: int,
    counts: Mapping[str, int],
    missing: Mapping[str, int],
    untested: int | None = None,
    unused: Sequence[str] = (),
    unread: Sequence[str] = (),
    check: Callable[[dict[str, int]], dict[str, int] | None] | None = None,
) -> str:
    """The one note an exam that fell short carries (on its first shortfall line): how many of the
    questions came back, how many rules this generator reads in the material, which of them no
    question uses (`unused`, quoted), whose shortfall it is, and a blueprint it can meet: the
    questions it made now, never one of a type it failed to make. With rules left untested the
    generator is the limit and says so; only when it has asked every rule it reads does it ask for
    more material (`_too_small`), and then says that it may not read every rule the material
    states. `unread`: the untested rules it reads as no fact (unread_rules.py), named too, so
    that the note's untested rules are all the exam leaves untested. `check`: from the questions
    made now, a blueprint the material delivers whole when written (blueprint_check.py), or None
    when none was found (then none is suggested). "" when nothing is short."""
    short = sum(missing.values())
    if not short:
        return ""
    asked = sum(counts.values())
    delivered = {t: n - missing.get(t, 0) for t, n in counts.items() if n - missing.get(t, 0) > 0}
    checked = check is not None
    if check is not None and delivered:
        # No blueprint found that delivers whole and as many: the questions made are offered as
        # they are, never a blueprint of fewer than this exam has (session 15 end designer D8).
        found = check(delivered)
        checked = found is not None
        delivered = found or delivered
    as_made = check is not None and not checked
    made = asked - short
    small = _too_small(facts, counts, untested) and not unread
    spent = untested == 0 and not unread
    if language == "zh":
        left = ""
        if untested:
            listed = f"：{_quoted('zh', unused)}" if unused else ""
            left = (
                f"，其中{untested}条本卷未用{listed}。缺题是本生成器的不足，不是材料的："
                "它没能用这些规定出成所缺的题型（原因见各题型的说明）"
            )
        elif spent:
            left = "，本卷已全部考到"
        if unread:
            left += (
                f"。材料另有{len(unread)}条规定本生成器尚不能出题，本卷也未考："
                f"{_quoted('zh', unread)}"
            )
        too_small = (
            f"。按这份题量本生成器约需读出{enough_facts(counts)}条（一道多选题用4条，一道简答题用3条，"
            "且并非每条规定都适合每种题型），而它未必读出了材料中的全部规定"
            if small
            else ""
        )
        made_now = "（已按此题量试出，能整卷出齐）" if checked else "（即本次出成的题）"
        fits = (
            f"。若要整卷出齐，可把题量定为{_listing('zh', delivered)}{made_now}"
            if delivered
            else ""
        )
        if as_made:
            fits = (
                f"。本卷已出的{_listing('zh', delivered)}可直接使用"
                "（按这份题量重新出卷，本生成器试出的仍有缺题）"
            )
        more = ("，或补充含这类规定的材料" if fits else "。可补充含这类规定的材料") if small else ""
        return (
            f"本卷出成{made}道，共要{asked}道，缺{short}道（{_listing('zh', missing)}）。"
            f"本生成器在材料中读出可出题的规定（数字、时限、职责、必须/不得等）{facts}条"
            f"{left}{too_small}{fits}{more}。"
        )
    left = ""
    if untested:
        listed = f": {_quoted('en', unused)}" if unused else ""
        left = (
            f"; {untested} of them no question of this exam uses{listed}. The shortfall is this "
            "generator's, not the material's: it made none of the missing questions from these "
            "rules (each type's line says why)"
        )
    elif spent:
        left = "; every one of them is asked by this exam"
    if unread:
        left += (
            f". The material states {len(unread)} more rule{'s' if len(unread) != 1 else ''} "
            f"this generator cannot yet make a question of, so this exam leaves "
            f"{'them' if len(unread) != 1 else 'it'} untested too: {_quoted('en', unread)}"
        )
    too_small = (
        f". For this blueprint it would need to read about {enough_facts(counts)} (a multiple "
        "choice rests on 4 rules, a short answer on 3, and not every rule suits every type), and "
        "it may not read every rule the material states"
        if small
        else ""
    )
    made_now = "(written as a check: it delivers in full)" if checked else "(what it made now)"
    fits = (
        f". For a whole exam from this material, ask for {_listing('en', delivered)} {made_now}"
        if delivered
        else ""
    )
    if as_made:
        fits = (
            f". The questions this exam made ({_listing('en', delivered)}) can be used as they "
            "are (asked for again, that blueprint still fell short when this generator tried it)"
        )
    more = (
        (
            ", or add material with more such rules"
            if fits
            else ". Add material with more such rules"
        )
        if small
        else ""
    )
    return (
        f"This exam has {made} of the {asked} questions asked for ({_listing('en', missing)} "
        f"missing). This generator finds {facts} rules in the material it can ask about "
        f"(figures, deadlines, who does what, must/must not){left}{too_small}{fits}{more}."
    )
