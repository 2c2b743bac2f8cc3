"""A rule's exception reversed: the false statement that tests the exception itself.

A rule with an exception ("Children under 12 may not sail alone, except in the roped training
area", 「园内禁止携带宠物入园，导盲犬除外」) is where trainees go wrong, and its other false
versions (a changed figure) leave the exception as the material states it: an item on it tested
the figure, never the exception (session 14 reviewers: no item tested one). Its modality is never
flipped (false_statements.flip_modality: flipped, the exception limits a permission and the
sentence reads absurd). Reversed, the exception is kept in place and said to fall under the rule
too, which a learner who knows the rule but not its exception takes for true:

- English: "except in the roped area" -> "even in the roped area"; "unless a doctor's note is
  shown" -> "even if a doctor's note is shown"; "except for guide dogs" -> "including guide dogs".
- Chinese: 「导盲犬除外」 -> 「导盲犬也不例外」; 「…，但讲解员示范时游客可触摸指定展品」 ->
  「…，讲解员示范时游客也不可触摸指定展品」 (但 dropped, the permission denied).

The exception's own consequence goes with it: "Bookings are non-refundable, except when we cancel
the session, in which case you receive a full refund" reversed is "…, even when we cancel the
session." ("… even when we cancel the session, in which case you receive a full refund" said two
things at once and read as nonsense: session 16, end D8's trampoline FAQ).

Only a sentence with one exception cue is reversed; anything else (例外： as a label, "only if",
two cues) is left alone: no reversal is better than an ungrammatical one.
"""

from __future__ import annotations

import re

_EN_CUES = re.compile(r"\b(?:unless|except(?:\s+for|\s+when|\s+if|\s+in|\s+on|\s+at)?)\b", re.I)
_EN_REVERSED = {
    "unless": "even if",
    "except for": "including",
    "except when": "even when",
    "except if": "even if",
    "except in": "even in",
    "except on": "even on",
    "except at": "even at",
}
_EN_CONSEQUENCE = re.compile(
    r"\s*[,;.]\s*(?:and\s+)?(?:in\s+(?:which|that|this|such\s+a)\s+case|then|whereupon|"
    r"if\s+so)\b[^.;!?]*",
    re.IGNORECASE,
)
"""", in which case you receive a full refund" (or its own sentence, "Then the manager may …"):
what follows the exception when it holds."""
_ZH_EXCEPTED = re.compile(r"[，,]([^，,。；;：:]{1,16}?)除外(?=[。；;]?$)")
"""「…，导盲犬除外。」: the excepted ones close the sentence."""
_ZH_BUT_MAY = re.compile(
    r"[，,]但(?:是)?([^，,。；;]{1,20}?)(可以|方可|可)(?=[^，,。；;]{1,20}[。；;]?$)"
)
"""「…，但讲解员示范时游客可触摸指定展品。」: a permission after 但 closes the sentence."""
_ZH_TRAIL = re.compile(r"[。；;]?$")
_DENIED = {"可以": "也不可以", "方可": "也不可", "可": "也不可"}


def reversed_exception(text: str, zh: bool) -> tuple[str, str, str] | None:
    """The sentence with its exception reversed, the words changed and their replacement; None
    when it states no exception this can reverse soundly."""
    if zh:
        return _zh_reversed(text)
    cues = list(_EN_CUES.finditer(text))
    if len(cues) != 1:
        return None
    cue = cues[0]
    said = re.sub(r"\s+", " ", cue.group().lower())
    new = _EN_REVERSED.get(said)
    if new is None:
        return None  # a bare "except" before a verb or a noun: no reversal reads well
    if cue.start() == 0 or text[cue.start() - 1 : cue.start()] not in (" ",):
        return None
    if text[: cue.start()].rstrip().endswith(("not", "no")):
        return None
    rest = text[cue.end() :]
    consequence = _EN_CONSEQUENCE.search(rest)
    if consequence is not None:
        rest = rest[: consequence.start()] + rest[consequence.end() :]
    return text[: cue.start()] + new + rest, cue.group(), new


def _zh_reversed(text: str) -> tuple[str, str, str] | None:
    if len(re.findall(r"除外|例外|除非|但", text)) != 1:
        return None
    excepted = _ZH_EXCEPTED.search(text)
    if excepted is not None:
        who = excepted.group(1)
        before = text[: excepted.start()]
        if "除" in before:
            return None  # 「除…外」 opened earlier: 也不例外 would contradict it
        changed = f"{who}也不例外"
        trail = _ZH_TRAIL.search(text, excepted.end())
        tail = trail.group() if trail is not None else ""
        return before + excepted.group()[0] + changed + tail, f"{who}除外", changed
    but = _ZH_BUT_MAY.search(text)
    if but is not None:
        cond, may = but.group(1), but.group(2)
        new_may = _DENIED[may]
        changed = f"{cond}{new_may}"
        start, end = but.start() + 1, but.end()
        return text[:start] + changed + text[end:], text[start:end], changed
    return None


def reverses_exception(original: str, replacement: str) -> bool:
    """True when `replacement` is `original`'s exception reversed as `reversed_exception` says
    it (the change a false statement's explanation names): a safe change, not a term swap."""
    if _EN_REVERSED.get(re.sub(r"\s+", " ", original.lower())) == replacement:
        return True
    if original.endswith("除外") and replacement == f"{original[:-2]}也不例外":
        return True
    but = re.fullmatch(r"但(?:是)?(.+?)(可以|方可|可)", original)
    return but is not None and replacement == but.group(1) + _DENIED[but.group(2)]
