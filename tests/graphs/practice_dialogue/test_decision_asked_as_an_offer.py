""" "Would you like me to set that up for you today?" asks for her decision on what was offered,
not a small service she echoes: she answered "Set that up for I today? Yes, please." and the
report said "The customer did not agree" (session 13, the lead's own broadband learner). And where
she does echo a small service, "you" after a preposition is "me" ("a copy for me to keep")."""

from __future__ import annotations

from graphs.context import FlowContext
from graphs.practice_dialogue.her_compliance import small_offer
from tests.support.practice import her_lines, played

RETENTION = (
    "Hello, thanks for calling. Can I ask what's made you want to leave us?",
    "I'm sorry the evenings have been so slow. Does it drop on every device or mainly on calls?",
    "I can book an engineer to check your line on Thursday morning, free of charge.",
    "I can also move you to our loyalty rate of 31 pounds a month.",
    "If it isn't fixed, you can still leave within 30 days with no fee.",
    "Would you like me to put that through for you now?",
)


async def test_a_decision_asked_as_a_set_up_is_answered_as_her_decision(
    offline_context: FlowContext,
) -> None:
    values = await played(offline_context, "broadband-retention", *RETENTION)
    last = her_lines(values)[-1]
    assert "for I" not in last and not last.startswith("Put that through"), last


def test_a_decision_is_no_small_service() -> None:
    for question in (
        "Would you like me to set that up for you today?",
        "Would you like me to sort it out for you now?",
        "Do you want me to put that through?",
    ):
        assert small_offer(question, "en", at_ease=True) is None, question


def test_you_after_a_preposition_is_me_in_her_echo() -> None:
    echo = small_offer("Would you like a printed copy for you to keep?", "en", at_ease=True)
    assert echo == "A printed copy for me to keep? Yes, please."
    echo = small_offer("Would you like me to email the receipt to you?", "en", at_ease=True)
    assert echo == "Email the receipt to me? Yes, please."
