"""A payment said without its sum: 赔钱 for 赔偿50元, 交钱 for 缴纳200元.

A learner who remembers that a lost wristband is paid for, not how much, writes 「手环丢了要赔钱」
for 「顾客遗失手环的，须赔偿50元」: the everyday verb of paying, one character of the point's, with
钱 (money) standing where the sum stood. The act is said and its figure left out, which a teacher
marks partial and names the sum missing, not 未答到. `paid_without_its_sum` rewrites such a
word to the point's verb, so the act is found and the figure is judged missing as it is
wherever a point's figure is left out.

Only where the point's verb takes a sum of money right after it (赔偿50元, 收费40元): a
character of another verb with 钱 (存钱 for 存放) is another act. English needs no rewrite: "pay
for it" keeps the point's verb "pay" and leaves out its sum already.
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.text.quantities import parse_quantities

_VERB_BEFORE_SUM = re.compile(r"([\u4e00-\u9fff]{2})\s*(?:为|了)?\s*$")
"""The two characters right before a sum in the point (须赔偿50元 -> 赔偿)."""
_MONEY_WORDS = "钱款"
"""What stands for the sum after a verb of paying: 赔钱, 赔款, 交钱, 付款."""


def paid_without_its_sum(point: str, answer: str, language: Language) -> str:
    """`answer` with a character of the point's verb of paying followed by 钱 or 款 (赔钱)
    rewritten to that verb (赔偿), where the point's verb takes a sum of money (赔偿50元)."""
    if language != "zh":
        return answer
    for verb in _verbs_of_paying(point):
        if verb in answer:
            continue
        said = re.compile(f"[{re.escape(verb)}][{_MONEY_WORDS}]")
        answer = said.sub(verb, answer)
    return answer


def _verbs_of_paying(point: str) -> list[str]:
    """The point's two-character verbs right before a sum of money (赔偿 of 须赔偿50元)."""
    verbs = []
    for quantity, start, _ in parse_quantities(point):
        if not (quantity.dimension or "").startswith("money"):
            continue
        found = _VERB_BEFORE_SUM.search(point[:start])
        if found and found.group(1)[-1] not in _MONEY_WORDS:
            verbs.append(found.group(1))
    return list(dict.fromkeys(verbs))
