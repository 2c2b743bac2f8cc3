"""The fourth held-out practice set: eight learners, two per scenario, written by a trainer's
reading of the scenarios before the reply engine was read (session 6), committed before it was
first played. They aim at the customer's listening: learners who give facts before she asks and
then ask a follow-up, who name times, days and amounts, who offer a slot she must take or
counter. A question's `answer` words are what a fitting reply must hold; `avoid` words are what
she must not say then (asking for what she was just told, a scripted line on another time).
Labels as in bench/practice_scripts_trial2.py; pass/fail judged by its writer beforehand.

- objection-handling, `upfront`: names the price worry at once, gives the hours and the freeze
  before being asked, offers the instalments with the monthly figure and a Sunday-afternoon
  fitness test: should pass;
- objection-handling, `lecturer`: one question, then a stream of facts, the trainer's answer to
  the personal-training worry before she raises it, and a sign-up push: must fail;
- complaint-handling, `fixer`: apologises, gives the refund with amount and days before he asks,
  asks what else he needs, the voucher, a first-of-the-day slot, recaps: should pass;
- complaint-handling, `checker`: tells him what the records say and asks him to confirm, asks
  about the polishing, what he wants, refunds with the time, asks if that is acceptable, the
  call-ahead rule: should pass;
- english-upsell, `quoter`: asks the occasion, then the whole offer with its price at once, asks
  whether it is worth it, the value of breakfast, asks for the decision: should pass;
- english-upsell, `one-nighter`: asks purpose and preference, offers the price and the occasion
  rate, answers the concern, proposes the suite for tonight only: should pass;
- broadband-retention, `slotter`: asks why, how she uses it, offers the engineer with a time
  window and asks if it suits, the loyalty price, the rival's rise, the 30 days, books: should pass;
- broadband-retention, `two-offers`: asks why and when it gets bad, gives both plans with their
  prices before she asks what it costs, asks which she prefers: should pass.
"""

from __future__ import annotations

from bench.practice_scripts import Turn, t

LEARNERS = (
    "upfront",
    "lecturer",
    "fixer",
    "checker",
    "quoter",
    "one-nighter",
    "slotter",
    "two-offers",
)

