"""Scripted learners for bench/practice_quality.py, one script per learner kind and scenario.

Each turn carries labels written by hand, independent of the engine: the point tags it really
covers, whether it shows empathy or asks a question, and for a question the words the customer's
next line must hold to count as answering it. Off-topic and silent-but-polite learners say the same
things in every scenario of a language.
"""

from __future__ import annotations

from dataclasses import dataclass

LEARNERS = ("strong", "average", "natural", "weak", "pushy", "off-topic", "silent-polite")
"""`natural`: a decent learner in their own words, written as a trainer tried the customer by hand."""


@dataclass(frozen=True)
class Turn:
    """One learner line and its labels."""

    text: str
    covers: tuple[str, ...] = ()
    """Point tags the line covers (as a trainer reads it)."""
    empathy: bool = False
    asks: bool = False
    answer: tuple[str, ...] = ()
    """For a question: words of which the customer's next line must hold one (case-insensitive)."""
    avoid: tuple[str, ...] = ()
    """Words the customer's next line must not hold: an offer nobody made, the answer to an
    earlier question, a reaction to something not said."""
    off: bool = False
    """The line is small talk (an `off-topic` learner's lines are, whatever this says)."""
    breaks: bool = False
    """The line breaks a rule: a forbidden or false claim, pressure, blaming the customer."""


def t(
    text: str,
    covers: str = "",
    *,
    empathy: bool = False,
    answer: str = "",
    asks: bool | None = None,
    avoid: str = "",
    off: bool = False,
    breaks: bool = False,
) -> Turn:
    """A turn; `covers`, `answer` and `avoid` are `|`-separated. A turn with an `answer` asks,
    unless `asks=False` says it is a statement the customer's line must react to (an offer)."""
    answers = tuple(a for a in answer.split("|") if a)
    return Turn(
        text=text,
        covers=tuple(c for c in covers.split("|") if c),
        empathy=empathy,
        asks=bool(answers) if asks is None else asks,
        answer=answers,
        avoid=tuple(a for a in avoid.split("|") if a),
        off=off,
        breaks=breaks,
    )


OFF_TOPIC_ZH = [
    t("今天天气真不错，您周末一般去哪儿玩？"),
    t("您这个包挺好看的，在哪儿买的？"),
    t("最近那部电视剧您看了吗？挺火的。"),
    t("我昨天去吃了一家火锅，味道特别好。"),
    t("您是本地人吗？口音听着不太像。"),
    t("对了，您喜欢喝咖啡还是喝茶？"),
    t("我家猫最近特别调皮，天天拆家。"),
]
SILENT_ZH = [
    t("好的。"),
    t("嗯嗯，明白了。"),
    t("您说得对。"),
    t("好的，谢谢。"),
    t("嗯，是的。"),
    t("明白，您说得有道理。"),
]
OFF_TOPIC_EN = [
    t("Lovely weather today, isn't it? Did you catch the football last night?"),
    t("I really like your jacket, where did you get it?"),
    t("Have you seen the new superhero movie? Everyone's talking about it."),
    t("My cousin just got a puppy, it's adorable."),
    t("Do you listen to any podcasts?"),
    t("I had the best pizza yesterday at a place downtown."),
    t("Are you a cat person or a dog person?"),
]
SILENT_EN = [
    t("Okay."),
    t("Sure, I see."),
    t("Right, thank you."),
    t("Of course."),
    t("Yes, absolutely."),
    t("Thanks, that makes sense."),
]

