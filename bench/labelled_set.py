"""The exam designer's labelled questions (bench/labels/*.yaml) and the validators' verdict on each.

An item holds a question in the Question schema, the material it was written on (a file stem under
bench/materials/ or a course id), the designer's `verdict` (sound / flawed / broken) and `reason`,
optionally `after` (ids of items already accepted in the same exam, for the rules that compare
questions) and `expect` (a phrase of the problem a validator should report). The bench prints the agreement; tests/graphs/exam_generation/test_exam_labelled_set.py asserts it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Literal

import yaml

from graphs.courses import Course
from graphs.exam_generation.validation import validate_question
from graphs.exams import Question
from graphs.library import ContentLibrary

BENCH = Path(__file__).parent
MATERIALS = BENCH / "materials"
LABELS = BENCH / "labels"
Verdict = Literal["sound", "flawed", "broken"]
_PROVENANCE = re.compile(r"\A<!--.*?-->\s*", re.S)
"""A material's leading HTML comment says who wrote it and why; it is not material a trainer gave."""


@dataclass(frozen=True)
class LabelledItem:
    """One question with the designer's verdict and why."""

    id: str
    material: str
    verdict: Verdict
    reason: str
    question: dict[str, Any]
    after: tuple[str, ...] = ()
    expect: str | None = None
    """A phrase of the problem the validators should report (flawed and broken items)."""
    open: str | None = None
    """Why the validators do not agree yet (a held-out fault not fixed): the test holds such an
    item as a strict xfail, and the bench counts it as the disagreement it is."""


@dataclass(frozen=True)
class Judgement:
    """What the validators said about one labelled item."""

    item: LabelledItem
    problems: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        """True when the validators accepted the question."""
        return not self.problems

    @property
    def agrees(self) -> bool:
        """True when sound passed, or flawed/broken was rejected."""
        return self.passed == (self.item.verdict == "sound")


def load_items(path: Path | None = None) -> list[LabelledItem]:
    """Every labelled item of one file (default: all files under bench/labels/)."""
    paths = [path] if path else sorted(LABELS.glob("*.yaml"))
    items = []
    for source in paths:
        document = yaml.safe_load(source.read_text(encoding="utf-8"))
        for raw in document["items"]:
            items.append(
                LabelledItem(
                    id=raw["id"],
                    material=raw["material"],
                    verdict=raw["verdict"],
                    reason=raw["reason"],
                    question=raw["question"],
                    after=tuple(raw.get("after", ())),
                    expect=raw.get("expect"),
                    open=raw.get("open"),
                )
            )
    for item in items:
        for option in item.question.get("options", []):
            if set(option) != {"key", "text"} or not isinstance(option["text"], str):
                raise ValueError(
                    f"labelled item {item.id!r}: option {option} is not {{key, text}}; "
                    "quote an option text that holds a comma"
                )
    ids = [item.id for item in items]
    repeated = sorted({i for i in ids if ids.count(i) > 1})
    if repeated:
        raise ValueError(f"labelled item ids repeat: {repeated}")
    return items


@cache
def _library() -> ContentLibrary:
    return ContentLibrary.load()


def material_text(name: str) -> str:
    """The text of a bench material (bench/materials/<name>.md) or of a shipped course."""
    path = MATERIALS / f"{name}.md"
    if path.exists():
        return _PROVENANCE.sub("", path.read_text(encoding="utf-8"), count=1)
    return _library().get(Course, name).material


def bench_materials() -> list[str]:
    """Names of the bench's own materials."""
    return sorted(p.stem for p in MATERIALS.glob("*.md"))


def judge(item: LabelledItem, by_id: dict[str, LabelledItem]) -> Judgement:
    """Run the validators on one item, with its `after` items as the accepted questions."""
    missing = [i for i in item.after if i not in by_id]
    if missing:
        raise ValueError(f"labelled item {item.id!r}: `after` names unknown items {missing}")
    accepted = [Question.model_validate(by_id[i].question) for i in item.after]
    _, problems = validate_question(dict(item.question), material_text(item.material), accepted)
    return Judgement(item, problems)


def judge_all(items: list[LabelledItem]) -> list[Judgement]:
    """The validators' verdict on every item."""
    by_id = {item.id: item for item in items}
    return [judge(item, by_id) for item in items]
