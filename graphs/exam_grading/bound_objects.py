"""A one-character verb and the bound noun after it, read as one word: 持竿 of 不得单独持竿.

jieba keeps some verb-object words whole (持杖, 换票) and splits others into a one-character verb
and a bound noun morpheme it tags ng (持/竿). A point's terms drop one-character words, so the
split act left the point's rule without a word to find ("但不得单独持竿" had no term, and an answer
that said it, 不能自己拿竿, was told it lacked it: session 22 teacher T15, A_strong Q9). Glued
back, the act is a term, as the whole word would be; act_families.py reads 拿竿 as 持竿.
"""

from __future__ import annotations

from graphs.text.segment import Token


def with_bound_objects(placed: list[tuple[int, Token]]) -> list[tuple[int, Token]]:
    """`placed` (offset, token) with each one-character verb glued to the bound noun morpheme
    (ng) right after it, tagged a noun as jieba tags the words it keeps whole (持杖)."""
    out: list[tuple[int, Token]] = []
    index = 0
    while index < len(placed):
        start, token = placed[index]
        following = placed[index + 1] if index + 1 < len(placed) else None
        if (
            following is not None
            and len(token.word) == 1
            and token.pos.startswith("v")
            and len(following[1].word) == 1
            and following[1].pos == "ng"
            and following[0] == start + 1
        ):
            out.append((start, Token(token.word + following[1].word, "n")))
            index += 2
            continue
        out.append((start, token))
        index += 1
    return out