SCRIPTS: dict[str, dict[str, list[Turn]]] = {
    "objection-handling": {
        "upfront": [
            t(
                "王女士您好，我是这儿的会籍顾问小周。三千九百八我知道听着不少，您先别急着走，"
                "咱们聊两分钟？",
                "greet|time-ok|price-concern",
                empathy=True,
                answer="说吧|你说|时间不多|行|两分钟",
            ),
            t(
                "您平时一般几点下班？我们这边开到夜里十一点，从地铁口走过来三分钟。",
                "schedule|location-hours",
                answer="加班|九点|下班|晚上",
            ),
            t(
                "那以前办卡的时候，是什么原因没坚持下来呢？",
                "past-card",
                answer="办过|不到十次|关门|白花|赶不上",
            ),
            t(
                "这样的话您加班完九点半过来也来得及。出差多的话，年卡每年还能冻结六十天。",
                "location-hours|freeze",
            ),
            t(
                "费用上可以分12期免息，一个月大概三百三十二，您看这样压力会不会小一点？",
                "flexible|split-price",
                answer="分期|压力|免息|每个月|三百|小多了|还是",
                avoid="每个月多少钱",
            ),
            t(
                "要不这周日下午三点，您先过来做个免费体测，体验完再决定办不办，可以吗？",
                "next-step|confirm|flexible",
                answer="周日|三点|星期天|礼拜天|那天",
            ),
        ],
        "lecturer": [
            t("您好，欢迎来动力健身，我是顾问小孙。", "greet"),
            t("您办卡主要是想减肥还是练体能？", "goal", answer="瘦|目标|动一动|身体|八斤"),
            t(
                "我们年卡含一次体测和两节私教体验课，体验课上完不想买私教也完全没关系，"
                "不会有人追着您推销。",
                "matching-service",
                avoid="又要推销|推销私教课",
            ),
            t(
                "器械是今年新换的，淋浴间也重新装修了，环境在这一片是最好的。",
            ),
            t(
                "价格已经很实在了，三千九百八一年，您今天定下来吧，我现在就给您开单。",
                "next-step",
                breaks=True,
            ),
            t(
                "您还犹豫什么呢？",
                answer="贵|想想|定不下来|坚持|打水漂|别催",
            ),
        ],
    },
    "complaint-handling": {
        "fixer": [
            t(
                "李先生，真对不起，让您白等了快一个小时，下午还是专门请假来的吧？",
                "apology|feelings",
                empathy=True,
                answer="请了假|请假|白白|一个小时",
            ),
            t(
                "抛光这120元是我们没提前跟您说，这笔钱不该收，我现在就给您原路退回，"
                "三个工作日内到账。",
                "refund|bill|own-it",
                avoid="退多少|多久能到账|凭什么收",
            ),
            t(
                "除了退款，您还有别的需要我们处理的吗？",
                "wish",
                answer="等|时间|说法|没别的|就这些|一个小时|不想闹|提前",
                avoid="退多少|多久能到账|凭什么收",
            ),
            t(
                "今天是前面一位病人的根管做得久了，我们前台没有及时通知您，这是我们的问题。",
                "reason|own-it",
            ),
            t("为了表示歉意，再送您一张100元的洁牙抵用券，下次来直接抵。", "voucher"),
            t(
                "您下次预约，我给您排当天第一个号，您一般周几方便？",
                "choice",
                answer="周|星期|礼拜|第一个号|上午|下午|都行|请假",
            ),
            t(
                "那就这么定：120元三个工作日内退回，抵用券给您，下次第一个号。您看可以吗？",
                "recap",
                answer="可以|行|好|就这样|按你说的",
                avoid="退多少|多久能到账|说清楚",
            ),
        ],
        "checker": [
            t("李先生您好，我是前台主管小陈，今天给您添麻烦了，实在不好意思。", "greet|apology"),
            t(
                "我看了一下记录，您约的两点，张医生前面一位根管治疗拖到了两点四十多，"
                "您是两点五十才进去的，对吧？",
                "visit|reason",
                answer="对|是|没错|两点五十|快三点",
            ),
            t(
                "抛光这个项目，医生做之前有没有问过您的意见？",
                "bill",
                answer="没问|一句话|没有|直接就",
            ),
            t(
                "这确实是我们没告知，抛光费不该收。您今天希望我们怎么处理？",
                "own-it|bill|wish",
                answer="退|说法|说清楚|不想闹",
            ),
            t(
                "好的，这120元给您退掉，一般1到3个工作日到账，到账了我发短信告诉您。",
                "refund|follow-up",
                avoid="退多少|多久能到账",
            ),
            t(
                "退款这样处理，您看行吗？",
                "recap",
                answer="行|可以|好|按你说的|收到",
                avoid="退多少|多久能到账|说清楚",
            ),
            t(
                "以后医生那边超时超过二十分钟，我们会提前打电话通知候诊的患者，您看这样可以吗？",
                "improve",
                answer="提前|通知|可以|行|做到|打电话",
            ),
            t("谢谢您跟我们反馈这些，欢迎您下次再来。", "thanks"),
        ],
    },
    "english-upsell": {
        "quoter": [
            t(
                "Evening, Mr Harper, welcome to the Harbourview. Two nights in a city-view room, "
                "is that right?",
                "greet|booking",
                answer="two nights|yes|that's right|right",
            ),
            t(
                "Lovely. Are you celebrating anything this weekend?",
                "occasion",
                answer="anniversary|tenth|quiet weekend",
            ),
            t(
                "Congratulations! Tonight our harbour-view junior suite is free: it's 45 dollars "
                "a night extra at our occasion rate, with sparkling wine, breakfast for two and "
                "check-out at 2 pm.",
                "suite|price|extras|rate",
                avoid="how much|what's different|what else comes",
            ),
            t(
                "Would that be worth it for you?",
                answer="worth|forty-five|45|fifty|closer|budget|more than",
                avoid="how much",
            ),
            t(
                "If it helps, breakfast for two on its own would be about 30 dollars a morning.",
                "value",
            ),
            t(
                "Shall I put you in the suite for both nights?",
                "decision",
                answer="yes|let's do it|convinced|go ahead|standard|not sure|don't know|okay",
                avoid="how much|is the room ready",
            ),
            t(
                "Lovely, so that's the junior suite for two nights at 45 extra, and here are your "
                "keys. Happy anniversary!",
                "details|wishes",
            ),
        ],
        "one-nighter": [
            t(
                "Hello and welcome, Mr Harper. A long drive, I bet, so let's get you settled "
                "quickly.",
                "greet|booking",
                empathy=True,
            ),
            t(
                "What brings you to the harbour this weekend?",
                "occasion",
                answer="anniversary|quiet weekend|tenth",
            ),
            t(
                "Do you two prefer a quiet room, or one with a view?",
                "preferences",
                answer="view|quiet|not fussy",
            ),
            t(
                "Then our harbour-view junior suite would suit you: quiet, a view of the water, "
                "and a bottle of sparkling wine waiting.",
                "suite",
            ),
            t(
                "It's normally 55 dollars a night more, but since it's your anniversary I can "
                "do 45.",
                "price|rate",
                answer="45|forty-five|fifty|bit more|closer|worth|more than",
                asks=False,
                avoid="how much",
            ),
            t(
                "I understand it's more than you planned. Breakfast for two is included and you "
                "can check out as late as 2 pm, so Sunday morning is yours.",
                "concern|extras|value",
                empathy=True,
                avoid="what else comes|is it included",
            ),
            t(
                "Would you like to try it just for tonight and decide about tomorrow over "
                "breakfast?",
                "decision|rate",
                answer="tonight|one night|yes|okay|let's|fine|sure|standard|deal",
            ),
            t(
                "Perfect, so that's the suite for tonight at 45 extra; I'll update your key cards. "
                "Enjoy your anniversary!",
                "details|wishes",
            ),
        ],
    },
    "broadband-retention": {
        "slotter": [
            t(
                "Good afternoon, Northline, you're speaking to Sam. I can help with the "
                "cancellation. May I ask what's made you decide to go?",
                "greet|acknowledge|reason",
                answer="speed|evening|thirty|slow",
            ),
            t(
                "That's really frustrating, especially if you need it in the evenings. Is it "
                "for work?",
                "usage",
                empathy=True,
                answer="work|video|clients|freezing",
            ),
            t(
                "I'd like an engineer to check your line. The first slot is Thursday morning, "
                "between 8 and 12. Would that work for you?",
                "engineer",
                answer="thursday|morning|fine|works|turns up",
            ),
            t(
                "On the price, I can move you to our loyalty rate: 31 pounds a month for 12 "
                "months, same plan.",
                "loyalty",
                answer="31|thirty-one|nearer|cheaper|closer",
                asks=False,
                avoid="what would it cost|what exactly are you offering",
            ),
            t(
                "I know 31 isn't 30. But their 30 is an introductory price; it goes up after "
                "six months, and there's a setup fee.",
                "concern|compare",
                avoid="what would it cost",
            ),
            t(
                "And if the evenings aren't fixed, you can still cancel in the first 30 days at "
                "no charge.",
                "reassure|no-fee",
            ),
            t(
                "So, shall I book Thursday and switch you to 31 from your next bill?",
                "decision",
                answer="go on|book|yes|not convinced|okay",
            ),
            t(
                "Done: the engineer is booked for Thursday morning, 31 a month from your next "
                "bill, and a confirmation email is on its way. Thank you for staying with us.",
                "next-steps|thanks",
            ),
        ],
        "two-offers": [
            t(
                "Hi Ms Shah, thanks for calling Northline. Before we cancel anything, could I ask "
                "what's gone wrong?",
                "greet|reason",
                answer="speed|evening|thirty|slow",
            ),
            t(
                "When does it get bad, and what are you doing online then?",
                "usage",
                answer="evening|video|calls|clients|freezing",
            ),
            t(
                "Sorry, that must be awful with clients waiting. Our 500 Mb plan is 36 a month "
                "and copes far better in the evening. Would that help?",
                "loyalty",
                empathy=True,
                answer="36|thirty-six|faster|more than|fixes",
                avoid="what would it cost|what exactly are you offering",
            ),
            t(
                "If price matters more, I can keep you on 150 Mb at 31 a month for a year instead.",
                "loyalty",
                answer="31|thirty-one|nearer|cheaper|closer",
                asks=False,
                avoid="what would it cost",
            ),
            t(
                "Either way I'll send an engineer to test the line, first slot Thursday morning.",
                "engineer",
            ),
            t(
                "Which of the two would you like to go with?",
                "decision",
                answer="31|36|thirty|go on|not convinced|book|faster|cheaper",
            ),
            t(
                "Great. You'll get an email confirming it, and you can still cancel free within "
                "30 days if the evenings don't improve.",
                "next-steps|no-fee|reassure",
            ),
        ],
    },
}
MUST_FAIL: tuple[str, ...] = ("lecturer",)
VERDICTS: dict[tuple[str, str], bool] = {
    ("objection-handling", "upfront"): True,
    ("objection-handling", "lecturer"): False,
    ("complaint-handling", "fixer"): True,
    ("complaint-handling", "checker"): True,
    ("english-upsell", "quoter"): True,
    ("english-upsell", "one-nighter"): True,
    ("broadband-retention", "slotter"): True,
    ("broadband-retention", "two-offers"): True,
}
"""Whether each run should pass, judged before it was played."""
