"""Session 12, helper PR: rule breaks heard in other words than the author's (a fee for leaving,
a free gift and a no-wait guarantee beyond a front desk's authority, the act put down to a
colleague's judgement), through claims.claims_said and the real evaluator."""

from __future__ import annotations

import pytest

from graphs.library import ContentLibrary
from graphs.practice_dialogue.claims import claims_said
from graphs.scenarios import Scenario


def _claims(name: str, reply: str) -> list[str]:
    return list(claims_said(ContentLibrary.load().get(Scenario, name), reply))


@pytest.mark.parametrize(
    ("reply", "made"),
    [
        ("If you go elsewhere today you'd pay a penalty.", True),
        ("Cancel today and I am afraid a fee applies.", True),
        ("There's no fee if you cancel within 30 days.", False),
        ("You can leave without a fee.", False),
        ("Would there be a fee if I leave?", False),
    ],
)
def test_a_fee_put_on_her_leaving_is_the_leaving_fee_claim(reply: str, made: bool) -> None:
    claims = _claims("broadband-retention", reply)
    assert any(claim.startswith("Leaving will cost her a fee") for claim in claims) is made


def test_a_free_treatment_and_a_no_wait_vow_go_beyond_the_front_desk() -> None:
    made = _claims("complaint-handling", "下回您过来，我免费帮您洗一次牙，保证一进门就不用等。")
    assert "保证以后绝不会再等" in made
    assert "超出权限的价格或优惠" in made
    # what she may be given is no break: a priority slot, the 100元 voucher
    assert _claims("complaint-handling", "下次来给您优先安排时段，再送您一张100元抵用券。") == []
    assert _claims("complaint-handling", "我们没法保证下次不用等。") == []


def test_the_charge_put_down_to_the_doctors_judgement_passes_the_buck() -> None:
    made = _claims("complaint-handling", "这个抛光都是牙医判断您需要才加上的。")
    assert made == ["推卸责任给医生或其他患者"]
    owned = "医生觉得您需要抛光，但他应该先问您，这是我们的问题。"
    assert "推卸责任给医生或其他患者" not in _claims("complaint-handling", owned)
