"""An English fill-in's post described by what the person does: "the person who sells tickets".

A teacher reads a learner who cannot recall "ticket seller" but writes "the person who sells
tickets", "someone selling tickets" or "whoever sells the tickets" as naming the right post: its
act and its object are the key's (session 22 held-out teacher: "the right role, described"). The
rule: the answer is a word for a person (person, one, someone, staff member …), then who/that and
a verb, or the verb's -ing form, then the object; the key is an agent noun (seller, operator,
cleaner) after the words for its object (ticket, lift). The verb is the agent noun's (sell for
seller, operate for operator, drive for driver) and the object the key's, said in the singular or
the plural, with an article or without; a key with no object ("cleaner") takes any. Another act
("the person who checks tickets" for "ticket seller") or another object ("the one who sells
passes" for "lift pass seller" gives no object of the key's) is not the post. The Chinese
descriptions (卖票的, 售票岗位的员工) are trade_people.described_work's.

The person placed where the post works by the key's object alone ("the one at the permit desk",
"the person in the ticket office" for ticket seller) names the right desk, not what is done
there (a ticket office has sellers and checkers): the everyday name of the same function, part of
the blank (`placed_post`, PLACED_CREDIT), its note saying it names the place.
"""

from __future__ import annotations

import re

from lemminflect import getLemma

from graphs.exam_grading.word_forms import in_singular

_PERSON = (
    r"(?:the\s+|a\s+)?(?:person|one|staff\s+member|member\s+of\s+staff|employee|worker|"
    r"colleague|guy|man|woman|lady|someone|somebody|anyone)"
)
_DESCRIBED = re.compile(
    rf"^(?:{_PERSON}\s+(?:who|that)\s+(?:is\s+|are\s+)?|{_PERSON}\s+(?=\w+ing\b)|whoever\s+)"
    r"(?P<verb>[a-z]+)(?:\s+(?P<object>[a-z ]+?))?$"
)
_AGENT_ENDS = ("er", "or", "r")
PLACED_CREDIT = 0.5
"""The post named by the place where it works, by the key's object alone: half the blank."""
_PLACED = re.compile(
    rf"^{_PERSON}\s+(?:working\s+|who\s+works\s+)?(?:at|in|on|behind)\s+(?:the\s+)?"
    r"(?P<object>[a-z ]+?)\s+(?:desk|office|counter|window|booth|kiosk|stand|hut)$"
)
_ARTICLES = re.compile(r"\b(?:the|a|an|all|any)\b")


def described_post(given: str, expected: str) -> str | None:
    """Why the English answer `given` describes the post `expected` by its act and object, or
    None (module doc)."""
    answer = " ".join(given.lower().split())
    key = [in_singular(w) for w in expected.lower().split()]
    found = _DESCRIBED.fullmatch(answer)
    if found is None or not key:
        return None
    verb = getLemma(found.group("verb"), "VERB")[0]
    if not _agent_of(key[-1], verb):
        return None
    said = _ARTICLES.sub(" ", found.group("object") or "").split()
    wanted = key[:-1]
    if wanted and [in_singular(w) for w in said] != wanted:
        return None
    return f"'{given}' describes the job of '{expected}'"


def _agent_of(agent: str, verb: str) -> bool:
    """Whether `agent` is the agent noun of `verb`: seller of sell, operator of operate, driver
    of drive."""
    stems = {verb, verb.removesuffix("e")}
    return any(agent.endswith(end) and agent.removesuffix(end) in stems for end in _AGENT_ENDS)


def placed_post(given: str, expected: str) -> str | None:
    """Why the English answer `given` names the post `expected` by the place it works at, named
    by the key's object ("the one at the permit desk" for permit seller), or None."""
    found = _PLACED.fullmatch(" ".join(given.lower().split()))
    key = [in_singular(w) for w in expected.lower().split()]
    if found is None or len(key) < 2:  # an object and an agent
        return None
    if [in_singular(w) for w in found.group("object").split()] != key[:-1]:
        return None
    return f"'{given}' names where '{expected}' works, not the post"
