"""The exam document shared by generation and grading: blueprint, question, exam.

Question types are named the same everywhere (blueprint keys, JSON, router parameters):
`single_choice`, `multiple_choice`, `true_false`, `fill_blank`, `short_answer`.

Answers are always a list of strings:
- single_choice: one option key (`["B"]`); multiple_choice: two or more keys (`["A", "C"]`);
- true_false: `["true"]` or `["false"]` (no options);
- fill_blank: one entry per blank, in order; the stem marks each blank with `BLANK`;
- short_answer: one reference answer, and `scoring_points` list what a full answer covers.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

QuestionType = Literal[
    "single_choice", "multiple_choice", "true_false", "fill_blank", "short_answer"
]
QUESTION_TYPES: tuple[QuestionType, ...] = (
    "single_choice",
    "multiple_choice",
    "true_false",
    "fill_blank",
    "short_answer",
)
Difficulty = Literal["easy", "medium", "hard"]
DIFFICULTIES: tuple[Difficulty, ...] = ("easy", "medium", "hard")
BlueprintDifficulty = Literal["easy", "medium", "hard", "mixed"]
Language = Literal["zh", "en"]

TYPE_NAMES: dict[Language, dict[QuestionType, str]] = {
    "zh": {
        "single_choice": "单选题",
        "multiple_choice": "多选题",
        "true_false": "判断题",
        "fill_blank": "填空题",
        "short_answer": "简答题",
    },
    "en": {
        "single_choice": "single-choice",
        "multiple_choice": "multiple-choice",
        "true_false": "true/false",
        "fill_blank": "fill-in",
        "short_answer": "short-answer",
    },
}
"""What a trainer calls each type, in each language (shortfall reasons, capacity advice)."""

BLANK = "____"
"""How a fill-in stem marks a blank."""

DEFAULT_SCORES: dict[QuestionType, float] = {
    "single_choice": 2,
    "multiple_choice": 3,
    "true_false": 1,
    "fill_blank": 2,
    "short_answer": 5,
}


class Blueprint(BaseModel):
    """What an exam must contain: counts per type, difficulty, knowledge points, language."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    single_choice: int = Field(default=0, ge=0, le=100)
    multiple_choice: int = Field(default=0, ge=0, le=100)
    true_false: int = Field(default=0, ge=0, le=100)
    fill_blank: int = Field(default=0, ge=0, le=100)
    short_answer: int = Field(default=0, ge=0, le=100)
    difficulty: BlueprintDifficulty = "mixed"
    knowledge_points: list[str] = Field(default_factory=list)
    """Points the exam must cover; empty means the generator picks them from the material."""
    language: Language | None = None
    """None: follow the material's language."""
    title: str | None = None
    scores: dict[QuestionType, float] = Field(default_factory=dict)
    """Score per question of a type; missing types use DEFAULT_SCORES."""

    @model_validator(mode="after")
    def _at_least_one_question(self) -> Blueprint:
        if self.total_questions() == 0:
            raise ValueError(
                "a blueprint must ask for at least one question: set one of "
                + ", ".join(QUESTION_TYPES)
            )
        return self

    def count(self, question_type: QuestionType) -> int:
        """How many questions of that type the blueprint asks for."""
        return int(getattr(self, question_type))

    def total_questions(self) -> int:
        """How many questions in all."""
        return sum(self.count(t) for t in QUESTION_TYPES)

    def score(self, question_type: QuestionType) -> float:
        """The score of one question of that type."""
        return self.scores.get(question_type, DEFAULT_SCORES[question_type])


class Option(BaseModel):
    """One option of a choice question."""

    key: str
    text: str


class Question(BaseModel):
    """One question, as written by a question writer and checked by the validators."""

    model_config = ConfigDict(extra="forbid")

    number: int = 0
    """1-based position in the exam; 0 until the exam is assembled."""
    type: QuestionType
    stem: str
    options: list[Option] = Field(default_factory=list)
    answer: list[str]
    explanation: str = ""
    knowledge_point: str = ""
    difficulty: Difficulty = "medium"
    difficulty_reason: str = ""
    """Optional: why the question is at its level, in a trainer's words from the features that
    rated it (需结合3条规定, "the wrong options are near values"); empty when not known."""
    source_quote: str = ""
    """The passage of the material the question rests on; must occur in the material."""
    scoring_points: list[str] = Field(default_factory=list)
    """short_answer only: what a full answer covers."""
    point_sources: list[str] = Field(default_factory=list)
    """short_answer only, optional: the passage of the material each scoring point rests on, in
    the order of `scoring_points` (empty: `source_quote` stands for every point)."""
    point_scores: list[float] = Field(default_factory=list)
    """short_answer only, optional: each scoring point's marks, in the order of `scoring_points`,
    whole or half marks summing to `score` (2/2/1 for 5 marks over 3 points; set at assembly,
    graphs/point_marks.py). Empty (an older exam): the grader splits the score the same way."""
    score: float = 0

    @field_validator("source_quote")
    @classmethod
    def _without_answer_marker(cls, quote: str) -> str:
        """An FAQ answer's marker ("A:", 答：) is the layout of the material, not its words: the
        key's source line shows the rule as said ("source: Hire items must …"). What is left
        still occurs in the material."""
        return _ANSWER_MARKER.sub("", quote, count=1)

    @field_validator("point_sources")
    @classmethod
    def _sources_without_answer_marker(cls, sources: list[str]) -> list[str]:
        """Each point's passage without its FAQ answer marker, as `source_quote`."""
        return [_ANSWER_MARKER.sub("", source, count=1) for source in sources]


_ANSWER_MARKER = re.compile(r"^\s*(?:A|Answer|答|回答)\s*[:：]\s*", re.IGNORECASE)
"""The marker an FAQ puts before an answer."""


class Shortfall(BaseModel):
    """Questions the blueprint asked for that could not be produced, and why."""

    type: QuestionType
    difficulty: Difficulty | None = None
    knowledge_point: str | None = None
    missing: int
    reason: str


class Exam(BaseModel):
    """An assembled exam: numbered questions, scores, answer key and any shortfall."""

    title: str
    language: Language
    questions: list[Question]
    total_score: float
    answer_key: dict[str, list[str]]
    """Question number (as a string, for JSON) → answer."""
    shortfall: list[Shortfall] = Field(default_factory=list)
    blueprint: Blueprint | None = None
    material_hash: str = ""
