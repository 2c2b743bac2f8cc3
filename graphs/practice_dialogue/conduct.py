"""Conduct that breaks the rules whatever words do it, heard by its kind: passing the buck, a
charge put on her card unasked, the fault put on her, the rival run down, her problem made light
of, scarcity or a queue invented to hurry her, saying nothing can be done where the learner has remedies
to offer, arguing with her (arguing.py), and a boast alone, better than every rival, which no one
can check (an unverifiable claim; set against her choice it is the arguing). Two kinds are told
against the scenario's own brief (BY_THE_BRIEF): denying a power over a charge the learner may
waive (denied_authority.py) and a flaw the scenario never mentions put on what she already has
(own_run_down.py). A turn that only closes while her matter is open is a brush-off
(`brush_off`, brush_offs.py).

Each kind is reported as the scenario's own forbidden claim of that kind when it has one (found by
the claim's wording: 推卸, blam, 贬低), otherwise by a plain label. Passing the buck names someone
else to take the matter (不归我管, "you'll have to ask the doctor"); helplessness names no one
("我也没办法了", "there's nothing I can do"): it withholds the remedies the learner may offer, a
fault of its own, and no buck passed. A scenario where the learner may offer nothing has no such
fault.

Selling her something the scenario does not have is a break of its own (off_brief_pitches.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from graphs.exams import Language
from graphs.practice_dialogue.affronts import dismissals, unhurried
from graphs.practice_dialogue.arguing import ARGUES, BOASTING
from graphs.practice_dialogue.blame import BLAMES_HER, BURDEN_ON_HER, REPROACH
from graphs.practice_dialogue.brush_offs import closes_only
from graphs.practice_dialogue.conversation import stage_complete
from graphs.practice_dialogue.deflection import DEFLECTION, HELPLESS
from graphs.practice_dialogue.denied_authority import denies_authority
from graphs.practice_dialogue.gone import seen_off
from graphs.practice_dialogue.overreach import LABELS as OVERREACH_LABELS
from graphs.practice_dialogue.overreach import OVERREACH, OWN_CLAIM
from graphs.practice_dialogue.own_run_down import runs_down_own
from graphs.practice_dialogue.phrases import question_starts
from graphs.practice_dialogue.required_by_rule import required_by_rule
from graphs.practice_dialogue.rival_send_offs import (
    SENT_TO_RIVAL,
    SENT_TO_RIVAL_CLAIM,
    SENT_TO_RIVAL_LABELS,
)
from graphs.practice_dialogue.signals import TurnText
from graphs.scenarios import Scenario

CHARGE_UNASKED = re.compile(
    r"\b(?:just |i'll |i will |we'll )?(?:put|charge|add) (?:it|that|this|the [a-z-]+(?: [a-z-]+)?)?"
    r" ?(?:on|to) your "
    r"(?:card|bill|account|room)\b|\bcharge your card\b"
    # the charge said to be under way: "I'm charging your card now", 我这就给您扣款
    r"|\b(?:i'm|i am|we're|we are) (?:now |just )?(?:charging|billing|debiting) (?:it to )?your "
    r"(?:card|account|room)\b"
    r"|直接从您?卡里扣|直接扣您|给您扣了|记在您账上|直接刷您的卡|从您卡上扣"
    r"|(?:我|现在)(?:这就|马上|现在就|正在)(?:给您|帮您)?(?:扣款|刷卡扣|扣费)",
    re.IGNORECASE,
)
"""Putting a charge on the customer's card or bill as done, without her yes."""
_ZH_PUT_DOWN = (
    r"(?:二手|破|差劲|跑路|倒闭|白办|后悔|上当|吃亏|很差|太差|更差|更糟|还不如|好不到哪|烂|不行|没好货|坑人|骗人|垃圾|脏|(?:设备|器材|器械|东西|装修)[^，,。]{0,2}"
    r"(?:旧|老|差)|人(?:太|特别|很)?多|太挤|拥挤|不专业|不正规|没保障|不靠谱"
    # a thing of theirs said to be broken or failing: 跑步机一半都是坏的, 淋浴老是没热水
    r"|坏(?:的|了|掉)|故障|不能用|用不了|(?:老是|总是|经常|动不动就?|三天两头)"
    r"(?:坏|停|断|没|出问题|出故障|掉线))"
)
_EN_PUT_DOWN = (
    r"\b(?:terrible|rubbish|awful|useless|a joke|cowboys|a scam|a con|a trap|a rip-?off|dreadful|"
    r"hopeless|(?:always )?(?:packed|overcrowded)|(?:kit|equipment) is (?:ancient|old|falling "
    r"apart)|dodgy|unreliable|(?:even |much |far |probably |just )?worse|no better|just as bad"
    r"|let you down"
    # a thing of theirs said to fail: "their engineers never turn up", "the line is always down"
    r"|never (?:turn|show) up|(?:is|are) (?:always |constantly |forever )?(?:broken|down)"
    r"|always (?:broken|breaking|cutting out|dropping|down)|breaks? down all the time)\b"
)
PUT_DOWN: dict[Language, str] = {"zh": _ZH_PUT_DOWN, "en": _EN_PUT_DOWN}
"""A put-down of a rival's thing, as a pattern to build on (rival_after_her.py)."""
_EN_RIVAL = (
    r"\b(?:rival|competitor|other (?:company|provider|lot|gym|hotel|place)|whoever you (?:go|switch"
    r"|move|change) to|wherever you go|any ?(?:one|body) else|any other (?:provider|company))"
)
"""The rival, also unnamed: "whoever you switch to", "anyone else"."""
RUNS_DOWN_RIVAL = re.compile(
    rf"(?:隔壁|别家|那家|对面|其他(?:健身房|家)|他们家|他家)[^。！!？?]{{0,20}}{_ZH_PUT_DOWN}"
    # the rival named, then run down as 他们 / "their" later in the sentence
    rf"|(?:隔壁|别家|那家|对面|其他(?:健身房|家))[^。！!？?]{{0,24}}(?:他们|他家|那边)[^。！!？?，,]"
    rf"{{0,8}}{_ZH_PUT_DOWN}"
    rf"|{_EN_RIVAL}(?:'s|'re| are| is)?\b[^.!?]{{0,30}}{_EN_PUT_DOWN}"
    rf"|{_EN_RIVAL}\b[^.!?]{{0,60}}"
    rf"\b(?:their|they're|they are|they)\b[^.!?,;]{{0,30}}{_EN_PUT_DOWN}"
    # a saying that runs the cheaper offer down, the rival unnamed: 便宜没好货, "cheap for a reason"
    r"|便宜(?:没|无)好货|好货不便宜|贪(?:小)?便宜(?:准|肯定|会)?吃大亏|图便宜(?:准|肯定|会)?(?:吃亏|上当)"
    r"|\bcheap (?:is cheap )?for a reason\b|\bcheap and nasty\b|\bbuy cheap,? buy twice\b",
    re.IGNORECASE,
)
"""Running the rival down with no fact (那家器材都是二手的, 隔壁人多设备也旧, "the other lot are
cowboys", "the other gym is always packed"), also by a pronoun once the rival is named ("that
rival offer, from what I hear their network is hopeless"), or by a saying about cheapness that
needs no name (便宜没好货, "cheap is cheap for a reason")."""
MINIMISES = re.compile(
    r"(?:等|排队)[^，,。；;！!？?不没非]{0,10}(?:是|也是|都是|也算)?(?:很|挺|非常|再|太)?(?:正常|常见|常有的事|难免|"
    r"家常便饭)(?:的|现象|情况|事|了)*(?=[，,。！!；;…吧啊呀嘛]|$)|哪有不等的|谁都(?:得|要|会)等|(?:大家|人人|谁|每个人)都(?:是|要|得|会)?(?:这么|这样)?(?:排队)?等(?:过)?"
    r"|(?:也)?没等(?:多久|多长时间|太久|多长)|不就(?:是|才)?等了|多大(?:点)?(?:的)?事|至于(?:吗|嘛|这么)"
    r"|\b(?:a (?:bit of |little )?|some )?(?:wait(?:ing)?|delays?|slow(?:er)?(?: evening)? "
    r"speeds?|slowdowns?|dropouts?)\b[^.!?]{0,25}\b(?:is|are|'s) (?:perfectly |quite |completely |"
    r"totally |pretty )?(?:normal|common|to be expected|nothing unusual)\b"
    r"|\beveryone (?:has to wait|waits|gets that|has that)\b|\bno big deal\b"
    # everyone's the same, it's just the hour: "Everybody gets slow speeds at night", 排队是正常的
    r"|\b(?:every(?:one|body)|all (?:the )?(?:lines|networks|connections|customers))(?:(?:'s|'re"
    r"| is| are| gets?| has| have)\b[^.!?]{0,20}\b(?:slow|busy)| slows? down)"
    r"|(?<!if )(?<!whether )\bit'?s (?:just|only) (?:busy|peak (?:time|hours?)|rush hour)\b"
    # every provider has it: "every network slows down at night"
    r"|\bevery (?:provider|company|network|line|connection|hotel|clinic|gym)\b[^.!?]{0,20}"
    r"\b(?:slows?|drops?|gets? slow(?:er)?|has (?:that|the same)|is the same)\b"
    r"|\b(?:speeds?|it|that) (?:drops?|slows? down|happens) (?:for|to) every(?:one|body)\b"
    r"|\bnot (?:such )?a big deal\b|\b(?:is|was) (?:it|that) (?:really )?(?:such|that) (?:a )?big"
    r" (?:a )?deal\b|\bit (?:wasn't|isn't|was not|is not) (?:that|so) (?:long|bad)\b",
    re.IGNORECASE,
)
"""Making light of what she went through (等一会儿是很正常的, 看牙哪有不等的, "slow evening
speeds are perfectly normal"); a negated one ("这么等可不正常") makes nothing light, and 等
as "until" ("等您确认后正常退款") is no wait."""
DISMISSES: dict[Language, re.Pattern[str]] = {
    language: dismissals(language) for language in ("zh", "en")
}
"""Brushing her off (您先让一让, 嫌贵您就去隔壁办, 别投诉了, "next, please"): no remedy withheld
in words, her matter shown the door; the words she reacts to (affronts.dismissals). "Take it or
leave it" is pressure (affronts.py), not this."""
SCARCITY = re.compile(
    r"名额(?:不多|有限|快没|就剩|只剩|紧张)|(?:别人|其他人|其他客人|好几个人|很多人|几个人|好多人)"
    r"[^。！？!?]{0,6}(?:抢|订走|定走|买走|要订|想订|排着)|马上就(?:被)?(?:订|抢|卖)(?:走|光|完)"
    r"|\b(?:some|any)(?:one|body) else (?:is|are|will|might|may|could)\b[^.!?]{0,20}"
    r"\b(?:take|grab|book|snap|have)\b"
    r"|\b(?:another|other|two|three|four|several|a few|a couple of|\d+) (?:other )?(?:guests?|"
    r"couples?|famil(?:y|ies)|customers?|people|members?|callers?)\b[^.!?]{0,25}\b(?:about to|"
    r"waiting (?:for|on)|trying to (?:book|get|grab)|want(?:s|ing)? (?:it|the same))\b"
    r"|\b(?:going|selling) fast\b"
    # held out as given away: 「这个名额我就给别人了」, "I'll have to give it to someone else"
    r"|(?:名额|位置|位子|房间?|号|课位|时段)[^，,。！!？?]{0,8}(?:给|让给|留给)(?:别人|其他人|其他客人"
    r"|下一位|后面的人)"
    r"|\bgive (?:it|them|the \w+|your \w+) (?:away |up )?to (?:some|any)(?:one|body) else\b"
    # a rival buyer for it now: "someone else is asking", 还有人也在问这个
    r"|\b(?:some|any)(?:one|body) else(?:'s| is| are) (?:also |already )?(?:asking|interested|"
    r"enquiring|looking at it|after it|holding)\b"
    r"|(?:还有|另外有|有)(?:人|别人|客人|位客人)(?:也)?(?:在|正在)(?:问|看|咨询|谈|等)"
    # others after it now: "another couple is looking at it", "two guests have been asking"
    r"|\b(?:another|other|two|three|four|several|a few|a couple of|\d+) (?:other )?(?:guests?|"
    r"couples?|famil(?:y|ies)|customers?|people|members?|callers?)\b[^.!?]{0,10}\b(?:is|are|'s|"
    r"'re|have been|has been) (?:also |already )?(?:asking (?:about|for|after)|looking at|eyeing"
    r"|enquiring about|holding out for)\b",
    re.IGNORECASE,
)
QUEUE = re.compile(
    r"(?:后面|外面|门口|排)(?:还有|还)?[^，。！？]{0,6}(?:人|客人|客户|会员|患者|病人)[^，。！？]{0,4}"
    r"(?:排队|排着|等着|在等)"
    r"|\b(?:people|customers|guests|patients|others|a queue|a line)\b[^.!?]{0,15}\b(?:waiting|"
    r"queu(?:e|ing))\b[^.!?]{0,10}\b(?:behind you|after you)\b|\ba queue behind you\b",
    re.IGNORECASE,
)
"""A queue behind her said to hurry her (后面还有好几个人排队等着, "people waiting behind you"):
urgency made up, named as the scenario's scarcity claim where it sells (虚假的限时优惠); where it
has none (a complaint), the queue sends her off: a brush-off."""
"""Scarcity invented to hurry her ("Another couple is about to book it", 名额就剩两个,
好几个人都在问): a claim about others the scenario never makes, besides the pressure it puts on
her (pressure.py). A true limit ("only one suite is free tonight") is no invention."""
COMPLAINT = re.compile(r"投诉|complain", re.IGNORECASE)
"""A claim of leaving her to complain, by its wording."""
TO_COMPLAIN = re.compile(
    r"(?<!不用)(?<!不要)(?<!别)(?:去|到)[^，,。！!？?]{0,6}投诉|\b(?:you can|just|go and) complain"
    # sent to a hotline to complain: 「要投诉您打客服热线」, "to complain, ring customer services"
    r"|投诉[^，,。！!？?]{0,8}(?:打|拨|联系|找|上)|\bcomplain\w*\b[^.!?]{0,20}\b(?:call|ring|phone"
    r"|email|contact|write to)\b",
    re.IGNORECASE,
)
"""Her pointed at a complaint (「有意见您尽管去投诉」) or at a hotline to make it, not told she
need not make one."""
BUCK = re.compile(r"推卸|推诿|pass(?:ing)? the buck", re.IGNORECASE)
"""A forbidden claim of passing the buck, by its wording."""
CONDUCT: dict[str, tuple[dict[Language, re.Pattern[str]] | re.Pattern[str], re.Pattern[str]]] = {
    "buck": (DEFLECTION, BUCK),
    "minimise": (MINIMISES, re.compile(r"淡化|轻描淡写|making light|minimi[sz]", re.IGNORECASE)),
    "helpless": (HELPLESS, re.compile(r"无能为力|nothing can be done", re.IGNORECASE)),
    "charge": (CHARGE_UNASKED, re.compile(r"扣款|收费.*同意|charg", re.IGNORECASE)),
    "blame": (BLAMES_HER, re.compile(r"推给客户|怪客户|\bblam", re.IGNORECASE)),
    "reproach": (REPROACH, re.compile(r"推给客户|怪客户|\bblam", re.IGNORECASE)),
    "dismiss": (DISMISSES, re.compile(r"敷衍|打发|brush|dismiss", re.IGNORECASE)),
    # her sent to a rival is its own fault, no generic brush-off (rival_send_offs.py)
    "sent_to_rival": (SENT_TO_RIVAL, SENT_TO_RIVAL_CLAIM),
    "burden": (BURDEN_ON_HER, re.compile(r"推给客户|怪客户|\bblam", re.IGNORECASE)),
    "rival": (RUNS_DOWN_RIVAL, re.compile(r"贬低|belittl|running down", re.IGNORECASE)),
    "scarcity": (SCARCITY, re.compile(r"scarc|稀缺|名额|紧俏|抢手|限时", re.IGNORECASE)),
    "queue": (QUEUE, re.compile(r"scarc|稀缺|名额|紧俏|抢手|限时|催促", re.IGNORECASE)),
    "argue": (ARGUES, re.compile(r"争辩|争论|反驳|\bargu", re.IGNORECASE)),
    # after "argue": a boast set against her choice is that, one alone an unverifiable claim
    "boast": (BOASTING, re.compile(r"夸口|夸大|无法证实|unverifiable|\bboast", re.IGNORECASE)),
    # acts beyond the learner's standing (overreach.py)
    **{name: (cues, OWN_CLAIM[name]) for name, cues in OVERREACH.items()},
}
BY_THE_BRIEF: dict[
    str, tuple[Callable[[Scenario, TurnText], re.Match[str] | None], re.Pattern[str]]
] = {
    "authority": (denies_authority, re.compile(r"拒绝退|拒绝免|无权|refus|no authority", re.I)),
    "own": (runs_down_own, re.compile(r"贬低客户|running down (?:her|his|the customer's)", re.I)),
    "required": (
        required_by_rule,
        re.compile(r"说成正常|正常收费|说成必须|(?:normal|legitimate|standard) charge", re.I),
    ),
}
"""Conduct told against the scenario's own brief: no power claimed over a charge the learner may
waive (denied_authority.py), a flaw the scenario never mentions put on what she already has
(own_run_down.py), a charge the learner may waive put on a rule (required_by_rule.py)."""
CONDUCT_LABELS = {
    "buck": {"zh": "推卸责任", "en": "Passing the buck"},
    "charge": {"zh": "未经同意就收费", "en": "Charging the customer without consent"},
    "blame": {"zh": "把责任推给客户", "en": "Blaming the customer"},
    "reproach": {"zh": "把责任推给客户", "en": "Blaming the customer"},
    "dismiss": {"zh": "敷衍打发客户", "en": "Brushing the customer off"},
    "rival": {"zh": "贬低竞争对手", "en": "Belittling the rival"},
    "sent_to_rival": SENT_TO_RIVAL_LABELS,
    "minimise": {"zh": "淡化客户的遭遇", "en": "Making light of the customer's problem"},
    "scarcity": {"zh": "虚构抢购或名额紧张", "en": "False scarcity"},
    "queue": {"zh": "拿排队的人催促客户", "en": "Hurrying the customer with a queue"},
    "helpless": {"zh": "推说无能为力", "en": "Saying nothing can be done"},
    "argue": {"zh": "和客户争辩", "en": "Arguing with the customer"},
    "boast": {"zh": "无法证实的夸口", "en": "An unverifiable boast"},
    "authority": {"zh": "谎称无权处理", "en": "Saying you cannot do what you may"},
    "own": {"zh": "贬低客户已有的产品来推销", "en": "Running down what the customer already has"},
    "required": {"zh": "谎称规定必须收费", "en": "Claiming a rule requires the charge"},
    **OVERREACH_LABELS,
}
"""Labels for conduct no forbidden claim of the scenario names by its kind."""
OTHER_PARTY: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"医生|大夫|病人|患者|前面|前一位|上一位|领导|经理|店长|公司|总部|系统|规定|财务|技术|"
        r"工程师|别人|别的部门|其他部门|他们"
    ),
    "en": re.compile(
        r"\b(?:doctor|manager|engineer|technician|head office|the system|policy|another "
        r"department|other department|they|them|the team|billing|the network)\b",
        re.IGNORECASE,
    ),
}
"""Someone or something else the matter is put on: with one named, "我们也没办法" passes the
buck; with none, it is helplessness."""


