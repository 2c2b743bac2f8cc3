"""Session 26, H4: breaches named right (trainer P18, session 25: blame and a rival run down
missed in some wordings, a promise read as an understated wait, an unhurried close read as a
brush-off, one line named twice, an invented price credited, a remedy sold on a purchase reported
as small talk). Own trades from h4_trades/ (a postnatal-nanny agency's complaint, a pool
cleaning plan); the real graph."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphs.context import FlowContext
from graphs.library import ContentLibrary
from tests.support.practice import compliance, criterion, played

H4_TRADES = Path(__file__).parent / "h4_trades"


@pytest.fixture(scope="module")
def h4_context() -> FlowContext:
    return FlowContext(library=ContentLibrary.load(H4_TRADES))


def _named(values: dict[str, object], turn: int) -> list[str]:
    evaluations = values["turn_evaluations"]
    assert isinstance(evaluations, list)
    return list(evaluations[turn]["forbidden"])


@pytest.mark.parametrize(
    ("scenario", "line", "label"),
    [
        ("pool-plan", "The green water is your pump's fault, it's far too weak.", "Blaming"),
        (
            "pool-plan",
            "If you had run the filter eight hours a day, you wouldn't have had this trouble.",
            "Blaming",
        ),
        ("nanny-complaint", "要是您当时提前打个电话确认，也就不用白等这么久了。", "把责任推给客户"),
        ("pool-plan", "Well, cheap is cheap for a reason, you know.", "Belittling the rival"),
        ("nanny-complaint", "那么便宜？便宜没好货，您自己掂量。", "贬低竞争对手"),
    ],
)
async def test_blame_and_a_rival_run_down_are_named_in_other_words(
    h4_context: FlowContext, scenario: str, line: str, label: str
) -> None:
    values = await played(h4_context, scenario, line, "quit")
    assert any(label in c for c in _named(values, 0)), values["turn_evaluations"][0]


@pytest.mark.parametrize(
    ("scenario", "line"),
    [
        ("pool-plan", "If you'd like, you'd have the first visit this Friday for free."),
        ("pool-plan", "If you'd stayed with one-off cleans, you'd have paid more this summer."),
        ("pool-plan", "AquaPro are cheaper, that's true, so compare what each visit includes."),
        ("nanny-complaint", "如果您愿意，我们明天就开始给您退一百五。"),
    ],
)
async def test_an_offer_or_a_fair_comparison_blames_no_one(
    h4_context: FlowContext, scenario: str, line: str
) -> None:
    values = await played(h4_context, scenario, line, "quit")
    assert not values["turn_evaluations"][0]["forbidden"], values["turn_evaluations"][0]


async def test_a_promise_of_no_wait_tells_nothing_of_hers(h4_context: FlowContext) -> None:
    values = await played(
        h4_context,
        "nanny-complaint",
        "刘女士，真的对不起。",
        "下次您再来面试，一分钟都不用等。",
        "结束",
    )
    assert not any("少说" in c for c in _named(values, 1)), values["turn_evaluations"][1]
    told_short = await played(h4_context, "nanny-complaint", "您其实也就等了十分钟。", "结束")
    assert any("少说" in c for c in _named(told_short, 0))


async def test_time_to_think_it_over_is_no_brush_off() -> None:
    values = await played(
        FlowContext(library=ContentLibrary.load()),
        "objection-handling",
        "年卡是三千九百八，可以分十二期免息。",
        "您回家跟家里人商量商量，想好了再来找我。",
        "结束",
    )
    assert not values["turn_evaluations"][1]["forbidden"], values["turn_evaluations"][1]


async def test_one_line_is_one_breach(h4_context: FlowContext) -> None:
    refused = await played(h4_context, "nanny-complaint", "体检费？我们这儿不退款的。", "结束")
    assert _named(refused, 0) == ["拒绝退还未告知的体检费"], _named(refused, 0)
    told = await played(h4_context, "nanny-complaint", "退款肯定马上到账，您放心。", "结束")
    named = _named(told, 0)
    assert len(named) == len(set(named)), named
    said = compliance(told)
    assert said.count("谎报退款到账时间") == 1, said


async def test_an_invented_price_is_named_and_not_credited(h4_context: FlowContext) -> None:
    values = await played(
        h4_context,
        "pool-plan",
        "Good morning, thanks for calling.",
        "Well, there is a tiny fee for it, 12 dollars, and that's all.",
        "quit",
    )
    assert any("A wrong price" in c for c in _named(values, 1)), values["turn_evaluations"][1]
    assert "Done: State the price" not in criterion(values, "Presenting the upgrade")["explanation"]


async def test_a_remedy_sold_on_a_purchase_is_named(h4_context: FlowContext) -> None:
    values = await played(
        h4_context,
        "nanny-complaint",
        "刘女士，体检费一百五给您退，再送您一次上门护理。",
        "不过您得先续签我们一年的育儿嫂套餐，这些才能兑现，不续就全部作废。",
        "结束",
    )
    named = _named(values, 1)
    assert "以消费为条件才给补救" in named, values["turn_evaluations"][1]
    assert "闲聊" not in compliance(values), compliance(values)
