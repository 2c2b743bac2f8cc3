"""Her request granted: a yes, or a yes with a condition, to what she asked for.

When her last line asked for something (「能先体验一次再说吗？」, "Can I try it first?") and the
learner grants it, plainly ("可以，没问题", "Sure") or on a condition ("您要是这周能抽出时间来，那就
先体验一次", "If you can come before six, yes"), she takes it and says it back, the condition with
it: 「行，这周能抽出时间来的话，那就先体验一次再说。」, "Alright, as long as I can come before six,
I'll try it first." A conditional yes is a yes: it is no refusal, and no cue for her next
complaint. A grant that refuses (不行, 不能, "I'm afraid not") or asks something back is left to
the rest of her answers.
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.practice_dialogue.script_lines import LineChoice
from graphs.practice_dialogue.signals import sentences

REQUEST = {
    "zh": re.compile(r"(?:能不能|可不可以|能|可以)(?P<body>[^，,。？?]{2,20}?)(?:吗|么)?[？?]$"),
    "en": re.compile(r"^(?:so )?(?:can|could) (?P<who>i|we) (?P<body>[^?]{3,60})\?$", re.I),
}
"""A question of hers that asks for something (the last sentence of her line)."""
YES = {
    "zh": re.compile(r"^(?:可以|行|没问题|好的|当然|好|成|能)(?:的|啊|呀)?[，,！!。\s]"),
    "en": re.compile(
        r"^(?:yes|yeah|sure|of course|certainly|absolutely|no problem|you can|we can)\b", re.I
    ),
}
CONDITION = {
    "zh": re.compile(
        r"^(?:您|你)?(?:要是|如果|只要|假如)(?P<cond>[^，,。]{2,24})[，,]\s*(?:那么|那就|那|就)?"
    ),
    "en": re.compile(r"^(?:if|as long as|provided) (?P<cond>[^,]{3,60}),", re.I),
}
REFUSAL = {
    "zh": re.compile(r"不行|不能|不可以|没办法|恐怕"),
    "en": re.compile(r"\b(?:not|can't|cannot|won't|afraid|unfortunately)\b", re.I),
}
_EN_SWAP = {
    "you are": "I am",
    "you're": "I'm",
    "your": "my",
    "you": "I",
    "i am": "you are",
    "i'm": "you're",
    "i": "you",
    "my": "your",
    "we": "you",
    "our": "your",
}
_EN_WORDS = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, _EN_SWAP), key=len)[::-1]) + r")\b", re.I
)


def _her_side(condition: str, language: Language) -> str:
    """The condition as she says it back: 您/you is she, 我们/we the learner."""
    if language == "zh":
        return condition.replace("您", "我").replace("你", "我").replace("我们", "你们")
    return _EN_WORDS.sub(lambda m: _EN_SWAP[m.group().lower()], condition.rstrip(" ,"))


def _names(body: str, reply: str, language: Language) -> bool:
    """The reply names what she asked for (two characters of it, or one of its longer words)."""
    if language == "zh":
        return any(body[i : i + 2] in reply for i in range(len(body) - 1))
    return any(w in reply.lower() for w in re.findall(r"[a-z]{4,}", body.lower()))


def request_granted(previous: str | None, reply: str, language: Language) -> LineChoice | None:
    """Her acceptance of what she asked for in `previous`, when `reply` grants it (module
    docstring); None otherwise."""
    if not previous or not reply.strip():
        return None
    hers = sentences(previous)
    asked = REQUEST[language].search(hers[-1].strip()) if hers else None
    said = sentences(reply)
    if asked is None or any(s.strip().endswith(("?", "？")) for s in said):
        return None
    first = said[0].strip()
    condition = CONDITION[language].match(first)
    granted = condition is not None or YES[language].match(first + " ")
    if not granted or REFUSAL[language].search(first):
        return None
    body = asked.group("body").strip()
    if condition is None and len(said) > 1 and not _names(body, reply, language):
        return None  # "好的，我们还有私教课…": a filler yes, and the learner moved on
    if language == "zh":
        body = re.sub(r"^(?:我|咱们|咱)", "", body)
        said_back = f"{_her_side(condition.group('cond'), language)}的话，" if condition else ""
        return LineChoice(text=f"行，{said_back}那就{body}。")
    lead = "let's" if asked.group("who").lower() == "we" else "I'll"
    if condition:
        return LineChoice(
            text=f"Alright, as long as {_her_side(condition.group('cond'), language)}, {lead} {body}."
        )
    return LineChoice(text=f"Great, then {lead} {body}.")
