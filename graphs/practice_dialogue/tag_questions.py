"""A statement closed by a tag that only asks for her yes: what it states is said, not asked.

"我再送您一年免费洗牙，您看这样可以吗？", "退您四百，行吧？", "I'll throw in six months of free TV,
how does that sound?": the clauses before the tag offer or claim what a statement would; the tag
(您看可以吗, 行吧, "okay?", "how does that sound?") asks her to agree to them and asks nothing of
its own. The claims check (claims.py) reads such a sentence as a statement, so an offer beyond
the learner's authority put to her yes is still that offer; a sentence that asks something
("送您一年免费洗牙？", "Is the upgrade free?") still claims nothing.
"""

from __future__ import annotations

import re
import unicodedata

from graphs.exams import Language
from graphs.practice_dialogue.phrases import question_starts

_ZH_TAG = re.compile(
    r"(?:那|那么|这样的话)?(?:您|你)?(?:看|觉得|说)?(?:这样|这么|这个|如此)?(?:处理|安排|办)?(?:的话)?"
    r"(?:(?:可以|行|好|对|是|成|合适|满意|怎么样|如何|能接受)(?:吗|吧|么|呢|不|了吧)?"
    r"|可不可以|行不行|好不好|对不对|是不是|成不成|呢)"
)
_EN_TAG = re.compile(
    r"(?:(?:is )?(?:that|it) )?(?:ok(?:ay)?|alright|all right|right|yeah|fair|good)"
    r"|how (?:does|would) (?:that|it) sound|sounds? good|deal|what do you (?:think|say)"
    r"|(?:does|would|will) (?:that|it) (?:sound (?:good|fair|ok(?:ay)?|all right|alright)"
    r"|work(?: for you)?|suit you|do)",
    re.IGNORECASE,
)
TAGS: dict[Language, re.Pattern[str]] = {"zh": _ZH_TAG, "en": _EN_TAG}
"""A clause that only asks for her yes to what was just said (matched whole)."""
_CLAUSE = re.compile(r"[,，;；]")


def stated_before_tag(sentence: str, language: Language) -> str | None:
    """What a sentence closed by a tag states, before its tag (see the module docstring); None
    when the sentence is no statement closed by a tag."""
    text = unicodedata.normalize("NFKC", sentence).strip().rstrip("?？!！。. ")
    parts = _CLAUSE.split(text)
    if len(parts) < 2 or not TAGS[language].fullmatch(parts[-1].strip()):
        return None
    stated = text[: len(text) - len(parts[-1])].rstrip(",，;； ")
    if not stated or question_starts(stated) is not None:
        return None  # "您什么时候方便，行吗？" asks before its tag
    return stated


def asks_only_by_tag(sentence: str, language: Language) -> bool:
    """Whether the sentence asks nothing but a tag after a statement."""
    return stated_before_tag(sentence, language) is not None
