"""One rule is tested once in a paper, also when the material numbers its articles (session 18
designer D11, m3b: a single choice asked 「装修押金…（    ）内无息退还」, key 30日, and a multiple
choice's option changed the same clause to 21日). The article's number 「第二条」 made the
material's clause longer than the statement, so the clause comparison missed it. Own materials:
a study room's member rules (zh) and a canoe club's rules (en)."""

from __future__ import annotations

import pytest

from graphs.exam_generation.substance import check_same_fact
from graphs.exams import Option, Question

STUDY_ROOM = """# 城南自习室会员须知

第一条 会员办卡须缴纳押金200元，座位费按月收取。
第二条 押金在退卡并经前台核验无损坏后7日内无息退还。
第三条 自习区内禁止接听电话，通话须到走廊进行。
第四条 座位保留时间为30分钟，超时未归的，由管理员清理座位。
第五条 会员每日最多预约两个时段。
"""

CANOES = """# Riverside Canoe Club — Member Rules

Article 1 Members pay a locker deposit of 40 pounds when they join.
Article 2 The locker deposit is refunded within 10 days of the locker key being returned.
Article 3 Members may not paddle below the weir.
Article 4 Boats left on the racks for more than 60 days are removed by the boatman.
Article 5 Juniors must paddle with an adult member.
"""


def _items(
    stem: str, choices: list[str], key: int, quote: str, statements: list[str]
) -> tuple[Question, Question]:
    letters = "ABCD"
    choice = Question(
        type="single_choice",
        stem=stem,
        options=[Option(key=letters[i], text=t) for i, t in enumerate(choices)],
        answer=[letters[key]],
        source_quote=quote,
    )
    multiple = Question(
        type="multiple_choice",
        stem="下列说法哪些正确？（多选）",
        options=[Option(key=letters[i], text=t) for i, t in enumerate(statements)],
        answer=["A", "B", "C"],
        source_quote=statements[0],
    )
    return choice, multiple


@pytest.mark.parametrize(
    ("material", "stem", "choices", "quote", "statements"),
    [
        (
            STUDY_ROOM,
            "根据课程材料，选择最恰当的一项填入括号：押金在退卡并经前台核验无损坏后（    ）内无息退还。",
            ["5日", "7日", "10日", "15日"],
            "押金在退卡并经前台核验无损坏后7日内无息退还。",
            [
                "自习区内禁止接听电话，通话须到走廊进行。",
                "座位保留时间为30分钟，超时未归的，由管理员清理座位。",
                "会员每日最多预约两个时段。",
                "押金在退卡并经前台核验无损坏后10日内无息退还。",
            ],
        ),
        (
            CANOES,
            "Which option fits the brackets? The locker deposit is refunded within (    ) of "
            "the locker key being returned.",
            ["7 days", "10 days", "14 days", "5 days"],
            "The locker deposit is refunded within 10 days of the locker key being returned.",
            [
                "Members may not paddle below the weir.",
                "Boats left on the racks for more than 60 days are removed by the boatman.",
                "Juniors must paddle with an adult member.",
                "The locker deposit is refunded within 14 days of the locker key being returned.",
            ],
        ),
    ],
    ids=["zh", "en"],
)
def test_a_false_option_on_the_clause_another_item_asks_is_refused_under_numbered_articles(
    material: str, stem: str, choices: list[str], quote: str, statements: list[str]
) -> None:
    choice, multiple = _items(stem, choices, 1, quote, statements)
    assert check_same_fact(multiple, [choice], material)
    assert check_same_fact(choice, [multiple], material)
    # Another rule of the same material may stand beside it.
    apart = [statements[0], statements[1], statements[2], statements[1]]
    _, other = _items(stem, choices, 1, quote, apart)
    assert check_same_fact(other, [choice], material) == []
