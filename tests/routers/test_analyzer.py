"""The offline analyzer: character n-grams work for Chinese, scores rank the nearest intent, and
a bad examples file is refused with the intent and the fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from routers.analyzer import NgramAnalyzer, features, load_examples
from routers.decision import RouteContext
from routers.errors import ExamplesError


def test_features_are_character_ngrams_for_chinese_and_words_for_english() -> None:
    grams = features("出题 quiz")
    assert {"出", "题", "出题", "w:quiz", "qui", "uiz"} <= set(grams)
    assert "q" not in grams  # single Latin letters carry no intent


def test_scores_rank_the_nearest_intent_first() -> None:
    analyzer = NgramAnalyzer(
        {
            "exam_generate": ["给我出一套题", "make me a quiz"],
            "help": ["你能做什么", "what can you do"],
        }
    )
    scores = analyzer.scores("出一套题吧")
    assert scores["exam_generate"] > 0.5 > scores["help"]
    assert analyzer.scores("what can you do for me")["help"] > 0.5


def test_practice_replies_are_only_scored_in_a_paused_thread() -> None:
    analyzer = NgramAnalyzer({"practice_reply": ["您好，欢迎光临"], "help": ["帮助"]})
    assert "practice_reply" not in analyzer.analyse("您好，欢迎光临", RouteContext()).scores
    paused = analyzer.analyse("您好，欢迎光临", RouteContext(paused_in="practice_dialogue"))
    assert paused.scores["practice_reply"] == pytest.approx(1.0)


def test_the_shipped_examples_cover_every_intent() -> None:
    examples = load_examples()
    assert {
        "exam_generate",
        "exam_grade",
        "practice_start",
        "practice_reply",
        "practice_end",
        "help",
    } <= set(examples)
    assert all(len(v) >= 10 for v in examples.values())


def test_a_bad_examples_file_names_the_problem(tmp_path: Path) -> None:
    path = tmp_path / "examples.yaml"
    path.write_text("intents:\n  exam_genrate: [出题]\n", encoding="utf-8")
    with pytest.raises(ExamplesError, match=r"intents\.exam_genrate: not an intent"):
        load_examples(path)
    path.write_text("intents:\n  help: [帮助]\n", encoding="utf-8")
    with pytest.raises(ExamplesError, match="no examples for exam_generate"):
        load_examples(path)
