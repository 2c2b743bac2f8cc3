"""Which language a text is written in: Chinese or English, the two the platform serves."""

from __future__ import annotations

import re

from graphs.exams import Language

_CJK = re.compile(r"[\u4e00-\u9fff]")
_LATIN_WORD = re.compile(r"[A-Za-z]+")


def detect_language(text: str) -> Language:
    """`zh` when Chinese characters outnumber English words, else `en`.

    A Chinese character carries about as much as an English word, so counting characters against
    words keeps a Chinese text with product codes and brand names in English on the Chinese side.
    """
    cjk = len(_CJK.findall(text))
    words = len(_LATIN_WORD.findall(text))
    return "zh" if cjk >= words and cjk > 0 else "en"
