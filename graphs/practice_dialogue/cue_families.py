"""Cue families: the other ways a trainer hears a point an author cued with one phrasing.

An author writes a point's keywords as one or two phrasings (抵用券, "thank you for staying",
"to confirm"); learners say the same thing in others (代金券, "thanks for sticking with us", "to
recap"). A family is a pattern that recognises the author's phrasing among a point's keywords
(`members`) and the pattern that hears the whole family in a learner's sentence (`heard`). A
point one of whose keywords belongs to a family is made by any phrasing of that family, with the
same rules as a keyword (negation scoped, `by_asking` points only in a question).

Families are kinds of saying, not scenario facts: a fee waived (给您免了), voucher words,
instalments, trials, thanks for coming or for staying, thanks for her feedback or for the chance
to put it right, her next visit welcomed (下次您来…), the cause owned (这是我们排班没安排好), a recap, asking what she wants done (also as a choice put to her: 您是要退钱，
还是…), asking what went wrong, what she wants to train (想练哪儿), a direct contact, "breakfast
for two", a time of day, value (also a price set beside an everyday spend: "less than a dinner
out", or what an extra alone would cost or what share of the price it is: "breakfast alone would cover a
good part of that", "breakfast by itself would be most of it"), one night instead of two, leaving without a fee, "if it doesn't
work", the rival named with a figure ("the rival is 30 pounds", "a pound more than the other
company"), her decision asked in short forms (办不办, "so yes or no?"), the deal read back ("I'll
confirm: …"), her preferences asked ("What would matter most to you both?"), the occasion wished
well ("enjoy the celebration"), her telling them thanked (谢谢您告诉我们) and the time she lost owned
(等待这件事也是我们安排不周), the business's failing owned (是我们排班没安排好) and its way of
working changed (把流程改掉).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graphs.exams import Language
from graphs.practice_dialogue.owned_faults import OWNED
from graphs.practice_dialogue.process_changes import PROCESS_CHANGE
from graphs.practice_dialogue.question_forms import PURPOSE


@dataclass(frozen=True)
class CueFamily:
    """One way of saying something, in the phrasings a learner uses."""

    name: str
    members: re.Pattern[str]
    """Matches an author's keyword that belongs to the family."""
    heard: dict[Language, re.Pattern[str]]
    """Hears the family in a learner's sentence."""


def _family(name: str, members: str, zh: str = r"(?!x)x", en: str = r"(?!x)x") -> CueFamily:
    flags = re.IGNORECASE
    return CueFamily(
        name, re.compile(members, flags), {"zh": re.compile(zh), "en": re.compile(en, flags)}
    )


EVERYDAY_SPEND = (
    r"\b(?:(?:less|cheaper|lower) than|no more than|(?:price|cost) of|same as|as much as)"
    r"(?: what you'd (?:pay|spend) (?:for|on))? (?:a|an|one|two|your|a couple of|a round of) "
    r"(?:[a-z-]+ ){0,2}?(?:dinner|meal|lunch|takeaway|take-away|pizza|sandwich|coffee|latte|"
    r"cappuccino|taxi|cab|uber|drink|pint|beer|cocktail|glass of wine|bottle of wine|cinema|"
    r"movie|film|ticket|night out|tank of petrol)s?\b"
)
"""A price set beside an everyday spend ("less than a dinner out", "the price of a couple of
coffees"): the price put in terms of what it is worth to her, a value framing."""


