"""A paragraph's bold run-in label heads it, as a heading would (session 23 lead, car-valet terms:
"**Prices.** A mini valet costs 25 GBP …" was asked as "What does Prices. A mini valet cost?")."""

from __future__ import annotations

from graphs.text.sentences import split_sentences

TERMS = """# ClearView Window Cleaning – Customer Terms

**Visits.** A standard round is cleaned every 4 weeks. Conservatory roofs are cleaned on request.

**Payment.** Invoices must be paid within 14 days.

**Definitions:** a round is the set of houses on one street.
"""


def test_a_bold_label_closed_by_a_full_stop_is_its_paragraphs_section() -> None:
    found = [(s.section, s.text) for s in split_sentences(TERMS)]
    assert ("Visits", "A standard round is cleaned every 4 weeks.") in found
    assert ("Visits", "Conservatory roofs are cleaned on request.") in found
    assert ("Payment", "Invoices must be paid within 14 days.") in found
    assert not any("Visits." in text or "Payment." in text for _, text in found)


def test_a_bold_label_closed_by_a_colon_stays_with_its_text() -> None:
    """It may be the headword a definition needs (label_heads.py)."""
    texts = [s.text for s in split_sentences(TERMS)]
    assert any(t.startswith("**Definitions:**") or "Definitions" in t for t in texts)
