"""A conditioned yes under a can/may question is one rule: the permission with its limit."""

from __future__ import annotations

import pytest

from graphs.text import analyse
from graphs.text.facts import facts_for

ALLOTMENT_FAQ = (
    "# Riverside Allotments: Plot Holder FAQ\n\n"
    "**Can plot holders keep hens?**\n"
    "Yes, but only after the committee has inspected the coop, and no more than 6 hens per plot.\n\n"
    "**Can I bring my dog?**\n"
    "Yes, if it stays on a lead at all times.\n\n"
    "**Can visitors use the water troughs?**\n"
    "No, only plot holders may use them.\n"
)
TEA_HOUSE_FAQ = (
    "# 茶馆员工常见问题\n\n"
    "**员工可以带家属来喝茶吗？**\n"
    "可以，但须提前1天告诉店长，每次最多带2人。\n\n"
    "**员工可以自己泡茶喝吗？**\n"
    "不可以。\n"
)


@pytest.mark.parametrize(
    ("material", "rule"),
    [
        (
            ALLOTMENT_FAQ,
            "Plot holders can keep hens only after the committee has inspected the coop",
        ),
        (ALLOTMENT_FAQ, "You can bring your dog if it stays on a lead at all times"),
        (TEA_HOUSE_FAQ, "员工可以带家属来喝茶，但须提前1天告诉店长"),
    ],
)
def test_a_conditioned_yes_is_stated_with_its_question(material: str, rule: str) -> None:
    assert any(f.text.startswith(rule) for f in facts_for(analyse(material)))


def test_a_no_is_not_turned_into_a_permission() -> None:
    texts = [f.text for f in facts_for(analyse(ALLOTMENT_FAQ + TEA_HOUSE_FAQ))]
    assert not any(t.startswith("Visitors can use") for t in texts)
    assert not any(t.startswith("员工可以自己泡茶") for t in texts)


def test_an_order_to_the_asker_keeps_the_askers_case() -> None:
    """'Hand them straight to the shop manager' under 'What should I do if I find money …?' was
    dropped: who 'I' is went unsaid. The order is to the one asking: 'If you find …, hand …'."""
    faq = (
        "# Riverside Allotments: Volunteer FAQ\n\n"
        "**What should I do if I find a swarm of bees on my plot?**\n"
        "Leave them alone and tell the site secretary within 1 hour.\n"
    )
    texts = [f.text for f in facts_for(analyse(faq))]
    assert any(
        t.startswith("If you find a swarm of bees on your plot, leave them alone and tell the site")
        for t in texts
    ), texts
