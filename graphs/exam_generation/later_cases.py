"""A rule whose later clause opens a case of its own: its limit and what follows it, one item each.

「预订取消须在参观前24小时通知，逾期取消的，定金200元不予退还」 holds two facts a trainee must know:
the notice (24小时) and what a late cancellation costs (200元). `clause_facts` keeps it whole (a
part that sets the case of the next cannot stand before it), so one item printed both figures and
the other went untested (issue 11: 「第十三条 (罚款100元至500元) … tested nowhere」; a 17-item
blueprint on a 15-article winery code came back 12/17 while each article fed one item).

Here such a rule is two facts: the rule before the case, stated alone, and the case with what it
governs (「逾期取消的，定金200元不予退还。」). Each item prints only its own part, so neither prints
the other's key; the validators still judge every pair (statement_reuse.clauses_apart,
answer_leaks, substance). The later case must say what it is about on its own:
    - it does not lean on the clause before (「超过的，」, 「逾期的，」: over which limit?
      references.leans_on_previous);
    - it names a figure (「温度偏离超过2℃的，」) or the act of the rule before (取消 of 预订取消
      in 「逾期取消的，」); 「超过时限的，」 names only the limit the clause before set;
    - the rule before it opens on its subject, not on a case or a frame that governs the whole
      sentence (those are asked whole), and each part has something to ask (a figure, a role,
      a must or must not: clause_facts.stated_clause).
Chinese only: an English rule states such a case as a sentence or a clause of its own ("…; later
cancellations lose the £10 deposit."), which the facts reader and `clause_facts` already part.
"""

from __future__ import annotations

import re

from graphs.exam_generation.clause_facts import ClauseFact, clause_facts, stated_clause
from graphs.exam_generation.leading_cases import leading_case
from graphs.exam_generation.lost_context import lost_context, open_condition
from graphs.exam_generation.material import Material
from graphs.text.caches import Memo
from graphs.text.facts import Fact
from graphs.text.lexicon import Lexicon
from graphs.text.references import leans_on_previous

_BREAK = re.compile(r"[，,；;]")
_CASE = re.compile(r"^[^，,；;。]{2,16}?的$")
"""「逾期取消的」: a clause that is the case of the clause after it."""
_OPENS_ON_CASE = re.compile(
    r"^(?:如果|如|若|凡|对于|当|除|经|超过|超出|低于|高于|未|逾期|因|由于|在|自|从)"
    r"|(?:的|时|后|前|期间)$"
)
"""A rule whose first clause is a case or a frame: it governs every clause after it."""
_SANCTION = re.compile(r"^(?:违者|违反|违规|否则)")
_FIGURE = re.compile(r"\d")
_WORD = re.compile(r"[\u4e00-\u9fff]{2}")


def later_case_parts(fact: Fact, material: Material) -> list[ClauseFact]:
    """The rule before `fact`'s later case and the case with what it governs, each stated alone;
    none when the rule has no such case, or a part would not stand alone."""
    return list(_PARTS.get((fact, material.text), lambda: tuple(_parts(fact, material))))


_PARTS: Memo[tuple[Fact, str], tuple[ClauseFact, ...]] = Memo(4096)


def _parts(fact: Fact, material: Material) -> list[ClauseFact]:
    if not material.zh or fact.lead is not None or fact.answer or isinstance(fact, ClauseFact):
        return []
    text = fact.text.rstrip("。.！!？? ")
    if not text or text not in fact.quote:
        return []  # stated with words the material does not print here (a heading in front)
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^，,；;]+", text)]
    clauses = [text[s:e].strip() for s, e in spans]
    if len(clauses) < 3 or _OPENS_ON_CASE.search(clauses[0]):
        return []
    if leading_case(clauses[0]) is not None or open_condition(clauses[0]):
        return []
    at = next((i for i in range(1, len(clauses) - 1) if _CASE.match(clauses[i])), None)
    if at is None:
        return []
    head, tail = text[: spans[at - 1][1]].strip(), text[spans[at][0] :].strip()
    case = clauses[at]
    if _SANCTION.match(case) or leans_on_previous(tail, head, "zh", material.text):
        return []
    said = {m.group() for i in range(len(head) - 1) if (m := _WORD.match(head, i))}
    names_act = any(case[i : i + 2] in said for i in range(len(case) - 2))  # not 的
    if not (_FIGURE.search(case) or names_act):
        return []  # 「超过时限的，」: over the limit the clause before set
    if any(_CASE.match(c) for c in clauses[at + 1 :]) or _CASE.match(clauses[at - 1]):
        return []  # a second case, or the head ends on one: the sentence is asked whole
    lexicon = Lexicon.of(material.text, "zh")
    made: list[ClauseFact] = []
    for index, part in enumerate((head, tail)):
        statement = part + "。"
        if lost_context(statement, "zh"):
            return []
        made_one = stated_clause(fact, statement, part, index, material, lexicon)
        if made_one is None:
            return []
        made.append(made_one)
    return made


def fact_parts(fact: Fact, material: Material) -> list[ClauseFact]:
    """The facts of `fact`'s rule a single-fact item asks one by one: its clauses that stand
    alone (clause_facts), else the rule before a later case and that case; none when it is asked
    whole."""
    return clause_facts(fact, material) or later_case_parts(fact, material)


def by_fact(facts: list[Fact], material: Material) -> list[Fact]:
    """The facts as a single-fact item takes them: a rule of several facts as those facts, in
    place; any other rule whole (clause_facts.by_clause, with later cases)."""
    out: list[Fact] = []
    for fact in facts:
        out.extend(fact_parts(fact, material) or [fact])
    return out
