"""Session 24, issue 12 (trainer P17, complaint c2): the customer answers what was said.
A wedding photographer's (婚纱摄影) complaint, the shipped complaint scenario rewritten, through the
real flow: told 「这120元可以给您免掉」, he does not ask 「退多少？」 (the sum was just named), only
when it reaches him, and the report does not say the sum was never answered.
"""

from __future__ import annotations

import shutil
from typing import Any

import pytest

from graphs.context import FlowContext
from graphs.library import SHIPPED_CONTENT, ContentLibrary
from tests.support.practice import criterion, her_lines, played
from tests.support.rewritten_scenarios import rewritten

WEDDING_COMPLAINT: dict[str, Any] = {
    "id": "wedding-photo-complaint",
    "title": "投诉处理：拍婚纱照等了一小时还多收修片费",
    "background": "你是「花间婚纱摄影」门店的客服主管。李先生和未婚妻约了下午两点拍内景婚纱照，因前一对新人"
    "换装超时，他们等到快三点才开拍；选片结账时比签约时说的套餐价多收了 120 元的加急修片费，事先没人问过他们。"
    "店规：主管可以免除未事先告知的修片费，并可赠送一张 100 元的相册升级券；退款需 1–3 个工作日原路退回。",
    "opening_line": "你们这怎么回事？约的两点，我们等到快三点！选片还多收我一百二，谁同意加急修片了？",
    "may_offer": [
        "免除未事先告知的 120 元加急修片费（退款 1–3 个工作日原路退回）",
        "赠送一张 100 元相册升级券",
    ],
    "facts": [],
}


@pytest.fixture(scope="module")
def studio(tmp_path_factory: pytest.TempPathFactory) -> FlowContext:
    root = tmp_path_factory.mktemp("s24f7") / "content"
    shutil.copytree(SHIPPED_CONTENT, root)
    rewritten(root, "complaint-handling", WEDDING_COMPLAINT)
    return FlowContext(library=ContentLibrary.load(root))


async def test_the_sum_named_is_not_asked_for(studio: FlowContext) -> None:
    """「这120元可以给您免掉」: the sum is said (the refund's own figure), so he asks only when the
    money comes back (「多久能到账？」), not 「退多少？」; and the report, read by the learner, does
    not say 「退多少？」 went unanswered (P17 c2: it did, with the 120 said before it)."""
    values = await played(
        studio,
        "wedding-photo-complaint",
        "李先生，实在抱歉让你们久等了。",
        "这120元可以给您免掉。",
        "我这就去财务那边办。",
        "结束",
    )
    hers = her_lines(values)
    assert "退多少" not in hers[2], hers
    assert "到账" in hers[2], hers
    report = " ".join(c["explanation"] for c in values["report"]["criteria"])
    assert "退多少" not in report, report
    assert criterion(values, "了解情况")


async def test_the_remedy_offered_gets_a_reaction_not_the_complaint_again(
    studio: FlowContext,
) -> None:
    """「这样，修片费我给您免掉，三个工作日内退回原卡。」 tells when the money comes back, not how
    much: he reacts to the remedy by asking what is still open (「退多少？」), not by restating his
    complaint (the lead's read: 「洗完直接就抛光了…现在变三百二。」 to this very offer)."""
    hers = her_lines(
        await played(
            studio,
            "wedding-photo-complaint",
            "李先生，实在抱歉让你们久等了。",
            "这样，修片费我给您免掉，三个工作日内退回原卡。",
        )
    )
    assert "退多少" in hers[2], hers
    assert "到账" not in hers[2], hers


async def test_no_yes_before_the_time_he_demanded(studio: FlowContext) -> None:
    """He asks 「多久能到账？」 of the 120 waived; the learner owns the fault and recaps 「120元免掉，
    您看这样可以吗？」 with no time: he does not give in (P17 c2: 「行，那就按你说的办」 and a 'goal'
    ending). Told the time (三个工作日内到账), he agrees."""
    replies = (
        "李先生，实在抱歉让你们久等了，换我也会火大。",
        "这120元可以给您免掉。",
        "确实是我们没做好，耽误您的时间了。",
        "我确认一下方案：120元免掉，您看这样可以吗？",
    )
    values = await played(studio, "wedding-photo-complaint", *replies)
    hers = her_lines(values)
    assert "到账" in hers[2], hers
    assert not values.get("agreed"), hers
    assert "按你说的办" not in hers[-1], hers
    told = await played(
        studio, "wedding-photo-complaint", *replies, "退款三个工作日内到账，您看这样可以吗？"
    )
    assert told.get("agreed"), her_lines(told)
