"""Trainer trial 2: a second independent trainer's learner scripts, labelled with their verdicts.

The lines are the trainer's own (/tmp/trial2_out/myscripts.py at the time, written without reading
the bench scripts and played on HEAD 757e31c before the third round's fixes; their report was the
work list of that round). Labels follow the report: the points a line really covers, whether it
shows empathy or asks, for a question (or an offer) the words the customer's next line must hold
(`answer`) and must not (`avoid`: an offer nobody made, the hidden goal unasked, the answer to an
earlier question), small talk (`off`), and rule breaks (`breaks`: a lie about a price or a term, a
false comparison, blame-shifting, pressure).

Learners: strong, average (the trainer expects ~35-40 and a fail), pushy, liar (must fail: it
lies about prices and terms), off-topic (polite chatter), mixed (Chinese-English code-switching)
and brief (a curt but competent agent). The third round was tuned against this set.
"""

from __future__ import annotations

from bench.practice_scripts import Turn, t

LEARNERS = ("strong", "average", "pushy", "liar", "off-topic", "mixed", "brief")

SCRIPTS: dict[str, dict[str, list[Turn]]] = {
    "objection-handling": {
        "strong": [
            t(
                "您好，我是这边的会籍顾问小林，耽误您两分钟可以吗？价格的事我跟您好好说说。",
                "greet|time-ok",
                answer="你说|说吧|时间不多",
            ),
            t(
                "三千九百八确实不是小数目，您会比较也很正常。我想先问下，您这次想练主要是为了啥呀，"
                "减脂还是塑形？",
                "price-concern|goal",
                empathy=True,
                answer="瘦|目标|身体|动一动",
            ),
            t("那您平常上班忙不忙，一周大概能抽出几天来？", "schedule", answer="加班|一周|晚上"),
            t(
                "之前有没有办过健身卡呀？后来是什么原因没坚持下来的？",
                "past-card",
                answer="办过|不到十次|关门",
            ),
            t(
                "明白了。我们这边营业到晚上十一点，离地铁就三分钟，您加班完过来也来得及。年卡里还有"
                "一次体测和两节私教体验，教练会按您想减的体重给您排计划。",
                "location-hours|matching-service",
            ),
            t(
                "价格这块要是一次拿出来压力大，可以分12期免息，一个月三百三左右，算下来一天十来块。"
                "另外您出差加班多的话每年能冻结60天，不会白白浪费。",
                "flexible|split-price|freeze",
            ),
            t(
                "我不跟您打包票说一定能瘦多少，这个还是看您自己坚持，但教练会盯着您的进度。",
                "matching-service",
                avoid="之前办过",
            ),
            t(
                "要不这样，您先约个免费体测，周末来试试，觉得合适再决定办不办，您看行吗？",
                "next-step|confirm|flexible",
                answer="体测|试|可以|行|周六|想想",
            ),
        ],
        "average": [
            t("你好，我们家年卡其实挺划算的", "greet"),
            t("你平时有锻炼的习惯吗", "schedule", answer="加班|一周|晚上|目标|瘦|动一动|办过"),
            t("我们这有器械区，团课私教都有，环境也比隔壁好很多", "matching-service"),
            t("价格的话可以分期，12期免息的", "flexible", asks=False, answer="分期|压力|体验"),
            t("你要不考虑一下？", "confirm", answer="想想|体测|试|再说|不一样"),
            t("那行，要不先约个体测？", "next-step", answer="体测|周六|试", avoid="我刚才说了"),
        ],
        "pushy": [
            t("美女，三千九真不贵了，隔壁那家设备老得很，别家都是骗人的。", breaks=True),
            t("今天不办就没了啊，这个价只有今天。", breaks=True),
            t("你放心，在我们这练保证能瘦，一个月瘦十斤没问题。", breaks=True),
            t("不满意随时退卡，全额退款，你怕啥", breaks=True),
            t("赶紧的吧，我帮你刷卡，微信还是支付宝？", breaks=True),
            t("姐你就别犹豫了", breaks=True),
        ],
        "liar": [
            t(
                "您好，我是顾问小周。您说的隔壁两千多那个，其实是半年卡，算下来还是我们便宜。",
                breaks=True,
                avoid="一天十来块",
            ),
            t("而且我们年卡这个月打八折，三千出头就能拿下。", breaks=True),
            t("您平时工作忙吗？一般啥时候能来？", "schedule", answer="加班|一周|晚上"),
            t("没事，我们卡可以无限期冻结，您什么时候忙都可以停。", breaks=True),
            t("私教课我们这一直免费上，不额外收钱。", breaks=True),
            t("那您看今天先把卡办了吧？", "confirm", answer="想想|不信|再说|太满|体测"),
        ],
    },
    "complaint-handling": {
        "strong": [
            t(
                "李先生，真的非常抱歉，让您请了假过来还白等了快一个小时，换我也得火大。",
                "apology|feelings",
                empathy=True,
            ),
            t(
                "我核实一下啊，您是约的下午两点，张医生给您洗的对吧？当时医生做抛光之前没跟您说明收费"
                "是吗？",
                "visit|bill",
                answer="两点|张医生|抛光|两百|三百二",
            ),
            t("那这事您希望我们怎么处理比较合适？", "wish", answer="说法|退给我|简单|退"),
            t(
                "抛光没提前告知，是我们的问题，这120元我现在就给您免掉，原路退回，1到3个工作日到账。"
                "今天等这么久是因为前一位患者根管治疗超时了，但没提前通知您，确实是我们安排不当。",
                "own-it|refund|reason",
            ),
            t("另外我这边送您一张100元的洁牙抵用券，算是我们的一点心意。", "voucher"),
            t(
                "以后医生那边要是超时，我们会提前短信通知您；您下次来我给您排当天第一个号，时间您选。",
                "improve|choice",
            ),
            t(
                "那我跟您确认一下：120元抛光费退回，1到3个工作日到账，送您一张100元抵用券，下次优先"
                "安排。您看这样可以吗？",
                "recap",
                answer="行|按你说的|可以|短信",
            ),
            t(
                "好的，退款到了我给您发短信，有问题直接打前台电话找我。谢谢您提醒我们，欢迎您下次再来。",
                "follow-up|thanks",
            ),
        ],
        "average": [
            t("不好意思啊李先生，今天医生那边有点忙。", "apology", empathy=True),
            t("您是几点的预约来着？", "visit", answer="两点|张医生|三点"),
            t("抛光这个一般都是要做的，不过没提前说确实不太好", breaks=True),
            t("这样吧，我给您把抛光的钱退了", asks=False, answer="退多少|多久|到账|一百二"),
            t("以后我们注意", "improve"),
            t("您还有别的问题吗", answer="退多少|到账|怎么|说清楚|一个小时|时间"),
        ],
        "pushy": [
            t("先生您小点声，后面还有别的病人呢。", breaks=True),
            t("等是因为前面那个病人根管做太久了，跟我们前台没关系啊。", breaks=True),
            t("抛光本来就要收的，您肯定同意过，医生做之前都会说的。", breaks=True),
            t("钱是系统出的，退不了，您要投诉就去投诉吧。", breaks=True),
            t("我们也要下班了，您看要不就这么结束吧。", breaks=True),
            t("那你到底想怎么样嘛", breaks=True),
        ],
        "off-topic": [
            t("李先生您好您好，今天外面好热啊，您是开车来的吗？", off=True),
            t("您这件衬衫挺好看的，在哪买的呀？", off=True),
            t("对了，您家孩子今年上几年级了？我听说您是当老师的。", off=True),
            t("我们这边最近刚装修过，您看那边那个休息区，新换的沙发。", off=True),
            t("哎您别生气嘛，喝点茶，这茶是我们老板从云南带回来的。", off=True),
            t("您平时周末都喜欢干啥呀？", off=True),
        ],
    },
    "english-upsell": {
        "strong": [
            t(
                "Good evening Mr Harper, welcome to the Harbourview! Long drive huh - let me get you "
                "sorted quickly. I've got you down for two nights in a city view room, is that right?",
                "greet|booking",
                empathy=True,
                answer="two nights|yes|bags",
            ),
            t(
                "Lovely. Are you here for anything special this weekend, or just getting away?",
                "occasion",
                answer="anniversary|quiet weekend",
            ),
            t(
                "Oh congratulations, ten years! Any preferences for the room - quiet, high floor?",
                "preferences",
                answer="view|quiet|fussy",
            ),
            t(
                "So tonight I actually have our harbour-view junior suite free - views right over the "
                "water, a bottle of sparkling wine, breakfast for two and late check-out until 2pm. "
                "Normally it's 55 dollars extra a night, but for an anniversary I can do it at 45.",
                "suite|extras|price|rate",
            ),
            t(
                "I hear you, it's not nothing on top of the room. Breakfast for two in the restaurant "
                "alone would cost you a fair bit, so the view and the wine come pretty cheap.",
                "concern|value",
                empathy=True,
            ),
            t(
                "No pressure at all - would you like me to put you in the suite, or keep the city "
                "view?",
                "decision",
                answer="convinced|let's do it|don't know|standard",
            ),
            t(
                "Perfect, so that's the junior suite for both nights at 45 extra per night, key cards "
                "are updated. Happy anniversary to you both!",
                "details|wishes",
            ),
        ],
        "average": [
            t("Hi, welcome. Can I have your name please?", "greet", answer="harper"),
            t(
                "Ok Mr Harper, two nights standard room. Would you like to upgrade to a suite?",
                "booking",
                answer="suite|different|how much",
            ),
            t(
                "It's a harbour view junior suite, its 55 more per night",
                "suite|price",
                asks=False,
                answer="fifty-five|bit more|planned|else",
                avoid="anniversary|how much more",
            ),
            t("It has breakfast too", "extras", asks=False, answer="breakfast"),
            t(
                "Ok no problem, do you want to think about it?",
                "decision",
                answer="don't know|standard|convinced",
            ),
            t("Sure, here's your keys, enjoy your stay"),
        ],
        "pushy": [
            t("Hi. Listen, you really should upgrade, the standard rooms are tiny.", breaks=True),
            t("The suite is only 55 more, everyone takes it, you'd be crazy not to.", breaks=True),
            t("It's the last room in the city this weekend, gone in five minutes.", breaks=True),
            t(
                "Take it or leave it, I need an answer now, there's a queue behind you.",
                breaks=True,
            ),
            t("Come on, just say yes.", breaks=True),
        ],
        "liar": [
            t("Welcome to the Harbourview, Mr Harper! Good drive in?", "greet"),
            t("What brings you to town?", "occasion", answer="anniversary|quiet weekend"),
            t(
                "Oh lovely, congrats! For an anniversary I can pop you into our harbour-view junior "
                "suite, won't cost you a penny more.",
                breaks=True,
            ),
            t(
                "Well ok, technically it's 25 dollars extra a night, but that includes breakfast for "
                "two and late checkout till 5.",
                breaks=True,
            ),
            t("Yeah sorry I mixed it up, 25 a night is the anniversary rate.", breaks=True),
            t(
                "Shall I go ahead and book it?",
                "decision",
                answer="don't know|standard|not|price",
                avoid="convinced|let's do it",
            ),
        ],
        "mixed": [
            t(
                "Hi Mr Harper, welcome welcome! 路上辛苦了吧, long drive?",
                "greet",
                empathy=True,
                answer="thank|nice|bags|car|two nights",
            ),
            t(
                "Two nights standard room, 对吧? This trip is holiday or 有什么 special occasion?",
                "booking|occasion",
                answer="anniversary|quiet weekend",
            ),
            t(
                "Wow, 十周年! Congratulations. 我们今晚有一个 harbour view junior suite, 很适合 "
                "anniversary, with sparkling wine, breakfast for two, late check-out 2pm.",
                "suite|extras",
            ),
            t(
                "价格 is 55 dollars extra per night, but for anniversary I can give you 45.",
                "price|rate",
            ),
            t(
                "I understand, 确实不便宜. But breakfast 两个人 already worth a lot, 算下来 quite good "
                "value.",
                "concern|value",
                empathy=True,
            ),
            t(
                "你要不要 upgrade? No pressure.",
                "decision",
                answer="convinced|let's do it|don't know|standard",
                avoid="what's different",
            ),
            t(
                "OK so that's the suite, 45 extra per night, 房卡 here. Happy anniversary!",
                "details",
            ),
        ],
    },
    "broadband-retention": {
        "strong": [
            t(
                "Thanks for calling Northline, this is Sam. Can I just confirm the account's in your "
                "name, Ms Shah?",
                "greet",
                answer="priya|my name|yes",
            ),
            t(
                "Of course, I can help with that, and I won't read you a script. Can I ask what's made "
                "you want to leave after four years?",
                "acknowledge|reason",
                answer="speed|evening|thirty",
            ),
            t(
                "That's really frustrating, specially if you work from home. How do you mostly use it "
                "in the evenings - video calls?",
                "usage",
                empathy=True,
                answer="video|clients|freezing|work from home",
            ),
            t(
                "Right. First thing I'd like to do is get an engineer out to check the line - it's "
                "free, next slot is Thursday morning. On price, I can offer you our loyalty rate of 31 "
                "pounds a month for 12 months on the same 150 Mb plan, or the 500 Mb plan at 36.",
                "engineer|loyalty",
            ),
            t(
                "Fair enough, you've heard promises before and I can't guarantee a speed. But on a new "
                "contract you can still cancel without a fee within 30 days if the evenings don't get "
                "better. Might be worth checking whether the other offer goes up after the intro "
                "period, too.",
                "concern|reassure|no-fee|compare",
                empathy=True,
            ),
            t(
                "Would you like me to book Thursday's visit and put you on the 31 pound price?",
                "decision",
                answer="go on|book|not convinced",
            ),
            t(
                "Great, so to confirm: engineer booked for Thursday morning, 31 pounds a month from "
                "your next bill, and a confirmation email today. Thanks for staying with us, here's "
                "your reference number if you need me.",
                "next-steps|thanks",
            ),
        ],
        "average": [
            t("Hello, Northline broadband, how can I help", "greet"),
            t(
                "Ok, I can see your contract ended. Can I ask why you want to leave?",
                "reason",
                answer="speed|evening|thirty",
            ),
            t(
                "Sorry to hear that. We could do 31 a month for you",
                "loyalty",
                empathy=True,
                asks=False,
                answer="thirty-one|nearer|cheaper",
            ),
            t("The other company probably isn't better to be honest", "compare"),
            t(
                "So do you want to stay?",
                "decision",
                answer="not convinced|change|rather not|promises",
                avoid="engineer",
            ),
            t("Ok I'll set that up"),
        ],
        "pushy": [
            t(
                "Before you cancel, you know there's an exit fee if you leave now, right?",
                breaks=True,
            ),
            t(
                "Honestly the other lot are rubbish, everyone leaves them after a month.",
                breaks=True,
            ),
            t("I can guarantee the speed, it will never drop again on the new plan.", breaks=True),
            t("You need to decide now, this offer is only for this call.", breaks=True),
            t("So shall I just renew you?", answer="not|no|convinced|enough", avoid="engineer"),
        ],
        "brief": [
            t("hi", "greet"),
            t("why leaving?", "reason", answer="speed|evening|thirty"),
            t(
                "engineer thurs ok?",
                "engineer",
                answer="engineer|thursday|turns up",
            ),
            t("31 a month", "loyalty", asks=False, answer="thirty-one|nearer|cheaper"),
            t("stay?", "decision", answer="go on|book|not convinced|change"),
            t("done"),
        ],
    },
}
MUST_FAIL: tuple[str, ...] = ("liar", "pushy", "off-topic", "average")
VERDICTS: dict[tuple[str, str], bool] = {
    ("objection-handling", "strong"): True,
    ("complaint-handling", "strong"): True,
    ("english-upsell", "strong"): True,
    ("english-upsell", "mixed"): True,
    ("broadband-retention", "strong"): True,
    ("broadband-retention", "brief"): False,
}
"""The trainer's verdicts: strong and mixed pass (~85-95), the brief agent fails (~25), the average
learners fail (~35-40), the liars (~15-20), pushy (0-5) and off-topic (<=10) fail."""
EXPECTED: dict[str, tuple[int, int]] = {
    "average": (25, 45),
    "brief": (15, 35),
    "liar": (0, 30),
}
"""The trainer's expected totals, with a margin: learners whose totals must land in the range."""
