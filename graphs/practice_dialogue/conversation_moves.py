"""Lines that carry the conversation on without naming anything of the scenario: her view asked
(「要不您看看怎么样比较合适？」, 「那您说行不行？」, "So, what do you reckon?"), a vague reassurance
(「我们会尽量安排好的。」, "We'll do our best."), the talk put off ("Maybe later then.") and the
learner's own recommendation ("It's a good deal, I'd take it.").

Session 25, trainer P18: each was read as small talk, hinted 「别闲聊」 and answered with 「你说这
些跟我有什么关系？」. The issue's rule calls a turn off topic when it has no scenario term and no
point; these speak to her about the matter in hand, however thinly, so they are on the subject
(turn_moves.on_subject_by_move). They earn nothing by it: no point is heard in them, and a vague
promise is still vague (vague_times.py, the report's points).
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.practice_dialogue.chat_words import CHAT, PASTIME

MOVES: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        # her view asked: 您看看怎么样比较合适, 您说行不行, 您觉得呢
        r"[您你](?:看|说|觉得)(?:看)?[^，。！？,.!?]{0,8}?(?:怎么样|如何|合适|(?:比较|最)好|行不行"
        r"|可不可以|好不好|成不成|咋样)|[您你](?:看|说|觉得)呢"
        # a vague reassurance: 我们会尽量安排好, 我尽力
        r"|(?:我们|我)(?:会|一定|肯定)?(?:尽量|尽力|努力|想办法)"
        # the talk put off: 那改天再说, 下次再聊
        r"|(?:下次|改天|以后|回头)再(?:说|聊|谈)"
        # the learner's recommendation: 换我我就办了, 我要是您
        r"|(?:换(?:成)?|要是)我(?:的话)?[，,]?(?:我)?(?:就|肯定|早就)(?:办|买|选|定|签)|我要是[您你]"
    ),
    "en": re.compile(
        # her view of what was said, not of the match last night: the question ends there
        r"\bwhat do you (?:think|reckon|say)(?: (?:of|about|to) (?:that|this|it))?(?: then| so far)?"
        r"\s*[?.!]*\s*$|\bhow does (?:that|this|it) sound\b"
        r"|\bwhat are your thoughts\b|\bhow do you feel about (?:that|this|it)\b"
        r"|\b(?:we|i)(?:'ll| will)? (?:do (?:our|my) (?:best|utmost)|try (?:our|my) best"
        r"|see what (?:we|i) can do)\b"
        r"|\b(?:maybe|perhaps) (?:later|another time|next time)\b|\bsome other time\b"
        r"|\bi'd (?:take|go for|choose|pick) it\b|\bif i were you\b"
        r"|\bit's a (?:good|great|fair|decent) deal\b",
        re.IGNORECASE,
    ),
}
"""Her view asked, a vague reassurance, the talk put off, the learner's recommendation."""


def carries_conversation(sentence: str, language: Language) -> bool:
    """Whether the sentence speaks to her of the matter in hand by one of the moves above, and
    not of the weather or a pastime (「您看今天这天气怎么样？」 is small talk: chat_words.py)."""
    if CHAT[language].search(sentence) or PASTIME[language].search(sentence):
        return False
    return bool(MOVES[language].search(sentence))
