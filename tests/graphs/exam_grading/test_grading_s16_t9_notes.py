"""Session 16 end teacher T9: a five-option multiple choice's note and the JSON's point lists.

Fault 3: a rule that quotes words of its own (遵循"自愿参加"原则) cut the explanation's quote short,
so no option matched its line and the note fell back to option B's source, which the learner
had right, instead of 漏选 E / 错选 A. Fault 4: `missed_points` listed points that earned part of
their marks; a program reading it counted them 0. Own courses: a supermarket deli (zh, five
options), a vet clinic (en, five options), a bus depot (short answer). Papers go through the real
grading flow.
"""

from __future__ import annotations

from graphs.context import FlowContext
from tests.support.grading import graded_report, short_answer, statements_item

DELI_RULES = [
    '熟食上架须遵循"先进先出"原则，每次补货不得超过 3 盘。',
    "切片机每 4 小时清洁一次。",
    "试吃品须用牙签分装，不得用手直接取用。",
    '熟食标签须注明"制作时间"和保质时限。',
    "过期熟食须当班报损，不得降价出售。",
]
VET_RULES = [
    'Follow the "two-person rule" when lifting any dog over 25 kg.',
    "Wipe the exam table after every patient.",
    'Label each sample "urgent" or "routine" before it goes to the lab.',
    "Controlled drugs are counted at 8 am and 6 pm.",
    "Owners wait outside the surgery at all times.",
]


async def test_a_missed_fifth_option_whose_rule_quotes_words_is_named(
    offline_context: FlowContext,
) -> None:
    item = statements_item(
        DELI_RULES, 1, ("4 小时", "6 小时"), "zh", point="熟食", source_at=1
    )  # B false
    report = await graded_report(
        [item], {"1": "A、C、D"}, offline_context, title="deli", language="zh"
    )
    note = report["questions"][0]["review"]
    assert report["questions"][0]["score"] == 1.5
    assert note.startswith("漏选：E（原文：过期熟食须当班报损，不得降价出售）"), note
    assert "切片机" not in note  # the item's source, option B, answered right
    assert [t["fact"] for t in report["review_topics"]] == [DELI_RULES[4]]


async def test_a_wrong_option_whose_rule_quotes_words_is_named(
    offline_context: FlowContext,
) -> None:
    item = statements_item(
        DELI_RULES, 0, ("3 盘", "5 盘"), "zh", point="熟食", source_at=1
    )  # A false
    report = await graded_report(
        [item], {"1": "A、B、C、D、E"}, offline_context, title="deli", language="zh"
    )
    note = report["questions"][0]["review"]
    assert report["questions"][0]["score"] == 0
    assert note.startswith('错选：A（原文：熟食上架须遵循"先进先出"原则，每次补货不得超过 3 盘'), (
        note
    )
    assert "选项将“3 盘”改成了“5 盘”" in note and "漏选" not in note


async def test_an_english_five_option_item_names_its_faults(
    offline_context: FlowContext,
) -> None:
    item = statements_item(
        VET_RULES, 3, ("6 pm", "8 pm"), "en", point="care", source_at=1
    )  # D false
    report = await graded_report(
        [item], {"1": "B, C, D, E"}, offline_context, title="vet", language="en"
    )
    note = report["questions"][0]["review"]
    assert note.startswith(
        'Missed: A (the material says: "Follow the "two-person rule" when lifting any dog'
    ), note
    assert (
        'Wrongly chosen: D (the material says: "Controlled drugs are counted at 8 am and 6 pm'
        in note
    )
    assert 'the option changes "6 pm" to "8 pm"' in note


DEPOT_POINTS = (
    "Drivers must report a fuel spill to the yard marshal within 10 minutes",
    "Never let a bus idle at the stand for more than 5 minutes",
    "Check the tyres before every shift",
)


async def test_partly_credited_points_are_not_listed_as_missed(
    offline_context: FlowContext,
) -> None:
    """Point 1 told without its figure earns half (partial_points), point 2 left out earns
    nothing (missed_points), point 3 is credited (in neither); the review quotes both."""
    item = short_answer("What are the depot's rules on spills, idling and tyres?", *DEPOT_POINTS)
    answer = (
        "Drivers must report a fuel spill to the yard marshal. Check the tyres before every shift."
    )
    report = await graded_report(
        [item], {"1": answer}, offline_context, title="depot", language="en"
    )
    result = report["questions"][0]
    assert result["score"] == 3  # 1 + 0 + 2 of 6
    assert result["missed_points"] == [DEPOT_POINTS[1]]
    assert result["partial_points"] == [DEPOT_POINTS[0]]
    assert [t["fact"] for t in report["review_topics"]] == list(DEPOT_POINTS[:2])