SCRIPTS: dict[str, dict[str, list[Turn]]] = {
    "objection-handling": {
        "strong": [
            t(
                "您好，欢迎光临，我是会籍顾问小李。感谢您过来了解，方便聊几分钟吗？",
                "greet|time-ok",
                answer="你说|说吧|时间不多",
            ),
            t(
                "非常理解您的顾虑，三千九百八确实不是小数目。想问一下，您健身主要想达到什么目标？",
                "price-concern|goal",
                empathy=True,
                answer="瘦|目标|身体|动一动",
            ),
            t(
                "明白了。您平时工作忙吗？一周大概有几天、几点能过来锻炼？",
                "schedule",
                answer="加班|一周|晚上|九点",
            ),
            t(
                "您以前办过健身卡吗？当时为什么没坚持下来？",
                "past-card",
                answer="办过|不到十次|关门|白花",
            ),
            t(
                "换作是我也会担心钱又白花。针对您减脂的目标，我们先给您做一次体测，再配两节私教体验课，"
                "教练按您的情况定计划。",
                "matching-service",
                empathy=True,
            ),
            t(
                "我们离地铁站步行三分钟，营业到晚上11点，您加班后也赶得上；出差的话每年还能冻结60天，不浪费。",
                "location-hours|freeze",
            ),
            t(
                "算下来每天不到11块钱，还可以分12期免息，每个月三百多。您也可以先体验一次再决定。",
                "split-price|flexible",
            ),
            t(
                "综合您刚才说的情况，分期办年卡最适合您。我先帮您预约一次体测，您看周六上午可以吗？",
                "summary|next-step|confirm",
                answer="周六|体测|可以|行|具体",
            ),
        ],
        "average": [
            t("您好，我是这里的会籍顾问。", "greet"),
            t("我们年卡包含体测和两节私教体验课，很超值的。", "matching-service"),
            t("您平时什么时候有时间来锻炼？", "schedule", answer="加班|一周|晚上"),
            t("理解，价格确实不便宜，不过可以分期免息。", "price-concern|flexible", empathy=True),
            t("我们营业到晚上11点，离地铁也近。", "location-hours"),
            t("那您看要不要今天先办一张？", "next-step|confirm", answer="体测|办|想想|具体|周六"),
        ],
        "natural": [
            t("王女士您好，我是小张。", "greet"),
            t("您觉得贵主要是跟隔壁比吗？", answer="隔壁|两千"),
            t("我们跟隔壁不一样的地方是营业时间长，晚上十一点才关门。", "location-hours"),
            t("您一般几点下班呀？", "schedule", answer="加班|九点|晚上"),
            t("您之前为什么没坚持？", "past-card", answer="办过|不到十次|关门"),
            t("您最想改善的是什么？", "goal", answer="瘦|目标|身体|动一动"),
            t("分期的话每月三百三左右，您看可以接受吗？", "flexible|confirm", answer="分期|压力"),
        ],
        "weak": [
            t("我们这是全市最好的健身房。"),
            t("年卡就是这个价，不讲价的。"),
            t("您要是嫌贵就去隔壁吧。"),
            t("反正办了不亏。"),
            t("您到底办不办？"),
            t("嗯。"),
        ],
        "pushy": [
            t("您好，我们今天有活动，今天不办就没了！"),
            t("保证一个月瘦十斤，包瘦，您赶紧办吧。"),
            t("您想减肥吧？我一看就知道。", answer="目标|瘦|身体|动一动"),
            t("隔壁那家很差，别家都是骗人的。"),
            t("别犹豫了，马上下单，明天就涨价了！！！"),
            t("不满意全退，随时退卡，您放心。"),
        ],
        "off-topic": OFF_TOPIC_ZH,
        "silent-polite": SILENT_ZH,
    },
    "complaint-handling": {
        "strong": [
            t(
                "李先生，非常抱歉让您久等了，您下午还特意请了假过来，换作是我也会着急。",
                "apology|feelings",
                empathy=True,
            ),
            t(
                "我先核实一下：您约的是下午两点，是哪位医生给您看的？大概几点开始的？",
                "visit",
                answer="两点|张医生|三点",
            ),
            t(
                "抛光之前医生有没有跟您说明收费？我看一下账单明细。",
                "bill",
                answer="抛光|没问|两百|三百二",
            ),
            t("这件事您希望我们怎么处理？", "wish", answer="退|说法|不想闹"),
            t(
                "确实是我们的问题：前一位患者的根管治疗超时了，我们没有提前通知您，这不是借口。",
                "reason|own-it",
                empathy=True,
            ),
            t(
                "没有事先告知的120元抛光费我们全部免除，退款1到3个工作日到账；另外送您一张100元的洁牙抵用券。",
                "refund|voucher",
            ),
            t(
                "以后治疗超时我们会提前短信通知后面的患者；下次您预约，我给您优先安排第一个号，您看可以吗？",
                "improve|choice",
                answer="第一个号|还行|按你说的|行",
            ),
            t(
                "我确认一下方案：免除120元抛光费、送100元抵用券、下次优先安排。退款到账后我给您发短信，"
                "有问题直接打我电话。感谢您的反馈，欢迎您下次再来。",
                "recap|follow-up|thanks",
            ),
        ],
        "average": [
            t("不好意思，让您久等了。", "apology", empathy=True),
            t("您是预约几点的？", "visit", answer="两点|三点|张医生"),
            t("抛光是医生做的，收费是按规定来的。"),
            t("那这样吧，抛光费给您退了，三个工作日内到账。", "refund"),
            t("以后我们会注意的。", "improve"),
            t("还有别的问题吗？", asks=True),
        ],
        "natural": [
            t("真对不起，让您白等了快一个小时。", "apology", empathy=True),
            t("您能跟我说说当时是什么情况吗？", "visit", answer="两点|张医生|三点"),
            t("抛光这个项目，医生事先跟您说过吗？", "bill", answer="抛光|没问|两百"),
            t(
                "我们这边确实没做好，抛光费给您退掉，三个工作日内到账。",
                "refund|own-it",
                empathy=True,
            ),
            t("您对这个处理满意吗？", asks=True),
            t("以后医生超时我们会提前给后面的患者打电话。", "improve"),
            t("下次我给您安排第一个号。", "choice"),
            t("那我再确认一下：退120，下次优先，退款到了我短信通知您。", "recap|follow-up"),
        ],
        "weak": [
            t("排队是正常的，大家都在等。"),
            t("这个收费是医生定的，跟我没关系。"),
            t("抛光也是为您好。"),
            t("您要不满意可以去别家。"),
            t("嗯。"),
            t("那您想怎么样？", "wish", answer="退|说法|不想闹"),
        ],
        "pushy": [
            t("先生您别激动，听我说！！！"),
            t("都是医生的问题，不关我们前台的事。"),
            t("钱已经收了，您必须先付清。"),
            t("您是不是记错了？医生肯定说过。"),
            t("您要投诉就去投诉吧，投诉也没用。"),
            t("以后全部免费，保证以后不会再等了，行了吧？"),
        ],
        "off-topic": OFF_TOPIC_ZH,
        "silent-polite": SILENT_ZH,
    },
    "english-upsell": {
        "strong": [
            t(
                "Good evening, Mr Harper, welcome to the Harbourview! I have your reservation here for "
                "two nights. After a long drive you must be tired.",
                "greet|booking",
                empathy=True,
            ),
            t(
                "Are you celebrating anything special this weekend, or is it a business trip?",
                "occasion",
                answer="anniversary",
            ),
            t(
                "How lovely! Do you have any preference for the room, a view or somewhere quiet?",
                "preferences",
                answer="view|quiet|fussy",
            ),
            t(
                "For your anniversary, our harbour-view junior suite would be perfect: it comes with a "
                "bottle of sparkling wine.",
                "suite",
            ),
            t("It also includes breakfast for two and late check-out until 2 pm.", "extras"),
            t("It's 55 dollars extra per night.", "price"),
            t(
                "I understand, that's a fair concern. Breakfast alone would be worth about 30 dollars "
                "for two, and for guests celebrating an occasion I can offer a special rate of 45 "
                "dollars a night.",
                "concern|value|rate",
                empathy=True,
            ),
            t(
                "Would you like me to go ahead with the suite at 45 a night?",
                "decision",
                answer="let's do it|convinced|alright|okay",
            ),
            t(
                "So that's the harbour-view suite for two nights at 45 extra, here are your updated key "
                "cards. Happy anniversary, enjoy your stay!",
                "details|wishes",
            ),
        ],
        "average": [
            t("Hello, welcome to the hotel. Your room is ready.", "greet"),
            t("Is this a business trip or a holiday?", "occasion", answer="anniversary"),
            t("We have a suite with a harbour view available tonight.", "suite"),
            t("It costs 55 dollars extra per night.", "price"),
            t("I see. It's a good room though."),
            t(
                "Would you like to upgrade?",
                "decision",
                answer="let's do it|convinced|alright|okay|fine",
            ),
        ],
        "natural": [
            t("Welcome to the Harbourview, Mr Harper. How was the drive?", "greet", asks=True),
            t("What brings you here this weekend?", "occasion", answer="anniversary"),
            t(
                "Congratulations! We have a suite with a harbour view free tonight, would you like "
                "to hear about it?",
                "suite",
                answer="sounds nice|how much",
            ),
            t("It's 55 a night more, and breakfast is included.", "price|extras"),
            t("I hear you. For anniversaries we can do 45.", "concern|rate", empathy=True),
            t("Great, shall I go ahead?", "decision", answer="let's do it|convinced|alright"),
        ],
        "weak": [
            t("Name?"),
            t("Room 412. The lift is over there."),
            t("We also have suites, they are more expensive."),
            t("Do you want it or not?"),
            t("Okay."),
            t("Next, please."),
        ],
        "pushy": [
            t("Welcome! You must take our suite upgrade, last chance, it's today only!"),
            t("It's the last room in the city, gone in five minutes!!!"),
            t("Free upgrade, no extra charge... well, just 55 a night. Sign now."),
            t("You need to buy it, decide right now."),
            t("Take it or leave it."),
            t("Is it an anniversary? Then you must take it.", "occasion", answer="anniversary"),
        ],
        "off-topic": OFF_TOPIC_EN,
        "silent-polite": SILENT_EN,
    },
    "broadband-retention": {
        "strong": [
            t(
                "Good morning, thank you for calling Northline. I'm sorry to hear you want to leave, "
                "but I can help with that. Can I confirm your account name first?",
                "greet|acknowledge",
                empathy=True,
                answer="priya|account",
            ),
            t(
                "Of course. May I ask what made you want to leave us after four years?",
                "reason",
                answer="speed|evening|thirty",
            ),
            t(
                "That must be frustrating. How do you use the connection in the evenings, is it for "
                "work?",
                "usage",
                empathy=True,
                answer="video calls|work from home|freezing",
            ),
            t(
                "Let me book a free engineer visit to look at the line; the next slot is Thursday "
                "morning.",
                "engineer",
            ),
            t(
                "I can also offer you the loyalty price of 31 pounds a month for 12 months on the same "
                "plan, or the 500 Mb plan at 36.",
                "loyalty",
            ),
            t(
                "And if it's still slow after the visit, you can cancel without a fee within 30 days.",
                "no-fee",
            ),
            t(
                "That's fair, I hear you. Their 30 pounds is an introductory price: after the first six "
                "months it goes up, and there's a setup fee. You'll also get the engineer's report, so "
                "it stays your choice.",
                "concern|compare|reassure",
                empathy=True,
            ),
            t(
                "Shall I go ahead, book Thursday and move you to 31 pounds a month?",
                "decision",
                answer="go on|book|yes|okay",
            ),
            t(
                "To confirm: the engineer is booked for Thursday morning and the new price starts from "
                "your next bill; I'll send a confirmation email. Thank you for staying with us, and "
                "here is my direct number.",
                "next-steps|thanks",
            ),
        ],
        "average": [
            t("Hello, can I have your account name?", "greet", answer="priya|account"),
            t("Why do you want to cancel?", "reason", answer="speed|evening|thirty"),
            t("We can offer a loyalty price of 31 pounds a month.", "loyalty"),
            t("Our speeds are good, maybe it's your router."),
            t("The other provider will probably put the price up later."),
            t("So do you want to stay?", asks=True),
        ],
        "natural": [
            t(
                "Hi Priya, I'm sorry you're unhappy. What's been going wrong?",
                "reason",
                empathy=True,
                answer="speed|evening",
            ),
            t("How often does it drop?", answer="freezing|evening|speed"),
            t("Do you have kids streaming in the evening?", "usage", answer="work from home|video"),
            t("I can send an engineer on Thursday to check the line.", "engineer"),
            t("Would 31 a month work for you?", "loyalty", answer="thirty-one|nearer|cheaper"),
            t("Their price goes up after six months, you know.", "compare"),
            t("Shall I book it?", "decision", answer="go on|book"),
        ],
        "weak": [
            t("Account number?"),
            t("If you cancel there will be a cancellation fee."),
            t("Everyone has slow evenings, it's normal."),
            t("We don't match other providers."),
            t("Okay, so you want to cancel?", asks=True),
            t("Fine."),
        ],
        "pushy": [
            t("You can't leave, there's an exit fee!!!"),
            t("I can guarantee the speed, it will never drop again."),
            t("The other company? They're rubbish, everyone leaves them."),
            t("You must decide right now, this offer is today only."),
            t("Just sign the new contract, stop thinking about it."),
            t("Why would you leave? Hurry, the offer ends now.", "reason", answer="speed|evening"),
        ],
        "off-topic": OFF_TOPIC_EN,
        "silent-polite": SILENT_EN,
    },
}
