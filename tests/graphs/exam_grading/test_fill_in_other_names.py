"""Fill-ins that name the key in other words, through the real grading flow: the key with the
stem's own words touching the blank (药剂师审核 for 药剂师 in "由____审核"), a 的 the key lacks
(住客的姓名), a synonym a teacher takes everywhere (主厨, 麻酱, 名字 for 姓名), a standard short
form (护照号), the key and a department beside it (half, as for another person), and an English
duty role by its other name (shift manager for manager on duty). The rows, with their
counter-cases (another role, another item of the list, another shift), are the `frame-*` and
`named-*` rows of grading_cases.yaml; here every one of them is graded as one paper by the flow.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
import yaml

from graphs.context import FlowContext
from graphs.exam_grading.frame_words import without_frame_words
from graphs.exams import Language, Question
from tests.support.grading import graded_paper

TABLE = Path(__file__).with_name("grading_cases.yaml")
SCORE = 2


def _rows() -> list[tuple[str, dict[str, Any], Any, float]]:
    table = yaml.safe_load(TABLE.read_text(encoding="utf-8"))
    rows = []
    for row in table["cases"]:
        if not row["name"].startswith(("frame-", "named-")):
            continue
        verdict = row["verdict"]
        share = float(Fraction(verdict)) if isinstance(verdict, str) else float(verdict)
        rows.append((row["name"], table["items"][row["item"]], row["response"], share))
    return rows


ROWS = _rows()


def test_rows_in_both_languages_with_counter_cases() -> None:
    assert len(ROWS) >= 20
    assert any(item["stem"].isascii() for _, item, *_ in ROWS)
    assert {share for *_, share in ROWS} >= {0.0, 0.5, 1.0}


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_the_flow_marks_each_row_as_the_teacher(
    offline_context: FlowContext, language: Language
) -> None:
    chosen = [r for r in ROWS if (language == "en") == r[1]["stem"].isascii()]
    questions = [
        Question(number=n, score=SCORE, **item) for n, (_, item, *_) in enumerate(chosen, 1)
    ]
    answers = {str(n): response for n, (_, _, response, _) in enumerate(chosen, 1)}
    results = await graded_paper(
        questions, answers, offline_context, title=f"named-{language}", language=language
    )
    wrong = [
        f"{name}: {results[n]}"
        for n, (name, *_, share) in enumerate(chosen, 1)
        if results[n]["score"] != pytest.approx(share * SCORE)
    ]
    assert not wrong


@pytest.mark.parametrize(
    ("answer", "frame"),
    [
        ("药剂师不得", "须由 审核后方可"),  # 不得 is not printed next to the blank
        ("药剂师审核", "须由 不得审核"),  # 审核 is printed, but not touching the blank
        ("店长", "须由 签字"),  # nothing restated: no other reading
    ],
)
def test_only_the_words_touching_the_blank_are_the_stems(answer: str, frame: str) -> None:
    assert "药剂师" not in without_frame_words(answer, "药剂师", frame)
