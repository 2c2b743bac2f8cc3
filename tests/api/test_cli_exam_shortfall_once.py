"""`kpl exam` in text mode says each shortfall's reason once (session 19 end designer D12: "in
text mode each note prints twice, once in the exam and once on the 'kpl:' lines"): the rendered
exam names what is missing in its own language, the "kpl:" line on stderr gives why."""

from __future__ import annotations

from typing import Any

import pytest

from api.cli.render import render_exam

WHY = "ask for fewer fill-in questions (only 2 rules state a figure)"


def _exam(language: str) -> dict[str, Any]:
    return {
        "title": "Tattoo studio quiz" if language == "en" else "虫害防治测验",
        "language": language,
        "total_score": 1,
        "questions": [
            {
                "number": 1,
                "type": "true_false",
                "difficulty": "easy",
                "score": 1,
                "stem": "Artists check photo ID." if language == "en" else "施药前须张贴警示标识。",
                "options": [],
                "answer": ["true"],
                "source_quote": "x",
            }
        ],
        "shortfall": [{"type": "fill_blank", "missing": 2, "reason": WHY}],
    }


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("zh", "未出齐：填空题缺2道"),
        ("en", "shortfall: 2 fill in the blank missing"),
    ],
)
def test_the_rendered_exam_names_the_gap_and_leaves_its_reason_to_the_kpl_line(
    language: str, line: str
) -> None:
    view = render_exam(_exam(language))
    assert line in view, view
    assert WHY not in view, view
