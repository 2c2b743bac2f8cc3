"""A payment said without its sum: 赔钱 for 赔偿50元, 缴钱 for 缴纳押金200元.

A learner who remembers that a lost wristband is paid for, not how much, writes 「手环丢了要赔钱」
for 「顾客遗失手环的，须赔偿50元」: the everyday verb of paying, one character of the point's, with
钱 (money) standing where the sum stood. The act is said and its figure left out, which a teacher
marks partial and names the sum missing, not 未答到. `paid_without_its_sum` rewrites such a
word to the point's verb, so the act is found and the figure is judged missing as it is
wherever a point's figure is left out.

Only where the point's verb pays a sum of money: the word right before it (赔偿50元, 收费40元)
or the nearest verb a few words back over the thing paid for (缴纳押金200元, 补交场地费20元); a
character of another verb with 钱 (存钱 for 存放, 费钱 for 场地费) is another act. English needs no
rewrite: "pay for it" keeps the point's verb "pay" and leaves out its sum already.
"""

from __future__ import annotations

import re

from graphs.exam_grading.point_terms import CLAUSE_BREAK
from graphs.exams import Language
from graphs.text.quantities import parse_quantities
from graphs.text.segment import tokenize

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
    """The point's two-character verbs of paying before a sum of money: the word right before
    it (须赔偿50元, 收费40元), or the nearest verb a few words back over the thing paid for
    (缴纳押金200元, 补交场地费20元); none across a clause break."""
    tokens = [t for t in tokenize(point, "zh") if t.word.strip()]
    verbs = []
    for at, token in enumerate(tokens):
        found = parse_quantities(token.word + "".join(t.word for t in tokens[at + 1 : at + 3]))
        if not found or found[0][1] != 0 or not (found[0][0].dimension or "").startswith("money"):
            continue
        if at and tokens[at - 1].word.isdigit():
            continue  # inside a figure
        before = []
        for back in tokens[max(0, at - _BACK) : at][::-1]:
            if CLAUSE_BREAK.match(back.word):
                break
            before.append(back)
        words = [t for t in before if _TWO_HAN.match(t.word) and t.word[-1] not in _MONEY_WORDS]
        verb = next((t.word for t in words if t.pos.startswith("v")), None)
        if verb is None and before and words[:1] == before[:1]:
            verb = before[0].word  # 收费40元: jieba tags 收费 a noun, the word before the sum
        if verb:
            verbs.append(verb)
    return list(dict.fromkeys(verbs))


_BACK = 3
"""How many words before a sum its verb of paying may stand (缴纳 押金 200元; 补交 场地 费 20元)."""
_TWO_HAN = re.compile(r"^[\u4e00-\u9fff]{2}$")
