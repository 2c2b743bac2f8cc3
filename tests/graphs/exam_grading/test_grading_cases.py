"""Grading cases with a teacher's verdict (tests/graphs/exam_grading/grading_cases.yaml): the judge agrees on all.

Each case is a question (type, stem, answer, scoring points, source quote), a learner's response
and the verdict a teacher signs: the share of the score earned, exactly or as a range where a
teacher would accept any mark inside it, and why. The verdicts of each batch were written before
that batch was first run against the judge; the issue 11 giveaways and breakages are there as
regression cases.

The whole table runs through the offline judge (responses normalised as the flow normalises them);
a subset runs through the real exam_grading flow, so splitting, judging and the report's review
notes agree as well.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
import yaml
from langgraph.checkpoint.memory import InMemorySaver

from graphs.context import FlowContext
from graphs.exam_grading.build import FLOW
from graphs.exams import Exam, Question
from tests.support.grading import judged

TABLE = Path(__file__).with_name("grading_cases.yaml")
SCORES = {"fill_blank": 2, "short_answer": 6}


@dataclass(frozen=True)
class Case:
    """One row: a question, a learner's response, the teacher's verdict (a ratio range) and why."""

    name: str
    item: dict[str, Any]
    response: Any
    verdict: tuple[float, float]
    why: str
    open_: str = ""
    """Why the judge still disagrees (a held-out case not fixed yet): the test is a strict xfail."""
    review_has: tuple[str, ...] = ()
    """Words the learner's review note must hold (one note, in the exam's language)."""
    review_lacks: tuple[str, ...] = ()
    """Words the learner's review note must not hold (a verdict it would wrongly give)."""

    def question(self, number: int = 1) -> Question:
        """The case's question, numbered `number`."""
        return Question(number=number, score=SCORES[self.item["type"]], **self.item)


def _ratio(value: int | float | str) -> float:
    return float(Fraction(value)) if isinstance(value, str) else float(value)


def load_cases() -> list[Case]:
    """The table, with each verdict as a (low, high) range."""
    table = yaml.safe_load(TABLE.read_text(encoding="utf-8"))
    cases = []
    for row in table["cases"]:
        verdict = row["verdict"]
        low, high = verdict if isinstance(verdict, list) else (verdict, verdict)
        cases.append(
            Case(
                name=row["name"],
                item=table["items"][row["item"]],
                response=row["response"],
                verdict=(_ratio(low), _ratio(high)),
                why=row["why"],
                open_=row.get("open", ""),
                review_has=tuple(row.get("review_has", ())),
                review_lacks=tuple(row.get("review_lacks", ())),
            )
        )
    return cases


CASES = load_cases()


def _language(case: Case) -> str:
    return "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in case.item["stem"]) else "en"


def test_no_item_or_case_name_is_given_twice() -> None:
    """YAML keeps the last of two equal keys: a second item of one name silently re-points the
    first item's cases (HOTEL_PASSPORT_ZH was given twice in session 14). Names: below."""
    items = re.findall(r"^  ([A-Z][A-Z0-9_]+):$", TABLE.read_text(encoding="utf-8"), re.MULTILINE)
    assert len(items) == len(set(items)), sorted({i for i in items if items.count(i) > 1})


def test_the_table_is_big_enough_and_covers_both_languages() -> None:
    assert len(CASES) >= 60 and {_language(c) for c in CASES} == {"zh", "en"}
    assert len({c.name for c in CASES}) == len(CASES)
    assert sum("regression" in c.why for c in CASES) >= 15
    assert {c.item["type"] for c in CASES} == {"fill_blank", "short_answer"}


def _param(case: Case) -> Any:
    marks = [pytest.mark.xfail(strict=True, reason=case.open_)] if case.open_ else []
    return pytest.param(case, id=case.name, marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_the_judge_agrees_with_the_teacher(case: Case) -> None:
    judgement, note = judged(case.question(), case.response)
    low, high = case.verdict
    assert low - 1e-6 <= judgement.ratio <= high + 1e-6, (
        f"{case.name}: teacher {case.verdict} ({case.why}); judge {judgement.ratio:.2f}: "
        f"{judgement.reason}"
    )
    for words in case.review_has:
        assert words in note, f"{case.name}: {words!r} not in the learner's note {note!r}"
    for words in case.review_lacks:
        assert words not in note, f"{case.name}: {words!r} in the learner's note {note!r}"


FLOW_CASE_NAMES = (
    "zh-12h",
    "zh-liang",
    "en-140",
    "en-words",
    "temp-minus",
    "pct-zh",
    "blanks-2000",
    "blanks-comma",
    "blanks-space",
    "antonym-en",
    "sa-contradiction",
    "sa-keywords",
    "sa-paraphrase",
    "sa-en-wrong-figure",
    "b2-sa-incident-full",
    "b3-sa-spill-move",
    "b4-sa-returns-full",
    "b10-rmb-bare",
    "b10-taxi-words",
    "b10-phone-other",
    "b10-sa-card-contra",
    "b10-sa-card-digits",
    "b10-sa-travel-fortnight",
)


async def test_a_subset_agrees_through_the_grading_flow(offline_context: FlowContext) -> None:
    by_name = {c.name: c for c in CASES}
    chosen = [by_name[name] for name in FLOW_CASE_NAMES]
    questions = [c.question(number) for number, c in enumerate(chosen, start=1)]
    exam = Exam(
        title="grading cases",
        language="zh",
        questions=questions,
        total_score=sum(q.score for q in questions),
        answer_key={str(q.number): q.answer for q in questions},
    )
    answers = {str(number): c.response for number, c in enumerate(chosen, start=1)}
    graph = FLOW.build().compile(checkpointer=InMemorySaver())
    state = await graph.ainvoke(
        {"exam": exam.model_dump(mode="json"), "answers": answers},
        {"configurable": {"thread_id": "grading-cases"}},
        context=offline_context,
    )
    results = {r["number"]: r for r in state["report"]["questions"]}
    for number, case in enumerate(chosen, start=1):
        got = results[number]["score"] / results[number]["max_score"]
        low, high = case.verdict
        assert low - 0.01 <= got <= high + 0.01, f"{case.name}: {results[number]}"
        if got < 1:  # every missed or partial item quotes its source for review
            review = results[number]["review"]
            assert case.item["source_quote"].rstrip("；;。") in review, results[number]
            if case.item["type"] == "short_answer":  # and names the points not credited
                assert any(p in review for p in case.item["scoring_points"]), results[number]
    missed = {entry["number"] for entry in state["report"]["review"]}
    assert missed == {n for n, r in results.items() if r["verdict"] != "correct"}
