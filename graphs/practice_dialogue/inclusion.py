"""Whether something is in the price or the offer: her question of it and the learner's answer.

"Is it in our rate, or only with the suite?" (早餐包含吗？) asks whether a thing is in the price;
"Breakfast is extra", "it's charged separately" (另收, 含早) answer it, yes or no. Told by a
sentence that names what she asked about (her_questions.Told), she does not ask it again, nor
press it with "You haven't answered me". So with what the offer holds: "A suite? What's different
about it?" is answered by "Breakfast comes included with it" (`WHAT_IS_IN_IT`, `DESCRIBED`).
"""

from __future__ import annotations

import re

from graphs.exams import Language

INCLUSION_ASKED = {
    "zh": re.compile(r"包含|包括|含不含|含在|算在|另收|另外收|要另|单独收"),
    "en": re.compile(
        r"\bincluded\b|\bin (?:our|the|my) (?:rate|price|booking|room rate)\b|"
        r"\bcomes? with (?:it|the room|our room)\b|\bextra\b|\bcharged? for\b",
        re.IGNORECASE,
    ),
}
"""Her question whether something is in the price ("Is it in our rate, or only with the
suite?", 早餐包含吗？)."""
INCLUSION_TOLD = {
    "zh": re.compile(r"包含|包括|含|另收|另外收|单独收|另算|额外|免费|不收|要收|收费|附带|送|赠"),
    "en": re.compile(
        r"\b(?:included|includes?|including|extra|additional|free|complimentary|"
        r"separately|on top|surcharge|costs?|charged?|not in|"
        # what the offer comes with: "The suite gives you … breakfast for two", "is part of it"
        r"comes? with|goes with|part of|gives? you|you(?:'d|'ll| will| would)? (?:also )?get|"
        r"(?:it|that|this one|the suite|the room|the package) (?:also )?has)\b",
        re.IGNORECASE,
    ),
}
"""What in the learner's words tells whether it is in the price: included, extra, charged
separately, free (含早, 另收), or what the offer comes with ("The suite gives you breakfast for
two", "Breakfast is part of it", 送早餐): with the offer, so not in the rate booked."""


def asks_inclusion(question: str, language: Language) -> bool:
    """The question (or clause) asks whether something is in the price."""
    return bool(INCLUSION_ASKED[language].search(question))


def tells_inclusion(question: str, sentence: str, language: Language) -> bool:
    """The question asks whether something is in the price and the learner's sentence says
    whether it is (included, extra, free, charged separately)."""
    return asks_inclusion(question, language) and bool(INCLUSION_TOLD[language].search(sentence))


WHAT_IS_IN_IT = {
    "zh": re.compile(r"(?:包括|包含|含|带)(?:什么|啥|哪些)"),
    "en": re.compile(
        r"\bwhat(?:'s| is) (?:so )?(?:different|special) about it\b"
        r"|\bwhat (?:does|do) (?:it|you) (?:get|include|come with)\b",
        re.IGNORECASE,
    ),
}
"""Her question of what the offer holds ("A suite? What's different about it?", 年卡包括什么？);
not how it compares with another's (这些别家也都有吧，有什么不一样的？)."""
DESCRIBED = {
    "zh": re.compile(r"包括|包含|含有?|带(?:有|着)?|送|还有"),
    "en": re.compile(
        r"\b(?:comes?(?: included)? with|includes?|included|including|you(?:'ll| will)? get)\b",
        re.IGNORECASE,
    ),
}
"""What in the learner's words describes the offer: what it comes with."""
THE_OFFER = {"zh": re.compile(r"这个|它"), "en": re.compile(r"\b(?:it|this one|that one)\b", re.I)}
"""The offer she asked about, named by a pronoun ("What's different about it?": "with it")."""
