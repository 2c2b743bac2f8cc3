"""The rules a material states that this generator reads as no fact, so no question can ask them.

The exam's shortfall note counts the rules left untested. Counted over the facts alone
(graphs/text/facts.py), an FAQ whose answers are verbless ("In the app, at least 2 hours ahead."),
start with an order ("Report it the same day.") or state a right without a modal ("Resident members
have 24/7 key-card access.") read as "12 rules, 1 of them untested" while ten were untested
(session 11 designer, m4). A sentence is such a rule when the material states it (no heading, FAQ
question, lead-in, worked example or line about the document itself) and no fact is made of it.
"""

from __future__ import annotations

from graphs.exam_generation.importance import is_admin_line
from graphs.text.document import Document
from graphs.text.facts import facts_for
from graphs.text.sentence_form import clean_statement, is_question, not_a_statement

_MIN_CHARS = {"zh": 6, "en": 12}
"""Shorter than this, a statement is a fragment ("Yes.", 「可以。」), not a rule."""


def unread_rules(document: Document) -> list[str]:
    """The statements of the material no fact is made of, in the material's order."""
    facts = facts_for(document)
    read = {f.sentence for f in facts} | {f.lead for f in facts if f.lead is not None}
    language = document.language
    rules: list[str] = []
    for sentence in document.sentences:
        raw = sentence.text
        if sentence.index in read or is_question(raw, language):
            continue
        if not_a_statement(document, sentence.section, sentence.start, raw):
            continue
        text = clean_statement(raw).strip()
        if len(text) < _MIN_CHARS[language] or is_admin_line(text) or text.startswith("#"):
            continue
        if text not in rules:
            rules.append(text)
    return rules