def helplessness_only(scenario: Scenario, pattern: str, sentence: TurnText) -> bool:
    """A buck-passing claim heard by words of helplessness (an author's "我们也没办法") in a
    sentence that names no one else is no buck passed ("我也没办法了", "我们没办法保证…"):
    `conduct_in` hears the helplessness, if any."""
    language = scenario.language
    words = HELPLESS[language].search(pattern) or re.search(r"没(?:有)?办法", pattern)
    return bool(words) and not OTHER_PARTY[language].search(sentence.raw)


def conduct_in(scenario: Scenario, sentence: TurnText, asking: bool) -> list[str]:
    """Passing the buck (不归我管, "not my department"), a charge put on her card unasked
    ("I'll just put it on your card"), the fault put on her (您当时也没拒绝啊) and the rival run
    down, her problem made light of, helplessness where the learner may offer something: the
    scenario's claim of that kind, or a plain label. A question ("Shall I put it on your card?")
    and a negated one claim nothing, except that her problem is made light of in rhetorical
    questions (至于吗？)."""
    made = []
    claims = [c.claim for stage in scenario.stages for c in stage.forbidden_claims]
    others = bool(OTHER_PARTY[scenario.language].search(sentence.raw))
    asks_from = question_starts(sentence.raw) if asking else None
    argued: list[tuple[int, int]] = []  # where she was argued with
    for name, (cues, kind) in CONDUCT.items():
        if name == "helpless" and (others or not scenario.learner.may_offer):
            continue  # 前面的病人超时了，我们也没办法: the buck passed, one break
        if name == "dismiss" and unhurried(sentence.raw):
            continue  # 不着急，您想好了再来找我就行: time given, not the door shown
        words = cues if isinstance(cues, re.Pattern) else cues[scenario.language]
        found = list(words.finditer(sentence.raw))
        if name == "dismiss":  # her sent to a rival is named as that ("sent_to_rival")
            sent = [m.span() for m in SENT_TO_RIVAL[scenario.language].finditer(sentence.raw)]
            found = [m for m in found if not any(a < m.end() and m.start() < b for a, b in sent)]
        if name == "buck" and others:
            # "The engineer decides that, there's nothing we can do": put on someone else
            found += HELPLESS[scenario.language].finditer(sentence.raw)
        said = [
            m
            for m in found
            if (not sentence.negated(m.start(), m.end()) or name in ("buck", "blame"))
            # a question claims nothing, but 看牙哪有不等的？ makes light of her wait, and
            # "我也没办法，您看怎么办吧？" said it before asking
            # 给个五星好评好吗？ asks for the review all the same
            and (
                asks_from is None
                # 「有什么不满您打客服电话反映吧。」: 什么 as "any", no question asked
                or (
                    name in ("dismiss", "sent_to_rival")
                    and not sentence.raw.rstrip().endswith(("?", "？"))
                )
                # "Leave? Why would you want to do that?" argues in a question's form; 后面还有
                # 好几个人排队等着呢 tells of others, whatever 几 seems to ask
                or name
                in (
                    "minimise",
                    "reproach",
                    "review",
                    "condition",
                    "purchase",
                    "argue",
                    "queue",
                    "scarcity",
                )
                # 您当时不也躺在那让他做了吗？ asks nothing: it says she agreed
                or (name == "blame" and m.group().endswith(("吗", "嘛")))
                or m.end() <= asks_from
            )
        ]
        own = next((c for c in claims if kind.search(c)), None)
        if name == "dismiss" and any(TO_COMPLAIN.search(m.group(0)) for m in said):
            # 「有意见您尽管去投诉」: the scenario's own claim of leaving her to complain, if any
            own = next((c for c in claims if COMPLAINT.search(c)), own)
        if name == "queue" and own is None:
            # no offer to hurry where the scenario sells nothing: the queue sends her off
            own = brush_off_label(scenario)
        if name == "burden" and own is None:
            continue  # advice for next time blames no one where blaming her is no rule
        if name == "boast" and all(any(a <= m.start() < b for a, b in argued) for m in said):
            continue  # the boast was the argument (arguing.py); one beside it is a claim of its own
        label = own or CONDUCT_LABELS[name][scenario.language]
        if said and label not in made:
            made.append(label)
            argued += [m.span() for m in said] if name == "argue" else []
    for name, (heard, kind) in BY_THE_BRIEF.items():
        heard_at = heard(scenario, sentence)
        if heard_at is None or (asks_from is not None and heard_at.end() > asks_from):
            continue
        if name == "own" and sentence.negated(heard_at.start(), heard_at.end()):
            continue
        own = next((c for c in claims if kind.search(c)), None)
        label = own or CONDUCT_LABELS[name][scenario.language]
        made += [label] if label not in made else []
    return made


def brush_off_label(scenario: Scenario) -> str:
    """The scenario's own claim of brushing her off (敷衍打发客户), else the plain label."""
    kind = CONDUCT["dismiss"][1]
    claims = [c.claim for stage in scenario.stages for c in stage.forbidden_claims]
    return next((c for c in claims if kind.search(c)), CONDUCT_LABELS["dismiss"][scenario.language])


def brush_off(
    scenario: Scenario,
    reply: str,
    her_lines: Sequence[str],
    covered_before: dict[str, list[int]],
    said: bool,
) -> str | None:
    """The brush-off's label when the turn only closes (`closes_only`) after she spoke, before
    the goal stage is complete, and said nothing else of note (`said`: a point, a question, a
    claim or pressure; its warmth is only the closing's: "thanks for letting me know")."""
    goal_done = stage_complete(scenario.stage(scenario.end.goal_stage), covered_before)
    if said or goal_done or not her_lines or not closes_only(reply, scenario.language):
        return None
    if seen_off(her_lines, scenario.language):
        return None  # her goodbye said twice: the learner's own sees her off (gone.py)
    return brush_off_label(scenario)
