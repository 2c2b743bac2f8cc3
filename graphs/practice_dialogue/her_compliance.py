"""What the customer says to the small things of the trade: a request at the desk (her card, a
number, a signature, a deposit, her WeChat: turn_moves.requests_in) and a small service offered
with a yes/no question that names none of the scenario's points ("Would you like a text reminder
before the engineer comes?", "要不要帮您叫辆车？").

These are the business of the visit, not small talk: she hands the card over, gives the number,
asks where to sign, rather than saying her next scripted line or taking it as a digression. A
deposit said to come back is routine; one that commits her to the purchase she pays, and a
signature that settles her matter (or a bare one, while she is angry) she gives, only once she is willing (「您就别投诉了，签个字确认一下就行。」 to a patient
still waiting for his refund: 「字我先不签，事情还没说清楚。」, not 「行，签哪儿？」). A small service she takes while she is at ease (mood 0 or more) and declines
while she is displeased, and she names what she says yes to ("A text reminder? Yes, please.").
"""

from __future__ import annotations

import re
import unicodedata

from graphs.exams import Language
from graphs.practice_dialogue.asking import decision_tags
from graphs.practice_dialogue.question_forms import last_question
from graphs.practice_dialogue.signals import TurnText
from graphs.practice_dialogue.turn_moves import Request
from graphs.scenarios import Scenario

_HANDED: dict[Language, str] = {"zh": "好，{thing}给你。", "en": "Sure, here's my {thing}."}
_TOLD: dict[Language, str] = {
    "zh": "{thing}是吧，你记一下。",
    "en": "Sure, I'll give you my {thing}.",
}
_SIGNED: dict[Language, str] = {"zh": "行，签哪儿？", "en": "Sure, where do I sign?"}
_SIGN_LATER: dict[Language, str] = {
    "zh": "字我先不签，事情还没说清楚。",
    "en": "I'm not signing anything until this is sorted.",
}
_ADDED: dict[Language, str] = {"zh": "加{thing}可以，你扫我吧。", "en": "Sure, add me on {thing}."}
_DEPOSIT_BACK: dict[Language, str] = {
    "zh": "{thing}能退就行。",
    "en": "That's fine, as long as the {thing} comes back.",
}
_DEPOSIT_NOW: dict[Language, str] = {
    "zh": "{thing}我交。",
    "en": "Fine, go ahead with the {thing}.",
}
_DEPOSIT_LATER: dict[Language, str] = {
    "zh": "{thing}先不交了，我再想想。",
    "en": "Let's leave the {thing} until I've decided.",
}
_UNNAMED: dict[Language, str] = {"zh": "", "en": "it"}


def _named(thing: str, language: Language) -> str:
    if language == "en":
        return re.sub(r"\bid\b", "ID", thing)
    return thing


def compliance(
    requests: list[Request], language: Language, *, willing: bool, angry: bool = False
) -> str:
    """Her answer to the turn's requests at the desk, one short sentence each, in their order
    (`angry`: her mood is at ANGRY or below; then she signs nothing she has not agreed to)."""
    said = []
    for request in requests:
        thing = _named(request.thing, language) or _UNNAMED[language]
        if request.kind == "hand":
            line = (
                _HANDED[language]
                if request.thing
                else ("好，给你。" if language == "zh" else "Sure, here you go.")
            )
        elif request.kind == "tell":
            line = _TOLD[language]
        elif request.kind == "sign":
            # a signature that settles her matter commits her, as a deposit does: only once she
            # is willing (a visitor sheet she signs at once); angry, she takes a bare signature
            # asked for without her yes as that (「好了，签个字吧。」 at her angriest)
            bare = not request.form and angry
            settling = (request.settles or bare) and not willing
            line = _SIGN_LATER[language] if settling else _SIGNED[language]
        elif request.kind == "contact":
            line = _ADDED[language]
        elif request.returned:
            line = _DEPOSIT_BACK[language]
        else:
            line = _DEPOSIT_NOW[language] if willing else _DEPOSIT_LATER[language]
        text = line.format(thing=thing)
        said.append(text[0].upper() + text[1:] if language == "en" else text)
    return (" " if language == "en" else "").join(said)