FAMILIES = (
    _family(
        "waiver",
        r"^免除$|^不收$",
        zh=r"(?:给|帮)(?:您|你)(?:把[^，,。]{0,8})?免(?:了|掉|除)|免(?:了|掉)(?:吧|了)?(?=[，,。！!]|$)"
        r"|不收(?:您|你)?(?:了|这笔|这个)",
    ),
    _family(
        "voucher",
        r"抵用券|优惠券|代金券|现金券",
        # a bare 券 counted out ("再给您加一张券", "送您两张券") is a voucher too
        zh=r"抵用券|优惠券|代金券|现金券|抵扣券|[一两二三几]\s*张[^，,。；;]{0,4}?券",
    ),
    _family(
        "instalments",
        r"^分期$|^月付$",
        zh=r"分期|分\s*[0-9一二三四五六七八九十两]+\s*(?:期|个月付)|按月付|月付",
    ),
    _family(
        "trial",
        r"先体验|体验一次|先试|试练",
        zh=r"先(?:来)?(?:上|试|体验|练)|体验一[次节下]|试[一上]?[节次下]课?|试练|试听"
        # a free first go booked or offered before she decides: 可以先来做个免费体测, 先约一次
        # 免费体验; the free one alone too (免费试一次); 先 with a purchase (先办卡) is none
        r"|先(?:来|过来)?(?:约|预约|做|安排|帮您约|给您约|给您安排)[^，,。；;？?]{0,6}?"
        r"(?:体测|体验|试|测一?下)|免费(?:的)?(?:体测|体验|试[用听驾吃穿练一]|测一?下)",
    ),
    _family(
        "thanks-for-coming",
        r"感谢您来|谢谢您来|感谢您过来|感谢光临",
        zh=r"(?:谢谢|感谢|多谢)(?:您|你)?(?:今天)?(?:专门|特意|特地|大老远)?(?:跑一趟|过来|来|光临)",
    ),
    _family(
        "recap",
        r"确认一下|复述|总结|^to confirm$|^so that's$",
        zh=r"(?:对|过|捋|说|理|念)一遍|(?:核对|确认|重复|复述|总结|梳理|汇总)一下|复述|总结"
        r"|(?:短信|邮件|书面)确认|确认(?:短信|邮件)"
        r"|(?:这就|马上|现在)(?:给您|帮您)(?:更新|修改|变更)(?:一下)?(?:预约|订单|套餐|资料|信息)"
        # the remedy just laid out, put to her for her yes: "您看这样处理您能接受吗？"
        r"|(?:(?:这样|这么|按这个|照这个)(?:处理|安排|办)|这个方案|这几条)[^。？?]{0,8}"
        r"(?:能接受|接受吗|可以吗|行吗|满意吗|同意吗)",
        en=r"\bto (?:confirm|recap|sum up|summari[sz]e)\b|\bso that's\b|\blet me (?:recap|run "
        r"through|go over|read (?:that|it) back|confirm)\b|\bjust to go over\b|\bto go over\b"
        r"|\b(?:e-?mail|text|letter|message) confirming\b|\bconfirmation (?:e-?mail|text|letter)\b"
        # "So: 150 Mb at 31…", "I'll email you the confirmation": the deal said back, sent
        r"|^so\s*[:—–]|\b(?:e-?mail|text|send|post) (?:you )?(?:the |a |your )?confirmation\b"
        # the learner saying it back: "I'll confirm: 150 Mb at 31…", "can I just read that back?"
        r"|\b(?:i'll|i will|i'd like to|let me just|can i just|i'll just|i'll quickly) "
        r"(?:confirm|recap|read (?:that|it|this) back|run through|go over)\b"
        # the change put through, which confirms it: "I'll update the booking"
        r"|\b(?:i'll|i will|let me|i'm going to|i can) (?:just |now |quickly )?(?:update|amend)"
        r" (?:the|your) (?:booking|reservation|account|order|details|plan)\b",
    ),
    _family(
        "thanks-for-feedback",
        r"感谢您的反馈|谢谢您的反馈|谢谢您提出|谢谢您提醒",
        zh=r"(?:谢谢|感谢|多谢)(?:您|你)?(?:的)?(?:反馈|提醒|指出|提出|意见|信任|"
        r"(?:愿意)?(?:再)?给(?:我们)?(?:一次|这个)?(?:改正的?|弥补的?)?机会)"
        # her telling them thanked: 谢谢您告诉我们, 感谢您跟我们反映, 谢谢你说出来
        r"|(?:谢谢|感谢|多谢)(?:您|你)(?:及时|专门|特意|愿意)?(?:(?:告诉|提醒)(?:我们|我)|"
        r"(?:跟|向|给)(?:我们|我)(?:说|讲|反映|提)|反映|说出来|指出来)",
    ),
    _family(
        "time-lost",
        r"^您的时间$|^耽误您$|^your time$",
        # the wait owned, not only regretted: 等待这件事也是我们安排不周, 耽误了您一下午
        zh=r"耽误(?:了)?(?:您|你)|(?:您|你)的时间|白(?:白)?(?:等|跑)|"
        r"等(?:待|了)?[^，,。；;？?]{0,8}(?:是|也是|都是|怪)(?:我们|我这边|店里|诊所)"
        # the hour she waited made up for: 您等的这一个小时，我们送您一张抵用券作为补偿
        r"|等(?:的|了)?(?:这|那)?(?:一|半|两|几)?(?:个)?(?:多)?(?:小时|钟头)[^。；;？?]{0,20}(?:补偿|弥补)"
        # the length of her wait named in the apology: 真的非常抱歉，让您等了将近一个小时
        r"|(?:抱歉|对不起|不好意思|道歉)[^。；;？?]{0,6}让(?:您|你)(?:白白?)?等了[^，,。；;？?]{0,6}"
        r"(?:小时|钟头|分钟|半天|一下午|一上午)",
        en=r"\b(?:wasted|took up|cost you) (?:your|so much of your|an hour of your|half) "
        r"(?:time|afternoon|morning|evening|day)\b|\byour (?:time|afternoon|morning|evening) "
        r"(?:was|got) wasted\b"
        r"|\bsorry (?:to have kept|for keeping|we kept) you waiting (?:for )?(?:nearly |almost |over )?"
        r"(?:an hour|so long|half an hour|\w+ hours|the whole)",
    ),
    _family(
        "invite-back",
        r"下次再来|欢迎再来|欢迎您下次",
        # her next visit spoken of as welcome: 下次您来，我给您优先安排; 欢迎您常来
        zh=r"下[次回](?:您|你)?再?(?:来|过来)|欢迎(?:您|你)?(?:下[次回]|以后|常|再)(?:再)?来"
        r"|期待(?:您|你)?(?:下次|再次)?(?:光临|再来|过来)",
    ),
    _family(
        "own-cause",
        r"^原因$|安排不当",
        # the cause told as the business's own failing, no excuse: 这是我们排班没安排好
        zh=r"(?:是|因为|由于)(?:我们|我这边|我们这边|诊所|店里|公司)[^，,。；;？?]{0,8}"
        r"(?:没(?:有)?(?:安排|排|协调|沟通|处理|衔接|做|控制)好|安排不当|安排不周|疏忽|失误)",
    ),
    _family(
        "what-she-wants-done",
        r"怎么处理|想怎么",
        zh=r"(?:怎么|如何|怎样)(?:解决|处理|弥补|补偿|办)"
        r"|(?:您|你)(?:是)?(?:想|要|希望)[^。？?]{0,18}还是",
    ),
    _family(
        "appointment",
        r"^预约$",
        zh=r"预约|约(?:的是|了|在|的|上|好)",
    ),
    _family("from-now-on", r"^以后$", zh=r"以后|今后|往后|将来|从今往后"),
    # the way of working changed: 把流程改掉, "we'll change how we book" (process_changes.py)
    _family(
        "process-change",
        r"^改进$|^改善$|^流程$|^improve",
        zh=PROCESS_CHANGE["zh"].pattern,
        en=PROCESS_CHANGE["en"].pattern,
    ),
    # the business's failing owned in free words: 是我们排班没安排好 (owned_faults.py)
    _family(
        "owned-fault",
        # (not 我们的问题, tied to 再次承认问题 by its words: 我们的错 stays either half's)
        r"我们的错|是我们不对|our fault|our mistake|let you down",
        zh=OWNED["zh"].pattern,
        en=OWNED["en"].pattern,
    ),
    _family(
        "notice-ahead",
        r"提前通知|提前告知|短信通知",
        zh=r"提前[^，,。；;]{0,8}(?:通知|告知|告诉|发消息|发短信|打电话|提醒|说一声)",
    ),
    _family(
        "contact",
        r"^电话$|^联系$",
        # a phone of the learner's or one they will ring, not hers to look at: "您手机上就能看到"
        # says where the money shows, it leaves no contact
        zh=r"电话|号码|手机号|(?:我|打|拨|留|发到|联系)(?:的|个|下|您|你)?手机|微信|联系|打给我|找我",
    ),
    _family(
        "aim",
        r"想达到|^目标$",
        zh=r"(?:练|达到|变|练成|练到)[^，,。？?]{0,6}(?:什么|怎样|哪种)(?:样子?|状态|程度|效果)|"
        r"(?:什么|怎样)(?:样的)?(?:状态|身材|程度)|(?:主要|最)?(?:是)?为了什么|图(?:个)?什么|"
        r"想练(?:点|些)?(?:什么|啥|哪儿|哪里|哪些?(?:部位|地方)?)",
    ),
    _family(
        "per-period",
        r"^每天$|^平均$|^算下来$",
        zh=r"每天|每次|每个?月|每周|平均|平摊|摊(?:到|下来)|算下来|折合",
    ),
    _family(
        "what-went-wrong",
        r"^why$|^reason$|what happened|what's happened|going wrong|gone wrong",
        en=r"\bwhy\b|\bwhat(?:'s| has| is)? (?:been )?(?:happening|going on|going wrong|gone wrong|"
        r"wrong|the (?:problem|trouble|issue|matter))\b|\bwhat (?:has |'s )?(?:prompted|brought "
        r"(?:this|that) on)\b|\bwhat's prompted\b|\bwhat happened\b|\b(?:which|what) (?:bit|"
        r"part|side|one)(?: of it)? is (?:the|a|giving you) (?:problem|trouble|issue|bother)\b"
        # the reason asked by what brought her to it: "what has led you to this decision?"
        r"|\bwhat(?:'s| has| had| is)? (?:made|led|brought|pushed|driven|caused|got) you\b"
        r"|\bwhat(?:'s| is) behind\b",
    ),
    _family(
        "preferences-ask",
        r"^preferences?$|^prefer$|what matters most|what would make",
        # what she would like asked in other words: "What would matter most to you both?", "Do
        # you have a preference?", "What kind of room do you like?"
        en=r"\bwhat (?:would|will|does|do|might) (?:matter|count) (?:the )?most\b|"
        r"\bwhat matters (?:the )?most\b|\bmost important (?:to|for) (?:you|the two of you)\b|"
        r"\bdo you (?:have a )?prefer|\bany (?:particular )?"
        r"(?:preferences?|wishes)\b|\bwhat (?:kind|sort|type) of (?:room|view|bed|floor|table|seat)"
        # what she hopes for asked, or what would make her time special: "was there anything
        # you were hoping for…?", "…to make this evening feel a bit special?"
        r"|\b(?:anything|something) (?:in particular |special )?(?:you|you're|you were|you'd|you "
        r"both|the two of you) (?:were |are |'re )?(?:hoping|wishing|looking) for\b"
        r"|\bmake (?:this|the|your|tonight|it)(?: \w+)? (?:feel )?(?:a (?:bit|little) |extra |"
        r"really |even more )?special\b",
    ),
    _family(
        "purpose-ask",
        r"^purpose$|^what brings you$|^business or pleasure$|^here for$",
        # the purpose of her stay asked in other words: "Any particular reason for the trip?"
        zh=PURPOSE["zh"].pattern,
        en=PURPOSE["en"].pattern,
    ),
    _family(
        "occasion-wishes",
        r"happy anniversary|happy birthday|congratulations|纪念日快乐|生日快乐|祝您",
        # the occasion wished well in other words: "enjoy the celebration", 祝两位玩得开心
        # (the occasion named: 「祝您周末愉快，再见」 is a stock goodbye, no wish for her day)
        zh=r"(?:纪念日|生日|新婚|结婚|节日)快乐|祝(?:您|你|两位|你们|二位)[^，,。；;]{0,6}"
        r"(?:纪念日|生日|新婚|结婚|婚礼|庆祝|宝宝)[^，,。；;]{0,6}(?:快乐|愉快|开心|顺利|幸福|难忘)",
        en=r"\bhappy (?:anniversary|birthday|honeymoon)\b|\bcongratulat\w*|\benjoy (?:the|your) "
        r"(?:celebration|anniversary|birthday|honeymoon|big day|occasion|special (?:day|night|"
        r"weekend|occasion))\b|\bhave a (?:lovely|wonderful|great|happy|fantastic|brilliant) "
        r"(?:anniversary|birthday|celebration|honeymoon)\b|\bmany happy returns\b",
    ),
    _family(
        "thanks-for-staying",
        r"thanks? (?:you )?for staying",
        en=r"\bthanks?(?: you)?(?: so much| very much)? for (?:staying|sticking (?:with|around)|"
        r"giving us (?:another|a second) (?:chance|go)|your loyalty|bearing with us|remaining)",
    ),
    _family(
        "direct-contact",
        r"direct number|^call me$",
        en=r"\bdirect (?:line|number|dial)\b|\bmy (?:mobile|extension|number|email)\b|"
        r"\b(?:call|ring|email) me\b",
    ),
    _family(
        "breakfast-for-two",
        r"breakfast for two",
        en=r"\bbreakfast for (?:two|2|both of you|the two of you|you both)\b",
    ),
    _family(
        "two-pm",
        r"^2 pm$|^two pm$",
        en=r"\b(?:until|till|til|to) (?:2|two)(?: ?pm|p\.m\.| o'clock| in the afternoon)",
    ),
    _family(
        "value",
        r"^value$|^worth$|good value",
        en=r"\bvalue\b|\bworth\b|\bpays? for itself\b|\bbargain\b|\bgood deal\b|"
        r"\bfor what you get\b|\bis included\b|"
        r"\bincluded in (?:the|that|this) price\b|\bmeans (?:you (?:don't|won't|can|get)|no)\b|"
        # what part of the price an extra is worth: "breakfast for two alone would cover a good
        # part of that", "the two breakfasts on their own would come to nearly that"
        r"\b(?:alone|on (?:its|their) own) (?:would |will )?(?:cost|come to|cover|be worth|add up)"
        # or what share of it: "breakfast by itself would be a big part of that", "the two
        # breakfasts alone would be a good chunk of it", "on its own would be most of the difference"
        r"|\b(?:alone|on (?:its|their) own|by (?:itself|themselves))(?: would| will|'d| is|'s| are)?"
        r" (?:be |come to |make up |add up to )?(?:a (?:good|big|large|fair|decent) (?:part|chunk|"
        r"share|bit)|most|half|nearly|almost|the bulk)\b"
        r"|\bwould (?:cover|come to|cost you) (?:a (?:good|big) part|most|much|half|nearly|almost)\b|"
        + EVERYDAY_SPEND,
    ),
    _family(
        "one-night",
        r"^one night$",
        en=r"\b(?:just|only) (?:for )?(?:the )?(?:one|a single|saturday|friday|sunday|first|"
        r"last|tonight)(?:'s)? night\b|\bsingle night\b|\bone night\b",
    ),
    _family(
        "no-fee",
        r"without a fee|^no-fee$",
        en=r"\b(?:with|at|for) no (?:charge|fee|cost|penalty)\b|\bwithout (?:a |any )?(?:fee|"
        r"charge|penalty)\b|\b(?:fee|penalty|charge)[- ]free\b|\bwalk away free\b",
    ),
    _family(
        "rival-figure",
        r"other company|other provider|^compare$",
        zh=r"(?:隔壁|别家|那家|对面|其他(?:健身房|店|家))[^，,。；;]{0,12}\d|"
        r"\d[^，,。；;]{0,12}(?:隔壁|别家|那家|对面|其他(?:健身房|店|家))",
        en=r"\b(?:rival|competitor|other (?:company|provider|one|lot))(?:'s)?\b[^.;!?]{0,40}"
        r"(?:\d|£|\$|\ba (?:pound|dollar|euro|quid)\b)|(?:\d|£|\$|\ba (?:pound|dollar|euro|quid)\b)"
        r"[^.;!?]{0,40}\b(?:than|as) (?:the |their |what )?(?:rival|competitor|"
        r"other (?:company|provider|one|lot))",
    ),
    _family(
        "decision-ask",
        r"^shall (?:i|we)$|^would you like|^do you want|^can i go ahead$|^要不要|^(?:您看)?行吗$",
        zh=r"([办买签要订定试])(?:还是)?不\1|行不行|同不同意|愿不愿意|答不答应"
        # her decision asked politely: 那您今天要办吗？ 您这周想报名吗？
        r"|(?:要|想|打算)(?:办|买|签|订|定|报名|续|升级|换)(?:卡|了)?(?:吗|么|呢)",
        en=r"\byes or no\b|\bis (?:that|it) a yes\b|\bdo we have a deal\b|\bare you in\b|"
        r"\bready to (?:go ahead|sign|decide)\b|"
        # "Do you still want to cancel?", "Are you still planning to leave?": her decision asked
        r"\b(?:do|would) you still (?:want|like|wish) to\b|\bare you still (?:planning|going|"
        r"thinking of|looking|wanting) to\b|\bstill (?:want|planning|going) to (?:cancel|leave|"
        r"go|switch)\b|\b(?:want|take|book|go for) (?:it|the upgrade|the "
        r"offer)\b|\bwant to upgrade\b"
        # the offer named by its figure or kind: "do you want to take the 31 pound offer?"
        r"|\b(?:do|would) you (?:want|like) to (?:take|accept|go (?:ahead )?with|go for|book|"
        r"switch to|stay on)\b(?: (?:it|that|this|the|our)\b(?: [\w£$.-]+){0,3} (?:offer|deal|"
        r"plan|rate|price|upgrade|suite|option)\b| it\b)"
        # "So, suite or not?"; an act of the learner's put to her yes: "I'll just put you on it
        # now, OK?" (pushy or not, it asks)
        r"|\b[a-z]+ or not\s*\?|\b(?:i'll|i will|let me|i can) (?:just )?(?:put|move|switch|sign"
        r"|book|change|upgrade)\b[^?]{0,40},\s*(?:ok|okay|alright|all right|yeah)\s*\?",
    ),
    _family(
        "if-it-fails",
        r"if it doesn't work|doesn't get better|don't get better",
        en=r"\bif (?:it|that|things|the \w+) (?:doesn't|does not|don't|can't|cannot|won't|"
        r"isn't) (?:work|fix|help|get better|improve|sort)",
    ),
)


def families_of(keywords: list[str]) -> list[CueFamily]:
    """The families the point's keywords belong to."""
    return [f for f in FAMILIES if any(f.members.search(k) for k in keywords)]
