"""Session 25 (F3): a polite order is an order.

The session 25 designer's m2 Q12 asked "(2) What is the rule on the please clear?" of "Please
clear a 2-metre area in front of the fireplace …": read with its "Please", the sentence was no
order, and its first words were taken for its subject. It is read as the order it is
(imperatives.plain_order); "Please note that …" stays what it was.

Own material (not the reviewers'): a bagpipe workshop's customer terms (en).
"""

from __future__ import annotations

from graphs.exam_generation.short_answer_asks import ask
from graphs.text import analyse
from graphs.text.facts import facts_for
from graphs.text.imperatives import plain_order

PIPES = """# Glenmorven Bagpipe Workshop — Customer Terms

## 1. Dropping off your pipes
1.1 Every set of pipes must come with a signed Repair Slip listing the drones and chanter.
1.2 Please remove the reeds and store them in a sealed tin before you hand the pipes in.
1.3 Please wrap the drones in a soft cloth and label each one with your surname.
1.4 A 40% deposit is required for all repairs over £120.
"""


def _orders() -> list[tuple[str, tuple[str, ...]]]:
    return [
        (f.text, f.kinds)
        for f in facts_for(analyse(PIPES))
        if "reeds" in f.text or "drones in" in f.text
    ]


def test_a_polite_order_is_stated_as_the_order() -> None:
    orders = _orders()
    assert [t.split()[0] for t, _ in orders] == ["Remove", "Wrap"], orders
    assert all("obligation" in kinds for _, kinds in orders), orders


def test_its_ask_names_no_please() -> None:
    facts = [f for f in facts_for(analyse(PIPES)) if "drones in" in f.text or "reeds" in f.text]
    assert facts
    for fact in facts:
        asked = ask(fact, fact.text, False)
        assert asked is None or "please" not in asked.lower(), asked


def test_a_note_to_the_reader_is_no_order() -> None:
    text = "Please note that prices rise in May."
    assert plain_order(text) == text