SMALL_OFFERS: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"(?:要不要|需不需要|用不用)(?:我们?)?(?:帮|给)?(?:您|你)?(?P<what>[^，。？！,?!]{1,10})"
    ),
    "en": re.compile(
        r"\b(?:would you (?:also |perhaps )?(?:like|prefer)|do you (?:also )?want)\s+(?:me\s+to\s+|us\s+to\s+|to\s+)?"
        r"(?P<what>[^?,.]+)\?"
    ),
}
"""A yes/no offer of a small service; its `what` is echoed in her answer."""
_DECIDES: dict[Language, re.Pattern[str]] = {
    # 「要不要今天办一张？」「现在就定下来？」: a word of when before it still asks the deal
    "zh": re.compile(
        r"^(?:今天|今儿|现在|马上|这就|就|先)*(?:办|定|订|签约|就这么|这样|这个|那个)"
    ),
    "en": re.compile(
        r"\b(?:go ahead|proceed|do (?:it|that|this)|(?:take|book|have) (?:it|that|this|them)$)"
        r"|\b(?:it|that|this|them|those|these)$"
        # "set that up for you today", "put it through", "sort that out": acting on what was offered
        r"|\b(?:set|put|sort|get|lock|book|sign)\s+(?:it|that|this|them|those|these)\s+"
        r"(?:up|through|out|in|on|down)\b"
    ),
}
"""What asks for her decision on what was offered, not for a small service: going ahead with
it, taking "that"."""
_OPEN_QUESTION = re.compile(
    r"\b(?:what|which|how|where|when|who|why)\s*$|什么$|哪[个种样]?$", re.IGNORECASE
)
"""The question word before "would you like": an open question, not a yes/no offer."""
_TRAILING = re.compile(
    r"(?:\s+(?:as well|too|also|for you|today|now|right now|tonight))+$", re.IGNORECASE
)
_SWAPS = {"your": "my", "yourself": "myself", "yours": "mine"}
_PREPOSITIONS = frozenset(["for", "to", "with", "at", "from", "by", "about", "of", "on"])
_OBJECT_AFTER = frozenset(["a", "an", "the", "some", "any"])
"""After "you" as an object ("send you a text"); before a verb it is the subject ("before you
decide")."""


def _from_her_side(words: list[str]) -> list[str]:
    """The learner's words as she echoes them: your -> my, you -> me or I."""
    turned = []
    for i, word in enumerate(words):
        if word == "you":
            after = words[i + 1] if i + 1 < len(words) else ""
            before = words[i - 1] if i else ""
            # the object of a verb or a preposition ("send you a text", "for you"): me
            object_ = not after or after in _OBJECT_AFTER or before in _PREPOSITIONS
            turned.append("me" if object_ else "I")
        else:
            turned.append(_SWAPS.get(word, word))
    return turned


ECHO_WORDS = 8
"""An offer longer than this is not echoed: she just says yes or no."""
_YES: dict[Language, str] = {"zh": "好啊。", "en": "Yes, please."}
_NO: dict[Language, str] = {"zh": "不用了。", "en": "No, thanks."}


_ASKING_FORM = re.compile(
    r"^(?:so |then |and )?(?:would you (?:also |perhaps )?(?:like|prefer)|do you (?:also )?want|want"
    r"|shall (?:i|we)|are you happy|happy|can i|may i)(?: (?:me|us))?(?: to)?\b"
    r"|^(?:要不要|需不需要|用不用)",
    re.IGNORECASE,
)
"""The form a yes/no offer is asked in, without what it offers ("would you like me to")."""


def names_the_decision(scenario: Scenario, question: str) -> bool:
    """The question says a keyword of the decision that names what is decided, not only the
    asking form: "Do you want to stay with us then?" says "want to stay" (broadband's decision),
    「要不要办张年卡？」 says 要不要办. Her yes to it is her yes to the deal, given only when she is
    willing (replies.py), never the small service's "Stay with us? Yes, please."."""
    text = unicodedata.normalize("NFKC", question).lower()
    points = scenario.point_tags()
    for tag in decision_tags(scenario):
        if tag not in points:
            continue
        stage_id, index = points[tag]
        for keyword in scenario.stage(stage_id).points[index].keywords:
            said = keyword.lower()
            what = _ASKING_FORM.sub("", said).strip()
            # the decision's own word said in another asking form: "would you like to stay?"
            # names "stay" as much as "do you want to stay?" (session 15, trainer P8)
            if what and (said in text or re.search(rf"\b{re.escape(what)}\b", text)):
                return True
    return False


def small_offer(question: str, language: Language, *, at_ease: bool) -> str | None:
    """Her yes or no to a small service offered in the question (see the module docstring), or
    None when the question offers none. The caller passes only questions that name none of the
    scenario's points or topics."""
    text = unicodedata.normalize("NFKC", question).strip()
    match = SMALL_OFFERS[language].search(text if language == "zh" else text.lower())
    if match is None or _OPEN_QUESTION.search(text[: match.start()]):
        return None  # "What would you like to do?" asks what she wants, it offers nothing
    what = _TRAILING.sub("", match.group("what").strip())
    if _DECIDES[language].search(what):
        return None  # "Would you like me to go ahead with that?" asks for her decision
    answer = _YES[language] if at_ease else _NO[language]
    if language == "zh":
        what = re.sub(r"[吗呢呀]$", "", what)
        return f"{what}？{answer}" if what else answer
    words = _from_her_side(what.split())
    if not words or len(words) > ECHO_WORDS:
        return answer
    echo = " ".join(words)
    return f"{echo[0].upper()}{echo[1:]}? {answer}"


def small_service_only(
    scenario: Scenario, reply: str, offers: set[str], said_text: TurnText
) -> bool:
    """The turn's last question offers a small service (`small_offer`) and none of the
    scenario's `offers` has been made in the session (`said_text`: all the learner said): "…or
    would you like a few restaurant ideas?" asks for no decision on an upgrade nobody offered."""
    question = last_question(reply)
    if question is None or small_offer(question, scenario.language, at_ease=True) is None:
        return False
    if names_the_decision(scenario, question):
        return False
    points = scenario.point_tags()
    return not any(
        said_text.said_any(scenario.stage(points[t][0]).points[points[t][1]].keywords)
        for t in offers
    )
