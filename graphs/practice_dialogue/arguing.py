"""Arguing with the customer: contesting her decision or her complaint instead of hearing it.

A learner who sets a boast against her choice ("We're the best provider there is, so why would
you go anywhere else?", 「没有哪家比我们更好，您还犹豫什么。」) argues with her; so does one who
answers her complaint with "that's just how the internet works" or 「您这么说就不对了」. A boast
alone (「我们是这一带最好的诊所」, "Nobody gives better service than us.") argues with no one: it
is an unverifiable claim, reported as that (BOASTING; docs/definitions.md). A question that
asks her reason ("Can I ask what's made you want to leave?") argues nothing: the rhetorical "why
would you…" is told by a boast or a verdict beside it, or by its own form ("why on earth"). Heard by its kind (conduct.py), in any
scenario: no brief lets the learner argue with the customer.
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.practice_dialogue.rhetorical import PUSH_FORM

BOASTS: dict[Language, str] = {
    "en": r"\b(?:no ?(?:one|body)|no other [a-z]+)\b[^.!?]{0,30}\bbetter\b[^.!?]{0,20}\bthan (?:us|we)\b"
    r"|\bwe(?:'re| are) (?:simply |easily |by far |clearly )?the best (?:provider|company|"
    r"network|hotel|clinic|gym|there is|around|in (?:town|the (?:area|country|city)))\b"
    # what the business has, said better than all: "our network is the best in the country"
    r"|\bour (?:[a-z]+ )?(?:network|service|coverage|broadband|connection|speeds?|line|company|"
    r"hotel|rooms?|clinic|doctors?|dentists?|engineers?|gym|coaches|trainers|staff|product)s? (?:is|are)"
    r" (?:simply |easily |by far |clearly |honestly )?(?:the (?:best|fastest|most reliable)|"
    r"second to none|unbeatable|number one)\b",
    "zh": r"没有(?:哪家|谁|别家)比我们(?:更)?好|我们(?:就)?是(?:最好|全城最好|这一带最好)的"
    r"|我们(?:的|这边的|家的?)?(?:网络|信号|服务|宽带|网速|医生|技术|设备|教练|课程|房间|产品)"
    r"(?:是|就是|绝对是|可是)?(?:全国|全市|全城|这一带|业内|行业|本地)(?:最好|第一|最快|一流)",
}
"""A boast: better than every rival, which no one can check."""
_OTHERS = (
    r"(?:your neighbou?rs|(?:our |the )?other (?:customers|guests|patients|members|users|people)|"
    r"every(?:one|body) else|none of (?:our|the) (?:other )?(?:customers|guests|patients|users))"
)
"""Others than her, whose experience is set against her complaint."""
_TROUBLE = r"(?:complain(?:ed)?|had (?:a |any )?(?:problems?|issues?|trouble))\b"
ARGUES: dict[Language, re.Pattern[str]] = {
    "en": re.compile(
        # a boast set against her choice: "we're the best there is, so what are you waiting for"
        rf"(?:{BOASTS['en']})(?=[^.!]*(?:{PUSH_FORM.pattern}))"
        r"|\bwhy (?:on earth |ever )?would (?:you|anyone) (?:ever |even )?(?:want to )?(?:leave|"
        r"cancel|go|switch|move)\b[^.!?]*\?\s*(?:we(?:'re| are)|nobody|no ?one)\b"
        r"|\bwhy on earth\b|\bwhat (?:on earth|ever) for\b"
        # her wish met with disbelief: "Leave? Why would you want to do that?" (a sincere
        # "why do you want to leave?" asks)
        r"|\bwhy (?:on earth |ever )?would (?:you|anyone) (?:ever |even )?want to (?:do (?:that|this)"
        r"|leave|cancel|go|switch|move)\b"
        r"|\b(?:it's|it is|it has) (?:always )?(?:been )?like (?:this|that) (?:here|in the|every)\b"
        # her complaint ruled out: "that's just how the internet works"
        r"|\b(?:that's|it's|that is|it is) (?:just |simply )?(?:how|the way) (?:the internet|"
        r"broadband|networks?|it|things|hotels?|it all) (?:works?|goes|is)\b"
        r"|\byou(?:'re| are) (?:wrong|mistaken|exaggerating|overreacting)\b"
        r"|\byou(?:'ve| have) got (?:it|that|this) wrong\b"
        # her word contradicted: "I have to disagree with you there", "That's simply not true"
        r"|\bI (?:have to |must |would |'d |really )?(?:disagree|beg to differ)\b"
        r"|(?:^|[.!?]\s*)(?:well,? |look,? |honestly,? |with respect,? |sorry,? but )?(?:that's|that"
        r" is) (?:simply |just |actually |really )?(?:not true|untrue|not the case|nonsense)\b"
        # her complaint denied: "our network has been fine all month", "nothing wrong with our line"
        r"|\bthere(?:'s| is) (?:absolutely )?nothing wrong with (?:our|the) (?:network|line|service"
        r"|connection|speeds?|room|equipment)\b|\bour (?:network|line|service|connection|speeds?)"
        r" (?:has|have) been (?:perfectly |absolutely |totally )?(?:fine|ok|okay|great|stable)\b"
        # ruled out by what others say: "your neighbours never complain", "nobody else has had a
        # problem", "our other customers are happy with it"
        rf"|\b{_OTHERS} (?:never|don't|do not|haven't|have never|hardly ever) (?:ever )?{_TROUBLE}"
        rf"|\b{_OTHERS} (?:are|is|seem) (?:perfectly |all |quite )?(?:happy|fine|satisfied)\b"
        rf"|\bno ?(?:one|body) else (?:ever )?(?:complains\b|has (?:ever |never )?{_TROUBLE})"
        rf"|\bnone of (?:our|the) (?:other )?[a-z]+ (?:has|have) (?:ever )?{_TROUBLE}",
        re.IGNORECASE,
    ),
    "zh": re.compile(
        r"(?:您|你)(?:这么|这样)?说(?:就|可)?不对|(?:您|你)(?:搞|弄)错了|(?:您|你)(?:太)?夸张了"
        # her word contradicted in other words: 您这话说得不对, 话不能这么说, 不是您说的那样
        r"|(?:您|你)(?:这|这个|刚才)?(?:话|说(?:得|的))(?:说(?:得|的))?(?:就|可|也)?(?:不对|不准确|有问题)"
        r"|话(?:可)?不能这么说|不是(?:您|你)说的那样|(?:您|你)(?:这是|可能)?(?:误会|误解)了"
        rf"|(?:{BOASTS['zh']})(?=[^。！!]*(?:{PUSH_FORM.pattern}))"
        r"|(?:本来|向来|一直)就是这样的|(?:就|都)是这样的[，,。！!]?(?:没办法|您得理解)"
        # 「我们诊所向来都这样」: her complaint ruled out as the house's way
        r"|(?:本来|向来|一直|从来|历来)(?:都|就)(?:是)?(?:这样|这么(?:办|做|收|排))(?:的|子)?"
        r"(?=[，,。！!；;…]|$)"
        # ruled out by what others say: 别的客户都没反映过, 您邻居都没说慢
        r"|(?:别人|别的(?:客户|用户|患者|顾客|会员)|其他(?:客户|用户|患者|顾客|会员)|(?:您|你)(?:的)?邻居)"
        r"(?:都|从来|也)?(?:没|不|没有)(?:有)?(?:反映|投诉|抱怨|说|觉得)"
    ),
}
"""Contesting her: a boast set against her choice, a rhetorical why, her complaint ruled out or
denied ("our network has been fine all month") or ruled out by what others say ("your
neighbours never complain", 别的客户都没反映过), her word contradicted (您这话说得不对, "I have
to disagree with you there")."""
BOASTING: dict[Language, re.Pattern[str]] = {
    "en": re.compile(BOASTS["en"], re.IGNORECASE),
    "zh": re.compile(BOASTS["zh"]),
}
"""A boast alone, argued with no one: an unverifiable claim (conduct.py reports it as such)."""
