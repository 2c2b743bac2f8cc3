"""Warmth the phrase families do not hold, heard for the empathy criterion only (evaluation.py).

- Her anger soothed (您先消消气, 息怒; phrases.SOOTHING): warmth a complainant hears. It is in
  no family, so it makes no point of understanding her and does not put small talk on topic
  ("您消消气嘛，喝点茶，这茶是老板从云南带回来的" is still small talk, and earns nothing). 「别生气」
  is not soothing: it orders her not to feel what she feels.
- Her situation called common and met at once (加班多、时间不固定，这个很常见。我们早上6点开到晚上
  11点; "That's very common, and we can fix it"): reassurance, an acknowledgement of her. Called
  common and left there (这很常见，没什么; 大家都这样; "everyone has that") is making light of her
  problem, and so is a wait called normal (conduct.MINIMISES): no warmth.
- The business's failing owned in free words (这是我们沟通没做好, "That evening slowdown isn't
  good enough"; owned_faults.py): an acknowledgement.
- Her point conceded, her decision respected, or her words taken in (GRANTED: 隔壁那家便宜是事实,
  尊重您的决定, 「明白，加班多、下班晚…」 opening on 明白 alone, "I'm not going to argue with a
  decision you've made", "that's true"): an acknowledgement, as 您说得对 and "fair enough" are;
  so are her point granted in her words and her decision left to her (conceded.py: 隔壁价格确实
  更低, 您不用今天决定; here: "that's completely your call", 走不走由您决定), unless she is dropped
  with it ("Whatever, your call.").
Neither counts in a turn that is off topic.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from graphs.exams import Language
from graphs.practice_dialogue.conceded import conceded
from graphs.practice_dialogue.conduct import MINIMISES
from graphs.practice_dialogue.deal_lines import gives_up
from graphs.practice_dialogue.owned_faults import owned_fault
from graphs.practice_dialogue.phrases import SOOTHING
from graphs.practice_dialogue.signals import TurnText
from graphs.practice_dialogue.understanding import Understanding
from graphs.scenarios import Scenario

COMMON: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"(?:这个|这种情况|这种事|这种|这)(?:其实)?(?:也)?(?:很|挺|非常|特别|蛮)(?:常见|普遍)"
    ),
    "en": re.compile(
        r"\b(?:that's|that is|it's|it is|this is) (?:very |really |quite |pretty |so )?common\b",
        re.IGNORECASE,
    ),
}
"""Her situation called common."""
LIGHT: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"没什么|没啥|大家都(?:这样|一样)|谁都(?:这样|一样)|不算什么|多大(?:点)?事|不奇怪"
    ),
    "en": re.compile(
        r"\b(?:no big deal|not a big deal|nothing to worry about|everyone (?:does|has|gets) "
        r"(?:that|it)|happens to everyone|nothing unusual)\b",
        re.IGNORECASE,
    ),
}
"""Left there: the commonness as the answer (没什么, 大家都这样)."""
MET: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"我们(?:能|可以|有|会|帮|来|都|这边)|(?:别|不用|不必)担心|放心|来得及|有办法|能解决|可以解决"
    ),
    "en": re.compile(
        r"\bwe (?:can|'ll|will|have|offer)\b|\bwe've got\b|\bdon't worry\b|\bno need to worry\b",
        re.IGNORECASE,
    ),
}
"""Met at once: what the learner can do about it, or her worry eased."""


GRANTED: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"[^，,。；;！!？?]{1,12}(?<![不非没])(?:是事实|是实话)|(?:您|你)说的(?:是事实|没错|是实话)"
        r"|尊重(?:您|你)的(?:决定|选择|意见|想法)|(?:您|你)的(?:决定|选择)我(?:们)?(?:都)?尊重"
        # the decision left hers: 走不走完全由您决定, 这个您说了算, 换不换是您的自由
        r"|(?:完全|都)?由(?:您|你)(?:来|自己)?(?:决定|做主|定)|(?:您|你)说了算"
        r"|是(?:您|你)的(?:权利|自由)"
        r"|不(?:跟|和)(?:您|你)(?:争|辩|争辩|争论)"
        # 明白 alone opening what follows ("明白，加班多、下班晚"), as 明白了 does; 说明白 is none
        r"|(?:^|[。！!？?]\s*)(?:明白|了解|懂)(?=[，,。！!])"
    ),
    "en": re.compile(
        r"\b(?:not going to|won't|will not|I'm not here to|no need to) (?:argue|quarrel) with "
        r"(?:you|your|a|the) ?(?:decision|choice)?|\brespect (?:your|that) (?:decision|choice)\b"
        r"|\b(?:that's|that is) (?:true|a fair point)\b|\byou're not wrong\b"
        # the decision left hers: "that's completely your call", "it's entirely your decision"
        r"|\b(?:that's|that is|it's|it is)\s+(?:(?:completely|entirely|totally|absolutely"
        r"|of course|always|still)\s+)*(?:your|her|his) (?:call|decision|choice)\b",
        re.IGNORECASE,
    ),
}
"""Her point conceded, her decision respected, her words taken in."""


def granted(reply: str, language: Language) -> str | None:
    """The words granting her point or decision (GRANTED), negation scoped, else None; none
    where she is dropped with it ("Whatever, your call.": deal_lines.gives_up)."""
    if gives_up(reply, language):
        return None
    turn = TurnText.of(reply, language)
    for found in GRANTED[language].finditer(turn.raw):
        if not turn.negated(*found.span()):
            return found.group(0).strip("。！!？? ")
    return None


def soothed(scenario: Scenario, reply: str) -> list[str]:
    """The soothing phrases the turn says, negation scoped ("我没让您别生气" soothes nothing)."""
    return TurnText.of(reply, scenario.language).said_any(list(SOOTHING))


def reassured(reply: str, language: Language) -> str | None:
    """Her situation called common and then met (the words calling it common), else None."""
    common = COMMON[language].search(reply)
    if common is None or MINIMISES.search(reply):
        return None
    after = reply[common.end() :]
    if LIGHT[language].search(after) or not MET[language].search(after):
        return None
    return common.group(0)


def further_warmth(
    scenario: Scenario, reply: str, understanding: Understanding, her_lines: Sequence[str] = ()
) -> list[str]:
    """Soothing (as empathy) and reassurance (as acknowledgement) heard in a turn on her
    matter, as `family:phrase`, beside the families the understanding heard; `her_lines`: what
    she said so far, for her point conceded in her words (conceded.py)."""
    if understanding.off_topic:
        return []
    found = [f"empathy:{p}" for p in soothed(scenario, reply) if p not in understanding.empathy]
    if (common := reassured(reply, scenario.language)) and not understanding.acknowledgement:
        found.append(f"acknowledgement:{common}")
    heard = understanding.acknowledgement or understanding.apology
    if not heard and (owned := owned_fault(reply, scenario.language)):
        found.append(f"acknowledgement:{owned}")  # 这是我们沟通没做好 (owned_faults.py)
    elif not understanding.acknowledgement and (grant := granted(reply, scenario.language)):
        found.append(f"acknowledgement:{grant}")
    elif not (understanding.acknowledgement or understanding.pushy) and (
        given := conceded(reply, her_lines, scenario.language)
    ):
        found.append(f"acknowledgement:{given}")  # 隔壁价格确实更低, 您不用今天决定
    return found
