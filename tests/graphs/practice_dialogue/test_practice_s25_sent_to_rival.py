"""Session 25, H5 (issue 12): sending the customer to a rival is a fault of its own.

「嫌贵的话您可以到别的店看看」, 「那您去别家吧」, "you could always try the place next door": the
learner gives the customer up to a competitor. It is no generic brush-off (敷衍打发客户) and no
running the rival down: the report names it as what it is, and the hint says what to do instead
(keep her, say what we can do for her). Inviting her to compare (「您可以去隔壁对比一下」) is
no send-off, nor is a rival merely mentioned.
"""

from __future__ import annotations

from typing import Any

import pytest

from graphs.context import FlowContext
from graphs.library import ContentLibrary
from tests.support.practice import played

SENT = {"zh": "把客户推给竞争对手", "en": "Sending the customer to a competitor"}
CASES = [
    ("objection-handling", "zh", "您好，我是会籍顾问小周。", "嫌贵的话您可以到别的店看看。"),
    ("objection-handling", "zh", "您好，我是会籍顾问小周。", "那您去别家吧。"),
    ("complaint-handling", "zh", "您好，我是前台小吴。", "您要是不满意，可以去其他诊所看。"),
    (
        "broadband-retention",
        "en",
        "Hello, this is Sam.",
        "You could always go with the other provider.",
    ),
    ("english-upsell", "en", "Good evening, I'm Sam.", "You could always try the place next door."),
]


def report_text(values: dict[str, Any]) -> str:
    """Every criterion's explanation of the report (the honesty criterion's name differs by
    scenario: 合规表达, 合规与态度, Honesty and tone)."""
    return "\n".join(c["explanation"] for c in values["report"]["criteria"])


@pytest.fixture(scope="module")
def shipped() -> FlowContext:
    """The shipped scenarios."""
    return FlowContext(library=ContentLibrary.load())


@pytest.mark.parametrize(("scenario", "language", "hello", "line"), CASES)
async def test_sending_her_to_a_rival_has_its_own_label(
    shipped: FlowContext, scenario: str, language: str, hello: str, line: str
) -> None:
    values = await played(shipped, scenario, hello, line, "结束")
    honesty = report_text(values)
    quoted = line.rstrip("。.").split("，")[-1]  # the clause that sends her off is quoted
    assert f"{SENT[language]}" in honesty and quoted in honesty, honesty
    assert "敷衍打发客户" not in honesty and "Brushing the customer off" not in honesty, honesty
    hint = values["turn_evaluations"][1]["hint"]
    assert SENT[language] in hint, hint


@pytest.mark.parametrize(
    ("scenario", "hello", "line"),
    [
        ("objection-handling", "您好，我是会籍顾问小周。", "您可以去隔壁对比一下，再回来找我。"),
        (
            "english-upsell",
            "Good evening, I'm Sam.",
            "Feel free to compare with the hotel next door.",
        ),
    ],
)
async def test_a_comparison_invited_is_no_send_off(
    shipped: FlowContext, scenario: str, hello: str, line: str
) -> None:
    values = await played(shipped, scenario, hello, line, "结束")
    honesty = report_text(values)
    assert "竞争对手" not in honesty and "competitor" not in honesty, honesty
