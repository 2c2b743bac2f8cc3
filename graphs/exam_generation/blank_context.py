"""The words a fill-in blank needs around it so that its key is the only sensible answer.

「每年复训不少于 ____」 (key 4 学时) and 「任何人不得破坏____」 (key 事故现场) say too little: who
retrains, and which scene, are in the sentence before (session 10 designer, m1 Q11 and Q12; 1 次
or 脚手架 fit the blank as well). A stem whose own words are this thin is printed after the
sentence before it in the same paragraph, which names the subject and the case; when there is none,
or it is too long to read, or it prints the key, the blank is not asked. So is a stem whose act
takes its object from the sentence before (「只有持有____的员工才能重新开启」: opens what?; "The
Workshop replies within ____.": to what? graphs/text/elided_objects.py).
"""

from __future__ import annotations

import re

from graphs.exam_generation.clause_facts import ClauseFact
from graphs.exam_generation.material import Material
from graphs.text.elided_objects import en_object_elided, zh_object_elided
from graphs.text.facts import Fact
from graphs.text.lists import without_marker
from graphs.text.sentence_form import clean_statement
from graphs.text.similarity import normalise

MIN_WORDS = {True: 10, False: 4}
"""Words a blank's stem must hold besides its blanks (Chinese characters / English words)."""
MAX_CONTEXT = {True: 70, False: 300}
"""Longest sentence before (characters) that may be printed as the blank's context."""

_CJK = re.compile(r"[\u4e00-\u9fff]")
_EN_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
_ZH_SENTENCE_END = re.compile(r"[。！？!?]")
_EN_SENTENCE_END = re.compile(r"[.!?](?=\s)")
_CLAUSE_GOES_ON = re.compile(r"\s*[，,；;]|\s+(?:and|but)\s")
"""After a quote: its rule goes on, so the quote is one clause of it."""


def thin(stem: str, blank: str, zh: bool) -> bool:
    """True when the stem, blanks taken out, is too short to pin its key."""
    words = stem.replace(blank, " ")
    count = len(_CJK.findall(words)) if zh else len(_EN_WORD.findall(words))
    return count < MIN_WORDS[zh]


def sentence_before(material: Material, fact: Fact) -> str | None:
    """The whole sentence before the fact's in the same paragraph, or None; None too for a fact
    stated from one clause of its rule (clause_facts.py): what its subject is is its own rule's,
    not the sentence before's (「追肥由（    ）负责」 printed after 「幼苗每天浇水不超过2次，…」 stated
    another item's facts and still not which 追肥)."""
    at = material.text.find(fact.quote)
    if at <= 0:
        return None
    if _CLAUSE_GOES_ON.match(material.text, at + len(fact.quote)):
        return None
    line_start = material.text.rfind("\n", 0, at) + 1
    before = material.text[line_start:at].rstrip()
    if not before:
        return None
    ends = list((_ZH_SENTENCE_END if material.zh else _EN_SENTENCE_END).finditer(before[:-1]))
    said = before[ends[-1].end() :] if ends else before
    said = said.strip()
    if not said or said[-1] not in "。！？.!?":
        return None
    said = clean_statement(without_marker(said))  # 「2. 」, 「第七条 」: no words of the rule
    return said if len(said) <= MAX_CONTEXT[material.zh] else None


_LIST_MEMBER = {
    True: r"、\s*{blank}|{blank}\s*、",
    False: r",\s*{blank}\s*,|,\s*{blank}\s+(?:and|or)\s",
}
"""A blank with a list's separator beside it ({blank} is the blank, escaped)."""


def in_bare_list(stem: str, blank: str) -> bool:
    """A blank that is one member of a list (「增压泵、____、主板」, "pumps, ____, valves and …"):
    the rule is what the list is under, and a learner can only recall which member is missing,
    not a fact of its own (session 17 designer D10, m2: 「增压泵、____、主板、显示屏…」). A question
    on the list asks it better (a multiple choice over its members)."""
    pattern = _LIST_MEMBER[bool(_CJK.search(stem))].format(blank=re.escape(blank))
    return re.search(pattern, stem) is not None


def with_context(
    material: Material, fact: Fact, stem: str, answers: list[str], blank: str
) -> str | None:
    """The stem as printed: itself, or after the sentence before when it is thin; None when it is
    thin and no sentence before can pin its key."""
    if in_bare_list(stem, blank):
        return None
    elided = (zh_object_elided if material.zh else en_object_elided)(stem.replace(blank, "某"))
    if not elided and (
        not thin(stem, blank, material.zh) or _figure_of_its_clause(fact, stem, answers, blank)
    ):
        return stem
    context = sentence_before(material, fact)
    if context is None or any(normalise(a) in normalise(context) for a in answers):
        return None
    return f"{context}{stem}" if material.zh else f"{context} {stem}"


def _figure_of_its_clause(fact: Fact, stem: str, answers: list[str], blank: str) -> bool:
    """A clause of a rule stated with its own subject and modal (clause_facts.py) is short, not
    thin, when its blank is a figure (「订单须提前____预订」); its subject blanked (「____不予退
    还」) or a term (「值班主管负责当班____」) it is thin as any stem, and the sentence before
    would be another rule."""
    return (
        isinstance(fact, ClauseFact)
        and not stem.lstrip().startswith(blank)
        and all(any(c.isdigit() for c in a) for a in answers)
    )
