"""The fault put on the customer, in the words that do it (conduct.py names them): on her
(是您自己没问清楚, "that's on you"), on a thing of hers ("probably your own router", "Slow evenings
are your router's fault", 估计是您家路由器的问题), on what she did, undone in a conditional of the
past ("If you'd booked earlier you'd have had a better room", 要是您当时提前打个电话，也就不用白等
了), her own consent thrown back at her (您当时不也同意了吗), a question that reproaches her (您怎么
没问一下呢？) and, where blaming her is the scenario's rule, advice for next time (下次您来可以提前
打个电话). An offer in the conditional ("If you'd like, you'd have the room by two") and what she
was spared ("If you'd stayed on the old plan you'd have paid more") are no blame.
"""

from __future__ import annotations

import re

_HER_KIT = (
    r"(?:laptop|computer|pc|router|wi-?fi|devices?|phone|tablet|equipment|kit|set-?up|modem|"
    r"cables?|wiring|tv|browser)\b"
)
_HER_KIT_ZH = r"(?:手机|电脑|路由器?|设备|网线|WiFi|wifi|无线|猫|光猫|机顶盒)"
"""Her own equipment, which the learner may blame for a fault of the service."""
BLAMES_HER = re.compile(
    r"(?:您|你)(?:当时|自己)?也?没(?:有)?(?:拒绝|反对|说不)|(?:是|怪)(?:您|你)自己|"
    r"(?:您|你)自己(?:的问题|不负责|不注意|没)|\byour own (?:fault|router|equipment|wi-?fi|"
    r"device|kit|setup|problem)\b|\byou (?:should have|never said no|didn't say no|didn't object)"
    r"|\b(?:it's|that's) (?:on you|your fault)\b"
    # the fault laid on a thing of hers: "most likely down to your laptop", 估计是您家路由器的问题
    rf"|\b(?:(?:most |very |more )?likely|probably|must be|almost certainly|down to|caused by|because"
    rf" of|(?:problem|issue|fault)(?:'s| is| lies)(?: with)?)\b[^.!?]{{0,20}}\byour (?:own )?{_HER_KIT}"
    rf"|(?:可能|应该|估计|肯定|多半|大概|八成)?是(?:您|你)(?:自己|家)?的?{_HER_KIT_ZH}[^，,。！!？?]{{0,4}}的?问题"
    rf"|(?:您|你)(?:自己|家)?的?{_HER_KIT_ZH}(?:太旧|太老|有问题|不行|不好)"
    r"|(?:您|你)自己(?:不坚持|坚持不下来|太懒|没毅力|不自律)"
    # the fault laid on a thing of hers by name: "Slow evenings are your router's fault"
    r"|(?<!not )(?<!n't )(?<!never )\byour (?:own )?[a-z-]+(?:'s|s') fault\b"
    # what she did, undone in a conditional of the past: "If you'd booked earlier you'd have had
    # a better room", 要是您当时提前打个电话，也就不用白等了 (not "if you'd like", a wish now)
    r"|\b(?:if (?:only )?you(?:'d| had)(?! (?:like|prefer|rather|better|want|care)\b)|had you)"
    # …a better outcome she missed ("you'd have got a better room") or trouble she caused ("you
    # wouldn't have had this trouble"); "you'd have paid more" tells what she was spared
    r" [^.!?]{1,60}?\b(?:you(?:'d| would) have (?:had|got|gotten|been (?:given|offered))\b[^.!?]{0,24}"
    r"\b(?:better|cheaper|bigger|nicer|faster|quicker|sooner|earlier|free|no (?:trouble|problems?|"
    r"wait))\b|(?:you|there|it|this|that)(?:'d| would)(?:n't| not) have (?:\w+ly )?(?:been|had|got|gotten|"
    r"happened|[a-z]+ed|[a-z]+en)\b)"
    # (a past marked as past: 当时, 那时; 如果您先体验一次，就能… is an offer)
    r"|(?:(?:要是|如果|假如)(?:您|你)(?:当时|那时候?|之前)|早知道(?:您|你)?)"
    r"[^。！!？?]{1,16}?(?:也就|就|也)(?:不会|不用|不至于|没|能|可以)"
    # her own consent thrown back at her in a rhetorical question: 您当时不也躺在那让他做了吗？
    # (a thing she did, 了, or agreed to: not 您不是也在等吗, a wait shared)
    r"|(?:您|你)(?:当时|自己|那时候?)?不(?:是)?也(?:[^，,。！!？?]{1,16}了|[^，,。！!？?]{0,8}"
    r"(?:同意|答应|签|点头|认可|没反对|没拒绝)[^，,。！!？?]{0,6})(?:吗|嘛)",
    re.IGNORECASE,
)
"""Putting the fault on the customer (您当时也没拒绝啊, "probably your own router"), also on
her own kit ("the slowdowns are most likely down to your laptop", 估计是您家路由器的问题)."""
BURDEN_ON_HER = re.compile(
    r"(?:下次|以后|下回)(?:您|你)(?:再)?(?:来(?:之前|前)?)?(?:可以|最好|记得|要|得)(?:先)?(?:提前)?"
    r"(?:打个?电话|来个电话|问一下|问清楚|问问|确认一下|确认)"
    r"|\bnext time,? (?:you (?:could|should|might want to|can)|(?:just )?(?:call|ring|check))"
    r" (?:call|ring|check|ask|phone)?",
    re.IGNORECASE,
)
"""To a complainant, what she should do next time (下次您来可以提前打个电话, "next time you
could call ahead"): the fault put on her in advice. Heard only where the scenario forbids blaming
her: elsewhere it is a friendly tip."""
REPROACH = re.compile(
    r"(?:您|你)[^，,。；;？?说讲]{0,8}(?:怎么|为什么|为啥|干嘛)(?:都|就|也)?(?:不|没)(?:有)?"
    r"[^，,。；;？?您你]{0,6}(?:问|说|提|讲|看|告诉|确认|反对|拒绝|打电话)"
    r"|\bwhy (?:didn't|did not|wouldn't) you (?:just )?(?:ask|say|tell|check|read|call|"
    r"mention|object|complain)\b",
    re.IGNORECASE,
)
"""A question that asks nothing and reproaches her (您当时在诊室怎么没问一下医生呢？, "why didn't
you check the bill?"): the fault put on her, a question or not. "Why don't you tell me what
price would make you stay?" invites her to say, it reproaches nothing."""
