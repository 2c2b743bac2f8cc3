"""The session-6 trainer review as a bench set: an independent trainer wrote these eight learners
(two per shipped scenario, one good and one flawed) before any play, ran them through
`kpl practice` at e20af9d and judged every customer reply: 28 of 50 fit, 13 partly, 9 misfit
(good learners 20/3/3, flawed 8/10/6). Her lines are verbatim. Every turn carries `answer`
words (asks=False for a statement she must react to): what a fitting reply holds, so that the
share answered is the share of replies that fit. `avoid` words are the misfits she named: a
reaction to something not said (a wrong correction, a price or improvement never mentioned,
features nobody listed), or passing over an offer under her budget. `breaks` marks the
forbidden or false promises she found uncaught (a free room, a guaranteed speed, a refund
faster than the true 1-3 working days, 明天就恢复原价 pressure). Pass/fail as she judged: all
four good learners pass, all four flawed fail. Played once before any fix; fixes after it are
tuned on this set (it is no longer held out).
"""

from __future__ import annotations

from bench.practice_scripts import Turn, t

LEARNERS = ("good", "flawed")

SCRIPTS: dict[str, dict[str, list[Turn]]] = {
    "objection-handling": {
        "good": [
            t(
                "您好，我是这里的会籍顾问小陈。价格的事我们一会儿细说，我想先问问您：您这次想"
                "健身，主要想达到什么效果呢？",
                "greet|goal",
                answer="瘦|目标|身体|动一动|八斤|效果",
            ),
            t(
                "明白。那您平时工作忙吗？一般一周能抽出几天、什么时间段过来？",
                "schedule",
                answer="加班|两三次|九点|晚上|一周",
            ),
            t(
                "您之前有没有办过健身卡？后来是什么原因没坚持下去？",
                "past-card",
                answer="办过|不到十次|关门|白花",
            ),
            t(
                "这种情况很常见，不是您一个人的问题。我们店离地铁站走路3分钟，早上6点开到晚上11点，"
                "您加班到十点下班也来得及练一会儿。年卡里还包一次体测和两节私教体验课，教练会按"
                "您的减重目标帮您定计划。",
                "location-hours|matching-service",
                empathy=True,
                answer="十一点|赶得上|体测|私教|来得及",
                asks=False,
            ),
            t(
                "三千九百八确实不是小数目，我理解您的顾虑。可以分12期免息，每个月大概332元；一年"
                "还能冻结60天，出差或者忙的时候停卡，不浪费。",
                "price-concern|split-price|flexible|freeze",
                empathy=True,
                answer="分期|压力|冻结|不浪费|理解|每个月",
                asks=False,
                avoid="别乱说|到底哪个",
            ),
            t(
                "要不这样，您今天不用急着决定。我先帮您约一次免费体测，周六上午10点或者周日下午3点，"
                "您看哪个时间方便？",
                "next-step|confirm|flexible",
                answer="周六|周日|上午|下午|体测",
            ),
            t(
                "好的，那就周六上午10点。我给您留个电话，到时候直接来前台找我就行。",
                "next-step",
                answer="好|行|周六|谢谢|到时候",
                asks=False,
            ),
        ],
        "flawed": [
            t(
                "我们这年卡很划算的，您就办一张吧。",
                answer="贵|三千九|多|别催|想想",
                asks=False,
            ),
            t(
                "隔壁那家设备很旧，教练也不专业，您去了也是浪费钱。",
                answer="隔壁|别家|那家|贬低|人家",
                asks=False,
                breaks=True,
            ),
            t(
                "我们这器械都是进口的，还有游泳池、瑜伽室、动感单车、团课，什么都有。",
                answer="我用不上|用不上|跟我|关心|这么多|游泳",
                asks=False,
                avoid="体测加私教",
            ),
            t(
                "您放心，办了卡保证能瘦下来。",
                answer="保证|瘦|效果|谁能保证",
                asks=False,
                breaks=True,
            ),
            t(
                "今天办还能给您打个九折，明天就恢复原价了。",
                answer="九折|打折|明天|催|原价",
                asks=False,
                breaks=True,
            ),
            t(
                "那您到底办不办？",
                answer="想想|别催|不信|定不下来|坚持不下来|打水漂|不办",
            ),
        ],
    },
    "complaint-handling": {
        "good": [
            t(
                "李先生，真的非常抱歉，让您等了快一个小时，换了谁都会着急，这是我们的问题。",
                "apology|feelings|own-it",
                empathy=True,
                answer="知道就好|请了假|一个小时|道歉",
                asks=False,
            ),
            t(
                "我先跟您核对一下：您约的是下午两点洗牙，是哪位医生给您做的？实际几点开始看的？",
                "visit",
                answer="两点|张医生|三点",
            ),
            t(
                "我查了一下账单，洗牙200元，另外有一项120元的抛光费。医生做抛光之前有没有跟您"
                "说明过？",
                "bill",
                answer="没问|一句话|没有|没说",
            ),
            t(
                "您希望我们怎么处理比较好？",
                "wish",
                answer="退给我|说法|退|说清楚",
            ),
            t(
                "等待是因为前一位患者的根管治疗超时了，但这不是理由，我们应该提前通知您。这120元"
                "抛光费既然没有事先告知，我直接给您免掉，退款1到3个工作日回到您原来的付款账户。"
                "另外再送您一张100元的洁牙抵用券。",
                "reason|own-it|refund|voucher",
                answer="退|到账|一百二|一到三",
                asks=False,
            ),
            t(
                "您下午专门请假过来，耽误了您的时间，真是对不起。以后医生超时，我们会提前打电话"
                "通知后面的患者。下次您预约，我可以给您优先安排，或者您指定一个固定时段。",
                "feelings|improve|choice",
                empathy=True,
                answer="第一个号|提前通知|还行|优先|时段",
                asks=False,
            ),
            t(
                "那我再确认一下：退还120元抛光费，1到3个工作日到账；100元抵用券现在给您；下次预约"
                "优先安排。我是前台主管小刘，这是我的电话，退款到账前我会给您打电话跟进。谢谢您"
                "告诉我们这些，欢迎您下次再来。",
                "recap|follow-up|thanks",
                answer="好吧|行|可以|下次|谢谢",
                asks=False,
            ),
        ],
        "flawed": [
            t(
                "先生您别激动，排队是正常的，前面的病人情况复杂，我们也没办法。",
                answer="正常|没办法|激动|凭什么|不是理由|你们的问题",
                asks=False,
                avoid="张医生给我洗|快三点才叫到我",
                breaks=True,
            ),
            t(
                "抛光是医生的决定，这个我管不了，您得找医生。",
                answer="抛光|没问|管不了|一句话|找医生",
                asks=False,
                breaks=True,
            ),
            t(
                "您签字了吧？签了字就是同意了。",
                answer="签字|没签|签什么|同意",
                breaks=True,
            ),
            t(
                "那行吧，我给您退一半，60块。",
                "refund",
                answer="一半|60|六十|全退|一百二",
                asks=False,
            ),
            t(
                "退款今天就能到账。",
                answer="今天|到账|几天|确定",
                asks=False,
                breaks=True,
            ),
            t(
                "还有别的事吗？",
                answer="就这|就这样|态度|没了|算了|一百二|等的",
                avoid="每次都说改进",
            ),
        ],
    },
    "english-upsell": {
        "good": [
            t(
                "Good evening, Mr Harper, welcome to the Harbourview. After a long drive you must "
                "be ready to relax. I have your booking here: a standard city-view room for two "
                "nights.",
                "greet|booking",
                empathy=True,
                answer="two nights|relax|thanks|yes",
                asks=False,
            ),
            t(
                "Are you here for anything special this trip, or just a getaway?",
                "occasion",
                answer="anniversary|weekend|getaway|quiet",
            ),
            t(
                "Congratulations on ten years! Do you and your wife have any preferences for the "
                "room, like a view or a quiet floor?",
                "preferences",
                answer="view|quiet|not fussy",
            ),
            t(
                "Since it's your anniversary, we have a harbour-view junior suite free tonight. It "
                "comes with a bottle of sparkling wine, breakfast for two and late check-out until "
                "2 pm. Normally it's 55 dollars extra a night.",
                "suite|extras|price",
                answer="fifty-five|55|more than|sounds|harbour|breakfast",
                asks=False,
            ),
            t(
                "I understand, it's an extra cost on top of the trip. For guests celebrating an "
                "occasion we can do it for 45 dollars a night instead of 55, so 90 extra for both "
                "nights, and breakfast for two alone is worth a good part of that.",
                "concern|rate|value",
                empathy=True,
                answer="forty-five|45|closer|deal|fair|works|let's do it",
                asks=False,
                avoid="maybe fifty",
            ),
            t(
                "Would you like me to move you to the suite for both nights?",
                "decision",
                answer="yes|let's do it|okay|convinced|please",
            ),
            t(
                "Done: the harbour-view junior suite for two nights at 45 dollars extra a night, "
                "breakfast for two each morning and check-out at 2 pm. Here are your key cards. "
                "Happy anniversary to you both!",
                "details|wishes",
                answer="thank|lovely|great",
                asks=False,
            ),
        ],
        "flawed": [
            t("Name?", "greet", answer="harper"),
            t(
                "OK, standard room. Do you want to upgrade? We have a suite.",
                "upgrade",
                answer="suite|different|how much",
            ),
            t(
                "It's better. Bigger room.",
                answer="bigger|quiet|weekend|better|what else",
                asks=False,
            ),
            t(
                "It's 80 dollars more per night.",
                answer="eighty|80|too much|more than|a lot",
                asks=False,
                avoid="given a minute ago",
                breaks=True,
            ),
            t(
                "I can give it to you for free if you take it now.",
                answer="free|catch|really|for nothing",
                asks=False,
                avoid="has to do with our room",
                breaks=True,
            ),
            t(
                "So yes or no?",
                answer="yes|standard room|don't know|not sure",
                avoid="has to do with our room",
            ),
        ],
    },
    "broadband-retention": {
        "good": [
            t(
                "Hello, thanks for calling Northline, this is Sam. Can I just confirm I'm speaking "
                "with Ms Priya Shah? I can certainly help you with the cancellation.",
                "greet|acknowledge",
                answer="priya|shah|yes|name",
            ),
            t(
                "Of course, you're free to leave and I won't argue with that. May I ask what's made "
                "you decide to go?",
                "acknowledge|reason",
                answer="speed|evening|thirty|cheaper",
            ),
            t(
                "That's really frustrating, especially in the evenings. How do you use the "
                "connection, mostly for work calls?",
                "usage",
                empathy=True,
                answer="video|calls|work|clients|freez",
            ),
            t(
                "Let's fix the speed first: I can book a free engineer visit for Thursday morning "
                "to find out what's slowing your line in the evening. On price, I can put you on "
                "our loyalty price of 31 pounds a month for 12 months on the same 150 Mb plan, or "
                "the 500 Mb plan at 36 pounds a month.",
                "engineer|loyalty",
                answer="engineer|thursday|turns up",
                asks=False,
            ),
            t(
                "I understand the rival is 30 pounds. We'd be a pound more a month, and I can't "
                "promise a guaranteed speed, but the engineer will tell you what he finds. And a "
                "new 12-month contract can be cancelled within 30 days without a fee, so if the "
                "evenings don't improve you're not stuck.",
                "concern|compare|reassure|no-fee",
                empathy=True,
                answer="fair|leave|within a month|alright",
                asks=False,
            ),
            t(
                "So would you like to go ahead with the engineer visit and the 31-pound loyalty "
                "price?",
                "decision",
                answer="yes|go ahead|let's|okay|book|deal",
                avoid="if you fix the evenings",
            ),
            t(
                "Great. So: engineer visit Thursday morning, the new price of 31 pounds a month "
                "starts from your next bill, and you have 30 days to cancel free. My direct line is "
                "0800 555 0142. Thank you for staying with us, Ms Shah.",
                "next-steps|thanks",
                answer="thanks|thursday|thank",
                asks=False,
            ),
        ],
        "flawed": [
            t(
                "Why would you want to cancel? We're the best provider around.",
                "reason",
                answer="speed|evening|thirty|cheaper",
            ),
            t(
                "If you leave now there will be an early exit fee of 60 pounds.",
                answer="not true|contract|ended|free to go",
                asks=False,
                breaks=True,
            ),
            t(
                "I can guarantee you'll get the full 150 Mb every evening from now on.",
                answer="guarantee|heard that|promises|believe",
                asks=False,
                breaks=True,
            ),
            t(
                "The rival's service is terrible, you'll regret it.",
                answer="rival|their|regret|other lot",
                asks=False,
                breaks=True,
            ),
            t(
                "OK, I'll give you the loyalty price of 31 pounds. Take it or leave it.",
                "loyalty",
                answer="thirty-one|31|nearer",
                asks=False,
                breaks=True,
            ),
            t(
                "Shall I put that through?",
                "decision",
                answer="not convinced|no|not yet|what exactly|okay",
            ),
        ],
    },
}
MUST_FAIL: tuple[str, ...] = ("flawed",)
VERDICTS: dict[tuple[str, str], bool] = {
    (scenario, learner): learner == "good" for scenario in SCRIPTS for learner in LEARNERS
}
"""Whether each run should pass, as the trainer judged it (all eight agreed with the engine)."""
