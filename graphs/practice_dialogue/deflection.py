"""The learner turning the matter away: passing it on to someone else (这个我管不了，您得找医生,
"not my department") or saying nothing can be done (我也没办法了, "my hands are tied").

Both are heard by their kind, whatever the scenario: a point named in such a sentence is not
made (unmade_points.py), and each is conduct of its own (conduct.py: passing the buck, or
withholding the remedies the learner may offer).
"""

from __future__ import annotations

import re

from graphs.exams import Language

DEFLECTION: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"管不了|不归我(?:们)?管|不是我(?:们)?(?:能)?管的|(?:您|你)得(?:去)?找|找(?:医生|领导|别人)去|"
        r"跟我(?:们)?没关系|与我们无关|不关我(?:们)?的事|不是我(?:们)?的事|"
        r"不(?:是|归)我(?:们)?负责|(?:您|你)问医生"
        # the fault put on a colleague: 跟我们前台无关, 不是前台的问题, 你要退就去找医生
        r"|(?:跟|和|与)(?:我们|我|咱们)(?:前台|这边|这儿)?(?:无关|没(?:有)?关系)"
        r"|不是(?:我们|我|咱们)?(?:前台|这边|柜台|客服)的(?:问题|错|责任|事)"
        r"|(?:您|你)[^，,。；;]{0,4}(?:就)?(?:去)?找(?:医生|大夫|牙医|领导|经理|他们)"
        # the act put down to a colleague's judgement: 抛光是医生觉得您需要才做的
        r"|(?:是|都是|那是)(?:医生|大夫|牙医|技师|教练|师傅)(?:觉得|认为|判断|决定|要求|让)"
        # the matter put beyond the desk's reach: 不是我们前台能控制的, 我们这边也左右不了
        r"|不归我(?:们)?(?:前台|这边|柜台|客服)管"
        r"|不是(?:我们|我|咱们)(?:前台|这边|柜台|客服)?(?:能|可以)?(?:控制|左右|决定|说了算)"
        r"|(?:我们|我|咱们)(?:前台|这边|柜台|客服)?(?:也|又)?(?:控制|左右|决定)不了"
        r"|(?:我们|我|咱们)(?:前台|这边|柜台|客服)?(?:也|又)?(?:没(?:有)?办法|无法|没法)(?:控制|左右|决定)"
        # her sent to take it up with another party: 「要不您跟医生去说吧」, 「您问收费处去，别问我」
        r"|(?:您|你)[^，,。；;！!？?]{0,4}(?:跟|和|找|问|向)(?:医生|大夫|牙医|领导|经理|店长|老板|总部"
        r"|厂家|银行|物业|财务|收费处|[^，,。；;！!？?\s]{1,3}(?:部|处|科|室|组))(?:去)?"
        r"(?:说|谈|讲|反映|问|商量|沟通|申请)?(?:吧|去|一下)"
        r"|别(?:来)?(?:问|找)我"
    ),
    "en": re.compile(
        r"\bnot (?:my|our) (?:problem|department|call|fault|job|responsibility|area)\b|"
        r"\bout of (?:my|our) hands\b|\bnothing to do with (?:me|us)\b|\bnot up to me\b|"
        r"\byou(?:'ll| will)? (?:have|need) to (?:call|ask|take it up)"
        r"|\bnot (?:the )?(?:front desk|reception|desk)'s (?:fault|problem)\b"
        r"|\b(?:it was|that was) the (?:doctor|dentist|engineer|technician|chef|manager)(?:'s "
        r"(?:call|decision|idea)| who (?:decided|felt|thought))\b"
        # put on a colleague: "that's down to the network team, not us"
        r"|\b(?:down to|up to|on) (?:the|our) [a-z ]{0,20}?(?:team|department|doctors?|dentists?|"
        r"engineers?|network|manager|office|kitchen|housekeeping),? not (?:us|me)\b"
        # her sent to take it up elsewhere: "Ring the shop about that, not me", "ask someone else"
        r"|\b(?:ring|call|phone|ask|email|write to|talk to|speak to|take (?:it|that) up with"
        r"|complain to)\b[^.!?]{0,30}\bnot (?:me|us|here)\b"
        r"|\b(?:ask|try|ring|call) (?:someone|somebody) else\b|\bdon't ask me\b",
        re.IGNORECASE,
    ),
}
"""The learner passing the matter on ("这个我管不了，您得找医生"): naming the fee while refusing
it checks nothing, and it is passing the buck (claims.conduct_in)."""
HELPLESS: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"(?:我|我们)(?:这边)?(?:也|真的|实在|确实|是)*(?:没(?:有)?(?:什么|任何)?(?:办法|辙|招)|"
        r"无能为力|爱莫能助|帮不了(?:您|你)|没(?:有)?(?:什么|别的)(?:可以|能)?(?:给您|给你)?(?:提供|优惠)的?)(?:了|啊|呀|呢|嘛)*(?=[，,。！!；;…]|$)(?![^。！!]*"
        r"(?:不过|但是?|可以|可是))"
        # a rule read at her instead of help: 「我们这边就是这个规定」, 「规定就是这么定的」
        r"|(?:^|[，,。；;！!])[^，,。；;！!？?]{0,6}(?:就是|这是|这都是|都是)?这(?:个|样的?|么)?规定(?:的)?"
        r"(?:吧|啊|呀|呢|嘛)*(?=[，,。！!；;…]|$)(?![^。！!]*(?:不过|但是?|可以|可是))"
        r"|规定就是(?:这样|这么(?:定|规定|写)的?)(?:的)?(?![^。！!]*(?:不过|但是?|可以|可是))"
    ),
    "en": re.compile(
        r"\b(?:there's |there is )?nothing (?:more )?(?:i|we) can do\b(?! (?:about|for|with))"
        r"(?![^.!?]*\b(?:but|however|what i can|i can)\b)|\bmy hands are tied\b"
        r"|\bi can't do anything\b(?! about)"
        # nothing left to offer, where the brief has offers: giving up
        r"|\b(?:there (?:isn't|is not|'s not) anything|(?:i|we) (?:don't|do not) (?:really )?have"
        r" anything)(?: (?:more|else))? (?:(?:i|we) can offer|to offer)(?: you)?\b"
        r"(?! (?:about|for|on))(?![^.!?]*\b(?:but|however|what i can|i can)\b)"
        # a rule read at her instead of help: "That's the policy, I'm afraid", "rules are rules"
        r"|(?:^|[.!?]\s*)(?:(?:well|sorry|look|i'm afraid),?\s+)?(?:that's|that is|it's|it is)"
        r" (?:just )?(?:the|our|company|hotel) (?:policy|rules?)(?:,? (?:i'm afraid|sorry|unfortunately))?"
        r"(?=\s*[.!]|\s*$)(?![^.!?]*\b(?:but|however|i can)\b)|\brules are rules\b|\bthat's (?:just )?(?:how|the way) it is\b",
        re.IGNORECASE,
    ),
}
"""The learner saying nothing can be done, naming no one to take it ("我也没办法了", "there's
nothing I can do"), with no "but" and an offer after it: no buck passed, but no remedy either
(claims.conduct_in). "没办法保证" and "nothing I can do about the traffic, but…" are none."""
