"""A single choice has exactly one defensible answer: no distractor is also right.

A distractor is also right when
- it is the key in other words: the same text after normalisation, or the same figure
  (两小时 = 2小时, 三十天 = 30天; graphs/text/quantities.py);
- the material says it in the same frame: the stem's words around the blank, with the distractor
  in the blank, occur in the material ("must be installed within 48 hours" when the key is 7 days);
- the source quote lists it alongside the key ("通过微信小程序、电话或到店": 电话 is right too);
- the material's next sentence gives it to another case of the same rule, a sentence that leans on
  the key's ("A: 40 percent for repairs over 300 dollars. Students with a valid card pay 20
  percent.": 20 percent is a deposit for such repairs too; session 14 designer D6, e4-2).
"""

from __future__ import annotations

import re

from graphs.exam_generation.blanks import blank_frames
from graphs.exams import Language, Question
from graphs.text.quantities import Quantity, parse_quantities, same_quantity
from graphs.text.rule_elsewhere import rule_elsewhere
from graphs.text.similarity import normalise

MIN_FRAME_CHARS = 4
"""A frame shorter than this (normalised) says too little to tell options apart."""
_ZH_JOINERS = re.compile(r"、|以及|或者|和|及|与|或|跟")
_EN_JOINERS = re.compile(r",|\band\b|\bor\b", re.IGNORECASE)
_LIST_ITEM_CHARS = 8
_LIST_ITEM_WORDS = 3
_EN_LIST_BLOCKERS = frozenset(
    [
        "on",
        "at",
        "in",
        "to",
        "of",
        "for",
        "from",
        "by",
        "with",
        "within",
        "after",
        "before",
        "than",
        "the",
        "a",
        "an",
        "is",
        "are",
        "be",
        "was",
    ]
)


def _same_figure(a: str, b: str) -> bool:
    left, right = parse_quantities(a), parse_quantities(b)
    if not left or len(left) != len(right):
        return False
    if normalise(_strip_spans(a, left)) != normalise(_strip_spans(b, right)):
        return False
    return all(same_quantity(x, y) for (x, _, _), (y, _, _) in zip(left, right, strict=True))


def _strip_spans(text: str, found: list[tuple[Quantity, int, int]]) -> str:
    for _, start, end in sorted(found, key=lambda f: -f[1]):
        text = text[:start] + text[end:]
    return text


def _listed_together(quote: str, key: str, other: str, language: Language) -> bool:
    """True when the quote names `key` and `other` as items of one list."""
    lowered = quote.lower()
    a, b = lowered.find(key.lower()), lowered.find(other.lower())
    if a < 0 or b < 0:
        return False
    start, end = (a + len(key), b) if a < b else (b + len(other), a)
    between = quote[start:end]
    if language == "en":
        pieces = _EN_JOINERS.split(between)
        if len(pieces) < 2:
            return False
        return all(
            len(p.split()) <= _LIST_ITEM_WORDS
            and not any(w.lower() in _EN_LIST_BLOCKERS for w in p.split())
            for p in pieces
        )
    if "，" in between or "," in between or "。" in between:
        return False
    pieces = _ZH_JOINERS.split(between)
    return len(pieces) >= 2 and all(len(p.strip()) <= _LIST_ITEM_CHARS for p in pieces)


_NEXT_SENTENCE = re.compile(r"\s*([^\n]+?(?:[。！？!?；;]|\.(?=\s|$)|$))")


def _other_case(quote: str, option: str, material: str, language: Language) -> bool:
    """True when the sentence after `quote` in the material gives `option` (a figure) to another
    case of the quote's rule: it leans on the quote (graphs/text/rule_elsewhere.py)."""
    at = material.find(quote.strip()) if quote.strip() else -1
    if at < 0 or not parse_quantities(option):
        return False
    following = _NEXT_SENTENCE.match(material, at + len(quote.strip()))
    if following is None:
        return False
    sentence = following.group(1)
    if not rule_elsewhere(sentence, language):
        return False
    return any(
        _same_figure(sentence[start:end], option) for _, start, end in parse_quantities(sentence)
    )


def check_unique_key(question: Question, material: str, language: Language) -> list[str]:
    """No distractor of a single choice is the key again or also supported by the material."""
    if question.type != "single_choice" or len(question.answer) != 1:
        return []
    texts = {o.key: o.text for o in question.options}
    key = texts.get(question.answer[0])
    if key is None:
        return []
    frames = blank_frames(question.stem, language)
    frame = frames[0] if len(frames) == 1 else None
    haystack = normalise(material)
    problems = []
    for letter, text in texts.items():
        if letter == question.answer[0]:
            continue
        if normalise(text) == normalise(key) or _same_figure(text, key):
            problems.append(f"option {letter} ({text!r}) says the same as the key ({key!r})")
            continue
        if frame is not None and len(normalise(frame.before + frame.after)) >= MIN_FRAME_CHARS:
            filled = normalise(frame.filled(text))
            if filled and filled in haystack:
                problems.append(
                    f"option {letter} ({text!r}) is right too: the material says "
                    f"{frame.filled(text).strip()!r}; narrow the stem so only the key fits"
                )
                continue
        if _other_case(question.source_quote, text, material, language):
            problems.append(
                f"option {letter} ({text!r}) is right too, for the case the material's next "
                "sentence names; name the key's case in the stem or choose another distractor"
            )
            continue
        if _listed_together(question.source_quote, key, text, language):
            problems.append(
                f"option {letter} ({text!r}) is right too: the source lists it with the key "
                f"({key!r})"
            )
    return problems
