"""Dispensations: a rule that lets someone off a duty, stated with no must of its own.

「杀鱼服务免费，顾客无须另付加工费」, "Cutting to size is free of charge, and customers need not
pay a cutting fee": what the house does not ask is a rule a trainee must know (the counter staff
who ask for the fee are wrong), but with no 须 or must, graphs/text/fact_kinds.py reads no modal
(jieba keeps 无须 one word, so its 须 is no cue) and the sentence was no fact. `dispenses(text,
language)` tells the facts reader (graphs/text/facts.py) that it is one: leave not to act, as
不需要 is (a permission).

Only words that say nothing but "not required": 不用 is also "does not use" (店员不用手机), so it
is left out.
"""

from __future__ import annotations

import re

from graphs.exams import Language

_DISPENSATION = {
    "zh": re.compile(r"无须|无需|不必"),
    "en": re.compile(
        r"\b(?:need\s+not|needn['’]t|(?:do|does)\s+not\s+(?:need|have)\s+to|"
        r"(?:don['’]t|doesn['’]t)\s+(?:need|have)\s+to|(?:is|are)\s+not\s+required\s+to)\b",
        re.IGNORECASE,
    ),
}


def dispenses(text: str, language: Language) -> bool:
    """Whether the statement lets someone off a duty (无须另付加工费, need not pay a fee)."""
    return _DISPENSATION[language].search(text) is not None
