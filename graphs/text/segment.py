"""Tokens with a part of speech: jieba's posseg for Chinese, a small regex tagger for English.

jieba loads its dictionary on first use (about a second and a half); `warm_up` does it once,
quietly, and reports how long it took so a bench can show cold start apart from steady state.
"""

from __future__ import annotations

import logging
import re
import threading
import time
import warnings
from dataclasses import dataclass
from functools import lru_cache

from graphs.exams import Language
from graphs.text.tag_slices import TagSlices

_lock = threading.Lock()
_ready = False

_EN_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\-]*[A-Za-z]|[A-Za-z]|\d+(?:[.,]\d+)*%?")


@dataclass(frozen=True)
class Token:
    """A word and its part-of-speech tag (jieba's tag set; `eng_*` tags for English)."""

    word: str
    pos: str


def warm_up() -> float:
    """Load jieba's dictionary if not yet loaded; return the seconds spent (0.0 when warm)."""
    global _ready
    if _ready:
        return 0.0
    with _lock:
        if _ready:
            return 0.0
        started = time.perf_counter()
        import jieba

        # jieba prints its progress at DEBUG/INFO on first load; a server log needs none of it.
        jieba.setLogLevel(logging.WARNING)
        jieba.initialize()
        # posseg's HMM tables and jieba.analyse's IDF table load on first use; load them now.
        # jieba reads its IDF file without closing it; the ResourceWarning is jieba's, not ours.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ResourceWarning)
            import jieba.analyse
            import jieba.posseg

        jieba.posseg.lcut("预热")
        _ready = True
        return time.perf_counter() - started


def _tokenize_zh(text: str) -> list[Token]:
    return list(_cached_zh(text))


_tagged: TagSlices[Token] = TagSlices()
"""Every text tagged so far: a clause or term of one is sliced from its tokens (tag_slices.py)."""


@lru_cache(maxsize=8192)
def _cached_zh(text: str) -> tuple[Token, ...]:
    """posseg is the engine's costliest step; the analysis, the lexicon and the facts all ask for
    the same sentences, so each is tagged once, and a clause or term of a tagged sentence is
    sliced from the sentence's tokens where jieba is sure to tag it the same."""
    warm_up()
    sliced = _tagged.sliced(text)
    if sliced is not None:
        return sliced
    import jieba.posseg

    tokens = tuple(Token(pair.word, pair.flag) for pair in jieba.posseg.lcut(text))
    _tagged.add(text, tokens)
    return tokens


def _tokenize_en(text: str) -> list[Token]:
    tokens = []
    for index, match in enumerate(_EN_TOKEN.finditer(text)):
        word = match.group()
        if word[0].isdigit():
            pos = "eng_num"
        elif word[0].isupper() and index > 0:
            pos = "eng_proper"
        else:
            pos = "eng_word"
        tokens.append(Token(word, pos))
    return tokens


def clear_tags() -> None:
    """Forget the cached tags (see graphs/text/caches.py)."""
    _cached_zh.cache_clear()
    _tagged.clear()


def tokenize(text: str, language: Language) -> list[Token]:
    """The tokens of one sentence (or any short text)."""
    return _tokenize_zh(text) if language == "zh" else _tokenize_en(text)
