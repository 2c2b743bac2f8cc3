"""She answers the offer she was made, not a question she has had answered, and keeps her budget
for who asked about her (session 17 lead and fixer F8, after session 16 end trainer P9): a turn
that names the list price and a lower offer gets her reaction to the lower one, not her balk at
the list price; told the suite comes with breakfast, she does not ask whether breakfast is in her
rate; questions about his name and car earn no budget, asking what matters to him does. Own
trade: a bridal-gown rental shop (婚纱租赁), the shipped gym scenario rewritten with the shop's
list price and its own lower price for a booking made the same day; and own learner lines on the
shipped check-in scenario. Through the real flow."""

from __future__ import annotations

import shutil

import pytest
import yaml

from graphs.context import FlowContext
from graphs.library import SHIPPED_CONTENT, ContentLibrary
from tests.support.practice import her_lines, lines_after, played

BALKS = "三千九百八租三天？比我的预算高了不少。"
TAKES = "三千二百八的话，我倒是可以考虑。"
VEIL = "头纱倒是挺配的。是含在租金里，还是要另收？"


@pytest.fixture(scope="module")
def gowns(tmp_path_factory: pytest.TempPathFactory) -> FlowContext:
    root = tmp_path_factory.mktemp("gowns") / "content"
    shutil.copytree(SHIPPED_CONTENT, root)
    path = root / "scenarios" / "objection-handling.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["id"], data["aliases"], data["facts"] = "bridal-gown", [], []
    data["background"] = (
        "你是「花嫁」婚纱馆的租赁顾问。陈小姐下个月结婚，看中一件手工蕾丝拖尾婚纱：租三天原价 3980 元，"
        "含干洗和一次改尺寸；当天定下的新人可按 3280 元租。不能免费赠送任何东西。"
    )
    data["learner"]["may_offer"] = [
        "蕾丝拖尾婚纱租三天 3980 元（含干洗和一次改尺寸）",
        "当天定下的新人按 3280 元租",
    ]
    data["opening_line"] = "这件拖尾纱真好看，就是不知道租一次要多少钱。"
    for stage in data["stages"]:
        stage["forbidden_claims"] = [  # the shop's same-day price is a true one
            c
            for c in stage.get("forbidden_claims", [])
            if "折" not in c["claim"] and "限时" not in c["claim"]
        ]
        if stage["id"] == "presentation":
            stage["points"][0].update(text="说明租金", keywords=["3980", "3280", "租金", "租三天"])
            stage["persona_lines"] = [
                {"text": BALKS, "answers": ["matching-service"]},
                {"text": VEIL, "answers": ["veil"]},
            ]
        if stage["id"] == "objections":
            stage["points"][2].update(
                text="提出当天定下的优惠价", keywords=["3280", "当天定", "优惠价"]
            )
            stage["persona_lines"] = [
                {"text": TAKES, "answers": ["flexible"]},
                {"text": "嗯，你这么说我能理解。", "answers": ["price-concern"]},
            ]
    data["topics"].append({"id": "veil", "keywords": ["头纱"]})
    (root / "scenarios" / "bridal-gown.yaml").write_text(
        yaml.safe_dump(data, allow_unicode=True), encoding="utf-8"
    )
    return FlowContext(library=ContentLibrary.load(root))


async def test_list_price_alone_gets_her_balk(gowns: FlowContext) -> None:
    lines = await lines_after(
        gowns, "bridal-gown", "您好，欢迎光临。", "这件蕾丝拖尾纱租三天是3980元。"
    )
    assert lines[-1] == BALKS, lines


GOWN_OFFERS = [
    "这件蕾丝拖尾纱原价3980，您今天定的话给您按3280。",
    "这件拖尾纱平时租三天要3980，今天定下来的话3280就可以。",
]


@pytest.mark.parametrize("offer", GOWN_OFFERS)
async def test_a_lower_offer_beside_the_list_price_is_the_one_she_answers(
    gowns: FlowContext, offer: str
) -> None:
    lines = await lines_after(gowns, "bridal-gown", "您好，欢迎光临。", offer)
    assert BALKS not in lines[-1], lines
    assert lines[-1] == TAKES, lines


