"""A sentence that opens on its exception and states its rule after it ("Except for the lead
sweep in dry weather, no one may climb onto a thatched roof") is a rule of its own, not an
exception to the sentence before: glued to it, a true/false printed two unrelated rules as one
statement (session 25, own chimney-sweep material). "The only exception is …" still adds to the
rule before it.
"""

from __future__ import annotations

from graphs.exam_generation.material import Material
from graphs.text import analyse
from graphs.text.rule_elsewhere import exception_without_rule

SWEEP = """# Chimney sweeping procedure

## Sweeping
Work at heights above 3 metres needs a second person on the ladder foot.
Except for the lead sweep in dry weather, no one may climb onto a thatched roof.
Brushes are washed after every job. The only exception is a job in a bakery.
"""


def test_an_exception_with_its_own_rule_is_no_exception_without_one() -> None:
    assert not exception_without_rule(
        "Except for the lead sweep in dry weather, no one may climb onto a thatched roof.", "en"
    )
    assert exception_without_rule("Except in a bakery, as above.", "en")
    assert exception_without_rule("The only exception is a job in a bakery.", "en")


def test_the_rule_is_stated_alone() -> None:
    document = analyse(SWEEP)
    texts = [f.text for f in Material.of(document, document.language).facts]
    roof = [t for t in texts if "thatched roof" in t]
    assert roof == [
        "Except for the lead sweep in dry weather, no one may climb onto a thatched roof."
    ], texts
    assert "Brushes are washed after every job. The only exception is a job in a bakery." in texts
