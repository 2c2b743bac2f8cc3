"""Trainer trial 1: an independent trainer's learner scripts, labelled with the trainer's verdicts.

The lines are the trainer's own (written without reading bench/practice_scripts.py and played on
the offline engine before any fix; their report was the work list of the fixes that followed),
with the quit word that ended several of them left out (quitting is a command, not a turn; the
bench ends a script with `{"action": "end"}`). Labels follow that report: the points a line really
covers, whether it shows empathy or asks, for a question (or an offer) the words the customer's
next line must hold (`answer`) and must not (`avoid`: an offer nobody made, the answer to an
earlier question), small talk (`off`), and rule breaks (`breaks`: a forbidden or false claim,
pressure, blaming the customer).

Learners: strong, mediocre (held to the weak learner's target: the trainer put them at 25-30),
pushy, off-topic and tricky (every tricky run must fail: it skips whole stages or lies).
The tricky and mediocre runs are tuned against; the held-out set (practice_scripts_heldout.py) is
not.
"""

from __future__ import annotations

from bench.practice_scripts import Turn, t

LEARNERS = ("strong", "mediocre", "pushy", "off-topic", "tricky")

SCRIPTS: dict[str, dict[str, list[Turn]]] = {
    "objection-handling": {
        "strong": [
            t(
                "您好，我是这边的会籍顾问小陈，谢谢您过来看看，耽误您几分钟可以吗？",
                "greet|time-ok",
                answer="你说|说吧|时间不多",
                avoid="周六|约个体测",
            ),
            t(
                "我特别能体会您的心情，三千多确实不是小数目，钱要花在刀刃上。"
                "想问下您这次来主要是想达到什么效果呀？",
                "price-concern|goal",
                empathy=True,
                answer="瘦|目标|身体|动一动",
            ),
            t(
                "那您平时工作忙吗，一周大概哪几天能抽出空来练？",
                "schedule",
                answer="加班|一周|晚上|九点",
            ),
            t(
                "之前有办过健身卡吗？后来是什么原因没坚持下来呢？",
                "past-card",
                answer="办过|不到十次|关门",
            ),
            t(
                "我们营业到晚上11点，离地铁也就3分钟，您加班后过来也完全来得及；"
                "而且卡每年能冻结60天，出差不浪费。",
                "location-hours|freeze",
                asks=False,
                answer="十一点|冻结|赶得上|不浪费",
            ),
            t(
                "我们没法保证一定瘦下来，这个要看您自己坚持，但会先给您做个体测，教练按体测结果定个计划。",
                "matching-service",
                asks=False,
                answer="体测|私教|坚持|不一样|实在",
                avoid="太满",
            ),
            t(
                "价格的话可以12期免息分期，一个月三百三左右，算下来每天十来块钱。您要不先预约一次免费体测试试？",
                "split-price|flexible|next-step",
                answer="体测|试|可以|行|周六",
            ),
            t(
                "刚才您说主要想减产后的体重、晚上九点后才有空，那我帮您约周六上午的体测，您看可以吗？",
                "summary|next-step|confirm",
                answer="周六|可以|行|好",
            ),
        ],
        "mediocre": [
            t("你好，这个卡确实是3980", "greet", avoid="舒服"),
            t("我们这设备都是新的，环境也好"),
            t("你一般啥时候来练啊", "schedule", answer="加班|一周|晚上|九点"),
            t("可以分期的", "flexible", asks=False, answer="分期|压力"),
            t("办了不亏的，很多会员都说好"),
            t("那你考虑下？", answer="想想|考虑|再说|体测"),
        ],
        "pushy": [
            t("姐，3980真不贵了，今天不办就没了", breaks=True),
            t("隔壁那家很差的，设备都是二手的", breaks=True),
            t("你办了保证能瘦，一个月瘦十斤没问题", breaks=True),
            t("不满意全退，随时退卡都行", breaks=True),
            t("赶紧定了吧，我帮你刷卡", breaks=True),
            t("您先别急着结束，听我说完，我们这是全城最便宜的", breaks=True),
        ],
        "off-topic": [
            t("您好呀，今天外面好热，您是走过来的吗？", off=True),
            t("您这包包真好看，在哪买的呀", off=True),
            t("最近那个电视剧您看了吗，挺火的", off=True),
            t("我们老板人特别好，员工都挺开心的", off=True),
            t("对了，您家附近有什么好吃的推荐吗", off=True),
            t("哈哈，那改天我也去试试", off=True),
        ],
        "tricky": [
            t(
                "您好，我是顾问小王。您想通过健身达到啥目标？",
                "greet|goal",
                answer="瘦|目标|身体|动一动",
            ),
            t("就是说，您来健身最想改善哪方面呢？", "goal", answer="瘦|目标|身体|动一动|说了"),
            t("您老公支持您健身吗？"),
            t("这个价格我懂，确实不便宜", "price-concern", empathy=True),
            t("我们这里不保证效果，全看个人坚持", avoid="太满"),
            t(
                "退出之前您再听我说一句，我们可以先免费体验一次",
                "flexible",
                asks=False,
                answer="体验|试",
            ),
            t("您看可以吗，我们先约个体测？", "next-step|confirm", answer="体测|周六|可以|行|试"),
        ],
    },
    "complaint-handling": {
        "strong": [
            t(
                "李先生，实在对不起，让您等了快一个小时，结账又碰上这种事，换作是我也会很生气。",
                "apology|feelings",
                empathy=True,
            ),
            t(
                "我先帮您查一下记录：您约的是下午两点，是哪位医生给您做的？抛光之前医生有跟您说过要另外收费吗？",
                "visit|bill",
                answer="两点|张医生|三点|抛光|没问",
            ),
            t("明白了。这件事您希望我们怎么处理？", "wish", answer="退|说法|不想闹"),
            t(
                "跟您如实说，前一位患者的根管治疗超时了，是我们安排不当，也没提前通知您，这是我们的问题。",
                "reason|own-it",
                empathy=True,
                asks=False,
                answer="根管|提前|认这个错|舒服",
            ),
            t(
                "这120元抛光费没事先告知，我现在就给您免除，退款1到3个工作日到账；"
                "另外送您一张100元的洁牙抵用券，表示歉意。",
                "refund|voucher",
                asks=False,
                answer="退|抵用券|一百二|工作日",
                avoid="洗完直接就抛光",
            ),
            t(
                "以后前面超时，我们会提前短信通知您；下次您来，我给您排当天第一个号，您看行吗？",
                "improve|choice",
                answer="第一个号|还行|提前通知|行",
            ),
            t(
                "我确认一下：退120元，1-3个工作日到账，送100元抵用券，下次优先排号。退款到账后我给您发短信，"
                "谢谢您的反馈。",
                "recap|follow-up|thanks",
                asks=False,
                answer="按你说的|短信|好吧|行",
            ),
        ],
        "mediocre": [
            t("不好意思啊，今天病人比较多", "apology", empathy=True),
            t("抛光是医生做的，这个收费是正常项目", breaks=True),
            t("你想怎么样呢", "wish", answer="退|说法|简单|不想闹"),
            t("那我给您退了吧", "refund", asks=False, answer="退"),
            t("下次早点来就好了", breaks=True),
            t("还有别的问题吗"),
        ],
        "pushy": [
            t("这不怪我们，是前面的病人耽误的", breaks=True),
            t("您肯定同意过抛光，医生不可能没说", breaks=True),
            t(
                "退款的话要走流程，一个月以后才能到",
                breaks=True,
                avoid="行，别又",
            ),
            t("您去投诉吧，投诉也没用", breaks=True),
            t("您看这事就这么结束吧，我们也要下班了", breaks=True),
        ],
        "off-topic": [
            t("李先生您好，您今天穿得真精神", off=True),
            t("您是当老师的吧？教哪一科呀？", off=True),
            t("最近天气变化大，您注意别感冒", off=True),
            t("我们诊所楼下新开了一家咖啡店，挺不错的", off=True),
            t("您孩子今年多大了", off=True),
            # sent off with her matter open: a brush-off, not small talk (session 15 end P8)
            t("好的好的，您慢走", breaks=True),
        ],
        "tricky": [
            t("李先生，我特别能体会您的心情，非常抱歉。", "apology|feelings", empathy=True),
            t("您约的是几点呀？", "visit", answer="两点|三点"),
            t("您当时是几点到的诊所？", "visit", answer="两点|三点|说了"),
            t("您平时用的什么牙膏？", off=True),
            t(
                "我们没法保证不会再有等待的情况，但会提前通知您",
                "improve",
                asks=False,
                answer="提前通知|做到",
                avoid="找你们领导",
            ),
            t("我们以后全部免费给您洗牙", breaks=True),
            t("您先别急着退出，我们把退款的事说完"),
        ],
    },
    "english-upsell": {
        "strong": [
            t(
                "Good evening Mr Harper, welcome to the Harbourview! Sounds like a long drive - "
                "let me pull up your booking, two nights in a city-view room, right?",
                "greet|booking",
                empathy=True,
                answer="two nights|yes|relax",
                avoid="view would be lovely",
            ),
            t(
                "Are you here for anything special this weekend, or just a break?",
                "occasion",
                answer="anniversary",
            ),
            t(
                "Oh congratulations, ten years! Any preference for the room - view, quiet floor, "
                "bed type?",
                "preferences",
                answer="view|quiet|fussy",
            ),
            t(
                "Since it's your anniversary, we actually have a harbour-view junior suite free "
                "tonight. It comes with sparkling wine, late check-out until 2 pm and breakfast for two.",
                "suite|extras",
                asks=False,
                answer="harbour view|how much|sound|handy",
            ),
            t(
                "It's 55 dollars extra a night, but for guests celebrating an occasion I can do 45.",
                "price|rate",
                asks=False,
                answer="forty-five|45|fifty|closer|bit more",
            ),
            t(
                "I hear you, it's not nothing. Breakfast for two alone would be about 40 here, so "
                "it's good value.",
                "concern|value",
                empathy=True,
                asks=False,
                answer="worth|breakfast|value|fifty|appreciate",
            ),
            t(
                "Would you like me to go ahead and move you to the suite at 45 a night?",
                "decision",
                answer="let's do it|convinced|okay|yes",
            ),
            t(
                "So that's the junior suite, 45 extra per night for two nights, key cards updated. "
                "Happy anniversary!",
                "details|wishes",
            ),
        ],
        "mediocre": [
            t("Hi, name please?", answer="harper|name"),
            t("ok found it. room 412, standard.", "booking"),
            t(
                "we also have a suite if u want, its nicer",
                asks=False,
                answer="how much|suite|sound|else",
            ),
            t("its 55 more per night", "price", asks=False, answer="fifty-five|bit more|planned"),
            t("ok so do you want it or not", answer="don't know|standard|not sure|no|fine"),
            t("fine, here's your keys", avoid="is the room ready"),
        ],
        "pushy": [
            t(
                "Welcome. Listen, you should really upgrade, the standard rooms are tiny.",
                "greet",
                breaks=True,
            ),
            t("I can put you in the suite at no cost, just sign here.", breaks=True),
            t("It's the last room in the city, it'll be gone in five minutes.", breaks=True),
            t("You must decide now, take it or leave it.", breaks=True),
            t("Don't end up regretting it, sir, most couples take it.", breaks=True),
        ],
        "off-topic": [
            t("Hello! How was the traffic on the motorway?", off=True),
            t("Lovely car you've got out there, is it electric?", off=True),
            t("I'm from up north myself, where are you driving from?", off=True),
            t("Did you catch the football last night?", off=True),
            t("The weather is meant to be great this weekend.", off=True),
            t("Anyway, have a great evening!", off=True),
        ],
        "tricky": [
            t("Welcome, Mr Harper. I hear you, long drives are exhausting.", "greet", empathy=True),
            t("What brings you to the city this weekend?", "occasion", answer="anniversary"),
            t(
                "So is this trip for work, or is there something you're celebrating?",
                "occasion",
                answer="anniversary|said",
            ),
            t(
                "Do you have any dietary requirements for breakfast?",
                avoid="breakfast for two and a late check-out",
            ),
            t(
                "It's not a free upgrade, I'm afraid - the suite is 55 extra a night.",
                "price",
                asks=False,
                answer="fifty-five|bit more|planned|how much",
                avoid="doesn't sound right",
            ),
            t(
                "Before we end this chat, would you like me to go ahead with the suite?",
                "decision",
                answer="don't know|standard|convinced|let's do it|not sure|think",
            ),
            t("That must be frustrating after such a drive. I'll leave it with you.", empathy=True),
        ],
    },
    "broadband-retention": {
        "strong": [
            t(
                "Thanks for calling Northline, you're through to Sam. I can help with that - can I "
                "just confirm the account is in your name?",
                "greet|acknowledge",
                answer="priya|name|account",
            ),
            t(
                "I completely understand, and you're right, your contract has ended so there's no "
                "fee to leave. Can I ask what's made you want to go?",
                "acknowledge|reason",
                empathy=True,
                answer="speed|evening|thirty",
                avoid="walk away",
            ),
            t(
                "That must be frustrating, especially in the evenings. How do you use the "
                "connection - work, video calls?",
                "usage",
                empathy=True,
                answer="work from home|video calls|freezing",
            ),
            t(
                "Let me book a free engineer visit to look at the line - next slot is Thursday "
                "morning. And I can put you on our loyalty price of 31 a month for 12 months.",
                "engineer|loyalty",
                asks=False,
                answer="engineer|thursday|thirty-one|31",
            ),
            t(
                "That's fair. Worth checking whether the 30 pound offer goes up after six months, "
                "and if there's a setup fee. And if it's still slow after you re-sign, you can "
                "cancel within 30 days with no fee.",
                "concern|compare|reassure|no-fee",
                empathy=True,
                asks=False,
                answer="six months|go up|leave|fair|rather not",
            ),
            t(
                "Would you like me to go ahead with the engineer on Thursday and the 31 pound price?",
                "decision",
                answer="go on|book|yes",
            ),
            t(
                "To confirm: engineer booked for Thursday morning, 31 a month from your next bill, "
                "confirmation email on its way. Thanks for staying with us, your reference number "
                "is NB4471.",
                "next-steps|thanks",
            ),
        ],
        "mediocre": [
            t("Hello, can I take your account number?", "greet", answer="priya|name|account"),
            t("ok. why do you want to cancel?", "reason", answer="speed|evening|thirty"),
            t(
                "right. we can send an engineer.",
                "engineer",
                asks=False,
                answer="engineer|turns up|thursday",
            ),
            t(
                "its 38 a month at the moment, I can do 36 for the 500 plan",
                "loyalty",
                asks=False,
                answer="36|thirty-six|500",
                avoid="thirty-one",
            ),
            t(
                "so do you want to stay?",
                answer="not sure|don't know|think|cheaper|stay|promises|convinced",
            ),
            t("ok"),
        ],
        "pushy": [
            t(
                "Are you sure? You'll have to pay an early termination fee if you leave now.",
                breaks=True,
            ),
            t("The other provider, they're rubbish honestly.", breaks=True),
            t("I can guarantee the speed, it will never drop again.", breaks=True),
            t("Just stay, it's easier for everyone, let's not end things like this.", breaks=True),
            t("I really need you to decide today.", breaks=True),
        ],
        "off-topic": [
            t("Hello, lovely to hear from you! Are you having a nice day?", off=True),
            t("I love your accent, where are you from originally?", off=True),
            t("Have you been watching Bake Off this season?", off=True),
            t("My cat has been sitting on my keyboard all morning, haha.", off=True),
            t("Any plans for the weekend?", off=True),
            t("Well, it was nice chatting.", off=True),
        ],
        "tricky": [
            t(
                "Hello, thanks for calling. I hear you - sorry to hear you want to leave.",
                "greet|acknowledge",
                empathy=True,
            ),
            t("Could I ask what's behind the decision?", "reason", answer="speed|evening|thirty"),
            t(
                "So what's gone wrong for you, in a nutshell?",
                "reason",
                answer="speed|evening|said",
            ),
            t(
                "Do you have kids at home streaming as well?",
                "usage",
                answer="work from home|video|calls|just",
            ),
            t(
                "I can't guarantee the speed, nobody can, but an engineer can check the line on "
                "Thursday.",
                "engineer",
                asks=False,
                answer="engineer|thursday|turns up",
                avoid="not true",
            ),
            t("Our loyalty price is 25 a month.", breaks=True, avoid="close to thirty|thirty-one"),
            t(
                "Please don't hang up and end the call yet, I've got one more option: the 500 Mb "
                "plan at 36.",
                "loyalty",
                asks=False,
                answer="36|thirty-six|500",
                avoid="thirty-one",
            ),
        ],
    },
}
MUST_FAIL = ("tricky",)
"""Learners the trainer judged must fail, whatever their total."""