UPSELL_OFFERS = [
    "The suite is normally 55 dollars extra a night, though for an anniversary I'm able to "
    "let you have it for 45.",
    "Its list rate is USD 55 on top per night; since you're celebrating, I can offer 45.",
]


@pytest.mark.parametrize("offer", UPSELL_OFFERS)
async def test_the_occasion_rate_beside_the_list_rate_is_answered(
    offline_context: FlowContext, offer: str
) -> None:
    lines = await lines_after(
        offline_context,
        "english-upsell",
        "Good evening, Mr Harper, welcome. What brings you to the harbour this weekend?",
        "How lovely. There's a harbour-view junior suite free tonight that would suit it.",
        offer,
    )
    assert "Fifty-five" not in lines[-1], lines
    assert "Forty-five" in lines[-1], lines


async def test_the_list_rate_alone_still_gets_his_balk(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "english-upsell",
        "Good evening, Mr Harper.",
        "There's a junior suite open tonight at 55 dollars more a night, if that appeals.",
    )
    assert "Fifty-five" in her_lines(values)[-1], her_lines(values)


async def test_told_the_veil_comes_with_the_gown_she_does_not_ask(gowns: FlowContext) -> None:
    lines = await lines_after(
        gowns, "bridal-gown", "您好，欢迎光临。", "这件拖尾纱送一顶同款头纱。"
    )
    assert lines[-1] == "头纱倒是挺配的。", lines


async def test_the_veil_named_alone_gets_her_question(gowns: FlowContext) -> None:
    lines = await lines_after(gowns, "bridal-gown", "您好，欢迎光临。", "这顶头纱是意大利蕾丝的。")
    assert lines[-1] == VEIL, lines


BREAKFAST_WITH_THE_SUITE = [
    "The suite gives you a balcony over the bay and breakfast for two.",
    "Breakfast for two is part of it, and you get the bay view.",
]


@pytest.mark.parametrize("told", BREAKFAST_WITH_THE_SUITE)
async def test_told_breakfast_comes_with_the_suite_he_does_not_ask(
    offline_context: FlowContext, told: str
) -> None:
    lines = await lines_after(
        offline_context,
        "english-upsell",
        "Good evening, Mr Harper.",
        "There's a junior suite open tonight at 55 dollars more a night, if that appeals.",
        told,
    )
    assert "?" not in lines[-1] and "rate" not in lines[-1], lines
    assert "Breakfast" in lines[-1], lines


BUDGET = "maybe fifty a night"


async def test_questions_about_his_name_and_car_earn_no_budget(
    offline_context: FlowContext,
) -> None:
    lines = await lines_after(
        offline_context,
        "english-upsell",
        "Good evening, welcome to the Harbourview. Could I have your surname, please?",
        "Thanks. Is the car out front, do you need parking?",
        "We have a junior suite free tonight; it includes breakfast and a late check-out.",
    )
    assert not any(BUDGET in line for line in lines), lines


async def test_asked_what_matters_to_him_he_may_tell_his_budget(
    offline_context: FlowContext,
) -> None:
    lines = await lines_after(
        offline_context,
        "english-upsell",
        "Good evening, welcome. May I confirm the booking is for two nights?",
        "Would you like a quiet room, or a view?",
        "Our junior suite has the harbour view; it comes with breakfast for two.",
    )
    assert BUDGET in lines[-1], lines


async def test_told_what_the_suite_comes_with_he_asks_only_the_price(
    offline_context: FlowContext,
) -> None:
    lines = await lines_after(
        offline_context,
        "english-upsell",
        "Evening, Mr Harper, and welcome.",
        "We have a junior suite available tonight.",
        "Breakfast comes included with it.",
    )
    assert "different" not in lines[-1], lines
    assert lines[-1].endswith("But how much more is it?"), lines


async def test_won_over_after_a_hesitation_he_says_yes(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "english-upsell",
        "Evening, Mr Harper.",
        "Would you like the junior suite tonight? It's 55 dollars extra a night.",
        "You'd wake up to the harbour, and breakfast for two and late check-out are part of it.",
        "Shall we go ahead with the suite, then?",
    )
    assert "I don't know yet" in her_lines(values)[2], her_lines(values)  # he hesitated first
    assert values.get("agreed"), her_lines(values)[-1]
