"""An English short-answer ask is a grammatical question about a definite subject (session 15
lead and session 14 reviewers): "When must packages be kept below? (give the temperature and the
time limit)" cut the deed at its figure, "What does the tool cost?" dropped what narrows the
subject, "What is the rule on unclaimed packages?" named only the thing. Through the real flow,
on a notary office's procedures written for these tests."""

from __future__ import annotations

import re

from graphs.context import FlowContext
from tests.support.exam_flow import delivered_exam

PACKAGES = (
    "# Harbour Notary Office: Front Desk Procedures\n\n"
    "## Identity checks\n"
    "Every signer must show a valid photo ID before any document is notarised.\n"
    "Signers under 18 must be accompanied by a parent or legal guardian.\n"
    "The notary must record each signer's ID number in the journal within 1 hour of the signing.\n\n"
    "## Sealed packages\n"
    "Sealed packages must be kept below 25°C in the strongroom and handed over within 48 hours"
    " of arrival.\n"
    "Unclaimed packages are returned to the sender after 30 days.\n\n"
    "## Fees\n"
    "A standard signature costs 15 dollars, and each extra page costs 2 dollars.\n"
    "Clients may pay by card or cash, but cheques are not accepted.\n"
)

COPIES = (
    "# Harbour Notary Office: Fees and Copies\n\n"
    "## Copies\n"
    "Any copy that is certified after hours costs 25 dollars.\n"
    "A copy sent by courier must be signed for by the client.\n"
    "Copies are destroyed after 90 days.\n\n"
    "## Fees\n"
    "A standard signature costs 15 dollars, and each extra page costs 2 dollars.\n"
    "Fees are waived for veterans, unless the document is for a business.\n"
)

_DANGLING = re.compile(r"\b(?:below|above|under|at|in|to|from|with|than|of)\?")


def _asks(stem: str) -> list[str]:
    return [a.strip() for a in re.split(r"\(\d\)", stem)[1:]]


async def test_a_deed_with_a_figure_and_a_time_is_asked_whole(
    offline_context: FlowContext,
) -> None:
    exam = await delivered_exam(
        offline_context,
        {"material": PACKAGES, "language": "en", "single_choice": 1, "short_answer": 2},
    )
    asks = [a for q in exam.questions if q.type == "short_answer" for a in _asks(q.stem)]
    assert not [a for a in asks if _DANGLING.search(a)], asks
    assert "How must sealed packages be kept, and how soon handed over?" in " ".join(asks)
    assert "When are unclaimed packages returned?" in " ".join(asks)


async def test_an_ask_keeps_what_narrows_its_subject(offline_context: FlowContext) -> None:
    exam = await delivered_exam(
        offline_context,
        {"material": COPIES, "language": "en", "true_false": 1, "short_answer": 2},
    )
    asks = [a for q in exam.questions if q.type == "short_answer" for a in _asks(q.stem)]
    assert not [a for a in asks if re.match(r"What does the copy cost\?", a)], asks
    assert not [a for a in asks if "signed for?" in a], asks
    assert any("copy certified after hours" in a for a in asks), asks
