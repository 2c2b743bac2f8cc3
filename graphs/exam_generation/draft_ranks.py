"""A type's rank of the facts it drafts, with the facts it cannot make a question of last.

The single-fact branches of a round draft the facts open to them all (fact_shares.drafted), each
taking in turn the fact it ranks best. The rank reads a fact's kinds: a fill-in ranks a rule
naming who does what high, since a role is a blank. But 「服务人员由乙方派遣、培训和管理」 names a
party, not a role to recall, and 「育儿嫂未经甲方同意不得给婴儿喂服任何药物」 has nothing to blank:
a fill-in drafted those two while the single choice took both rules of figures, wrote nothing in
its own round, and the other types had used every figure by the next (session 15 end designer
D8, m2 家政服务条款: 0 of 4 fill-ins on a material of a dozen figures). So a rule naming who
does what that the fill-in builder cannot blank loses its place in the fill-in's draft (cached:
every branch drafts for every type). Only those: demoting every fact it cannot blank moved other
rules between the types and cost a library FAQ's short answer (bench scaled set 298 -> 297).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from graphs.exam_generation.material import Material
from graphs.exam_generation.statement_builders import fill_blank
from graphs.exams import DIFFICULTIES
from graphs.text.caches import Memo
from graphs.text.facts import Fact

Rank = Callable[[Fact, str], Any]

_BLANKABLE: Memo[tuple[str, str, Fact], bool] = Memo(4096)
"""Facts remembered (a long material holds a few hundred)."""


def blankable(material: Material, fact: Fact) -> bool:
    """Whether the fill-in builder blanks the fact at some difficulty."""
    return _BLANKABLE.get(
        (material.text, material.language, fact),
        lambda: any(fill_blank(material, fact, level, "-") for level in DIFFICULTIES),
    )


def made_first(material: Material, rank: Rank) -> Rank:
    """`rank`, with the rules of who does what a fill-in cannot blank last for a fill-in (other
    types as is)."""

    def ranked(fact: Fact, question_type: str) -> tuple[bool, Any]:
        unmade = (
            question_type == "fill_blank"
            and "responsibility" in fact.kinds
            and not blankable(material, fact)
        )
        return unmade, rank(fact, question_type)

    return ranked
