"""A forbidden thing said with a modifier of another kind: another thing, not the one forbidden.

「不得穿深色衣物」 forbids a kind of garment (深色 before 衣物). 「浅色衣服也可以」 or 「其他衣服也可以」
allows garments of another kind: it keeps the rule, it does not turn it round, though the clause
holds the point's head word 衣物 (衣服 read as 衣物). 「化纤衣服也可以」 for 「不得穿化纤衣物」 names the
forbidden kind itself and still turns the rule round (contradictions.flipped_modality).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from graphs.exam_grading.point_terms import Term, tokens_with_offsets

_MODIFIER_TAGS = ("n", "a", "b", "r", "z")
"""jieba tags of a word that can qualify a noun (浅色 n, 其他 r, 棉质 n); a verb (穿) cannot."""


def another_kind(clause: str, point: str, terms: Sequence[Term]) -> bool:
    """Whether the Chinese answer `clause` names a head noun of the point qualified by the point's
    own modifier term (深色衣物) with another modifier instead (浅色衣物), and not the point's."""
    texts = {t.text for t in terms}
    point_tokens = [t.word for _, t in tokens_with_offsets(point)]
    qualified = {
        head: modifier
        for modifier, head in itertools.pairwise(point_tokens)
        if modifier in texts and head in texts
    }
    tokens = [t for _, t in tokens_with_offsets(clause)]
    for before, token in itertools.pairwise(tokens):
        modifier = qualified.get(token.word)
        if (
            modifier is not None
            and modifier not in clause
            and before.word not in texts
            and len(before.word) >= 2
            and before.pos.startswith(_MODIFIER_TAGS)
        ):
            return True
    return False
