"""A fill-in keyed by a word for a group, answered with the group's members.

A teacher marks 「等待____到场」 keyed 医护人员 by whom the learner names: 医生和护士 (every
member) is the key, as is the group's other name (医务人员); 医生 alone is part of it, and her note
says who is left out (只写了医生，还应包括护士), not 用词不对; 家属 is nothing. "Doctors and
nurses" for "medical staff" the same. The groups and their members are authored in synonyms.yaml
(`families`), each member with its own names (医生, 大夫).

Only members are read: a member beside anyone outside the family (医生和家属), with a rank or a
modifier of its own (副医师, 护士长, 主治医生), or negated is not this rule's, and the other rules
decide (none credits it). English nouns count one way ("nurses" is "nurse").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graphs.exam_grading.vocabulary import Family, Vocabulary
from graphs.exam_grading.word_forms import in_singular, without_article

_JOINERS = re.compile(r"以及|还有|和|与|及|跟|或者|或|、|,|，|/|&|\+|\band\b|\bor\b|\bplus\b")
"""What joins the members a learner lists (医生和护士, 医生、护士, "doctors and nurses")."""
_ARTICLES = re.compile(r"\b(?:the|a|an)\b")
_ZH_PLURAL = "们"  # 医生们 is 医生


@dataclass(frozen=True)
class FamilyMatch:
    """What an answer names of the key's group: its share of the members and why."""

    credit: float
    reason: str


def family_match(given: str, expected: str, vocabulary: Vocabulary) -> FamilyMatch | None:
    """The credit of `given` for a key that names a group (医护人员): 1 for the group's other
    name or every member, the members' share for some of them; None when the key names no
    group of the vocabulary or the answer names anything but its members."""
    key = _plain(expected)
    family = next((f for f in vocabulary.families if key in f.names), None)
    if family is None:
        return None
    answer = _plain(given)
    if answer in family.names:
        return FamilyMatch(1.0, f"'{given}' is another name of the group '{expected}'")
    named, rest = _members_named(answer, family)
    if not named or _JOINERS.sub(" ", rest).replace(_ZH_PLURAL, " ").strip():
        return None
    if len(named) == len(family.members):
        return FamilyMatch(1.0, f"'{given}' names every member of '{expected}'")
    left_out = "、".join(m[0] for i, m in enumerate(family.members) if i not in named)
    return FamilyMatch(
        len(named) / len(family.members),
        f"'{given}' names only part of '{expected}' (left out: {left_out})",
    )


def _plain(text: str) -> str:
    """Folded, plurals singular, no article, one space between words."""
    text = _ARTICLES.sub(" ", in_singular(without_article(text.strip())))
    return re.sub(r"\s+", " ", text).strip()


def _members_named(answer: str, family: Family) -> tuple[set[int], str]:
    """Which members (by index) the answer names, and the answer with their names taken out."""
    named: set[int] = set()
    names = sorted(
        ((name, i) for i, member in enumerate(family.members) for name in member),
        key=lambda pair: len(pair[0]),
        reverse=True,
    )
    for name, index in names:
        pattern = rf"(?<![a-z]){re.escape(name)}(?![a-z])" if name.isascii() else re.escape(name)
        answer, found = re.subn(pattern, " ", answer)
        if found:
            named.add(index)
    return named, answer
