"""The session-8 customer review as a bench set: eight new learners, two per shipped scenario,
written before any session-8 fix to the customer and played once as written. They reproduce, in
new words, what a fresh trainer found:

- `service`: the service moves of the trade, not small talk: a card or ID asked for, a deposit,
  加个微信, a signature, a membership or account number, an email for the confirmation; mixed
  with two-question turns (she must answer both) and offers (she must react to the offer made);
- `offers`: offers put in the learner's own words (send someone round to test the line, 停卡 for
  the freeze), a choice question, an offer with a question after it, 账单上哪一项 for the fee.

A turn's `answer` words are what a fitting reply holds (for a turn of two questions, the words of
either; BOTH lists each question's words, and bench/practice_scripts_review8c_fit.py counts such
a turn fit only when every question is answered); `avoid` words are what she must not say then:
the off-topic rebuke or a deflection to an on-topic line, "What exactly are you offering me?" after
an offer, a story nobody asked for. No pass/fail verdicts: the set measures her replies.
"""

from __future__ import annotations

from bench.practice_scripts import Turn, t

LEARNERS = ("service", "offers")

_ZH_GYM = "有什么关系|扯|先不说了|没说到我关心"
_ZH_CLINIC = "扯别的|你问我干什么|先不说了|有什么关系"
_EN_HOTEL = "not sure i follow|to do with|keep it simple|not get into|doesn't matter"
_EN_LINE = "got to do with|rather not go into|not really why|exactly are you offering|not get into"

