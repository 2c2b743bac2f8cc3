"""Spread correct options over positions, deterministically, so the answer is not always A.

Writers may put the key anywhere (the offline builders put it first). Choice questions are taken
in exam order and the j-th one is rotated so that its first key lands on the j-th position of a
cycle over the positions; the cycle's order comes from a seed (the material's hash), so the same
material gives the same exam and different materials different patterns.
"""

from __future__ import annotations

import hashlib

from graphs.exams import Option, Question

KEYS = "ABCDEFGH"


def _cycle(width: int, seed: str) -> list[int]:
    """A permutation of range(width) chosen by the seed."""
    order = list(range(width))
    digest = hashlib.sha256(seed.encode()).digest()
    for i in range(width - 1, 0, -1):  # Fisher-Yates driven by the digest's bytes
        j = digest[i % len(digest)] % (i + 1)
        order[i], order[j] = order[j], order[i]
    return order


def rotate(question: Question, target: int) -> Question:
    """The question with options rotated so its first key sits at `target`, keys relabelled."""
    keys = [o.key for o in question.options]
    correct = sorted(keys.index(a) for a in question.answer if a in keys)
    if not correct:
        return question
    n = len(question.options)
    shift = (target - correct[0]) % n
    moved = [question.options[(i - shift) % n] for i in range(n)]
    old_to_new = {moved[i].key: KEYS[i] for i in range(n)}
    options = [Option(key=KEYS[i], text=o.text) for i, o in enumerate(moved)]
    answer = sorted(old_to_new[a] for a in question.answer if a in old_to_new)
    return question.model_copy(update={"options": options, "answer": answer})


def balance_options(questions: list[Question], seed: str) -> list[Question]:
    """Every choice question rotated along the seed's cycle; other questions unchanged."""
    out = []
    j = 0
    for question in questions:
        if question.type in ("single_choice", "multiple_choice") and question.options:
            cycle = _cycle(len(question.options), seed)
            out.append(rotate(question, cycle[j % len(cycle)]))
            j += 1
        else:
            out.append(question)
    return out
