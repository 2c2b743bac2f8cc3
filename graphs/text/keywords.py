"""Key terms of a document: the words a question should be about, ranked by weight.

Chinese: TF-IDF with jieba.analyse's own IDF table (what `jieba.analyse.extract_tags` computes),
blended with TextRank (jieba.analyse's co-occurrence graph, window 5), both over the posseg tokens
the document is analysed with anyway, so the text is segmented once. TF-IDF favours rare words,
TextRank words the material keeps coming back to; the blend keeps both kinds near the top.
English: term frequency times a sentence-level inverse document frequency, with a stop-word list;
repeated two-word phrases ("return policy") count as terms too. Quantities are always terms.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from graphs.exams import Language
from graphs.text.segment import Token, warm_up
from graphs.text.terms import TermKind, find_numbers, is_stop_word, kind_of


@dataclass(frozen=True)
class TermStats:
    """A candidate term: its kind, weight and the sentences (by index) it occurs in."""

    text: str
    kind: TermKind
    weight: float
    sentences: tuple[int, ...]


TFIDF_SHARE = 0.6
"""Chinese term weight = 0.6 x normalised TF-IDF + 0.4 x TextRank."""
TEXT_RANK_SPAN = 5


def _text_rank(tokens: Sequence[Sequence[Token]], terms: set[str]) -> dict[str, float]:
    """TextRank scores (0-1) of the terms: jieba's graph over co-occurrence within a window."""
    from jieba.analyse.textrank import UndirectWeightedGraph

    pairs: Counter[tuple[str, str]] = Counter()
    for sentence_tokens in tokens:
        words = [t.word for t in sentence_tokens]
        for i, word in enumerate(words):
            if word not in terms:
                continue
            for other in words[i + 1 : i + TEXT_RANK_SPAN]:
                if other in terms and other != word:
                    pairs[(word, other)] += 1
    graph = UndirectWeightedGraph()
    for (left, right), weight in sorted(pairs.items()):
        graph.addEdge(left, right, weight)
    return dict(graph.rank()) if pairs else {}


def _zh_idf() -> tuple[dict[str, float], float]:
    warm_up()
    import jieba.analyse

    table = jieba.analyse.default_tfidf
    return table.idf_freq, table.median_idf


def _in_dictionary(word: str) -> bool:
    import jieba

    return bool(jieba.dt.FREQ.get(word))


def _keep(word: str, kind: TermKind | None, language: Language) -> bool:
    if kind is None or kind == "number" or is_stop_word(word):
        return False
    if language == "zh" and not word.isascii() and not _in_dictionary(word):
        # Words jieba's HMM guessed ("单上" from "验光单上") are segmentation noise, not terms.
        return False
    if language == "zh":
        return (len(word) >= 2 and not word.isascii()) or (word.isascii() and len(word) >= 3)
    return len(word) >= 3


def _en_phrases(tokens: Sequence[Token]) -> list[str]:
    phrases = []
    for left, right in pairwise(tokens):
        if left.pos == "eng_num" or right.pos == "eng_num":
            continue
        if is_stop_word(left.word) or is_stop_word(right.word):
            continue
        if len(left.word) >= 3 and len(right.word) >= 3:
            phrases.append(f"{left.word} {right.word}")
    return phrases


def extract_terms(
    sentences: Sequence[str], tokens: Sequence[Sequence[Token]], language: Language
) -> list[TermStats]:
    """Every candidate term of the document, heaviest first (numbers included, typed `number`)."""
    counts: Counter[str] = Counter()
    kinds: dict[str, TermKind] = {}
    where: defaultdict[str, set[int]] = defaultdict(set)
    for index, sentence_tokens in enumerate(tokens):
        for token in sentence_tokens:
            kind = kind_of(token.word, token.pos)
            if not _keep(token.word, kind, language):
                continue
            word = token.word if language == "zh" or kind == "name" else token.word.lower()
            assert kind is not None
            counts[word] += 1
            kinds.setdefault(word, kind)
            where[word].add(index)
        if language == "en":
            for phrase in _en_phrases(sentence_tokens):
                key = phrase.lower()
                counts[key] += 1
                kinds.setdefault(key, "name" if phrase[0].isupper() else "noun")
                where[key].add(index)
    if language == "en":
        # A phrase is a term only when it recurs; a single use is a coincidence of neighbours.
        for key in [k for k in counts if " " in k and counts[k] < 2]:
            del counts[key]
    total = sum(counts.values()) or 1
    weights: dict[str, float] = {}
    if language == "zh":
        idf, median = _zh_idf()
        tfidf = {word: count / total * idf.get(word, median) for word, count in counts.items()}
        top = max(tfidf.values(), default=1.0) or 1.0
        ranks = _text_rank(tokens, set(counts))
        for word, value in tfidf.items():
            weights[word] = TFIDF_SHARE * value / top + (1 - TFIDF_SHARE) * ranks.get(word, 0.0)
    else:
        n = len(sentences) or 1
        for word, count in counts.items():
            bonus = 1.5 if " " in word else 1.0
            weights[word] = bonus * count / total * (math.log(n / len(where[word])) + 1.0)
    terms = [
        TermStats(text=w, kind=kinds[w], weight=weights[w], sentences=tuple(sorted(where[w])))
        for w in counts
    ]
    terms.extend(_number_terms(sentences, weights))
    terms.sort(key=lambda t: (-t.weight, t.text))
    return terms


def _number_terms(sentences: Sequence[str], weights: dict[str, float]) -> list[TermStats]:
    where: defaultdict[str, set[int]] = defaultdict(set)
    for index, sentence in enumerate(sentences):
        for number in find_numbers(sentence):
            where[number].add(index)
    # Quantities are what staff most often get wrong; weigh them like a good, not a top, term.
    ranked = sorted(weights.values(), reverse=True)
    weight = ranked[len(ranked) // 4] if ranked else 1.0
    return [
        TermStats(text=n, kind="number", weight=weight, sentences=tuple(sorted(s)))
        for n, s in where.items()
    ]