SCRIPTS: dict[str, dict[str, list[Turn]]] = {
    "objection-handling": {
        "service": [
            t(
                "您好王女士，我是会籍顾问小林。理解，三千九百八确实不便宜。您方便加个微信吗？"
                "我把课表和分期方案发您看看。",
                "greet|price-concern",
                empathy=True,
                answer="微信|加吧|扫|不用加|先不加",
                avoid=_ZH_GYM,
            ),
            t(
                "您这次主要想练出什么效果？一般下班都几点呀？",
                "goal|schedule",
                answer="瘦|目标|身体|动一动|斤|加班|九点|晚上|下班|有空",
                avoid=_ZH_GYM,
            ),
            t(
                "我们营业到晚上十一点，离地铁站也就三分钟，您九点下班过来也来得及。",
                "location-hours",
                answer="十一点|赶得上|来得及|加班完",
                asks=False,
                avoid=_ZH_GYM,
            ),
            t(
                "年卡可以分12期免息，每个月三百三左右。您之前办过健身卡吗？",
                "flexible|past-card",
                answer="分期|压力|免息|三百|办过|十次|荒废|白花",
                avoid=_ZH_GYM,
            ),
            t(
                "您要是今天定，可以先交两百定金，周末来做体测的时候再补齐，您看行吗？",
                "next-step|confirm",
                answer="定金|两百|体测|再想想|周六|周末",
                avoid=_ZH_GYM,
            ),
            t(
                "没关系，不交定金也行。我先帮您登记个体测预约，麻烦把手机号报给我一下？",
                "next-step",
                answer="手机|号码|电话",
                avoid=_ZH_GYM,
            ),
        ],
        "offers": [
            t(
                "王女士，您先别走，我是这儿的顾问小周。隔壁那家我不评价，咱们这儿早上六点开到晚上"
                "十一点，地铁出来走三分钟就到。",
                "greet|location-hours",
                answer="十一点|赶得上|加班|晚上",
                asks=False,
                avoid=_ZH_GYM,
            ),
            t(
                "您是担心价格，还是担心办了卡坚持不下来？",
                "price-concern|past-card",
                answer="坚持|打水漂|不去|白花|都有|贵|三千九|多",
                avoid=_ZH_GYM,
            ),
            t(
                "要是怕坚持不下来，您可以先免费来体验一次，再决定办不办。",
                "flexible",
                answer="体验|试|先来|可以",
                asks=False,
                avoid=_ZH_GYM + "|分期",
            ),
            t(
                "另外年卡每年可以冻结60天，出差的时候不浪费。您平时出差多吗？",
                "freeze|schedule",
                answer="冻结|不浪费|六十天|出差|加班",
                avoid=_ZH_GYM,
            ),
            t(
                "那我先帮您约周六上午的免费体测，您看几点方便？",
                "next-step|confirm",
                answer="周六|上午|点|有空",
                avoid=_ZH_GYM,
            ),
        ],
    },
    "complaint-handling": {
        "service": [
            t(
                "李先生，非常抱歉让您白等了快一个小时，换谁都会火大。麻烦您把就诊卡给我一下，"
                "我调一下今天的记录。",
                "apology|feelings",
                empathy=True,
                answer="卡|给你|拿去|查",
                avoid=_ZH_CLINIC,
            ),
            t(
                "我看到了，您约的是两点，张医生的号。账单上哪一项您觉得不对？",
                "visit|bill",
                answer="抛光|一百二|120|三百二",
                avoid=_ZH_CLINIC + "|快三点才叫到我",
            ),
            t(
                "这个抛光费我给您免了，120元原路退回，一到三个工作日到账；另外再送您一张100元的"
                "洁牙抵用券。",
                "refund|voucher",
                answer="退|到账|工作日|抵用券|券|心意",
                asks=False,
                avoid=_ZH_CLINIC,
            ),
            t(
                "退款需要您在这张单子上签个字，您看一下金额对不对？",
                "refund",
                answer="签|金额|一百二|没问题|对",
                avoid=_ZH_CLINIC,
            ),
            t(
                "方便加一下您的微信吗？退款到账了我第一时间通知您。下次您想约什么时间？",
                "follow-up|choice",
                answer="微信|加|通知|短信|时间|下午|上午|第一个号",
                avoid=_ZH_CLINIC,
            ),
            t(
                "您的会员卡号是多少？我把这次的情况备注到您的档案里，以后加项目一定提前短信通知您。",
                "improve",
                answer="卡号|号码|通知|提前|做到",
                avoid=_ZH_CLINIC,
            ),
        ],
        "offers": [
            t(
                "李先生您好，真的对不起，让您久等了。您先坐，具体是怎么回事您跟我说说？",
                "apology|visit",
                empathy=True,
                answer="两点|张医生|三点|一百二|抛光",
                avoid=_ZH_CLINIC,
            ),
            t(
                "抛光是不是医生做之前没跟您说？",
                "bill",
                answer="没|一句话|没问|没说",
                avoid=_ZH_CLINIC,
            ),
            t(
                "是我们没做好。抛光费我们不收了，钱原路退回给您，三个工作日内到账。",
                "own-it|refund",
                answer="退|到账|工作日|行",
                asks=False,
                avoid=_ZH_CLINIC,
            ),
            t(
                "以后医生加项目之前，我们都会先让前台跟您确认，再短信提醒您。",
                "improve",
                answer="通知|提醒|做到|以后|确认",
                asks=False,
                avoid=_ZH_CLINIC,
            ),
            t(
                "您看这样处理可以吗？还有没有别的需要我们做的？",
                "recap",
                answer="行|可以|等的|一个小时|时间|还有|就这样",
                avoid=_ZH_CLINIC,
            ),
        ],
    },
    "english-upsell": {
        "service": [
            t(
                "Good evening Mr Harper, welcome to the Harbourview. Could I see a photo ID and the "
                "card you'd like to use for the stay?",
                "greet",
                answer="here|sure|of course|card|passport|licence|license",
                avoid=_EN_HOTEL + "|parking",
            ),
            t(
                "Thank you. We take a 100-dollar deposit for incidentals, refunded when you check "
                "out. Is that alright?",
                answer="fine|alright|okay|ok|sure|deposit",
                avoid=_EN_HOTEL + "|harbour|parking",
            ),
            t(
                "Are you here for anything special this weekend? And do you have a preference for "
                "the view?",
                "occasion|preferences",
                answer="anniversary|tenth|view|quiet|fussy",
                avoid=_EN_HOTEL,
            ),
            t(
                "Since it's your anniversary, I can offer you our harbour-view junior suite at the "
                "occasion rate of 45 dollars a night extra, with sparkling wine and breakfast for "
                "two. Would you like to see it first?",
                "suite|extras|rate|price",
                answer="forty-five|45|sounds|nice|closer|see|look|show",
                avoid=_EN_HOTEL,
            ),
            t(
                "Are you a member of our Harbour Rewards programme? If you give me your membership "
                "number you'll earn points on the upgrade.",
                answer="member|membership|number|points|sign up|don't think",
                avoid=_EN_HOTEL,
            ),
            t(
                "Shall I go ahead with the suite for both nights? I just need your signature here.",
                "decision",
                answer="let's do it|go ahead|okay|convinced|not sure|standard room|sign|pen",
                avoid=_EN_HOTEL,
            ),
        ],
        "offers": [
            t(
                "Welcome, Mr Harper! Long drive? Let me get you checked in. Two nights in a "
                "city-view room, is that right?",
                "greet|booking",
                answer="two nights|yes|right",
                avoid=_EN_HOTEL + "|parking",
            ),
            t(
                "Any special reason for the trip?",
                "occasion",
                answer="anniversary",
                avoid=_EN_HOTEL,
            ),
            t(
                "Happy anniversary! For the occasion I can put together a harbour-view suite, late "
                "check-out at 2 pm and breakfast for two, for 45 dollars a night on top. How does "
                "that sound?",
                "suite|extras|rate|price",
                answer="sounds|nice|forty-five|45|closer|handy|more than",
                avoid=_EN_HOTEL,
            ),
            t(
                "I know it's not nothing. The breakfast alone would cost more than that. Would you "
                "like to see the room before you decide?",
                "concern|value",
                answer="breakfast|worth|suppose|see|look|show",
                avoid=_EN_HOTEL,
            ),
            t(
                "Would you like me to book a table for dinner tonight as well?",
                answer="dinner|table|tonight|thanks",
                avoid=_EN_HOTEL + "|free",
            ),
        ],
    },
    "broadband-retention": {
        "service": [
            t(
                "Thanks for calling Northline, this is Alex. Before we go on, can I take the "
                "postcode on the account, please?",
                "greet",
                answer="postcode|account|priya|shah|it's",
                avoid=_EN_LINE,
            ),
            t(
                "I'm sorry the service has let you down. What's been going wrong, and when do you "
                "mostly use the connection?",
                "acknowledge|reason|usage",
                empathy=True,
                answer="speed|slow|thirty|cheaper|video|calls|work from home|evening",
                avoid=_EN_LINE,
            ),
            t(
                "I can send an engineer out to check the line for free; the first slot is Thursday "
                "morning.",
                "engineer",
                answer="engineer|thursday|turns up",
                asks=False,
                avoid=_EN_LINE,
            ),
            t(
                "And I can bring your bill down from 38 to 31 pounds a month if you stay on for a "
                "year. Does that help?",
                "loyalty",
                answer="thirty-one|31|nearer|cheaper|still",
                avoid=_EN_LINE,
            ),
            t(
                "If you stay, I'll need to set up the new direct debit: could you confirm the sort "
                "code of the account you pay from?",
                answer="sort code|bank|same|details|direct debit|fine",
                avoid=_EN_LINE,
            ),
            t(
                "And could I have an email address for the confirmation? Would you also like a text "
                "reminder before the engineer comes?",
                "next-steps",
                answer="email|address|@|text|reminder|please",
                avoid=_EN_LINE,
            ),
        ],
        "offers": [
            t(
                "Hello, Northline retention team, you're speaking to Sam. Sorry to hear you want to "
                "leave. Can I ask what's prompted it?",
                "greet|acknowledge|reason",
                empathy=True,
                answer="speed|evening|thirty|slow",
                avoid=_EN_LINE,
            ),
            t(
                "That's not good enough on our part. Let me get someone round to test your line, "
                "there's a slot on Thursday morning.",
                "engineer",
                answer="thursday|turns up|someone",
                asks=False,
                avoid=_EN_LINE,
            ),
            t(
                "On price, I can do thirty-one pounds a month for the next twelve months, same "
                "speed, or the 500 meg plan for 36. Which would suit you better?",
                "loyalty",
                answer="thirty-one|thirty-six|31|36|faster|nearer|cheaper",
                avoid=_EN_LINE,
            ),
            t(
                "And if it doesn't sort things out, you can cancel in the first 30 days without "
                "paying anything.",
                "no-fee|reassure",
                answer="month|walk away|fair|leave|without paying",
                asks=False,
                avoid=_EN_LINE,
            ),
            t(
                "Shall I go ahead and book Thursday and switch you to 31 pounds?",
                "decision",
                answer="go on|book|yes|not convinced|thirty-one",
                avoid=_EN_LINE,
            ),
        ],
    },
}

