"""Points whose text asks for one kind of thing, and the words that undo them in a sentence
(unmade_points.not_credited reads these): a contact of the learner's, not her ringing or her
number; the bill checked with her, not the charge defended; something about the rival, with the
rival brought in; her reason asked, not a suggestion that starts with "why don't you"."""

from __future__ import annotations

import re

from graphs.exams import Language

CONTACT_POINT = re.compile(r"联系方式|跟进|回访|contact|follow", re.IGNORECASE)
"""A point that asks the learner to leave a contact or promise a follow-up (by its text)."""
SHE_CALLS: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"(?<![给帮替向跟和])[您你][^，,。；;我]{0,10}(?:打|来|拨)(?:个|一个|一通|一下)?电话"
        # her ringing with no subject said: 「下次来之前可以先打个电话问问」
        r"|(?:可以|先|提前|最好|记得)[^，,。；;我]{0,4}(?:打|拨)(?:个|一个|一通|一下)?电话"
    ),
    "en": re.compile(
        r"\b(?:you (?:can |could |should |just )?(?:call|ring|phone) us|give us a (?:call|ring))\b"
        r"|\b(?:call|ring|phone) (?:ahead|first|before you come)\b",
        re.IGNORECASE,
    ),
}
"""Her ringing the shop ("您提前打个电话", 「下次来之前可以先打个电话问问」, "give us a call"): no
contact of the learner's, unless the sentence also reaches her or gives the learner's own line
(REACHES_HER: 有问题随时打给我); 给您打电话 is the learner ringing her."""
CHARGE_CHECK_POINT = re.compile(r"核对|确认[^，,。]{0,6}未|check (?:the )?(?:bill|charge)", re.I)
"""A point that asks the learner to check a charge she was not told of (by its text)."""
JUSTIFIES: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"(?:对|给)(?:您|你)?的?(?:牙齿|牙|身体|健康)?(?:有|是)?(?:好处|帮助)|有必要|是必要的|"
        r"(?:医生)?(?:建议|觉得|认为)[^，,。；;]{0,8}(?:才)?(?:做|需要)|为(?:了)?(?:您|你)好|"
        r"(?:您|你)需要才"
    ),
    "en": re.compile(
        r"\b(?:good for|for your own good|was (?:necessary|needed|recommended)|needed doing|"
        r"(?:doctor|dentist) (?:recommended|thought you needed))\b",
        re.IGNORECASE,
    ),
}
"""The charge defended (抛光是医生建议做的，对牙齿有好处): the bill is not checked with her, it
is justified to her."""
CHECKED: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"核对|核实|查|确认|告知|说明|说过|讲过|提过|跟您[说讲提]|提前|事先|之前|有没有|账单|明细|单子|清单|收费项"
    ),
    "en": re.compile(
        r"\b(?:check|confirm|bill|statement|itemi[sz]ed|told|tell you|mention|breakdown)", re.I
    ),
}
"""Words of the bill checked or of what she was told: without one, 抛光费可以给您退了 waives the
charge (another point), it checks nothing with her."""
RIVAL_POINT = re.compile(r"\brival|competitor|对手|别家|隔壁|竞品", re.IGNORECASE)
"""A point that asks for something about the rival (by its text)."""
RIVAL_NAMED: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"隔壁|别家|那家|对面|其他(?:健身房|店|家)|对手|他们|人家|比较|相比|比起"),
    "en": re.compile(
        r"\b(?:other (?:company|provider|providers|lot|one|gym|hotel|offer|deal)|rival|competitor|"
        r"they|they're|their|them|compare|compared|comparison|switching)\b",
        re.IGNORECASE,
    ),
}
"""Words that bring the rival into a sentence: without one, "set up the price today" says
nothing of the rival's setup fee."""

HER_NUMBER: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"(?:您|你)的[^，,。；;]{0,4}(?:手机号|电话号码|号码|身份证)|(?:出示|提供|报)一下"
    ),
    "en": re.compile(r"\byour (?:mobile|phone|number|email|e-mail|id|passport)\b", re.IGNORECASE),
}
"""Asking for her number or ID (麻烦报一下您的手机号): her details, no contact of the learner's."""
REACHES_HER: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"给(?:您|你)(?:打|发|回)|通知(?:您|你)|联系(?:您|你)|找我|我的|回电|跟进|回访|打给我|联系我"
    ),
    "en": re.compile(
        r"\b(?:call|text|email|ring|update) you\b|\bmy (?:number|mobile|extension|email)\b|"
        r"\b(?:call|ring|phone|contact|reach|email) me\b|"
        r"\bget back to you\b|\bfollow(?: |-)?up\b",
        re.IGNORECASE,
    ),
}
"""The learner saying how they will reach her back (退款到了我给您打电话)."""
SUGGESTION = re.compile(r"\bwhy (?:don't|do not) (?:you|we)\b|\bwhy not\b", re.IGNORECASE)
"""A suggestion, not a question of why ("Why don't you tell me what price would make you stay?")."""
PROPOSING: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"^(?:那|那么)?(?:要不|不如|要么)|先[^，,。？?]{1,10}再(?:决定|考虑|说|定)"),
    "en": re.compile(r"^(?:so,? |well,? )?(?:how about|what about|why not)\b", re.IGNORECASE),
}
"""A question that proposes something to her (要不您先体验一周？, "How about a week's trial?"):
it puts an offer to her, it asks nothing of her."""
TELL_ME: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"说说|讲讲|聊聊|告诉我|介绍一下"),
    "en": re.compile(r"\btell me\b|\bwalk me through\b", re.IGNORECASE),
}
"""A proposal that asks her to tell (要不您说说平时几点下班？): a question of her after all."""
