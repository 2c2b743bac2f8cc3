"""Statements a multiple choice may take clause by clause, where its heading holds too few rules.

A multiple choice states four rules (two or three true, the rest made false). On an ordinary
1,000-1,500-character material a heading holds two or three numbered rules, and the other types
take whatever is left, so a 4/3/4/4/2 blueprint came back with no multiple choice at all on
eight materials in two sessions (0 of 12, 1 of 12) while every true/false was delivered. Many
of those rules hold several facts: 「学员上车前须系好安全带，教练须检查副刹是否有效」 (two duties),
"Guests must be 18 or over and must show photo ID" (two conditions). A single-fact item already
asks such a rule clause by clause (`clause_facts`), each clause stated alone; here a multiple
choice does the same, so two or three rules of one heading carry its four statements.

Only what `clause_facts` states alone is a clause here (a rule opened by a case or a frame is
kept whole, so is a clause that leans on the one before); each statement is one clause, no rule
gives more than two, and at least two rules are stated, so the options are still rules of the
heading rather than one sentence cut up. Whether a statement repeats or gives away another
item's fact is judged clause by clause by the validators, as for every other option
(`statement_reuse`, `answer_leaks`).
"""

from __future__ import annotations

import re
from collections import Counter

from graphs.exam_generation.clause_facts import ClauseFact, clause_facts, stated_clause
from graphs.exam_generation.false_options import statement_ok
from graphs.exam_generation.material import Material
from graphs.text.caches import Memo
from graphs.text.facts import Fact
from graphs.text.lexicon import Lexicon
from graphs.text.references import leans_on_previous

PER_RULE = 2
"""Statements one rule may give: its clauses are facts of their own, but an option set that is
one sentence cut in four is no question about the heading."""


def clause_statements(
    material: Material, rules: list[Fact], fact: Fact, used: set[int]
) -> tuple[Fact, list[Fact]] | None:
    """The statement to open on (a clause of `fact`, or `fact` whole) and the other statements
    of `rules` (the heading's, in material order) taken clause by clause; None when no rule
    splits into clauses (the whole-rule builder has tried them), or fewer than two rules are
    free of `used` (sentences other items rest on)."""
    zh = material.zh
    free = [
        f for f in rules if f.sentences.isdisjoint(used) and len(f.sentences | {f.sentence}) == 1
    ]
    if fact not in free or len({f.sentence for f in free}) < 2:
        return None
    # One fact a sentence: a rule stated alone and with the clause after it is one rule.
    seen: set[int] = set()
    whole: list[Fact] = []
    for f in free:
        if f.sentence not in seen:
            seen.add(f.sentence)
            whole.append(f)
    split: dict[int, list[Fact]] = {
        f.sentence: [*(clause_facts(f, material) or case_clauses(f, material))] for f in whole
    }
    if not any(split.values()):
        return None
    statements: list[Fact] = []
    given: Counter[int] = Counter()
    for f in whole:
        for part in split[f.sentence] or [f]:
            if _SANCTION.match(part.text):
                continue  # 「违者由保安劝离」: whose breach? the clause before's, so not alone
            if given[f.sentence] < PER_RULE and statement_ok(part.text, zh):
                statements.append(part)
                given[f.sentence] += 1
    own = [s for s in statements if s.sentence == fact.sentence]
    if not own or len({s.sentence for s in statements}) < 2:
        return None
    first = own[0]
    return first, [s for s in statements if s is not first]


_SANCTION = re.compile(
    r"^(?:违者|违反者|违规者|否则|offenders\b|anyone who breaks\b|otherwise\b)", re.IGNORECASE
)
"""A sanction for the clause before (「违者由保安劝离」, "Offenders are asked to leave"): no fact
of its own, and printed beside that clause made false it shows the false one false."""
_ZH_CASE = re.compile(r"^(?P<case>[^，,；;。]{2,16}?的)[，,]")
"""「学员退学的，…」: a rule that opens on the case it governs."""
_ZH_BREAK = re.compile(r"[，,；;]")
_ZH_GOES_ON = re.compile(
    r"^(?:并|且|但|并且|同时|否则|再|方可|才|然后|随后|均|也|还|或|逾期|超过|超出|最高|最低|最多|最少|不超过|不低于)"
)
_ZH_SETS_CASE = re.compile(r"(?:的|时|后|前)$")


_CASES: Memo[tuple[Fact, str], tuple[ClauseFact, ...]] = Memo(4096)
"""`case_clauses` by fact and material (as clause_facts caches its own): every branch's claims
and every option set of a multiple choice count the same rules' clauses."""


def case_clauses(fact: Fact, material: Material) -> list[ClauseFact]:
    """A Chinese rule that opens on its case and then states two or more rules of its own
    (「学员退学的，已学课时按每课时150元扣除，余款在15个工作日内退回」), as the case with each of them:
    「学员退学的，余款在15个工作日内退回。」. A single-fact item asks such a rule whole (its case
    governs every clause, `clause_facts`); a statement of a multiple choice is one fact, and
    with its case in front each clause still says when it holds. None when any clause goes on
    from the one before, sets a case of its own, or has nothing to ask."""
    return list(_CASES.get((fact, material.text), lambda: tuple(_case_clauses(fact, material))))


def _case_clauses(fact: Fact, material: Material) -> list[ClauseFact]:
    if not material.zh or fact.lead is not None or fact.answer:
        return []
    text = fact.text.rstrip("。.！!？? ")
    opening = _ZH_CASE.match(text)
    if opening is None:
        return []
    case, rest = opening["case"], text[opening.end() :]
    clauses = [c.strip() for c in _ZH_BREAK.split(rest) if c.strip()]
    if len(clauses) < 2:
        return []
    lexicon = Lexicon.of(material.text, "zh")
    made: list[ClauseFact] = []
    for index, clause in enumerate(clauses):
        earlier = case + "，" + "，".join(clauses[:index])
        if (
            len(clause) < 6
            or _ZH_GOES_ON.match(clause)
            or _ZH_SETS_CASE.search(clause)
            or (index and leans_on_previous(clause, earlier, "zh", material.text))
        ):
            return []
        statement = f"{case}，{clause}。"
        made_one = stated_clause(fact, statement, clause, index + 1, material, lexicon)
        if made_one is None:
            return []
        made.append(made_one)
    return made


def statement_count(material: Material, facts: list[Fact]) -> int:
    """How many statements a multiple choice can take from `facts` (`clause_statements`'s
    way: a rule by its clauses, at most `PER_RULE` each; one fact a sentence)."""
    seen: set[int] = set()
    count = 0
    for f in facts:
        if f.sentence in seen:
            continue
        seen.add(f.sentence)
        parts = clause_facts(f, material) or case_clauses(f, material)
        count += min(PER_RULE, len(parts)) if parts else 1
    return count


def choice_cost(material: Material, facts: list[Fact]) -> tuple[int, int]:
    """What a multiple choice on `facts` (a point's rules) costs the single-fact items: the
    statements it can take, and the items those rules give asked one by one (a rule of clauses
    that stand alone gives one a clause; a rule its case governs, one)."""
    seen: set[int] = set()
    items = 0
    for f in facts:
        if f.sentence not in seen:
            seen.add(f.sentence)
            items += len(clause_facts(f, material)) or 1
    return statement_count(material, facts), items
