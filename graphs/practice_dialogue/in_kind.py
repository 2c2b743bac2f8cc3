"""What the customer says to a line the learner's turn crossed, in kind with what the turn said.

The behaviour rule's reaction to a claim ("Hang on, that doesn't sound right.") and a stock
answer to an affront were said whatever the turn held, and read as replies to something else:

- **conduct**: a charge put on her card unasked ("I'll just put it on your card, you can sign
  later"), urgency made up, the fault put on her or on a colleague, her problem made light of.
  With no `line` of the scenario for it, she got the claim rule's line again, and once that was
  said, "I've already said that. What are you actually going to do?" (session 21, eng-pushy t5).
  She now answers the conduct itself (`breach_reaction`).
- **hushed** without a complaint named (「别再闹了」): 「投不投诉是我的事」 answered a complaint
  nobody mentioned (cmp-pushy t5); she answers the word she was given (`affront_reaction`).
- **passed** by blaming a colleague, not sending her anywhere (「抛光是医生觉得有必要才做的」):
  「你让我找谁去？」 answered a 「去找医生」 not said (cmp-weak t2).
- a **signature** asked in a turn that crossed a line (「就这么定了，您签个字，别再闹了。」) went
  unanswered: she refuses it first (`refused_signature`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Any

from graphs.exams import Language
from graphs.practice_dialogue.affronts import Affront, reaction_to
from graphs.practice_dialogue.conduct import CONDUCT, CONDUCT_LABELS
from graphs.scenarios import Scenario

_CONDUCT_ANSWERS: dict[str, dict[Language, str]] = {
    "charge": {
        "zh": "等等，我还没同意，谁让你扣我的钱了？",
        "en": "Hold on, I haven't agreed to anything. Don't put anything on my card.",
    },
    "scarcity": {
        "zh": "别拿这个催我，真没了就没了，我不会急着定。",
        "en": "If it goes, it goes. I'm not deciding in a rush.",
    },
    "queue": {
        "zh": "后面有人也不能这么催我，我的事还没说完。",
        "en": "Others waiting doesn't mean you can rush me. We're not done.",
    },
    "buck": {
        "zh": "别往别人身上推，这是你们这儿的事。",
        "en": "Don't put it on someone else. You're the one I'm dealing with.",
    },
    "blame": {"zh": "怎么还成我的错了？", "en": "So now it's my fault?"},
    "reproach": {"zh": "怎么还成我的错了？", "en": "So now it's my fault?"},
    "burden": {"zh": "怎么还成我的错了？", "en": "So now it's my fault?"},
    "minimise": {"zh": "这对我来说可不是小事。", "en": "It's not a small thing to me."},
    "rival": {
        "zh": "我没问别家怎么样，说说你们的。",
        "en": "I didn't ask about them. Tell me about yours.",
    },
    "authority": {
        "zh": "你做不了主，那谁能做主？你去把能做主的人叫来。",
        "en": "If you can't decide it, who can? Please get them.",
    },
    "helpless": {"zh": "别光说没办法，这事到底能怎么办？", "en": "Then what can you do for me?"},
    "argue": {"zh": "我不是来跟你吵架的。", "en": "I'm not here to argue with you."},
}
"""Her answer to conduct no scenario line answers, by the conduct's kind (conduct.CONDUCT)."""

_COMPLAINT = re.compile(r"投诉|差评|告|举报|complain|review|escalat", re.IGNORECASE)
_HUSHED_FUSS: dict[Language, str] = {
    "zh": "我这不是闹，我是来讲理的。你先把问题解决了。",
    "en": "I'm not making a fuss. Sort the problem out first.",
}
_SENT: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"找|问|去|跟[^，,。！!？?]{0,6}说|联系|打(?:电话)?给"),
    "en": re.compile(
        r"\b(?:ask|call|ring|phone|talk to|speak to|take it up|email|write to)\b", re.I
    ),
}
"""Words that send her somewhere (找医生, "ring the shop"), not only blame someone else."""
_SIGNATURE = re.compile(r"签(?:个|一下)?(?:字|名)|\bsign\b", re.IGNORECASE)
_NOT_SIGNING: dict[Language, str] = {
    "zh": "字我也不签。",
    "en": "And I'm not signing anything.",
}


def affront_reaction(affront: Affront, reply: str, language: Language) -> str:
    """Her words to the affront (affronts.reaction_to), to what the turn said: talked out of a
    fuss she does not hear of a complaint, blamed on a colleague she is not sent anywhere."""
    text = unicodedata.normalize("NFKC", reply)
    if affront == "hushed" and not _COMPLAINT.search(text):
        return _HUSHED_FUSS[language]
    if affront == "passed" and not _SENT[language].search(text):
        return _CONDUCT_ANSWERS["buck"][language]
    return reaction_to(affront, language)


def breach_reaction(
    scenario: Scenario, evaluation: dict[str, Any] | None, said_before: Sequence[str]
) -> str | None:
    """Her answer to the latest conduct the turn shows that no scenario line answers (see the
    module docstring), unless she has said it already (then the rule's own words again)."""
    if evaluation is None:
        return None
    language = scenario.language
    for label in reversed(evaluation.get("forbidden") or []):
        if _has_line(scenario, label):
            continue  # the scenario's own line answers it (her_corrections.py)
        kind = _conduct_kind(label, language)
        answer = _CONDUCT_ANSWERS.get(kind or "", {}).get(language)
        if answer and not any(answer in earlier for earlier in said_before):
            return answer
    return None


def refused_signature(reply: str, language: Language) -> str:
    """Her refusal of a signature asked in a turn that crossed a line, said after her objection
    to the rest of it, or ""."""
    if _SIGNATURE.search(unicodedata.normalize("NFKC", reply)):
        return _NOT_SIGNING[language]
    return ""


def _conduct_kind(label: str, language: Language) -> str | None:
    """The conduct kind of a breach label: its plain label, or a scenario claim of that kind."""
    for name, labels in CONDUCT_LABELS.items():
        if labels.get(language) == label:
            return name
    for name, (_, kind) in CONDUCT.items():
        if name in _CONDUCT_ANSWERS and kind.search(label):
            return name
    return None


def _has_line(scenario: Scenario, label: str) -> bool:
    """The scenario gives her a line of her own for this breach (a forbidden claim's or a fact's)."""
    claims = [c for stage in scenario.stages for c in stage.forbidden_claims]
    return any(c.claim == label and c.line for c in claims) or any(
        f.claim == label and f.line for f in scenario.facts
    )
