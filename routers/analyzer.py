"""The offline analyzer: how similar a message is to each intent's example utterances.

A fresh install has no model, so the router scores a message against authored examples
(`routers/examples.yaml`) with TF-IDF weighted character n-grams (1-3 characters, which works for
Chinese without a segmenter) plus whole English words, and cosine similarity. An intent's score is
its best example's similarity, 0-1; the strategies threshold it and the margin to the runner-up.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import yaml

from routers.decision import ACTIONS, INTENTS, PRACTICE_GRAPH, Intent, RouteContext
from routers.errors import ExamplesError

SHIPPED_EXAMPLES = Path(__file__).parent / "examples.yaml"

_WORD = re.compile(r"[a-z]+")
_NOISE = re.compile(r"[\s\d\W_]+")


@dataclass(frozen=True)
class Analysis:
    """An analyzer's view of a message: a score per intent, and what it extracted."""

    scores: dict[str, float]
    params: dict[str, object]
    reasoning: str
    analyzer: str
    """`offline`, or the name of the model that answered."""

    def ranked(self) -> list[tuple[str, float]]:
        """Intents by score, best first."""
        return sorted(self.scores.items(), key=lambda kv: -kv[1])


class IntentClassifier(Protocol):
    """Anything that scores a message's intents: the offline analyzer or a model."""

    async def classify(self, text: str, context: RouteContext) -> Analysis:
        """Score every intent for `text` in `context`."""
        ...


def features(text: str) -> Counter[str]:
    """Character n-grams (1-3 for Chinese, 3 for Latin script) with spaces and digits removed,
    plus whole English words."""
    lowered = text.lower()
    grams: Counter[str] = Counter(f"w:{w}" for w in _WORD.findall(lowered))
    squeezed = _NOISE.sub(" ", lowered)
    for chunk in squeezed.split():
        # Single Latin letters say nothing about intent; single Chinese characters do (题, 练).
        sizes = (3,) if chunk.isascii() else (1, 2, 3)
        for n in sizes:
            grams.update(chunk[i : i + n] for i in range(len(chunk) - n + 1))
    return grams


def load_examples(path: Path = SHIPPED_EXAMPLES) -> dict[str, list[str]]:
    """`{intent: [utterance, ...]}` from a YAML file; every intent of `ACTIONS` needs some, and
    `clarify` may hold off-topic chat so that such messages score as what they are."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ExamplesError(f"{path}: cannot be read as YAML: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("intents"), dict):
        raise ExamplesError(
            f"{path}: must hold `intents:`, a mapping of intent to a list of example messages"
        )
    examples: dict[str, list[str]] = {}
    for intent, utterances in data["intents"].items():
        if intent not in INTENTS:
            raise ExamplesError(
                f"{path}: intents.{intent}: not an intent (use one of {', '.join(INTENTS)})"
            )
        if not isinstance(utterances, list) or not all(
            isinstance(u, str) and u.strip() for u in utterances
        ):
            raise ExamplesError(f"{path}: intents.{intent}: must be a list of non-empty strings")
        examples[intent] = utterances
    missing = [i for i in ACTIONS if i not in examples]
    if missing:
        raise ExamplesError(
            f"{path}: intents: no examples for {', '.join(missing)}; add a few each"
        )
    return examples


class NgramAnalyzer:
    """The offline `IntentClassifier`: nearest example utterance by n-gram cosine similarity."""

    name = "offline"

    def __init__(self, examples: Mapping[str, Iterable[str]]) -> None:
        rows = [(intent, features(text)) for intent, texts in examples.items() for text in texts]
        documents = Counter(g for _, grams in rows for g in grams)
        total = len(rows)
        self._idf = {g: math.log((1 + total) / (1 + df)) + 1.0 for g, df in documents.items()}
        self._intents: list[str] = []
        # An inverted index: scoring touches only the examples that share a gram with the message.
        self._postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for index, (intent, grams) in enumerate(rows):
            vector = self._weigh(grams)
            self._intents.append(intent)
            for gram, weight in vector.items():
                self._postings[gram].append((index, weight))
        self._all = sorted(set(self._intents))

    def _weigh(self, grams: Counter[str]) -> dict[str, float]:
        vector = {g: (1 + math.log(c)) * self._idf.get(g, 0.0) for g, c in grams.items()}
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        return {g: v / norm for g, v in vector.items() if v}

    def scores(self, text: str, allowed: Iterable[str] | None = None) -> dict[str, float]:
        """The best example similarity (0-1) per intent, for the `allowed` intents (default all)."""
        keep = set(allowed) if allowed is not None else set(self._all)
        dots: dict[int, float] = defaultdict(float)
        for gram, weight in self._weigh(features(text)).items():
            for index, example_weight in self._postings.get(gram, ()):
                dots[index] += weight * example_weight
        best = dict.fromkeys(sorted(keep & set(self._all)), 0.0)
        for index, dot in dots.items():
            intent = self._intents[index]
            if intent in best and dot > best[intent]:
                best[intent] = dot
        return best

    async def classify(self, text: str, context: RouteContext) -> Analysis:
        """Score `text`; replies to a practice make sense only while one is paused."""
        return self.analyse(text, context)

    def analyse(self, text: str, context: RouteContext) -> Analysis:
        """`classify` without the coroutine, for the offline path and its latency budget."""
        allowed = [
            i for i in self._all if context.paused_in == PRACTICE_GRAPH or i != "practice_reply"
        ]
        scores = self.scores(text, allowed)
        top = max(scores.items(), key=lambda kv: kv[1]) if scores else ("clarify", 0.0)
        return Analysis(
            scores=scores,
            params={},
            reasoning=f"closest examples are {top[0]} ({top[1]:.2f})",
            analyzer=self.name,
        )


def top_two(
    scores: Mapping[str, float],
) -> tuple[tuple[Intent | str, float], tuple[Intent | str, float]]:
    """The best and second-best intent with their scores (("", 0.0) when missing)."""
    ranked = [*sorted(scores.items(), key=lambda kv: -kv[1]), ("", 0.0), ("", 0.0)]
    return ranked[0], ranked[1]
