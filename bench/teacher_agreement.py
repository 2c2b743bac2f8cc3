"""A teacher's marks against the current grader: re-grade a reviewer's papers, print agreement.

A reviewer folder holds the exams (`exam_*.json`), the learners' papers (answers by question
number) and the teacher's marks (`my_marks.json`). Two layouts are read, as the reviewers wrote
them: papers `paper_<who><n>.json` answering the n-th exam in name order, with marks under `marks`
by paper and question (optionally `point_notes` by paper and question, "p1 1.5, p2 0 (why)"); or
papers `paper_<exam>_<who>.json` answering `exam_<exam>.json`, with marks by paper (`<exam>_<who>`
or the file's stem) and question, each a number, a `[mark, note]` pair or a dict with `mark` and
optionally `points` (`[{"label": ..., "mark": ...}]`, the teacher's marks per scoring point) and
`accept` (`[low, high]`, the range the teacher declared fair); or, as the session-15 teachers wrote
them, papers `ans_<exam>_<who>.json` answering the exam saved as `exam_<exam>[_<language>].out`
(the `--json` output). Each paper is graded offline as the grading flow grades it
(objective items by key, fill-ins and short answers by the offline judge) and each item's score is
set against the teacher's: they agree when they differ by at most 0.3 marks, as the reviewers
count, or when the grader's mark lies in the range the teacher declared fair. Printed: agreement per item type, the point marks the teacher wrote down, and each
disagreement with the learner's note.

    .venv/bin/python -m bench.teacher_agreement bench/held_out/session11/end_T3 [--notes]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graphs.exam_grading.answers import normalise_answer
from graphs.exam_grading.judges import OfflineJudge
from graphs.exam_grading.objective import grade_by_key, result
from graphs.exam_grading.topic_heads import exam_items
from graphs.exams import Exam, Question

TOLERANCE = 0.3
"""Marks by which grader and teacher may differ and still agree (the reviewers' rule)."""
_PAPER = re.compile(r"paper_(\D*)(\d+)\.json\Z")
_NAMED_PAPER = re.compile(r"(?:paper|ans)_([^_]+)_(.+)\.json\Z")
_LANGUAGE_SUFFIX = re.compile(r"_(?:zh|en)\Z")
_POINT_MARK = re.compile(r"\bp(\d+)\s+(\d+(?:\.\d+)?)")


@dataclass(frozen=True)
class Marked:
    """One item of one paper: the grader's score and the teacher's."""

    paper: str
    number: int
    type: str
    grader: float
    teacher: float
    review: str
    point_marks: tuple[float, ...]
    """The grader's marks per scoring point (short answers)."""
    teacher_points: dict[int, float]
    """The teacher's marks per scoring point, where `point_notes` gives them (1-based)."""
    accept: tuple[float, float] | None = None
    """The range of marks the teacher declared fair, where given."""

    @property
    def agrees(self) -> bool:
        """Within the tolerance of the teacher's mark, or in the range the teacher accepts."""
        if (
            self.accept is not None
            and self.accept[0] - 1e-9 <= self.grader <= self.accept[1] + 1e-9
        ):
            return True
        return abs(self.grader - self.teacher) <= TOLERANCE + 1e-9


def grade_item(
    question: Question, answer: Any, items: Sequence[str] = ()
) -> tuple[float, str, tuple[float, ...]]:
    """The score, the learner's note and per-point marks when the offline flow grades `answer`."""
    worth = float(question.score)
    response = normalise_answer(question, answer)
    if not response:
        row = result(question, response, worth, 0.0, "unanswered")
        return 0.0, row["review"], ()
    if question.type in ("single_choice", "multiple_choice", "true_false"):
        ratio, reason = grade_by_key(question, response)
        row = result(question, response, worth, ratio, reason)
        return float(row["score"]), row["review"], ()
    judgement = OfflineJudge(items).judge_now(question, response)  # items: as the flow reads
    row = result(
        question,
        response,
        worth,
        judgement.ratio,
        judgement.reason,
        missed=judgement.missed,
        notes=judgement.notes,
    )
    points = tuple(n.marks[0] for n in judgement.notes if n.marks is not None)
    return float(row["score"]), row["review"], points


def teacher_points(note: str) -> dict[int, float]:
    """ "p1 1.5, p2 0 (no 24h)" → {1: 1.5, 2: 0.0}; empty when the note gives no point marks."""
    return {int(n): float(m) for n, m in _POINT_MARK.findall(note)}


def _teacher_mark(value: Any) -> float:
    """A mark as the teacher wrote it: a number, a `[mark, note]` pair or `{"mark": ...}`."""
    if isinstance(value, dict):
        return float(value["mark"])
    return float(value[0] if isinstance(value, list) else value)


def _teacher_accept(value: Any) -> tuple[float, float] | None:
    """The range the teacher declared fair for an item (`{"accept": [low, high]}`), if any."""
    if isinstance(value, dict) and value.get("accept"):
        low, high = value["accept"]
        return float(low), float(high)
    return None


def _teacher_item_points(value: Any, note: str) -> dict[int, float]:
    """The teacher's point marks: from the item's own `points` list, else from a `point_notes` note."""
    if isinstance(value, dict) and value.get("points"):
        return {n: float(p["mark"]) for n, p in enumerate(value["points"], start=1)}
    return teacher_points(note)


def _paper_exam(path: Path, exams: dict[str, Exam], ordered: list[Exam]) -> tuple[str, Exam] | None:
    """The paper's name in the teacher's marks and the exam it answers, by either layout."""
    if (found := _PAPER.search(path.name)) is not None:
        return found.group(1) + found.group(2), ordered[int(found.group(2)) - 1]
    if (named := _NAMED_PAPER.search(path.name)) is not None and named.group(1) in exams:
        return f"{named.group(1)}_{named.group(2)}", exams[named.group(1)]
    return None


def mark_folder(folder: Path) -> list[Marked]:
    """Every item of every paper in `folder`, graded now and set against the teacher's mark."""
    paths = sorted(folder.glob("exam_*.json")) or sorted(folder.glob("exam_*.out"))
    ordered = [Exam.model_validate_json(p.read_text()) for p in paths]
    exams = {}
    for path, exam in zip(paths, ordered, strict=True):
        name = path.stem.removeprefix("exam_")
        exams[name] = exams[_LANGUAGE_SUFFIX.sub("", name)] = exam
    teacher = json.loads((folder / "my_marks.json").read_text())
    marks = teacher.get("marks", teacher)
    marked = []
    for path in sorted([*folder.glob("paper_*.json"), *folder.glob("ans_*.json")]):
        found = _paper_exam(path, exams, ordered)
        if found is None:
            continue
        paper, exam = found
        paper_marks = marks.get(paper) or marks.get(path.stem)
        if paper_marks is None:
            continue  # a paper the teacher did not mark
        answers = json.loads(path.read_text())
        if isinstance(answers.get("answers"), dict):
            answers = answers["answers"]  # the paper as `kpl grade` also reads it (session 19)
        notes = teacher.get("point_notes", {}).get(paper, {})
        for question in exam.questions:
            key = str(question.number)
            score, review, points = grade_item(
                question, answers.get(key, ""), exam_items(exam.questions)
            )
            marked.append(
                Marked(
                    paper,
                    question.number,
                    question.type,
                    score,
                    _teacher_mark(paper_marks[key]),
                    review,
                    points,
                    _teacher_item_points(paper_marks[key], notes.get(key, "")),
                    _teacher_accept(paper_marks[key]),
                )
            )
    return marked


def point_agreement(marked: list[Marked]) -> tuple[int, int]:
    """Scoring points whose marks the teacher wrote down, and how many the grader agrees on."""
    agreed = total = 0
    for item in marked:
        for number, mark in item.teacher_points.items():
            if number <= len(item.point_marks):
                total += 1
                agreed += abs(item.point_marks[number - 1] - mark) <= TOLERANCE + 1e-9
    return agreed, total


def main(argv: list[str] | None = None) -> int:
    """Print the agreement of the grader with the teacher in a reviewer folder."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--notes", action="store_true", help="print each disagreement's note")
    args = parser.parse_args(argv)
    marked = mark_folder(args.folder)
    totals: Counter[str] = Counter()
    agreed: Counter[str] = Counter()
    out = sys.stdout
    for item in marked:
        totals[item.type] += 1
        agreed[item.type] += item.agrees
        if not item.agrees:
            side = "too harsh" if item.grader < item.teacher else "too lenient"
            out.write(
                f"{item.paper}-{item.number} {item.type}: grader {item.grader:g}, "
                f"teacher {item.teacher:g} ({side})\n"
            )
            if args.notes:
                out.write(f"    {item.review}\n")
    for kind in sorted(totals):
        out.write(f"{kind:15} {agreed[kind]}/{totals[kind]}\n")
    out.write(f"{'all':15} {sum(agreed.values())}/{sum(totals.values())}\n")
    points_agreed, points = point_agreement(marked)
    out.write(f"{'point marks':15} {points_agreed}/{points} (where the teacher gave them)\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
