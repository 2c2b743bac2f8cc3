"""The customer's pronoun in hints and report lines, read from the scenario's persona.

The hints and labels were written for a woman (「先回答她的问题」, "let the customer decide in her
own time"); the complaint scenario's customer is 李先生, and a trainer read 「她」 of him (session
22, P15). The persona's role names the customer with a title (「李先生，复诊患者」, "Ms Priya Shah,
a customer of four years", "Mr Daniel Harper, arriving guest"): that title gives the pronoun. A role
with no title gets no guessed pronoun: the words name the customer (客户, "their").
"""

from __future__ import annotations

import re
from typing import Literal

from graphs.exams import Language
from graphs.scenarios import Scenario

Gender = Literal["she", "he", "unknown"]

TITLES: dict[Gender, re.Pattern[str]] = {
    "she": re.compile(r"女士|小姐|太太|阿姨|大姐|\b(?:Ms|Mrs|Miss|Madam|Mme)\b\.?"),
    "he": re.compile(r"先生|大爷|大哥|叔叔|\b(?:Mr|Sir)\b\.?"),
}
"""A title that names the customer as a woman or as a man."""

WORDS: dict[Language, dict[Gender, dict[str, str]]] = {
    "zh": {
        "she": {"she": "她", "her": "她", "her_pos": "她的"},
        "he": {"she": "他", "her": "他", "her_pos": "他的"},
        "unknown": {"she": "客户", "her": "客户", "her_pos": "客户的"},
    },
    "en": {
        "she": {"she": "she", "her": "her", "her_pos": "her"},
        "he": {"she": "he", "her": "him", "her_pos": "his"},
        "unknown": {"she": "they", "her": "them", "her_pos": "their"},
    },
}
"""The words for the customer, by role: `she` as the subject ("a step {she} can take"), `her` as
the object (别催{her}, "hurry {her}"), `her_pos` before what is hers ("{her_pos} own time"). An
English template puts the subject's verb in a form every subject takes ("{she} can", not
"{she} gets": "they gets")."""


def gender_of(scenario: Scenario) -> Gender:
    """The customer's gender by the first title in the persona's role, else unknown."""
    role = scenario.persona.role
    found = [(m.start(), g) for g, title in TITLES.items() if (m := title.search(role))]
    return min(found)[1] if found else "unknown"


def customer_words(scenario: Scenario) -> dict[str, str]:
    """The words for this scenario's customer (see `WORDS`), for str.format."""
    return WORDS[scenario.language][gender_of(scenario)]
