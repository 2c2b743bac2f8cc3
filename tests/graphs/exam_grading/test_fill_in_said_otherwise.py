"""Fill-ins said otherwise, through the real grading flow: a modifier's near word (防火器材 for
消防器材), a short form (车牌 for 车辆牌照), a clipped or bare role (收银 for 收银员, 司机 for
冷藏车司机), the employer's name added (公司工牌 for 工牌), another person beside the key, a key
whose numeral is part of a word (四周), English figures said in words (a week, half an hour,
double) and calendar days for working days (half). The rows, with their counter-cases, are the
`said-*` rows of grading_cases.yaml; here every one of them is graded as one paper by the flow.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
import yaml

from graphs.context import FlowContext
from graphs.exam_grading.modifier_words import near_modifier, short_form
from graphs.exam_grading.word_answers import match_words
from graphs.exams import Language, Question
from tests.support.grading import graded_paper

TABLE = Path(__file__).with_name("grading_cases.yaml")
SCORE = 2


def _rows() -> list[tuple[str, dict[str, Any], Any, float, dict[str, Any]]]:
    table = yaml.safe_load(TABLE.read_text(encoding="utf-8"))
    rows = []
    for row in table["cases"]:
        if not row["name"].startswith("said-"):
            continue
        verdict = row["verdict"]
        share = float(Fraction(verdict)) if isinstance(verdict, str) else float(verdict)
        rows.append((row["name"], table["items"][row["item"]], row["response"], share, row))
    return rows


ROWS = _rows()


def test_every_rule_has_rows_in_both_languages() -> None:
    assert len(ROWS) >= 30
    assert any("\u4e00" <= ch <= "\u9fff" for _, item, *_ in ROWS for ch in item["stem"])
    assert any(item["stem"].isascii() for _, item, *_ in ROWS)
    assert {share for *_, share, _ in ROWS} >= {0.0, 0.5, 1.0}


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_the_flow_marks_each_row_as_the_teacher(
    offline_context: FlowContext, language: Language
) -> None:
    chosen = [r for r in ROWS if (language == "en") == r[1]["stem"].isascii()]
    questions = [
        Question(number=n, score=SCORE, **item) for n, (_, item, *_) in enumerate(chosen, 1)
    ]
    answers = {str(n): response for n, (_, _, response, *_) in enumerate(chosen, 1)}
    results = await graded_paper(
        questions, answers, offline_context, title=f"said-{language}", language=language
    )
    for number, (name, _, _, share, row) in enumerate(chosen, 1):
        got = results[number]
        assert got["score"] == pytest.approx(share * SCORE), f"{name}: {got}"
        for words in row.get("review_has", ()):
            assert words in got["review"], f"{name}: {got['review']}"
        for words in row.get("review_lacks", ()):
            assert words not in got["review"], f"{name}: {got['review']}"


@pytest.mark.parametrize(
    ("answer", "key"),
    [
        ("女性卫生间", "男性卫生间"),  # share only the light morpheme 性
        ("下层货架", "上层货架"),  # differ by a contrastive character
        ("蓝色抹布", "红色抹布"),  # colours are kinds
        ("家用冷柜", "医用冷柜"),  # share only 用
        ("二号仓库", "一号仓库"),
        ("再次违规", "首次违规"),  # the shared last character is the kind both name
        ("差额退款", "全额退款"),
        ("他人签字", "本人签字"),
        ("电子通知", "电话通知"),  # two words that only begin alike
    ],
)
def test_a_modifier_of_another_kind_is_no_near_word(answer: str, key: str) -> None:
    assert not near_modifier(answer, key)
    assert match_words(answer, key).credit == 0


@pytest.mark.parametrize(
    ("answer", "key"), [("辆车", "车辆牌照"), ("牌照", "车辆"), ("品称", "药品名称")]
)
def test_a_short_form_takes_the_first_words_first_character(answer: str, key: str) -> None:
    assert not short_form(answer, key)