BOTH: dict[tuple[str, str, int], tuple[str, ...]] = {
    # (scenario, learner, turn number) -> each question's (or offer's) words, `|`-separated: the
    # reply fits only when it holds a word of every group
    ("objection-handling", "service", 2): ("瘦|目标|身体|动一动|斤", "加班|九点|晚上|下班|有空"),
    ("objection-handling", "service", 4): ("分期|压力|免息|三百", "办过|十次|荒废|白花"),
    ("objection-handling", "offers", 4): ("冻结|不浪费|六十天", "出差|加班"),
    ("complaint-handling", "service", 3): ("退|到账|工作日", "抵用券|券|心意"),
    ("complaint-handling", "service", 4): ("签", "金额|一百二|没问题|对"),
    ("complaint-handling", "service", 5): ("微信|加|通知|短信", "时间|下午|上午|第一个号"),
    ("english-upsell", "service", 3): ("anniversary|tenth", "view|quiet|fussy"),
    ("english-upsell", "service", 4): ("forty-five|45|sounds|nice|closer", "see|look|show"),
    ("english-upsell", "service", 6): (
        "let's do it|go ahead|okay|convinced|not sure|standard room",
        "sign|pen",
    ),
    ("english-upsell", "offers", 4): ("breakfast|worth|suppose", "see|look|show"),
    ("broadband-retention", "service", 2): (
        "speed|slow|thirty|cheaper",
        "video|calls|work from home|evening",
    ),
    ("broadband-retention", "service", 6): ("email|address|@", "text|reminder"),
}

MUST_FAIL: tuple[str, ...] = ()
VERDICTS: dict[tuple[str, str], bool] = {}
